import { describe, expect, it } from 'vitest';
import { listClippings, saveClipping } from '../../../lib/store/clippings';
import type { DiplomarkDatabase } from '../../../lib/store/db';
import { deleteClippings, normaliseTags, restoreClippings, updateReaderFields } from '../../../lib/store/bulk';
import { draft, useFreshDatabases, sequentialIds } from './helpers';

const database = useFreshDatabases();

async function three(db: DiplomarkDatabase) {
  const ids = sequentialIds();
  for (const n of [1, 2, 3]) {
    await saveClipping(db, draft({ canonicalUrl: `https://news.example/${n}`, url: `https://news.example/${n}` }), new Date(`2024-03-0${n}T00:00:00.000Z`), ids);
  }
}

describe('bulk store operations', () => {
  it('deletes several clippings at once and restores them', async () => {
    const db = database();
    await three(db);
    const before = await listClippings(db);
    const deleted = await deleteClippings(db, ['id-1', 'id-3', 'missing']);
    expect(deleted.map((c) => c.id)).toEqual(['id-1', 'id-3']);
    expect((await listClippings(db)).map((c) => c.id)).toEqual(['id-2']);
    await restoreClippings(db, deleted);
    expect(await listClippings(db)).toEqual(before);
  });

  it('updates note and tags, moving updatedAt only when something changed', async () => {
    const db = database();
    await three(db);
    const later = new Date('2024-05-01T00:00:00.000Z');
    const updated = await updateReaderFields(db, 'id-2', { note: 'mine', tags: [' east asia ', 'east asia', '', 'x'] }, later);
    expect(updated).toMatchObject({ note: 'mine', tags: ['east asia', 'x'], updatedAt: later.toISOString() });
    const same = await updateReaderFields(db, 'id-2', { note: 'mine' }, new Date('2025-01-01T00:00:00.000Z'));
    expect(same?.updatedAt).toBe(later.toISOString());
    expect(await updateReaderFields(db, 'missing', { note: 'x' })).toBeUndefined();
  });

  it('normaliseTags trims, collapses spaces and removes repeats', () => {
    expect(normaliseTags(['  a  b ', 'a b', '', 'c'])).toEqual(['a b', 'c']);
  });
});
