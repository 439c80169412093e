import { saveClipping } from './clippings';
import type { DiplomarkDatabase } from './db';
import { storable } from './clipping-rules';
import { withStorageErrors } from './errors';
import type { Clipping, ClippingDraft, ReaderHighlight, TextPositionSelector, TextQuoteSelector } from './types';

export interface NewReaderHighlight {
  /**
   * An id chosen by the sender, so that sending the same highlight twice (a retry after the service
   * worker stopped mid-way) stores it once. A new id is made when absent.
   */
  id?: string;
  selectors: [TextQuoteSelector, TextPositionSelector];
  note: string;
}

/**
 * Saves the article (creating or refreshing its clipping, as `saveClipping` does) and adds one reader
 * highlight to it, in one transaction: either both are stored or neither is. A highlight whose id the
 * clipping already holds is not added again.
 */
export function addReaderHighlight(
  db: DiplomarkDatabase,
  draft: ClippingDraft,
  highlight: NewReaderHighlight,
  now: Date = new Date(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<{ clipping: Clipping; highlight: ReaderHighlight; created: boolean }> {
  return withStorageErrors(() =>
    db.transaction('rw', db.clippings, async () => {
      const { clipping, created } = await saveClipping(db, draft, now, newId);
      const already = highlight.id ? clipping.highlights.find((h) => h.id === highlight.id) : undefined;
      if (already) return { clipping, highlight: already, created };
      const timestamp = now.toISOString();
      const [quote, position] = highlight.selectors;
      const stored: ReaderHighlight = {
        id: highlight.id ?? newId(),
        selectors: [
          { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
          { type: 'TextPositionSelector', start: position.start, end: position.end },
        ],
        note: highlight.note,
        createdAt: timestamp,
        updatedAt: timestamp,
      };
      const updated = { ...clipping, highlights: [...clipping.highlights, stored], updatedAt: timestamp };
      await db.clippings.put(storable(updated));
      return { clipping: updated, highlight: stored, created };
    }),
  );
}

/** The clipping saved for this canonical URL, or undefined. */
export function findClippingByCanonicalUrl(db: DiplomarkDatabase, canonicalUrl: string): Promise<Clipping | undefined> {
  return withStorageErrors(() => db.clippings.where('canonicalUrl').equals(canonicalUrl).first());
}

/**
 * Changes one highlight of one clipping: a new note, or (note `null`) its removal. Returns the
 * clipping as stored afterwards, or undefined when there is no such clipping or highlight.
 */
export function changeReaderHighlight(
  db: DiplomarkDatabase,
  canonicalUrl: string,
  highlightId: string,
  note: string | null,
  now: Date = new Date(),
): Promise<Clipping | undefined> {
  return withStorageErrors(() =>
    db.transaction('rw', db.clippings, async () => {
      const clipping = await db.clippings.where('canonicalUrl').equals(canonicalUrl).first();
      if (!clipping || !clipping.highlights.some((h) => h.id === highlightId)) return undefined;
      const timestamp = now.toISOString();
      const highlights =
        note === null
          ? clipping.highlights.filter((h) => h.id !== highlightId)
          : clipping.highlights.map((h) => (h.id === highlightId ? { ...h, note, updatedAt: timestamp } : h));
      const updated = { ...clipping, highlights, updatedAt: timestamp };
      await db.clippings.put(storable(updated));
      return updated;
    }),
  );
}
