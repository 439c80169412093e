// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/article/extract';
import { announceSkip, HAS_SHARED, readExpectations, SHARED_ABSENT_MESSAGE, SHARED_DIR } from '../../support/shared';

const expectations = readExpectations(join(SHARED_DIR, 'fixtures/expected')).filter((e) => e.clipping);
if (!HAS_SHARED) announceSkip(SHARED_ABSENT_MESSAGE);

function load(page: string): Document {
  const html = readFileSync(join(SHARED_DIR, 'fixtures', page), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe.skipIf(!HAS_SHARED)('article extraction on the shared seed pages', () => {
  for (const expected of expectations) {
    it(`${expected.file}: metadata and clean text`, () => {
      const doc = load(expected.page);
      const article = extractArticle(doc, `http://127.0.0.1/${expected.page}`);
      expect(article).not.toBeNull();
      const clip = expected.clipping!;
      expect(article!.meta.title).toBe(clip.title);
      expect(article!.meta.site).toBe(clip.site);
      expect(article!.meta.byline).toBe(clip.byline);
      expect(article!.meta.publishedAt?.slice(0, 10)).toBe(clip.published);
      expect(article!.meta.canonicalUrl).toBe(clip.canonicalUrl);
      expect(article!.text.startsWith(clip.textStartsWith)).toBe(true);
      for (const excluded of clip.textExcludes) expect(article!.text).not.toContain(excluded);
      console.log(article!.text.slice(0,300), article!.blocks.length, article!.headline?.tagName);
    });
  }
});
