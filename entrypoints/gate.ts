import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startGate, type GateApis } from '../lib/article/gate-runtime';

/**
 * What runs on every http(s) page (declared in wxt.config.ts): the gate. It loads Diplomark's article
 * code only when the page may hold an article or the reader asks. An unlisted script rather than a WXT
 * content script, so that WXT's content-script context (which posts the extension's id to the page and
 * obeys events a page can forge) never runs in pages; it uses the browser's own API object, so no
 * polyfill rides on every page.
 */
export default defineUnlistedScript(() => {
  const api = (globalThis as { browser?: GateApis; chrome?: GateApis }).browser ?? (globalThis as { chrome?: GateApis }).chrome;
  if (api?.runtime && api.storage) startGate({ doc: document, apis: api });
});
