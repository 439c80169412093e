// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/article/extract';
import { indexBlocks } from '../../../lib/highlight/text-index';
import { extractionPage } from '../../support/extraction-pages';

/** The live text recognition reads: headline, then the article's blocks. */
function liveText(doc: Document): string {
  const article = extractArticle(doc, 'https://news.example/story')!;
  expect(article).not.toBeNull();
  return indexBlocks(article.headline ? [article.headline, ...article.blocks] : article.blocks).text;
}

describe('placing the article in the live page', () => {
  it('keeps a wire story’s first paragraph that sits loose before its <p>s', () => {
    const text = liveText(extractionPage('wire-loose-lead.html'));
    expect(text).toContain('Duke Aurelio Fenwick');
    expect(text).toContain('Neither delegation took questions.');
    expect(text.match(/The talks, the first in two years/g)).toHaveLength(1);
    expect(text).not.toContain('Most read');
  });

  it('reads a story whose paragraphs are separated by <br>s', () => {
    const text = liveText(extractionPage('br-paragraphs.html'));
    expect(text).toContain('Ilse Marquardt');
    expect(text).toContain('ordering new stock from across the river.');
    expect(text).not.toContain('daily puzzle');
  });
});
