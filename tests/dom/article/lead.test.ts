// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/article/extract';
import { isCreditLine } from '../../../lib/article/lead';
import { indexBlocks } from '../../../lib/highlight/text-index';
import { extractionPage } from '../../support/extraction-pages';

describe('the first paragraph of a story', () => {
  it('is kept when it begins with a date', () => {
    const article = extractArticle(extractionPage('dated-lead.html'), 'https://news.example/lake')!;
    expect(article.text.startsWith('Dec. 30: Foreign ministers Edda Thorsen')).toBe(true);
    expect(article.text).not.toContain('Rosa Lindqvist');
  });

  it('is kept when it sits loose in a table cell before the paragraphs', () => {
    const article = extractArticle(extractionPage('loose-bold-lead.html'), 'https://news.example/harbour')!;
    expect(article.text.startsWith('Governor Matthias Olberg')).toBe(true);
    expect(indexBlocks(article.blocks).text).toContain('Governor Matthias Olberg');
    expect(article.text).not.toContain('Weather');
  });

  it('tells credit and date lines from dated sentences', () => {
    expect(isCreditLine('By Mike Corder', '')).toBe(true);
    expect(isCreditLine('JAKARTA Tue Dec 30, 2014 9:21am IST', '')).toBe(true);
    expect(isCreditLine('Published August 14, 2010', '')).toBe(true);
    expect(isCreditLine('By Rosa Lindqvist · Dec. 30, 2007', 'Rosa Lindqvist')).toBe(true);
    expect(isCreditLine('Dec. 30: Foreign ministers Edda Thorsen and Karl Bremer signed the lake treaty in Vika.', '')).toBe(false);
  });
});
