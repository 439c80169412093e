import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBackgroundHandler } from '../../../lib/messaging/background-handler';
import { isSameSite, siteOf } from '../../../lib/messaging/page-site';
import { DiplomarkDatabase } from '../../../lib/store/db';
import type { Clipping } from '../../../lib/store/types';
import { draft } from '../store/helpers';

let counter = 0;
function setup() {
  const db = new DiplomarkDatabase(`site-ownership-${counter++}`, { indexedDB, IDBKeyRange });
  const handle = createBackgroundHandler({ db: async () => db, extensionId: 'ext-id', now: () => new Date('2026-01-02T03:04:05Z') });
  return { db, handle };
}

const VICTIM = 'https://victim.news/a';
const victimTab = { id: 'ext-id', tab: { id: 1 }, url: `${VICTIM}?utm_source=x` };
const evilTab = { id: 'ext-id', tab: { id: 2 }, url: 'https://evil.example/trap' };
const victimDraft = draft({ url: `${VICTIM}?utm_source=x`, canonicalUrl: VICTIM, title: 'The real article', text: 'Real text.' });
const selectors = [
  { type: 'TextQuoteSelector', exact: 'Real', prefix: '', suffix: ' text.' },
  { type: 'TextPositionSelector', start: 0, end: 4 },
];

async function victimClippingWithNote(handle: ReturnType<typeof setup>['handle']): Promise<string> {
  const answer = await handle(
    { type: 'content→background:add-reader-highlight', id: 'private-note-0001', draft: victimDraft, selectors, note: 'my private note' },
    victimTab,
  );
  expect(answer).toMatchObject({ ok: true });
  return 'private-note-0001';
}

describe('site of a page (registrable domain, Public Suffix List)', () => {
  it.each([
    ['https://m.example.com/a', 'https://www.example.com/b', true],
    ['https://www.tokyo-ledger.example/x', 'https://tokyo-ledger.example/y', true],
    ['https://evil.example/', 'https://victim.news/a', false],
    ['https://a.co.uk/', 'https://b.co.uk/', false],
    ['https://alice.github.io/', 'https://bob.github.io/', false],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:9090/', true],
    ['http://127.0.0.1/', 'http://127.0.0.2/', false],
    ['http://localhost:3000/', 'http://localhost/', true],
    ['http://localhost/', 'http://127.0.0.1/', false],
    ['not a url', 'https://example.com/', false],
  ])('%s and %s are one site: %s', (a, b, same) => {
    expect(isSameSite(a, b)).toBe(same);
  });

  it('names the site of IPs and localhost by their host', () => {
    expect(siteOf('http://[::1]:8080/x')).toBe('[::1]');
    expect(siteOf('http://localhost:5173/')).toBe('localhost');
    expect(siteOf('https://news.bbc.co.uk/world')).toBe('bbc.co.uk');
  });
});

describe('a page cannot reach another site’s clipping through its canonical link', () => {
  it('a save on evil.example declaring victim.news as canonical leaves the victim’s clipping untouched', async () => {
    const { db, handle } = setup();
    await victimClippingWithNote(handle);
    const forged = draft({ url: 'https://evil.example/trap', canonicalUrl: VICTIM, title: 'Evil title', text: 'Evil text.' });
    const answer = await handle({ type: 'content→background:save-clipping', draft: forged }, evilTab);
    const victim = (await db.clippings.where('canonicalUrl').equals(VICTIM).first()) as Clipping;
    expect(victim.title).toBe('The real article');
    expect(victim.url).toBe(`${VICTIM}?utm_source=x`);
    expect(victim.highlights[0]!.note).toBe('my private note');
    // The evil page's save, if any, is its own clipping under its own URL.
    if (answer.ok) {
      const own = await db.clippings.where('canonicalUrl').equals('https://evil.example/trap').first();
      expect(own?.title).toBe('Evil title');
    }
    expect(await db.clippings.count()).toBeLessThanOrEqual(2);
  });

  it('evil.example can neither read nor change nor delete the victim’s notes', async () => {
    const { db, handle } = setup();
    const id = await victimClippingWithNote(handle);
    // Even after pressing Save there with the forged canonical link.
    const forged = draft({ url: 'https://evil.example/trap', canonicalUrl: VICTIM, title: 'Evil title', text: 'Evil text.' });
    await handle({ type: 'content→background:save-clipping', draft: forged }, evilTab);
    await handle({ type: 'content→background:add-reader-highlight', id: 'evil-note-00001', draft: forged, selectors, note: 'x' }, evilTab);
    expect(await handle({ type: 'content→background:get-clipping-for-page', canonicalUrl: VICTIM }, evilTab)).toEqual({ ok: true, clipping: null });
    expect(await handle({ type: 'content→background:update-reader-highlight', canonicalUrl: VICTIM, id, note: 'owned' }, evilTab)).toMatchObject({ ok: false });
    expect(await handle({ type: 'content→background:delete-reader-highlight', canonicalUrl: VICTIM, id }, evilTab)).toMatchObject({ ok: false });
    const victim = (await db.clippings.where('canonicalUrl').equals(VICTIM).first()) as Clipping;
    expect(victim.highlights.map((h) => [h.id, h.note])).toEqual([[id, 'my private note']]);
  });

  it('a clipping whose stored URL is on another site is unreachable, whatever its canonical URL says', async () => {
    const { db, handle } = setup();
    await db.clippings.put({
      ...victimDraft,
      id: 'legacy',
      url: 'https://victim.news/a',
      canonicalUrl: 'https://evil.example/trap',
      savedAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      entityIds: [],
      highlights: [],
      note: 'private',
      tags: [],
    });
    expect(await handle({ type: 'content→background:get-clipping-for-page', canonicalUrl: 'https://evil.example/trap' }, evilTab)).toEqual({ ok: true, clipping: null });
    const resave = draft({ url: 'https://evil.example/trap', canonicalUrl: 'https://evil.example/trap', title: 'Evil' });
    expect(await handle({ type: 'content→background:save-clipping', draft: resave }, evilTab)).toMatchObject({ ok: false });
    expect((await db.clippings.get('legacy'))!.title).toBe('The real article');
  });

  it('keeps a canonical URL on the page’s own site (another subdomain, no tracking parameters)', async () => {
    const { db, handle } = setup();
    const mobile = { id: 'ext-id', tab: { id: 4 }, url: 'https://m.example.com/story?id=7' };
    const answer = await handle(
      { type: 'content→background:save-clipping', draft: draft({ url: mobile.url, canonicalUrl: 'https://www.example.com/story-7' }) },
      mobile,
    );
    expect(answer).toMatchObject({ ok: true });
    expect((await db.clippings.toArray()).map((c) => c.canonicalUrl)).toEqual(['https://www.example.com/story-7']);
    expect(await handle({ type: 'content→background:get-clipping-for-page', canonicalUrl: 'https://www.example.com/story-7' }, mobile)).toMatchObject({
      ok: true,
      clipping: { canonicalUrl: 'https://www.example.com/story-7' },
    });
  });

  it('files a page whose canonical link points to another site under the page’s own clean URL', async () => {
    const { db, handle } = setup();
    const page = { id: 'ext-id', tab: { id: 5 }, url: 'https://mirror.example/copy?utm_medium=x#top' };
    await handle({ type: 'content→background:save-clipping', draft: draft({ url: page.url, canonicalUrl: 'https://origin.news/original' }) }, page);
    expect((await db.clippings.toArray()).map((c) => c.canonicalUrl)).toEqual(['https://mirror.example/copy']);
  });

  it('refuses a draft whose URL is on another site than the sending page', async () => {
    const { db, handle } = setup();
    const answer = await handle({ type: 'content→background:save-clipping', draft: victimDraft }, evilTab);
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/^Rejected: /) });
    expect(await db.clippings.count()).toBe(0);
  });

  it('answers only the top frame, and only when it is on the tab’s own site', async () => {
    const { db, handle } = setup();
    await victimClippingWithNote(handle);
    const get = { type: 'content→background:get-clipping-for-page', canonicalUrl: VICTIM };
    expect(await handle(get, { ...victimTab, frameId: 0 })).toMatchObject({ ok: true, clipping: { canonicalUrl: VICTIM } });
    expect(await handle(get, { ...victimTab, frameId: 3 })).toMatchObject({ ok: false });
    expect(await handle(get, { ...victimTab, tab: { id: 1, url: 'https://evil.example/frame-host' } })).toMatchObject({ ok: false });
    expect(await db.clippings.count()).toBe(1);
  });
});
