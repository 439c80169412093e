import { describe, expect, it } from 'vitest';
import {
  countClippings,
  deleteClipping,
  getClipping,
  listClippings,
  restoreClipping,
  saveClipping,
} from '../../../lib/store/clippings';
import { draft, useFreshDatabases, sequentialIds } from './helpers';

const database = useFreshDatabases();

describe('saveClipping', () => {
  it('creates a clipping with reader fields, timestamps and entity ids', async () => {
    const db = database();
    const now = new Date('2024-03-01T10:00:00.000Z');
    const { clipping, created } = await saveClipping(db, draft(), now, sequentialIds());

    expect(created).toBe(true);
    expect(clipping).toMatchObject({
      id: 'id-1',
      savedAt: '2024-03-01T10:00:00.000Z',
      updatedAt: '2024-03-01T10:00:00.000Z',
      highlights: [],
      note: '',
      tags: [],
      entityIds: ['country:kr', 'country:jp', 'dispute:takeshima-dokdo'],
    });
    expect(await getClipping(db, 'id-1')).toEqual(clipping);
    expect(await countClippings(db)).toBe(1);
  });

  it('uses crypto.randomUUID for ids by default', async () => {
    const db = database();
    const { clipping } = await saveClipping(db, draft());
    expect(clipping.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('stores only the known draft fields', async () => {
    const db = database();
    const withExtra = { ...draft(), injected: '<script>' } as ReturnType<typeof draft>;
    const { clipping } = await saveClipping(db, withExtra, new Date(), sequentialIds());
    expect(Object.keys((await getClipping(db, clipping.id)) ?? {})).not.toContain('injected');
  });

  it('updates the one clipping per canonical URL and keeps the reader’s work', async () => {
    const db = database();
    const ids = sequentialIds();
    const first = await saveClipping(db, draft(), new Date('2024-03-01T10:00:00.000Z'), ids);
    const highlight = {
      id: 'h1',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'Dokdo', prefix: 'The ', suffix: ' islets' },
        { type: 'TextPositionSelector', start: 48, end: 53 },
      ] as const,
      note: 'check the date',
      createdAt: '2024-03-01T10:05:00.000Z',
      updatedAt: '2024-03-01T10:05:00.000Z',
    };
    await db.clippings.update(first.clipping.id, {
      highlights: [{ ...highlight, selectors: [...highlight.selectors] }],
      note: 'follow up',
      tags: ['east-asia'],
    });

    const second = await saveClipping(
      db,
      draft({
        url: 'https://news.example/world/2024/takeshima?ref=home',
        title: 'Seoul protests Tokyo’s claim (updated)',
        entities: [{ id: 'country:kr', kind: 'country', name: 'South Korea', count: 4 }],
        disputes: [],
        verdict: 'article',
      }),
      new Date('2024-03-02T08:00:00.000Z'),
      ids,
    );

    expect(second.created).toBe(false);
    expect(await countClippings(db)).toBe(1);
    expect(second.clipping).toMatchObject({
      id: 'id-1',
      savedAt: '2024-03-01T10:00:00.000Z',
      updatedAt: '2024-03-02T08:00:00.000Z',
      url: 'https://news.example/world/2024/takeshima?ref=home',
      title: 'Seoul protests Tokyo’s claim (updated)',
      verdict: 'article',
      entityIds: ['country:kr'],
      disputes: [],
      note: 'follow up',
      tags: ['east-asia'],
    });
    expect(second.clipping.highlights).toHaveLength(1);
    expect(await getClipping(db, 'id-1')).toEqual(second.clipping);
  });
});

describe('listClippings', () => {
  it('lists newest first and honours limit', async () => {
    const db = database();
    const ids = sequentialIds();
    for (const [n, day] of [
      [1, '2024-03-02'],
      [2, '2024-03-05'],
      [3, '2024-03-01'],
    ] as const) {
      await saveClipping(db, draft({ canonicalUrl: `https://news.example/${n}` }), new Date(`${day}T00:00:00Z`), ids);
    }
    const titles = (await listClippings(db)).map((c) => c.canonicalUrl);
    expect(titles).toEqual(['https://news.example/2', 'https://news.example/1', 'https://news.example/3']);
    expect((await listClippings(db, { limit: 1 })).map((c) => c.id)).toEqual(['id-2']);
  });

  it('returns an empty list for an empty database', async () => {
    expect(await listClippings(database())).toEqual([]);
  });
});

describe('deleteClipping and restoreClipping', () => {
  it('deletes, returns the clipping, and restores it unchanged', async () => {
    const db = database();
    const { clipping } = await saveClipping(db, draft(), new Date(), sequentialIds());

    const deleted = await deleteClipping(db, clipping.id);
    expect(deleted).toEqual(clipping);
    expect(await countClippings(db)).toBe(0);

    await restoreClipping(db, deleted!);
    expect(await getClipping(db, clipping.id)).toEqual(clipping);
  });

  it('returns undefined when deleting a clipping that does not exist', async () => {
    expect(await deleteClipping(database(), 'nope')).toBeUndefined();
  });

  it('merges with a re-save of the same article made before Undo', async () => {
    const db = database();
    const ids = sequentialIds();
    const { clipping } = await saveClipping(db, draft(), new Date('2024-03-01T00:00:00Z'), ids);
    await db.clippings.update(clipping.id, { note: 'mine', tags: ['a'] });
    const deleted = (await deleteClipping(db, clipping.id))!;
    await saveClipping(db, draft({ title: 'Newer title' }), new Date('2024-03-02T00:00:00Z'), ids);

    const restored = await restoreClipping(db, deleted);
    expect(await countClippings(db)).toBe(1);
    expect(restored).toMatchObject({ id: 'id-1', title: 'Newer title', note: 'mine', tags: ['a'] });
    expect(restored.savedAt).toBe('2024-03-01T00:00:00.000Z');
  });
});
