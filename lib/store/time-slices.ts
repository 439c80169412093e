import { yieldToPage } from '../yield-to-page';

/**
 * Long loops over the whole collection (search index, facet counts) run in time slices so that the
 * page never stops answering for more than a slice: after about `sliceMs` of work they yield to the
 * event loop (input, rendering) and carry on. A newer build aborts an older one through `signal`, so a
 * stale result never arrives after a fresh one.
 */
export interface SliceOptions {
  /** Work per slice before yielding, in ms (default 10; 0 yields after every chunk). */
  sliceMs?: number;
  /** Lets the event loop run; resolves when the work may continue. */
  yieldNow?: () => Promise<void>;
  /** When aborted, the work stops at the next yield and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** True for the rejection a slice loop gives when its signal was aborted. */
export function isAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted && error === signal.reason;
}

/**
 * Calls `step(from, to)` over `[0, count)` in chunks of `chunk`, yielding whenever a slice has taken
 * `sliceMs`. Resolves when every chunk is done.
 */
export async function inTimeSlices(
  count: number,
  chunk: number,
  step: (from: number, to: number) => void,
  { sliceMs = 10, yieldNow = yieldToPage, signal }: SliceOptions = {},
): Promise<void> {
  signal?.throwIfAborted();
  let next = 0;
  while (next < count) {
    const started = performance.now();
    do {
      const end = Math.min(count, next + chunk);
      step(next, end);
      next = end;
    } while (next < count && performance.now() - started < sliceMs);
    if (next < count) {
      await yieldNow();
      signal?.throwIfAborted();
    }
  }
}
