// Schema changes: a database written by version 1 opens under the current schema with its data; an
// upgrade that fails leaves the old version and its data as they were; another tab's upgrade is let through.
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { clippingFromDraft } from '../../../lib/store/clipping-record';
import { DiplomarkDatabase, openDatabaseInstance } from '../../../lib/store/db';
import { StorageError } from '../../../lib/store/errors';
import type { Clipping } from '../../../lib/store/types';
import { draft } from './helpers';

const V1_SCHEMA = { clippings: 'id, &canonicalUrl, savedAt, updatedAt, site, *entityIds, *disputes, *tags' };
let counter = 0;
const uniqueName = () => `schema-upgrade-${counter++}-${Math.random().toString(36).slice(2)}`;

function storedClipping(n: number, publishedAt: string | null): Clipping {
  return clippingFromDraft(draft({ url: `https://news.example/${n}`, canonicalUrl: `https://news.example/${n}`, publishedAt }), {
    id: `c-${n}`,
    savedAt: `2025-01-0${n}T00:00:00.000Z`,
    updatedAt: `2025-01-0${n}T00:00:00.000Z`,
    highlights: [],
    note: `note ${n}`,
    tags: ['t'],
  });
}

/** A database as version 1 of Diplomark left it, with two clippings (one stored without publishedAt). */
async function writeVersion1(name: string): Promise<Clipping[]> {
  const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
  v1.version(1).stores(V1_SCHEMA);
  await v1.open();
  const { publishedAt: _dropped, ...withoutDate } = storedClipping(2, null);
  const clippings = [storedClipping(1, '2024-05-01T09:00:00.000Z'), withoutDate as Clipping];
  await v1.table('clippings').bulkPut(clippings);
  v1.close();
  return clippings;
}

describe('schema versions', () => {
  it('opens a version 1 database under the current schema with every clipping, and the new index works', async () => {
    const name = uniqueName();
    const before = await writeVersion1(name);
    const db = await openDatabaseInstance(new DiplomarkDatabase(name, { indexedDB, IDBKeyRange }));
    expect(db.verno).toBe(2);
    const after = await db.clippings.orderBy('id').toArray();
    expect(after.map((c) => c.id)).toEqual(['c-1', 'c-2']);
    expect(after[0]).toEqual(before[0]);
    // Stored without a publication date by an early version: the upgrade writes the null the importer expects.
    expect(after[1]!.publishedAt).toBeNull();
    expect(await db.clippings.where('publishedAt').above('2024-01-01').primaryKeys()).toEqual(['c-1']);
    db.close();
  });

  it('an upgrade that throws leaves the previous version and its data intact, and says so', async () => {
    const name = uniqueName();
    await writeVersion1(name);
    await openDatabaseInstance(new DiplomarkDatabase(name, { indexedDB, IDBKeyRange })).then((db) => db.close());
    class BrokenUpgrade extends DiplomarkDatabase {
      constructor() {
        super(name, { indexedDB, IDBKeyRange });
        this.version(3)
          .stores({})
          .upgrade(async (tx) => {
            await tx.table('clippings').toCollection().modify((c: Clipping) => {
              c.note = 'half-written';
            });
            throw new Error('upgrade failed half way');
          });
      }
    }
    const error = await openDatabaseInstance(new BrokenUpgrade()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    const reopened = await openDatabaseInstance(new DiplomarkDatabase(name, { indexedDB, IDBKeyRange }));
    expect(reopened.verno).toBe(2);
    expect((await reopened.clippings.orderBy('id').toArray()).map((c) => c.note)).toEqual(['note 1', 'note 2']);
    reopened.close();
  });

  it('closes on another context’s upgrade (versionchange) instead of blocking it', async () => {
    const name = uniqueName();
    const open = await openDatabaseInstance(new DiplomarkDatabase(name, { indexedDB, IDBKeyRange }));
    class NextVersion extends DiplomarkDatabase {
      constructor() {
        super(name, { indexedDB, IDBKeyRange });
        this.version(3).stores({});
      }
    }
    const next = await openDatabaseInstance(new NextVersion());
    expect(next.verno).toBe(3);
    expect(open.isOpen(), 'the older connection stepped aside').toBe(false);
    next.close();
  });
});
