import { h, render } from 'preact';
import { InPageLayer } from '../../components/InPageLayer';
import type { SaveState } from '../../components/InPageToolbar';
import { analysePage, buildClippingDraft, type PageAnalysis } from '../article/analyse';
import { describeEntity } from '../entities/describe';
import type { Gazetteer } from '../entities/gazetteer';
import type { EntityKind } from '../entities/types';
import { ENTITY_ATTRIBUTE, HIGHLIGHT_TAG, highlightMentions, removeHighlights } from '../highlight/highlight';
import type { SaveClippingResponse } from '../messaging/contract';
import type { ClippingDraft } from '../store/types';
import { createUiHost, type UiHost } from './ui-host';

/** Root attribute naming the verdict once analysis of a page (or SPA view) is done. */
export const VERDICT_ATTRIBUTE = 'data-diplomark';
const HIDDEN_ATTRIBUTE = 'data-diplomark-hidden';

export interface PageSessionOptions {
  doc: Document;
  /** Compiles (or returns) the gazetteer; called only when a page turns out to be worth analysing. */
  gazetteer: () => Gazetteer;
  /** Sends a clipping to be stored; resolves with the background's answer. */
  saveDraft: (draft: ClippingDraft) => Promise<SaveClippingResponse>;
  /** Styles for the shadow-root UI. */
  css: string;
  /** Quiet time after the last page mutation before looking again. */
  settleMs?: number;
}

const SETTLE_MS = 400;
/** However busy a page is, it is looked at again at most this often. */
const MIN_INTERVAL_MS = 1000;
const CARD_HIDE_DELAY_MS = 250;

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

  constructor(options: PageSessionOptions) {
    this.options = options;
    this.doc = options.doc;
  }

  /** Analyses the page now and starts following its changes. */
  start(): void {
    this.runAnalysis();
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observe();
    const { signal } = this.listeners;
    this.doc.addEventListener('mouseover', (event) => this.onPointerOver(event), { signal, passive: true });
    this.doc.addEventListener('mouseout', (event) => this.onPointerOut(event), { signal, passive: true });
    this.doc.addEventListener('focusin', (event) => this.onPointerOver(event), { signal });
  }

  /** The current analysis, for tests and the popup. */
  get current(): PageAnalysis | null {
    return this.analysis;
  }

  /** The reader asked for highlights on this page even if it is not an article. */
  analyseNow(): PageAnalysis | null {
    this.forced = true;
    this.runAnalysis();
    return this.analysis;
  }

  /** The URL changed without a page load (pushState, popstate): drop the old view at once. */
  onLocationChange(): void {
    this.clearHighlights();
    this.analysis = null;
    this.forced = false;
    this.saveState = { status: 'idle' };
    this.card = null;
    this.renderUi();
    this.schedule(this.options.settleMs ?? SETTLE_MS);
  }

  /** Saves the current article as a clipping. */
  async save(): Promise<SaveClippingResponse> {
    const draft = this.analysis ? buildClippingDraft(this.analysis, this.options.gazetteer()) : null;
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
    this.setSaveState(response.ok ? { status: 'saved', created: response.created } : { status: 'error', message: response.error });
    return response;
  }

  /** Removes every trace of Diplomark from the page. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.cardTimer);
    this.observer?.disconnect();
    this.listeners.abort();
    this.clearHighlights();
    if (this.ui) {
      render(null, this.ui.mount);
      this.ui.remove();
      this.ui = null;
    }
    this.doc.documentElement.removeAttribute(VERDICT_ATTRIBUTE);
    this.doc.documentElement.removeAttribute(HIDDEN_ATTRIBUTE);
  }

  private observe(): void {
    if (this.observer && this.doc.body && !this.stopped) {
      this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    }
  }

  /** Runs `change` on the page without our observer seeing it. */
  private withoutObserving(change: () => void): void {
    this.observer?.disconnect();
    try {
      change();
    } finally {
      this.observer?.takeRecords();
      this.observe();
    }
  }

  private clearHighlights(): void {
    if (!this.doc.body) return;
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
    const article = this.analysis?.article;
    const bodyLength = this.doc.body?.textContent?.length ?? 0;
    const urlChanged = this.analysis !== null && this.analysis.url !== this.doc.location?.href;
    const grewOrShrank = Math.abs(bodyLength - this.lastBodyLength) > Math.max(200, this.lastBodyLength * 0.25);
    const articleGone = article ? article.blocks.some((block) => !block.isConnected) : this.analysis === null;
    if (urlChanged || articleGone || grewOrShrank) this.runAnalysis();
  }

  private runAnalysis(): void {
    if (this.stopped || !this.doc.body) return;
    this.lastRun = Date.now();
    this.lastBodyLength = this.doc.body.textContent?.length ?? 0;
    this.clearHighlights();
    const started = performance.now();
    const analysis = analysePage(this.doc, this.options.gazetteer, { force: this.forced });
    const analysed = performance.now();
    this.analysis = analysis;
    const highlight = analysis.verdict !== 'none' || this.forced;
    if (highlight && analysis.index) {
      const index = analysis.index;
      this.withoutObserving(() => highlightMentions(index, analysis.mentions));
    }
    // Timings on the page's performance timeline, read by the benchmarks (scripts/bench.mjs).
    performance.measure('diplomark:analyse', { start: started, end: analysed });
    performance.measure('diplomark:highlight', { start: analysed, end: performance.now() });
    this.doc.documentElement.setAttribute(VERDICT_ATTRIBUTE, analysis.verdict);
    if (analysis.verdict !== 'none' || this.forced) this.saveState = { status: 'idle' };
    this.renderUi();
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
    const gazetteer = this.card ? this.options.gazetteer() : null;
    const cardEntity = this.card ? gazetteer?.get(this.card.entityId) : undefined;
    const asOf = analysis?.article?.meta.publishedAt?.slice(0, 10) || new Date().toISOString().slice(0, 10);
    render(
      h(InPageLayer, {
        toolbar: showToolbar
          ? {
              verdict: analysis!.verdict,
              counts: this.kindCounts(),
              highlightsShown: this.highlightsShown,
              save: this.saveState,
              collapsed: this.collapsed,
              onSave: () => void this.save(),
              onToggleHighlights: () => this.toggleHighlights(),
              onToggleCollapsed: () => {
                this.collapsed = !this.collapsed;
                this.renderUi();
              },
            }
          : null,
        card:
          this.card && cardEntity && this.highlightsShown
            ? {
                model: describeEntity(cardEntity, gazetteer!, asOf),
                countHere: (analysis?.mentions ?? []).filter((m) => m.entityId === cardEntity.id && !m.weak).length,
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

  private onPointerOver(event: Event): void {
    const target = event.target instanceof Element ? event.target.closest(`${HIGHLIGHT_TAG}[${ENTITY_ATTRIBUTE}]`) : null;
    if (!target || !this.highlightsShown) return;
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
