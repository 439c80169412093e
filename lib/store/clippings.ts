import type { DiplomarkDatabase } from './db';
import { withStorageErrors } from './errors';
import { carryHighlights } from '../anchoring/carry';
import { clippingFromDraft } from './clipping-record';
import { MAX_CLIPPINGS, MAX_NOTE, storable } from './clipping-rules';
import { limitError } from './errors';
import type { Clipping, ClippingDraft } from './types';

export interface SaveResult {
  clipping: Clipping;
  /** False when a clipping with the same canonical URL existed and was updated. */
  created: boolean;
}

/**
 * Saves a draft as a clipping in one transaction. One clipping per canonical URL: saving again
 * refreshes what came from the page and keeps the reader's own work (id, savedAt, highlights, note, tags).
 */
export function saveClipping(
  db: DiplomarkDatabase,
  draft: ClippingDraft,
  now: Date = new Date(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<SaveResult> {
  return withStorageErrors(() =>
    db.transaction('rw', db.clippings, async () => {
      const existing = await db.clippings.where('canonicalUrl').equals(draft.canonicalUrl).first();
      if (!existing && (await db.clippings.count()) >= MAX_CLIPPINGS) {
        throw limitError(`Diplomark keeps at most ${MAX_CLIPPINGS} clippings, as many as one export can bring back; export and delete some first`);
      }
      const timestamp = now.toISOString();
      const clipping = clippingFromDraft(draft, {
        id: existing?.id ?? newId(),
        savedAt: existing?.savedAt ?? timestamp,
        updatedAt: timestamp,
        // The reader's highlights follow the article into its new text (see carryHighlights).
        highlights: existing ? carryHighlights(existing.highlights, existing.text, draft.text) : [],
        note: existing?.note ?? '',
        tags: existing?.tags ?? [],
      });
      await db.clippings.put(storable(clipping));
      return { clipping, created: !existing };
    }),
  );
}


/** Clippings, newest first (by savedAt). */
export function listClippings(db: DiplomarkDatabase, { limit }: { limit?: number } = {}): Promise<Clipping[]> {
  return withStorageErrors(() => {
    const newestFirst = db.clippings.orderBy('savedAt').reverse();
    return limit === undefined ? newestFirst.toArray() : newestFirst.limit(limit).toArray();
  });
}

/** The clipping with this id, or undefined. */
export function getClipping(db: DiplomarkDatabase, id: string): Promise<Clipping | undefined> {
  return withStorageErrors(() => db.clippings.get(id));
}

/** How many clippings are saved. */
export function countClippings(db: DiplomarkDatabase): Promise<number> {
  return withStorageErrors(() => db.clippings.count());
}

/** How many saved clippings name the entity (by the multi-entry `entityIds` index). */
export function countClippingsWithEntity(db: DiplomarkDatabase, entityId: string): Promise<number> {
  return withStorageErrors(() => db.clippings.where('entityIds').equals(entityId).count());
}

/** Deletes a clipping and returns it (so the UI can offer Undo), or undefined if there was none. */
export function deleteClipping(db: DiplomarkDatabase, id: string): Promise<Clipping | undefined> {
  return withStorageErrors(() =>
    db.transaction('rw', db.clippings, async () => {
      const clipping = await db.clippings.get(id);
      if (clipping) await db.clippings.delete(id);
      return clipping;
    }),
  );
}

/**
 * Puts a deleted clipping back (Undo). If the same article was saved again meanwhile, the two are
 * merged rather than one lost: the newer save's page data, the restored clipping's id and reader work.
 */
export function restoreClipping(db: DiplomarkDatabase, clipping: Clipping): Promise<Clipping> {
  return withStorageErrors(() =>
    db.transaction('rw', db.clippings, async () => {
      const resaved = await db.clippings.where('canonicalUrl').equals(clipping.canonicalUrl).first();
      let restored = clipping;
      if (resaved && resaved.id !== clipping.id) {
        restored = clippingFromDraft(resaved, {
          id: clipping.id,
          savedAt: clipping.savedAt,
          updatedAt: resaved.updatedAt,
          // United by id: a highlight both hold (the same retried one) is kept once.
          highlights: [...new Map([...clipping.highlights, ...resaved.highlights].map((h) => [h.id, h])).values()],
          note: [clipping.note, resaved.note].filter(Boolean).join('\n\n'),
          tags: [...new Set([...clipping.tags, ...resaved.tags])],
        });
        if (restored.note.length > MAX_NOTE) {
          throw limitError(`the restored and the re-saved clipping's notes together are longer than ${MAX_NOTE} characters; shorten the re-saved clipping's note, then undo again`);
        }
        storable(restored);
        await db.clippings.delete(resaved.id);
      }
      await db.clippings.put(storable(restored));
      return restored;
    }),
  );
}
