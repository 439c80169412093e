import { act } from 'preact/test-utils';

/** Waits, flushing Preact, until `check` passes (liveQuery and sliced work answer asynchronously). */
export async function eventually(check: () => void, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }
}
