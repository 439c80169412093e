/**
 * Time slices for long loops on the main thread (highlighting a long article, folding a large
 * collection): work runs until a slice has used its budget, then hands the thread back (input,
 * rendering, the page's own scripts) and carries on. Cancelling is the platform's: abort the
 * `AbortSignal` and the work rejects with `signal.reason` at its next slice boundary.
 */

/** Lets the page (input, rendering, its own scripts) run, then resumes. */
export type YieldToPage = () => Promise<void>;

interface SchedulerWithYield {
  yield: () => Promise<void>;
}

/**
 * `scheduler.yield()` where the browser has it (resumes ahead of other queued tasks, so a long job is
 * not starved on a busy page, and without the 4 ms clamp of nested timers), else a zero-delay timeout.
 */
export const yieldToPage: YieldToPage = () => {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
};

export interface SliceOptions {
  /** Lets the page run between slices (`scheduler.yield` or a timeout by default). */
  yieldToPage?: YieldToPage;
  /** When aborted, the work stops at its next slice boundary and rejects with `signal.reason`. */
  signal?: AbortSignal;
  /** Main-thread time one slice may take before yielding; well under the 50 ms long-task mark (0: yield after every step). */
  budgetMs?: number;
  now?: () => number;
}

/** The budget of a slice in the page, where the page's own work competes. */
export const DEFAULT_SLICE_BUDGET_MS = 12;
/** The budget of a slice over the collection in the dashboard. */
const COLLECTION_SLICE_BUDGET_MS = 10;

/**
 * True for the rejection of work stopped because `signal` was aborted: its reason, or the AbortError
 * `throwIfAborted()` throws where an abort without a reason leaves none (happy-dom).
 */
export function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  if (!signal?.aborted) return false;
  return error === signal.reason || (error instanceof Error && error.name === 'AbortError');
}

/** Hands back a `pause()` that yields when the slice budget is spent, and a `check()`; both reject once `signal` is aborted. */
export function createPauser(options: SliceOptions = {}): { pause: (force?: boolean) => Promise<void>; check: () => void } {
  const yieldNow = options.yieldToPage ?? yieldToPage;
  const now = options.now ?? (() => performance.now());
  const budget = options.budgetMs ?? DEFAULT_SLICE_BUDGET_MS;
  let sliceStart = now();
  const check = () => options.signal?.throwIfAborted();
  return {
    check,
    /** Yields if the slice is spent (or always, with `force`). */
    async pause(force = false) {
      check();
      if (!force && now() - sliceStart < budget) return;
      await yieldNow();
      check();
      sliceStart = now();
    },
  };
}

/**
 * Calls `step(from, to)` over `[0, count)` in chunks of `chunk`, yielding whenever a slice has taken
 * its budget. Resolves when every chunk is done.
 */
export async function inTimeSlices(count: number, chunk: number, step: (from: number, to: number) => void, options: SliceOptions = {}): Promise<void> {
  const { pause, check } = createPauser({ budgetMs: COLLECTION_SLICE_BUDGET_MS, ...options });
  check();
  let next = 0;
  while (next < count) {
    const end = Math.min(count, next + chunk);
    step(next, end);
    next = end;
    if (next < count) await pause();
  }
}

/** Longest wait in `yieldToRender` (a page that is not rendered, such as a background tab, draws no frame). */
const RENDER_WAIT_MS = 100;

/**
 * Lets the page render what was just changed (style, layout, paint), then resumes: for work that can follow
 * what the reader sees first. Resumes in the page's first idle time, which the browser gives after a frame
 * (nothing of ours runs in the frame's own task), or after at most `RENDER_WAIT_MS`; at once (as
 * `yieldToPage`) without a window that has idle callbacks.
 */
export function yieldToRender(win: Pick<Window, 'requestIdleCallback'> | null | undefined): Promise<void> {
  if (typeof win?.requestIdleCallback !== 'function') return yieldToPage();
  return new Promise((resolve) => win.requestIdleCallback(() => resolve(), { timeout: RENDER_WAIT_MS }));
}
