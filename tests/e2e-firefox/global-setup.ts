// Builds the Firefox extension before the Firefox e2e suite when .output/firefox-mv3 is missing or older than
// the sources (DIPLOMARK_SKIP_BUILD=1 uses whatever is there), and checks that Firefox is installed, so every
// failure after this point is about Diplomark's behaviour.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, SHARED_FIXTURES } from '../e2e/harness/paths';
import { FIREFOX_EXTENSION_DIR, findFirefox } from './harness/firefox';

/** What the build reads; a file here newer than the built manifest makes the build stale. */
const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'assets', 'wxt.config.ts', 'package.json', 'package-lock.json'];

function newestChange(file: string): number {
  if (!existsSync(file)) return 0;
  const info = statSync(file);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(file).reduce((newest, name) => Math.max(newest, newestChange(path.join(file, name))), info.mtimeMs);
}

/** Why the Firefox build must be (re)made, or null when it is up to date. */
function staleBecause(): string | null {
  const manifest = path.join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) return `${manifest} is missing`;
  const built = statSync(manifest).mtimeMs;
  const changed = SOURCES.find((source) => newestChange(path.join(REPO_ROOT, source)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

export default function setup(): void {
  const firefox = findFirefox();
  if ('error' in firefox) throw new Error(firefox.error);

  const reason = staleBecause();
  if (process.env.DIPLOMARK_SKIP_BUILD === '1') {
    console.info(`[e2e-firefox] DIPLOMARK_SKIP_BUILD=1: using the existing build in ${FIREFOX_EXTENSION_DIR}`);
  } else if (reason) {
    const wxt = path.join(REPO_ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'wxt.cmd' : 'wxt');
    console.info(`[e2e-firefox] Building the Firefox extension (wxt build -b firefox): ${reason}…`);
    // The same Node that runs the tests runs the build (wxt needs Node 22+).
    const env = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` };
    const result = spawnSync(wxt, ['build', '-b', 'firefox'], { cwd: REPO_ROOT, env, encoding: 'utf8', shell: process.platform === 'win32' });
    if (result.status !== 0) {
      const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
      throw new Error(`wxt build -b firefox failed (exit ${result.status ?? result.signal ?? result.error?.message}):\n${output}`);
    }
  } else {
    console.info(`[e2e-firefox] ${FIREFOX_EXTENSION_DIR} is up to date with the sources.`);
  }
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built Firefox extension at ${FIREFOX_EXTENSION_DIR} (manifest.json missing).`);
  }
  console.info(`[e2e-firefox] Firefox: ${firefox.path}; extension: ${FIREFOX_EXTENSION_DIR}`);
  if (!SHARED_FIXTURES) console.info('[e2e-firefox] ../shared/fixtures is absent: the shared seed pages are skipped.');
}
