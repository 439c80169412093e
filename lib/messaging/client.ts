import type {
  AddReaderHighlightRequest,
  DeleteReaderHighlightRequest,
  EntityStatsRequest,
  EntityStatsResponse,
  GetClippingForPageRequest,
  LoadArticleCodeRequest,
  LoadArticleCodeResponse,
  ReaderHighlightResponse,
  RecogniseTextRequest,
  RecogniseTextResponse,
  SaveClippingRequest,
  SaveClippingResponse,
  UpdateReaderHighlightRequest,
} from './contract';
import { sendWithOneRetry } from './retry';

/** Every message a page sends the background: its request, its answer, and whether it is sent again after the service worker was stopped mid-way. */
export interface BackgroundProtocol {
  'content→background:load-article-code': { request: LoadArticleCodeRequest; response: LoadArticleCodeResponse };
  'content→background:recognise-text': { request: RecogniseTextRequest; response: RecogniseTextResponse };
  'content→background:save-clipping': { request: SaveClippingRequest; response: SaveClippingResponse };
  'content→background:add-reader-highlight': { request: AddReaderHighlightRequest; response: ReaderHighlightResponse };
  'content→background:update-reader-highlight': { request: UpdateReaderHighlightRequest; response: ReaderHighlightResponse };
  'content→background:delete-reader-highlight': { request: DeleteReaderHighlightRequest; response: ReaderHighlightResponse };
  'content→background:get-clipping-for-page': { request: GetClippingForPageRequest; response: ReaderHighlightResponse };
  'content→background:entity-stats': { request: EntityStatsRequest; response: EntityStatsResponse };
}

export type BackgroundMessageType = keyof BackgroundProtocol;
export type RequestOf<T extends BackgroundMessageType> = BackgroundProtocol[T]['request'];
export type ResponseOf<T extends BackgroundMessageType> = BackgroundProtocol[T]['response'];

/**
 * Which messages are sent once more when the browser stopped the service worker mid-way (lib/messaging/retry.ts):
 * those whose effect is the same sent twice. Recognising and reading change nothing; saving merges into one
 * clipping per canonical URL; adding a reader highlight goes by the id the page chose; a note is set, not
 * appended. Deleting is not: a second send would report a highlight already gone.
 */
export const RETRIED_AFTER_WORKER_STOP: Readonly<Record<BackgroundMessageType, boolean>> = {
  'content→background:load-article-code': false,
  'content→background:recognise-text': true,
  'content→background:save-clipping': true,
  'content→background:add-reader-highlight': true,
  'content→background:update-reader-highlight': true,
  'content→background:delete-reader-highlight': false,
  'content→background:get-clipping-for-page': true,
  'content→background:entity-stats': false,
};

/** Any request a page sends the background. */
export type BackgroundRequest = RequestOf<BackgroundMessageType>;

/** Sends a request to the background and resolves with its typed answer. */
export type SendToBackground = <M extends BackgroundRequest>(message: M) => Promise<ResponseOf<M['type']>>;

/** The page's one way to talk to the background, over `sendMessage` (`browser.runtime.sendMessage`), with retry chosen per message. */
export function createSendToBackground(sendMessage: (message: unknown) => Promise<unknown>, retryPauseMs?: number): SendToBackground {
  return <M extends BackgroundRequest>(message: M) => {
    const send = () => sendMessage(message) as Promise<ResponseOf<M['type']>>;
    return RETRIED_AFTER_WORKER_STOP[message.type] ? sendWithOneRetry<ResponseOf<M['type']>>(send, retryPauseMs) : send();
  };
}
