import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { getGazetteer } from '../../lib/entities';
import { isPopupToContent, type PopupToContentResponse, type SaveClippingResponse } from '../../lib/messaging/contract';
import { PageSession } from '../../lib/page/session';
import { isActiveOn, type Settings } from '../../lib/settings/settings';
import { loadSettings, watchSettings } from '../../lib/settings/storage';
import uiCss from '../../lib/page/in-page-ui.css?inline';
import './style.css';

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
          browser.runtime.sendMessage({ type: 'content→background:save-clipping', draft }) as Promise<SaveClippingResponse>,
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

    const onMessage = (message: unknown, sender: { id?: string }): Promise<PopupToContentResponse> | undefined => {
      if (sender.id !== browser.runtime.id || !isPopupToContent(message)) return undefined;
      if (!session) return Promise.resolve({ ok: false, error: 'Diplomark is paused or turned off on this site.' });
      const current = session;
      if (message.type === 'popup→content:analyse-now') {
        const analysis = current.analyseNow();
        return Promise.resolve({ ok: true, verdict: analysis?.verdict ?? 'none', title: analysis?.article?.meta.title });
      }
      return current.save().then((result) =>
        result.ok ? { ok: true, verdict: current.current?.verdict ?? 'none', title: current.current?.article?.meta.title } : result,
      );
    };

    browser.runtime.onMessage.addListener(onMessage);
    ctx.addEventListener(window, 'wxt:locationchange', () => session?.onLocationChange());
    const unwatch = watchSettings(follow);
    ctx.onInvalidated(() => {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
      session?.stop();
      session = null;
    });
    const settings = await loadSettings();
    if (ctx.isValid) follow(settings);
  },
});
