import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { clippingToMarkdown, escapeMarkdown, markdownFileName, yamlString } from '../../../lib/export/markdown';
import { encodeFragmentTerm, textFragmentUrl } from '../../../lib/export/text-fragment';
import { HOSTILE, highlight, sample } from './sample';

// CommonMark with GFM-style bare-URL linking, HTML allowed: the worst case for injected text.
const markdown = new MarkdownIt({ html: true, linkify: true });

function frontMatterOf(note: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(note);
  if (!match) throw new Error('no front matter');
  return parseYaml(match[1] as string) as Record<string, unknown>;
}

describe('clippingToMarkdown', () => {
  it('writes front matter that YAML reads back exactly', () => {
    const clipping = sample('c-1', { title: 'Title: "quoted" — 日本 🇯🇵\nsecond line\u2028', tags: ['a: b', '#x'] });
    const meta = frontMatterOf(clippingToMarkdown(clipping));
    expect(meta).toMatchObject({
      title: clipping.title,
      site: 'News Example',
      byline: 'By Jane Doe and Kim Min-ji',
      published: '2024-02-22',
      url: clipping.url,
      tags: ['a: b', '#x'],
      entities: ['South Korea', 'Japan', 'Dokdo'],
    });
  });

  it('writes highlights as quotes in text order with text-fragment links and notes', () => {
    const note = clippingToMarkdown(sample());
    const first = note.indexOf('> The Dokdo islets are administered by Seoul');
    const second = note.indexOf('> Japan calls them Takeshima');
    expect(first).toBeGreaterThan(note.indexOf('## Highlights'));
    expect(second).toBeGreaterThan(first);
    expect(note).toContain('check the date');
    expect(note).toContain('Follow up next week.');
    const html = markdown.render(note);
    expect(html).toContain('<blockquote>');
    expect(html).toContain('href="https://news.example/world/c-1?utm_source=feed#:~:text=');
  });

  it('renders hostile page text as the same words, with no link, image, HTML, code, list or heading', () => {
    for (const hostile of HOSTILE) {
      const clipping = sample('c-1', { title: hostile, text: hostile, note: hostile, highlights: [], byline: '', entities: [] });
      const body = clippingToMarkdown(clipping).replace(/^---\n[\s\S]*?\n---\n/, '');
      const html = markdown.render(body);
      // Only the two headings Diplomark writes itself; nothing else structural.
      expect(html, hostile).not.toMatch(/<(a|img|script|code|pre|ul|ol|li|blockquote|table|em|strong|s|del)\b/);
      expect(html.match(/<h\d/g), hostile).toEqual(['<h1', '<h2']);
      const plain = markdown.renderInline(escapeMarkdown(hostile.replace(/^[ \t]+/gm, '')));
      expect(new DOMParserLike(plain).text, hostile).toBe(hostile.replace(/^[ \t]+/gm, '').replace(/\r/g, '\n'));
    }
  });

  it('keeps a hostile highlight inside its quote and its link destination intact', () => {
    const text = 'Before ) ] > <b> https://x.example after';
    const clipping = sample('c-1', { text, highlights: [highlight('h', text, ') ] > <b> https://x.example')] });
    const html = markdown.render(clippingToMarkdown(clipping).replace(/^---\n[\s\S]*?\n---\n/, ''));
    const links = html.match(/<a /g) ?? [];
    expect(links).toHaveLength(1);
    expect(html).not.toContain('<b>');
  });
});

// markdown-it output decoded back to text: entities unescaped, tags dropped.
class DOMParserLike {
  text: string;
  constructor(html: string) {
    this.text = html
      .replace(/<br>\n?/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  }
}

describe('text fragments', () => {
  it('percent-encodes the directive syntax characters and Markdown-breaking ones', () => {
    expect(encodeFragmentTerm('Suk-yeol, & co (ok)')).toBe('Suk%2Dyeol%2C%20%26%20co%20%28ok%29');
  });

  it('links to the passage with whole-word context and drops any existing fragment', () => {
    const text = 'The minister met Yoon Suk-yeol in Seoul on Monday.';
    const url = textFragmentUrl('https://news.example/a#top', highlight('h', text, 'Yoon Suk-yeol'));
    expect(url).toBe('https://news.example/a#:~:text=The%20minister%20met-,Yoon%20Suk%2Dyeol,-in%20Seoul%20on');
  });

  it('uses start and end words for long passages', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen';
    const h = highlight('h', text, text);
    expect(textFragmentUrl('https://news.example/a', h)).toBe('https://news.example/a#:~:text=one%20two%20three%20four,fourteen%20fifteen%20sixteen%20seventeen');
  });
});

describe('helpers', () => {
  it('yamlString escapes YAML-only line breaks', () => {
    expect(yamlString('a\u2028b\u0085')).toBe('"a\\u2028b\\u0085"');
    expect(parseYaml(`x: ${yamlString('a\u2028b\u0085\ufeffc')}`)).toEqual({ x: 'a\u2028b\u0085\ufeffc' });
  });

  it('markdownFileName removes path and link characters and keeps names unique', () => {
    const taken = new Set<string>();
    expect(markdownFileName(sample('a', { title: '../etc/passwd: [x]#^|?' }), taken)).toBe('etc passwd x.md');
    expect(markdownFileName(sample('b', { title: '../etc/passwd: [x]#^|?' }), taken)).toBe('etc passwd x (2).md');
    expect(markdownFileName(sample('c', { title: '', site: '' }), taken)).toBe('clipping.md');
  });
});
