import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { countClippings, listClippings } from '../lib/store/clippings';
import type { DiplomarkDatabase } from '../lib/store/db';
import { listAllClippingsInPages } from '../lib/store/read-in-pages';
import { type StorageError, toStorageError } from '../lib/store/errors';
import type { Clipping } from '../lib/store/types';

/** What a view knows about the saved clippings: still loading, ready, or failed with a reader-facing error. */
export type ClippingsState =
  | { status: 'loading' }
  | { status: 'ready'; clippings: Clipping[]; total: number; /** Only the first few, the rest still loading. */ partial?: boolean }
  | { status: 'error'; error: StorageError };

/**
 * The newest clippings (all of them without `limit`) and the total count, kept current with Dexie's
 * liveQuery, so a clipping saved by the background or another page appears without reopening. With
 * `preview`, the newest `preview` clippings arrive first (state `partial`) so a large collection shows
 * at once.
 */
export function useLiveClippings(database: Promise<DiplomarkDatabase>, limit?: number, preview?: number): ClippingsState {
  const [state, setState] = useState<ClippingsState>({ status: 'loading' });

  useEffect(() => {
    let stopped = false;
    let unsubscribe = () => {};
    const fail = (error: unknown) => {
      if (!stopped) setState({ status: 'error', error: toStorageError(error) });
    };
    let complete = false;
    database.then((db) => {
      if (stopped) return;
      // With `preview`, the newest few are shown at once while the full (large) read is under way.
      if (preview !== undefined) {
        Promise.all([listClippings(db, { limit: preview }), countClippings(db)]).then(([clippings, total]) => {
          if (!stopped && !complete) setState({ status: 'ready', clippings, total, partial: clippings.length < total });
        }, fail);
      }
      const subscription = liveQuery(async () => {
        if (limit === undefined) {
          // The whole collection, read in pages so that no single task decodes thousands of clippings.
          const clippings = await listAllClippingsInPages(db);
          return { clippings, total: clippings.length };
        }
        const [clippings, total] = await Promise.all([listClippings(db, { limit }), countClippings(db)]);
        return { clippings, total };
      }).subscribe({
        next: ({ clippings, total }) => {
          complete = true;
          if (!stopped) setState({ status: 'ready', clippings, total });
        },
        error: fail,
      });
      unsubscribe = () => subscription.unsubscribe();
    }, fail);
    return () => {
      stopped = true;
      unsubscribe();
    };
  }, [database, limit, preview]);

  return state;
}
