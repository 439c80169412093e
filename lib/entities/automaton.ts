/**
 * Aho–Corasick multi-pattern automaton over UTF-16 code units. One pass over a text finds every
 * occurrence of every pattern, so the cost grows with the text, not with the number of patterns.
 *
 * Layout: typed arrays only. The root's edges are a table indexed by code unit (every scan step that
 * starts afresh reads it); every other state keeps its children as a linked list (first child, next
 * sibling, code), which is short below the first letter or two. Building (done once per page that has
 * an article) then only appends to arrays: no hashing, no map to grow.
 */
const CODE_SPACE = 0x10000;

export class Automaton {
  /** The root's children by code unit (0 = none: the root is never a child). */
  private readonly rootEdges: Int32Array;
  /** Per state: its first child, the next sibling of each state, and the code leading to each state. */
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly codeOf: Uint16Array;
  /** Per state: the longest proper suffix state that is also a prefix of some pattern. */
  private readonly fail: Int32Array;
  /** Per state: the pattern ending exactly here, or -1. */
  private readonly terminal: Int32Array;
  /** Per state: the nearest state along fail links that is terminal, or -1. */
  private readonly dictLink: Int32Array;
  /** Length of each pattern, by pattern index. */
  readonly patternLengths: Int32Array;

  private constructor(rootEdges: Int32Array, terminal: Int32Array, lengths: Int32Array, children: ChildLists) {
    this.rootEdges = rootEdges;
    this.firstChild = Int32Array.from(children.first);
    this.nextSibling = Int32Array.from(children.next);
    this.codeOf = Uint16Array.from(children.code);
    this.terminal = terminal;
    this.patternLengths = lengths;
    this.fail = new Int32Array(terminal.length);
    this.dictLink = new Int32Array(terminal.length).fill(-1);
    this.linkStates();
  }

  /** Builds the automaton. Duplicate patterns keep the first index; empty patterns are ignored. */
  static build(patterns: readonly string[]): Automaton {
    const rootEdges = new Int32Array(CODE_SPACE);
    const terminals: number[] = [-1];
    const children: ChildLists = { first: [-1], next: [-1], code: [0] };
    const lengths = new Int32Array(patterns.length);
    patterns.forEach((pattern, index) => {
      lengths[index] = pattern.length;
      if (pattern.length === 0) return;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        let next = state === 0 ? rootEdges[code]! : -1;
        if (state !== 0) {
          for (let child = children.first[state]!; child !== -1; child = children.next[child]!) {
            if (children.code[child] === code) {
              next = child;
              break;
            }
          }
        }
        if (next <= 0) {
          next = terminals.length;
          terminals.push(-1);
          children.first.push(-1);
          children.code.push(code);
          children.next.push(children.first[state]!);
          children.first[state] = next;
          if (state === 0) rootEdges[code] = next;
        }
        state = next;
      }
      if (terminals[state] === -1) terminals[state] = index;
    });
    return new Automaton(rootEdges, Int32Array.from(terminals), lengths, children);
  }

  get stateCount(): number {
    return this.terminal.length;
  }

  /** The child of `state` along `code`, or -1. */
  private step(state: number, code: number): number {
    if (state === 0) return this.rootEdges[code]! || -1;
    for (let child = this.firstChild[state]!; child !== -1; child = this.nextSibling[child]!) {
      if (this.codeOf[child] === code) return child;
    }
    return -1;
  }

  /** Breadth-first over the trie, so every state's fail link is known before its children need it. */
  private linkStates(): void {
    const { firstChild, nextSibling, codeOf } = this;
    const queue = new Int32Array(this.terminal.length);
    let tail = 0;
    for (let child = firstChild[0]!; child !== -1; child = nextSibling[child]!) queue[tail++] = child;
    for (let head = 0; head < tail; head++) {
      const state = queue[head]!;
      for (let child = firstChild[state]!; child !== -1; child = nextSibling[child]!) {
        const code = codeOf[child]!;
        let fallback = this.fail[state]!;
        let target = this.step(fallback, code);
        while (target === -1 && fallback !== 0) {
          fallback = this.fail[fallback]!;
          target = this.step(fallback, code);
        }
        const suffix = target !== -1 && target !== child ? target : 0;
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
      while (next === -1 && state !== 0) {
        state = this.fail[state]!;
        next = this.step(state, code);
      }
      state = next === -1 ? 0 : next;
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
