import { buildClippingDraft, type PageAnalysis } from '../article/analyse';
import { yieldToPage as defaultYieldToPage, type YieldToPage } from '../time-slices';
import type { SaveClippingResponse } from '../messaging/contract';
import type { ClippingDraft } from '../store/types';
import type { RecogniseText } from './analyse-in-steps';
import { CardController } from './card-controller';
import { HighlightVisibility } from './highlight-visibility';
import { InPageUi } from './in-page-ui';
import type { InPageRenderers } from './in-page-views';
import { layerProps } from './layer-props';
import { PageAnalyser, withoutFragment } from './page-analyser';
import { PageWatcher } from './page-watcher';
import { ReaderHighlights, type ReaderHighlightsOptions } from './reader-highlights';
import { SaveTracker } from './save-tracker';
import { trustedOnly, type EventFilter } from './ui-host';

export { VERDICT_ATTRIBUTE } from './page-analyser';

export interface PageSessionOptions {
  doc: Document;
  /** Recognises the article's text where recognition runs (the background); called once per analysis of a page with an article. */
  recogniseText: RecogniseText;
  /** Sends a clipping to be stored; resolves with the background's answer. */
  saveDraft: (draft: ClippingDraft) => Promise<SaveClippingResponse>;
  /** Styles for the shadow-root UI. */
  css: string;
  /** Draws the toolbar, card and the reader's highlights (components/in-page-renderers.ts). */
  renderers: InPageRenderers;
  /** Quiet time after the last page mutation before looking again. */
  settleMs?: number;
  /** The reader's own highlights and their notes (lib/page/reader-highlights.ts); off when absent. */
  readerHighlights?: ReaderHighlightsOptions;
  /** How long work lets the page run between its time slices (tests pass a synchronous-looking one). */
  yieldToPage?: YieldToPage;
  /** How many saved clippings name an entity (asked of the background); the card omits the line when absent. */
  countSavedClippings?: (entityId: string) => Promise<number>;
  /** Which events count as the reader's (default: trusted ones only; DOM tests, which cannot make trusted events, pass their own). */
  acceptEvent?: EventFilter;
}

const SETTLE_MS = 400;

/**
 * Diplomark in one page: a coordinator that owns the page watcher, the analyser (pipeline and entity
 * highlights), the card controller, the save tracker, the reader's highlights and the in-page UI, wires
 * their events, and takes them all down in `stop()`.
 */
export class PageSession {
  private readonly doc: Document;
  private readonly ui: InPageUi;
  private readonly watcher: PageWatcher;
  private readonly analyser: PageAnalyser;
  private readonly cards: CardController;
  private readonly saves: SaveTracker;
  private readonly visibility: HighlightVisibility;
  /** The reader's highlights and their notes in this page, when turned on. */
  readonly readerHighlights: ReaderHighlights | null;
  /** The page's URL when its current view began. */
  private viewUrl = '';
  private stopped = false;

  constructor(options: PageSessionOptions) {
    const doc = (this.doc = options.doc);
    const acceptEvent = options.acceptEvent ?? trustedOnly;
    this.ui = new InPageUi(doc, { css: options.css, readerHighlightsCss: options.readerHighlights?.css, renderers: options.renderers, acceptEvent });
    this.watcher = new PageWatcher({
      doc,
      settleMs: options.settleMs ?? SETTLE_MS,
      lastLook: () => this.analyser.lastRun,
      onQuiet: () => this.analyser.runIfChanged(),
      onHighlightsEdited: () => this.analyser.noteHighlightsEdited(),
    });
    this.visibility = new HighlightVisibility(doc, (highlightsChanged) => {
      if (highlightsChanged) this.cards.close();
      this.render();
    });
    this.cards = new CardController({
      doc,
      acceptEvent,
      shows: (kind) => this.visibility.shows(kind),
      countSavedClippings: options.countSavedClippings,
      onChange: () => this.render(),
    });
    this.saves = new SaveTracker({ send: options.saveDraft, onStored: () => this.cards.forgetSavedCounts(), onChange: () => this.render() });
    this.readerHighlights = options.readerHighlights
      ? new ReaderHighlights(doc, options.readerHighlights, { pageChanges: this.watcher, ui: this.ui, saves: this.saves, acceptEvent })
      : null;
    this.analyser = new PageAnalyser({
      doc,
      recogniseText: options.recogniseText,
      yieldToPage: options.yieldToPage ?? defaultYieldToPage,
      pageChanges: this.watcher,
      onStart: () => this.readerHighlights?.clear(),
      onAnalysed: (analysis) => {
        if (analysis.verdict !== 'none' || this.analyser.isForced) this.saves.reset();
        this.render();
        // After entity highlighting is complete: reader highlights wrap the same text with a fresh index.
        this.readerHighlights?.refresh(analysis);
      },
    });
  }

  /** Analyses the page now and starts following its changes. */
  start(): void {
    this.viewUrl = this.doc.location?.href ?? '';
    this.analyser.runUnawaited();
    this.watcher.start();
    this.cards.start();
  }

  /** The current analysis, for tests and the popup. */
  get current(): PageAnalysis | null {
    return this.analyser.current;
  }

  /** The reader asked for highlights on this page even if it is not an article. */
  async analyseNow(): Promise<PageAnalysis | null> {
    await this.analyser.run(true);
    return this.analyser.current;
  }

  /** Resolves once no analysis is under way (for tests and the popup). */
  idle(): Promise<void> {
    return this.analyser.idle();
  }

  /** The URL changed without a page load (pushState, popstate): drop the old view at once. */
  onLocationChange(): void {
    const url = this.doc.location?.href ?? '';
    // A click on an in-page #anchor is a navigation too, but of the same view: its highlights stay.
    if (withoutFragment(url) === withoutFragment(this.viewUrl)) return;
    this.viewUrl = url;
    this.readerHighlights?.clear();
    this.analyser.reset();
    this.saves.reset();
    this.cards.close();
    this.render();
    this.watcher.schedule();
  }

  /** Saves the current article as a clipping. */
  save(): Promise<SaveClippingResponse> {
    const analysis = this.analyser.current;
    return this.saves.save(analysis ? buildClippingDraft(analysis) : null);
  }

  /** Removes every trace of Diplomark from the page. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.watcher.stop();
    this.cards.stop();
    this.readerHighlights?.stop();
    this.analyser.stop();
    this.ui.destroy();
    this.visibility.stop();
  }

  /** Draws the toolbar and card from the collaborators' state (lib/page/layer-props.ts). */
  private render(): void {
    if (this.stopped) return;
    const { analyser, visibility, cards, saves } = this;
    const props = layerProps({ analyser, visibility, cards, saves, save: () => void this.save() });
    // Nothing worth a toolbar and no UI drawn yet: the page gets no shadow root.
    if (props.toolbar || this.ui.shown) this.ui.renderLayer(props);
  }
}
