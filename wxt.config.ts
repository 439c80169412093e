import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Diplomark',
    description:
      'Highlights the people, countries, organisations, places and disputes in diplomatic news and keeps annotated clippings.',
    // storage: the reader's settings (pause, sites turned off), shared by the page code, the background
    // and the options page.
    // contextMenus: "Save article to Diplomark" and "Highlight selection in Diplomark" in the page's menu.
    // scripting: the background loads the article code (and its highlight styles) into a page only when
    // the page's small gate finds a possible article or the reader asks, so other pages never evaluate it.
    // Nothing is fetched from the network; the database lives in the extension's own origin.
    permissions: ['storage', 'contextMenus', 'scripting'],
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
    // Firefox keys extension storage and IndexedDB to a stable add-on id.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'diplomark@diplomark.app', strict_min_version: '128.0' } } }
      : {}),
  }),
});
