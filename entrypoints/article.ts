import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { inPageRenderers } from '../components/in-page-renderers';
import { registerArticleCode, unregisterArticleCode, type ArticleCode } from '../lib/article/gate-handoff';
import { createSendToBackground } from '../lib/messaging/client';
import type { RecogniseTextRequest, RecogniseTextResponse } from '../lib/messaging/contract';
import { sendWithOneRetry } from '../lib/messaging/retry';
import { sendTextInParts, TEXT_PART_CHARACTERS, TEXT_PARTS_PORT, type TextPort } from '../lib/messaging/text-parts';
import { answerContentMessage } from '../lib/page/content-messages';
import { unpackMentions } from '../lib/recognition/packed-mentions';
import { ScriptContext } from '../lib/page/script-context';
import { PageSession } from '../lib/page/session';
import { DEFAULT_SETTINGS, isActiveOn, type Settings } from '../lib/settings/settings';
import { followStoredSettingsAfter, type SettingsStorage } from '../lib/settings/settings-area';
import { yieldToPage } from '../lib/time-slices';
import uiCss from '../assets/in-page-ui.css?inline';
import readerHighlightsCss from '../assets/reader-highlights.css?inline';

/** Longest wait for the first analysis before the settings are followed anyway. */
const SETTINGS_WAIT_MS = 5_000;

/** A runtime.onMessage listener in the form both browsers' own objects take: the answer goes to `sendResponse`. */
type PageMessageListener = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => true | undefined;

/** The extension APIs the article code uses, as the browser provides them (`browser` in Firefox, `chrome` in Chromium). */
interface ArticleApis {
  runtime?: {
    readonly id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    connect(info: { name: string }): TextPort;
    onMessage: { addListener(listener: PageMessageListener): void; removeListener(listener: PageMessageListener): void };
  };
  storage: SettingsStorage;
}

/**
 * Diplomark's article code, loaded into a page by the background when the page's gate found a possible
 * article (lib/recognition/recognition-handler.ts), or by the popup or the background when the reader
 * asks on a page the gate turned away (lib/article/article-code-loader.ts). Recognition runs in the
 * background: the page sends its article's text and shows what comes back. It uses the browser's own
 * API object, as the gate does: no polyfill is evaluated in an article page.
 */
export default defineUnlistedScript(() => {
  const globals = globalThis as { browser?: ArticleApis; chrome?: ArticleApis };
  const api = (globals.browser ?? globals.chrome)!;
  const ownId = api.runtime?.id;
  let session: PageSession | null = null;
  const ctx = new ScriptContext({ extensionAlive: () => api.runtime?.id !== undefined, currentUrl: () => location.href });
  const code: ArticleCode = { answer: (message, sender) => answerContentMessage(message, sender, ownId ?? '', session) };
  // Loaded twice into one frame (two quick requests): the first copy runs the page.
  if (!registerArticleCode(code)) return ctx.invalidate();
  // The popup's and the background's requests (save, highlight this page, highlight the selection): the
  // gate listens to none, so that a page it turns away pays for no listener.
  const onPageMessage: PageMessageListener = (message, sender, sendResponse) => {
    const answer = code.answer(message, sender);
    if (!answer) return undefined;
    answer.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }));
    return true; // the answer comes asynchronously
  };
  api.runtime?.onMessage.addListener(onPageMessage);

  const sendToBackground = createSendToBackground((message) => api.runtime!.sendMessage(message));
  // A long article's text goes in parts, a task each (lib/messaging/text-parts.ts); a short one in one message.
  const recognise = (request: RecogniseTextRequest): Promise<RecogniseTextResponse> =>
    request.text.length > TEXT_PART_CHARACTERS
      ? sendWithOneRetry(() => sendTextInParts(api.runtime!.connect({ name: TEXT_PARTS_PORT }), request, yieldToPage))
      : sendToBackground(request);
  const startSession = () =>
    new PageSession({
      doc: document,
      recogniseText: async (text, publishedAt, canonicalUrl) => {
        const answer = await recognise({ type: 'content→background:recognise-text', text, publishedAt, canonicalUrl });
        if (!answer.ok) throw new Error(answer.error);
        const { clipping } = answer;
        return { ...answer.analysis, mentions: unpackMentions(answer.analysis.mentions, text), ...(clipping !== undefined ? { clipping } : {}) };
      },
      css: uiCss,
      renderers: inPageRenderers,
      saveDraft: (draft) => sendToBackground({ type: 'content→background:save-clipping', draft }),
      countSavedClippings: async (entityId) => {
        const answer = await sendToBackground({ type: 'content→background:entity-stats', entityId });
        if (!answer.ok) throw new Error(answer.error);
        return answer.clippings;
      },
      readerHighlights: { css: readerHighlightsCss, send: sendToBackground },
    });

  const follow = (settings: Settings) => {
    const active = isActiveOn(settings, location.hostname);
    if (active && !session) {
      session = startSession();
      session.start();
    } else if (!active && session) {
      session.stop();
      session = null;
    }
  };

  ctx.onLocationChange(() => session?.onLocationChange());
  ctx.followNavigation(window);
  // The background loaded this code only after checking the reader's settings for this page: start at
  // once. The settings are followed (read, then watched) once the first analysis is done, in a task of its
  // own: the first touch of `storage` sets its API up in the page, a cost that would come before the
  // highlights. A change made meanwhile is seen then. The wait is capped, for a background that never answers.
  follow(DEFAULT_SETTINGS);
  let cap: ReturnType<typeof setTimeout> | undefined;
  // `follow` has just started the session, if the settings allow one (an assignment TypeScript does not see
  // through the call); without one, the settings are followed at once.
  const firstAnalysis = Promise.race([(session as PageSession | null)?.idle(), new Promise((resolve) => (cap = setTimeout(resolve, SETTINGS_WAIT_MS)))]);
  const stopFollowing = followStoredSettingsAfter(
    firstAnalysis.finally(() => {
      clearTimeout(cap);
      return yieldToPage();
    }),
    () => api.storage,
    (settings) => ctx.isValid && follow(settings),
  );
  ctx.onInvalidated(() => {
    // The page first: removing listeners from a runtime that is already gone may throw.
    session?.stop();
    session = null;
    unregisterArticleCode(code);
    try {
      stopFollowing();
      api.runtime?.onMessage.removeListener(onPageMessage);
    } catch {
      // The extension was updated or turned off: its listeners went with it.
    }
  });
});
