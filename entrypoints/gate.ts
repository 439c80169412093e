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
  startGate({ doc: document, apis: extensionApis });
});

/** The browser's extension APIs; undefined once the extension is gone (updated, turned off). */
function extensionApis(): GateApis | undefined {
  const api = (globalThis as { browser?: GateApis }).browser ?? (globalThis as { chrome?: GateApis }).chrome;
  return api?.runtime?.id === undefined ? undefined : api;
}
