// Whatever a content script sends, the background answers with a structured error and keeps working.
import fc from 'fast-check';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBackgroundHandler } from '../../../lib/messaging/background-handler';
import { DiplomarkDatabase } from '../../../lib/store/db';
import { draft } from '../store/helpers';

const TYPES = [
  'content→background:save-clipping',
  'content→background:add-reader-highlight',
  'content→background:update-reader-highlight',
  'content→background:delete-reader-highlight',
  'content→background:get-clipping-for-page',
  'content→background:entity-stats',
  'content→background:delete-all',
  'content→background:import',
];

describe('malformed messages', () => {
  it('get { ok: false, error } (never a throw), write nothing, and the next good message still works', async () => {
    const db = new DiplomarkDatabase('malformed-messages', { indexedDB, IDBKeyRange });
    const handle = createBackgroundHandler({ db: async () => db, extensionId: 'ext-id' });
    const sender = { id: 'ext-id', tab: { id: 1 }, url: 'https://news.example/a' };
    const message = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom(...TYPES), draft: fc.anything(), canonicalUrl: fc.anything(), id: fc.anything(), note: fc.anything(), selectors: fc.anything(), entityId: fc.anything() }, { requiredKeys: ['type'] }),
    );
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        const answer = await handle(m, sender);
        expect(answer.ok).toBe(false);
        expect(typeof (answer as { error?: unknown }).error).toBe('string');
      }),
      { numRuns: 300 },
    );
    expect(await db.clippings.count()).toBe(0);
    expect(await handle({ type: 'content→background:save-clipping', draft: draft({ url: sender.url, canonicalUrl: sender.url }) }, sender)).toMatchObject({ ok: true });
    await db.delete();
  });
});
