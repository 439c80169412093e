import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { getGazetteer } from '../../lib/entities';
import {
  type ContentToBackgroundResponse,
  type EntityStatsResponse,
  type PopupToContentResponse,
  type SaveClippingResponse,
} from '../../lib/messaging/contract';
import { sendWithOneRetry } from '../../lib/messaging/retry';
import { answerContentMessage } from '../../lib/page/content-messages';
import { PageSession } from '../../lib/page/session';
import { isActiveOn, type Settings } from '../../lib/settings/settings';
import { loadSettings, watchSettings } from '../../lib/settings/storage';
import uiCss from '../../lib/page/in-page-ui.css?inline';
import readerNotesCss from '../../lib/page/reader-notes.css?inline';
import './style.css';

const INVALIDATION_CHECK_MS = 2_000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let session: PageSession | null = null;

    const startSession = () =>
      new PageSession({
        doc: document,
        gazetteer: getGazetteer,
        css: uiCss,
        saveDraft: (draft) =>
          sendWithOneRetry<SaveClippingResponse>(() => browser.runtime.sendMessage({ type: 'content→background:save-clipping', draft })),
        countSavedClippings: async (entityId) => {
          const answer = (await browser.runtime.sendMessage({ type: 'content→background:entity-stats', entityId })) as EntityStatsResponse;
          if (!answer.ok) throw new Error(answer.error);
          return answer.clippings;
        },
        readerNotes: {
          css: readerNotesCss,
          // Adding (by the page's own highlight id), changing a note and reading are safe to send twice;
          // deleting is not retried, so a second send never reports a highlight already gone.
          send: (message) =>
            message.type === 'content→background:delete-reader-highlight'
              ? (browser.runtime.sendMessage(message) as Promise<ContentToBackgroundResponse>)
              : sendWithOneRetry<ContentToBackgroundResponse>(() => browser.runtime.sendMessage(message)),
        },
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

    const onMessage = (message: unknown, sender: { id?: string }): Promise<PopupToContentResponse> | undefined =>
      answerContentMessage(message, sender, browser.runtime.id, session);

    browser.runtime.onMessage.addListener(onMessage);
    ctx.addEventListener(window, 'wxt:locationchange', () => session?.onLocationChange());
    const unwatch = watchSettings(follow);
    // WXT notices that the extension was updated or turned off only when the context is asked (Chromium's
    // Navigation API means no location polling asks for us): a cheap check every few seconds lets this old
    // script take its highlights and UI away instead of leaving them dead in the page.
    ctx.setInterval(() => {}, INVALIDATION_CHECK_MS);
    ctx.onInvalidated(() => {
      // The page first: removing listeners from a runtime that is already gone may throw.
      session?.stop();
      session = null;
      try {
        unwatch();
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // The extension was updated or turned off: its listeners went with it.
      }
    });
    const settings = await loadSettings();
    if (ctx.isValid) follow(settings);
  },
});
