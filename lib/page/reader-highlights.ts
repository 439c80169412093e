import { anchorAll, anchorAllInSlices, anchorSelectors, type AnchorReport } from '../anchoring/anchor';
import { READER_HIGHLIGHT_IDS_ATTRIBUTE, READER_HIGHLIGHT_TAG, offsetsToRange, rangeToOffsets, unwrapReaderHighlights, wrapReaderHighlights } from '../anchoring/dom';
import { describeRange } from '../anchoring/selectors';
import { buildClippingDraft, type PageAnalysis } from '../article/analyse';
import { createPauser, isAbort, type YieldToPage } from '../time-slices';
import { indexBlocks, indexBlocksInSlices, type TextIndex } from '../highlight/text-index';
import type { PageClipping, ReaderHighlightRequest, ReaderHighlightResponse } from '../messaging/contract';
import type { ReaderHighlight } from '../store/types';
import type { ReaderHighlightItem, ReaderHighlightListProps } from './in-page-views';
import { trustedOnly, type EventFilter } from './ui-host';

/** What the content script gives the reader-highlight part of a page session. */
export interface ReaderHighlightsOptions {
  /** Sends a request to the background and resolves with its answer (lib/messaging/client.ts). */
  send: (message: ReaderHighlightRequest) => Promise<ReaderHighlightResponse>;
  /** Styles for the list of the reader's highlights, added to the shadow root. */
  css: string;
  /** Quiet time after the selection last changed before the Highlight button follows it. */
  selectionSettleMs?: number;
  /** Makes the id of a new highlight (random by default). */
  newId?: () => string;
  /** Lets the page run between slices of re-anchoring (`scheduler.yield` or a timeout by default). */
  yieldToPage?: YieldToPage;
  /** Main-thread time one slice of re-anchoring may take before the page is let in (see lib/time-slices.ts). */
  sliceBudgetMs?: number;
}

/**
 * A random UUID (v4) from `getRandomValues`: `crypto.randomUUID` exists only in secure contexts, and
 * content scripts also run on plain-http pages.
 */
export function randomHighlightId(random: Crypto = crypto): string {
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The collaborators a ReaderHighlights works with, handed in by whoever owns it. */
export interface ReaderHighlightParts {
  /** Changes the page without the page watcher seeing them. */
  pageChanges: { withoutObserving(change: () => void): void };
  /** Where the list of the reader's highlights is drawn (nothing while there is no in-page UI). */
  ui: { renderReaderHighlights(props: ReaderHighlightListProps | null): void };
  /** Told when a highlight saved the article too (creating its clipping or refreshing it). */
  saves?: { markSaved(created: boolean): void };
  /** Which events count as the reader's (trusted ones only by default): a page script's click opens no note. */
  acceptEvent?: EventFilter;
}

/** The live article's text index and where its body starts (after the headline). */
type LiveIndex = { index: TextIndex; bodyStart: number };

export type HighlightResult = { ok: true; id: string } | { ok: false; error: string };

const SELECTION_SETTLE_MS = 150;
/** Times the highlights are anchored again when the article's text changed while they were being anchored. */
const MAX_ANCHOR_ATTEMPTS = 3;
/** How long a selection that has since collapsed still counts for a highlight command. */
const RECENT_SELECTION_MS = 30_000;

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /context invalidated/i.test(message)
    ? 'Diplomark was updated or turned off. Reload the page to keep highlights.'
    : `Could not reach Diplomark: ${message}`;
}

/**
 * The reader's own highlights and notes in one page: shows the saved ones re-anchored in the live
 * article (and lists those that could not be found), turns a selection into a highlight, and lets the
 * reader edit or delete notes. Lives inside a PageSession, which calls `refresh` after each analysis.
 */
export class ReaderHighlights {
  private analysis: PageAnalysis | null = null;
  private clipping: PageClipping | null = null;
  private items: ReaderHighlightItem[] = [];
  private selection: { start: number; end: number; top: number; left: number } | null = null;
  private editing: string | null = null;
  private open = false;
  private message: string | null = null;
  private generation = 0;
  private selectionTimer: ReturnType<typeof setTimeout> | undefined;
  /** The reader's last non-empty selection and when it was made (a copy, so it outlives the selection). */
  private lastRange: { range: Range; at: number } | null = null;
  private readonly listeners = new AbortController();
  /** Re-anchoring under way, if any: aborting it cancels it at its next slice, before it wraps anything. */
  private showing: AbortController | null = null;
  /** Fetches and re-anchoring runs not yet settled, for `idle()`. */
  private readonly busy = new Set<Promise<unknown>>();

  constructor(
    private readonly doc: Document,
    private readonly options: ReaderHighlightsOptions,
    private readonly parts: ReaderHighlightParts,
  ) {
    const { signal } = this.listeners;
    doc.addEventListener('selectionchange', () => this.onSelectionChange(), { signal });
    const accept = parts.acceptEvent ?? trustedOnly;
    doc.addEventListener('click', (event) => accept(event) && this.onClick(event), { signal });
  }

  /**
   * A new analysis of the page: show the highlights of the page's clipping — the one that came with the
   * recognition, or else fetched.
   */
  refresh(analysis: PageAnalysis): void {
    const generation = ++this.generation;
    this.analysis = analysis;
    const canonicalUrl = analysis.article?.meta.canonicalUrl;
    if (!canonicalUrl || analysis.clipping !== undefined) {
      this.clipping = canonicalUrl ? (analysis.clipping ?? null) : null;
      void this.show();
      return;
    }
    const fetched = this.options
      .send({ type: 'content→background:get-clipping-for-page', canonicalUrl })
      .then((response) => {
        if (generation !== this.generation) return;
        if (response.ok && 'clipping' in response) this.clipping = response.clipping;
        return this.show();
      })
      .catch(() => undefined); // no background (extension reloaded): nothing to show
    this.track(fetched);
  }

  /** Resolves once no fetch or re-anchoring is under way (for tests and the page session). */
  async idle(): Promise<void> {
    while (this.busy.size) await Promise.allSettled([...this.busy]);
  }

  private track(work: Promise<unknown>): void {
    this.busy.add(work);
    const done = () => this.busy.delete(work);
    work.then(done, done);
  }

  /** Takes the reader's highlights out of the page (before the session re-analyses or stops). */
  clear(): void {
    this.generation++;
    this.cancelShow();
    this.selection = null;
    if (this.doc.body?.querySelector(READER_HIGHLIGHT_TAG)) this.parts.pageChanges.withoutObserving(() => unwrapReaderHighlights(this.doc.body));
  }

  stop(): void {
    clearTimeout(this.selectionTimer);
    this.listeners.abort();
    this.clear();
    this.parts.ui.renderReaderHighlights(null);
  }

  /** Highlights the page's current selection (inside the article) and opens its note editor if asked. */
  async highlightSelection({ openEditor = false }: { openEditor?: boolean } = {}): Promise<HighlightResult> {
    const range = this.doc.getSelection()?.rangeCount ? this.doc.getSelection()!.getRangeAt(0) : null;
    const recent = this.lastRange && Date.now() - this.lastRange.at < RECENT_SELECTION_MS ? this.lastRange.range : null;
    const offsets =
      (range && !range.collapsed ? this.offsetsOf(range) : null) ?? this.selection ?? (recent && !recent.collapsed ? this.offsetsOf(recent) : null);
    this.lastRange = null;
    return this.highlight(offsets, openEditor);
  }

  private async highlight(offsets: { start: number; end: number } | null, openEditor: boolean): Promise<HighlightResult> {
    const fail = (error: string): HighlightResult => {
      this.message = error;
      this.render();
      return { ok: false, error };
    };
    const live = this.liveIndex();
    const draft = this.analysis ? buildClippingDraft(this.analysis) : null;
    if (!live || !draft) return fail('Diplomark found no article on this page to highlight.');
    if (!offsets) return fail('Select some of the article’s text to highlight it.');
    const liveSelectors = describeRange(live.index.text, offsets.start, offsets.end);
    const anchor = liveSelectors ? anchorSelectors(draft.text, { selectors: liveSelectors }, { positionShift: -live.bodyStart }) : null;
    const selectors = anchor ? describeRange(draft.text, anchor.start, anchor.end) : null;
    if (!selectors) return fail('Only the article’s text can be highlighted (not its headline or the page around it).');
    this.selection = null;
    try {
      const id = (this.options.newId ?? randomHighlightId)();
      const response = await this.options.send({ type: 'content→background:add-reader-highlight', id, draft, selectors, note: '' });
      if (!response.ok) return fail(response.error);
      if (!('clipping' in response) || !response.highlightId) return fail('Unexpected answer from Diplomark.');
      this.clipping = response.clipping;
      this.message = null;
      this.parts.saves?.markSaved(response.created ?? false);
      if (openEditor) {
        this.editing = response.highlightId;
        this.open = true;
      }
      this.doc.getSelection()?.removeAllRanges();
      await this.show();
      return { ok: true, id: response.highlightId };
    } catch (error) {
      return fail(describeError(error));
    }
  }

  private async change(id: string, note: string | null): Promise<void> {
    const canonicalUrl = this.clipping?.canonicalUrl;
    if (!canonicalUrl) return;
    try {
      const response = await this.options.send(
        note === null
          ? { type: 'content→background:delete-reader-highlight', canonicalUrl, id }
          : { type: 'content→background:update-reader-highlight', canonicalUrl, id, note },
      );
      if (!response.ok) {
        this.message = response.error;
      } else if ('clipping' in response) {
        this.clipping = response.clipping;
        this.message = null;
        this.editing = null;
      }
    } catch (error) {
      this.message = describeError(error);
    }
    await this.show();
  }

  /** The article's blocks still in the page, headline first (as entity highlighting reads them); null when there is no article. */
  private articleBlocks(): Element[] | null {
    const article = this.analysis?.article;
    if (!article || !article.blocks.length) return null;
    const blocks = article.headline ? [article.headline, ...article.blocks] : article.blocks;
    return blocks.filter((block) => block.isConnected);
  }

  /** Where the article's body starts in `index` (after the headline). */
  private withBodyStart(index: TextIndex): LiveIndex {
    const bodyStart = this.analysis?.article?.headline ? (index.blockStarts[1] ?? index.text.length) : 0;
    return { index, bodyStart };
  }

  /** The live article text and where the body starts. */
  private liveIndex(): LiveIndex | null {
    const blocks = this.articleBlocks();
    return blocks ? this.withBodyStart(indexBlocks(blocks)) : null;
  }

  /** `liveIndex` with `pause()` between blocks (a long article takes tens of milliseconds to index). */
  private async liveIndexInSlices(pause: () => Promise<void>): Promise<LiveIndex | null> {
    const blocks = this.articleBlocks();
    return blocks ? this.withBodyStart(await indexBlocksInSlices(blocks, pause)) : null;
  }

  private offsetsOf(range: Range): { start: number; end: number } | null {
    const live = this.liveIndex();
    return live ? rangeToOffsets(live.index, range) : null;
  }

  /**
   * Re-anchors the clipping's highlights in the live article, wraps them, and renders the list. Anchoring
   * runs in time slices (hundreds of highlights in an edited article take longer than one task may);
   * the page changes in one task at the end. Showing again, `clear()` or `stop()` cancels a run under
   * way, which then changes nothing. Resolves once shown or cancelled.
   */
  private show(): Promise<void> {
    this.cancelShow();
    const run = new AbortController();
    this.showing = run;
    const shown = this.showInSlices(run.signal).then(
      () => {
        if (this.showing === run) this.showing = null;
      },
      (error: unknown) => {
        if (!isAbort(error, run.signal)) throw error;
      },
    );
    this.track(shown);
    return shown;
  }

  private cancelShow(): void {
    this.showing?.abort();
    this.showing = null;
  }

  private async showInSlices(signal: AbortSignal): Promise<void> {
    const highlights = this.clipping?.highlights ?? [];
    const { pause, check } = createPauser({ signal, yieldToPage: this.options.yieldToPage, budgetMs: this.options.sliceBudgetMs });
    const placed = highlights.length ? await this.anchorInSlices(highlights, pause) : null;
    check();
    // Re-wrapping replaces text nodes, which would drop the reader's selection: keep it by its offsets. Only
    // when the page changes: reading the selection makes the browser lay the page out at once, and just
    // after the entity highlights, most pages (no reader highlights) would pay for that layout here.
    const changesPage = placed !== null || this.doc.body?.querySelector(READER_HIGHLIGHT_TAG) != null;
    const selection = changesPage ? this.doc.getSelection() : null;
    const range = selection?.rangeCount && !selection.isCollapsed ? selection.getRangeAt(0) : null;
    const selected = range ? (placed ? rangeToOffsets(placed.live.index, range) : this.offsetsOf(range)) : null;
    // No article: every highlight is listed as not found.
    const report = placed?.report ?? { anchored: [], unanchored: highlights.map((item) => ({ item, quote: item.selectors[0].exact, prefix: item.selectors[0].prefix, suffix: item.selectors[0].suffix })) };
    if (changesPage) this.parts.pageChanges.withoutObserving(() => {
      if (placed) {
        wrapReaderHighlights(
          placed.live.index,
          report.anchored.map(({ item, start, end }) => ({ id: item.id, start, end, hasNote: item.note.trim() !== '' })),
        );
      } else if (this.doc.body) {
        unwrapReaderHighlights(this.doc.body);
      }
      const after = selected ? this.liveIndex() : null;
      const restored = after && selected ? offsetsToRange(after.index, selected.start, selected.end) : null;
      if (restored && selection) {
        selection.removeAllRanges();
        selection.addRange(restored);
      }
    });
    this.items = [
      ...report.anchored.map(({ item, method }) => ({ id: item.id, quote: item.selectors[0].exact, note: item.note, found: true as const, method })),
      ...report.unanchored.map(({ item, quote, prefix, suffix }) => ({ id: item.id, quote, note: item.note, found: false as const, prefix, suffix })),
    ];
    if (this.items.some((item) => !item.found)) this.open = true;
    // A list of hundreds of highlights takes a while to draw: in a task of its own when this slice is spent.
    await pause();
    this.render();
  }

  /**
   * Anchors `highlights` in the live article in slices and returns them with an index of the article's
   * text nodes as they are now, ready to wrap in (null when there is no article). The reader's old
   * highlights stay in the page while anchoring runs and are taken out at the end (wrapping needs the
   * text nodes they split merged back). Should the page change the article meanwhile, it starts again;
   * after a few tries, it anchors in one task, as before slicing.
   */
  private async anchorInSlices(highlights: readonly ReaderHighlight[], pause: () => Promise<void>): Promise<{ live: LiveIndex; report: AnchorReport<ReaderHighlight> } | null> {
    const blocks = this.articleBlocks();
    if (!blocks) return null;
    let changes = 0;
    const Observer = this.doc.defaultView?.MutationObserver ?? MutationObserver;
    const watcher = new Observer((records) => (changes += records.length));
    for (const block of blocks) watcher.observe(block, { childList: true, subtree: true, characterData: true });
    const changed = () => changes + watcher.takeRecords().length > 0;
    const unwrapOld = () => {
      this.parts.pageChanges.withoutObserving(() => unwrapReaderHighlights(this.doc.body));
      watcher.takeRecords(); // our own change
    };
    try {
      let anchored: { text: string; bodyStart: number; report: AnchorReport<ReaderHighlight> } | null = null;
      for (let attempt = 1; attempt <= MAX_ANCHOR_ATTEMPTS; attempt++) {
        changes = 0;
        watcher.takeRecords();
        let live = await this.liveIndexInSlices(pause);
        if (!live) return null;
        if (!anchored || anchored.text !== live.index.text || anchored.bodyStart !== live.bodyStart) {
          const report = await anchorAllInSlices(live.index.text, highlights, { positionShift: live.bodyStart, pause });
          anchored = { text: live.index.text, bodyStart: live.bodyStart, report };
        }
        if (this.doc.body?.querySelector(READER_HIGHLIGHT_TAG)) {
          await pause();
          if (changed()) continue;
          unwrapOld();
          live = await this.liveIndexInSlices(pause);
          if (!live) return null;
        }
        // Wrapping follows in this slice if its budget allows, else in a task of its own.
        await pause();
        if (!changed() && live.index.text === anchored.text && live.bodyStart === anchored.bodyStart) return { live, report: anchored.report };
      }
      // The page keeps changing the article: anchor it as it is now, in this task.
      if (this.doc.body) unwrapOld();
      const live = this.liveIndex();
      return live && { live, report: anchorAll(live.index.text, highlights, { positionShift: live.bodyStart }) };
    } finally {
      watcher.disconnect();
    }
  }

  private onSelectionChange(): void {
    // Remember the reader's last selection at once: a shortcut or context-menu command may arrive after
    // the page has moved focus and collapsed it (the browser returning focus to our panel, say).
    const current = this.doc.getSelection();
    const range = current && current.rangeCount && !current.isCollapsed ? current.getRangeAt(0) : null;
    // Only selections in the page's own text count, not focus moving into our shadow-root panel.
    if (range && this.doc.body?.contains(range.commonAncestorContainer)) this.lastRange = { range: range.cloneRange(), at: Date.now() };
    clearTimeout(this.selectionTimer);
    this.selectionTimer = setTimeout(() => {
      const selection = this.doc.getSelection();
      const range = selection && selection.rangeCount && !selection.isCollapsed ? selection.getRangeAt(0) : null;
      const offsets = range ? this.offsetsOf(range) : null;
      const had = this.selection !== null;
      if (range && offsets) {
        const rect = range.getBoundingClientRect();
        const width = this.doc.defaultView?.innerWidth ?? 1024;
        this.selection = { ...offsets, top: Math.max(8, rect.top - 40), left: Math.max(8, Math.min(rect.left, width - 220)) };
      } else {
        this.selection = null;
      }
      if (had || this.selection) this.render();
    }, this.options.selectionSettleMs ?? SELECTION_SETTLE_MS);
  }

  private onClick(event: Event): void {
    const mark = event.target instanceof Element ? event.target.closest(READER_HIGHLIGHT_TAG) : null;
    const id = mark?.getAttribute(READER_HIGHLIGHT_IDS_ATTRIBUTE)?.split(' ').at(-1);
    if (!id || !this.doc.getSelection()?.isCollapsed) return;
    this.open = true;
    this.editing = id;
    this.render();
  }

  private render(): void {
    // Nothing to show (most pages: no highlights of the reader's, no selection): no layer is drawn or styled.
    if (!this.selection && this.items.length === 0 && !this.message) {
      this.parts.ui.renderReaderHighlights(null);
      return;
    }
    this.parts.ui.renderReaderHighlights({
      selection: this.selection ? { top: this.selection.top, left: this.selection.left } : null,
      items: this.items,
      open: this.open,
      editing: this.editing,
      message: this.message,
      onHighlight: (withNote: boolean) => {
        const offsets = this.selection;
        void this.highlight(offsets, withNote);
      },
      onToggle: () => {
        this.open = !this.open;
        this.render();
      },
      onEdit: (id: string | null) => {
        this.editing = id;
        this.render();
      },
      onSaveNote: (id: string, note: string) => void this.change(id, note),
      onDelete: (id: string) => void this.change(id, null),
      onDismissMessage: () => {
        this.message = null;
        this.render();
      },
    });
  }
}
