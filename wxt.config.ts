import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every module's dependencies readable.
  imports: false,
  manifestVersion: 3,
  hooks: {
    // The content script ships the gazetteer compiled (lib/entities/data/gazetteer.generated.ts);
    // recompile it when the entity data has changed, so a build never carries stale terms.
    'build:before': async () => {
      const { generateGazetteer } = await import('./scripts/generate-gazetteer.mjs');
      if (await generateGazetteer()) console.log('Regenerated lib/entities/data/gazetteer.generated.ts from the entity data.');
    },
  },
  // `npm run zip:firefox` also writes the sources archive addons.mozilla.org asks for (WXT does it for Firefox):
  // everything the build reads, with the README's build steps; not the screenshots or the demo page.
  zip: {
    excludeSources: ['docs/screenshots/**', 'demo/**', 'tests/**'],
  },
  vite: async () => {
    // The background keeps a copy of the inflated knowledge base under this digest of the packaged file
    // (lib/entities/knowledge-base-copy.ts), so a build with another base never opens an older copy. Read
    // here, after `build:before` may have rewritten the file.
    const { KNOWLEDGE_BASE_FILE } = await import('./scripts/generate-gazetteer.mjs');
    const digest = existsSync(KNOWLEDGE_BASE_FILE) ? createHash('sha256').update(readFileSync(KNOWLEDGE_BASE_FILE)).digest('hex').slice(0, 32) : '';
    return { plugins: [preact()], define: { __KNOWLEDGE_BASE_DIGEST__: JSON.stringify(digest) } };
  },
  manifest: ({ browser }) => ({
    name: 'Diplomark',
    description:
      'Highlights the people, countries, organisations, places and disputes in diplomatic news and keeps annotated clippings.',
    // storage: the reader's settings (pause, sites turned off), shared by the page code, the background
    // and the options page.
    // contextMenus: "Save article to Diplomark" and "Highlight selection in Diplomark" in the page's menu.
    // activeTab: when the reader opens the popup, it may see the tab's address, to tell them when they have
    // withdrawn Diplomark's access to that site (Firefox lets them) and offer to allow it again.
    // scripting: the background loads the article code (and its highlight styles) into a page only when
    // the page's small gate finds a possible article or the reader asks, so other pages never evaluate it.
    // Nothing is fetched from the network; the database lives in the extension's own origin.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // http(s) pages: where the gate runs (the same sites the declared content script already reaches);
    // `scripting` needs them to load the article code into a page.
    host_permissions: ['http://*/*', 'https://*/*'],
    // The gate is an unlisted script declared here instead of a WXT content script, so that WXT's
    // content-script context (which tells pages the extension's id) never runs in pages.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['gate.js'], run_at: 'document_idle' }],
    // Keyboard shortcuts; the background passes them on to the tab's content script.
    commands: {
      'save-article': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Save this article to Diplomark' },
      'highlight-selection': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Highlight the selection in Diplomark' },
    },
    action: { default_title: 'Diplomark' },
    // Private windows: one background for all windows ("spanning", the default in both browsers, stated
    // here so it never changes by accident). It sees each sender's `tab.incognito` and saves nothing from a
    // private window unless the reader turned that on in the settings (see SECURITY.md). "split" would
    // give Chrome a second, in-memory copy, and Firefox does not support it.
    incognito: 'spanning',
    // Firefox keys extension storage and IndexedDB to a stable add-on id. data_collection_permissions tells
    // addons.mozilla.org that nothing is collected (everything stays in the browser); Firefox reads that key
    // from 140 on (Android 142), so those are the minimum versions.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'diplomark@diplomark.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
