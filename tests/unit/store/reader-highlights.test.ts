import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../lib/anchoring/selectors';
import { saveClipping } from '../../../lib/store/clippings';
import { addReaderHighlight, changeReaderHighlight, findClippingByCanonicalUrl } from '../../../lib/store/reader-highlights';
import { draft, freshDatabase, sequentialIds } from './helpers';

const TEXT = 'South Korea summoned a Japanese diplomat.\n\nThe Dokdo islets are administered by Seoul.';

function selectorsOf(text: string, passage: string) {
  const at = text.indexOf(passage);
  return describeRange(text, at, at + passage.length)!;
}

describe('reader highlights in the store', () => {
  it('adds a highlight and saves the article in one go; a later save keeps it and moves it with the text', async () => {
    const db = freshDatabase();
    const ids = sequentialIds();
    const added = await addReaderHighlight(db, draft({ text: TEXT }), { selectors: selectorsOf(TEXT, 'administered by Seoul'), note: 'n' }, new Date('2024-03-01T00:00:00Z'), ids);
    expect(added.created).toBe(true);
    expect(added.highlight).toMatchObject({ id: 'id-2', note: 'n', createdAt: '2024-03-01T00:00:00.000Z' });

    const edited = `Updated at noon.\n\n${TEXT.replace('South Korea summoned', 'Seoul summoned')}`;
    const resaved = await saveClipping(db, draft({ text: edited, title: 'New title' }), new Date('2024-03-02T00:00:00Z'), ids);
    expect(resaved.created).toBe(false);
    expect(resaved.clipping.title).toBe('New title');
    const [highlight] = resaved.clipping.highlights;
    const [quote, position] = highlight!.selectors;
    expect(quote.exact).toBe('administered by Seoul');
    expect(edited.slice(position.start, position.end), 'position re-pointed into the new text').toBe('administered by Seoul');
    expect(highlight!.note).toBe('n');
  });

  it('keeps a highlight whose passage disappeared from the new text, with its old quote', async () => {
    const db = freshDatabase();
    const selectors = selectorsOf(TEXT, 'summoned a Japanese diplomat');
    await addReaderHighlight(db, draft({ text: TEXT }), { selectors, note: '' });
    const shorter = 'Seoul holds Dokdo.';
    const { clipping } = await saveClipping(db, draft({ text: shorter }));
    expect(clipping.highlights).toHaveLength(1);
    const [quote, position] = clipping.highlights[0]!.selectors;
    expect(quote).toEqual(selectors[0]);
    expect(position.end, 'the position hint stays inside the new text (imports check it)').toBeLessThanOrEqual(shorter.length);
    expect(position.start).toBeLessThanOrEqual(position.end);
  });

  it('adds a highlight given with an id once, however often it is sent', async () => {
    const db = freshDatabase();
    const d = draft({ text: TEXT });
    const highlight = { id: '0f8e7d6c-1111-4222-8333-444455556666', selectors: selectorsOf(TEXT, 'Dokdo'), note: 'first' };
    const first = await addReaderHighlight(db, d, highlight);
    const second = await addReaderHighlight(db, d, { ...highlight, note: 'sent again' });
    expect(second.highlight).toEqual(first.highlight);
    const stored = await findClippingByCanonicalUrl(db, d.canonicalUrl);
    expect(stored!.highlights.map((h) => [h.id, h.note])).toEqual([['0f8e7d6c-1111-4222-8333-444455556666', 'first']]);
  });

  it('changes and removes one highlight, leaving others and the clipping', async () => {
    const db = freshDatabase();
    const d = draft({ text: TEXT });
    const a = await addReaderHighlight(db, d, { selectors: selectorsOf(TEXT, 'Dokdo'), note: '' });
    const b = await addReaderHighlight(db, d, { selectors: selectorsOf(TEXT, 'Seoul'), note: 'b' });
    const changed = await changeReaderHighlight(db, d.canonicalUrl, a.highlight.id, 'now with a note', new Date('2025-01-01T00:00:00Z'));
    expect(changed!.highlights.map((h) => [h.id, h.note])).toEqual([
      [a.highlight.id, 'now with a note'],
      [b.highlight.id, 'b'],
    ]);
    expect(changed!.highlights[0]!.updatedAt).toBe('2025-01-01T00:00:00.000Z');
    const removed = await changeReaderHighlight(db, d.canonicalUrl, b.highlight.id, null);
    expect(removed!.highlights.map((h) => h.id)).toEqual([a.highlight.id]);
    expect(await changeReaderHighlight(db, d.canonicalUrl, 'missing', 'x')).toBeUndefined();
    expect(await changeReaderHighlight(db, 'https://other.example/', a.highlight.id, 'x')).toBeUndefined();
    expect((await findClippingByCanonicalUrl(db, d.canonicalUrl))!.highlights).toHaveLength(1);
  });
});
