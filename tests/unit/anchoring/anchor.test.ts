import { describe, expect, it } from 'vitest';
import { anchorAll, anchorAllInSlices, anchorSelectors, createAnchorer, describeRange } from '../../../lib/anchoring';
import { alignNear, candidateStarts, editDistance } from '../../../lib/anchoring/fuzzy';
import { indexPieces, occurrences } from '../../../lib/anchoring/piece-index';

const ARTICLE = [
  'Japan and South Korea agreed on Tuesday to resume regular shuttle diplomacy after a gap of twelve years.',
  'The two leaders met in Tokyo, where they discussed export controls, wartime labour and North Korea.',
  'Officials said the talks were frank. Officials said the talks were frank and useful.',
  'A joint statement is expected next week, after the foreign ministers meet in Seoul.',
].join('\n\n');

function selectorsFor(text: string, passage: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(passage, at + 1);
  const selectors = describeRange(text, at, at + passage.length);
  if (!selectors) throw new Error('no selectors');
  return { selectors, at };
}

describe('describeRange', () => {
  it('keeps the quote, 32 characters of context either side and the position', () => {
    const { selectors, at } = selectorsFor(ARTICLE, 'export controls');
    const [quote, position] = selectors;
    expect(quote.exact).toBe('export controls');
    expect(quote.prefix).toBe(ARTICLE.slice(at - 32, at));
    expect(quote.suffix).toBe(ARTICLE.slice(at + 15, at + 47));
    expect(position).toEqual({ type: 'TextPositionSelector', start: at, end: at + 15 });
  });

  it('trims white space around the selection, clips context at the text edges, and refuses empty ranges', () => {
    const [quote, position] = describeRange('  Japan  and Korea', 0, 8)!;
    expect(quote).toMatchObject({ exact: 'Japan', prefix: '  ', suffix: '  and Korea' });
    expect(position).toMatchObject({ start: 2, end: 7 });
    expect(describeRange('abc   def', 3, 6)).toBeNull();
    expect(describeRange('abc', 2, 2)).toBeNull();
  });
});

describe('anchorSelectors', () => {
  it('finds an unchanged passage at its old position', () => {
    const { selectors, at } = selectorsFor(ARTICLE, 'wartime labour');
    expect(anchorSelectors(ARTICLE, { selectors })).toEqual({ start: at, end: at + 14, method: 'position', score: 1 });
  });

  it('applies a position shift (a headline before the stored text)', () => {
    const { selectors, at } = selectorsFor(ARTICLE, 'wartime labour');
    const live = `Leaders meet\n\n${ARTICLE}`;
    expect(anchorSelectors(live, { selectors }, { positionShift: 14 })).toMatchObject({ start: at + 14, method: 'position' });
  });

  it('finds a moved passage by its exact quote after a paragraph is inserted before it', () => {
    const { selectors, at } = selectorsFor(ARTICLE, 'foreign ministers meet in Seoul');
    const edited = ARTICLE.replace('The two leaders', 'Markets rose on the news.\n\nThe two leaders');
    const anchor = anchorSelectors(edited, { selectors })!;
    expect(anchor.method).toBe('quote');
    expect(edited.slice(anchor.start, anchor.end)).toBe('foreign ministers meet in Seoul');
    expect(anchor.start).toBe(at + 'Markets rose on the news.\n\n'.length);
  });

  it('tells a repeated phrase apart by its context, whichever of the two was highlighted', () => {
    const phrase = 'Officials said the talks were frank';
    for (const occurrence of [0, 1]) {
      const { selectors, at } = selectorsFor(ARTICLE, phrase, occurrence);
      const edited = `Breaking.\n\n${ARTICLE}`;
      const anchor = anchorSelectors(edited, { selectors: [selectors[0], { ...selectors[1], start: 0, end: 0 }] })!;
      expect(anchor.start, `occurrence ${occurrence}`).toBe(at + 'Breaking.\n\n'.length);
    }
  });

  it('finds a reworded passage approximately and reports a score below 1', () => {
    const { selectors } = selectorsFor(ARTICLE, 'The two leaders met in Tokyo, where they discussed export controls');
    const edited = ARTICLE.replace('The two leaders met in Tokyo, where they', 'The two leaders met in Tokyo on Monday, where they');
    const anchor = anchorSelectors(edited, { selectors })!;
    expect(anchor.method).toBe('fuzzy');
    expect(anchor.score).toBeGreaterThan(0.8);
    expect(anchor.score).toBeLessThan(1);
    expect(edited.slice(anchor.start, anchor.end)).toBe('The two leaders met in Tokyo on Monday, where they discussed export controls');
  });

  it('keeps the first and last words of a passage when a word is inserted right next to them', () => {
    const passage = 'leaders met in Tokyo, where they discussed export controls, wartime labour';
    const { selectors } = selectorsFor(ARTICLE, passage);
    const afterFirst = ARTICLE.replace('leaders met', 'leaders reportedly met');
    const a = anchorSelectors(afterFirst, { selectors })!;
    expect(a.method).toBe('fuzzy');
    expect(afterFirst.slice(a.start, a.end)).toBe('leaders reportedly met in Tokyo, where they discussed export controls, wartime labour');
    const beforeLast = ARTICLE.replace('wartime labour', 'wartime forced labour');
    const b = anchorSelectors(beforeLast, { selectors })!;
    expect(beforeLast.slice(b.start, b.end)).toBe('leaders met in Tokyo, where they discussed export controls, wartime forced labour');
  });

  it('gives up on a passage that was removed or rewritten beyond the error budget', () => {
    const { selectors } = selectorsFor(ARTICLE, 'A joint statement is expected next week');
    const removed = ARTICLE.replace(/A joint statement[^.]*\./, 'No statement is planned.');
    expect(anchorSelectors(removed, { selectors })).toBeNull();
    const rewritten = ARTICLE.replace('A joint statement is expected next week', 'Both sides will publish a communiqué soon');
    expect(anchorSelectors(rewritten, { selectors })).toBeNull();
  });

  it('does not place a short quote approximately where its context disagrees', () => {
    const { selectors } = selectorsFor(ARTICLE, 'Tokyo');
    const edited = ARTICLE.replace('met in Tokyo, where', 'met in Osaka, where').replace('in Seoul', 'in Tokyi');
    expect(anchorSelectors(edited, { selectors })).toBeNull();
  });
});

describe('anchorAll', () => {
  it('returns every highlight in exactly one list: anchored in text order, unanchored with quote and context', () => {
    const a = { id: 'a', ...selectorsFor(ARTICLE, 'frank and useful') };
    const b = { id: 'b', ...selectorsFor(ARTICLE, 'shuttle diplomacy') };
    const gone = { id: 'gone', ...selectorsFor(ARTICLE, 'A joint statement is expected next week') };
    const edited = ARTICLE.replace(/A joint statement[^.]*\./, 'Nothing else was said.');
    const report = anchorAll(edited, [a, gone, b]);
    expect(report.anchored.map((x) => x.item.id)).toEqual(['b', 'a']);
    expect(report.unanchored).toHaveLength(1);
    expect(report.unanchored[0]).toMatchObject({
      item: { id: 'gone' },
      quote: 'A joint statement is expected next week',
      prefix: gone.selectors[0].prefix,
      suffix: gone.selectors[0].suffix,
    });
  });
});

/** An article of many edited highlights: exact, moved, reworded (approximate) and gone. */
function editedArticle() {
  const sentences = Array.from({ length: 60 }, (_, i) => `Sentence ${i} says the ministers of ${['Japan', 'Korea', 'China'][i % 3]} met ${i % 7} times this year to talk about ${['trade', 'fisheries', 'history', 'security'][i % 4]} and more.`);
  const original = sentences.join(' ');
  const items = sentences.map((sentence, i) => ({ id: `h${i}`, ...selectorsFor(original, sentence.slice(4, 60 + (i % 20))) }));
  const withdrawn = 'An envoy was withdrawn over the islands dispute.';
  items.push({ id: 'gone', ...selectorsFor(`${original} ${withdrawn}`, withdrawn) });
  const edited = `A new first paragraph. ${sentences
    .filter((_, i) => i % 11 !== 5)
    .map((sentence, i) => (i % 4 === 1 ? sentence.replace('the ministers', 'the foreign ministers') : sentence))
    .join(' ')}`;
  return { items, edited };
}

describe('anchoring many highlights', () => {
  it('createAnchorer, with its shared index of the text, finds exactly what anchorSelectors finds', () => {
    const { items, edited } = editedArticle();
    const anchor = createAnchorer(edited);
    const methods = new Set<string>();
    for (const item of items) {
      const expected = anchorSelectors(edited, item);
      expect(anchor(item)).toEqual(expected);
      methods.add(expected?.method ?? 'lost');
    }
    expect([...methods].sort(), 'the article exercises every path').toEqual(['fuzzy', 'lost', 'quote']);
  });

  it('anchorAllInSlices pauses before each highlight, and between the places an approximate search tries, and reports what anchorAll reports', async () => {
    const { items, edited } = editedArticle();
    const whole = anchorAll(edited, items);
    const exact = items.filter((item) => whole.anchored.some((a) => a.item === item && a.method !== 'fuzzy'));
    let pauses = 0;
    const count = async () => {
      pauses++;
    };
    expect(await anchorAllInSlices(edited, exact, { pause: count })).toEqual(anchorAll(edited, exact));
    expect(pauses, 'once per highlight found exactly').toBe(exact.length);
    pauses = 0;
    const report = await anchorAllInSlices(edited, items, { pause: count });
    expect(report).toEqual(whole);
    const approximate = items.length - exact.length;
    expect(approximate).toBeGreaterThan(0);
    expect(pauses, 'more than one pause for each highlight searched for approximately').toBeGreaterThan(items.length + approximate);
  });

  it('anchorAllInSlices stops at the pause that throws (a cancelled run)', async () => {
    const { items, edited } = editedArticle();
    let pauses = 0;
    const cancelled = new Error('cancelled');
    const run = anchorAllInSlices(edited, items, {
      pause: async () => {
        if (++pauses === 3) throw cancelled;
      },
    });
    await expect(run).rejects.toBe(cancelled);
    expect(pauses).toBe(3);
  });

  it('the piece index finds exactly the places indexOf finds, overlapping ones and the limit included', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    // A small alphabet, so pieces repeat often (and hash buckets are shared).
    const text = Array.from({ length: 20_000 }, () => 'ab c\n'.charAt(Math.floor(next() * 5))).join('') + 'aaaaaaaaaaaaaaaa';
    const find = indexPieces(text);
    const needles = ['aaaaaaaa', 'aaaaaaaaaa', 'a', 'ab', 'not there at all', text.slice(0, 8), text.slice(-12), ''];
    for (let i = 0; i < 300; i++) {
      const at = Math.floor(next() * (text.length - 30));
      needles.push(text.slice(at, at + 8 + Math.floor(next() * 17)));
    }
    for (const needle of needles) {
      for (const limit of [0, 3, 24, 500]) expect(find(needle, limit), JSON.stringify(needle)).toEqual(occurrences(text, needle, limit));
    }
    expect(indexPieces('short')('sho', 5)).toEqual([0]);
    expect(indexPieces('')('anything', 5)).toEqual([]);
  });
});

describe('fuzzy search building blocks', () => {
  it('editDistance counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('alignNear finds the best match near the expected place and respects the error budget', () => {
    const text = 'xxxxxxxxxx the quick brown fox jumps yyyyyyyyyy';
    expect(alignNear(text, 'the quick brown fox', 8, 3)).toEqual({ start: 11, end: 30, errors: 0 });
    expect(alignNear(text, 'the quikc brown fox', 11, 3)).toMatchObject({ start: 11, end: 30, errors: 2 });
    expect(alignNear(text, 'the quick red fox', 11, 2)).toBeNull();
    expect(alignNear(text, 'the quick brown fox', 40, 3)).toBeNull();
  });

  it('candidateStarts proposes the place of an edited quote from its intact pieces', () => {
    const text = `${'filler words here. '.repeat(50)}the ministers signed a treaty on fisheries today.`;
    const at = text.indexOf('the ministers');
    const starts = candidateStarts(text, 'the ministers signed an accord on fisheries today.', '', '', 12);
    expect(starts.some((start) => Math.abs(start - at) <= 12)).toBe(true);
  });
});
