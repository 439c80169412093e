import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { inPageRenderers } from '../components/in-page-renderers';
import { registerArticleCode, unregisterArticleCode, type ArticleCode } from '../lib/article/gate-handoff';
import { createSendToBackground } from '../lib/messaging/client';
import { answerContentMessage } from '../lib/page/content-messages';
import { unpackMentions } from '../lib/recognition/packed-mentions';
import { ScriptContext } from '../lib/page/script-context';
import { PageSession } from '../lib/page/session';
import { DEFAULT_SETTINGS, isActiveOn, type Settings } from '../lib/settings/settings';
import { loadSettings, watchSettings } from '../lib/settings/storage';
import uiCss from '../assets/in-page-ui.css?inline';
import readerNotesCss from '../assets/reader-notes.css?inline';

/**
 * Diplomark's article code, loaded into a page by the background when the page's gate found a possible
 * article (lib/recognition/recognition-handler.ts), or by the popup or the background when the reader
 * asks on a page the gate turned away (lib/article/article-code-loader.ts). Recognition runs in the
 * background: the page sends its article's text and shows what comes back.
 */
export default defineUnlistedScript(async () => {
  let session: PageSession | null = null;
  const ctx = new ScriptContext({ extensionAlive: () => browser.runtime?.id !== undefined, currentUrl: () => location.href });
  const code: ArticleCode = { answer: (message, sender) => answerContentMessage(message, sender, browser.runtime.id, session) };
  // Loaded twice into one frame (two quick requests): the first copy runs the page.
  if (!registerArticleCode(code)) return ctx.invalidate();
  // The popup's and the background's requests (save, highlight this page, highlight the selection): the
  // gate listens to none, so that a page it turns away pays for no listener.
  const onPageMessage = (message: unknown, sender: { id?: string }) => code.answer(message, sender);
  browser.runtime.onMessage.addListener(onPageMessage);

  const sendToBackground = createSendToBackground((message) => browser.runtime.sendMessage(message));
  const startSession = () =>
    new PageSession({
      doc: document,
      recogniseText: async (text, publishedAt) => {
        const answer = await sendToBackground({ type: 'content→background:recognise-text', text, publishedAt });
        if (!answer.ok) throw new Error(answer.error);
        return { ...answer.analysis, mentions: unpackMentions(answer.analysis.mentions, text) };
      },
      css: uiCss,
      renderers: inPageRenderers,
      saveDraft: (draft) => sendToBackground({ type: 'content→background:save-clipping', draft }),
      countSavedClippings: async (entityId) => {
        const answer = await sendToBackground({ type: 'content→background:entity-stats', entityId });
        if (!answer.ok) throw new Error(answer.error);
        return answer.clippings;
      },
      readerNotes: { css: readerNotesCss, send: sendToBackground },
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
  const unwatch = watchSettings(follow);
  ctx.onInvalidated(() => {
    // The page first: removing listeners from a runtime that is already gone may throw.
    session?.stop();
    session = null;
    unregisterArticleCode(code);
    try {
      unwatch();
      browser.runtime.onMessage.removeListener(onPageMessage);
    } catch {
      // The extension was updated or turned off: its listeners went with it.
    }
  });
  // The background loaded this code only after checking the reader's settings for this page: start at
  // once, then follow the settings as they are (or become).
  follow(DEFAULT_SETTINGS);
  const settings = await loadSettings();
  if (ctx.isValid) follow(settings);
});
