// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/article/extract';

const PAGES = join(__dirname, '../../fixtures/pages/extraction');

describe('a story beside a big data table', () => {
  it('reads the story, not a directory of names and e-mail addresses', () => {
    const doc = new DOMParser().parseFromString(readFileSync(join(PAGES, 'story-with-directory-table.html'), 'utf8'), 'text/html');
    const article = extractArticle(doc, 'https://news.example/twinning')!;
    expect(article.text).toContain('Mayor Ilona Brandt');
    expect(article.text).not.toContain('@members.example');
    // The live page keeps its table: only Readability's copy loses it.
    expect(doc.querySelector('table.directory')).not.toBeNull();
  });
});
