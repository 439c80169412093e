/**
 * The article code's own lifetime in a page, in place of WXT's content-script context: that one posts
 * the extension's id to the page (`postMessage` to `*`) and obeys custom events a page can forge to
 * tear Diplomark down or clear its highlights. This one tells the page nothing and listens to nothing
 * the page can send: it notices the extension going away by asking the runtime, and a new URL by
 * reading `location` itself.
 */
export interface ScriptContextOptions {
  /** Whether the extension is still there (false once it is updated, reloaded or turned off). */
  extensionAlive: () => boolean;
  /** The page's URL now. */
  currentUrl: () => string;
  /** How often both are asked. */
  checkEveryMs?: number;
}

const CHECK_EVERY_MS = 1000;

export class ScriptContext {
  private readonly controller = new AbortController();
  private readonly locationListeners = new Set<(url: string) => void>();
  private readonly timer: ReturnType<typeof setInterval>;
  private lastUrl: string;

  constructor(private readonly options: ScriptContextOptions) {
    this.lastUrl = options.currentUrl();
    this.timer = setInterval(() => this.check(), options.checkEveryMs ?? CHECK_EVERY_MS);
  }

  /** Aborted once the extension is gone. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isValid(): boolean {
    if (!this.signal.aborted && !this.options.extensionAlive()) this.invalidate();
    return !this.signal.aborted;
  }

  /** Calls `listener` once when the extension goes away. */
  onInvalidated(listener: () => void): void {
    this.signal.addEventListener('abort', listener, { once: true });
  }

  /** Calls `listener` with the new URL after a navigation without a page load (pushState, popstate). */
  onLocationChange(listener: (url: string) => void): void {
    this.locationListeners.add(listener);
  }

  /** Looks for a new URL at once after the browser's own navigation events; forged (untrusted) ones are ignored. */
  followNavigation(win: Window): void {
    const onNavigated = (event: Event) => {
      if (event.isTrusted) this.check();
    };
    win.addEventListener('popstate', onNavigated, { signal: this.signal });
    (win as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', onNavigated, { signal: this.signal });
  }

  /** Looks for a new URL now (after a trusted navigation event); anything the page forges changes nothing, as the URL is read, not told. */
  check(): void {
    if (!this.isValid) return;
    const url = this.options.currentUrl();
    if (url === this.lastUrl) return;
    this.lastUrl = url;
    for (const listener of this.locationListeners) listener(url);
  }

  /** Ends the context: listeners of `onInvalidated` run once, timers stop. */
  invalidate(): void {
    if (this.signal.aborted) return;
    clearInterval(this.timer);
    this.locationListeners.clear();
    this.controller.abort();
  }
}
