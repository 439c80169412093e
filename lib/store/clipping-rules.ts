import { validateClippingDraft } from '../messaging/validate';
import { clippingFromDraft } from './clipping-record';
import { limitError } from './errors';
import type { Clipping, ReaderHighlight } from './types';

// What a stored clipping may hold. The importer checks every clipping of a file against these rules,
// and every write checks the clipping it is about to store against the same rules, so whatever the
// store accepts, an export of it can be imported back.
export const MAX_ID = 200;
export const MAX_NOTE = 100_000;
export const MAX_QUOTE = 100_000;
export const MAX_CONTEXT = 1_000;
export const MAX_HIGHLIGHTS = 10_000;
export const MAX_TAGS = 500;
export const MAX_TAG = 200;
/** The largest export file the importer reads, and so the largest file an export writes. */
export const MAX_EXPORT_FILE_BYTES = 50 * 1024 * 1024;
/**
 * The most one clipping may weigh as export JSON (UTF-8 bytes). Below the importer's 50 MB per file, so
 * an export split into files (serializeClippingsInParts) always has room for any clipping.
 */
export const MAX_CLIPPING_BYTES = 40 * 1024 * 1024;
/** Clippings one export file may hold, and so the most the store keeps. */
export const MAX_CLIPPINGS = 100_000;

// Own properties only: a `__proto__` or `constructor` key in the file is an ordinary (ignored) key
// of the parsed object, and nothing is ever read from a prototype.
export function own(value: object, key: string): unknown {
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

export const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);
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
 * Checks one clipping (of an export file, or about to be written) field by field, like the message
 * validator does for drafts, and returns a fresh object of known fields only, or the reason it is refused.
 */
export function validateStoredClipping(value: unknown): Clipping | string {
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


/**
 * The clipping as it may be stored: throws a StorageError (reason `limit`, with what was wrong) when the
 * importer would refuse it, so nothing is ever written that a backup could not bring back.
 */
export function storable(clipping: Clipping): Clipping {
  const checked = validateStoredClipping(clipping);
  if (typeof checked === 'string') throw limitError(checked);
  const bytes = exportedBytes(clipping);
  if (bytes > MAX_CLIPPING_BYTES) {
    throw limitError(`the clipping with its highlights and notes would take ${Math.ceil(bytes / 1024 / 1024)} MB in an export; one clipping may take up to ${MAX_CLIPPING_BYTES / 1024 / 1024} MB`);
  }
  return clipping;
}

/**
 * An upper bound of the clipping's size in an export file, in UTF-8 bytes (indentation included). Exact
 * encoding is done only for clippings near the limit, so ordinary writes stay cheap.
 */
export function exportedBytes(clipping: Clipping): number {
  const json = JSON.stringify(clipping, null, 2);
  // Each line gains at most 4 spaces of indentation inside the export's "clippings" array.
  const indentation = 4 * (json.split('\n').length + 1);
  if (json.length * 3 + indentation <= MAX_CLIPPING_BYTES) return json.length * 3 + indentation;
  return new TextEncoder().encode(json).byteLength + indentation;
}

/** What is wrong with a note and tags the reader typed, in the reader's terms, or null when they fit. */
export function readerFieldsProblem(note: string, tags: readonly string[]): string | null {
  if (note.length > MAX_NOTE) {
    return `The note is ${note.length.toLocaleString('en')} characters long; a note may have up to ${MAX_NOTE.toLocaleString('en')} characters.`;
  }
  const distinct = new Set(tags.map((tag) => tag.trim()).filter(Boolean)).size;
  if (distinct > MAX_TAGS) return `There are ${distinct} tags; a clipping may have up to ${MAX_TAGS} tags.`;
  return null;
}
