/**
 * Counts writes per tab in a sliding window, so that a page which keeps asking to save (a new
 * canonical URL on every pushState, say) cannot fill the reader's storage. A reader saving or
 * highlighting by hand stays far below the limit.
 */
export class TabRateLimiter {
  private readonly recent = new Map<number, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  /** Counts one write for `tabId`; false (and nothing counted) when the tab has reached the limit. */
  take(tabId: number): boolean {
    const now = this.clock();
    const inWindow = (this.recent.get(tabId) ?? []).filter((at) => now - at < this.windowMs);
    if (inWindow.length >= this.limit) {
      this.recent.set(tabId, inWindow);
      return false;
    }
    inWindow.push(now);
    this.recent.set(tabId, inWindow);
    return true;
  }

  /** Forgets a closed tab. */
  forget(tabId: number): void {
    this.recent.delete(tabId);
  }
}

/**
 * The entities of the article each tab shows, as the background learnt them (from the tab's analysed
 * article, its saved clipping, or a draft it sent). The hover card's "in N saved clippings" is answered
 * only for these: what the reader can see in that tab anyway, never a probe of the whole collection.
 */
export class TabArticleEntities {
  private readonly byTab = new Map<number, { page: string; ids: Set<string> }>();

  /** Records entities named by the article at `pageUrl` in `tabId`; a new page replaces the old one's. */
  remember(tabId: number, pageUrl: string, entityIds: Iterable<string>): void {
    const page = withoutFragment(pageUrl);
    const current = this.byTab.get(tabId);
    const ids = current && current.page === page ? current.ids : new Set<string>();
    for (const id of entityIds) ids.add(id);
    this.byTab.set(tabId, { page, ids });
  }

  /** Whether the article shown at `pageUrl` in `tabId` names `entityId`. */
  names(tabId: number, pageUrl: string, entityId: string): boolean {
    const current = this.byTab.get(tabId);
    return !!current && current.page === withoutFragment(pageUrl) && current.ids.has(entityId);
  }

  forget(tabId: number): void {
    this.byTab.delete(tabId);
  }
}

function withoutFragment(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}
