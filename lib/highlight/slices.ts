/**
 * Cooperative time-slicing for work done in the page's main thread: long loops call `pause()` often,
 * and it hands the thread back to the page once the current slice has used its budget, so no task
 * the reader can feel (input, scrolling, the page's own scripts) waits long behind Diplomark.
 */

import { yieldToPage, type YieldToPage } from '../yield-to-page';

export { yieldToPage, type YieldToPage };

/** Thrown out of `pause()` when the work was cancelled (a newer analysis started, or the session stopped). */
export class Cancelled extends Error {
  constructor() {
    super('Diplomark: superseded');
    this.name = 'Cancelled';
  }
}

export interface SliceOptions {
  yieldToPage?: YieldToPage;
  /** Cancels the work at its next pause. */
  signal?: AbortSignal;
  /** Main-thread time one slice may take before yielding; well under the 50 ms long-task mark. */
  budgetMs?: number;
  now?: () => number;
}

export const DEFAULT_SLICE_BUDGET_MS = 12;

/** Hands back a `pause()` that yields when the slice budget is spent and throws `Cancelled` when aborted. */
export function createPauser(options: SliceOptions = {}): { pause: (force?: boolean) => Promise<void>; check: () => void } {
  const yieldNow = options.yieldToPage ?? yieldToPage;
  const now = options.now ?? (() => performance.now());
  const budget = options.budgetMs ?? DEFAULT_SLICE_BUDGET_MS;
  let sliceStart = now();
  const check = () => {
    if (options.signal?.aborted) throw new Cancelled();
  };
  return {
    check,
    /** Yields if the slice is spent (or always, with `force`); throws `Cancelled` if the work was cancelled. */
    async pause(force = false) {
      check();
      if (!force && now() - sliceStart < budget) return;
      await yieldNow();
      check();
      sliceStart = now();
    },
  };
}
