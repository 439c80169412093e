import { afterEach, describe, expect, it } from 'vitest';
import { countClippingsWithEntity, deleteClipping, saveClipping } from '../../../lib/store/clippings';
import type { DiplomarkDatabase } from '../../../lib/store/db';
import { draft, freshDatabase, sequentialIds } from './helpers';

let db: DiplomarkDatabase;
afterEach(async () => {
  db?.close();
});

describe('countClippingsWithEntity', () => {
  it('counts the clippings that name an entity, each once however often it is named', async () => {
    db = freshDatabase();
    const ids = sequentialIds();
    const now = new Date('2026-01-01T00:00:00Z');
    await saveClipping(db, draft(), now, ids);
    await saveClipping(db, draft({ canonicalUrl: 'https://news.example/b', url: 'https://news.example/b' }), now, ids);
    await saveClipping(
      db,
      draft({
        canonicalUrl: 'https://news.example/c',
        url: 'https://news.example/c',
        entities: [
          { id: 'country:jp', kind: 'country', name: 'Japan', count: 9 },
          { id: 'org:wto', kind: 'organization', name: 'WTO', count: 1 },
        ],
        disputes: [],
      }),
      now,
      ids,
    );
    expect(await countClippingsWithEntity(db, 'country:jp')).toBe(3);
    expect(await countClippingsWithEntity(db, 'country:kr')).toBe(2);
    expect(await countClippingsWithEntity(db, 'org:wto')).toBe(1);
    expect(await countClippingsWithEntity(db, 'person:nobody')).toBe(0);
  });

  it('follows re-saves and deletions', async () => {
    db = freshDatabase();
    const ids = sequentialIds();
    const { clipping } = await saveClipping(db, draft(), new Date(), ids);
    expect(await countClippingsWithEntity(db, 'dispute:takeshima-dokdo')).toBe(1);
    await saveClipping(db, draft({ entities: [{ id: 'country:jp', kind: 'country', name: 'Japan', count: 1 }], disputes: [] }), new Date(), ids);
    expect(await countClippingsWithEntity(db, 'dispute:takeshima-dokdo'), 'after the same article was saved again without it').toBe(0);
    await deleteClipping(db, clipping.id);
    expect(await countClippingsWithEntity(db, 'country:jp')).toBe(0);
  });
});
