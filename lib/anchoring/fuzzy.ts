/**
 * Approximate matching for re-anchoring: where does a quote sit in a text that was edited since?
 * Seeds (exact pieces of the quote and of its context) propose places; each place is checked by an
 * edit-distance alignment restricted to a band of diagonals, so the cost is proportional to the quote
 * length times the errors allowed, never to the whole text.
 */
import { occurrences, type FindOccurrences } from './piece-index';

export interface ApproximateMatch {
  start: number;
  end: number;
  /** Edits (insertions, deletions, substitutions) between the quote and text[start, end). */
  errors: number;
}

/** Characters of the stored suffix compared after each possible end of an approximate match. */
const SUFFIX_CHECK = 8;
/** Ends costing at most this many more edits than the best are weighed by the suffix too (which can make up as much). */
const END_SLACK = SUFFIX_CHECK;

/**
 * Best semi-global alignment of `pattern` against `text` for a match starting near `expectedStart`
 * (within `maxErrors` either side; exactly there with `fixedStart`) with at most `maxErrors` edits.
 * Among ends of near-equal cost, the one followed by text most like `suffix` wins. Null when none.
 */
export function alignNear(
  text: string,
  pattern: string,
  expectedStart: number,
  maxErrors: number,
  suffix = '',
  { fixedStart = false }: { fixedStart?: boolean } = {},
): ApproximateMatch | null {
  const m = pattern.length;
  if (m === 0) return null;
  const k = Math.max(0, Math.floor(maxErrors));
  const windowStart = fixedStart ? expectedStart : Math.max(0, expectedStart - k);
  const windowEnd = Math.min(text.length, expectedStart + m + k);
  const n = windowEnd - windowStart;
  if (n <= 0 || n < m - k) return null;
  // Cell (i, j): pattern[0, i) aligned to end at window position j, stored by diagonal d = j - i.
  const lowDiagonal = -k;
  const highDiagonal = Math.min(n, 3 * k);
  const width = highDiagonal - lowDiagonal + 1;
  const INF = 1 << 29;
  // One column more than the band, always INF: the cell up and to the right of the last column.
  let previous = new Int32Array(width + 1).fill(INF);
  let current = new Int32Array(width + 1).fill(INF);
  let previousStart = new Int32Array(width + 1);
  let currentStart = new Int32Array(width + 1);
  for (let c = 0; c < width; c++) {
    const j = c + lowDiagonal;
    // A free start costs nothing wherever it is; a fixed one pays for each text character skipped.
    previous[c] = j >= 0 && j <= n ? (fixedStart ? j : 0) : INF;
    previousStart[c] = j;
  }
  // Row i holds the cells with 0 <= j <= n: columns `first` to `last`. Columns left of `first` are
  // never written (they stay INF); those right of `last` are never read again.
  let first = 0;
  let last = width - 1;
  for (let i = 1; i <= m; i++) {
    const patternCode = pattern.charCodeAt(i - 1);
    first = Math.max(0, k - i);
    last = Math.min(width - 1, n - i + k);
    let rowMin = INF;
    let c = first;
    if (k - i >= 0) {
      // j = 0: the whole pattern so far against no text.
      current[c] = i;
      currentStart[c] = 0;
      rowMin = i;
      c++;
    }
    // Text position of column c, minus one: windowStart + j - 1 with j = i + c + lowDiagonal.
    const textOffset = windowStart + i + lowDiagonal - 1;
    for (; c <= last; c++) {
      let best = previous[c]! + (patternCode === text.charCodeAt(textOffset + c) ? 0 : 1);
      let start = previousStart[c]!;
      const up = previous[c + 1]! + 1;
      if (up < best) {
        best = up;
        start = previousStart[c + 1]!;
      }
      if (c > first) {
        const left = current[c - 1]! + 1;
        if (left < best) {
          best = left;
          start = currentStart[c - 1]!;
        }
      }
      current[c] = best;
      currentStart[c] = start;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > k) return null;
    [previous, current] = [current, previous];
    [previousStart, currentStart] = [currentStart, previousStart];
  }
  // Several ends may cost about the same (a changed last word can be dropped or matched): the text
  // that follows the quote then decides, so the match does not stop short of its stored suffix.
  let fewest = INF;
  for (let c = first; c <= last; c++) fewest = Math.min(fewest, previous[c]!);
  const follow = suffix.slice(0, SUFFIX_CHECK);
  let found: ApproximateMatch | null = null;
  let foundCost = INF;
  for (let c = first; c <= last; c++) {
    const errors = previous[c]!;
    if (errors > k || errors > fewest + END_SLACK) continue;
    const start = windowStart + previousStart[c]!;
    const end = windowStart + m + c + lowDiagonal;
    const cost = errors + (follow ? editDistance(follow, text.slice(end, end + follow.length)) : 0);
    const better =
      !found ||
      cost < foundCost ||
      (cost === foundCost && Math.abs(start - expectedStart) < Math.abs(found.start - expectedStart));
    if (better) {
      found = { start, end, errors };
      foundCost = cost;
    }
  }
  return found;
}

function reversed(value: string): string {
  return value.split('').reverse().join('');
}

/**
 * Moves the start of an approximate match to where the quote's own first words are, when several
 * starts cost about the same (a word inserted right after the first one): aligns the quote backwards
 * from the match's end, and lets the stored prefix decide between near-equal starts.
 */
export function refineStart(text: string, pattern: string, match: ApproximateMatch, maxErrors: number, prefix: string): ApproximateMatch {
  // Room for the start to move back by `maxErrors`, and for the prefix to be compared before it.
  const from = Math.max(0, match.start - maxErrors - SUFFIX_CHECK);
  const back = alignNear(reversed(text.slice(from, match.end)), reversed(pattern), 0, maxErrors, reversed(prefix), { fixedStart: true });
  if (!back) return match;
  return { start: match.end - back.end, end: match.end, errors: back.errors };
}

/** Plain edit distance, for short strings (context of a quote). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length || !b.length) return a.length + b.length;
  let previous = new Int32Array(b.length + 1).map((_, j) => j);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j - 1]! + (code === b.charCodeAt(j - 1) ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

const MIN_PIECE = 8;
const MAX_PIECE = 24;
const PIECE_OCCURRENCE_LIMIT = 24;

/**
 * Likely start positions of `quote` in `text`: by pigeonhole, a quote with at most `maxErrors` edits
 * keeps one of `maxErrors + 1` disjoint pieces intact. Pieces of the context vote too (a reworded
 * quote between intact context). Candidates within `maxErrors` of each other count as one place.
 * Returned with the best supported first. `find` looks pieces up (an index of the text when many
 * quotes are anchored in it; `indexOf` by default).
 */
export function candidateStarts(
  text: string,
  quote: string,
  prefix: string,
  suffix: string,
  maxErrors: number,
  limit = 8,
  find: FindOccurrences = (needle, most) => occurrences(text, needle, most),
): number[] {
  const votes: number[] = [];
  const pieceLength = Math.min(MAX_PIECE, Math.max(MIN_PIECE, Math.floor(quote.length / (maxErrors + 1))));
  const vote = (needle: string, shift: number) => {
    const places = find(needle, PIECE_OCCURRENCE_LIMIT);
    if (places.length > PIECE_OCCURRENCE_LIMIT) return;
    for (const at of places) votes.push(at + shift);
  };
  if (quote.length >= MIN_PIECE) {
    for (let offset = 0; offset + pieceLength <= quote.length; offset += pieceLength) vote(quote.slice(offset, offset + pieceLength), -offset);
    const tail = quote.length - pieceLength;
    if (tail % pieceLength !== 0) vote(quote.slice(tail), -tail);
  } else {
    vote(quote, 0);
  }
  const contextPiece = Math.min(16, MAX_PIECE);
  if (prefix.length >= MIN_PIECE) vote(prefix.slice(-contextPiece), Math.min(contextPiece, prefix.length));
  if (suffix.length >= MIN_PIECE) vote(suffix.slice(0, contextPiece), -quote.length);
  if (!votes.length) return [];
  votes.sort((a, b) => a - b);
  // Votes within `maxErrors` of a cluster's first vote join it (no chaining, so a cluster stays narrow);
  // its median vote is the place to check, robust to a stray vote at either edge.
  const clusters: number[][] = [];
  const spread = Math.max(2, maxErrors);
  for (const start of votes) {
    const last = clusters.at(-1);
    if (last && start - last[0]! <= spread) last.push(start);
    else clusters.push([start]);
  }
  return clusters
    .sort((a, b) => b.length - a.length)
    .slice(0, limit)
    .map((cluster) => Math.max(0, cluster[Math.floor(cluster.length / 2)]!));
}
