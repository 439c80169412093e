import { repairPageEdits } from '../highlight/guest-text';
import { HIGHLIGHT_TAG } from '../highlight/highlight';

/** However busy a page is, it is looked at again at most this often. */
const MIN_INTERVAL_MS = 1000;
/** A page that never goes quiet (a clock, a ticker) still has a change looked at within this long. */
const MAX_WAIT_MS = 2000;

export interface PageWatcherOptions {
  doc: Document;
  /** Quiet time after the last page change before looking again. */
  settleMs: number;
  /** When the page was last looked at (`Date.now()`), so looks stay a second apart. */
  lastLook: () => number;
  /** The wait after a page change is over: time to look again. */
  onQuiet: () => void;
  /** The page rewrote or took out text we had highlighted; those highlights have stepped aside. */
  onHighlightsEdited: () => void;
}

/**
 * Follows the page's own changes: one MutationObserver over the body, a wait for the page to go quiet
 * (never longer than the maximum wait), and a way to change the page unseen, so our own changes never
 * make us look again. Where the page rewrites a text node holding highlights, our pieces step aside in
 * the observer's callback, before the page is painted.
 */
export class PageWatcher {
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest change not yet looked at happened (null: none waiting). */
  private changedSince: number | null = null;
  private stopped = false;

  constructor(private readonly options: PageWatcherOptions) {}

  start(): void {
    const Observer = this.options.doc.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => this.onMutations(records));
    this.observe();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.observer?.disconnect();
  }

  /** Runs `change` on the page without our observer seeing it. */
  withoutObserving(change: () => void): void {
    // The page's own changes not yet delivered would be dropped by disconnect(): hear them first.
    const pending = this.observer?.takeRecords() ?? [];
    if (pending.length > 0) this.onMutations(pending);
    this.observer?.disconnect();
    try {
      change();
    } finally {
      this.observer?.takeRecords();
      this.observe();
    }
  }

  /** Looks again once the page has been quiet for `delay` — or once a change has waited the maximum. */
  schedule(delay = this.options.settleMs): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    const now = Date.now();
    this.changedSince ??= now;
    const quiet = Math.min(delay, this.changedSince + MAX_WAIT_MS - now);
    const wait = Math.max(quiet, this.options.lastLook() + MIN_INTERVAL_MS - now, 0);
    this.timer = setTimeout(() => {
      this.changedSince = null;
      this.options.onQuiet();
    }, wait);
  }

  private observe(): void {
    const body = this.options.doc.body;
    if (this.observer && body && !this.stopped) this.observer.observe(body, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[]): void {
    if (repairPageEdits(this.options.doc, records, (change) => this.withoutObserving(change))) this.options.onHighlightsEdited();
    const fromPage = records.some((record) => !(record.target instanceof Element && record.target.closest(HIGHLIGHT_TAG)));
    if (fromPage) this.schedule();
  }
}
