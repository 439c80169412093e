import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandler } from '../lib/messaging/background-handler';
import { openDatabase } from '../lib/store/db';

export default defineBackground(() => {
  const handle = createBackgroundHandler({ db: openDatabase, extensionId: browser.runtime.id });
  browser.runtime.onMessage.addListener((message, sender) => handle(message, sender));
});
