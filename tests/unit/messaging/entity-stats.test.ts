import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBackgroundHandler } from '../../../lib/messaging/background-handler';
import { parseContentToBackground } from '../../../lib/messaging/contract';
import { TabArticleEntities } from '../../../lib/messaging/tab-limits';
import { saveClipping } from '../../../lib/store/clippings';
import { DiplomarkDatabase } from '../../../lib/store/db';
import { draft } from '../store/helpers';

let counter = 0;
function setup() {
  const db = new DiplomarkDatabase(`entity-stats-test-${counter++}`, { indexedDB, IDBKeyRange });
  const articleEntities = new TabArticleEntities();
  const handle = createBackgroundHandler({ db: async () => db, extensionId: 'ext-id', articleEntities });
  return { db, handle, articleEntities };
}
const fromTab = { id: 'ext-id', tab: { id: 3 }, url: 'https://elsewhere.example/story' };

describe('content→background:entity-stats', () => {
  it('answers for an entity of the article this tab shows, once the background knows that article', async () => {
    const { db, handle, articleEntities } = setup();
    await saveClipping(db, draft());
    await saveClipping(db, draft({ canonicalUrl: 'https://news.example/b', url: 'https://news.example/b' }));
    articleEntities.remember(3, fromTab.url, ['country:kr', 'person:yoon-suk-yeol']);
    expect(await handle({ type: 'content→background:entity-stats', entityId: 'country:kr' }, fromTab)).toEqual({ ok: true, entityId: 'country:kr', clippings: 2 });
    expect(await handle({ type: 'content→background:entity-stats', entityId: 'person:yoon-suk-yeol' }, fromTab)).toEqual({
      ok: true,
      entityId: 'person:yoon-suk-yeol',
      clippings: 0,
    });
  });

  it('answers nothing about entities the tab’s article does not name, so a page cannot probe the collection', async () => {
    const { db, handle, articleEntities } = setup();
    await saveClipping(db, draft());
    expect(await handle({ type: 'content→background:entity-stats', entityId: 'country:kr' }, fromTab)).toMatchObject({ ok: false });
    articleEntities.remember(3, fromTab.url, ['country:jp']);
    expect(await handle({ type: 'content→background:entity-stats', entityId: 'dispute:takeshima-dokdo' }, fromTab)).toMatchObject({ ok: false });
    // Another tab, or the same tab after it moved to another page, learns nothing from this one.
    expect(await handle({ type: 'content→background:entity-stats', entityId: 'country:jp' }, { ...fromTab, tab: { id: 4 } })).toMatchObject({ ok: false });
    expect(await handle({ type: 'content→background:entity-stats', entityId: 'country:jp' }, { ...fromTab, url: 'https://elsewhere.example/next' })).toMatchObject({ ok: false });
  });

  it('learns the article’s entities from the tab’s own saved clipping and from its drafts', async () => {
    const { db, handle } = setup();
    const page = { id: 'ext-id', tab: { id: 7 }, url: draft().url };
    await saveClipping(db, draft());
    await handle({ type: 'content→background:get-clipping-for-page', canonicalUrl: draft().canonicalUrl }, page);
    expect(await handle({ type: 'content→background:entity-stats', entityId: 'country:kr' }, page)).toEqual({ ok: true, entityId: 'country:kr', clippings: 1 });
    const other = { id: 'ext-id', tab: { id: 8 }, url: 'https://news.example/c' };
    await handle({ type: 'content→background:save-clipping', draft: draft({ url: other.url, canonicalUrl: other.url, entities: [{ id: 'org:wto', kind: 'organization', name: 'WTO', count: 1 }] }) }, other);
    expect(await handle({ type: 'content→background:entity-stats', entityId: 'org:wto' }, other)).toEqual({ ok: true, entityId: 'org:wto', clippings: 1 });
  });

  it('answers a count only: no clipping, title or URL travels back', async () => {
    const { db, handle, articleEntities } = setup();
    await saveClipping(db, draft());
    articleEntities.remember(3, fromTab.url, ['country:jp']);
    const answer = await handle({ type: 'content→background:entity-stats', entityId: 'country:jp' }, fromTab);
    expect(Object.keys(answer).sort()).toEqual(['clippings', 'entityId', 'ok']);
  });

  it.each([
    ['no entity id', { type: 'content→background:entity-stats' }],
    ['a number', { type: 'content→background:entity-stats', entityId: 42 }],
    ['an empty id', { type: 'content→background:entity-stats', entityId: '' }],
    ['no kind prefix', { type: 'content→background:entity-stats', entityId: 'japan' }],
    ['an index wildcard', { type: 'content→background:entity-stats', entityId: 'country:*' }],
    ['a very long id', { type: 'content→background:entity-stats', entityId: `country:${'a'.repeat(500)}` }],
  ])('rejects a request with %s', async (_label, message) => {
    expect(typeof parseContentToBackground(message)).toBe('string');
    const { handle } = setup();
    expect(await handle(message, fromTab)).toMatchObject({ ok: false, error: expect.stringMatching(/^Rejected: entityId/) });
  });

  it('ignores senders other than our own content scripts in a tab', async () => {
    const { handle } = setup();
    const message = { type: 'content→background:entity-stats', entityId: 'country:jp' };
    expect(await handle(message, { id: 'other-extension', tab: { id: 1 }, url: 'https://a.example/' })).toMatchObject({ ok: false });
    expect(await handle(message, { id: 'ext-id', url: 'https://a.example/' })).toMatchObject({ ok: false });
  });
});
