import { describe, expect, it } from 'vitest';
import { buildSearchIndex, buildSearchIndexInSlices, foldForSearch } from '../../../lib/insights/search';
import type { Clipping } from '../../../lib/store/types';
import { draft } from '../store/helpers';

function clipping(id: string, overrides: Partial<Clipping> = {}): Clipping {
  return {
    ...draft(),
    id,
    savedAt: '2024-03-01T00:00:00.000Z',
    updatedAt: '2024-03-01T00:00:00.000Z',
    entityIds: [],
    highlights: [],
    note: '',
    tags: [],
    ...overrides,
  };
}

describe('foldForSearch', () => {
  it('folds case and diacritics', () => {
    expect(foldForSearch('SÃO TOMÉ and Príncipe, Đà Nẵng')).toBe('sao tome and principe, đa nang');
  });
});

describe('search over an index', () => {
  const clippings = [
    clipping('a', { title: 'Erdoğan meets Lula', text: 'Talks in Ankara.' }),
    clipping('b', {
      title: 'Summit ends',
      text: 'Leaders met in Brasília.',
      entities: [{ id: 'org:wto', kind: 'organization', name: 'World Trade Organization', count: 1 }],
    }),
    clipping('c', { title: 'Quiet week', text: 'Nothing happened.', entities: [] }),
  ];
  const index = buildSearchIndex(clippings);
  const search = (query: string) => index.search(query);

  it('returns everything, in order, for an empty query', () => {
    expect(search('   ').map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('matches title, text and entity names without regard to case or accents', () => {
    expect(search('erdogan').map((c) => c.id)).toEqual(['a']);
    expect(search('BRASILIA').map((c) => c.id)).toEqual(['b']);
    expect(search('trade organization').map((c) => c.id)).toEqual(['b']);
  });

  it('requires every word', () => {
    expect(search('erdogan brasilia')).toEqual([]);
  });
});

describe('buildSearchIndex', () => {
  const base = [
    clipping('a', { title: 'Summit in Seoul', text: 'Talks.', note: 'ask the embassy', tags: ['east-asia'] }),
    clipping('b', {
      title: 'Trade row',
      text: 'Tariffs.',
      highlights: [
        {
          id: 'h',
          selectors: [
            { type: 'TextQuoteSelector', exact: 'Tariffs', prefix: '', suffix: '.' },
            { type: 'TextPositionSelector', start: 0, end: 7 },
          ],
          note: 'compare with 2019',
          createdAt: '2024-03-01T00:00:00.000Z',
          updatedAt: '2024-03-01T00:00:00.000Z',
        },
      ],
    }),
    clipping('c', { title: 'Seoul weather', text: 'Rain.' }),
  ];

  it('searches notes, highlight notes and tags as well', () => {
    const index = buildSearchIndex(base);
    expect(index.search('embassy').map((c) => c.id)).toEqual(['a']);
    expect(index.search('2019').map((c) => c.id)).toEqual(['b']);
    expect(index.search('EAST-ASIA').map((c) => c.id)).toEqual(['a']);
  });

  it('gives the same answers while typing on, deleting and starting over', () => {
    const index = buildSearchIndex(base);
    expect(index.search('s').map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(index.search('se').map((c) => c.id)).toEqual(['a', 'c']);
    expect(index.search('seoul sum').map((c) => c.id)).toEqual(['a']);
    expect(index.search('seoul').map((c) => c.id)).toEqual(['a', 'c']);
    expect(index.search('rain').map((c) => c.id)).toEqual(['c']);
    expect(index.search('').map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('follows changes when rebuilt from the previous index', () => {
    const first = buildSearchIndex(base);
    first.search('seoul');
    const edited = { ...base[2]!, note: 'umbrella', updatedAt: '2024-04-01T00:00:00.000Z' };
    const second = buildSearchIndex([base[0]!, edited], first);
    expect(second.search('umbrella').map((c) => c.id)).toEqual(['c']);
    expect(second.search('tariffs')).toEqual([]);
    expect(second.search('seoul').map((c) => c.id)).toEqual(['a', 'c']);
  });
});

describe('buildSearchIndexInSlices', () => {
  const many = Array.from({ length: 500 }, (_, i) => clipping(`c${i}`, { title: i % 7 === 0 ? `Seoul ${i}` : `Other ${i}` }));

  it('yields between slices and answers like the one-go index', async () => {
    let yields = 0;
    const index = await buildSearchIndexInSlices(many, undefined, {
      budgetMs: 0,
      yieldToPage: async () => {
        yields += 1;
      },
    });
    expect(yields).toBe(9); // 500 clippings in slices of 50 with a zero time budget
    expect(index.search('seoul').map((c) => c.id)).toEqual(buildSearchIndex(many).search('seoul').map((c) => c.id));
  });

  it('stops at the next yield once aborted, so a stale build never delivers an index', async () => {
    const controller = new AbortController();
    let yields = 0;
    const build = buildSearchIndexInSlices(many, undefined, {
      budgetMs: 0,
      signal: controller.signal,
      yieldToPage: async () => {
        yields += 1;
        if (yields === 2) controller.abort();
      },
    });
    const error = await build.catch((e: unknown) => e);
    expect(error).toBe(controller.signal.reason);
    expect(error).toBeInstanceOf(DOMException);
    expect(yields).toBe(2);
  });
});

describe('foldForSearch over non-ASCII runs', () => {
  // Folding only the runs outside ASCII must give exactly what normalising the whole string gives.
  const wholeFold = (text: string) => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  it.each([
    'SÃO TOMÉ and Príncipe, Đà Nẵng',
    'ΟΔΥΣΣΕΥΣ at sea',
    'Ｔｏｋｙｏ ﬁsheries ① Ⅻ',
    'İstanbul, Straße',
    'e\u0301\u0327 combining marks after ASCII',
    'Türkiye – “quoted” — 東京 한국 Київ',
    'plain ascii only',
    '',
  ])('%s', (text) => {
    expect(foldForSearch(text)).toBe(wholeFold(text));
  });
});
