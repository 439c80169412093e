/**
 * Aho–Corasick multi-pattern automaton over UTF-16 code units. One pass over a text finds every
 * occurrence of every pattern, so the cost grows with the text, not with the number of patterns.
 *
 * The trie ships prebuilt over its states in breadth-first order, so that each state's children are
 * one contiguous run of states: the code leading to each state, each state's number of children, and
 * where every 64th state's children start — as strings in a generated module (`pack` /
 * `Automaton.unpack`) or as typed arrays in the knowledge base's binary file (`inStateOrder` /
 * `Automaton.fromArrays`). Opening it costs nothing per state. Everything derived is worked out when a
 * scan first needs it: where a block of 64 states' children start, and fail links, the costly part of
 * building an automaton. A page's text reaches a few thousand of the trie's states, never all of them.
 */
const CODE_SPACE = 0x10000;
/** Child counts are written as characters from here on, so the packed string stays printable. */
const COUNT_BASE = 0x30;
/** States per block whose child offsets are worked out together. */
const BLOCK_BITS = 6;
const BLOCK_SIZE = 1 << BLOCK_BITS;

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

/** The automaton as typed arrays, the form a binary file holds: opening it copies nothing. */
export interface AutomatonArrays {
  /** The code unit leading to each state but the root (at index state - 1), breadth-first. */
  codes: Uint16Array;
  /** Each state's number of children. */
  childCounts: Uint16Array;
  /** The first child of every 64th state. */
  blockStarts: Int32Array;
  /** The state where each pattern ends, by pattern index (0 for a pattern given twice or empty). */
  terminalStates: Int32Array;
  /** The length of each pattern, by pattern index. */
  patternLengths: Uint16Array | Int32Array;
}

/** A string of UTF-16 code units from an array of them, in slices (the argument list has a limit). */
function codeString(codes: ArrayLike<number>, offset = 0): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) {
    const slice = Array.from({ length: Math.min(8192, codes.length - i) }, (_, j) => codes[i + j]! + offset);
    out += String.fromCharCode(...slice);
  }
  return out;
}

function stringCodes(text: string, offset = 0): Uint16Array {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i) - offset;
  return codes;
}

/** Running sums of steps (the packed form stores ascending numbers as steps). */
function runningSums(steps: readonly number[]): Int32Array {
  const sums = new Int32Array(steps.length);
  let sum = 0;
  steps.forEach((step, i) => (sums[i] = sum += step));
  return sums;
}

function steps(values: ArrayLike<number>): number[] {
  const out: number[] = [];
  let previous = 0;
  for (let i = 0; i < values.length; i++) {
    out.push(values[i]! - previous);
    previous = values[i]!;
  }
  return out;
}

export class Automaton {
  /** Length of each pattern, by pattern index. */
  readonly patternLengths: Uint16Array | Int32Array;
  private readonly codes: Uint16Array;
  private readonly childCounts: Uint16Array;
  private readonly blockStarts: Int32Array;
  // The arrays below are made on the first scan, not on open: a base that is opened and not yet used
  // (or used once) pays for nothing it does not reach.
  /** The children of state s are childStart[s] … childStart[s + 1] - 1, once s's block is ready. */
  private childStart!: Int32Array;
  private blockReady!: Uint8Array;
  /** The root's children by code unit (0 = none: the root is never a child). */
  private readonly rootEdges: Int32Array;
  // The per-state arrays below start as zeros, which the allocator hands out without a pass over them
  // (a large base opens in no time), so each holds its value plus an offset: 0 means "none" or "not
  // worked out yet".
  /** Per state: the pattern ending exactly here, plus 1 (0: none). */
  private readonly terminal: Int32Array;
  /** Per state: its parent plus 1, noted whenever a transition reaches it (0 until then). */
  private parent!: Int32Array;
  /** Per state: the longest proper suffix state that is also a prefix of some pattern, plus 1 (0: unknown). */
  private fail!: Int32Array;
  /** Per state: the nearest state along fail links where a pattern ends, plus 2 (1: none, 0: unknown). */
  private dictLink!: Int32Array;
  private prepared = false;

  private constructor(arrays: AutomatonArrays) {
    const states = arrays.childCounts.length;
    const blocks = (states + BLOCK_SIZE - 1) >> BLOCK_BITS;
    if (arrays.codes.length !== states - 1 || arrays.blockStarts.length !== blocks) {
      throw new Error('automaton: codes, child counts and blocks disagree');
    }
    if (arrays.terminalStates.length !== arrays.patternLengths.length) throw new Error('automaton: terminal states and patterns disagree');
    this.codes = arrays.codes;
    this.childCounts = arrays.childCounts;
    this.patternLengths = arrays.patternLengths;
    this.blockStarts = arrays.blockStarts;

    this.terminal = new Int32Array(states);
    const terminalStates = arrays.terminalStates;
    for (let pattern = 0; pattern < terminalStates.length; pattern++) {
      const state = terminalStates[pattern]!;
      if (state === 0) continue;
      if (state < 0 || state >= states) throw new Error('automaton: a terminal state is out of range');
      // A pattern given twice keeps its first index.
      if (this.terminal[state] === 0) this.terminal[state] = pattern + 1;
    }

    this.rootEdges = new Int32Array(CODE_SPACE);
    const rootChildren = states > 0 ? this.childCounts[0]! : 0;
    for (let child = 1; child <= rootChildren; child++) this.rootEdges[this.codes[child - 1]!] = child;
  }

  /** Makes the per-state arrays that scans fill in as they go. */
  private prepare(): void {
    const states = this.terminal.length;
    this.childStart = new Int32Array(states + 1);
    this.blockReady = new Uint8Array((states + BLOCK_SIZE - 1) >> BLOCK_BITS);
    this.parent = new Int32Array(states);
    const rootChildren = states > 0 ? this.childCounts[0]! : 0;
    for (let child = 1; child <= rootChildren; child++) this.parent[child] = 1;
    this.fail = new Int32Array(states);
    this.fail[0] = 1;
    this.dictLink = new Int32Array(states);
    this.dictLink[0] = 1;
    this.prepared = true;
  }

  /** Builds the automaton. Duplicate patterns keep the first index; empty patterns are ignored. */
  static build(patterns: readonly string[]): Automaton {
    const trie = new InsertionTrie();
    const terminalStates = new Int32Array(patterns.length);
    patterns.forEach((pattern, index) => (terminalStates[index] = trie.insert(pattern)));
    const { codes, childCounts, blockStarts, stateOf } = trie.breadthFirst();
    return new Automaton({
      codes,
      childCounts,
      blockStarts,
      terminalStates: terminalStates.map((state) => stateOf[state]!),
      patternLengths: Int32Array.from(patterns, (p) => p.length),
    });
  }

  /** Opens an automaton from `pack`'s output. */
  static unpack(packed: PackedAutomaton): Automaton {
    const numbered = packed.terminalPatterns;
    if (numbered ? numbered.length !== packed.terminalSteps.length : packed.terminalSteps.length !== packed.patternLengths.length) {
      throw new Error('automaton: terminal states and patterns disagree');
    }
    const states = runningSums(packed.terminalSteps);
    const terminalStates = new Int32Array(packed.patternLengths.length);
    states.forEach((state, k) => {
      const pattern = numbered ? numbered[k]! : k;
      if (pattern < 0 || pattern >= terminalStates.length) throw new Error('automaton: a terminal pattern is out of range');
      terminalStates[pattern] = state;
    });
    return new Automaton({
      codes: stringCodes(packed.codes),
      childCounts: stringCodes(packed.childCounts, COUNT_BASE),
      blockStarts: runningSums(packed.blockStarts),
      terminalStates,
      patternLengths: Int32Array.from(packed.patternLengths),
    });
  }

  /** Opens an automaton from typed arrays (`inStateOrder`'s, or a binary file's), without copying them. */
  static fromArrays(arrays: AutomatonArrays): Automaton {
    return new Automaton(arrays);
  }

  /** The automaton as plain data, for a generated module; `Automaton.unpack` reverses it. */
  pack(): PackedAutomaton {
    const terminalStates: number[] = [];
    const terminalPatterns: number[] = [];
    for (let state = 0; state < this.terminal.length; state++) {
      if (this.terminal[state] !== 0) {
        terminalStates.push(state);
        terminalPatterns.push(this.terminal[state]! - 1);
      }
    }
    return {
      codes: codeString(this.codes),
      childCounts: codeString(this.childCounts, COUNT_BASE),
      blockStarts: steps(this.blockStarts),
      terminalSteps: steps(terminalStates),
      terminalPatterns,
      patternLengths: [...this.patternLengths],
    };
  }

  /**
   * The automaton as typed arrays with its patterns renumbered in state order; `order[k]` is the
   * pattern index that becomes k. Callers that keep data by pattern index reorder it the same way.
   */
  inStateOrder(): { arrays: AutomatonArrays; order: number[] } {
    const order: number[] = [];
    for (let state = 0; state < this.terminal.length; state++) if (this.terminal[state] !== 0) order.push(this.terminal[state]! - 1);
    if (order.length !== this.patternLengths.length) throw new Error('automaton: every pattern needs a state of its own to renumber');
    const terminalStates = new Int32Array(order.length);
    let k = 0;
    for (let state = 0; state < this.terminal.length; state++) if (this.terminal[state] !== 0) terminalStates[k++] = state;
    return {
      arrays: {
        codes: this.codes,
        childCounts: this.childCounts,
        blockStarts: this.blockStarts,
        terminalStates,
        patternLengths: Uint16Array.from(order, (pattern) => this.patternLengths[pattern]!),
      },
      order,
    };
  }

  /**
   * The automaton as plain data with its patterns renumbered in state order, which spares the
   * pattern-per-state list; `order[k]` is the pattern index that becomes k.
   */
  packInStateOrder(): { packed: PackedAutomaton; order: number[] } {
    const { arrays, order } = this.inStateOrder();
    const { terminalPatterns: _numbered, ...packed } = this.pack();
    return { packed: { ...packed, terminalSteps: steps(arrays.terminalStates), patternLengths: [...arrays.patternLengths] }, order };
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
      start += this.childCounts[state]!;
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
      if (this.codes[child - 1] === code) {
        this.parent[child] = state + 1;
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
    if (noted !== 0) return noted - 1;
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
    this.parent[state] = parent + 1;
    return parent;
  }

  /** The state's fail link, worked out (and kept) on first use from its parent's. */
  private failOf(state: number): number {
    const known = this.fail[state]!;
    if (known !== 0) return known - 1;
    const parent = this.parentOf(state);
    let suffix = 0;
    if (parent !== 0) {
      const code = this.codes[state - 1]!;
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
    this.fail[state] = suffix + 1;
    return suffix;
  }

  /** The nearest state along fail links where a pattern ends, or -1; worked out on first use. */
  private dictLinkOf(state: number): number {
    const known = this.dictLink[state]!;
    if (known !== 0) return known - 2;
    const suffix = this.failOf(state);
    const link = this.terminal[suffix] !== 0 ? suffix : this.dictLinkOf(suffix);
    this.dictLink[state] = link + 2;
    return link;
  }

  /**
   * Calls `onMatch(patternIndex, end)` for every occurrence; `end` is exclusive. The transition
   * (`step`) and link lookups are written out here with arrays in locals: this loop runs once per
   * character, mostly before the engine has optimised it.
   */
  scan(text: string, onMatch: (patternIndex: number, end: number) => void): void {
    if (!this.prepared) this.prepare();
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
          if (codes[child - 1] === code) {
            next = child;
            break;
          }
        }
        if (next !== -1) {
          parent[next] = state + 1;
          break;
        }
        state = this.failOf(state);
      }
      state = next === -1 ? 0 : next;
      if (state === 0) continue;
      let hit = terminal[state] !== 0 ? state : dictLink[state]! - 2;
      if (hit === -2) hit = this.dictLinkOf(state);
      while (hit !== -1) {
        onMatch(terminal[hit]! - 1, i + 1);
        const known = dictLink[hit]!;
        hit = known !== 0 ? known - 2 : this.dictLinkOf(hit);
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

  /** Inserts a pattern; returns the state where it ends (0 for an empty pattern). */
  insert(pattern: string): number {
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
        next = this.code.length;
        this.first.push(-1);
        this.code.push(code);
        this.next.push(this.first[state]!);
        this.first[state] = next;
      }
      state = next;
    }
    return state;
  }

  /** States in breadth-first order, each state's children in the order of their codes; `stateOf` maps insertion states to them. */
  breadthFirst(): { codes: Uint16Array; childCounts: Uint16Array; blockStarts: Int32Array; stateOf: Int32Array } {
    const states = this.code.length;
    const codes = new Uint16Array(Math.max(0, states - 1));
    const childCounts = new Uint16Array(states);
    const blockStarts = new Int32Array((states + BLOCK_SIZE - 1) >> BLOCK_BITS);
    const stateOf = new Int32Array(states);
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      stateOf[state] = head;
      // The next state to be queued is this state's first child (or would be).
      if (head % BLOCK_SIZE === 0) blockStarts[head >> BLOCK_BITS] = queue.length;
      if (head > 0) codes[head - 1] = this.code[state]!;
      const children: number[] = [];
      for (let child = this.first[state]!; child !== -1; child = this.next[child]!) children.push(child);
      children.sort((a, b) => this.code[a]! - this.code[b]!);
      queue.push(...children);
      childCounts[head] = children.length;
    }
    return { codes, childCounts, blockStarts, stateOf };
  }
}
