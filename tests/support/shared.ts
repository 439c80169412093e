import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** `../shared` beside the checkout: corpus, seed pages and expectations, absent on a bare clone. */
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');
export const HAS_SHARED = existsSync(join(SHARED_DIR, 'fixtures/expected'));

export const SHARED_ABSENT_MESSAGE = `../shared is absent (looked in ${SHARED_DIR}): skipping the suites built on the shared fixtures and corpus.`;

/** Expected behaviour on one fixture page (format: see each file's "about"). */
export interface PageExpectation {
  file: string;
  page: string;
  verdict: 'diplomatic' | 'article' | 'none';
  must?: [string, string][];
  mustNot?: string[];
  sameEntity?: string[][];
  clipping?: {
    title: string;
    site: string;
    byline: string;
    published: string;
    canonicalUrl: string;
    textStartsWith: string;
    textExcludes: string[];
  };
}

/** Reads every expectation file in `dir` (JSON), with the file name attached. */
export function readExpectations(dir: string): PageExpectation[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ file: name, ...(JSON.parse(readFileSync(join(dir, name), 'utf8')) as Omit<PageExpectation, 'file'>) }));
}

/** Prints why a suite is skipped, once, so a skipped run says so plainly. */
export function announceSkip(message: string): void {
  console.warn(`[skip] ${message}`);
}
