import { describe, expect, it } from 'vitest';
import { listClippings } from '../../../lib/store/clippings';
import { listAllClippingsInPages } from '../../../lib/store/read-in-pages';
import type { Clipping } from '../../../lib/store/types';
import { generateClippings } from '../../../scripts/dashboard-data.mjs';
import { useFreshDatabases } from './helpers';

const database = useFreshDatabases();

describe('listAllClippingsInPages', () => {
  it('reads every clipping newest first, exactly as one read does, also when pages split equal save times', async () => {
    const db = database();
    const generated = generateClippings({ count: 57, seed: 4, textParagraphs: 1 }) as unknown as Clipping[];
    // Runs of equal savedAt (up to 9 long) that straddle page boundaries of 4 and 5.
    const clippings = generated.map((c, i) => ({ ...c, savedAt: `2024-01-${String(10 + Math.floor(i / 9) * 3 + (i % 2)).padStart(2, '0')}T00:00:00.000Z` }));
    await db.clippings.bulkPut(clippings);
    const expected = (await listClippings(db)).map((c) => c.id);
    expect(expected).toHaveLength(57);
    for (const pageSize of [1, 4, 5, 56, 57, 400]) {
      expect((await listAllClippingsInPages(db, pageSize)).map((c) => c.id), `pages of ${pageSize}`).toEqual(expected);
    }
  });

  it('reads one request per page (each decoded in its own task)', async () => {
    const db = database();
    let requests = 0;
    db.use({
      stack: 'dbcore',
      name: 'count-queries',
      create: (core) => ({
        ...core,
        table: (name) => {
          const table = core.table(name);
          return { ...table, query: (request) => ((requests += 1), table.query(request)) };
        },
      }),
    });
    await db.clippings.bulkPut(generateClippings({ count: 10, seed: 2, textParagraphs: 1 }) as unknown as Clipping[]);
    requests = 0;
    expect(await listAllClippingsInPages(db, 3)).toHaveLength(10);
    expect(requests).toBe(4); // 3 + 3 + 3 + 1
  });

  it('returns an empty list for an empty database', async () => {
    expect(await listAllClippingsInPages(database())).toEqual([]);
  });
});
