import type { ClippingDraft } from '../store/types';
import { validateClippingDraft } from './validate';

/**
 * The one message contract between Diplomark's parts. Names say the direction:
 * `content→background:*` may come from any tab's content script and so must never reach a privileged
 * operation (delete, import); extension pages use the database module directly.
 */
export interface SaveClippingRequest {
  type: 'content→background:save-clipping';
  draft: ClippingDraft;
}

export type ContentToBackgroundMessage = SaveClippingRequest;

export type SaveClippingResponse =
  | { ok: true; id: string; created: boolean }
  | { ok: false; error: string };

/** Sent by the popup to the active tab's content script: analyse and highlight this page even if it is not an article. */
export interface AnalyseNowRequest {
  type: 'popup→content:analyse-now';
}

/** Sent by the popup to the active tab's content script: save the article shown there. */
export interface SaveArticleRequest {
  type: 'popup→content:save-article';
}

export type PopupToContentMessage = AnalyseNowRequest | SaveArticleRequest;

export type PopupToContentResponse =
  | { ok: true; verdict: string; title?: string }
  | { ok: false; error: string };

/** Returns the message if it is a well-formed content→background request, otherwise an error text. */
export function parseContentToBackground(message: unknown): ContentToBackgroundMessage | string {
  if (typeof message !== 'object' || message === null) return 'message is not an object';
  const { type } = message as { type?: unknown };
  if (type === 'content→background:save-clipping') {
    const draft = validateClippingDraft((message as { draft?: unknown }).draft);
    return typeof draft === 'string' ? draft : { type, draft };
  }
  return `unknown message type: ${String(type).slice(0, 60)}`;
}

export function isPopupToContent(message: unknown): message is PopupToContentMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type } = message as { type?: unknown };
  return type === 'popup→content:analyse-now' || type === 'popup→content:save-article';
}
