import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { beforeAll } from 'vitest';

/**
 * liveQuery only runs when Dexie sees a global IndexedDB, as in a browser; a database's own injected
 * `indexedDB` option is not enough for it. Call at the top of a test file that renders live lists.
 */
export function letLiveQueriesRun(): void {
  beforeAll(() => {
    Dexie.dependencies.indexedDB = indexedDB;
    Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  });
}
