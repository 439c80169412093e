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
const fromTab = { id: 'ext-id', tab: { id: 3 } };

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
