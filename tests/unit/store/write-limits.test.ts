// Every limit the importer enforces holds when writing too, so an export can always be imported back.
import { describe, expect, it } from 'vitest';
import { parseClippingsExport } from '../../../lib/export/import';
import { serializeClippings } from '../../../lib/export/json';
import { deleteClippings, restoreClippings, updateReaderFields } from '../../../lib/store/bulk';
import { restoreClipping, saveClipping } from '../../../lib/store/clippings';
import { StorageError } from '../../../lib/store/errors';
import { importClippings } from '../../../lib/store/import';
import { MAX_HIGHLIGHTS, MAX_NOTE, MAX_TAGS } from '../../../lib/store/clipping-rules';
import { addReaderHighlight, changeReaderHighlight } from '../../../lib/store/reader-highlights';
import type { Clipping } from '../../../lib/store/types';
import { draft, useFreshDatabases } from './helpers';

const fresh = useFreshDatabases();

async function expectRefused(write: Promise<unknown>, pattern: RegExp): Promise<void> {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the write was refused').toBeInstanceOf(StorageError);
  expect((error as StorageError).reason).toBe('limit');
  expect((error as StorageError).message).toMatch(pattern);
  expect((error as StorageError).message).toMatch(/Nothing was changed/);
}

async function everythingImportsBack(clippings: Clipping[]): Promise<void> {
  const parsed = parseClippingsExport(serializeClippings(clippings));
  expect(parsed.ok && parsed.rejected).toEqual([]);
}

describe('write-time limits (the importer’s own)', () => {
  it(`refuses a note over ${MAX_NOTE} characters and keeps the old one`, async () => {
    const db = fresh();
    const { clipping } = await saveClipping(db, draft());
    await expectRefused(updateReaderFields(db, clipping.id, { note: 'x'.repeat(MAX_NOTE + 1) }), /note/);
    expect((await db.clippings.get(clipping.id))!.note).toBe('');
    await updateReaderFields(db, clipping.id, { note: 'x'.repeat(MAX_NOTE) });
    await everythingImportsBack(await db.clippings.toArray());
  });

  it(`refuses more than ${MAX_TAGS} tags`, async () => {
    const db = fresh();
    const { clipping } = await saveClipping(db, draft());
    const tags = Array.from({ length: MAX_TAGS + 1 }, (_, n) => `tag ${n}`);
    await expectRefused(updateReaderFields(db, clipping.id, { tags }), /tags/);
    expect((await db.clippings.get(clipping.id))!.tags).toEqual([]);
  });

  it('refuses a highlight note over the limit when it is changed', async () => {
    const db = fresh();
    const { clipping } = await addReaderHighlight(db, draft(), {
      id: 'highlight-1',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'South Korea', prefix: '', suffix: ' summoned' },
        { type: 'TextPositionSelector', start: 0, end: 11 },
      ],
      note: '',
    });
    await expectRefused(changeReaderHighlight(db, clipping.canonicalUrl, 'highlight-1', 'n'.repeat(MAX_NOTE + 1)), /note/);
  });

  it('refuses a highlight whose position lies outside the text', async () => {
    const db = fresh();
    const write = addReaderHighlight(db, draft(), {
      id: 'highlight-1',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 5, end: 50_000 },
      ],
      note: '',
    });
    await expectRefused(write, /position/);
    expect(await db.clippings.count(), 'neither the highlight nor its clipping').toBe(0);
  });

  it(`refuses the highlight after ${MAX_HIGHLIGHTS}`, async () => {
    const db = fresh();
    const { clipping } = await saveClipping(db, draft());
    const highlight = (n: number) => ({
      id: `h-${n}`,
      selectors: [
        { type: 'TextQuoteSelector', exact: 'South Korea', prefix: '', suffix: ' summoned' },
        { type: 'TextPositionSelector', start: 0, end: 11 },
      ] as Clipping['highlights'][number]['selectors'],
      note: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await db.clippings.put({ ...clipping, highlights: Array.from({ length: MAX_HIGHLIGHTS }, (_, n) => highlight(n)) });
    await expectRefused(addReaderHighlight(db, draft(), { id: 'one-too-many', selectors: highlight(0).selectors, note: '' }), /highlights/);
  });

  it('an Undo that merges with a re-saved clipping never builds a note or tag list the importer would refuse', async () => {
    const db = fresh();
    const { clipping } = await saveClipping(db, draft());
    await updateReaderFields(db, clipping.id, { note: 'a'.repeat(MAX_NOTE - 10), tags: Array.from({ length: 300 }, (_, n) => `old ${n}`) });
    const [deleted] = await deleteClippings(db, [clipping.id]);
    const { clipping: resaved } = await saveClipping(db, draft());
    await updateReaderFields(db, resaved.id, { note: 'b'.repeat(MAX_NOTE - 10), tags: Array.from({ length: 300 }, (_, n) => `new ${n}`) });
    await expectRefused(restoreClipping(db, deleted!), /note|tags/);
    await expectRefused(restoreClippings(db, [deleted!]), /note|tags/);
    expect((await db.clippings.toArray()).map((c) => c.id), 'the re-saved clipping is untouched').toEqual([resaved.id]);
  });

  it('an import that would merge notes past the limit reports that clipping and writes nothing', async () => {
    const db = fresh();
    const { clipping } = await saveClipping(db, draft());
    await updateReaderFields(db, clipping.id, { note: 'a'.repeat(MAX_NOTE - 10) });
    const incoming: Clipping = { ...clipping, id: 'other', note: 'b'.repeat(MAX_NOTE - 10), updatedAt: '2099-01-01T00:00:00.000Z' };
    await expectRefused(importClippings(db, [incoming]), /note/);
    expect((await db.clippings.get(clipping.id))!.note).toBe('a'.repeat(MAX_NOTE - 10));
  });
});
