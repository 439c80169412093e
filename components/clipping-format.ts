import type { Clipping, ClippingEntity } from '../lib/store/types';

/** How each kind is named in the UI (the text that tells kinds apart without colour). */
export { KIND_LABELS } from '../lib/entities/describe';

/** The `limit` most mentioned entities; ties keep the article's order. */
export function topEntities(entities: readonly ClippingEntity[], limit: number): ClippingEntity[] {
  return [...entities].sort((a, b) => b.count - a.count).slice(0, limit);
}

/** True for the only URLs Diplomark ever opens: http and https. */
export function isOpenableUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The date to show for a clipping: when it was published, or else when it was saved. */
export function displayDate(clipping: Pick<Clipping, 'publishedAt' | 'savedAt'>): {
  iso: string;
  label: 'Published' | 'Saved';
} {
  return clipping.publishedAt && !Number.isNaN(Date.parse(clipping.publishedAt))
    ? { iso: clipping.publishedAt, label: 'Published' }
    : { iso: clipping.savedAt, label: 'Saved' };
}

/** An ISO date formatted for the reader's locale (`locale` undefined = the browser's), or '' if invalid. */
export function formatDate(iso: string, locale?: string, withTime = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return dateFormatter(locale, withTime).format(date);
}

// Building an Intl.DateTimeFormat costs far more than using one; a scrolling list formats many dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(locale: string | undefined, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${withTime}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' };
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "1 clipping", "12 clippings". */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? singular : plural}`;
}
