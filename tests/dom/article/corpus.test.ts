// @vitest-environment happy-dom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../lib/article/analyse-page';
import { getGazetteer } from '../../../lib/entities';
import { parseLikeABrowser } from '../../../scripts/standard-dom.mjs';
import { announceSkip, SHARED_DIR } from '../../support/shared';

const CORPUS = join(SHARED_DIR, 'corpus/readability-test-pages');
const HAS_CORPUS = existsSync(CORPUS);
if (!HAS_CORPUS) announceSkip(`the Readability corpus is absent (looked in ${CORPUS}): skipping verdicts on real pages.`);

/** Stories about relations between states, per the corpus README. */
const DIPLOMATIC = new Set(['nytimes-1', 'wapo-2']);
/** Borderline: mostly domestic politics with foreign mediation; either verdict is sensible. */
const EITHER = new Set(['telegraph']);

const pages = HAS_CORPUS ? readdirSync(CORPUS).filter((name) => existsSync(join(CORPUS, name, 'source.html'))) : [];

describe.skipIf(!HAS_CORPUS)('verdicts on real saved news pages', () => {
  for (const name of pages) {
    it(`${name}`, { timeout: 30_000 }, () => {
      const html = readFileSync(join(CORPUS, name, 'source.html'), 'utf8');
      const expected = JSON.parse(readFileSync(join(CORPUS, name, 'expected-metadata.json'), 'utf8')) as { readerable?: boolean };
      // The tree a browser builds from these bytes (happy-dom's own parser loses some old pages' paragraphs).
      const doc = parseLikeABrowser(window, html);
      const analysis = analysePage(doc, getGazetteer(), { url: `https://corpus.example/${name}/` });
      if (DIPLOMATIC.has(name)) expect(analysis.verdict).toBe('diplomatic');
      else if (!EITHER.has(name)) expect(analysis.verdict).not.toBe('diplomatic');
      if (expected.readerable) expect(analysis.article, 'a readerable page yields an article').not.toBeNull();
    });
  }
});
