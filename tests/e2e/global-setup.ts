// Builds the extension once before the end-to-end suite (skip with DIPLOMARK_SKIP_BUILD=1) and checks that a
// browser is available, so every failure after this point is about Diplomark's behaviour.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findBrowser } from '../../scripts/chromium.mjs';
import { EXTENSION_DIR, REPO_ROOT, SHARED_FIXTURES } from './harness/paths';
import { buildFrameworkPages, FRAMEWORK_PAGES_DIR } from './pages/framework-pages';

export default async function setup(): Promise<void> {
  const browser = findBrowser();
  if ('error' in browser) throw new Error(browser.error);

  if (process.env.DIPLOMARK_SKIP_BUILD === '1') {
    console.info(`[e2e] DIPLOMARK_SKIP_BUILD=1: using the existing build in ${EXTENSION_DIR}`);
  } else {
    const wxt = path.join(REPO_ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'wxt.cmd' : 'wxt');
    console.info('[e2e] Building the extension (wxt build)…');
    // The same Node that runs the tests runs the build (wxt needs Node 22+).
    const env = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` };
    const result = spawnSync(wxt, ['build'], { cwd: REPO_ROOT, env, encoding: 'utf8', shell: process.platform === 'win32' });
    if (result.status !== 0) {
      const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
      throw new Error(`wxt build failed (exit ${result.status ?? result.signal ?? result.error?.message}):\n${output}`);
    }
  }
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR} (manifest.json missing).`);
  }
  console.info(`[e2e] Browser: ${browser.path}; extension: ${EXTENSION_DIR}`);
  // The React and Vue host pages, bundled from node_modules (no network).
  await buildFrameworkPages();
  console.info(`[e2e] Framework test pages: ${FRAMEWORK_PAGES_DIR}`);
  if (!SHARED_FIXTURES) console.info('[e2e] ../shared/fixtures is absent: the shared-fixture suite will be skipped.');
}
