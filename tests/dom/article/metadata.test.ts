// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { normaliseDate, readMetadata } from '../../../lib/article/metadata';

function doc(head: string, body = '<p>text</p>'): Document {
  return new DOMParser().parseFromString(`<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

describe('readMetadata', () => {
  it('prefers JSON-LD NewsArticle, then Open Graph', () => {
    const meta = readMetadata(
      doc(`<meta property="og:title" content="OG title"><meta property="og:site_name" content="The Wire">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},
        {"@type":"NewsArticle","headline":"LD  headline","datePublished":"2022-05-10T17:48:00+09:00",
         "author":[{"@type":"Person","name":"A. Writer"},{"name":"B. Writer"}],"publisher":{"name":"Pub"}}]}</script>`),
      'https://wire.example/story?utm_source=x',
    );
    expect(meta).toMatchObject({
      title: 'LD headline',
      byline: 'A. Writer, B. Writer',
      site: 'The Wire',
      publishedAt: '2022-05-10T17:48:00+09:00',
      language: 'en-GB',
      canonicalUrl: 'https://wire.example/story',
      declaredArticle: true,
    });
  });

  it('falls back to citation tags and rel=canonical', () => {
    const meta = readMetadata(
      doc(`<link rel="canonical" href="/canon"><meta name="citation_publication_date" content="2022/05/10"><meta name="author" content="Reuters">`),
      'https://x.example/page#frag',
    );
    expect(meta).toMatchObject({ publishedAt: '2022-05-10', byline: 'Reuters', canonicalUrl: 'https://x.example/canon', declaredArticle: false });
  });

  it('survives malformed and hostile JSON-LD without polluting prototypes', () => {
    const meta = readMetadata(
      doc(`<script type="application/ld+json">{ not json</script>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"<b>x</b>","datePublished":"not-a-date",
        "author":{"__proto__":{"polluted":"yes"},"name":"+cmd"},"constructor":{"prototype":{"polluted":"yes"}}}</script>`),
      'https://x.example/',
    );
    expect(meta.title).toBe('<b>x</b>');
    expect(meta.byline).toBe('+cmd');
    expect(meta.publishedAt).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('normaliseDate', () => {
  it('accepts ISO and slash dates, rejects the rest', () => {
    expect(normaliseDate('2022-04-25T19:52:00+09:00')).toBe('2022-04-25T19:52:00+09:00');
    expect(normaliseDate('2022/5/1')).toBe('2022-05-01');
    expect(normaliseDate('yesterday')).toBeNull();
    expect(normaliseDate('2022-13-45')).toBeNull();
  });
});

describe('readMetadata: section and modified date', () => {
  it('reads articleSection and dateModified from JSON-LD before Open Graph', () => {
    const meta = readMetadata(
      doc(`<meta property="article:section" content="OG section"><meta property="article:modified_time" content="2022-01-01T00:00:00Z">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"x","articleSection":["Asia  Pacific","World"],"dateModified":"2022-05-11T08:00:00+09:00"}</script>`),
      'https://x.example/a',
    );
    expect(meta).toMatchObject({ section: 'Asia Pacific', modifiedAt: '2022-05-11T08:00:00+09:00' });
  });

  it('falls back to Open Graph tags, and to nothing', () => {
    const og = readMetadata(doc(`<meta property="article:section" content="World"><meta property="og:updated_time" content="2022-05-12T10:00:00Z">`), 'https://x.example/a');
    expect(og).toMatchObject({ section: 'World', modifiedAt: '2022-05-12T10:00:00Z' });
    const none = readMetadata(doc(`<meta property="article:modified_time" content="yesterday">`), 'https://x.example/a');
    expect(none).toMatchObject({ section: '', modifiedAt: null });
  });
});
