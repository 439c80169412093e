import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { askArticleCode, loadArticleCode } from '../lib/article/article-code-loader';
import { loadGazetteer } from '../lib/entities';
import { cacheStorageCopy } from '../lib/entities/knowledge-base-copy';
import { createBackgroundHandler, SAVES_PER_TAB_PER_MINUTE } from '../lib/messaging/background-handler';
import { CONTEXT_MENU_ITEMS, runCommand, type CommandEnvironment } from '../lib/messaging/commands';
import { isRecognitionRequest } from '../lib/messaging/contract';
import { keepAwakeWhile } from '../lib/messaging/keep-awake';
import { receiveTextInParts, TEXT_PARTS_PORT } from '../lib/messaging/text-parts';
import { TabArticleEntities, TabRateLimiter } from '../lib/messaging/tab-limits';
import { createRecognitionHandler } from '../lib/recognition/recognition-handler';
import { isActiveOn } from '../lib/settings/settings';
import { cachedSettings } from '../lib/settings/settings-area';
import { openDatabase } from '../lib/store/db';

/** A digest of the packaged knowledge base, set by the build (wxt.config.ts). */
declare const __KNOWLEDGE_BASE_DIGEST__: string;

export default defineBackground(() => {
  const knowledgeBaseCopy = cacheStorageCopy(globalThis.caches, __KNOWLEDGE_BASE_DIGEST__);
  const articleEntities = new TabArticleEntities();
  const rateLimiter = new TabRateLimiter(SAVES_PER_TAB_PER_MINUTE, 60_000);
  const settings = cachedSettings(browser.storage);
  const isActiveOnPage = async (url: string) => isActiveOn(await settings(), new URL(url).hostname);
  const handle = createBackgroundHandler({
    db: openDatabase,
    extensionId: browser.runtime.id,
    savesFromPrivateWindows: async () => (await settings()).saveFromPrivateWindows,
    articleEntities,
    rateLimiter,
  });
  // Recognition runs here, not in the page; the article code is loaded only into pages whose gate asks.
  const recognition = createRecognitionHandler({
    extensionId: browser.runtime.id,
    gazetteer: () => loadGazetteer(undefined, knowledgeBaseCopy),
    isActiveOn: isActiveOnPage,
    loadArticleCode: (tabId, frameId) => loadArticleCode(browser.scripting, tabId, frameId),
    // The hover card may then ask how many saved clippings name an entity the reader sees in this tab.
    onAnalysed: (tabId, pageUrl, entityIds) => articleEntities.remember(tabId, pageUrl, entityIds),
    // The page's clipping goes with the recognition's answer, checked as the page's own request for it is.
    clippingForPage: async (canonicalUrl, sender) => {
      const answer = await handle({ type: 'content→background:get-clipping-for-page', canonicalUrl }, sender);
      return answer.ok && 'clipping' in answer ? answer.clipping : undefined;
    },
  });
  // A pending answer is not activity to Firefox's idle timer: a cheap API call every so often is (lib/messaging/keep-awake.ts).
  const stayAwake = <T>(answer: Promise<T>) => keepAwakeWhile(answer, () => browser.runtime.getPlatformInfo());
  browser.runtime.onMessage.addListener((message, sender) =>
    isRecognitionRequest(message) ? stayAwake(recognition(message, sender)) : stayAwake(handle(message, sender)),
  );
  // A long article's text arrives in parts over a port; the whole request is checked as any message is.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === TEXT_PARTS_PORT) receiveTextInParts(port, (request, sender) => stayAwake(recognition(request, sender ?? {})));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    articleEntities.forget(tabId);
    rateLimiter.forget(tabId);
  });

  const env: CommandEnvironment = {
    // A page the gate turned away has no article code yet: it is loaded first (lib/article/article-code-loader.ts).
    sendToTab: (tabId, message) =>
      askArticleCode({
        send: () => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
        url: async () => (await browser.tabs.get(tabId)).url,
        isActiveOn: isActiveOnPage,
        load: () => loadArticleCode(browser.scripting, tabId, 0),
      }),
    activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
  };
  const run = (command: string | number, tabId: number | undefined) => runCommand(command, tabId, env);

  browser.runtime.onInstalled.addListener(async () => {
    await browser.contextMenus.removeAll();
    for (const item of CONTEXT_MENU_ITEMS) browser.contextMenus.create({ id: item.id, title: item.title, contexts: [...item.contexts] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void run(info.menuItemId, tab?.id));
  browser.commands.onCommand.addListener((command, tab) => void run(command, tab?.id));
});
