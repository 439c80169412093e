import type { DiplomarkDatabase } from './db';
import { withStorageErrors } from './errors';
import type { Clipping } from './types';

/**
 * Clippings per read. Chromium decodes 1,000 generated clippings (~1.2 MB of text) in about 8 ms, and
 * Dexie's liveQuery bookkeeping for them takes as long again; 500 keeps a page's task near 10 ms, with
 * headroom for a busy machine, in 20 round trips for 10,000 clippings.
 */
export const READ_PAGE_SIZE = 500;

/**
 * Every clipping, newest first (by savedAt), like `listClippings(db)`, but read in pages of `pageSize`.
 *
 * Why: IndexedDB hands over the values of one request all at once, so reading 10,000 clippings in one
 * request decodes them all (~11 MB of text) in a single main-thread task of a few hundred ms. Each page
 * here is its own request, decoded in its own task, so the page stays responsive in between. All pages
 * are read in one read-only transaction, so they form one consistent snapshot; inside Dexie's liveQuery
 * the explicit transaction also skips its query cache, which would otherwise deep-copy every result.
 *
 * Pages walk the savedAt index upwards (a plain bounded `getAll`, fast in every browser) and the result
 * is reversed: IndexedDB orders equal savedAt values by id, so this is exactly the newest-first order.
 */
export function listAllClippingsInPages(db: DiplomarkDatabase, pageSize = READ_PAGE_SIZE): Promise<Clipping[]> {
  return withStorageErrors(() =>
    db.transaction('r', db.clippings, async () => {
      const all: Clipping[] = [];
      let from: string | undefined;
      // Clippings at the end of `all` saved at `from`: the next page starts at `from` again (more may
      // share it) and skips these.
      let alreadyRead = 0;
      for (;;) {
        const range = from === undefined ? db.clippings.orderBy('savedAt') : db.clippings.where('savedAt').aboveOrEqual(from);
        const read = await range.limit(pageSize + alreadyRead).toArray();
        for (let i = alreadyRead; i < read.length; i += 1) all.push(read[i] as Clipping);
        if (read.length < pageSize + alreadyRead) break;
        from = (all[all.length - 1] as Clipping).savedAt;
        alreadyRead = 0;
        for (let i = all.length - 1; i >= 0 && (all[i] as Clipping).savedAt === from; i -= 1) alreadyRead += 1;
      }
      return all.reverse();
    }),
  );
}
