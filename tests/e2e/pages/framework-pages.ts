// Host pages rendered by real frameworks from npm (React 19, Vue 3), bundled with Vite from node_modules
// when the e2e suite starts: nothing is downloaded at run time. Both render the same story
// (framework-article/story.js) and expose `window.frameworkArticle` so any browser suite (Chromium here,
// Firefox in its own suite) can drive them the same way.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES_SOURCE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(PAGES_SOURCE, '../../..');

/** Where the built pages go; serve this folder and open `FRAMEWORK_PAGES[i].path`. */
export const FRAMEWORK_PAGES_DIR = path.join(REPO_ROOT, '.output', 'e2e-pages');

export interface FrameworkPage {
  framework: 'react' | 'vue';
  /** URL path under a server rooted at FRAMEWORK_PAGES_DIR. */
  path: string;
}

export const FRAMEWORK_PAGES: readonly FrameworkPage[] = [
  { framework: 'react', path: '/react-article/index.html' },
  { framework: 'vue', path: '/vue-article/index.html' },
];

/** State changes `window.frameworkArticle.change(name)` accepts (see story.js). */
export type FrameworkChange = 'rename' | 'reorder' | 'hide' | 'show' | 'stream';

/** The names each view of the story uses, in order of `rename` (see story.js). */
export const NAMES_BY_VIEW = [
  { partner: ['South Korea', 'country'], host: ['Seoul', 'place'] },
  { partner: ['Philippines', 'country'], host: ['Tokyo', 'place'] },
] as const;

/** Builds every framework page into FRAMEWORK_PAGES_DIR (production builds, a few seconds each). */
export async function buildFrameworkPages(): Promise<void> {
  const { build } = await import('vite');
  for (const page of FRAMEWORK_PAGES) {
    const name = path.dirname(page.path).slice(1);
    await build({
      configFile: false,
      root: path.join(PAGES_SOURCE, name),
      base: './',
      logLevel: 'warn',
      mode: 'production',
      define: {
        __VUE_OPTIONS_API__: 'false',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      build: { outDir: path.join(FRAMEWORK_PAGES_DIR, name), emptyOutDir: true, minify: false, reportCompressedSize: false },
    });
  }
}
