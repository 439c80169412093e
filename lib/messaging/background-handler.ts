import { canonicalizeUrl } from '../article/canonical-url';
import type { DiplomarkDatabase } from '../store/db';
import { countClippingsWithEntity, saveClipping } from '../store/clippings';
import { addReaderHighlight, changeReaderHighlight, findClippingByCanonicalUrl } from '../store/reader-highlights';
import type { Clipping, ClippingDraft } from '../store/types';
import { parseContentToBackground, type ContentToBackgroundResponse, type PageClipping } from './contract';
import { isSameSite } from './page-site';
import { TabArticleEntities, TabRateLimiter } from './tab-limits';

/** The parts of a message sender the background trusts: set by the browser, not by the page. */
export interface MessageSender {
  id?: string;
  /** `url` is there when the browser lets us see it (Firefox; Chrome for sites we run on). */
  tab?: { id?: number; incognito?: boolean; url?: string };
  /** The URL of the sending frame (our content script runs in the top frame only). */
  url?: string;
  /** 0 for the top frame. */
  frameId?: number;
}

/** The page a message comes from: the top frame's URL, as the browser reports it, or null if it is not one. */
function senderPageUrl(sender: MessageSender): string | null {
  if (sender.frameId !== undefined && sender.frameId !== 0) return null;
  const url = sender.url;
  if (!url || !isSameSite(url, url)) return null;
  // Where the browser also gives the tab's URL, the sending frame must be on the tab's site.
  if (sender.tab?.url && !isSameSite(sender.tab.url, url)) return null;
  return url;
}

/** Writes (saves and new highlights) one tab may make per minute before it is told to wait. */
export const SAVES_PER_TAB_PER_MINUTE = 20;

export const PRIVATE_WINDOW_REFUSAL =
  'Diplomark does not save from private windows. Nothing was saved. To keep clippings from private windows, ' +
  'turn on "Save from private windows" in Diplomark’s settings.';

export const RATE_LIMIT_REFUSAL =
  `This tab asked Diplomark to save more than ${SAVES_PER_TAB_PER_MINUTE} times in a minute, so the last save was ` +
  'refused and nothing was written. Wait a minute and try again.';

function forPage(clipping: Clipping | undefined): PageClipping | null {
  return clipping ? { id: clipping.id, canonicalUrl: clipping.canonicalUrl, text: clipping.text, highlights: clipping.highlights } : null;
}

/**
 * The draft as the background files it. The page's own URL (as the browser reports it) is the truth:
 * a draft whose URL is on another site is refused, and a canonical URL on another site than the page
 * is ignored for identity (any page can declare any canonical link), so the clipping is filed under
 * the page's own clean URL instead.
 */
export function draftForSender(draft: ClippingDraft, senderUrl: string): ClippingDraft | string {
  if (!isSameSite(draft.url, senderUrl)) return 'the draft’s URL is not on the sending page’s site';
  if (isSameSite(draft.canonicalUrl, senderUrl)) return draft;
  const own = canonicalizeUrl(draft.url);
  return own ? { ...draft, canonicalUrl: own } : 'the draft’s URL is not an http(s) URL';
}

export interface BackgroundHandlerOptions {
  db: () => Promise<DiplomarkDatabase>;
  extensionId: string;
  now?: () => Date;
  /** The reader's choice to keep clippings from private windows (off unless they opt in). */
  savesFromPrivateWindows?: () => Promise<boolean>;
  /** Shared with whatever else learns what a tab's article names (recognition in the background). */
  articleEntities?: TabArticleEntities;
  rateLimiter?: TabRateLimiter;
}

/**
 * Handles messages from content scripts. Only our own extension's content scripts in a tab are
 * answered, only well-formed requests are acted on, and none of them can delete a clipping or import.
 * A tab reaches only clippings whose stored URL is on the tab's own site. Writes are limited per tab
 * and refused from private windows unless the reader opted in.
 */
export function createBackgroundHandler(options: BackgroundHandlerOptions) {
  const now = options.now ?? (() => new Date());
  const savesFromPrivateWindows = options.savesFromPrivateWindows ?? (async () => false);
  const articleEntities = options.articleEntities ?? new TabArticleEntities();
  const rateLimiter = options.rateLimiter ?? new TabRateLimiter(SAVES_PER_TAB_PER_MINUTE, 60_000);

  return async (message: unknown, sender: MessageSender): Promise<ContentToBackgroundResponse> => {
    const senderUrl = senderPageUrl(sender);
    const tabId = sender.tab?.id;
    if (sender.id !== options.extensionId || tabId === undefined || !senderUrl) {
      return { ok: false, error: 'Rejected: messages are accepted only from Diplomark in a browser tab.' };
    }
    const request = parseContentToBackground(message);
    if (typeof request === 'string') return { ok: false, error: `Rejected: ${request}.` };
    const notThisPage: ContentToBackgroundResponse = { ok: false, error: 'Rejected: that clipping is not of the sending page’s site.' };
    const reachable = (clipping: Pick<Clipping, 'url'>) => isSameSite(clipping.url, senderUrl);

    /** Checks made before any write: the private-window rule, then the tab's rate limit. */
    const refuseWrite = async (): Promise<ContentToBackgroundResponse | null> => {
      if (sender.tab?.incognito === true && !(await savesFromPrivateWindows())) return { ok: false, error: PRIVATE_WINDOW_REFUSAL };
      if (!rateLimiter.take(tabId)) return { ok: false, error: RATE_LIMIT_REFUSAL };
      return null;
    };

    try {
      const db = await options.db();
      switch (request.type) {
        case 'content→background:save-clipping':
        case 'content→background:add-reader-highlight': {
          const draft = draftForSender(request.draft, senderUrl);
          if (typeof draft === 'string') return { ok: false, error: `Rejected: ${draft}.` };
          const existing = await findClippingByCanonicalUrl(db, draft.canonicalUrl);
          if (existing && !reachable(existing)) return notThisPage;
          const refusal = await refuseWrite();
          if (refusal) return refusal;
          articleEntities.remember(tabId, senderUrl, draft.entities.map((entity) => entity.id));
          if (request.type === 'content→background:save-clipping') {
            const { clipping, created } = await saveClipping(db, draft, now());
            return { ok: true, id: clipping.id, created };
          }
          const saved = await addReaderHighlight(db, draft, { id: request.id, selectors: request.selectors, note: request.note }, now());
          return { ok: true, clipping: forPage(saved.clipping), highlightId: saved.highlight.id, created: saved.created };
        }
        case 'content→background:entity-stats':
          // A number only, and only for an entity of the article this tab shows: what the reader sees there anyway.
          if (!articleEntities.names(tabId, senderUrl, request.entityId)) {
            return { ok: false, error: 'Rejected: counts are given only for entities of the article shown in this tab.' };
          }
          return { ok: true, entityId: request.entityId, clippings: await countClippingsWithEntity(db, request.entityId) };
        default: {
          const existing = await findClippingByCanonicalUrl(db, request.canonicalUrl);
          if (existing && !reachable(existing)) {
            return request.type === 'content→background:get-clipping-for-page' ? { ok: true, clipping: null } : notThisPage;
          }
          if (request.type === 'content→background:get-clipping-for-page') {
            if (existing) articleEntities.remember(tabId, senderUrl, existing.entityIds);
            return { ok: true, clipping: forPage(existing) };
          }
          if (sender.tab?.incognito === true && !(await savesFromPrivateWindows())) return { ok: false, error: PRIVATE_WINDOW_REFUSAL };
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
