import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { StorageError, toStorageError } from './errors';
import type { Clipping } from './types';

/** The database name other code and test harnesses rely on (see docs/design.md). */
export const DATABASE_NAME = 'diplomark';

/**
 * Diplomark's IndexedDB database. Each schema change is a new `version(n)` block with an upgrade
 * function and a test that opens a database written by the previous version.
 */
export class DiplomarkDatabase extends Dexie {
  clippings!: EntityTable<Clipping, 'id'>;

  /** `options` lets tests inject fake-indexeddb: `{ indexedDB, IDBKeyRange }`. */
  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      // Primary key first; `&` unique, `*` multi-entry (one index entry per array element).
      clippings: 'id, &canonicalUrl, savedAt, updatedAt, site, *entityIds, *disputes, *tags',
    });
    // 2: an index on the publication date (metadata only: the dashboard's date range reads keys, not
    // clippings). Clippings stored without a publishedAt field get the null the importer expects, so an
    // export of them imports back.
    this.version(2)
      .stores({ clippings: 'id, &canonicalUrl, savedAt, updatedAt, site, publishedAt, *entityIds, *disputes, *tags' })
      .upgrade((tx) =>
        tx
          .table<Clipping, string>('clippings')
          .filter((clipping) => clipping.publishedAt === undefined)
          .modify((clipping) => {
            clipping.publishedAt = null;
          }),
      );
  }
}

let shared: Promise<DiplomarkDatabase> | undefined;

/**
 * Opens the database for an extension page or the background, once per context. Rejects with a
 * StorageError (IndexedDB missing, a newer schema, an upgrade blocked by another tab…).
 */
export function openDatabase(): Promise<DiplomarkDatabase> {
  shared ??= openDatabaseInstance(new DiplomarkDatabase()).catch((error: unknown) => {
    shared = undefined; // let the next call try again, e.g. after the reader closed the other tab
    throw error;
  });
  return shared;
}

/** Opens `db`, turning a blocked upgrade (which IndexedDB would wait on forever) into an error. */
export async function openDatabaseInstance(db: DiplomarkDatabase): Promise<DiplomarkDatabase> {
  let blocked = false;
  const onBlocked = () => {
    blocked = true;
    db.close(); // makes the pending open() reject instead of hanging
  };
  db.on('blocked', onBlocked);
  try {
    await db.open();
    return db;
  } catch (error) {
    throw blocked ? new StorageError('blocked', error) : toStorageError(error);
  } finally {
    db.on('blocked').unsubscribe(onBlocked);
  }
}
