import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (three levels above this file). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The built Chromium extension the tests load; override with DIPLOMARK_EXTENSION_DIR. */
export const EXTENSION_DIR = path.resolve(REPO_ROOT, process.env.DIPLOMARK_EXTENSION_DIR ?? '.output/chrome-mv3');

/** Shared fixtures beside the checkout (`../shared/fixtures`), or null when that folder is absent. */
export const SHARED_FIXTURES: string | null = (() => {
  const dir = path.resolve(REPO_ROOT, '../shared/fixtures');
  return existsSync(path.join(dir, 'expected')) && existsSync(path.join(dir, 'pages')) ? dir : null;
})();
