import { validateClippingDraft } from '../messaging/validate';
import { clippingFromDraft } from '../store/clipping-record';
import type { Clipping, ReaderHighlight } from '../store/types';
import { EXPORT_FORMAT, EXPORT_VERSION } from './json';

/** Files larger than this are refused before being read, so a huge file can't exhaust memory. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_CLIPPINGS = 100_000;
const MAX_ID = 200;
const MAX_NOTE = 100_000;
const MAX_QUOTE = 100_000;
const MAX_CONTEXT = 1_000;
const MAX_HIGHLIGHTS = 10_000;
const MAX_TAGS = 500;
const MAX_TAG = 200;

/** Why one clipping of a file was left out. */
export interface RejectedItem {
  index: number;
  /** The clipping's title or URL when the file gave one as a string, for the report. */
  label: string;
  reason: string;
}

export type ParsedImport =
  | { ok: false; message: string }
  | { ok: true; version: number; clippings: Clipping[]; rejected: RejectedItem[] };

const MB = 1024 * 1024;

/** A reader-facing message when a file is too large to import, or null. Checked before reading. */
export function checkImportSize(bytes: number): string | null {
  return bytes > MAX_IMPORT_BYTES
    ? `This file is ${(bytes / MB).toFixed(1)} MB; Diplomark imports files up to ${MAX_IMPORT_BYTES / MB} MB. Nothing was imported.`
    : null;
}

// Own properties only: a `__proto__` or `constructor` key in the file is an ordinary (ignored) key
// of the parsed object, and nothing is ever read from a prototype.
function own(value: object, key: string): unknown {
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const isDateTime = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 64 && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_ID;
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

function validateHighlight(value: unknown, textLength: number): ReaderHighlight | string {
  if (!isObject(value)) return 'a highlight is not an object';
  const id = own(value, 'id');
  if (!isId(id)) return 'a highlight has no valid id';
  const selectors = own(value, 'selectors');
  if (!Array.isArray(selectors) || selectors.length !== 2) return `highlight ${id}: selectors must be [TextQuoteSelector, TextPositionSelector]`;
  const [quote, position] = selectors as unknown[];
  if (!isObject(quote) || own(quote, 'type') !== 'TextQuoteSelector') return `highlight ${id}: first selector must be a TextQuoteSelector`;
  const exact = own(quote, 'exact');
  const prefix = own(quote, 'prefix');
  const suffix = own(quote, 'suffix');
  if (!isText(exact, MAX_QUOTE) || !isText(prefix, MAX_CONTEXT) || !isText(suffix, MAX_CONTEXT)) return `highlight ${id}: quote text missing or too long`;
  if (!isObject(position) || own(position, 'type') !== 'TextPositionSelector') return `highlight ${id}: second selector must be a TextPositionSelector`;
  const start = own(position, 'start');
  const end = own(position, 'end');
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || (start as number) < 0 || (start as number) > (end as number) || (end as number) > textLength) {
    return `highlight ${id}: position must lie within the text`;
  }
  const note = own(value, 'note');
  if (!isText(note, MAX_NOTE)) return `highlight ${id}: note must be text of at most ${MAX_NOTE} characters`;
  const createdAt = own(value, 'createdAt');
  const updatedAt = own(value, 'updatedAt');
  if (!isDateTime(createdAt) || !isDateTime(updatedAt)) return `highlight ${id}: createdAt and updatedAt must be ISO dates`;
  return {
    id,
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix, suffix },
      { type: 'TextPositionSelector', start: start as number, end: end as number },
    ],
    note,
    createdAt,
    updatedAt,
  };
}

/**
 * Checks one clipping of an export file field by field, like the message validator does for drafts,
 * and returns a fresh object of known fields only, or the reason it was rejected.
 */
export function validateImportedClipping(value: unknown): Clipping | string {
  if (!isObject(value)) return 'not an object';
  // The draft validator reads plain properties; give it own properties only.
  const fields = Object.fromEntries(Object.entries(value).filter(([key]) => key !== '__proto__'));
  const draft = validateClippingDraft(fields);
  if (typeof draft === 'string') return draft;
  const id = own(value, 'id');
  if (!isId(id)) return `id must be text of 1–${MAX_ID} characters`;
  const savedAt = own(value, 'savedAt');
  const updatedAt = own(value, 'updatedAt');
  if (!isDateTime(savedAt)) return 'savedAt must be an ISO date-time';
  if (!isDateTime(updatedAt)) return 'updatedAt must be an ISO date-time';
  const note = own(value, 'note');
  if (!isText(note, MAX_NOTE)) return `note must be text of at most ${MAX_NOTE} characters`;
  const tags = own(value, 'tags');
  if (!Array.isArray(tags) || tags.length > MAX_TAGS || !tags.every((tag) => isText(tag, MAX_TAG))) {
    return `tags must be at most ${MAX_TAGS} texts of at most ${MAX_TAG} characters`;
  }
  const rawHighlights = own(value, 'highlights');
  if (!Array.isArray(rawHighlights) || rawHighlights.length > MAX_HIGHLIGHTS) return `highlights must be an array of at most ${MAX_HIGHLIGHTS}`;
  const highlights: ReaderHighlight[] = [];
  const highlightIds = new Set<string>();
  for (const raw of rawHighlights) {
    const highlight = validateHighlight(raw, draft.text.length);
    if (typeof highlight === 'string') return highlight;
    if (highlightIds.has(highlight.id)) return `highlight ${highlight.id} appears twice`;
    highlightIds.add(highlight.id);
    highlights.push(highlight);
  }
  return clippingFromDraft(draft, { id, savedAt, updatedAt, highlights, note, tags: [...new Set(tags as string[])] });
}

function labelOf(value: unknown, index: number): string {
  if (isObject(value)) {
    for (const key of ['title', 'canonicalUrl', 'url']) {
      const text = own(value, key);
      if (typeof text === 'string' && text.trim()) return text.trim().slice(0, 120);
    }
  }
  return `Clipping ${index + 1}`;
}

/**
 * Reads a native export file. The whole file is checked before anything is written: a file that
 * isn't a complete Diplomark export of a known version is refused as a whole with a clear message;
 * otherwise each clipping is accepted or rejected with its reason.
 */
export function parseClippingsExport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: checkImportSize(text.length) as string };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message.slice(0, 200)})` : '';
    return { ok: false, message: `This file is not complete JSON; it may have been cut off or is not a Diplomark export${detail}. Nothing was imported.` };
  }
  if (!isObject(document) || own(document, 'format') !== EXPORT_FORMAT) {
    return { ok: false, message: 'This is not a Diplomark clippings export (its "format" is not "diplomark-clippings"). Nothing was imported.' };
  }
  const version = own(document, 'version');
  if (version !== EXPORT_VERSION) {
    const shown = typeof version === 'number' || typeof version === 'string' ? String(version).slice(0, 20) : 'missing';
    const newer = typeof version === 'number' && version > EXPORT_VERSION;
    return {
      ok: false,
      message: newer
        ? `This file is export format version ${shown}; this Diplomark reads version ${EXPORT_VERSION}. Update Diplomark to import it. Nothing was imported.`
        : `This file’s export format version (${shown}) is not one Diplomark knows (it reads version ${EXPORT_VERSION}). Nothing was imported.`,
    };
  }
  const items = own(document, 'clippings');
  if (!Array.isArray(items)) return { ok: false, message: 'This export has no list of clippings. Nothing was imported.' };
  if (items.length > MAX_IMPORT_CLIPPINGS) {
    return { ok: false, message: `This export holds ${items.length} clippings; Diplomark imports at most ${MAX_IMPORT_CLIPPINGS} at once. Nothing was imported.` };
  }
  const clippings: Clipping[] = [];
  const rejected: RejectedItem[] = [];
  const seenUrls = new Set<string>();
  const seenIds = new Set<string>();
  items.forEach((item, index) => {
    const result = validateImportedClipping(item);
    let reason = typeof result === 'string' ? result : null;
    if (typeof result !== 'string') {
      if (seenUrls.has(result.canonicalUrl)) reason = 'another clipping in this file has the same canonical URL';
      else if (seenIds.has(result.id)) reason = 'another clipping in this file has the same id';
    }
    if (reason !== null || typeof result === 'string') {
      rejected.push({ index, label: labelOf(item, index), reason: reason ?? 'invalid' });
      return;
    }
    seenUrls.add(result.canonicalUrl);
    seenIds.add(result.id);
    clippings.push(result);
  });
  return { ok: true, version, clippings, rejected };
}
