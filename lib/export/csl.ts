import type { Clipping } from '../store/types';

export const CSL_MIME_TYPE = 'application/vnd.citationstyles.csl+json';

/** A CSL name: split into family/given when the byline clearly gives a Western-style personal name. */
export type CslName = { family: string; given: string } | { literal: string };

export interface CslDate {
  'date-parts': [number, number?, number?][];
}

/** The CSL-JSON fields Diplomark writes (a subset of the CSL 1.0.2 data schema). */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: CslName[];
  issued?: CslDate;
  accessed: CslDate;
  URL: string;
  language?: string;
  abstract?: string;
  note?: string;
  keyword?: string;
}

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn']);
const NOT_PEOPLE = /\b(staff|reporters?|correspondents?|desk|agency|editorial|board|news|press|wire|service|bureau|team)\b/i;

/** Splits a byline ("By Jane Doe and John van der Berg") into CSL names; anything unclear stays literal. */
export function bylineToNames(byline: string): CslName[] {
  const cleaned = byline.replace(/^\s*by\s+/i, '').replace(/\s*\|.*$/, '').trim();
  if (!cleaned) return [];
  return cleaned
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean)
    .map(toName);
}

function toName(name: string): CslName {
  const words = name.split(/\s+/);
  const latinCapitalised = words.every((w) => /^[\p{Script=Latin}][\p{Script=Latin}'’.-]*$/u.test(w));
  if (words.length < 2 || words.length > 5 || !latinCapitalised || NOT_PEOPLE.test(name)) return { literal: name };
  let familyStart = words.length - 1;
  while (familyStart > 1 && PARTICLES.has((words[familyStart - 1] as string).toLowerCase())) familyStart -= 1;
  return { family: words.slice(familyStart).join(' '), given: words.slice(0, familyStart).join(' ') };
}

/** An ISO date as CSL date-parts (UTC year, month, day), or undefined when it doesn't parse. */
export function cslDate(iso: string | null): CslDate | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return { 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] };
}

/** One clipping as a CSL-JSON `article-newspaper` item, as Zotero and citation processors read it. */
export function clippingToCsl(clipping: Clipping): CslItem {
  const item: CslItem = {
    id: clipping.id,
    type: 'article-newspaper',
    title: clipping.title,
    accessed: cslDate(clipping.savedAt) ?? { 'date-parts': [[1970, 1, 1]] },
    URL: clipping.canonicalUrl || clipping.url,
  };
  if (clipping.site) item['container-title'] = clipping.site;
  const authors = bylineToNames(clipping.byline);
  if (authors.length > 0) item.author = authors;
  const issued = cslDate(clipping.publishedAt);
  if (issued) item.issued = issued;
  if (clipping.language) item.language = clipping.language;
  if (clipping.excerpt) item.abstract = clipping.excerpt;
  if (clipping.note) item.note = clipping.note;
  if (clipping.tags.length > 0) item.keyword = clipping.tags.join(', ');
  return item;
}

/** The CSL-JSON file: an array of items, 2-space indented. */
export function clippingsToCslJson(clippings: readonly Clipping[]): string {
  return `${JSON.stringify(clippings.map(clippingToCsl), null, 2)}\n`;
}
