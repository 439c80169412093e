/**
 * Aho–Corasick multi-pattern automaton over UTF-16 code units. One pass over a text finds every
 * occurrence of every pattern, so the cost grows with the text, not with the number of patterns.
 *
 * The trie ships prebuilt (`pack` / `Automaton.unpack`, generated at build time) over its states in
 * breadth-first order, so that each state's children are one contiguous run of states: a string of
 * the code leading to each state, a string of each state's number of children, and where every
 * 64th state's children start. Opening it costs nothing per state. Everything derived is worked
 * out when a scan first needs it: where a block of 64 states' children start, and fail links, the
 * costly part of building an automaton. A page's text reaches a few thousand of the trie's states,
 * never all of them.
 */
const CODE_SPACE = 0x10000;
/** Child counts are written as characters from here on, so the packed string stays printable. */
const COUNT_BASE = 0x30;
/** States per block whose child offsets are worked out together. */
const BLOCK_BITS = 6;
const BLOCK_SIZE = 1 << BLOCK_BITS;
/** A fail or dictionary link not worked out yet. */
const UNKNOWN = -2;

/** The automaton as plain, JSON-safe data. */
export interface PackedAutomaton {
  /** The code unit leading to each state but the root, in breadth-first order. */
  codes: string;
  /** Each state's number of children as the character `COUNT_BASE + n`, in breadth-first order. */
  childCounts: string;
  /** The first child of every 64th state (0, 64, 128 …), as steps from the previous one. */
  blockStarts: number[];
  /** States where a pattern ends, as steps from the previous one, in breadth-first order. */
  terminalSteps: number[];
  /**
   * The pattern ending at each of those states. Absent when the patterns are numbered in state order
   * (the k-th state where a pattern ends ends pattern k): see `packInStateOrder`.
   */
  terminalPatterns?: number[];
  /** The length of each pattern, by pattern index. */
  patternLengths: number[];
}

export class Automaton {
  /** Length of each pattern, by pattern index. */
  readonly patternLengths: Int32Array;
  private readonly packed: PackedAutomaton;
  private readonly codes: string;
  private readonly childCounts: string;
  private readonly blockStarts: Int32Array;
  /** The children of state s are childStart[s] … childStart[s + 1] - 1, once s's block is ready. */
  private readonly childStart: Int32Array;
  private readonly blockReady: Uint8Array;
  /** The root's children by code unit (0 = none: the root is never a child). */
  private readonly rootEdges: Int32Array;
  /** Per state: the pattern ending exactly here, or -1. */
  private readonly terminal: Int32Array;
  /** Per state: its parent, noted whenever a transition reaches it (-1 until then). */
  private readonly parent: Int32Array;
  /** Per state: the longest proper suffix state that is also a prefix of some pattern (or UNKNOWN). */
  private readonly fail: Int32Array;
  /** Per state: the nearest state along fail links where a pattern ends, -1 if none (or UNKNOWN). */
  private readonly dictLink: Int32Array;

  private constructor(packed: PackedAutomaton) {
    const states = packed.childCounts.length;
    const blocks = (states + BLOCK_SIZE - 1) >> BLOCK_BITS;
    if (packed.codes.length !== states - 1 || packed.blockStarts.length !== blocks) {
      throw new Error('automaton: codes, child counts and blocks disagree');
    }
    const terminalPatterns = packed.terminalPatterns;
    if (terminalPatterns && packed.terminalSteps.length !== terminalPatterns.length) throw new Error('automaton: terminal states and patterns disagree');
    this.packed = packed;
    this.codes = packed.codes;
    this.childCounts = packed.childCounts;
    this.patternLengths = new Int32Array(packed.patternLengths);
    const blockStarts = new Int32Array(packed.blockStarts);
    for (let block = 1; block < blocks; block++) blockStarts[block] = blockStarts[block]! + blockStarts[block - 1]!;
    this.blockStarts = blockStarts;
    this.childStart = new Int32Array(states + 1);
    this.blockReady = new Uint8Array(blocks);

    this.terminal = new Int32Array(states).fill(-1);
    let state = 0;
    for (let i = 0; i < packed.terminalSteps.length; i++) {
      state += packed.terminalSteps[i]!;
      if (state >= states) throw new Error('automaton: a terminal state is out of range');
      this.terminal[state] = terminalPatterns ? terminalPatterns[i]! : i;
    }

    this.parent = new Int32Array(states).fill(-1);
    this.rootEdges = new Int32Array(CODE_SPACE);
    const rootChildren = this.childCounts.charCodeAt(0) - COUNT_BASE;
    for (let child = 1; child <= rootChildren; child++) {
      this.rootEdges[this.codes.charCodeAt(child - 1)] = child;
      this.parent[child] = 0;
    }

    this.fail = new Int32Array(states).fill(UNKNOWN);
    this.fail[0] = 0;
    this.dictLink = new Int32Array(states).fill(UNKNOWN);
    this.dictLink[0] = -1;
  }

  /** Builds the automaton. Duplicate patterns keep the first index; empty patterns are ignored. */
  static build(patterns: readonly string[]): Automaton {
    const trie = new InsertionTrie();
    patterns.forEach((pattern, index) => trie.insert(pattern, index));
    return new Automaton({ ...trie.breadthFirst(), patternLengths: patterns.map((p) => p.length) });
  }

  /** Opens an automaton from `pack`'s output. */
  static unpack(packed: PackedAutomaton): Automaton {
    return new Automaton(packed);
  }

  /** The automaton as plain data, for a generated module; `Automaton.unpack` reverses it. */
  pack(): PackedAutomaton {
    return this.packed;
  }

  /**
   * The automaton as plain data with its patterns renumbered in state order, which spares the
   * pattern-per-state list; `order[k]` is the pattern index that becomes k. Callers that keep data by
   * pattern index reorder it the same way.
   */
  packInStateOrder(): { packed: PackedAutomaton; order: number[] } {
    const { terminalPatterns, patternLengths, ...rest } = this.packed;
    const order = terminalPatterns ?? patternLengths.map((_, index) => index);
    if (order.length !== patternLengths.length) throw new Error('automaton: every pattern needs a state of its own to renumber');
    return { packed: { ...rest, patternLengths: order.map((index) => patternLengths[index]!) }, order };
  }

  get stateCount(): number {
    return this.terminal.length;
  }

  /** Works out where the children of one block's states start (and where the next block's first do). */
  private fillBlock(block: number): void {
    const first = block << BLOCK_BITS;
    const last = Math.min(first + BLOCK_SIZE, this.terminal.length);
    let start = this.blockStarts[block]!;
    for (let state = first; state < last; state++) {
      this.childStart[state] = start;
      start += this.childCounts.charCodeAt(state) - COUNT_BASE;
    }
    this.childStart[last] = start;
    this.blockReady[block] = 1;
  }

  /** The child of `state` along `code`, or -1. */
  private step(state: number, code: number): number {
    if (state === 0) return this.rootEdges[code]! || -1;
    if (this.blockReady[state >> BLOCK_BITS] === 0) this.fillBlock(state >> BLOCK_BITS);
    const end = this.childStart[state + 1]!;
    for (let child = this.childStart[state]!; child < end; child++) {
      if (this.codes.charCodeAt(child - 1) === code) {
        this.parent[child] = state;
        return child;
      }
    }
    return -1;
  }

  /**
   * The state whose children include `state` (not the root). Usually noted when a transition reached
   * it; otherwise a binary search over blocks, then a look inside one.
   */
  private parentOf(state: number): number {
    const noted = this.parent[state]!;
    if (noted !== -1) return noted;
    let low = 0;
    let high = this.blockStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.blockStarts[middle]! <= state) low = middle;
      else high = middle - 1;
    }
    if (this.blockReady[low] === 0) this.fillBlock(low);
    let parent = low << BLOCK_BITS;
    const last = Math.min(parent + BLOCK_SIZE, this.terminal.length) - 1;
    while (parent < last && this.childStart[parent + 1]! <= state) parent++;
    this.parent[state] = parent;
    return parent;
  }

  /** The state's fail link, worked out (and kept) on first use from its parent's. */
  private failOf(state: number): number {
    const known = this.fail[state]!;
    if (known !== UNKNOWN) return known;
    const parent = this.parentOf(state);
    let suffix = 0;
    if (parent !== 0) {
      const code = this.codes.charCodeAt(state - 1);
      let fallback = this.failOf(parent);
      for (;;) {
        const target = this.step(fallback, code);
        if (target !== -1) {
          suffix = target;
          break;
        }
        if (fallback === 0) break;
        fallback = this.failOf(fallback);
      }
    }
    this.fail[state] = suffix;
    return suffix;
  }

  /** The nearest state along fail links where a pattern ends, or -1; worked out on first use. */
  private dictLinkOf(state: number): number {
    const known = this.dictLink[state]!;
    if (known !== UNKNOWN) return known;
    const suffix = this.failOf(state);
    const link = this.terminal[suffix] !== -1 ? suffix : this.dictLinkOf(suffix);
    this.dictLink[state] = link;
    return link;
  }

  /**
   * Calls `onMatch(patternIndex, end)` for every occurrence; `end` is exclusive. The transition
   * (`step`) and link lookups are written out here with arrays in locals: this loop runs once per
   * character, mostly before the engine has optimised it.
   */
  scan(text: string, onMatch: (patternIndex: number, end: number) => void): void {
    const { rootEdges, childStart, blockReady, codes, terminal, parent, dictLink } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let next = -1;
      for (;;) {
        if (state === 0) {
          next = rootEdges[code]! || -1;
          break;
        }
        if (blockReady[state >> BLOCK_BITS] === 0) this.fillBlock(state >> BLOCK_BITS);
        const end = childStart[state + 1]!;
        for (let child = childStart[state]!; child < end; child++) {
          if (codes.charCodeAt(child - 1) === code) {
            next = child;
            break;
          }
        }
        if (next !== -1) {
          parent[next] = state;
          break;
        }
        state = this.failOf(state);
      }
      state = next === -1 ? 0 : next;
      if (state === 0) continue;
      let hit = terminal[state] !== -1 ? state : dictLink[state]!;
      if (hit === UNKNOWN) hit = this.dictLinkOf(state);
      while (hit !== -1) {
        onMatch(terminal[hit]!, i + 1);
        const known = dictLink[hit]!;
        hit = known !== UNKNOWN ? known : this.dictLinkOf(hit);
      }
    }
  }
}

/**
 * The trie as patterns are inserted: each state's children as a linked list (first child, next
 * sibling, code), written out breadth-first once every pattern is in.
 */
class InsertionTrie {
  private readonly first: number[] = [-1];
  private readonly next: number[] = [-1];
  private readonly code: number[] = [0];
  private readonly terminal: number[] = [-1];

  insert(pattern: string, index: number): void {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = -1;
      for (let child = this.first[state]!; child !== -1; child = this.next[child]!) {
        if (this.code[child] === code) {
          next = child;
          break;
        }
      }
      if (next === -1) {
        next = this.terminal.length;
        this.terminal.push(-1);
        this.first.push(-1);
        this.code.push(code);
        this.next.push(this.first[state]!);
        this.first[state] = next;
      }
      state = next;
    }
    if (this.terminal[state] === -1) this.terminal[state] = index;
  }

  /** The packed form: states in breadth-first order, each state's children in the order of their codes. */
  breadthFirst(): Omit<PackedAutomaton, 'patternLengths'> {
    const codes: string[] = [];
    const childCounts: string[] = [];
    const blockStarts: number[] = [];
    const terminalSteps: number[] = [];
    const terminalPatterns: number[] = [];
    const queue = [0];
    let previousBlockStart = 0;
    let previousTerminal = 0;
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      if (head % BLOCK_SIZE === 0) {
        // The next state to be queued is this state's first child (or would be).
        blockStarts.push(queue.length - previousBlockStart);
        previousBlockStart = queue.length;
      }
      if (head > 0) codes.push(String.fromCharCode(this.code[state]!));
      const children: number[] = [];
      for (let child = this.first[state]!; child !== -1; child = this.next[child]!) children.push(child);
      children.sort((a, b) => this.code[a]! - this.code[b]!);
      queue.push(...children);
      childCounts.push(String.fromCharCode(COUNT_BASE + children.length));
      if (this.terminal[state] !== -1) {
        terminalSteps.push(head - previousTerminal);
        terminalPatterns.push(this.terminal[state]!);
        previousTerminal = head;
      }
    }
    return { codes: codes.join(''), childCounts: childCounts.join(''), blockStarts, terminalSteps, terminalPatterns };
  }
}
