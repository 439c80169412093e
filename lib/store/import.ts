import type { DiplomarkDatabase } from './db';
import { storable } from './clipping-rules';
import { limitError, withStorageErrors } from './errors';
import type { Clipping, ReaderHighlight } from './types';

export type ImportStatus = 'imported' | 'merged' | 'unchanged';

/** What happened to one accepted clipping of an import. */
export interface ImportedItem {
  id: string;
  title: string;
  canonicalUrl: string;
  status: ImportStatus;
}

/** Newer `updatedAt` wins for the page data; the reader's work from both sides is kept. */
export function mergeClippings(existing: Clipping, incoming: Clipping): Clipping {
  const incomingNewer = incoming.updatedAt > existing.updatedAt;
  const page = incomingNewer ? incoming : existing;
  const older = incomingNewer ? existing : incoming;
  return {
    id: existing.id,
    url: page.url,
    canonicalUrl: existing.canonicalUrl,
    title: page.title,
    site: page.site,
    byline: page.byline,
    publishedAt: page.publishedAt,
    ...(page.modifiedAt !== undefined ? { modifiedAt: page.modifiedAt } : {}),
    ...(page.section ? { section: page.section } : {}),
    savedAt: existing.savedAt < incoming.savedAt ? existing.savedAt : incoming.savedAt,
    updatedAt: page.updatedAt,
    language: page.language,
    verdict: page.verdict,
    excerpt: page.excerpt,
    text: page.text,
    entities: page.entities,
    entityIds: page.entityIds,
    disputes: page.disputes,
    highlights: unitedHighlights(existing.highlights, incoming.highlights),
    note: unitedNote(page.note, older.note),
    tags: [...new Set([...existing.tags, ...incoming.tags])],
  };
}

// Highlights are united by id; where both sides hold one, its newer edit wins. Existing order first.
function unitedHighlights(existing: readonly ReaderHighlight[], incoming: readonly ReaderHighlight[]): ReaderHighlight[] {
  const byId = new Map(existing.map((highlight) => [highlight.id, highlight]));
  for (const highlight of incoming) {
    const current = byId.get(highlight.id);
    if (!current || highlight.updatedAt > current.updatedAt) byId.set(highlight.id, highlight);
  }
  return [...byId.values()];
}

// The newer note leads; an older note that it doesn't already contain is kept below it, never lost.
function unitedNote(newer: string, older: string): string {
  if (!older.trim() || newer.includes(older)) return newer;
  if (!newer.trim() || older.includes(newer)) return older;
  return `${newer}\n\n${older}`;
}

function sameClipping(a: Clipping, b: Clipping): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Writes validated clippings in ONE transaction, so an import lands whole or not at all. Each is
 * matched by canonical URL and merged into the existing clipping; nothing is cleared first. A new
 * clipping keeps its id unless another article already uses it, in which case it gets a fresh one.
 */
export function importClippings(
  db: DiplomarkDatabase,
  clippings: readonly Clipping[],
  newId: () => string = () => crypto.randomUUID(),
): Promise<ImportedItem[]> {
  return withStorageErrors(() =>
    db.transaction('rw', db.clippings, async () => {
      // Key-only reads of the canonicalUrl index (URLs and ids, in the same order), then only the
      // clippings that match are read in full: cheap even with 10,000 stored and 10,000 incoming.
      const storedUrls = (await db.clippings.orderBy('canonicalUrl').keys()) as string[];
      const storedIds = (await db.clippings.orderBy('canonicalUrl').primaryKeys()) as string[];
      const idByUrl = new Map(storedUrls.map((url, i) => [url, storedIds[i] as string]));
      const takenIds = new Set(storedIds);
      const matchingIds = clippings.flatMap((c) => {
        const id = idByUrl.get(c.canonicalUrl);
        return id === undefined ? [] : [id];
      });
      const byUrl = new Map(
        (await db.clippings.bulkGet(matchingIds)).flatMap((c) => (c ? [[c.canonicalUrl, c] as const] : [])),
      );
      const writes: Clipping[] = [];
      const report: ImportedItem[] = [];
      for (const incoming of clippings) {
        const existing = byUrl.get(incoming.canonicalUrl);
        let stored: Clipping;
        let status: ImportStatus;
        if (existing) {
          stored = mergeClippings(existing, incoming);
          try {
            storable(stored);
          } catch {
            // The whole import is refused (it is one transaction) with the clipping that could not be merged.
            throw limitError(`merging “${incoming.title.slice(0, 120)}” with the saved clipping would go past what one clipping may hold (a note of at most 100,000 characters, 500 tags, 10,000 highlights); nothing was imported`);
          }
          status = sameClipping(stored, existing) ? 'unchanged' : 'merged';
        } else {
          stored = takenIds.has(incoming.id) ? { ...incoming, id: newId() } : incoming;
          status = 'imported';
        }
        takenIds.add(stored.id);
        byUrl.set(stored.canonicalUrl, stored);
        if (status !== 'unchanged') writes.push(stored);
        report.push({ id: stored.id, title: stored.title, canonicalUrl: stored.canonicalUrl, status });
      }
      await db.clippings.bulkPut(writes);
      return report;
    }),
  );
}
