/**
 * Finding short pieces of a quote in a long text many times over. Approximate re-anchoring looks up some
 * 40 pieces (8–24 characters) per highlight; `indexOf` scans the whole article for each rare one, which on
 * a 20,000-word article cost more than the alignments themselves. An index of the text's 8-character
 * grams, built once per text, answers each look-up from the few places that start the same way.
 */

/** Where `needle` occurs in the text, in text order; stops once it has found more than `limit` places. */
export type FindOccurrences = (needle: string, limit: number) => number[];

/** Where `needle` occurs in `text`, at most `limit` places (more means the needle tells little). */
export function occurrences(text: string, needle: string, limit: number): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    found.push(at);
    if (found.length > limit) break;
  }
  return found;
}

/** Grams indexed: the shortest piece re-anchoring looks up. Shorter needles are scanned for. */
export const GRAM = 8;
/** Multiplier of the polynomial hash (odd, so no information is lost modulo 2^32). */
const BASE = 0x01000193;

/** Spreads the hash's bits before taking the low ones for a bucket. */
function mix(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return hash ^ (hash >>> 16);
}

/** Hash of text[at, at + GRAM): sum of code(at + i) · BASE^i, modulo 2^32. */
function gramHash(text: string, at: number): number {
  let hash = 0;
  for (let i = GRAM - 1; i >= 0; i--) hash = (Math.imul(hash, BASE) + text.charCodeAt(at + i)) | 0;
  return hash;
}

/** Grams indexed between two pauses of `indexPiecesInSteps` (a millisecond or two). */
const GRAMS_PER_STEP = 16_384;

/**
 * An index of every 8-character gram of `text` (hash buckets chaining positions in text order), and a
 * look-up that returns exactly what `occurrences(text, needle, limit)` would. Linear in the text; each
 * look-up checks only the places whose first 8 characters hash alike.
 */
export function indexPieces(text: string): FindOccurrences {
  const steps = indexPiecesInSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `indexPieces`, pausing (`yield`) every few thousand grams: a long article takes several milliseconds to index. */
export function* indexPiecesInSteps(text: string): Generator<void, FindOccurrences, void> {
  const grams = text.length - GRAM + 1;
  if (grams <= 0) return (needle, limit) => occurrences(text, needle, limit);
  let size = 1024;
  while (size < grams * 2) size *= 2;
  const mask = size - 1;
  const head = new Int32Array(size).fill(-1);
  const next = new Int32Array(grams);
  // BASE^(GRAM-1), to take the last character out of the rolling hash.
  let top = 1;
  for (let i = 1; i < GRAM; i++) top = Math.imul(top, BASE);
  // Backwards, so each bucket's chain lists its positions first to last.
  let hash = gramHash(text, grams - 1);
  for (let at = grams - 1; ; at--) {
    if (at % GRAMS_PER_STEP === 0 && at > 0) yield;
    const bucket = mix(hash) & mask;
    next[at] = head[bucket]!;
    head[bucket] = at;
    if (at === 0) break;
    hash = (Math.imul(hash - Math.imul(text.charCodeAt(at + GRAM - 1), top), BASE) + text.charCodeAt(at - 1)) | 0;
  }
  return (needle, limit) => {
    if (needle.length < GRAM) return occurrences(text, needle, limit);
    const found: number[] = [];
    for (let at = head[mix(gramHash(needle, 0)) & mask]!; at !== -1; at = next[at]!) {
      if (!text.startsWith(needle, at)) continue;
      found.push(at);
      if (found.length > limit) break;
    }
    return found;
  };
}
