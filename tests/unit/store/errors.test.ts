import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countClippings, getClipping, listClippings, saveClipping } from '../../../lib/store/clippings';
import { DiplomarkDatabase, openDatabaseInstance } from '../../../lib/store/db';
import { StorageError, toStorageError } from '../../../lib/store/errors';
import { draft, freshDatabase, sequentialIds } from './helpers';

const databases: DiplomarkDatabase[] = [];
function database(): DiplomarkDatabase {
  const db = freshDatabase();
  databases.push(db);
  return db;
}

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

function quotaExceeded(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('storage errors', () => {
  it('surfaces a full disk as a StorageError and keeps the earlier clipping', async () => {
    const db = database();
    const ids = sequentialIds();
    const { clipping: earlier } = await saveClipping(db, draft(), new Date('2024-03-01T00:00:00Z'), ids);

    vi.spyOn(db.clippings, 'put').mockImplementation(() => {
      throw quotaExceeded();
    });
    const failure = await saveClipping(db, draft({ title: 'changed' }), new Date(), ids).catch((e: unknown) => e);
    const otherFailure = await saveClipping(db, draft({ canonicalUrl: 'https://news.example/other' }), new Date(), ids)
      .catch((e: unknown) => e);
    vi.restoreAllMocks();

    for (const error of [failure, otherFailure]) {
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).reason).toBe('quota');
      expect((error as StorageError).message).toMatch(/storage space/);
      expect((error as StorageError).message).toMatch(/earlier clippings are safe/);
      expect(((error as StorageError).cause as Error).name).toBe('QuotaExceededError');
    }
    expect(await countClippings(db)).toBe(1);
    expect(await getClipping(db, earlier.id)).toEqual(earlier);
  });

  it('recognises a quota error raised by IndexedDB itself, under Dexie', async () => {
    const db = database();
    let diskFull = false;
    // A DBCore middleware stands in for the browser refusing writes once the disk is full.
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return { ...table, mutate: (req) => (diskFull ? Promise.reject(quotaExceeded()) : table.mutate(req)) };
        },
      }),
    });
    const ids = sequentialIds();
    await saveClipping(db, draft(), new Date('2024-03-01T00:00:00Z'), ids);
    diskFull = true;
    const error = await saveClipping(db, draft({ canonicalUrl: 'https://news.example/2' }), new Date(), ids).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).reason).toBe('quota');
    expect(await listClippings(db)).toHaveLength(1);
  });

  it('explains a closed database', async () => {
    const db = database();
    await db.open();
    db.close({ disableAutoOpen: true });
    const error = await listClippings(db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).reason).toBe('closed');
    expect((error as StorageError).message).toMatch(/reopen/);
  });

  it('explains a database written by a newer version, found inside Dexie’s wrapper', () => {
    // Dexie 4 usually opens a newer database anyway; a native VersionError can still reach us wrapped.
    const native = new DOMException('The requested version is less than the existing version.', 'VersionError');
    const error = toStorageError(new Dexie.OpenFailedError(native));
    expect(error.reason).toBe('newer-version');
    expect(error.message).toMatch(/Update the extension/);
  });

  it('explains missing IndexedDB', async () => {
    const db = new DiplomarkDatabase(`diplomark-missing-${Math.random()}`, {
      indexedDB: undefined,
      IDBKeyRange: undefined,
    });
    const error = await openDatabaseInstance(db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).reason).toBe('unavailable');
  });

  it('reports an upgrade blocked by another open connection instead of waiting forever', async () => {
    const name = `diplomark-blocked-${Math.random()}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(0.5).stores({ clippings: 'id' });
    await old.open();
    // An old page that ignores the request to close, as IndexedDB allows.
    old.on('versionchange', () => false);

    const db = new DiplomarkDatabase(name, { indexedDB, IDBKeyRange });
    const error = await openDatabaseInstance(db).catch((e: unknown) => e);
    old.close();
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).reason).toBe('blocked');
  });

  it('wraps unknown errors and passes StorageErrors through', () => {
    const original = new Error('boom');
    const wrapped = toStorageError(original);
    expect(wrapped.reason).toBe('unknown');
    expect(wrapped.cause).toBe(original);
    expect(toStorageError(wrapped)).toBe(wrapped);
  });
});
