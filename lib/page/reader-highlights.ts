import { h, render } from 'preact';
import { ReaderNotes, type ReaderNoteItem } from '../../components/ReaderNotes';
import { anchorAll, anchorSelectors } from '../anchoring/anchor';
import { NOTE_IDS_ATTRIBUTE, NOTE_TAG, offsetsToRange, rangeToOffsets, unwrapReaderHighlights, wrapReaderHighlights } from '../anchoring/dom';
import { describeRange } from '../anchoring/selectors';
import type { PageAnalysis } from '../article/analyse';
import { indexBlocks, type TextIndex } from '../highlight/text-index';
import type { ContentToBackgroundMessage, ContentToBackgroundResponse, PageClipping } from '../messaging/contract';
import type { ClippingDraft } from '../store/types';

/** What the content script gives the reader-highlight part of a page session. */
export interface ReaderNotesOptions {
  /** Sends a request to the background and resolves with its answer. */
  send: (message: ContentToBackgroundMessage) => Promise<ContentToBackgroundResponse>;
  /** Styles for the reader-notes layer, added to the shadow root. */
  css: string;
  /** Quiet time after the selection last changed before the Highlight button follows it. */
  selectionSettleMs?: number;
  /** Makes the id of a new highlight (random by default). */
  newId?: () => string;
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

/** What the page session lends: its way of changing the page unobserved, its UI root and a clipping draft. */
export interface ReaderNotesHooks {
  mutate: (change: () => void) => void;
  shadowRoot: () => ShadowRoot | null;
  draft: () => ClippingDraft | null;
  /** A highlight saved the article too (creating its clipping or refreshing it). */
  onSaved?: (created: boolean) => void;
}

export type HighlightResult = { ok: true; id: string } | { ok: false; error: string };

const SELECTION_SETTLE_MS = 150;
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
  private items: ReaderNoteItem[] = [];
  private selection: { start: number; end: number; top: number; left: number } | null = null;
  private editing: string | null = null;
  private open = false;
  private message: string | null = null;
  private generation = 0;
  private container: HTMLElement | null = null;
  private selectionTimer: ReturnType<typeof setTimeout> | undefined;
  /** The reader's last non-empty selection and when it was made (a copy, so it outlives the selection). */
  private lastRange: { range: Range; at: number } | null = null;
  private readonly listeners = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly options: ReaderNotesOptions,
    private readonly hooks: ReaderNotesHooks,
  ) {
    const { signal } = this.listeners;
    doc.addEventListener('selectionchange', () => this.onSelectionChange(), { signal });
    doc.addEventListener('click', (event) => this.onClick(event), { signal });
  }

  /** A new analysis of the page: fetch the page's clipping and show its highlights. */
  refresh(analysis: PageAnalysis): void {
    const generation = ++this.generation;
    this.analysis = analysis;
    const canonicalUrl = analysis.article?.meta.canonicalUrl;
    if (!canonicalUrl) {
      this.clipping = null;
      this.show();
      return;
    }
    this.options
      .send({ type: 'content→background:get-clipping-for-page', canonicalUrl })
      .then((response) => {
        if (generation !== this.generation) return;
        if (response.ok && 'clipping' in response) this.clipping = response.clipping;
        this.show();
      })
      .catch(() => undefined); // no background (extension reloaded): nothing to show
  }

  /** Takes the reader's highlights out of the page (before the session re-analyses or stops). */
  clear(): void {
    this.generation++;
    this.selection = null;
    if (this.doc.body?.querySelector(NOTE_TAG)) this.hooks.mutate(() => unwrapReaderHighlights(this.doc.body));
  }

  stop(): void {
    clearTimeout(this.selectionTimer);
    this.listeners.abort();
    this.clear();
    if (this.container) render(null, this.container);
    this.container?.remove();
    this.container = null;
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
    const draft = this.hooks.draft();
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
      this.hooks.onSaved?.(response.created ?? false);
      if (openEditor) {
        this.editing = response.highlightId;
        this.open = true;
      }
      this.doc.getSelection()?.removeAllRanges();
      this.show();
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
    this.show();
  }

  /** The live article text (headline first, as entity highlighting reads it) and where the body starts. */
  private liveIndex(): { index: TextIndex; bodyStart: number } | null {
    const article = this.analysis?.article;
    if (!article || !article.blocks.length) return null;
    const blocks = article.headline ? [article.headline, ...article.blocks] : article.blocks;
    const index = indexBlocks(blocks.filter((block) => block.isConnected));
    const bodyStart = article.headline ? (index.blockStarts[1] ?? index.text.length) : 0;
    return { index, bodyStart };
  }

  private offsetsOf(range: Range): { start: number; end: number } | null {
    const live = this.liveIndex();
    return live ? rangeToOffsets(live.index, range) : null;
  }

  /** Re-anchors the clipping's highlights in the live article, wraps them, and renders the list. */
  private show(): void {
    const highlights = this.clipping?.highlights ?? [];
    this.items = [];
    // Re-wrapping replaces text nodes, which would drop the reader's selection: keep it by its offsets.
    const selection = this.doc.getSelection();
    const selected = selection?.rangeCount && !selection.isCollapsed ? this.offsetsOf(selection.getRangeAt(0)) : null;
    this.hooks.mutate(() => {
      if (this.doc.body) unwrapReaderHighlights(this.doc.body);
      const live = highlights.length || selected ? this.liveIndex() : null;
      const report = live
        ? anchorAll(live.index.text, highlights, { positionShift: live.bodyStart })
        : { anchored: [], unanchored: highlights.map((item) => ({ item, quote: item.selectors[0].exact, prefix: item.selectors[0].prefix, suffix: item.selectors[0].suffix })) };
      if (live) {
        wrapReaderHighlights(
          live.index,
          report.anchored.map(({ item, start, end }) => ({ id: item.id, start, end, hasNote: item.note.trim() !== '' })),
        );
      }
      const after = selected ? this.liveIndex() : null;
      const range = after && selected ? offsetsToRange(after.index, selected.start, selected.end) : null;
      if (range && selection) {
        selection.removeAllRanges();
        selection.addRange(range);
      }
      this.items = [
        ...report.anchored.map(({ item, method }) => ({ id: item.id, quote: item.selectors[0].exact, note: item.note, found: true as const, method })),
        ...report.unanchored.map(({ item, quote, prefix, suffix }) => ({ id: item.id, quote, note: item.note, found: false as const, prefix, suffix })),
      ];
    });
    if (this.items.some((item) => !item.found)) this.open = true;
    this.render();
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
    const mark = event.target instanceof Element ? event.target.closest(NOTE_TAG) : null;
    const id = mark?.getAttribute(NOTE_IDS_ATTRIBUTE)?.split(' ').at(-1);
    if (!id || !this.doc.getSelection()?.isCollapsed) return;
    this.open = true;
    this.editing = id;
    this.render();
  }

  private render(): void {
    const root = this.hooks.shadowRoot();
    if (!root) return;
    if (!this.container || this.container.getRootNode() !== root) {
      const style = this.doc.createElement('style');
      style.textContent = this.options.css;
      this.container = this.doc.createElement('div');
      this.container.className = 'layer reader-layer';
      root.append(style, this.container);
    }
    render(
      h(ReaderNotes, {
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
      }),
      this.container,
    );
  }
}
