// Pages of the article-extraction tests: tests/fixtures/extraction/<case>.html, one small page per case (see
// the README there). Each is read by the DOM test that states what extraction must find in it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './shared';

/** Where the extraction pages live. */
export const EXTRACTION_PAGES = join(REPO_ROOT, 'tests/fixtures/extraction');

/** One extraction page, parsed with the test environment's DOMParser; fails naming the file when it is missing. */
export function extractionPage(name: string): Document {
  const file = join(EXTRACTION_PAGES, name);
  if (!existsSync(file)) throw new Error(`tests/fixtures/extraction/${name}: no such extraction page`);
  return new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
}
