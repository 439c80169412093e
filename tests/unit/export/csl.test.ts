import { describe, expect, it } from 'vitest';
import { bylineToNames, clippingToCsl, clippingsToCslJson, cslDate } from '../../../lib/export/csl';
import { sample } from './sample';

// The parts of the CSL-JSON 1.0.2 schema (citation-style-language/schema, csl-data.json) that apply to
// the fields Diplomark writes: required keys, the type enum entry, and each value's JSON type.
const NAME_KEYS = new Set(['family', 'given', 'dropping-particle', 'non-dropping-particle', 'suffix', 'comma-suffix', 'static-ordering', 'literal', 'parse-names']);
const STRING_FIELDS = ['title', 'container-title', 'URL', 'language', 'abstract', 'note', 'keyword'];
const DATE_FIELDS = ['issued', 'accessed'];

function schemaErrors(item: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (!(typeof item.id === 'string' || typeof item.id === 'number')) errors.push('id: required string or number');
  if (item.type !== 'article-newspaper') errors.push('type: required, article-newspaper');
  for (const field of STRING_FIELDS) if (field in item && typeof item[field] !== 'string') errors.push(`${field}: string`);
  for (const field of DATE_FIELDS) {
    if (!(field in item)) continue;
    const parts = (item[field] as { 'date-parts'?: unknown })['date-parts'];
    const ok =
      Array.isArray(parts) &&
      parts.length >= 1 &&
      parts.length <= 2 &&
      parts.every((p) => Array.isArray(p) && p.length >= 1 && p.length <= 3 && p.every((n) => Number.isInteger(n)));
    if (!ok) errors.push(`${field}: date-parts`);
  }
  if ('author' in item) {
    const authors = item.author;
    if (!Array.isArray(authors)) errors.push('author: array');
    else
      for (const name of authors as Record<string, unknown>[]) {
        if (Object.keys(name).some((key) => !NAME_KEYS.has(key))) errors.push('author: unknown name key');
        if (Object.values(name).some((value) => typeof value !== 'string')) errors.push('author: name parts are strings');
        if (!('literal' in name) && !('family' in name)) errors.push('author: family or literal');
      }
  }
  return errors;
}

describe('CSL-JSON export', () => {
  it('writes article-newspaper items valid against the schema', () => {
    const items = JSON.parse(clippingsToCslJson([sample('a'), sample('b', { byline: '', publishedAt: null, site: '' })])) as Record<string, unknown>[];
    expect(items).toHaveLength(2);
    for (const item of items) expect(schemaErrors(item)).toEqual([]);
    expect(items[0]).toMatchObject({
      id: 'a',
      type: 'article-newspaper',
      title: 'Seoul protests Tokyo’s Takeshima claim',
      'container-title': 'News Example',
      URL: 'https://news.example/world/a',
      issued: { 'date-parts': [[2024, 2, 22]] },
      accessed: { 'date-parts': [[2024, 3, 6]] },
      author: [{ family: 'Doe', given: 'Jane' }, { family: 'Min-ji', given: 'Kim' }],
    });
    expect(items[1]).not.toHaveProperty('issued');
    expect(items[1]).not.toHaveProperty('author');
  });

  it('the schema check catches a malformed item', () => {
    expect(schemaErrors({ id: 'x', type: 'article', issued: { 'date-parts': [['2024']] } })).toHaveLength(2);
  });

  it('splits bylines into names, leaving organisations and non-Latin names literal', () => {
    expect(bylineToNames('By Ludwig van der Berg, Jane Doe & Reuters Staff')).toEqual([
      { family: 'van der Berg', given: 'Ludwig' },
      { family: 'Doe', given: 'Jane' },
      { literal: 'Reuters Staff' },
    ]);
    expect(bylineToNames('김민지')).toEqual([{ literal: '김민지' }]);
    expect(bylineToNames('Reuters')).toEqual([{ literal: 'Reuters' }]);
    expect(bylineToNames('  ')).toEqual([]);
  });

  it('dates are UTC date-parts; unparseable dates are left out', () => {
    expect(cslDate('2024-12-31T23:30:00.000Z')).toEqual({ 'date-parts': [[2024, 12, 31]] });
    expect(cslDate('not a date')).toBeUndefined();
    expect(clippingToCsl(sample('a', { tags: ['x', 'y'] })).keyword).toBe('x, y');
  });
});
