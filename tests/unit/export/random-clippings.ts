import { ENTITY_KINDS } from '../../../lib/entities/types';
import type { Clipping, ReaderHighlight } from '../../../lib/store/types';

/** mulberry32: a small seeded generator, so a failing case can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces chosen to stress encoding: RTL scripts, combining marks, CJK, emoji (surrogate pairs, ZWJ
// sequences, flags), line breaks of every kind, JSON/CSV/Markdown syntax, a lone surrogate.
const PIECES = [
  'Seoul', 'Tokyo', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '"', '\\', ',', '<b>', '=1+1', '#', '[x](y)',
  'שלום', 'עולם', 'السلام', 'عليكم', 'café', 'e\u0301', 'Ελλάδα', 'Россия', '日本', '한국', '独島', '竹島',
  '😀', '👩‍👩‍👧', '🇯🇵', '🇰🇷', '\u200f', '\u2028', '\u0000', '\ud800', '__proto__', 'constructor',
];

export function randomClippings(seed: number, count: number): Clipping[] {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const text = (maxPieces: number) => Array.from({ length: int(maxPieces + 1) }, () => pick(PIECES)).join('');
  const date = () => new Date(Date.UTC(2000 + int(30), int(12), 1 + int(28), int(24), int(60), int(60), int(1000))).toISOString();

  return Array.from({ length: count }, (_, index) => {
    const body = text(60);
    const entityCount = int(6);
    const entities = Array.from({ length: entityCount }, (__, e) => {
      const kind = pick(ENTITY_KINDS);
      return { id: `${kind}:e${index}-${e}`, kind, name: text(4), count: int(50) };
    });
    const highlights: ReaderHighlight[] = Array.from({ length: int(4) }, (__, h) => {
      const start = int(body.length + 1);
      const end = start + int(body.length - start + 1);
      const created = date();
      return {
        id: `h-${index}-${h}`,
        selectors: [
          { type: 'TextQuoteSelector', exact: body.slice(start, end), prefix: body.slice(Math.max(0, start - 10), start), suffix: body.slice(end, end + 10) },
          { type: 'TextPositionSelector', start, end },
        ],
        note: text(5),
        createdAt: created,
        updatedAt: created,
      };
    });
    const savedAt = date();
    const path = encodeURIComponent(text(3).replace(/\ud800/g, '')); // encodeURIComponent refuses lone surrogates
    return {
      id: `${index}-${seed}-${int(1e9)}`,
      url: `https://news.example/${index}/${path}?q=${int(100)}#frag`,
      canonicalUrl: `https://news.example/${index}/${path}`,
      title: text(6),
      site: text(2),
      byline: text(3),
      publishedAt: random() < 0.3 ? null : date(),
      ...(random() < 0.3 ? { modifiedAt: random() < 0.5 ? null : date() } : {}),
      ...(random() < 0.3 ? { section: text(2) || 'World' } : {}),
      savedAt,
      updatedAt: savedAt,
      language: pick(['', 'en', 'ko', 'ar', 'he', 'ja']),
      verdict: pick(['diplomatic', 'article', 'none'] as const),
      excerpt: text(5),
      text: body,
      entities,
      entityIds: entities.map((entity) => entity.id),
      disputes: entities.filter((entity) => entity.kind === 'dispute').map((entity) => entity.id),
      highlights,
      note: text(8),
      tags: [...new Set(Array.from({ length: int(4) }, () => text(2)).filter((tag) => tag.length <= 200))],
    };
  });
}
