import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  createBackgroundHandler,
  PRIVATE_WINDOW_REFUSAL,
  RATE_LIMIT_REFUSAL,
  SAVES_PER_TAB_PER_MINUTE,
} from '../../../lib/messaging/background-handler';
import { TabRateLimiter } from '../../../lib/messaging/tab-limits';
import { DiplomarkDatabase } from '../../../lib/store/db';
import { draft } from '../store/helpers';

let counter = 0;
function setup(options: { privateSaves?: boolean; clock?: () => number } = {}) {
  const db = new DiplomarkDatabase(`write-rules-${counter++}`, { indexedDB, IDBKeyRange });
  const handle = createBackgroundHandler({
    db: async () => db,
    extensionId: 'ext-id',
    savesFromPrivateWindows: async () => options.privateSaves ?? false,
    ...(options.clock ? { rateLimiter: new TabRateLimiter(SAVES_PER_TAB_PER_MINUTE, 60_000, options.clock) } : {}),
  });
  return { db, handle };
}

const tab = (id: number, incognito = false) => ({ id: 'ext-id', tab: { id, incognito }, url: 'https://news.example/live?x=1' });
const pageDraft = (n: number) => draft({ url: 'https://news.example/live?x=1', canonicalUrl: `https://news.example/story-${n}` });

describe('saves are limited per tab', () => {
  it(`refuses the save after ${SAVES_PER_TAB_PER_MINUTE} in a minute from one tab, with a clear message, and writes nothing`, async () => {
    let time = 0;
    const { db, handle } = setup({ clock: () => time });
    for (let n = 0; n < SAVES_PER_TAB_PER_MINUTE; n++) {
      expect(await handle({ type: 'content→background:save-clipping', draft: pageDraft(n) }, tab(1))).toMatchObject({ ok: true });
    }
    const refused = await handle({ type: 'content→background:save-clipping', draft: pageDraft(999) }, tab(1));
    expect(refused).toEqual({ ok: false, error: RATE_LIMIT_REFUSAL });
    expect(RATE_LIMIT_REFUSAL).toMatch(/wait a minute/i);
    expect(await db.clippings.count()).toBe(SAVES_PER_TAB_PER_MINUTE);
    // Another tab is not held back by this one; this tab may save again after the minute.
    expect(await handle({ type: 'content→background:save-clipping', draft: pageDraft(1000) }, tab(2))).toMatchObject({ ok: true });
    time += 60_001;
    expect(await handle({ type: 'content→background:save-clipping', draft: pageDraft(1001) }, tab(1))).toMatchObject({ ok: true });
  });

  it('counts new highlights as writes too', async () => {
    const { handle } = setup({ clock: () => 0 });
    const selectors = [
      { type: 'TextQuoteSelector', exact: 'South Korea', prefix: '', suffix: ' summoned' },
      { type: 'TextPositionSelector', start: 0, end: 11 },
    ];
    const answers = [];
    for (let n = 0; n <= SAVES_PER_TAB_PER_MINUTE; n++) {
      answers.push(await handle({ type: 'content→background:add-reader-highlight', id: `highlight-${String(n).padStart(4, '0')}`, draft: pageDraft(0), selectors, note: '' }, tab(3)));
    }
    expect(answers.at(-1)).toEqual({ ok: false, error: RATE_LIMIT_REFUSAL });
  });
});

describe('private windows: nothing is saved unless the reader opted in', () => {
  it('refuses saves and highlights from a private window by default and says where to change it', async () => {
    const { db, handle } = setup();
    expect(await handle({ type: 'content→background:save-clipping', draft: pageDraft(1) }, tab(1, true))).toEqual({ ok: false, error: PRIVATE_WINDOW_REFUSAL });
    const selectors = [
      { type: 'TextQuoteSelector', exact: 'South Korea', prefix: '', suffix: ' summoned' },
      { type: 'TextPositionSelector', start: 0, end: 11 },
    ];
    expect(await handle({ type: 'content→background:add-reader-highlight', id: 'highlight-0001', draft: pageDraft(1), selectors, note: '' }, tab(1, true))).toEqual({
      ok: false,
      error: PRIVATE_WINDOW_REFUSAL,
    });
    expect(PRIVATE_WINDOW_REFUSAL).toMatch(/settings/);
    expect(await db.clippings.count()).toBe(0);
  });

  it('saves from a private window once the reader has turned the setting on', async () => {
    const { db, handle } = setup({ privateSaves: true });
    expect(await handle({ type: 'content→background:save-clipping', draft: pageDraft(1) }, tab(1, true))).toMatchObject({ ok: true });
    expect(await db.clippings.count()).toBe(1);
  });

  it('saves from normal windows whatever the setting', async () => {
    const { handle } = setup({ privateSaves: false });
    expect(await handle({ type: 'content→background:save-clipping', draft: pageDraft(1) }, tab(1, false))).toMatchObject({ ok: true });
  });
});
