import type { PageAnalysis } from '../article/analyse';
import { PAUSED_ANSWER } from '../article/article-code-loader';
import { isBackgroundToContent, isPopupToContent, type PopupToContentResponse, type SaveClippingResponse } from '../messaging/contract';
import type { HighlightResult } from './reader-highlights';

/** What answering the popup and the background needs of the page session (PageSession provides it). */
export interface MessageTarget {
  readonly current: PageAnalysis | null;
  readonly readerHighlights: { highlightSelection(options: { openEditor: boolean }): Promise<HighlightResult> } | null;
  analyseNow(): Promise<PageAnalysis | null>;
  save(): Promise<SaveClippingResponse>;
}

/**
 * Answers a message from the popup or the background (the context menu and keyboard shortcuts pass
 * through it). Returns undefined for anything else, so other listeners may answer: a message from
 * another extension or of an unknown shape is never acted on. `session` is null while Diplomark is
 * paused or turned off on the site.
 */
export function answerContentMessage(
  message: unknown,
  sender: { id?: string },
  ownId: string,
  session: MessageTarget | null,
): Promise<PopupToContentResponse> | undefined {
  if (sender.id !== ownId) return undefined;
  if (!isPopupToContent(message) && !isBackgroundToContent(message)) return undefined;
  if (!session) return Promise.resolve(PAUSED_ANSWER);
  const summary = (): PopupToContentResponse => ({ ok: true, verdict: session.current?.verdict ?? 'none', title: session.current?.article?.meta.title });
  if (message.type === 'background→content:highlight-selection') {
    const readerHighlights = session.readerHighlights;
    if (!readerHighlights) return Promise.resolve({ ok: false, error: 'Highlights are turned off on this page.' });
    return readerHighlights.highlightSelection({ openEditor: true }).then((result) => (result.ok ? summary() : result));
  }
  if (message.type === 'popup→content:analyse-now') {
    return session.analyseNow().then((analysis) => ({ ok: true, verdict: analysis?.verdict ?? 'none', title: analysis?.article?.meta.title }));
  }
  // Save: from the popup, the context menu or the keyboard shortcut.
  return session.save().then((result) => (result.ok ? summary() : result));
}
