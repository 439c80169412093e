import { useEffect, useState } from 'preact/hooks';
import { deleteClipping, restoreClipping } from '../lib/store/clippings';
import type { DiplomarkDatabase } from '../lib/store/db';
import { type StorageError, toStorageError } from '../lib/store/errors';
import type { Clipping } from '../lib/store/types';

/** How long Undo stays on offer after a delete. */
export const UNDO_MS = 8000;

/**
 * Delete that can be undone for a few seconds. The clipping is deleted at once (so other views update
 * and closing the popup keeps the delete); Undo writes it back.
 */
export function useUndoableDelete(
  database: Promise<DiplomarkDatabase>,
  onError: (error: StorageError) => void,
  undoMs = UNDO_MS,
) {
  const [deleted, setDeleted] = useState<Clipping | null>(null);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), undoMs);
    return () => clearTimeout(timer);
  }, [deleted, undoMs]);

  async function remove(clipping: Clipping): Promise<void> {
    try {
      const removed = await deleteClipping(await database, clipping.id);
      if (removed) setDeleted(removed);
    } catch (error) {
      onError(toStorageError(error));
    }
  }

  async function undo(): Promise<void> {
    if (!deleted) return;
    const clipping = deleted;
    setDeleted(null);
    try {
      await restoreClipping(await database, clipping);
    } catch (error) {
      onError(toStorageError(error));
    }
  }

  return { deleted, remove, undo, dismiss: () => setDeleted(null) };
}
