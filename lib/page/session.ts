import { h, render } from 'preact';
import { InPageLayer } from '../../components/InPageLayer';
import type { SaveState } from '../../components/InPageToolbar';
import { buildClippingDraft, type PageAnalysis } from '../article/analyse';
import type { EntityKind } from '../entities/types';
import { removeHighlights, removeHighlightsInSlices } from '../highlight/highlight';
import { Cancelled, yieldToPage as defaultYieldToPage, type YieldToPage } from '../highlight/slices';
import type { SaveClippingResponse } from '../messaging/contract';
import type { ClippingDraft } from '../store/types';
import { analysePageInSteps, type RecogniseText } from './analyse-in-steps';
import { CardController } from './card-controller';
import { highlightNearViewport, type DeferredHighlights } from './highlight-near-viewport';
import { PageWatcher } from './page-watcher';
import { ReaderHighlights, type ReaderNotesOptions } from './reader-highlights';
import { createUiHost, trustedOnly, type EventFilter, type UiHost } from './ui-host';

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
  /** Which events count as the reader's (default: trusted ones only; DOM tests, which cannot make trusted events, pass their own). */
  acceptEvent?: EventFilter;
}

const SETTLE_MS = 400;
/** Text added inside the article that makes it worth analysing again (a paragraph, not a timestamp). */
const LATE_TEXT_CHARACTERS = 80;

/** `url` without its #fragment: following an in-page anchor stays in the same view. */
function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

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
  private readonly watcher: PageWatcher;
  private readonly cards: CardController;
  private lastRun = 0;
  /** The page rewrote text we had highlighted (those highlights are gone): highlight it again. */
  private pageEditedHighlights = false;
  /** The page's URL when its current view began. */
  private viewUrl = '';
  private lastBodyLength = 0;
  private forced = false;
  private highlightsShown = true;
  private collapsed = false;
  private saveState: SaveState = { status: 'idle' };
  private stopped = false;
  private readerHighlights: ReaderHighlights | null = null;
  /** The analysis under way, if any; aborting it cancels it at its next time slice. */
  private inFlight: AbortController | null = null;
  private readonly hiddenKinds = new Set<EntityKind>();
  /** The element holding the analysed article (its <article> or <main> when it has one), and its text length then. */
  private articleRoot: Element | null = null;
  private articleRootLength = 0;
  private readonly acceptEvent: EventFilter;
  /** Highlights of a long article still to be drawn as the reader nears them. */
  private deferred: DeferredHighlights | null = null;

  constructor(options: PageSessionOptions) {
    this.options = options;
    this.doc = options.doc;
    this.acceptEvent = options.acceptEvent ?? trustedOnly;
    this.watcher = new PageWatcher({
      doc: this.doc,
      settleMs: options.settleMs ?? SETTLE_MS,
      lastLook: () => this.lastRun,
      onQuiet: () => this.maybeReanalyse(),
      onHighlightsEdited: () => (this.pageEditedHighlights = true),
    });
    this.cards = new CardController({
      doc: this.doc,
      acceptEvent: this.acceptEvent,
      shows: (kind) => this.highlightsShown && !this.hiddenKinds.has(kind),
      countSavedClippings: options.countSavedClippings,
      onChange: () => this.renderUi(),
    });
  }

  /** Analyses the page now and starts following its changes. */
  start(): void {
    this.viewUrl = this.doc.location?.href ?? '';
    const notes = this.options.readerNotes;
    this.readerHighlights = notes
      ? new ReaderHighlights(this.doc, notes, {
          mutate: (change) => this.withoutObserving(change),
          shadowRoot: () => this.ui?.root ?? null,
          acceptEvent: this.acceptEvent,
          draft: () => (this.analysis ? buildClippingDraft(this.analysis) : null),
          onSaved: (created) => this.setSaveState({ status: 'saved', created }),
        })
      : null;
    void this.runAnalysis();
    this.watcher.start();
    this.cards.start();
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
    const url = this.doc.location?.href ?? '';
    // A click on an in-page #anchor is a navigation too, but of the same view: its highlights stay.
    if (withoutFragment(url) === withoutFragment(this.viewUrl)) return;
    this.viewUrl = url;
    this.cancelInFlight();
    this.clearHighlights();
    this.doc.documentElement.removeAttribute(VERDICT_ATTRIBUTE);
    this.analysis = null;
    this.forced = false;
    this.saveState = { status: 'idle' };
    this.cards.close();
    this.renderUi();
    this.watcher.schedule();
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
    if (response.ok) this.cards.forgetSavedCounts(); // this article now counts too
    this.setSaveState(response.ok ? { status: 'saved', created: response.created } : { status: 'error', message: response.error });
    return response;
  }

  /** Removes every trace of Diplomark from the page. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.cancelInFlight();
    this.watcher.stop();
    this.cards.stop();
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

  /** Runs `change` on the page without our observer seeing it. */
  private withoutObserving(change: () => void): void {
    this.watcher.withoutObserving(change);
  }

  private clearHighlights(): void {
    this.deferred?.stop();
    this.deferred = null;
    if (!this.doc.body) return;
    this.readerHighlights?.clear();
    this.withoutObserving(() => removeHighlights(this.doc.body));
  }

  /** Looks again only when the article is gone, moved or clearly changed — not on every page tick. */
  private maybeReanalyse(): void {
    const urlChanged = this.analysis !== null && withoutFragment(this.analysis.url) !== withoutFragment(this.doc.location?.href ?? '');
    // An analysis under way sees the page as it is now; look again after it, unless the view itself changed.
    if (this.inFlight && !urlChanged) {
      this.watcher.schedule();
      return;
    }
    const article = this.analysis?.article;
    const bodyLength = this.doc.body?.textContent?.length ?? 0;
    const grewOrShrank = Math.abs(bodyLength - this.lastBodyLength) > Math.max(200, this.lastBodyLength * 0.25);
    const articleGone = article ? article.blocks.some((block) => !block.isConnected) : this.analysis === null;
    // Late paragraphs, infinite scroll: the article's own container holds more text. A clock or a rotating ad does not add up.
    const root = this.articleRoot;
    const articleGrew = root !== null && root.isConnected && (root.textContent?.length ?? 0) - this.articleRootLength >= LATE_TEXT_CHARACTERS;
    const edited = this.pageEditedHighlights;
    this.pageEditedHighlights = false;
    if (urlChanged || articleGone || grewOrShrank || articleGrew || edited) void this.runAnalysis();
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
    const started = performance.now();
    // The last analysis's highlights go first (in slices: a long article may hold thousands), so the page is read as served.
    this.readerHighlights?.clear();
    this.deferred?.stop();
    this.deferred = null;
    const sliced = { signal, yieldToPage, applySlice: (change: () => void) => this.withoutObserving(change) };
    await removeHighlightsInSlices(this.doc.body, sliced);
    // Reading the page's whole text (200,000 words: tens of milliseconds) gets a task of its own.
    await yieldToPage();
    if (signal.aborted || this.stopped) throw new Cancelled();
    this.lastBodyLength = this.doc.body.textContent?.length ?? 0;
    const analysis = await analysePageInSteps(this.doc, this.options.recogniseText, { force: this.forced, signal, yieldToPage });
    const analysed = performance.now();
    // Timings on the page's performance timeline, read by the benchmarks and tests (one 'analyse' per analysis).
    performance.measure('diplomark:analyse', { start: started, end: analysed });
    if (signal.aborted || this.stopped) throw new Cancelled();
    this.analysis = analysis;
    const blocksRoot = analysis.article ? commonAncestor(analysis.article.blocks) : null;
    this.articleRoot = blocksRoot?.closest('article, main, [role="main"]') ?? blocksRoot;
    // Like the page's length above: a long article's whole text is read in a task of its own.
    await yieldToPage();
    if (signal.aborted || this.stopped) throw new Cancelled();
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
    this.ui ??= createUiHost(this.doc, this.options.css, this.acceptEvent);
    const card = this.cards.current;
    // Cards come with the analysis (built where recognition runs): the page holds no knowledge base.
    const cardEntity = card ? analysis?.cards.find((model) => model.id === card.entityId) : undefined;
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
              onStepHighlight: (direction) => this.cards.step(direction),
              onToggleCollapsed: () => {
                this.collapsed = !this.collapsed;
                this.renderUi();
              },
            }
          : null,
        card:
          card && cardEntity && this.highlightsShown && !this.hiddenKinds.has(cardEntity.kind)
            ? {
                model: cardEntity,
                countHere: (analysis?.mentions ?? []).filter((m) => m.entityId === cardEntity.id && !m.weak).length,
                countSaved: this.cards.savedCount(cardEntity.id),
                position: card.position,
                asOf,
              }
            : null,
        onCardEnter: () => this.cards.keepOpen(),
        onCardLeave: () => this.cards.hideSoon(),
      }),
      this.ui.mount,
    );
  }

  private toggleHighlights(): void {
    this.highlightsShown = !this.highlightsShown;
    if (this.highlightsShown) this.doc.documentElement.removeAttribute(HIDDEN_ATTRIBUTE);
    else this.doc.documentElement.setAttribute(HIDDEN_ATTRIBUTE, '');
    this.cards.close();
    this.renderUi();
  }

  private toggleKind(kind: EntityKind): void {
    if (this.hiddenKinds.has(kind)) this.hiddenKinds.delete(kind);
    else this.hiddenKinds.add(kind);
    const root = this.doc.documentElement;
    if (this.hiddenKinds.size > 0) root.setAttribute(HIDDEN_KINDS_ATTRIBUTE, [...this.hiddenKinds].join(' '));
    else root.removeAttribute(HIDDEN_KINDS_ATTRIBUTE);
    this.cards.close();
    this.renderUi();
  }
}
