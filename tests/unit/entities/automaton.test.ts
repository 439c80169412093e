import { describe, expect, it } from 'vitest';
import { Automaton } from '../../../lib/entities/automaton';

function allMatches(patterns: string[], text: string): [string, number][] {
  const automaton = Automaton.build(patterns);
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
});
