import { useEffect, useState } from 'preact/hooks';
import { deleteClippings, restoreClippings } from '../lib/store/bulk';
import type { DiplomarkDatabase } from '../lib/store/db';
import { type StorageError, toStorageError } from '../lib/store/errors';
import type { Clipping } from '../lib/store/types';

/** How long Undo stays on offer after a delete. */
export const UNDO_MS = 8000;

/**
 * Deletes one or many clippings, with Undo on offer for a few seconds. They are deleted at once (so
 * other views update and closing the popup keeps the delete); Undo writes them back.
 */
export function useUndoableDelete(
  database: Promise<DiplomarkDatabase>,
  onError: (error: StorageError) => void,
  undoMs = UNDO_MS,
) {
  const [deleted, setDeleted] = useState<Clipping[] | null>(null);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), undoMs);
    return () => clearTimeout(timer);
  }, [deleted, undoMs]);

  /** Deletes the clippings with these ids; resolves with those that were there to delete. */
  async function remove(ids: readonly string[]): Promise<Clipping[]> {
    try {
      const removed = await deleteClippings(await database, ids);
      if (removed.length > 0) setDeleted(removed);
      return removed;
    } catch (error) {
      onError(toStorageError(error));
      return [];
    }
  }

  async function undo(): Promise<void> {
    if (!deleted) return;
    const clippings = deleted;
    setDeleted(null);
    try {
      await restoreClippings(await database, clippings);
    } catch (error) {
      onError(toStorageError(error));
    }
  }

  return { deleted, remove, undo };
}
