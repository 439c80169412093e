import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, checkImportSize, parseClippingsExport, validateImportedClipping } from '../../../lib/export/import';
import { buildClippingsExport, serializeClippings } from '../../../lib/export/json';
import { randomClippings } from './random-clippings';
import { sample } from './sample';

const NOW = new Date('2024-05-06T07:08:09.000Z');

function fileWith(clippings: unknown[], top: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'diplomark-clippings', version: 1, exportedAt: NOW.toISOString(), count: clippings.length, clippings, ...top });
}

function accepted(text: string) {
  const parsed = parseClippingsExport(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed;
}

describe('parseClippingsExport: the file as a whole', () => {
  it('reads back what serializeClippings wrote', () => {
    const clippings = [sample('a'), sample('b')];
    const parsed = accepted(serializeClippings(clippings, NOW));
    expect(parsed.rejected).toEqual([]);
    expect(parsed.clippings).toEqual(buildClippingsExport(clippings, NOW).clippings);
  });

  it('refuses an empty file, or one of only whitespace, with a clear message', () => {
    for (const empty of ['', '  \n']) {
      expect(parseClippingsExport(empty)).toMatchObject({ ok: false, message: expect.stringMatching(/not complete JSON.*Nothing was imported/) });
    }
  });

  it('refuses truncated JSON with a clear message', () => {
    const text = serializeClippings([sample('a')], NOW);
    const parsed = parseClippingsExport(text.slice(0, text.length / 2));
    expect(parsed).toMatchObject({ ok: false, message: expect.stringMatching(/not complete JSON.*cut off.*Nothing was imported/) });
  });

  it('refuses other files and versions it does not know, naming the version', () => {
    expect(parseClippingsExport('[]')).toMatchObject({ ok: false, message: expect.stringContaining('not a Diplomark clippings export') });
    expect(parseClippingsExport(fileWith([], { format: 'other' }))).toMatchObject({ ok: false });
    expect(parseClippingsExport(fileWith([], { version: 2 }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/version 2; this Diplomark reads version 1\. Update Diplomark/),
    });
    expect(parseClippingsExport(fileWith([], { version: '1' }))).toMatchObject({ ok: false, message: expect.stringContaining('(1)') });
    expect(parseClippingsExport(fileWith([], { clippings: {} }))).toMatchObject({ ok: false });
  });

  it('refuses files over the size limit before parsing', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toMatch(/up to 50 MB\. Nothing was imported/);
  });

  it('ignores __proto__ and constructor keys without polluting any prototype', () => {
    const good = JSON.parse(serializeClippings([sample('a')], NOW)).clippings[0] as Record<string, unknown>;
    const text = fileWith([good])
      .replace('{"format"', '{"__proto__":{"polluted":"top"},"constructor":{"prototype":{"polluted":"ctor"}},"format"')
      .replace('"id":"a"', '"__proto__":{"polluted":"item","title":"injected"},"constructor":{"name":"x"},"id":"a"');
    const parsed = accepted(text);
    expect(parsed.clippings).toHaveLength(1);
    expect(parsed.clippings[0]?.title).toBe('Seoul protests Tokyo’s Takeshima claim');
    expect(Object.keys(parsed.clippings[0] ?? {})).not.toContain('constructor');
    expect(Object.getPrototypeOf(parsed.clippings[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a clipping whose fields come only through __proto__', () => {
    const good = JSON.parse(serializeClippings([sample('a')], NOW)).clippings[0] as Record<string, unknown>;
    const { title, ...rest } = good;
    const text = fileWith([rest]).replace('"id":"a"', `"__proto__":{"title":${JSON.stringify(title)}},"id":"a"`);
    const parsed = accepted(text);
    expect(parsed.clippings).toEqual([]);
    expect(parsed.rejected[0]?.reason).toMatch(/title/);
  });
});

describe('parseClippingsExport: each clipping', () => {
  const good = () => JSON.parse(serializeClippings([sample('a')], NOW)).clippings[0] as Record<string, unknown>;
  const cases: [string, (c: Record<string, unknown>) => void, RegExp][] = [
    ['a javascript: URL', (c) => (c.url = 'javascript:alert(1)'), /url/],
    ['a data: canonical URL', (c) => (c.canonicalUrl = 'data:text/html,x'), /canonicalUrl/],
    ['an empty id', (c) => (c.id = ''), /id/],
    ['a bad savedAt', (c) => (c.savedAt = 'yesterday'), /savedAt/],
    ['a huge title', (c) => (c.title = 'x'.repeat(5000)), /title/],
    ['a huge note', (c) => (c.note = 'x'.repeat(200_000)), /note/],
    ['too many tags', (c) => (c.tags = Array.from({ length: 501 }, (_, i) => `t${i}`)), /tags/],
    ['a number tag', (c) => (c.tags = [1]), /tags/],
    ['an unknown verdict', (c) => (c.verdict = 'great'), /verdict/],
    ['an unknown entity kind', (c) => ((c.entities as Record<string, unknown>[])[0]!.kind = 'alien'), /entities/],
    ['a highlight past the text', (c) => (((c.highlights as { selectors: { end: number }[] }[])[0]!.selectors[1]!.end = 10_000)), /position/],
    ['a highlight without selectors', (c) => ((c.highlights as Record<string, unknown>[])[0]!.selectors = []), /selectors/],
    ['a repeated highlight id', (c) => (c.highlights = [...(c.highlights as unknown[]), (c.highlights as unknown[])[0]]), /twice/],
    ['highlights not an array', (c) => (c.highlights = {}), /highlights/],
  ];

  it.each(cases)('rejects %s with its reason and keeps the others', (_, spoil, reason) => {
    const bad = good();
    spoil(bad);
    const other = JSON.parse(serializeClippings([sample('b')], NOW)).clippings[0];
    const parsed = accepted(fileWith([bad, other]));
    expect(parsed.clippings.map((c) => c.id)).toEqual(['b']);
    expect(parsed.rejected).toEqual([{ index: 0, label: expect.any(String), reason: expect.stringMatching(reason) }]);
  });

  it('rejects a second clipping with the same canonical URL or id', () => {
    const a = good();
    const parsed = accepted(fileWith([a, { ...a, id: 'z' }, { ...a, canonicalUrl: 'https://news.example/other' }]));
    expect(parsed.clippings).toHaveLength(1);
    expect(parsed.rejected.map((r) => r.reason)).toEqual([
      'another clipping in this file has the same canonical URL',
      'another clipping in this file has the same id',
    ]);
  });

  it('derives entityIds and disputes from the entities rather than trusting the file', () => {
    const c = good();
    c.entityIds = ['person:nobody'];
    const result = validateImportedClipping(c);
    expect(typeof result === 'string' ? result : result.entityIds).toEqual(['country:kr', 'country:jp', 'dispute:takeshima-dokdo']);
  });

  it('round-trips random clippings with unicode, RTL text, emoji and line breaks (property)', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const clippings = randomClippings(seed, 8);
      const first = serializeClippings(clippings, NOW);
      const parsed = accepted(first);
      expect(parsed.rejected, `seed ${seed}`).toEqual([]);
      expect(serializeClippings(parsed.clippings, NOW), `seed ${seed}`).toBe(first);
    }
  });
});
