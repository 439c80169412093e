import { describe, expect, it } from 'vitest';
import { parseClippingsExport } from '../../../lib/export/import';
import { serializeClippings } from '../../../lib/export/json';
import { listClippings, saveClipping } from '../../../lib/store/clippings';
import { importClippings, mergeClippings } from '../../../lib/store/import';
import type { Clipping } from '../../../lib/store/types';
import { randomClippings } from '../export/random-clippings';
import { highlight, sample } from '../export/sample';
import { draft, useFreshDatabases, sequentialIds } from './helpers';

const NOW = new Date('2024-05-06T07:08:09.000Z');
const database = useFreshDatabases();

function parsed(text: string): Clipping[] {
  const result = parseClippingsExport(text);
  if (!result.ok) throw new Error(result.message);
  return result.clippings;
}

describe('mergeClippings', () => {
  const older = sample('a', { updatedAt: '2024-03-01T00:00:00.000Z', title: 'Old title', note: 'old note', tags: ['x'] });
  const newer = sample('b', {
    updatedAt: '2024-04-01T00:00:00.000Z',
    savedAt: '2024-03-10T00:00:00.000Z',
    title: 'New title',
    note: 'new note',
    tags: ['y', 'x'],
    highlights: [{ ...older.highlights[0]!, note: 'edited later', updatedAt: '2024-04-01T00:00:00.000Z' }, highlight('h-3', older.text, 'Seoul')],
  });

  it('takes page data from the newer edit and keeps the existing id and the earliest savedAt', () => {
    const merged = mergeClippings(older, newer);
    expect(merged).toMatchObject({ id: 'a', title: 'New title', updatedAt: '2024-04-01T00:00:00.000Z', savedAt: older.savedAt });
    expect(mergeClippings(newer, older)).toMatchObject({ id: 'b', title: 'New title' });
  });

  it('unites highlights by id (newer edit wins), tags, and keeps both notes', () => {
    const merged = mergeClippings(older, newer);
    expect(merged.highlights.map((h) => [h.id, h.note])).toEqual([
      ['h-2', 'edited later'],
      ['h-1', 'check the date'],
      ['h-3', ''],
    ]);
    expect(merged.tags).toEqual(['x', 'y']);
    expect(merged.note).toBe('new note\n\nold note');
    expect(mergeClippings(merged, older).note).toBe('new note\n\nold note');
  });
});

describe('importClippings', () => {
  it('adds new clippings, merges by canonical URL, and never clears what is there', async () => {
    const db = database();
    const ids = sequentialIds();
    const { clipping: kept } = await saveClipping(db, draft({ canonicalUrl: 'https://news.example/kept', url: 'https://news.example/kept' }), NOW, ids);
    const { clipping: existing } = await saveClipping(db, draft({ canonicalUrl: 'https://news.example/world/a' }), NOW, ids);
    const incoming = [sample('a', { updatedAt: '2030-01-01T00:00:00.000Z' }), sample('fresh')];

    const report = await importClippings(db, incoming, ids);

    expect(report.map((r) => [r.id, r.status])).toEqual([
      [existing.id, 'merged'],
      ['fresh', 'imported'],
    ]);
    const all = await listClippings(db);
    expect(all.map((c) => c.id).sort()).toEqual([kept.id, existing.id, 'fresh'].sort());
    const merged = all.find((c) => c.id === existing.id);
    expect(merged?.title).toBe(incoming[0]?.title);
    expect(merged?.highlights).toHaveLength(2);
  });

  it('reports unchanged on a second import of the same file and writes nothing new', async () => {
    const db = database();
    const clippings = [sample('a'), sample('b')];
    await importClippings(db, clippings);
    const before = await listClippings(db);
    const again = await importClippings(db, clippings);
    expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
    expect(await listClippings(db)).toEqual(before);
  });

  it('gives a new id to an incoming clipping whose id another article uses', async () => {
    const db = database();
    await importClippings(db, [sample('same')]);
    const report = await importClippings(db, [sample('same', { canonicalUrl: 'https://news.example/different' })], () => 'new-id');
    expect(report).toMatchObject([{ id: 'new-id', status: 'imported' }]);
    expect((await listClippings(db)).map((c) => c.id).sort()).toEqual(['new-id', 'same']);
  });

  it('writes nothing when the transaction fails part-way', async () => {
    const db = database();
    await importClippings(db, [sample('a')]);
    const before = await listClippings(db);
    // A function can't be stored (DataCloneError): the write fails after 'c' was prepared.
    const broken = { ...sample('b'), note: (() => 1) as unknown as string };
    await expect(importClippings(db, [sample('c'), broken])).rejects.toThrow();
    expect(await listClippings(db)).toEqual(before);
  });

  it('export → import → export gives identical files for random unicode clippings (property)', async () => {
    for (let seed = 100; seed < 110; seed += 1) {
      const db = database();
      const first = serializeClippings(randomClippings(seed, 12), NOW);
      const report = await importClippings(db, parsed(first));
      expect(report.every((r) => r.status === 'imported'), `seed ${seed}`).toBe(true);
      expect(serializeClippings(await listClippings(db), NOW), `seed ${seed}`).toBe(first);
    }
  });
});
