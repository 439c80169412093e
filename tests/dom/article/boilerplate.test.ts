// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/article/extract';
import { extractionPage } from '../../support/extraction-pages';

describe('what is in an article but not its story', () => {
  const doc = extractionPage('credits-and-related.html');
  const article = extractArticle(doc, 'https://news.example/ferry')!;

  it('leaves out photo credits and keeps the caption that describes the scene', () => {
    expect(article.text).not.toContain('Lena Dorn');
    expect(article.text).toContain('The first ferry leaves the harbour of Ostra');
  });

  it('leaves out links to other stories, between paragraphs and listed at the end', () => {
    expect(article.text).not.toContain('Ferry crews threaten strike');
    expect(article.text).not.toContain('Kastel Point');
    expect(article.text).not.toContain('More stories');
    expect(article.text).not.toContain('Oskar Lind');
    expect(article.text).toContain('Council leader Hedda Strom');
    expect(article.text.endsWith('as quickly as the councils hope they will.')).toBe(true);
  });
});
