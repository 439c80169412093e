import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadGazetteer } from '../lib/entities';
import { createBackgroundHandler } from '../lib/messaging/background-handler';
import { CONTEXT_MENU_ITEMS, runCommand, type CommandEnvironment } from '../lib/messaging/commands';
import { isRecognitionRequest } from '../lib/messaging/contract';
import { createRecognitionHandler } from '../lib/recognition/recognition-handler';
import { isActiveOn } from '../lib/settings/settings';
import { loadSettings } from '../lib/settings/storage';
import { openDatabase } from '../lib/store/db';

export default defineBackground(() => {
  const handle = createBackgroundHandler({ db: openDatabase, extensionId: browser.runtime.id });
  // Recognition runs here, not in the page; the article code is loaded only into pages whose gate asks.
  const recognition = createRecognitionHandler({
    extensionId: browser.runtime.id,
    gazetteer: loadGazetteer,
    isActiveOn: async (url) => isActiveOn(await loadSettings(), new URL(url).hostname),
    loadArticleCode: async (tabId, frameId) => {
      const target = { tabId, frameIds: [frameId] };
      await browser.scripting.insertCSS({ target, files: ['/highlights.css'] });
      await browser.scripting.executeScript({ target, files: ['/article.js'] });
    },
  });
  browser.runtime.onMessage.addListener((message, sender) => (isRecognitionRequest(message) ? recognition(message, sender) : handle(message, sender)));

  const env: CommandEnvironment = {
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
  };
  const run = (command: string | number, tabId: number | undefined) => runCommand(command, tabId, env);

  browser.runtime.onInstalled.addListener(async () => {
    await browser.contextMenus.removeAll();
    for (const item of CONTEXT_MENU_ITEMS) browser.contextMenus.create({ id: item.id, title: item.title, contexts: [...item.contexts] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void run(info.menuItemId, tab?.id));
  browser.commands.onCommand.addListener((command, tab) => void run(command, tab?.id));
  // The end-to-end tests trigger shortcuts and menu items through this, as the browser's events would.
  (globalThis as { diplomarkRunCommand?: typeof run }).diplomarkRunCommand = run;
});
