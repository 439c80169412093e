import type { Mention } from '../entities/types';
import { highlightMentionsInSlices, type SlicedHighlightOptions } from '../highlight/highlight';
import type { TextIndex } from '../highlight/text-index';

/** Articles with more highlights than this are highlighted near the viewport first, the rest as it comes near. */
export const DEFER_ABOVE_HIGHLIGHTS = 600;
/** How far outside the viewport a block is highlighted ahead of the reader (about two screens). */
const AHEAD_MARGIN = '2000px 0px';
/** Longest wait for the observer's first report before the analysis finishes without it. */
const FIRST_REPORT_WAIT_MS = 1000;

export interface NearViewportOptions extends SlicedHighlightOptions {
  /** The page's window (for IntersectionObserver); highlighting is not deferred without one. */
  win?: Window | null;
  deferAbove?: number;
}

/** What is left of a deferred highlighting: `stop()` ends it (nothing further is wrapped). */
export interface DeferredHighlights {
  stop(): void;
  /** Blocks whose highlights are still to be drawn. */
  readonly pending: number;
}

/** Strong mentions grouped by the index block they sit in, in text order. */
function byBlock(index: TextIndex, mentions: readonly Mention[]): Map<number, Mention[]> {
  const groups = new Map<number, Mention[]>();
  let block = 0;
  for (const mention of mentions) {
    if (mention.weak) continue;
    while (block + 1 < index.blockStarts.length && mention.start >= index.blockStarts[block + 1]!) block++;
    const group = groups.get(block);
    if (group) group.push(mention);
    else groups.set(block, [mention]);
  }
  return groups;
}

/**
 * Highlights `mentions` of the article's `blocks` (the blocks `index` was built from, in order). A
 * short article is highlighted whole. A long one (thousands of highlights) is highlighted where the
 * reader is — the blocks within two screens of the viewport — before this resolves, and each other
 * block when it comes within two screens (IntersectionObserver): the page then pays style and layout
 * for the highlights a reader can reach, not for 20,000 at once. Wrapping happens in time slices
 * either way. Resolves with the handle of what is still deferred (null when nothing is).
 */
export async function highlightNearViewport(
  index: TextIndex,
  mentions: readonly Mention[],
  blocks: readonly Element[],
  options: NearViewportOptions = {},
): Promise<DeferredHighlights | null> {
  const strong = mentions.filter((m) => !m.weak);
  const View = (options.win as (Window & typeof globalThis) | null | undefined)?.IntersectionObserver;
  if (strong.length <= (options.deferAbove ?? DEFER_ABOVE_HIGHLIGHTS) || !View) {
    await highlightMentionsInSlices(index, strong, options);
    return null;
  }
  const groups = byBlock(index, strong);
  const blockOf = new Map<Element, number>();
  for (const block of groups.keys()) if (blocks[block]) blockOf.set(blocks[block], block);

  // Blocks come near in bursts (a fast scroll): wrap them one burst at a time, in text order.
  let queue: number[] = [];
  let draining: Promise<void> | null = null;
  let stopped = false;
  const drain = async () => {
    while (queue.length > 0 && !stopped) {
      const batch = queue.sort((a, b) => a - b);
      queue = [];
      await highlightMentionsInSlices(index, batch.flatMap((block) => groups.get(block) ?? []), options).catch(() => undefined);
    }
    draining = null;
  };
  let firstReport!: () => void;
  const reported = new Promise<void>((resolve) => (firstReport = resolve));
  const observer = new View(
    (entries: IntersectionObserverEntry[]) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const block = blockOf.get(entry.target);
        blockOf.delete(entry.target);
        if (block !== undefined) queue.push(block);
      }
      firstReport();
      if (queue.length > 0) draining ??= drain();
    },
    { rootMargin: AHEAD_MARGIN },
  );
  for (const block of blockOf.keys()) observer.observe(block);
  if (blockOf.size === 0) firstReport();
  // The first report covers every block: what is near the viewport now is highlighted before this resolves.
  // A page that is not rendered (a background tab) reports only once shown: the analysis does not wait for
  // that longer than FIRST_REPORT_WAIT_MS, nor past a cancellation; the observer goes on either way.
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, FIRST_REPORT_WAIT_MS);
    options.signal?.addEventListener('abort', () => resolve(), { once: true });
    void reported.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
  while (draining) await draining;
  const handle: DeferredHighlights = {
    stop() {
      stopped = true;
      observer.disconnect();
      blockOf.clear();
    },
    get pending() {
      return blockOf.size;
    },
  };
  options.signal?.addEventListener('abort', () => handle.stop(), { once: true });
  if (options.signal?.aborted) handle.stop();
  return handle;
}
