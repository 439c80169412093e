import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileName, serializeClippings } from '../../../lib/export/json';
import type { Clipping } from '../../../lib/store/types';

function clipping(id: string, savedAt: string, overrides: Partial<Clipping> = {}): Clipping {
  return {
    id,
    url: `https://news.example/${id}?utm_source=x`,
    canonicalUrl: `https://news.example/${id}`,
    title: `Article ${id}`,
    site: 'News Example',
    byline: 'A. Writer',
    publishedAt: null,
    savedAt,
    updatedAt: savedAt,
    language: 'en',
    verdict: 'diplomatic',
    excerpt: 'Excerpt',
    text: 'First paragraph.\n\nSecond paragraph.',
    entities: [{ id: 'country:jp', kind: 'country', name: 'Japan', count: 2 }],
    entityIds: ['country:jp'],
    disputes: [],
    highlights: [
      {
        id: 'h1',
        selectors: [
          { type: 'TextQuoteSelector', exact: 'First', prefix: '', suffix: ' paragraph' },
          { type: 'TextPositionSelector', start: 0, end: 5 },
        ],
        note: '',
        createdAt: savedAt,
        updatedAt: savedAt,
      },
    ],
    note: '',
    tags: ['asia'],
    ...overrides,
  };
}

const NOW = new Date('2024-05-06T07:08:09.000Z');

describe('serializeClippings', () => {
  it('writes the versioned envelope with 2-space indentation and a final newline', () => {
    const text = serializeClippings([clipping('a', '2024-01-01T00:00:00.000Z')], NOW);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'exportedAt', 'count', 'clippings']);
    expect(parsed).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: NOW.toISOString(), count: 1 });
    expect(parsed.format).toBe('diplomark-clippings');
    expect(parsed.version).toBe(1);
    expect(text.startsWith('{\n  "format": "diplomark-clippings",\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('round-trips: JSON.parse gives back the same clippings, newest first', () => {
    const older = clipping('a', '2024-01-01T00:00:00.000Z');
    const newer = clipping('b', '2024-02-01T00:00:00.000Z', { publishedAt: '2024-01-31T12:00:00.000Z' });
    const parsed = JSON.parse(serializeClippings([older, newer], NOW));
    expect(parsed.clippings).toEqual([newer, older]);
    expect(parsed.count).toBe(2);
  });

  it('preserves unicode, emoji, right-to-left text, quotes and newlines', () => {
    const tricky = clipping('u', '2024-01-01T00:00:00.000Z', {
      title: 'Seoul–Tokyo talks 🇰🇷🇯🇵 “frank” \u2028 \\ "quoted"',
      site: 'الجزيرة',
      byline: 'יוסי כהן',
      text: 'دبلوماسية\n\n独島/竹島 — Đà Nẵng\r\n\ttab\u0000nul \u{1F9ED}',
      note: '<img src=x onerror=alert(1)>',
    });
    const parsed = JSON.parse(serializeClippings([tricky], NOW));
    expect(parsed.clippings[0]).toEqual(tricky);
  });

  it('writes keys in the documented order whatever order the objects had', () => {
    const original = clipping('a', '2024-01-01T00:00:00.000Z');
    const shuffled = Object.fromEntries(Object.entries(original).reverse()) as unknown as Clipping;
    const text = serializeClippings([shuffled], NOW);
    expect(text).toBe(serializeClippings([original], NOW));
    const keys = Object.keys(JSON.parse(text).clippings[0]);
    expect(keys).toEqual([
      'id', 'url', 'canonicalUrl', 'title', 'site', 'byline', 'publishedAt', 'savedAt', 'updatedAt',
      'language', 'verdict', 'excerpt', 'text', 'entities', 'entityIds', 'disputes', 'highlights', 'note', 'tags',
    ]);
    expect(Object.keys(JSON.parse(text).clippings[0].entities[0])).toEqual(['id', 'kind', 'name', 'count']);
  });

  it('writes no prototype or unknown keys', () => {
    const hostile = JSON.parse(
      JSON.stringify(clipping('p', '2024-01-01T00:00:00.000Z')).replace(
        '{"id":"p"',
        '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},"extra":"leak","id":"p"',
      ),
    ) as Clipping;
    const inherited = Object.assign(Object.create({ inheritedKey: 'nope' }), clipping('q', '2024-01-02T00:00:00.000Z'));
    const text = serializeClippings([hostile, inherited], NOW);
    expect(text).not.toMatch(/__proto__|constructor|prototype|polluted|extra|inheritedKey/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('exports an empty list', () => {
    expect(JSON.parse(serializeClippings([], NOW))).toEqual({
      format: 'diplomark-clippings',
      version: 1,
      exportedAt: NOW.toISOString(),
      count: 0,
      clippings: [],
    });
  });
});

describe('exportFileName', () => {
  it('names the file after the local date', () => {
    expect(exportFileName(new Date(2024, 2, 5, 23, 30))).toBe('diplomark-clippings-2024-03-05.json');
    expect(exportFileName(new Date(1999, 11, 31, 0, 0))).toBe('diplomark-clippings-1999-12-31.json');
  });
});
