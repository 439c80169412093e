// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/article/extract';

const PARAGRAPH =
  'Foreign ministers from both countries met on Thursday and agreed to resume regular talks on trade, history and security after months of strained relations.';

function page(head: string, body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

describe('extractArticle', () => {
  it('keeps the story and drops the byline and dateline lines before it', () => {
    const doc = page(
      '<meta property="og:type" content="article"><meta name="author" content="Ellen Marsh"><title>Talks resume</title>',
      `<nav><a href="/">Home</a> <a href="/world">World</a></nav>
       <article><h1>Talks resume</h1><p class="story-meta">By <span>Ellen Marsh</span> · <time>March 16, 2023, 8:40 p.m. JST</time></p>
       ${Array.from({ length: 5 }, (_, i) => `<p>${PARAGRAPH} Paragraph ${i + 1}.</p>`).join('')}</article>
       <aside><h3>Most read</h3><ul><li><a href="/a">Typhoon season forecast</a></li></ul></aside>`,
    );
    const article = extractArticle(doc, 'https://news.example/talks?utm_source=x')!;
    expect(article.text.startsWith('Foreign ministers')).toBe(true);
    expect(article.text).not.toContain('Ellen Marsh');
    expect(article.text).not.toContain('Most read');
    expect(article.blocks).toHaveLength(5);
    expect(article.headline?.textContent).toBe('Talks resume');
    expect(article.meta).toMatchObject({ byline: 'Ellen Marsh', canonicalUrl: 'https://news.example/talks' });
  });

  it('gives no date rather than an invalid one', () => {
    const doc = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"not-a-date"}</script>',
      `<article>${Array.from({ length: 5 }, () => `<p>${PARAGRAPH}</p>`).join('')}</article>`,
    );
    expect(extractArticle(doc, 'https://news.example/x')!.meta.publishedAt).toBeNull();
  });

  it('finds no article on a list of headlines', () => {
    const doc = page(
      '<meta property="og:type" content="website">',
      `<main><h1>Asia</h1><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/n/${i}">Headline number ${i}</a></li>`).join('')}</ul></main>`,
    );
    expect(extractArticle(doc, 'https://news.example/asia')).toBeNull();
  });
});
