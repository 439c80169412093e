/**
 * Aho–Corasick multi-pattern automaton over UTF-16 code units. One pass over a text finds every
 * occurrence of every pattern, so the cost grows with the text, not with the number of patterns.
 *
 * Layout: one integer-keyed map holds every trie edge (`state * 65536 + code → child`), and typed
 * arrays hold the per-state links. That keeps building (done once per page that has an article) to a
 * few milliseconds for thousands of patterns.
 */
const CODE_SPACE = 0x10000;

export class Automaton {
  /** Trie edges: `state * 65536 + code` → child state. */
  private readonly edges: Map<number, number>;
  /** Per state: the longest proper suffix state that is also a prefix of some pattern. */
  private readonly fail: Int32Array;
  /** Per state: the pattern ending exactly here, or -1. */
  private readonly terminal: Int32Array;
  /** Per state: the nearest state along fail links that is terminal, or -1. */
  private readonly dictLink: Int32Array;
  /** Length of each pattern, by pattern index. */
  readonly patternLengths: Int32Array;

  private constructor(edges: Map<number, number>, terminal: Int32Array, lengths: Int32Array, children: ChildLists) {
    this.edges = edges;
    this.terminal = terminal;
    this.patternLengths = lengths;
    this.fail = new Int32Array(terminal.length);
    this.dictLink = new Int32Array(terminal.length).fill(-1);
    this.linkStates(children);
  }

  /** Builds the automaton. Duplicate patterns keep the first index; empty patterns are ignored. */
  static build(patterns: readonly string[]): Automaton {
    const edges = new Map<number, number>();
    const terminals: number[] = [-1];
    const children: ChildLists = { first: [-1], next: [-1], code: [0] };
    const lengths = new Int32Array(patterns.length);
    patterns.forEach((pattern, index) => {
      lengths[index] = pattern.length;
      if (pattern.length === 0) return;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        const key = state * CODE_SPACE + code;
        let next = edges.get(key);
        if (next === undefined) {
          next = terminals.length;
          terminals.push(-1);
          children.first.push(-1);
          children.code.push(code);
          children.next.push(children.first[state]!);
          children.first[state] = next;
          edges.set(key, next);
        }
        state = next;
      }
      if (terminals[state] === -1) terminals[state] = index;
    });
    return new Automaton(edges, Int32Array.from(terminals), lengths, children);
  }

  get stateCount(): number {
    return this.terminal.length;
  }

  private step(state: number, code: number): number | undefined {
    return this.edges.get(state * CODE_SPACE + code);
  }

  /** Breadth-first over the trie, so every state's fail link is known before its children need it. */
  private linkStates(children: ChildLists): void {
    const queue = new Int32Array(this.terminal.length);
    let tail = 0;
    for (let child = children.first[0]!; child !== -1; child = children.next[child]!) queue[tail++] = child;
    for (let head = 0; head < tail; head++) {
      const state = queue[head]!;
      for (let child = children.first[state]!; child !== -1; child = children.next[child]!) {
        const code = children.code[child]!;
        let fallback = this.fail[state]!;
        let target = this.step(fallback, code);
        while (target === undefined && fallback !== 0) {
          fallback = this.fail[fallback]!;
          target = this.step(fallback, code);
        }
        const suffix = target !== undefined && target !== child ? target : 0;
        this.fail[child] = suffix;
        this.dictLink[child] = this.terminal[suffix] !== -1 ? suffix : this.dictLink[suffix]!;
        queue[tail++] = child;
      }
    }
  }

  /** Calls `onMatch(patternIndex, end)` for every occurrence; `end` is exclusive. */
  scan(text: string, onMatch: (patternIndex: number, end: number) => void): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let next = this.step(state, code);
      while (next === undefined && state !== 0) {
        state = this.fail[state]!;
        next = this.step(state, code);
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

/** Each state's children as a linked list: first child, next sibling, and the code leading to it. */
interface ChildLists {
  first: number[];
  next: number[];
  code: number[];
}
