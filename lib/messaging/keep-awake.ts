/**
 * Keeps the background from being stopped for idleness while it works on an answer.
 *
 * Firefox runs the background as an event page and stops it after a spell of quiet
 * (`extensions.background.idle.timeout`, 30 s by default). A page's message waking it counts as activity, but the
 * answer it is working on does not: on a slow or busy machine, inflating the knowledge base and recognising a
 * long article could outlast the idle time, and the page would get "Receiving end does not exist" instead of an
 * answer. A call into the browser's extension API does count as activity (in Chrome too), so while an answer is
 * pending the background makes a cheap one every `intervalMs`; none at all when the answer comes first.
 */
export function keepAwakeWhile<T>(work: Promise<T>, touch: () => Promise<unknown>, intervalMs = KEEP_AWAKE_INTERVAL_MS): Promise<T> {
  const timer = setInterval(() => void touch().catch(() => undefined), intervalMs);
  return work.finally(() => clearInterval(timer));
}

/** Well under any idle time a browser uses (Firefox's shortest in practice is the tests' 1 s). */
export const KEEP_AWAKE_INTERVAL_MS = 250;
