/** Lets the page (input, rendering, its own scripts) run, then resumes. */
export type YieldToPage = () => Promise<void>;

interface SchedulerWithYield {
  yield: () => Promise<void>;
}

/**
 * `scheduler.yield()` where the browser has it (resumes ahead of other queued tasks, so a long job is
 * not starved on a busy page, and without the 4 ms clamp of nested timers), else a zero-delay timeout.
 * Shared by the page's time slices (lib/highlight/slices.ts) and the dashboard's (lib/store/time-slices.ts).
 */
export const yieldToPage: YieldToPage = () => {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
};
