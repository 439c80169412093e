import { restoreClipping } from './clippings';
import type { DiplomarkDatabase } from './db';
import { storable } from './clipping-rules';
import { withStorageErrors } from './errors';
import type { Clipping } from './types';

/** Deletes the clippings with these ids in one transaction and returns them (for Undo). */
export function deleteClippings(db: DiplomarkDatabase, ids: readonly string[]): Promise<Clipping[]> {
  return withStorageErrors(() =>
    db.transaction('rw', db.clippings, async () => {
      const found = (await db.clippings.bulkGet([...ids])).filter((c): c is Clipping => c !== undefined);
      await db.clippings.bulkDelete(found.map((c) => c.id));
      return found;
    }),
  );
}

/** Puts deleted clippings back in one transaction, merging any re-saved meanwhile (see restoreClipping). */
export function restoreClippings(db: DiplomarkDatabase, clippings: readonly Clipping[]): Promise<Clipping[]> {
  return withStorageErrors(() =>
    db.transaction('rw', db.clippings, async () => {
      const restored: Clipping[] = [];
      for (const clipping of clippings) restored.push(await restoreClipping(db, clipping));
      return restored;
    }),
  );
}

/** Tags as the reader typed them: trimmed, without empties or repeats, in the order given. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().replace(/\s+/g, ' ').slice(0, 200)).filter(Boolean))];
}

/**
 * Changes the reader's note and/or tags on one clipping. Returns the stored clipping, or undefined
 * if it was deleted meanwhile. `updatedAt` moves only when something changed.
 */
export function updateReaderFields(
  db: DiplomarkDatabase,
  id: string,
  change: { note?: string; tags?: readonly string[] },
  now: Date = new Date(),
): Promise<Clipping | undefined> {
  return withStorageErrors(() =>
    db.transaction('rw', db.clippings, async () => {
      const clipping = await db.clippings.get(id);
      if (!clipping) return undefined;
      const note = change.note ?? clipping.note;
      const tags = change.tags ? normaliseTags(change.tags) : clipping.tags;
      if (note === clipping.note && JSON.stringify(tags) === JSON.stringify(clipping.tags)) return clipping;
      const updated: Clipping = { ...clipping, note, tags, updatedAt: now.toISOString() };
      await db.clippings.put(storable(updated));
      return updated;
    }),
  );
}
