import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBackgroundHandler } from '../../../lib/messaging/background-handler';
import { parseContentToBackground } from '../../../lib/messaging/contract';
import { saveClipping } from '../../../lib/store/clippings';
import { DiplomarkDatabase } from '../../../lib/store/db';
import { draft } from '../store/helpers';

let counter = 0;
function setup() {
  const db = new DiplomarkDatabase(`entity-stats-test-${counter++}`, { indexedDB, IDBKeyRange });
  const handle = createBackgroundHandler({ db: async () => db, extensionId: 'ext-id' });
  return { db, handle };
}
const fromTab = { id: 'ext-id', tab: { id: 3 }, url: 'https://elsewhere.example/story' };

describe('content→background:entity-stats', () => {
  it('answers how many saved clippings name the entity, from any page', async () => {
    const { db, handle } = setup();
    await saveClipping(db, draft());
    await saveClipping(db, draft({ canonicalUrl: 'https://news.example/b', url: 'https://news.example/b' }));
    expect(await handle({ type: 'content→background:entity-stats', entityId: 'country:kr' }, fromTab)).toEqual({ ok: true, entityId: 'country:kr', clippings: 2 });
    expect(await handle({ type: 'content→background:entity-stats', entityId: 'person:yoon-suk-yeol' }, fromTab)).toEqual({
      ok: true,
      entityId: 'person:yoon-suk-yeol',
      clippings: 0,
    });
  });

  it('answers a count only: no clipping, title or URL travels back', async () => {
    const { db, handle } = setup();
    await saveClipping(db, draft());
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
