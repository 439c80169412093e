import type { Gazetteer } from '../entities/gazetteer';
import { recognise } from '../entities/recognise';
import type { Mention } from '../entities/types';

/** Texts up to this long are recognised in one go (a few milliseconds); longer ones in slices of it. */
export const SLICE_CHARACTERS = 8_000;
/** Each slice reads this far past its end, so a name cut by the slice boundary is still found whole. */
const OVERLAP_CHARACTERS = 240;

export interface RecogniseInSlicesOptions {
  /** Called between slices: yields to the page when the time slice is spent, throws when cancelled. */
  pause?: () => Promise<void>;
  sliceCharacters?: number;
}

/** Slice ends: positions of white space at or after every `size` characters (never inside a word). */
function sliceEnds(text: string, size: number): number[] {
  const ends: number[] = [];
  let from = size;
  while (from < text.length) {
    let end = from;
    while (end < text.length && !/\s/.test(text.charAt(end))) end++;
    if (end >= text.length) break;
    ends.push(end);
    from = end + size;
  }
  ends.push(text.length);
  return ends;
}

/**
 * Recognises each slice of `text` with `lead` put before it, and returns the mentions found in the
 * slices themselves, in text offsets. A mention that starts in a slice is kept whole (the slice reads a
 * little past its end); one overlapping a mention kept from the slice before is dropped.
 */
async function recogniseSlices(
  text: string,
  gazetteer: Gazetteer,
  ends: readonly number[],
  leadFor: (sliceStart: number) => string,
  pause: () => Promise<void>,
): Promise<Mention[]> {
  const mentions: Mention[] = [];
  let start = 0;
  let reach = 0;
  for (const end of ends) {
    await pause();
    const lead = leadFor(start);
    const prefix = lead ? `${lead}\n\n` : '';
    const found = recognise(prefix + text.slice(start, Math.min(text.length, end + OVERLAP_CHARACTERS)), gazetteer);
    for (const mention of found) {
      const at = mention.start - prefix.length + start;
      if (mention.start < prefix.length || at >= end || at < reach) continue;
      mentions.push({ ...mention, start: at, end: mention.end - prefix.length + start });
      reach = mention.end - prefix.length + start;
    }
    start = end;
  }
  return mentions;
}

/**
 * `recognise` for long texts in slices of main-thread work. Recognition reads the whole article for its
 * context (which countries it is about, which people it names in full, so that "Yoon" or a generic
 * phrase resolves), so a slice alone could resolve differently: a first pass finds the entities of every
 * slice, and the second recognises each slice after a lead naming them — the entities named before the
 * slice last, nearest to it, the way a surname prefers the nearest full name before it. Short texts go
 * through `recognise` unchanged.
 */
export async function recogniseInSlices(text: string, gazetteer: Gazetteer, options: RecogniseInSlicesOptions = {}): Promise<Mention[]> {
  const size = options.sliceCharacters ?? SLICE_CHARACTERS;
  const pause = options.pause ?? (async () => {});
  if (text.length <= size) return recognise(text, gazetteer);
  const ends = sliceEnds(text, size);
  const alone = await recogniseSlices(text, gazetteer, ends, () => '', pause);

  // Where each entity is first and last named, and its canonical name.
  const seen = new Map<string, { first: number; last: number; name: string }>();
  for (const mention of alone) {
    if (mention.weak) continue;
    const entity = gazetteer.get(mention.entityId);
    if (!entity) continue;
    const entry = seen.get(entity.id);
    if (entry) entry.last = mention.start;
    else seen.set(entity.id, { first: mention.start, last: mention.start, name: entity.name });
  }
  const leadFor = (sliceStart: number): string => {
    const later: string[] = [];
    const earlier: { name: string; last: number }[] = [];
    for (const { first, last, name } of seen.values()) {
      if (first < sliceStart) earlier.push({ name, last: Math.min(last, sliceStart) });
      else later.push(name);
    }
    earlier.sort((a, b) => a.last - b.last);
    // Later names first, earlier ones after them, the nearest last: what the slice's own text names still comes nearer.
    return [...later, ...earlier.map((e) => e.name)].join('.\n');
  };
  return recogniseSlices(text, gazetteer, ends, leadFor, pause);
}
