import { describe, expect, it } from 'vitest';
import { Automaton } from '../../../lib/entities/automaton';

function allMatches(patterns: string[], text: string, automaton = Automaton.build(patterns)): [string, number][] {
  const found: [string, number][] = [];
  automaton.scan(text, (index, end) => found.push([patterns[index]!, end - automaton.patternLengths[index]!]));
  return found.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}

describe('Automaton', () => {
  it('finds every occurrence of every pattern, overlapping ones included', () => {
    expect(allMatches(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      ['she', 1],
      ['he', 2],
      ['hers', 2],
    ]);
  });

  it('finds patterns that are suffixes of other patterns through dictionary links', () => {
    expect(allMatches(['south korea', 'korea', 'rea'], 'south korea')).toEqual([
      ['south korea', 0],
      ['korea', 6],
      ['rea', 8],
    ]);
  });

  it('matches text in scripts without spaces', () => {
    expect(allMatches(['독도', '竹島'], '일본은독도를竹島라고')).toEqual([
      ['독도', 3],
      ['竹島', 6],
    ]);
  });

  it('agrees with a naive search on random input', () => {
    const alphabet = 'abc ';
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const patterns = [...new Set(Array.from({ length: 30 }, () => word(1 + Math.floor(random() * 4))))];
    const text = word(400);
    const naive: [string, number][] = [];
    for (const pattern of patterns) {
      for (let i = text.indexOf(pattern); i !== -1; i = text.indexOf(pattern, i + 1)) naive.push([pattern, i]);
    }
    naive.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
    expect(allMatches(patterns, text)).toEqual(naive);
  });

  describe('packed form', () => {
    const patterns = ['he', 'she', 'his', 'hers', 'south korea', 'korea', 'rea', '독도', '竹島', 'a'];

    it('unpacks to an automaton that finds exactly what the original finds', () => {
      const original = Automaton.build(patterns);
      const unpacked = Automaton.unpack(JSON.parse(JSON.stringify(original.pack())));
      const text = 'ushers in south korea: 일본은독도를竹島라고 his area';
      expect(allMatches(patterns, text, unpacked)).toEqual(allMatches(patterns, text, original));
      expect(allMatches(patterns, text, unpacked)).toContainEqual(['竹島', 29]);
      expect(unpacked.stateCount).toBe(original.stateCount);
      expect([...unpacked.patternLengths]).toEqual(patterns.map((p) => p.length));
    });

    it('packs an unpacked automaton to the same data', () => {
      const packed = Automaton.build(patterns).pack();
      expect(Automaton.unpack(packed).pack()).toEqual(packed);
    });

    it('keeps the index of a pattern given twice at its first place', () => {
      const automaton = Automaton.unpack(Automaton.build(['korea', 'japan', 'korea']).pack());
      expect(allMatches(['korea', 'japan', 'korea'], 'korea', automaton)).toEqual([['korea', 0]]);
    });

    it('renumbers patterns in state order, with the order to renumber other data by', () => {
      const original = Automaton.build(patterns);
      const { packed, order } = original.packInStateOrder();
      expect(packed.terminalPatterns).toBeUndefined();
      expect([...order].sort((a, b) => a - b)).toEqual(patterns.map((_, i) => i));
      const renumbered = patterns.map((_, k) => patterns[order[k]!]!);
      const text = 'ushers in south korea: 일본은독도를竹島라고 his area';
      expect(allMatches(renumbered, text, Automaton.unpack(packed))).toEqual(allMatches(patterns, text, original));
    });

    it('refuses data whose parts disagree', () => {
      const packed = Automaton.build(patterns).pack();
      expect(() => Automaton.unpack({ ...packed, codes: packed.codes.slice(1) })).toThrow(/disagree/);
      expect(() => Automaton.unpack({ ...packed, terminalPatterns: packed.terminalPatterns!.slice(1) })).toThrow(/disagree/);
      expect(() => Automaton.unpack({ ...packed, terminalSteps: [...packed.terminalSteps.slice(0, -1), 10_000] })).toThrow(/out of range/);
    });

    it('works out links across blocks of states, whatever order texts reach them in', () => {
      // Enough patterns for many blocks of 64 states, with suffixes shared far apart in the trie.
      const words = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}x${(i * 7919).toString(36)}`);
      const original = Automaton.build(words);
      expect(original.stateCount).toBeGreaterThan(64 * 10);
      const text = [...words].reverse().join(' ') + ' ' + words.slice(0, 50).join('');
      const fresh = Automaton.unpack(original.pack());
      const naive: [string, number][] = [];
      for (const word of words) for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) naive.push([word, i]);
      naive.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
      expect(allMatches(words, text, fresh)).toEqual(naive);
    });
  });
});
