import { ENTITY_KINDS, type EntityKind } from '../entities/types';
import type { ClippingDraft, ClippingEntity, TextPositionSelector, TextQuoteSelector, Verdict } from '../store/types';

/** The longest text a request may carry (an article's text; a clipping's). */
export const MAX_TEXT = 2_000_000;
const MAX_FIELD = 4_000;
const MAX_ENTITIES = 5_000;
const VERDICTS: readonly Verdict[] = ['diplomatic', 'article', 'none'];

function isString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isHttpUrl(value: unknown): value is string {
  if (!isString(value, MAX_FIELD)) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function validateEntity(value: unknown): ClippingEntity | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, kind, name, count } = value as Record<string, unknown>;
  if (!isString(id, 200) || !isString(name, 400)) return null;
  if (!ENTITY_KINDS.includes(kind as EntityKind)) return null;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return null;
  return { id, kind: kind as EntityKind, name, count };
}

/**
 * Checks a draft received from a content script, field by field, and returns a fresh object holding
 * only the known fields (so nothing unexpected, `__proto__` included, is ever stored) or an error text.
 */
export function validateClippingDraft(value: unknown): ClippingDraft | string {
  if (typeof value !== 'object' || value === null) return 'draft is not an object';
  const v = value as Record<string, unknown>;
  if (!isHttpUrl(v.url)) return 'url must be an http(s) URL';
  if (!isHttpUrl(v.canonicalUrl)) return 'canonicalUrl must be an http(s) URL';
  for (const field of ['title', 'site', 'byline', 'excerpt', 'language'] as const) {
    if (!isString(v[field], MAX_FIELD)) return `${field} must be a string of at most ${MAX_FIELD} characters`;
  }
  if (!isString(v.text, MAX_TEXT)) return `text must be a string of at most ${MAX_TEXT} characters`;
  if (v.publishedAt !== null && !(isString(v.publishedAt, 64) && !Number.isNaN(Date.parse(v.publishedAt)))) {
    return 'publishedAt must be an ISO date or null';
  }
  if (v.modifiedAt !== undefined && v.modifiedAt !== null && !(isString(v.modifiedAt, 64) && !Number.isNaN(Date.parse(v.modifiedAt)))) {
    return 'modifiedAt must be an ISO date, null or absent';
  }
  if (v.section !== undefined && !isString(v.section, MAX_FIELD)) return `section must be a string of at most ${MAX_FIELD} characters`;
  if (!VERDICTS.includes(v.verdict as Verdict)) return 'verdict must be diplomatic, article or none';
  if (!Array.isArray(v.entities) || v.entities.length > MAX_ENTITIES) return 'entities must be an array';
  const entities: ClippingEntity[] = [];
  for (const item of v.entities) {
    const entity = validateEntity(item);
    if (!entity) return 'entities contains a malformed entry';
    entities.push(entity);
  }
  if (!Array.isArray(v.disputes) || !v.disputes.every((d) => isString(d, 200))) return 'disputes must be an array of ids';
  return {
    url: v.url,
    canonicalUrl: v.canonicalUrl,
    title: v.title as string,
    site: v.site as string,
    byline: v.byline as string,
    publishedAt: v.publishedAt as string | null,
    text: v.text,
    excerpt: v.excerpt as string,
    language: v.language as string,
    verdict: v.verdict as Verdict,
    entities,
    disputes: [...(v.disputes as string[])],
    // Optional fields appear only when sent, so older drafts and clippings keep their exact shape.
    ...(typeof v.modifiedAt === 'string' || v.modifiedAt === null ? { modifiedAt: v.modifiedAt } : {}),
    ...(typeof v.section === 'string' && v.section ? { section: v.section } : {}),
  };
}

const MAX_QUOTE = 20_000;
const MAX_CONTEXT = 200;
const MAX_NOTE = 10_000;

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_TEXT;
}

/** Ids of new reader highlights, chosen by the page (a UUID in practice). */
const HIGHLIGHT_ID = /^[A-Za-z0-9-]{8,100}$/;

/** Checks the id, selectors and note of a new reader highlight; returns fresh objects or an error text. */
export function validateNewReaderHighlight(
  value: unknown,
): { id: string; selectors: [TextQuoteSelector, TextPositionSelector]; note: string } | string {
  const { id, selectors, note } = value as { id?: unknown; selectors?: unknown; note?: unknown };
  if (typeof id !== 'string' || !HIGHLIGHT_ID.test(id)) return 'id must be a highlight id (8 to 100 letters, digits or hyphens)';
  if (!Array.isArray(selectors) || selectors.length !== 2) return 'selectors must be [TextQuoteSelector, TextPositionSelector]';
  const quote = selectors[0] as Record<string, unknown> | null;
  const position = selectors[1] as Record<string, unknown> | null;
  if (typeof quote !== 'object' || quote === null || quote.type !== 'TextQuoteSelector') return 'the first selector must be a TextQuoteSelector';
  if (!isString(quote.exact, MAX_QUOTE) || !quote.exact.trim()) return `exact must be a non-empty string of at most ${MAX_QUOTE} characters`;
  if (!isString(quote.prefix, MAX_CONTEXT) || !isString(quote.suffix, MAX_CONTEXT)) return `prefix and suffix must be strings of at most ${MAX_CONTEXT} characters`;
  if (typeof position !== 'object' || position === null || position.type !== 'TextPositionSelector') return 'the second selector must be a TextPositionSelector';
  if (!isOffset(position.start) || !isOffset(position.end) || position.end <= position.start) return 'start and end must be offsets with start < end';
  if (!isString(note, MAX_NOTE)) return `note must be a string of at most ${MAX_NOTE} characters`;
  return {
    id,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: position.start, end: position.end },
    ],
    note,
  };
}

/** Checks the canonical URL, highlight id and note of a request about one page's highlights. */
export function validateHighlightChange(
  value: unknown,
  needs: { needsId: boolean; needsNote: boolean },
): { canonicalUrl: string; id: string; note: string } | string {
  const { canonicalUrl, id, note } = value as { canonicalUrl?: unknown; id?: unknown; note?: unknown };
  if (!isHttpUrl(canonicalUrl)) return 'canonicalUrl must be an http(s) URL';
  if (needs.needsId && !(isString(id, 200) && id.length > 0)) return 'id must be a highlight id';
  if (needs.needsNote && !isString(note, MAX_NOTE)) return `note must be a string of at most ${MAX_NOTE} characters`;
  return { canonicalUrl, id: typeof id === 'string' ? id : '', note: typeof note === 'string' ? note : '' };
}

/** Checks the text and date of a recognise request: a string within the size a clipping may hold, an ISO date or null. */
export function validateRecogniseText(value: unknown): { text: string; publishedAt: string | null; canonicalUrl: string | null } | string {
  const { text, publishedAt, canonicalUrl } = value as { text?: unknown; publishedAt?: unknown; canonicalUrl?: unknown };
  if (!isString(text, MAX_TEXT)) return `text must be a string of at most ${MAX_TEXT} characters`;
  if (publishedAt !== null && publishedAt !== undefined && !(isString(publishedAt, 64) && !Number.isNaN(Date.parse(publishedAt)))) {
    return 'publishedAt must be an ISO date or null';
  }
  // The canonical URL only asks for the page's clipping along: one that is no http(s) URL asks for none.
  return { text, publishedAt: typeof publishedAt === 'string' ? publishedAt : null, canonicalUrl: isHttpUrl(canonicalUrl) ? canonicalUrl : null };
}
