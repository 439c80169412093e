import { h, render } from 'preact';
import { InPageLayer } from '../../components/InPageLayer';
import type { SaveState } from '../../components/InPageToolbar';
import { buildClippingDraft, type PageAnalysis } from '../article/analyse';
import type { EntityKind } from '../entities/types';
import { ENTITY_ATTRIBUTE, HIGHLIGHT_TAG, KIND_ATTRIBUTE, removeHighlights, removeHighlightsInSlices } from '../highlight/highlight';
import { Cancelled, yieldToPage as defaultYieldToPage, type YieldToPage } from '../highlight/slices';
import type { SaveClippingResponse } from '../messaging/contract';
import type { ClippingDraft } from '../store/types';
import { analysePageInSteps, type RecogniseText } from './analyse-in-steps';
import { highlightNearViewport, type DeferredHighlights } from './highlight-near-viewport';
import { ReaderHighlights, type ReaderNotesOptions } from './reader-highlights';
import { createUiHost, type UiHost } from './ui-host';

/** Root attribute naming the verdict once analysis of a page (or SPA view) is done. */
export const VERDICT_ATTRIBUTE = 'data-diplomark';
const HIDDEN_ATTRIBUTE = 'data-diplomark-hidden';
/** Root attribute listing the kinds turned off in the legend (space-separated); CSS hides them, nothing is re-wrapped. */
const HIDDEN_KINDS_ATTRIBUTE = 'data-diplomark-hidden-kinds';

export interface PageSessionOptions {
  doc: Document;
  /** Recognises the article's text where recognition runs (the background); called once per analysis of a page with an article. */
  recogniseText: RecogniseText;
  /** Sends a clipping to be stored; resolves with the background's answer. */
  saveDraft: (draft: ClippingDraft) => Promise<SaveClippingResponse>;
  /** Styles for the shadow-root UI. */
  css: string;
  /** Quiet time after the last page mutation before looking again. */
  settleMs?: number;
  /** The reader's own highlights and notes (lib/page/reader-highlights.ts); off when absent. */
  readerNotes?: ReaderNotesOptions;
  /** How long work lets the page run between its time slices (tests pass a synchronous-looking one). */
  yieldToPage?: YieldToPage;
  /** How many saved clippings name an entity (asked of the background); the card omits the line when absent. */
  countSavedClippings?: (entityId: string) => Promise<number>;
}

const SETTLE_MS = 400;
/** However busy a page is, it is looked at again at most this often. */
const MIN_INTERVAL_MS = 1000;
const CARD_HIDE_DELAY_MS = 250;
/** Text added inside the article that makes it worth analysing again (a paragraph, not a timestamp). */
const LATE_TEXT_CHARACTERS = 80;

/** The nearest element containing every one of `elements`, or null when there are none. */
function commonAncestor(elements: readonly Element[]): Element | null {
  let ancestor: Element | null = elements[0]?.parentElement ?? null;
  for (const element of elements) {
    while (ancestor && !ancestor.contains(element)) ancestor = ancestor.parentElement;
  }
  return ancestor;
}

/**
 * Diplomark in one page: analyses it, highlights the article, shows the toolbar and hover cards,
 * saves clippings, and follows the page as it changes (late content, SPA navigation). One `stop()`
 * undoes everything.
 */
export class PageSession {
  private readonly doc: Document;
  private readonly options: PageSessionOptions;
  private analysis: PageAnalysis | null = null;
  private ui: UiHost | null = null;
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private cardTimer: ReturnType<typeof setTimeout> | undefined;
  private lastRun = 0;
  private lastBodyLength = 0;
  private forced = false;
  private highlightsShown = true;
  private collapsed = false;
  private saveState: SaveState = { status: 'idle' };
  private card: { entityId: string; position: { top: number; left: number } } | null = null;
  private readonly listeners = new AbortController();
  private stopped = false;
  private readerHighlights: ReaderHighlights | null = null;
  /** The analysis under way, if any; aborting it cancels it at its next time slice. */
  private inFlight: AbortController | null = null;
  private readonly hiddenKinds = new Set<EntityKind>();
  /** The element holding the analysed article (its <article> or <main> when it has one), and its text length then. */
  private articleRoot: Element | null = null;
  private articleRootLength = 0;
  /** Saved-clipping counts by entity id, as the background answered (null: asked, no answer). */
  private readonly savedCounts = new Map<string, number | null>();
  /** Highlights of a long article still to be drawn as the reader nears them. */
  private deferred: DeferredHighlights | null = null;

  constructor(options: PageSessionOptions) {
    this.options = options;
    this.doc = options.doc;
  }

  /** Analyses the page now and starts following its changes. */
  start(): void {
    const notes = this.options.readerNotes;
    this.readerHighlights = notes
      ? new ReaderHighlights(this.doc, notes, {
          mutate: (change) => this.withoutObserving(change),
          shadowRoot: () => this.ui?.host.shadowRoot ?? null,
          draft: () => (this.analysis ? buildClippingDraft(this.analysis) : null),
          onSaved: (created) => this.setSaveState({ status: 'saved', created }),
        })
      : null;
    void this.runAnalysis();
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observe();
    const { signal } = this.listeners;
    this.doc.addEventListener('mouseover', (event) => this.onPointerOver(event), { signal, passive: true });
    this.doc.addEventListener('mouseout', (event) => this.onPointerOut(event), { signal, passive: true });
    this.doc.addEventListener('focusin', (event) => this.onPointerOver(event), { signal });
    this.doc.addEventListener('focusout', (event) => this.onFocusOut(event as FocusEvent), { signal });
    this.doc.addEventListener('keydown', (event) => this.onKeyDown(event as KeyboardEvent), { signal });
  }

  /** The reader's highlights and notes in this page, when turned on. */
  get readerNotes(): ReaderHighlights | null {
    return this.readerHighlights;
  }

  /** The current analysis, for tests and the popup. */
  get current(): PageAnalysis | null {
    return this.analysis;
  }

  /** The reader asked for highlights on this page even if it is not an article. */
  async analyseNow(): Promise<PageAnalysis | null> {
    this.forced = true;
    await this.runAnalysis();
    return this.analysis;
  }

  /** Resolves once no analysis is under way (for tests and the popup). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** The URL changed without a page load (pushState, popstate): drop the old view at once. */
  onLocationChange(): void {
    this.cancelInFlight();
    this.clearHighlights();
    this.doc.documentElement.removeAttribute(VERDICT_ATTRIBUTE);
    this.analysis = null;
    this.forced = false;
    this.saveState = { status: 'idle' };
    this.card = null;
    this.renderUi();
    this.schedule(this.options.settleMs ?? SETTLE_MS);
  }

  /** Saves the current article as a clipping. */
  async save(): Promise<SaveClippingResponse> {
    const draft = this.analysis ? buildClippingDraft(this.analysis) : null;
    if (!draft) {
      const response: SaveClippingResponse = { ok: false, error: 'Diplomark found no article on this page to save.' };
      this.setSaveState({ status: 'error', message: response.error });
      return response;
    }
    this.setSaveState({ status: 'saving' });
    let response: SaveClippingResponse;
    try {
      response = await this.options.saveDraft(draft);
    } catch (error) {
      const message = error instanceof Error && /context invalidated/i.test(error.message)
        ? 'Diplomark was updated or turned off. Reload the page to save this article.'
        : `Could not reach Diplomark to save: ${error instanceof Error ? error.message : String(error)}`;
      response = { ok: false, error: message };
    }
    if (response.ok) this.savedCounts.clear(); // this article now counts too
    this.setSaveState(response.ok ? { status: 'saved', created: response.created } : { status: 'error', message: response.error });
    return response;
  }

  /** Removes every trace of Diplomark from the page. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.cancelInFlight();
    clearTimeout(this.timer);
    clearTimeout(this.cardTimer);
    this.observer?.disconnect();
    this.listeners.abort();
    this.readerHighlights?.stop();
    this.clearHighlights();
    if (this.ui) {
      render(null, this.ui.mount);
      this.ui.remove();
      this.ui = null;
    }
    this.doc.documentElement.removeAttribute(VERDICT_ATTRIBUTE);
    this.doc.documentElement.removeAttribute(HIDDEN_ATTRIBUTE);
    this.doc.documentElement.removeAttribute(HIDDEN_KINDS_ATTRIBUTE);
  }

  private observe(): void {
    if (this.observer && this.doc.body && !this.stopped) {
      this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    }
  }

  /** Runs `change` on the page without our observer seeing it. */
  private withoutObserving(change: () => void): void {
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

  private clearHighlights(): void {
    this.deferred?.stop();
    this.deferred = null;
    if (!this.doc.body) return;
    this.readerHighlights?.clear();
    this.withoutObserving(() => removeHighlights(this.doc.body));
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    const wait = Math.max(delay, this.lastRun + MIN_INTERVAL_MS - Date.now());
    this.timer = setTimeout(() => this.maybeReanalyse(), wait);
  }

  private onMutations(records: MutationRecord[]): void {
    const fromPage = records.some((record) => !(record.target instanceof Element && record.target.closest(HIGHLIGHT_TAG)));
    if (fromPage) this.schedule(this.options.settleMs ?? SETTLE_MS);
  }

  /** Looks again only when the article is gone, moved or clearly changed — not on every page tick. */
  private maybeReanalyse(): void {
    const urlChanged = this.analysis !== null && this.analysis.url !== this.doc.location?.href;
    // An analysis under way sees the page as it is now; look again after it, unless the view itself changed.
    if (this.inFlight && !urlChanged) {
      this.schedule(this.options.settleMs ?? SETTLE_MS);
      return;
    }
    const article = this.analysis?.article;
    const bodyLength = this.doc.body?.textContent?.length ?? 0;
    const grewOrShrank = Math.abs(bodyLength - this.lastBodyLength) > Math.max(200, this.lastBodyLength * 0.25);
    const articleGone = article ? article.blocks.some((block) => !block.isConnected) : this.analysis === null;
    // Late paragraphs, infinite scroll: the article's own container holds more text. A clock or a rotating ad does not add up.
    const root = this.articleRoot;
    const articleGrew = root !== null && root.isConnected && (root.textContent?.length ?? 0) - this.articleRootLength >= LATE_TEXT_CHARACTERS;
    if (urlChanged || articleGone || grewOrShrank || articleGrew) void this.runAnalysis();
  }

  private cancelInFlight(): void {
    this.inFlight?.abort();
    this.inFlight = null;
  }

  /** The analysis under way, so `idle()` can wait for it. */
  private running: Promise<void> | null = null;

  /**
   * Analyses the page and highlights the article in time slices (no long main-thread task on long
   * pages). A newer analysis, a URL change or `stop()` cancels this one between slices; the verdict
   * attribute is set only once everything is done.
   */
  private runAnalysis(): Promise<void> {
    if (this.stopped || !this.doc.body) return Promise.resolve();
    this.cancelInFlight();
    const run = new AbortController();
    this.inFlight = run;
    const done = this.analyseAndHighlight(run.signal).then(
      () => undefined,
      (error: unknown) => {
        // A cancelled run leaves its partial highlights to whoever cancelled it, who clears them.
        if (!(error instanceof Cancelled)) throw error;
      },
    ).finally(() => {
      if (this.inFlight === run) this.inFlight = null;
      if (this.running === done) this.running = null;
    });
    this.running = done;
    return done;
  }

  private async analyseAndHighlight(signal: AbortSignal): Promise<void> {
    const yieldToPage = this.options.yieldToPage ?? defaultYieldToPage;
    this.lastRun = Date.now();
    this.lastBodyLength = this.doc.body.textContent?.length ?? 0;
    const started = performance.now();
    // The last analysis's highlights go first (in slices: a long article may hold thousands), so the page is read as served.
    this.readerHighlights?.clear();
    this.deferred?.stop();
    this.deferred = null;
    const sliced = { signal, yieldToPage, applySlice: (change: () => void) => this.withoutObserving(change) };
    await removeHighlightsInSlices(this.doc.body, sliced);
    const analysis = await analysePageInSteps(this.doc, this.options.recogniseText, { force: this.forced, signal, yieldToPage });
    const analysed = performance.now();
    // Timings on the page's performance timeline, read by the benchmarks and tests (one 'analyse' per analysis).
    performance.measure('diplomark:analyse', { start: started, end: analysed });
    if (signal.aborted || this.stopped) throw new Cancelled();
    this.analysis = analysis;
    const blocksRoot = analysis.article ? commonAncestor(analysis.article.blocks) : null;
    this.articleRoot = blocksRoot?.closest('article, main, [role="main"]') ?? blocksRoot;
    this.articleRootLength = this.articleRoot?.textContent?.length ?? 0;
    const highlight = analysis.verdict !== 'none' || this.forced;
    if (highlight && analysis.index) {
      const article = analysis.article!;
      const blocks = article.headline ? [article.headline, ...article.blocks] : article.blocks;
      this.deferred = await highlightNearViewport(analysis.index, analysis.mentions, blocks, { ...sliced, win: this.doc.defaultView });
    }
    performance.measure('diplomark:highlight', { start: analysed, end: performance.now() });
    if (signal.aborted || this.stopped) throw new Cancelled();
    this.doc.documentElement.setAttribute(VERDICT_ATTRIBUTE, analysis.verdict);
    if (analysis.verdict !== 'none' || this.forced) this.saveState = { status: 'idle' };
    this.renderUi();
    // After entity highlighting is complete: reader highlights wrap the same text with a fresh index.
    this.readerHighlights?.refresh(analysis);
  }

  private setSaveState(state: SaveState): void {
    this.saveState = state;
    this.renderUi();
  }

  private kindCounts(): Partial<Record<EntityKind, number>> {
    const counts: Partial<Record<EntityKind, number>> = {};
    for (const mention of this.analysis?.mentions ?? []) {
      if (!mention.weak) counts[mention.kind] = (counts[mention.kind] ?? 0) + 1;
    }
    return counts;
  }

  private renderUi(): void {
    if (this.stopped) return;
    const analysis = this.analysis;
    const showToolbar = analysis !== null && analysis.article !== null && (analysis.verdict !== 'none' || this.forced);
    if (!showToolbar && !this.ui) return;
    this.ui ??= createUiHost(this.doc, this.options.css);
    // Cards come with the analysis (built where recognition runs): the page holds no knowledge base.
    const cardEntity = this.card ? analysis?.cards.find((card) => card.id === this.card!.entityId) : undefined;
    const asOf = analysis?.article?.meta.publishedAt?.slice(0, 10) || new Date().toISOString().slice(0, 10);
    render(
      h(InPageLayer, {
        toolbar: showToolbar
          ? {
              verdict: analysis!.verdict,
              counts: this.kindCounts(),
              highlightsShown: this.highlightsShown,
              hiddenKinds: [...this.hiddenKinds],
              save: this.saveState,
              collapsed: this.collapsed,
              onSave: () => void this.save(),
              onToggleHighlights: () => this.toggleHighlights(),
              onToggleKind: (kind) => this.toggleKind(kind),
              onStepHighlight: (direction) => this.stepHighlight(direction),
              onToggleCollapsed: () => {
                this.collapsed = !this.collapsed;
                this.renderUi();
              },
            }
          : null,
        card:
          this.card && cardEntity && this.highlightsShown && !this.hiddenKinds.has(cardEntity.kind)
            ? {
                model: cardEntity,
                countHere: (analysis?.mentions ?? []).filter((m) => m.entityId === cardEntity.id && !m.weak).length,
                countSaved: this.savedCounts.get(cardEntity.id) ?? null,
                position: this.card.position,
                asOf,
              }
            : null,
        onCardEnter: () => clearTimeout(this.cardTimer),
        onCardLeave: () => this.hideCardSoon(),
      }),
      this.ui.mount,
    );
  }

  private toggleHighlights(): void {
    this.highlightsShown = !this.highlightsShown;
    if (this.highlightsShown) this.doc.documentElement.removeAttribute(HIDDEN_ATTRIBUTE);
    else this.doc.documentElement.setAttribute(HIDDEN_ATTRIBUTE, '');
    this.card = null;
    this.renderUi();
  }

  private toggleKind(kind: EntityKind): void {
    if (this.hiddenKinds.has(kind)) this.hiddenKinds.delete(kind);
    else this.hiddenKinds.add(kind);
    const root = this.doc.documentElement;
    if (this.hiddenKinds.size > 0) root.setAttribute(HIDDEN_KINDS_ATTRIBUTE, [...this.hiddenKinds].join(' '));
    else root.removeAttribute(HIDDEN_KINDS_ATTRIBUTE);
    this.card = null;
    this.renderUi();
  }

  /** Highlights the reader can see now, in document order. */
  private visibleHighlights(): HTMLElement[] {
    if (!this.highlightsShown || !this.doc.body) return [];
    return [...this.doc.body.querySelectorAll<HTMLElement>(`${HIGHLIGHT_TAG}[${ENTITY_ATTRIBUTE}]`)].filter(
      (mark) => !this.hiddenKinds.has(mark.getAttribute(KIND_ATTRIBUTE) as EntityKind),
    );
  }

  /**
   * Moves focus to the next or previous visible highlight (roving focus: highlights get tabindex=-1 only
   * when reached, so they never crowd the page's tab order). Focus opens the card.
   */
  private stepHighlight(direction: 1 | -1): void {
    const marks = this.visibleHighlights();
    if (marks.length === 0) return;
    const active = this.doc.activeElement;
    const from = active ? marks.indexOf(active as HTMLElement) : -1;
    const to = from === -1 ? (direction === 1 ? 0 : marks.length - 1) : (from + direction + marks.length) % marks.length;
    const mark = marks[to]!;
    if (!mark.hasAttribute('tabindex')) mark.setAttribute('tabindex', '-1');
    mark.focus({ preventScroll: true });
    mark.scrollIntoView?.({ block: 'center', inline: 'nearest' });
    this.showCardFor(mark);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const onHighlight = event.target instanceof Element && event.target.matches(`${HIGHLIGHT_TAG}[${ENTITY_ATTRIBUTE}]`);
    if (event.key === 'Escape' && this.card) {
      clearTimeout(this.cardTimer);
      this.card = null;
      this.renderUi();
      return;
    }
    if (!onHighlight || event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (direction === 0) return;
    event.preventDefault();
    this.stepHighlight(direction);
  }

  private onFocusOut(event: FocusEvent): void {
    const from = event.target instanceof Element ? event.target.closest(HIGHLIGHT_TAG) : null;
    // Focus moving into our own UI (the card's button) keeps the card open.
    if (from && !(event.relatedTarget instanceof Element && event.relatedTarget.localName === 'diplomark-ui')) this.hideCardSoon();
  }

  private onPointerOver(event: Event): void {
    const target = event.target instanceof Element ? event.target.closest(`${HIGHLIGHT_TAG}[${ENTITY_ATTRIBUTE}]`) : null;
    if (target) this.showCardFor(target);
  }

  private showCardFor(target: Element): void {
    if (!this.highlightsShown || this.hiddenKinds.has(target.getAttribute(KIND_ATTRIBUTE) as EntityKind)) return;
    clearTimeout(this.cardTimer);
    const entityId = target.getAttribute(ENTITY_ATTRIBUTE) ?? '';
    const rect = target.getBoundingClientRect();
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    const below = rect.bottom + 6;
    const top = below + 260 > height && rect.top > 280 ? Math.max(8, rect.top - 266) : below;
    this.card = { entityId, position: { top, left: Math.max(8, Math.min(rect.left, width - 336)) } };
    this.renderUi();
    this.askSavedCount(entityId);
  }

  /** Asks the background once per entity how many saved clippings name it, then redraws the card. */
  private askSavedCount(entityId: string): void {
    const ask = this.options.countSavedClippings;
    if (!ask || this.savedCounts.has(entityId)) return;
    this.savedCounts.set(entityId, null);
    ask(entityId).then(
      (count) => {
        this.savedCounts.set(entityId, count);
        if (this.card?.entityId === entityId) this.renderUi();
      },
      () => this.savedCounts.delete(entityId), // e.g. the extension was reloaded: try again on the next card
    );
  }

  private onPointerOut(event: Event): void {
    const target = event.target instanceof Element ? event.target.closest(HIGHLIGHT_TAG) : null;
    if (target) this.hideCardSoon();
  }

  private hideCardSoon(): void {
    clearTimeout(this.cardTimer);
    this.cardTimer = setTimeout(() => {
      this.card = null;
      this.renderUi();
    }, CARD_HIDE_DELAY_MS);
  }
}
