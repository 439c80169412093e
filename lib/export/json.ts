import { MAX_EXPORT_FILE_BYTES } from '../store/clipping-rules';
import type { Clipping, ClippingEntity, ReaderHighlight } from '../store/types';

/** Identifies a Diplomark export file. */
export const EXPORT_FORMAT = 'diplomark-clippings';
/** Major version of the export format; readers reject versions they don't know (docs/export-format.md). */
export const EXPORT_VERSION = 1;

/** The MIME type to offer the file with. */
export const EXPORT_MIME_TYPE = 'application/json';

/** The top level of an export file, in the order its keys are written. */
export interface ClippingsExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  count: number;
  clippings: Clipping[];
}

/**
 * Builds the export document: clippings newest first, every object rebuilt from its known fields in
 * a fixed key order, so the same data always gives the same file and nothing else leaks in.
 */
export function buildClippingsExport(clippings: readonly Clipping[], now: Date = new Date()): ClippingsExport {
  const ordered = [...clippings].sort(newestFirst).map(exportedClipping);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    count: ordered.length,
    clippings: ordered,
  };
}

/** The export file's text: JSON, 2-space indentation, ending in a newline. */
export function serializeClippings(clippings: readonly Clipping[], now: Date = new Date()): string {
  return `${JSON.stringify(buildClippingsExport(clippings, now), null, 2)}\n`;
}

/**
 * The export as one or more files, each at most `maxBytes` (UTF-8) and each a complete export that
 * imports on its own: a large collection is never one file the importer would refuse for its size. The
 * store keeps every clipping well below the limit (MAX_CLIPPING_BYTES), so each file holds at least one.
 */
export function serializeClippingsInParts(clippings: readonly Clipping[], now: Date = new Date(), maxBytes: number = MAX_EXPORT_FILE_BYTES): string[] {
  const ordered = [...clippings].sort(newestFirst);
  const bytes = (text: string) => new TextEncoder().encode(text).byteLength;
  const parts: string[] = [];
  const pack = (group: Clipping[]) => {
    const text = serializeClippings(group, now);
    if (group.length <= 1 || bytes(text) <= maxBytes) parts.push(text);
    else {
      const half = Math.ceil(group.length / 2);
      pack(group.slice(0, half));
      pack(group.slice(half));
    }
  };
  pack(ordered);
  return parts;
}

/** `diplomark-clippings-YYYY-MM-DD.json`, dated in the reader's own time zone. */
export function exportFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${EXPORT_FORMAT}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

function newestFirst(a: Clipping, b: Clipping): number {
  if (a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// Key order here is the documented order; change it only with the docs.
function exportedClipping(c: Clipping): Clipping {
  return {
    id: c.id,
    url: c.url,
    canonicalUrl: c.canonicalUrl,
    title: c.title,
    site: c.site,
    byline: c.byline,
    publishedAt: c.publishedAt,
    // Optional fields (added within version 1): written only when the clipping has them.
    ...(c.modifiedAt !== undefined ? { modifiedAt: c.modifiedAt } : {}),
    ...(c.section ? { section: c.section } : {}),
    savedAt: c.savedAt,
    updatedAt: c.updatedAt,
    language: c.language,
    verdict: c.verdict,
    excerpt: c.excerpt,
    text: c.text,
    entities: c.entities.map(exportedEntity),
    entityIds: [...c.entityIds],
    disputes: [...c.disputes],
    highlights: c.highlights.map(exportedHighlight),
    note: c.note,
    tags: [...c.tags],
  };
}

function exportedEntity(e: ClippingEntity): ClippingEntity {
  return { id: e.id, kind: e.kind, name: e.name, count: e.count };
}

function exportedHighlight(h: ReaderHighlight): ReaderHighlight {
  const [quote, position] = h.selectors;
  return {
    id: h.id,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: position.start, end: position.end },
    ],
    note: h.note,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
  };
}
