import type { Clipping } from '../../../lib/store/types';

/** A stored clipping for rendering tests; override any field. */
export function clipping(id: string, overrides: Partial<Clipping> = {}): Clipping {
  return {
    id,
    url: `https://news.example/${id}`,
    canonicalUrl: `https://news.example/${id}`,
    title: `Article ${id}`,
    site: 'News Example',
    byline: 'A. Writer',
    publishedAt: '2024-03-05T09:00:00.000Z',
    savedAt: '2024-03-06T10:00:00.000Z',
    updatedAt: '2024-03-06T10:00:00.000Z',
    language: 'en',
    verdict: 'diplomatic',
    excerpt: '',
    text: 'First paragraph.\n\nSecond paragraph.',
    entities: [
      { id: 'country:jp', kind: 'country', name: 'Japan', count: 4 },
      { id: 'person:yoon-suk-yeol', kind: 'person', name: 'Yoon Suk-yeol', count: 2 },
      { id: 'dispute:takeshima-dokdo', kind: 'dispute', name: 'Dokdo / Takeshima', count: 7 },
    ],
    entityIds: ['country:jp', 'person:yoon-suk-yeol', 'dispute:takeshima-dokdo'],
    disputes: ['dispute:takeshima-dokdo'],
    highlights: [],
    note: '',
    tags: [],
    ...overrides,
  };
}
