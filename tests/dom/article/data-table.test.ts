// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/article/extract';
import { extractionPage } from '../../support/extraction-pages';

describe('a story beside a big data table', () => {
  it('reads the story, not a directory of names and e-mail addresses', () => {
    const doc = extractionPage('story-with-directory-table.html');
    const article = extractArticle(doc, 'https://news.example/twinning')!;
    expect(article.text).toContain('Mayor Ilona Brandt');
    expect(article.text).not.toContain('@members.example');
    // The live page keeps its table: only Readability's copy loses it.
    expect(doc.querySelector('table.directory')).not.toBeNull();
  });
});
