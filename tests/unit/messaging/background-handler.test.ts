import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBackgroundHandler } from '../../../lib/messaging/background-handler';
import { DiplomarkDatabase } from '../../../lib/store/db';
import type { ClippingDraft } from '../../../lib/store/types';

let counter = 0;
function setup() {
  const db = new DiplomarkDatabase(`handler-test-${counter++}`, { indexedDB, IDBKeyRange });
  const handle = createBackgroundHandler({ db: async () => db, extensionId: 'ext-id', now: () => new Date('2026-01-02T03:04:05Z') });
  return { db, handle };
}

const draft: ClippingDraft = {
  url: 'https://news.example/a?utm_source=x',
  canonicalUrl: 'https://news.example/a',
  title: 'Japan and South Korea agree',
  site: 'News',
  byline: 'Reuters',
  publishedAt: '2022-05-10T17:48:00+09:00',
  text: 'Body',
  excerpt: 'Body',
  language: 'en',
  verdict: 'diplomatic',
  entities: [{ id: 'country:jp', kind: 'country', name: 'Japan', count: 2 }],
  disputes: [],
};
const fromTab = { id: 'ext-id', tab: { id: 3 }, url: 'https://news.example/a?utm_source=x' };

describe('background message handler', () => {
  it('saves a valid clipping from our content script, once per canonical URL', async () => {
    const { db, handle } = setup();
    const first = await handle({ type: 'content→background:save-clipping', draft }, fromTab);
    const second = await handle({ type: 'content→background:save-clipping', draft: { ...draft, title: 'Updated' } }, fromTab);
    expect(first).toMatchObject({ ok: true, created: true });
    expect(second).toMatchObject({ ok: true, created: false });
    const all = await db.clippings.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]!.title).toBe('Updated');
  });

  it('rejects other senders and messages without a tab', async () => {
    const { db, handle } = setup();
    expect(await handle({ type: 'content→background:save-clipping', draft }, { id: 'other', tab: { id: 1 } })).toMatchObject({ ok: false });
    expect(await handle({ type: 'content→background:save-clipping', draft }, { id: 'ext-id' })).toMatchObject({ ok: false });
    expect(await db.clippings.count()).toBe(0);
  });

  it('rejects malformed drafts and unknown or privileged message types with a reason', async () => {
    const { db, handle } = setup();
    const cases: unknown[] = [
      null,
      'save',
      { type: 'delete-all' },
      { type: 'content→background:save-clipping', draft: { ...draft, url: 'javascript:alert(1)' } },
      { type: 'content→background:save-clipping', draft: { ...draft, entities: [{ id: 'x', kind: 'spaceship', name: 'x', count: 1 }] } },
      { type: 'content→background:save-clipping', draft: { ...draft, publishedAt: 'not-a-date' } },
      { type: 'content→background:save-clipping', draft: { ...draft, text: 'x'.repeat(2_000_001) } },
    ];
    for (const message of cases) {
      const response = await handle(message, fromTab);
      expect(response.ok).toBe(false);
      expect(response.ok ? '' : response.error).toMatch(/^Rejected: /);
    }
    expect(await db.clippings.count()).toBe(0);
  });

  it('stores only known fields', async () => {
    const { db, handle } = setup();
    const hostile = JSON.parse(JSON.stringify({ type: 'content→background:save-clipping', draft: { ...draft, extra: 'x' } }));
    hostile.draft.__proto__ = { polluted: true };
    await handle(hostile, fromTab);
    const [stored] = await db.clippings.toArray();
    expect(stored).not.toHaveProperty('extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('reader highlight messages', () => {
  const text = 'Japan and South Korea agreed to resume shuttle diplomacy.\n\nThe leaders met in Tokyo.';
  const pageDraft = { ...draft, text };
  const selectors = [
    { type: 'TextQuoteSelector', exact: 'shuttle diplomacy', prefix: 'agreed to resume ', suffix: '.' },
    { type: 'TextPositionSelector', start: 39, end: 56 },
  ];
  let nextId = 0;
  const add = (note = '', id = `highlight-${++nextId}`) => ({ type: 'content→background:add-reader-highlight', id, draft: pageDraft, selectors, note });

  it('stores a highlight sent twice (a retry after the service worker stopped) once, under the page’s id', async () => {
    const { db, handle } = setup();
    const first = await handle(add('once', 'b3c1e0f2-aaaa-4bbb-8ccc-123456789abc'), fromTab);
    const again = await handle(add('once', 'b3c1e0f2-aaaa-4bbb-8ccc-123456789abc'), fromTab);
    expect(first).toMatchObject({ ok: true, highlightId: 'b3c1e0f2-aaaa-4bbb-8ccc-123456789abc' });
    expect(again).toMatchObject({ ok: true, highlightId: 'b3c1e0f2-aaaa-4bbb-8ccc-123456789abc' });
    const [stored] = await db.clippings.toArray();
    expect(stored!.highlights.map((h) => h.id)).toEqual(['b3c1e0f2-aaaa-4bbb-8ccc-123456789abc']);
    await handle(add('another'), fromTab);
    expect((await db.clippings.toArray())[0]!.highlights).toHaveLength(2);
  });

  it('refuses a new highlight without a well-formed id', async () => {
    const { db, handle } = setup();
    const { id: _, ...withoutId } = add();
    expect(await handle(withoutId, fromTab)).toMatchObject({ ok: false, error: expect.stringMatching(/id/) });
    expect(await handle(add('', 'short'), fromTab)).toMatchObject({ ok: false });
    expect(await handle(add('', '<img src=x>-0000'), fromTab)).toMatchObject({ ok: false });
    expect(await db.clippings.count()).toBe(0);
  });

  it('adds a highlight to the page’s clipping (saving it first), updates its note and deletes it', async () => {
    const { db, handle } = setup();
    const added = await handle(add('key point'), fromTab);
    expect(added).toMatchObject({ ok: true, created: true });
    const highlightId = added.ok && 'highlightId' in added ? added.highlightId! : '';
    let [stored] = await db.clippings.toArray();
    expect(stored!.highlights).toEqual([
      { id: highlightId, selectors, note: 'key point', createdAt: '2026-01-02T03:04:05.000Z', updatedAt: '2026-01-02T03:04:05.000Z' },
    ]);

    const got = await handle({ type: 'content→background:get-clipping-for-page', canonicalUrl: draft.canonicalUrl }, fromTab);
    expect(got).toMatchObject({ ok: true, clipping: { id: stored!.id, text, highlights: [{ id: highlightId }] } });

    await handle({ type: 'content→background:update-reader-highlight', canonicalUrl: draft.canonicalUrl, id: highlightId, note: 'changed' }, fromTab);
    [stored] = await db.clippings.toArray();
    expect(stored!.highlights[0]!.note).toBe('changed');

    await handle({ type: 'content→background:delete-reader-highlight', canonicalUrl: draft.canonicalUrl, id: highlightId }, fromTab);
    [stored] = await db.clippings.toArray();
    expect(stored!.highlights).toEqual([]);
    expect(await db.clippings.count(), 'deleting a highlight never deletes the clipping').toBe(1);
  });

  it('touches only the clipping of the sender’s own page', async () => {
    const { db, handle } = setup();
    await handle(add('mine'), fromTab);
    const [stored] = await db.clippings.toArray();
    const id = stored!.highlights[0]!.id;
    const elsewhere = { ...fromTab, url: 'https://evil.example/page' };
    expect(await handle(add(), elsewhere)).toMatchObject({ ok: false });
    expect(await handle({ type: 'content→background:delete-reader-highlight', canonicalUrl: draft.canonicalUrl, id }, elsewhere)).toMatchObject({ ok: false });
    expect(await handle({ type: 'content→background:update-reader-highlight', canonicalUrl: draft.canonicalUrl, id, note: 'x' }, elsewhere)).toMatchObject({ ok: false });
    expect(await handle({ type: 'content→background:get-clipping-for-page', canonicalUrl: draft.canonicalUrl }, elsewhere)).toEqual({ ok: true, clipping: null });
    expect(await handle({ type: 'content→background:save-clipping', draft }, elsewhere)).toMatchObject({ ok: false });
    expect(await handle(add(), { id: 'ext-id', tab: { id: 3 } }), 'no sender URL').toMatchObject({ ok: false });
    const [after] = await db.clippings.toArray();
    expect(after!.highlights).toHaveLength(1);
    expect(after!.highlights[0]!.note).toBe('mine');
  });

  it('rejects malformed highlight requests with a reason', async () => {
    const { db, handle } = setup();
    const cases: unknown[] = [
      { ...add(), selectors: [selectors[0]] },
      { ...add(), selectors: [{ ...selectors[0], exact: '  ' }, selectors[1]] },
      { ...add(), selectors: [selectors[0], { type: 'TextPositionSelector', start: 10, end: 5 }] },
      { ...add(), selectors: [{ ...selectors[0], prefix: 'x'.repeat(201) }, selectors[1]] },
      { ...add(), note: 42 },
      { ...add(), selectors: [selectors[0], { type: 'TextPositionSelector', start: 39, end: text.length + 1 }] },
      { type: 'content→background:update-reader-highlight', canonicalUrl: 'javascript:1', id: 'h', note: '' },
      { type: 'content→background:delete-reader-highlight', canonicalUrl: draft.canonicalUrl },
      { type: 'content→background:delete-clipping', id: 'x' },
    ];
    for (const message of cases) {
      const response = await handle(message, fromTab);
      expect(response.ok, JSON.stringify(message).slice(0, 120)).toBe(false);
      expect(response.ok ? '' : response.error).toMatch(/^Rejected: /);
    }
    expect(await db.clippings.count()).toBe(0);
  });
});

describe('optional draft metadata', () => {
  it('stores section and modified date when sent, rejects malformed ones, and leaves older drafts unchanged', async () => {
    const { db, handle } = setup();
    await handle({ type: 'content→background:save-clipping', draft: { ...draft, section: 'World', modifiedAt: '2022-05-11T08:00:00+09:00' } }, fromTab);
    const [stored] = await db.clippings.toArray();
    expect(stored).toMatchObject({ section: 'World', modifiedAt: '2022-05-11T08:00:00+09:00' });
    expect(await handle({ type: 'content→background:save-clipping', draft: { ...draft, modifiedAt: 'soon' } }, fromTab)).toMatchObject({ ok: false });
    expect(await handle({ type: 'content→background:save-clipping', draft: { ...draft, section: 7 } }, fromTab)).toMatchObject({ ok: false });

    const other = setup();
    await other.handle({ type: 'content→background:save-clipping', draft }, fromTab);
    const [plain] = await other.db.clippings.toArray();
    expect(plain).not.toHaveProperty('section');
    expect(plain).not.toHaveProperty('modifiedAt');
  });
});
