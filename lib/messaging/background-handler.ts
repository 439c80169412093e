import type { DiplomarkDatabase } from '../store/db';
import { countClippingsWithEntity, saveClipping } from '../store/clippings';
import { addReaderHighlight, changeReaderHighlight, findClippingByCanonicalUrl } from '../store/reader-highlights';
import type { Clipping } from '../store/types';
import { parseContentToBackground, type ContentToBackgroundResponse, type PageClipping } from './contract';

/** The parts of a message sender the background trusts: set by the browser, not by the page. */
export interface MessageSender {
  id?: string;
  tab?: { id?: number };
  url?: string;
}

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/** A clipping belongs to the sender's page when the page's origin is that of the clipping's URL or canonical URL. */
function belongsToSender(clipping: Pick<Clipping, 'url' | 'canonicalUrl'>, senderOrigin: string): boolean {
  return originOf(clipping.url) === senderOrigin || originOf(clipping.canonicalUrl) === senderOrigin;
}

function forPage(clipping: Clipping | undefined): PageClipping | null {
  return clipping ? { id: clipping.id, canonicalUrl: clipping.canonicalUrl, text: clipping.text, highlights: clipping.highlights } : null;
}

/**
 * Handles messages from content scripts. Only our own extension's content scripts in a tab are
 * answered, only well-formed requests are acted on, each touches only the clipping of the sender's
 * own page (by origin, as the browser reports it), and none of them can delete a clipping or import.
 */
export function createBackgroundHandler(options: { db: () => Promise<DiplomarkDatabase>; extensionId: string; now?: () => Date }) {
  const now = options.now ?? (() => new Date());
  return async (message: unknown, sender: MessageSender): Promise<ContentToBackgroundResponse> => {
    const senderOrigin = originOf(sender.url);
    if (sender.id !== options.extensionId || !sender.tab || !senderOrigin) {
      return { ok: false, error: 'Rejected: messages are accepted only from Diplomark in a browser tab.' };
    }
    const request = parseContentToBackground(message);
    if (typeof request === 'string') return { ok: false, error: `Rejected: ${request}.` };
    const notThisPage: ContentToBackgroundResponse = { ok: false, error: 'Rejected: that clipping is not of the sending page.' };
    try {
      const db = await options.db();
      switch (request.type) {
        case 'content→background:save-clipping': {
          if (!belongsToSender(request.draft, senderOrigin)) return notThisPage;
          const { clipping, created } = await saveClipping(db, request.draft, now());
          return { ok: true, id: clipping.id, created };
        }
        case 'content→background:add-reader-highlight': {
          if (!belongsToSender(request.draft, senderOrigin)) return notThisPage;
          const saved = await addReaderHighlight(db, request.draft, { id: request.id, selectors: request.selectors, note: request.note }, now());
          return { ok: true, clipping: forPage(saved.clipping), highlightId: saved.highlight.id, created: saved.created };
        }
        case 'content→background:entity-stats':
          // Read-only and answers a number only: which clippings, or anything of them, never leaves.
          return { ok: true, entityId: request.entityId, clippings: await countClippingsWithEntity(db, request.entityId) };
        default: {
          const existing = await findClippingByCanonicalUrl(db, request.canonicalUrl);
          if (existing && !belongsToSender(existing, senderOrigin)) {
            return request.type === 'content→background:get-clipping-for-page' ? { ok: true, clipping: null } : notThisPage;
          }
          if (request.type === 'content→background:get-clipping-for-page') return { ok: true, clipping: forPage(existing) };
          const note = request.type === 'content→background:update-reader-highlight' ? request.note : null;
          const changed = existing ? await changeReaderHighlight(db, request.canonicalUrl, request.id, note, now()) : undefined;
          return changed ? { ok: true, clipping: forPage(changed) } : { ok: false, error: 'That highlight is no longer saved.' };
        }
      }
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : 'The clipping could not be saved.' };
    }
  };
}
