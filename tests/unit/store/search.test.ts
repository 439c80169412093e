import { describe, expect, it } from 'vitest';
import { createClippingSearch, foldForSearch } from '../../../lib/store/search';
import type { Clipping } from '../../../lib/store/types';
import { draft } from './helpers';

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

describe('createClippingSearch', () => {
  const clippings = [
    clipping('a', { title: 'Erdoğan meets Lula', text: 'Talks in Ankara.' }),
    clipping('b', {
      title: 'Summit ends',
      text: 'Leaders met in Brasília.',
      entities: [{ id: 'org:wto', kind: 'organization', name: 'World Trade Organization', count: 1 }],
    }),
    clipping('c', { title: 'Quiet week', text: 'Nothing happened.', entities: [] }),
  ];
  const search = createClippingSearch(clippings);

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
