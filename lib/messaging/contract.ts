import type { ClippingDraft, ReaderHighlight, TextPositionSelector, TextQuoteSelector } from '../store/types';
import type { TextAnalysis } from '../recognition/analyse-text';
import type { PackedMentions } from '../recognition/packed-mentions';
import { validateClippingDraft, validateHighlightChange, validateNewReaderHighlight, validateRecogniseText } from './validate';

/**
 * The one message contract between Diplomark's parts. Names say the direction:
 * `content→background:*` may come from any tab's content script and so must never reach a privileged
 * operation (delete, import); extension pages use the database module directly.
 */
export interface SaveClippingRequest {
  type: 'content→background:save-clipping';
  draft: ClippingDraft;
}

/**
 * Highlights a passage of the sender's page: saves (or refreshes) the page's clipping from `draft` and
 * adds the highlight, whose selectors are relative to `draft.text`.
 */
export interface AddReaderHighlightRequest {
  type: 'content→background:add-reader-highlight';
  /** Chosen by the page, so that a retried request adds the highlight once. */
  id: string;
  draft: ClippingDraft;
  selectors: [TextQuoteSelector, TextPositionSelector];
  note: string;
}

/** Changes the note of one highlight of the sender's page's clipping. */
export interface UpdateReaderHighlightRequest {
  type: 'content→background:update-reader-highlight';
  canonicalUrl: string;
  id: string;
  note: string;
}

/** Removes one highlight of the sender's page's clipping (never the clipping itself). */
export interface DeleteReaderHighlightRequest {
  type: 'content→background:delete-reader-highlight';
  canonicalUrl: string;
  id: string;
}

/** Asks for the reader's highlights saved for the sender's page. */
export interface GetClippingForPageRequest {
  type: 'content→background:get-clipping-for-page';
  canonicalUrl: string;
}

/** Asks how many saved clippings name an entity (the hover card's "in N saved clippings"). Read-only. */
export interface EntityStatsRequest {
  type: 'content→background:entity-stats';
  entityId: string;
}

export type EntityStatsResponse = { ok: true; entityId: string; clippings: number } | { ok: false; error: string };

/** Entity ids are readable slugs (`country:jp`, `person:yoon-suk-yeol`); anything else is not asked about. */
const ENTITY_ID = /^[a-z]+:[a-z0-9][a-z0-9-]{0,150}$/;

/** The messages of the reader's own highlights, each answered with a ReaderHighlightResponse. */
export type ReaderHighlightRequest = AddReaderHighlightRequest | UpdateReaderHighlightRequest | DeleteReaderHighlightRequest | GetClippingForPageRequest;

export type ContentToBackgroundMessage =
  | EntityStatsRequest
  | SaveClippingRequest
  | AddReaderHighlightRequest
  | UpdateReaderHighlightRequest
  | DeleteReaderHighlightRequest
  | GetClippingForPageRequest;

/** What a page needs of its clipping to show the reader's highlights. */
export interface PageClipping {
  id: string;
  canonicalUrl: string;
  text: string;
  highlights: ReaderHighlight[];
}

export type ReaderHighlightResponse =
  | { ok: true; clipping: PageClipping | null; highlightId?: string; created?: boolean }
  | { ok: false; error: string };

export type ContentToBackgroundResponse = SaveClippingResponse | ReaderHighlightResponse | EntityStatsResponse;

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

/** Sent by the background (context menu, keyboard shortcut) to a tab's content script. */
export interface BackgroundToContentMessage {
  type: 'background→content:save-article' | 'background→content:highlight-selection';
}

export function isBackgroundToContent(message: unknown): message is BackgroundToContentMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type } = message as { type?: unknown };
  return type === 'background→content:save-article' || type === 'background→content:highlight-selection';
}

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
  if (type === 'content→background:add-reader-highlight') {
    const draft = validateClippingDraft((message as { draft?: unknown }).draft);
    if (typeof draft === 'string') return draft;
    const highlight = validateNewReaderHighlight(message);
    if (typeof highlight === 'string') return highlight;
    // Stored positions must lie within the stored text, or the clipping could not be imported back.
    if (highlight.selectors[1].end > draft.text.length) return 'the highlight’s position lies outside the draft’s text';
    return { type, draft, ...highlight };
  }
  if (
    type === 'content→background:update-reader-highlight' ||
    type === 'content→background:delete-reader-highlight' ||
    type === 'content→background:get-clipping-for-page'
  ) {
    const change = validateHighlightChange(message, { needsId: type !== 'content→background:get-clipping-for-page', needsNote: type === 'content→background:update-reader-highlight' });
    if (typeof change === 'string') return change;
    if (type === 'content→background:update-reader-highlight') return { type, canonicalUrl: change.canonicalUrl, id: change.id, note: change.note };
    if (type === 'content→background:delete-reader-highlight') return { type, canonicalUrl: change.canonicalUrl, id: change.id };
    return { type, canonicalUrl: change.canonicalUrl };
  }
  if (type === 'content→background:entity-stats') {
    const { entityId } = message as { entityId?: unknown };
    return typeof entityId === 'string' && ENTITY_ID.test(entityId) ? { type, entityId } : 'entityId must be an entity id such as country:jp';
  }
  return `unknown message type: ${String(type).slice(0, 60)}`;
}

export function isPopupToContent(message: unknown): message is PopupToContentMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type } = message as { type?: unknown };
  return type === 'popup→content:analyse-now' || type === 'popup→content:save-article';
}

// ---- Recognition where it runs (the background) and loading the article code into a page ----

/**
 * Asks the background to recognise an article's text: the page sends the text it will highlight and the
 * article's date; the background answers with the mentions, the card of each entity named, the entity
 * summary a clipping stores and the verdict (lib/recognition/analyse-text.ts). Text only, never HTML.
 */
export interface RecogniseTextRequest {
  type: 'content→background:recognise-text';
  text: string;
  /** The article's publication date (ISO), for what people were at that date; null when unknown. */
  publishedAt: string | null;
  /**
   * The article's canonical URL: the background looks up the page's clipping while it recognises the text
   * and answers it along (`clipping`), as `content→background:get-clipping-for-page` would. One that is no
   * http(s) URL is taken for none.
   */
  canonicalUrl?: string | null;
}

/**
 * Sent by the per-page gate: this page may be an article (or the reader asked for it), so load
 * Diplomark's article code into the sending frame. The background checks the settings before it does.
 */
export interface LoadArticleCodeRequest {
  type: 'content→background:load-article-code';
}

export type RecognitionRequest = RecogniseTextRequest | LoadArticleCodeRequest;

/** The background's analysis of a text as it travels to the page: its mentions packed (lib/recognition/packed-mentions.ts). */
export type PackedTextAnalysis = Omit<TextAnalysis, 'mentions'> & { mentions: PackedMentions };

/**
 * `clipping`: the sending page's clipping (null: none saved), looked up by the request's canonical URL as for
 * `get-clipping-for-page`. Absent when the request named no URL or the lookup was not done when recognition
 * was: the page then asks with `get-clipping-for-page`.
 */
export type RecogniseTextResponse = { ok: true; analysis: PackedTextAnalysis; clipping?: PageClipping | null } | { ok: false; error: string };
export type LoadArticleCodeResponse = { ok: true; loaded: boolean } | { ok: false; error: string };

/** Whether a message is meant for the recognition handler (by type only; `parseRecognitionRequest` checks the rest). */
export function isRecognitionRequest(message: unknown): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const { type } = message as { type?: unknown };
  return type === 'content→background:recognise-text' || type === 'content→background:load-article-code';
}

/** Returns the message if it is a well-formed recognition request, otherwise an error text. */
export function parseRecognitionRequest(message: unknown): RecognitionRequest | string {
  if (typeof message !== 'object' || message === null) return 'message is not an object';
  const { type } = message as { type?: unknown };
  if (type === 'content→background:load-article-code') return { type };
  if (type === 'content→background:recognise-text') {
    const checked = validateRecogniseText(message);
    return typeof checked === 'string' ? checked : { type, ...checked };
  }
  return `unknown message type: ${String(type).slice(0, 60)}`;
}
