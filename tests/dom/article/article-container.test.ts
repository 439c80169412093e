// @vitest-environment happy-dom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticleContainer } from '../../../lib/article/article-container';
import { removeDataTables } from '../../../lib/article/data-table';
import { extractArticle, placeArticle, readSnapshot, snapshotArticle, type ExtractedArticle } from '../../../lib/article/extract';
import { readMetadata } from '../../../lib/article/metadata';
import { EXTRACTION_PAGES } from '../../support/extraction-pages';
import { readPageFixtures } from '../../support/page-fixtures';

const PARAGRAPH =
  'Foreign ministers from both countries met on Thursday and agreed to resume regular talks on trade, history and security after months of strained relations.';
const story = (count = 6) => Array.from({ length: count }, (_, i) => `<p>${PARAGRAPH} Paragraph ${i + 1}.</p>`).join('');

function page(head: string, body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

/** What Readability finds reading a copy of the whole page, mapped to the live page (the reading before containers). */
function readWholePage(doc: Document, url: string): ExtractedArticle | null {
  const clone = doc.cloneNode(true) as Document;
  removeDataTables(clone);
  const read = readSnapshot({ meta: readMetadata(doc, url), clone, container: null });
  return read && placeArticle(doc, read, url);
}

const OG_ARTICLE = '<meta property="og:type" content="article"><title>Talks resume</title>';

describe('the element holding the article', () => {
  it('is the <article> with nearly all the prose, among teasers that are articles too', () => {
    const doc = page(OG_ARTICLE, `<article class="teaser"><p>Typhoon season forecast.</p></article><article id="story"><h1>Talks resume</h1>${story()}</article>`);
    expect(findArticleContainer(doc)?.id).toBe('story');
  });

  it('is <main> on a page without <article>, and none where the prose is spread out or absent', () => {
    expect(findArticleContainer(page(OG_ARTICLE, `<nav><p>Home</p></nav><main id="main">${story()}</main>`))?.id).toBe('main');
    // The <article> wraps the headline; the story sits beside it.
    expect(findArticleContainer(page(OG_ARTICLE, `<article><h1>Talks resume</h1><p>Summary line.</p></article><div>${story()}</div>`))).toBeNull();
    expect(findArticleContainer(page(OG_ARTICLE, '<article><div>No paragraphs here.</div></article>'))).toBeNull();
  });

  it('is what Readability reads a copy of, so a promotion beside the <article> stays out of the story', () => {
    const doc = page(
      `${OG_ARTICLE}<meta name="author" content="Ellen Marsh"><link rel="canonical" href="/world/talks">`,
      `<header><nav><a href="/">Home</a></nav></header><div class="promo"><p>Subscribe today.</p></div>
       <article id="story"><h1>Talks resume</h1><p class="story-meta">By Ellen Marsh</p>${story()}<figure><img src="map.png"><figcaption>A map.</figcaption></figure></article>
       <aside><h3>Most read</h3><ul><li><a href="/a">Typhoon season forecast</a></li></ul></aside>`,
    );
    const snapshot = snapshotArticle(doc, 'https://news.example/world/talks')!;
    expect(snapshot.container?.id).toBe('story');
    expect(snapshot.clone.body.textContent).not.toContain('Subscribe');
    expect(snapshot.clone.querySelector('img')?.getAttribute('src')).toBe('map.png');
    const article = extractArticle(doc, 'https://news.example/world/talks')!;
    expect(article.blocks.map((block) => block.textContent)).toEqual(Array.from({ length: 6 }, (_, i) => `${PARAGRAPH} Paragraph ${i + 1}.`));
    expect(article.headline?.textContent).toBe('Talks resume');
    expect(article.meta).toMatchObject({ byline: 'Ellen Marsh', canonicalUrl: 'https://news.example/world/talks' });
    // A copy of the whole page reads the promotion as the story's first paragraph.
    expect(readWholePage(doc, 'https://news.example/world/talks')!.text).toContain('Subscribe today.');
  });

  it('keeps the author line shown above the <article> when the metadata names no author', () => {
    const doc = page(OG_ARTICLE, `<div class="author-line"><a class="author-link" href="/author/ellen">Ellen Marsh</a></div><article>${story()}</article>`);
    const article = extractArticle(doc, 'https://news.example/talks')!;
    expect(article.meta.byline).toBe('Ellen Marsh');
    expect(article).toEqual(readWholePage(doc, 'https://news.example/talks'));
  });

  it('finds in every fixture page the same story, metadata and live blocks as a copy of the whole page does', () => {
    const sharedPages = join(__dirname, '../../../../shared/fixtures/pages');
    const pages: { name: string; html: string }[] = [
      ...readPageFixtures().map((fixture) => ({ name: fixture.name, html: readFileSync(fixture.sourcePath, 'utf8') })),
      ...[EXTRACTION_PAGES, sharedPages]
        .filter(existsSync)
        .flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.html')).map((name) => ({ name, html: readFileSync(join(folder, name), 'utf8') }))),
    ];
    let compared = 0;
    let inContainer = 0;
    for (const { name, html } of pages) {
      const url = `https://news.example/${name}`;
      const doc = new DOMParser().parseFromString(html, 'text/html');
      if (findArticleContainer(doc)) inContainer++;
      expect(extractArticle(doc, url), name).toEqual(readWholePage(new DOMParser().parseFromString(html, 'text/html'), url));
      compared++;
    }
    expect(compared).toBeGreaterThan(8);
    expect(inContainer).toBeGreaterThan(2);
  });
});
