import type { TextPositionSelector, TextQuoteSelector } from '../store/types';
import { alignNear, candidateStarts, editDistance, refineStart } from './fuzzy';
import { indexPiecesInSteps, occurrences, type FindOccurrences } from './piece-index';

/** How a highlight was found again: at its old position, by its exact quote, or approximately. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 1 for an exact quote; lower as the quote found differs from the one stored. */
  score: number;
}

export interface AnchorOptions {
  /** Added to the stored position before it is used: e.g. the length of a headline that precedes the stored text. */
  positionShift?: number;
  /** Share of the quote's characters that may differ for a fuzzy match. */
  maxErrorRate?: number;
}

/** Passages with more than this share of edits are not "the same passage" any more. */
const MAX_ERROR_RATE = 0.25;
/** Errors allowed in one alignment, so the cost of a very long passage stays bounded. */
const MAX_ERRORS = 160;
/** Quotes shorter than this are found approximately only where their context agrees. */
const SHORT_QUOTE = 40;
const EXACT_OCCURRENCE_LIMIT = 500;

interface Selectors {
  selectors: readonly [TextQuoteSelector, TextPositionSelector] | readonly (TextQuoteSelector | TextPositionSelector)[];
}

function quoteOf(item: Selectors): TextQuoteSelector | undefined {
  return item.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

function positionOf(item: Selectors): TextPositionSelector | undefined {
  return item.selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

/** How well the text around [start, end) agrees with the stored prefix and suffix: 0 (not at all) to 1. */
export function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const total = prefix.length + suffix.length;
  if (total === 0) return 1;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  return 1 - (editDistance(prefix, before) + editDistance(suffix, after)) / total;
}

function nearness(start: number, expected: number, length: number): number {
  return 1 - Math.min(1, Math.abs(start - expected) / Math.max(1, length));
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const isWordAt = (text: string, i: number) => i >= 0 && i < text.length && WORD_CHARACTER.test(text.charAt(i));
/** How far an approximate match's edges may move to reach a word boundary. */
const MAX_SNAP = 24;

/**
 * An approximate match can end inside a word when the quote's last word was changed ("offici" for
 * "officially"). When the quote itself began and ended on whole words, the match's edges are moved
 * to the nearest word boundary, and white space at the edges is left out.
 */
function snapToWords(text: string, start: number, end: number, quote: string): { start: number; end: number } {
  if (isWordAt(quote, 0)) {
    for (let moved = 0; moved < MAX_SNAP && isWordAt(text, start - 1) && isWordAt(text, start); moved++) start--;
    while (start < end && /\s/.test(text.charAt(start))) start++;
  }
  if (isWordAt(quote, quote.length - 1)) {
    for (let moved = 0; moved < MAX_SNAP && isWordAt(text, end - 1) && isWordAt(text, end); moved++) end++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  }
  return { start, end };
}

/**
 * Finds a stored highlight in `text`: the old position if the quote and its context are still there,
 * else the exact quote (the occurrence whose context and position agree best), else the closest
 * approximate match of the quote within the error budget. Null when the passage is gone.
 */
export function anchorSelectors(text: string, item: Selectors, options: AnchorOptions = {}): Anchor | null {
  return finish(anchorSteps(text, item, options, { find: (needle, limit) => occurrences(text, needle, limit) }));
}

/**
 * `anchorSelectors` for many items in the same text: the pieces approximate matching looks up are
 * found through an index of the text, built the first time one is needed and shared by every item.
 * Gives exactly what `anchorSelectors` gives.
 */
export function createAnchorer(text: string, options: AnchorOptions = {}): (item: Selectors) => Anchor | null {
  const steps = createAnchorSteps(text, options);
  return (item) => finish(steps(item));
}

/** Anchoring of one item, step by step: see `anchorSteps`. */
type AnchorSteps = Generator<void, Anchor | null, void>;

/** `createAnchorer`, giving each item's anchoring as steps to run one at a time. */
function createAnchorSteps(text: string, options: AnchorOptions): (item: Selectors) => AnchorSteps {
  let index: FindOccurrences | null = null;
  let building: Generator<void, FindOccurrences, void> | null = null;
  const pieces: Pieces = {
    *prepare() {
      building ??= indexPiecesInSteps(text);
      while (!index) {
        const step = building.next();
        if (step.done) index = step.value;
        else yield;
      }
    },
    find: (needle, limit) => index!(needle, limit),
  };
  return (item) => anchorSteps(text, item, options, pieces);
}

/** How an approximate search finds pieces of the quote in the text: `prepare` first (steps building an index, say), then `find`. */
interface Pieces {
  prepare?: () => Generator<void, void, void>;
  find: FindOccurrences;
}

/** Runs every step at once. */
function finish(steps: AnchorSteps): Anchor | null {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The search `anchorSelectors` describes, pausing (`yield`) before the approximate search and before
 * each place it tries: an approximate match of a long quote in a long text can take several
 * milliseconds (tens in a page whose code is not yet optimised), more than a time slice should.
 */
function* anchorSteps(text: string, item: Selectors, options: AnchorOptions, pieces: Pieces): AnchorSteps {
  const quote = quoteOf(item);
  if (!quote || !quote.exact) return null;
  const { exact, prefix, suffix } = quote;
  const position = positionOf(item);
  const expected = Math.max(0, (position?.start ?? 0) + (options.positionShift ?? 0));

  if (position && text.startsWith(exact, expected) && contextScore(text, expected, expected + exact.length, prefix, suffix) === 1) {
    return { start: expected, end: expected + exact.length, method: 'position', score: 1 };
  }

  const exactPlaces = occurrences(text, exact, EXACT_OCCURRENCE_LIMIT);
  if (exactPlaces.length) {
    let best = exactPlaces[0]!;
    let bestScore = -1;
    for (const at of exactPlaces) {
      const score = contextScore(text, at, at + exact.length, prefix, suffix) * 0.8 + nearness(at, expected, text.length) * 0.2;
      if (score > bestScore) [best, bestScore] = [at, score];
    }
    return { start: best, end: best + exact.length, method: 'quote', score: 1 };
  }

  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * (options.maxErrorRate ?? MAX_ERROR_RATE)));
  if (maxErrors === 0) return null;
  yield;
  if (pieces.prepare) yield* pieces.prepare();
  const candidates = candidateStarts(text, exact, prefix, suffix, maxErrors, undefined, pieces.find);
  if (position) candidates.push(Math.min(expected, text.length));
  let found: Anchor | null = null;
  let foundRank = -1;
  const seen = new Set<number>();
  for (const candidate of candidates) {
    yield;
    const forward = alignNear(text, exact, candidate, maxErrors, suffix);
    const match = forward && refineStart(text, exact, forward, maxErrors, prefix);
    if (!match || seen.has(match.start)) continue;
    seen.add(match.start);
    const quoteScore = 1 - match.errors / exact.length;
    const context = contextScore(text, match.start, match.end, prefix, suffix);
    if (exact.length < SHORT_QUOTE && context < 0.5) continue;
    const rank = quoteScore * 0.7 + context * 0.2 + nearness(match.start, expected, text.length) * 0.1;
    if (rank > foundRank) {
      found = { ...snapToWords(text, match.start, match.end, exact), method: 'fuzzy', score: quoteScore };
      foundRank = rank;
    }
  }
  return found;
}

export interface AnchoredItem<T> extends Anchor {
  item: T;
}

/** A highlight that could not be found: kept, with what the reader needs to recognise it. */
export interface UnanchoredItem<T> {
  item: T;
  quote: string;
  prefix: string;
  suffix: string;
}

export interface AnchorReport<T> {
  /** In text order. */
  anchored: AnchoredItem<T>[];
  /** In the order given. */
  unanchored: UnanchoredItem<T>[];
}

/** Anchors every item in `text`; each one ends up in exactly one of the two lists. */
export function anchorAll<T extends Selectors>(text: string, items: readonly T[], options: AnchorOptions = {}): AnchorReport<T> {
  const anchor = createAnchorer(text, options);
  return reportOf(items, items.map(anchor));
}

export interface AnchorInSlicesOptions extends AnchorOptions {
  /**
   * Called before each item and between the steps of an approximate search: yields to the page once
   * the time slice is spent, and throws to cancel (see `createPauser` in lib/highlight/slices.ts).
   */
  pause: () => Promise<void>;
}

/**
 * `anchorAll` as a series of main-thread slices: `pause()` before each item, and within an approximate
 * search before each place it tries, so a page with hundreds of saved highlights (a few milliseconds
 * each when the article was edited) never blocks the reader for long. Same report as `anchorAll`;
 * whatever `pause` throws (cancellation) ends it.
 */
export async function anchorAllInSlices<T extends Selectors>(text: string, items: readonly T[], options: AnchorInSlicesOptions): Promise<AnchorReport<T>> {
  const stepsOf = createAnchorSteps(text, options);
  const anchors: (Anchor | null)[] = [];
  for (const item of items) {
    const steps = stepsOf(item);
    for (;;) {
      await options.pause();
      const step = steps.next();
      if (step.done) {
        anchors.push(step.value);
        break;
      }
    }
  }
  return reportOf(items, anchors);
}

/** Sorts items into found (in text order) and not found (in the order given), by their anchors. */
function reportOf<T extends Selectors>(items: readonly T[], anchors: readonly (Anchor | null)[]): AnchorReport<T> {
  const anchored: AnchoredItem<T>[] = [];
  const unanchored: UnanchoredItem<T>[] = [];
  items.forEach((item, i) => {
    const anchor = anchors[i];
    if (anchor) anchored.push({ item, ...anchor });
    else {
      const quote = quoteOf(item);
      unanchored.push({ item, quote: quote?.exact ?? '', prefix: quote?.prefix ?? '', suffix: quote?.suffix ?? '' });
    }
  });
  anchored.sort((a, b) => a.start - b.start || a.end - b.end);
  return { anchored, unanchored };
}
