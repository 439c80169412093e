// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/article/extract';
import { headlineMatch } from '../../../lib/article/headline';
import { extractionPage } from '../../support/extraction-pages';

describe('finding the live headline', () => {
  it('finds a headline that is not a heading, under a title decorated by the site and spelt with other quotes', () => {
    const doc = extractionPage('decorated-title.html');
    const article = extractArticle(doc, 'https://news.example/salt')!;
    expect(article.headline?.className).toBe('articleTitle');
    expect(article.headline?.textContent).toContain('Varga');
  });

  it('matches a heading to a title only when it is most of it', () => {
    expect(headlineMatch('Talks resume', ['Talks resume'])).toBe(2);
    expect(headlineMatch('Secretary Rumsfeld meets the Kuwaiti foreign minister', ['DoD News: Secretary Rumsfeld meets the Kuwaiti foreign minister'])).toBe(1);
    expect(headlineMatch('World', ['World leaders meet in Geneva'])).toBe(0);
    expect(headlineMatch('Most read', ['Talks resume'])).toBe(0);
  });
});
