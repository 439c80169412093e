import type { Clipping, ReaderHighlight } from '../../../lib/store/types';

export function highlight(id: string, text: string, exact: string, note = ''): ReaderHighlight {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in the text`);
  const end = start + exact.length;
  return {
    id,
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
      { type: 'TextPositionSelector', start, end },
    ],
    note,
    createdAt: '2024-03-06T10:05:00.000Z',
    updatedAt: '2024-03-06T10:05:00.000Z',
  };
}

const TEXT = 'South Korea summoned a Japanese diplomat over Dokdo.\n\nThe Dokdo islets are administered by Seoul; Japan calls them Takeshima.';

/** A clipping with highlights, notes and tags; override any field. */
export function sample(id = 'c-1', overrides: Partial<Clipping> = {}): Clipping {
  return {
    id,
    url: `https://news.example/world/${id}?utm_source=feed`,
    canonicalUrl: `https://news.example/world/${id}`,
    title: 'Seoul protests Tokyo’s Takeshima claim',
    site: 'News Example',
    byline: 'By Jane Doe and Kim Min-ji',
    publishedAt: '2024-02-22T09:00:00.000Z',
    savedAt: '2024-03-06T10:00:00.000Z',
    updatedAt: '2024-03-06T10:05:00.000Z',
    language: 'en',
    verdict: 'diplomatic',
    excerpt: 'South Korea summoned a Japanese diplomat.',
    text: TEXT,
    entities: [
      { id: 'country:kr', kind: 'country', name: 'South Korea', count: 1 },
      { id: 'country:jp', kind: 'country', name: 'Japan', count: 2 },
      { id: 'dispute:takeshima-dokdo', kind: 'dispute', name: 'Dokdo', count: 2 },
    ],
    entityIds: ['country:kr', 'country:jp', 'dispute:takeshima-dokdo'],
    disputes: ['dispute:takeshima-dokdo'],
    highlights: [
      highlight('h-2', TEXT, 'Japan calls them Takeshima', ''),
      highlight('h-1', TEXT, 'The Dokdo islets are administered by Seoul', 'check the date'),
    ],
    note: 'Follow up next week.',
    tags: ['east-asia', 'islands'],
    ...overrides,
  };
}

/** Strings a hostile page could put in any field. */
export const HOSTILE = [
  '=HYPERLINK("https://evil.example","x")',
  '+1+cmd|\' /C calc\'!A0',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[click](javascript:alert(1))',
  '![img](https://evil.example/x.png)',
  'https://evil.example/bare',
  'www.evil.example',
  'mail me@evil.example',
  '```js\nalert(1)\n```',
  '    indented code',
  '# heading',
  '> quote',
  '- item',
  '1. item',
  '[[Wiki link]] ![[embed]]',
  '&lt;b&gt; &#60;i&#62;',
  '`code` *em* _em_ ~~del~~ ==mark== %%comment%% $x$',
  '<https://evil.example/auto>',
  'a | b |\n|---|---|',
];
