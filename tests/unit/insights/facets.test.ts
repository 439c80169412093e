import { describe, expect, it } from 'vitest';
import { applyFacets, facetOptions, isFilterEmpty, sortClippings } from '../../../lib/insights/facets';
import { countryPairs, disputeTimeline, mostMentioned } from '../../../lib/insights/insights';
import type { Clipping } from '../../../lib/store/types';
import { sample } from '../export/sample';

const jp = { id: 'country:jp', kind: 'country' as const, name: 'Japan', count: 3 };
const kr = { id: 'country:kr', kind: 'country' as const, name: 'South Korea', count: 1 };
const cn = { id: 'country:cn', kind: 'country' as const, name: 'China', count: 2 };
const dokdo = { id: 'dispute:takeshima-dokdo', kind: 'dispute' as const, name: 'Dokdo / Takeshima', count: 2 };
const scs = { id: 'dispute:south-china-sea', kind: 'dispute' as const, name: 'South China Sea', count: 5 };

function make(id: string, entities: Clipping['entities'], overrides: Partial<Clipping> = {}): Clipping {
  return sample(id, {
    entities,
    entityIds: entities.map((e) => e.id),
    disputes: entities.filter((e) => e.kind === 'dispute').map((e) => e.id),
    ...overrides,
  });
}

const clippings = [
  make('a', [jp, kr, dokdo], { site: 'Asia Wire', tags: ['east-asia'], publishedAt: '2024-01-10T00:00:00.000Z', savedAt: '2024-01-11T00:00:00.000Z', title: 'b title' }),
  make('b', [jp, cn, scs], { site: 'Seoul Herald', tags: [], publishedAt: '2024-03-02T00:00:00.000Z', savedAt: '2024-03-05T00:00:00.000Z', title: 'a title' }),
  make('c', [kr, dokdo], { site: 'Asia Wire', tags: ['east-asia', 'to-read'], publishedAt: null, savedAt: '2024-03-20T00:00:00.000Z', title: 'C title' }),
];
const ids = (list: Clipping[]) => list.map((c) => c.id);

describe('facets', () => {
  it('filters by entity, kind, dispute, country, site, tag and date range together', () => {
    expect(ids(applyFacets(clippings, { dispute: 'dispute:takeshima-dokdo' }))).toEqual(['a', 'c']);
    expect(ids(applyFacets(clippings, { country: 'country:jp', site: 'Asia Wire' }))).toEqual(['a']);
    expect(ids(applyFacets(clippings, { tag: 'to-read' }))).toEqual(['c']);
    expect(ids(applyFacets(clippings, { entity: 'country:cn' }))).toEqual(['b']);
    expect(ids(applyFacets(clippings, { kind: 'dispute', from: '2024-03-01' }))).toEqual(['b', 'c']);
    expect(ids(applyFacets(clippings, { to: '2024-03-02' }))).toEqual(['a', 'b']);
    expect(isFilterEmpty({ site: undefined })).toBe(true);
  });

  it('counts the options of each facet, most common first', () => {
    const options = facetOptions(clippings);
    expect(options.dispute).toEqual([
      { value: 'dispute:takeshima-dokdo', label: 'Dokdo / Takeshima', count: 2 },
      { value: 'dispute:south-china-sea', label: 'South China Sea', count: 1 },
    ]);
    expect(options.country.map((o) => [o.label, o.count])).toEqual([['Japan', 2], ['South Korea', 2], ['China', 1]]);
    expect(options.tag.map((o) => [o.value, o.count])).toEqual([['east-asia', 2], ['to-read', 1]]);
    expect(options.kind.map((o) => o.value)).toEqual(['country', 'dispute']);
  });

  it('sorts by dates, title and mentions', () => {
    expect(ids(sortClippings(clippings, 'saved-asc'))).toEqual(['a', 'b', 'c']);
    expect(ids(sortClippings(clippings, 'published-desc'))).toEqual(['c', 'b', 'a']);
    expect(ids(sortClippings(clippings, 'title'))).toEqual(['b', 'a', 'c']);
    expect(ids(sortClippings(clippings, 'mentions'))).toEqual(['b', 'a', 'c']);
  });
});

describe('insights', () => {
  it('counts clippings per month per dispute, every month present', () => {
    const timeline = disputeTimeline(clippings);
    expect(timeline.months).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(timeline.series).toEqual([
      { id: 'dispute:takeshima-dokdo', name: 'Dokdo / Takeshima', total: 2, counts: [1, 0, 1] },
      { id: 'dispute:south-china-sea', name: 'South China Sea', total: 1, counts: [0, 0, 1] },
    ]);
    expect(disputeTimeline([])).toEqual({ months: [], series: [] });
  });

  it('sums mentions per entity', () => {
    expect(mostMentioned(clippings, 2)).toEqual([
      { id: 'country:jp', name: 'Japan', kind: 'country', mentions: 6, clippings: 2 },
      { id: 'dispute:south-china-sea', name: 'South China Sea', kind: 'dispute', mentions: 5, clippings: 1 },
    ]);
  });

  it('counts clippings naming each pair of countries', () => {
    const pairs = countryPairs(clippings);
    expect(pairs.countries.map((c) => c.id)).toEqual(['country:jp', 'country:kr', 'country:cn']);
    expect(pairs.together).toEqual([
      [2, 1, 1],
      [1, 2, 0],
      [1, 0, 1],
    ]);
  });
});
