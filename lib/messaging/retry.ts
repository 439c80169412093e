/** The background service worker was stopped (or was starting) while the message was under way. */
const WORKER_GONE = /message channel closed|receiving end does not exist/i;

/**
 * Sends a message whose effect is idempotent (saving: one clipping per canonical URL, merged; adding a
 * reader highlight: by the id the page chose) once more if the browser stopped the service worker
 * mid-way: its transaction either committed or left nothing behind, so a second send is always safe.
 * Other errors are passed on.
 */
export async function sendWithOneRetry<T>(send: () => Promise<unknown>, pauseMs = 150): Promise<T> {
  try {
    return (await send()) as T;
  } catch (error) {
    if (!(error instanceof Error && WORKER_GONE.test(error.message))) throw error;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    return (await send()) as T;
  }
}
