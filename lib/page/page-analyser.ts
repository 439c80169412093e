import type { PageAnalysis } from '../article/analyse';
import { textLength } from '../article/blocks';
import { removeHighlights, removeHighlightsInSlices } from '../highlight/highlight';
import { isAbort, yieldToRender, type YieldToPage } from '../time-slices';
import { analysePageInSteps, type RecogniseText } from './analyse-in-steps';
import { highlightNearViewport, type DeferredHighlights } from './highlight-near-viewport';

/** Root attribute naming the verdict once analysis of a page (or SPA view) is done. */
export const VERDICT_ATTRIBUTE = 'data-diplomark';
/** Text added inside the article that makes it worth analysing again (a paragraph, not a timestamp). */
const LATE_TEXT_CHARACTERS = 80;

/** `url` without its #fragment: following an in-page anchor stays in the same view. */
export function withoutFragment(url: string): string {
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

export interface PageAnalyserOptions {
  doc: Document;
  recogniseText: RecogniseText;
  /** How long work lets the page run between its time slices. */
  yieldToPage: YieldToPage;
  /** The page watcher: our changes unseen, and a later look when one is under way. */
  pageChanges: { withoutObserving(change: () => void): void; schedule(): void };
  /** An analysis starts: the reader's highlights of the last one go first. */
  onStart: () => void;
  /** An analysis is done and its highlights near the viewport are drawn. */
  onAnalysed: (analysis: PageAnalysis) => void;
  /**
   * Waits, once the highlights are wrapped and the verdict set, before `onAnalysed` (which draws the UI): the
   * page renders the highlights first. `yieldToRender` (after the next frame) when absent.
   */
  afterHighlights?: YieldToPage;
}

/**
 * The page's pipeline, run once per page view: take the last highlights out, find and recognise the
 * article, highlight it near the viewport, set the verdict. Each step runs in time slices; a newer
 * run, `reset()` or `stop()` cancels one under way between slices.
 */
export class PageAnalyser {
  private analysis: PageAnalysis | null = null;
  /** The reader asked for highlights on this page even if it is not an article. */
  private forced = false;
  /** The analysis under way, if any; aborting it cancels it at its next time slice. */
  private inFlight: AbortController | null = null;
  /** The analysis under way, so `idle()` can wait for it. */
  private running: Promise<void> | null = null;
  private lastRunAt = 0;
  private lastBodyLength = 0;
  /** The element holding the analysed article (its <article> or <main> when it has one), and its text length then. */
  private articleRoot: Element | null = null;
  private articleRootLength = 0;
  /** Highlights of a long article still to be drawn as the reader nears them. */
  private deferred: DeferredHighlights | null = null;
  /** The page rewrote text we had highlighted (those highlights are gone): highlight it again. */
  private pageEditedHighlights = false;
  private stopped = false;

  constructor(private readonly options: PageAnalyserOptions) {}

  get current(): PageAnalysis | null {
    return this.analysis;
  }

  get isForced(): boolean {
    return this.forced;
  }

  /** When the page was last looked at (`Date.now()`). */
  get lastRun(): number {
    return this.lastRunAt;
  }

  noteHighlightsEdited(): void {
    this.pageEditedHighlights = true;
  }

  /**
   * Analyses the page when nobody waits for the outcome (the page loaded or changed). A failure — the background
   * did not answer — is said in the console, and the page's next change tries again (no analysis to compare with).
   */
  runUnawaited(): void {
    this.run().catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      console.warn(`Diplomark could not analyse this page (${reason}); it will try again when the page changes.`);
    });
  }

  /** Analyses the page, even if it is not an article when `force`. */
  run(force = this.forced): Promise<void> {
    this.forced = force;
    const doc = this.options.doc;
    if (this.stopped || !doc.body) return Promise.resolve();
    this.cancel();
    const run = new AbortController();
    this.inFlight = run;
    const done = this.analyseAndHighlight(run.signal).then(
      () => undefined,
      (error: unknown) => {
        // A cancelled run leaves its partial highlights to whoever cancelled it, who clears them.
        if (!isAbort(error, run.signal)) throw error;
      },
    ).finally(() => {
      if (this.inFlight === run) this.inFlight = null;
      if (this.running === done) this.running = null;
    });
    this.running = done;
    return done;
  }

  /** Resolves once no analysis is under way. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Looks again only when the article is gone, moved or clearly changed — not on every page tick. */
  runIfChanged(): void {
    const doc = this.options.doc;
    const urlChanged = this.analysis !== null && withoutFragment(this.analysis.url) !== withoutFragment(doc.location?.href ?? '');
    // An analysis under way sees the page as it is now; look again after it, unless the view itself changed.
    if (this.inFlight && !urlChanged) {
      this.options.pageChanges.schedule();
      return;
    }
    const article = this.analysis?.article;
    const bodyLength = doc.body ? textLength(doc.body) : 0;
    const grewOrShrank = Math.abs(bodyLength - this.lastBodyLength) > Math.max(200, this.lastBodyLength * 0.25);
    const articleGone = article ? article.blocks.some((block) => !block.isConnected) : this.analysis === null;
    // Late paragraphs, infinite scroll: the article's own container holds more text. A clock or a rotating ad does not add up.
    const root = this.articleRoot;
    const articleGrew = root !== null && root.isConnected && textLength(root) - this.articleRootLength >= LATE_TEXT_CHARACTERS;
    const edited = this.pageEditedHighlights;
    this.pageEditedHighlights = false;
    if (urlChanged || articleGone || grewOrShrank || articleGrew || edited) this.runUnawaited();
  }

  /** A new view (the URL changed without a load): forget the last one and take its highlights out. */
  reset(): void {
    this.cancel();
    this.clearHighlights();
    this.options.doc.documentElement.removeAttribute(VERDICT_ATTRIBUTE);
    this.analysis = null;
    this.forced = false;
  }

  stop(): void {
    this.stopped = true;
    this.cancel();
    this.clearHighlights();
    this.options.doc.documentElement.removeAttribute(VERDICT_ATTRIBUTE);
  }

  private cancel(): void {
    this.inFlight?.abort();
    this.inFlight = null;
  }

  private clearHighlights(): void {
    this.deferred?.stop();
    this.deferred = null;
    const body = this.options.doc.body;
    if (body) this.options.pageChanges.withoutObserving(() => removeHighlights(body));
  }

  private async analyseAndHighlight(signal: AbortSignal): Promise<void> {
    const { doc, yieldToPage } = this.options;
    this.lastRunAt = Date.now();
    const started = performance.now();
    // The last analysis's highlights go first (in slices: a long article may hold thousands), so the page is read as served.
    this.options.onStart();
    this.deferred?.stop();
    this.deferred = null;
    const sliced = { signal, yieldToPage, applySlice: (change: () => void) => this.options.pageChanges.withoutObserving(change) };
    await removeHighlightsInSlices(doc.body, sliced);
    // The page's text is counted (a walk over its text nodes, not a copy of its text) in a task of its own.
    await yieldToPage();
    signal.throwIfAborted();
    this.lastBodyLength = textLength(doc.body);
    const analysis = await analysePageInSteps(doc, this.options.recogniseText, { force: this.forced, signal, yieldToPage });
    const analysed = performance.now();
    // Timings on the page's performance timeline, read by the benchmarks and tests (one 'analyse' per analysis).
    performance.measure('diplomark:analyse', { start: started, end: analysed });
    signal.throwIfAborted();
    this.analysis = analysis;
    const blocksRoot = analysis.article ? commonAncestor(analysis.article.blocks) : null;
    this.articleRoot = blocksRoot?.closest('article, main, [role="main"]') ?? blocksRoot;
    // Like the page's length above: the article's container is counted in a task of its own.
    await yieldToPage();
    signal.throwIfAborted();
    this.articleRootLength = this.articleRoot ? textLength(this.articleRoot) : 0;
    if ((analysis.verdict !== 'none' || this.forced) && analysis.index) {
      const article = analysis.article!;
      const blocks = article.headline ? [article.headline, ...article.blocks] : article.blocks;
      this.deferred = await highlightNearViewport(analysis.index, analysis.mentions, blocks, { ...sliced, win: doc.defaultView });
    }
    performance.measure('diplomark:highlight', { start: analysed, end: performance.now() });
    signal.throwIfAborted();
    doc.documentElement.setAttribute(VERDICT_ATTRIBUTE, analysis.verdict);
    // The toolbar, its styles and the reader's highlights come after the page has drawn the highlights, in a
    // task of their own: building them in this one would hold the frame that shows the highlights back.
    await (this.options.afterHighlights ?? (() => yieldToRender(doc.defaultView)))();
    signal.throwIfAborted();
    this.options.onAnalysed(analysis);
  }
}
