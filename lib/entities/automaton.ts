/**
 * Aho–Corasick multi-pattern automaton over UTF-16 code units. One pass over a text finds every
 * occurrence of every pattern, so the cost grows with the text, not with the number of patterns.
 */
export class Automaton {
  /** Per state: code unit → next state. */
  private readonly goto: Map<number, number>[];
  /** Per state: the longest proper suffix state that is also a prefix of some pattern. */
  private readonly fail: Int32Array;
  /** Per state: the pattern ending exactly here, or -1. */
  private readonly terminal: Int32Array;
  /** Per state: the nearest state along fail links that is terminal, or -1. */
  private readonly dictLink: Int32Array;
  /** Length of each pattern, by pattern index. */
  readonly patternLengths: Int32Array;

  private constructor(goto: Map<number, number>[], terminal: Int32Array, lengths: Int32Array) {
    this.goto = goto;
    this.terminal = terminal;
    this.patternLengths = lengths;
    this.fail = new Int32Array(goto.length);
    this.dictLink = new Int32Array(goto.length).fill(-1);
    this.linkStates();
  }

  /** Builds the automaton. Duplicate patterns keep the first index; empty patterns are ignored. */
  static build(patterns: readonly string[]): Automaton {
    const goto: Map<number, number>[] = [new Map()];
    const terminals: number[] = [-1];
    const lengths = new Int32Array(patterns.length);
    patterns.forEach((pattern, index) => {
      lengths[index] = pattern.length;
      if (pattern.length === 0) return;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        let next = goto[state]!.get(code);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          terminals.push(-1);
          goto[state]!.set(code, next);
        }
        state = next;
      }
      if (terminals[state] === -1) terminals[state] = index;
    });
    return new Automaton(goto, Int32Array.from(terminals), lengths);
  }

  get stateCount(): number {
    return this.goto.length;
  }

  private linkStates(): void {
    const queue: number[] = [];
    for (const child of this.goto[0]!.values()) {
      this.fail[child] = 0;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, child] of this.goto[state]!) {
        let fallback = this.fail[state]!;
        while (fallback !== 0 && !this.goto[fallback]!.has(code)) fallback = this.fail[fallback]!;
        const target = this.goto[fallback]!.get(code);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const suffix = this.fail[child]!;
        this.dictLink[child] = this.terminal[suffix] !== -1 ? suffix : this.dictLink[suffix]!;
        queue.push(child);
      }
    }
  }

  /** Calls `onMatch(patternIndex, end)` for every occurrence; `end` is exclusive. */
  scan(text: string, onMatch: (patternIndex: number, end: number) => void): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let next = this.goto[state]!.get(code);
      while (next === undefined && state !== 0) {
        state = this.fail[state]!;
        next = this.goto[state]!.get(code);
      }
      state = next ?? 0;
      let hit = this.terminal[state] !== -1 ? state : this.dictLink[state]!;
      while (hit !== -1) {
        onMatch(this.terminal[hit]!, i + 1);
        hit = this.dictLink[hit]!;
      }
    }
  }
}
