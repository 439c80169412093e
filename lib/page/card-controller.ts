import type { EntityKind } from '../entities/types';
import { isGuestNode } from '../highlight/guest-text';
import { ENTITY_ATTRIBUTE, HIGHLIGHT_TAG, KIND_ATTRIBUTE } from '../highlight/highlight';
import type { EventFilter } from './ui-host';

const CARD_HIDE_DELAY_MS = 250;
const MARK_SELECTOR = `${HIGHLIGHT_TAG}[${ENTITY_ATTRIBUTE}]`;

/** The card shown now: which entity, and where (viewport pixels). */
export interface OpenCard {
  entityId: string;
  position: { top: number; left: number };
}

export interface CardControllerOptions {
  doc: Document;
  /** Which events count as the reader's: a page script's hover, focus or keys open nothing. */
  acceptEvent: EventFilter;
  /** Whether highlights of `kind` are shown now (the show/hide toggle and the legend). */
  shows: (kind: EntityKind) => boolean;
  /** How many saved clippings name an entity (asked of the background); absent: never asked. */
  countSavedClippings?: (entityId: string) => Promise<number>;
  /** The card opened, moved or closed, or a saved count arrived: draw the UI again. */
  onChange: () => void;
}

/**
 * The hover card's behaviour: which highlight's card is open (hover, focus, the ‹ › buttons and arrow
 * keys, Escape), when it closes, and the saved-clipping counts it shows. Listens on the document for
 * trusted events only; draws nothing itself.
 */
export class CardController {
  private open: OpenCard | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new AbortController();
  /** Saved-clipping counts by entity id, as the background answered (null: asked, no answer yet). */
  private readonly savedCounts = new Map<string, number | null>();

  constructor(private readonly options: CardControllerOptions) {}

  start(): void {
    const { signal } = this.listeners;
    const accept = this.options.acceptEvent;
    // A page script dispatching hover, focus or keys on a highlight (or on a fake one it made) moves nothing of ours.
    const listen = <E extends Event>(type: string, handler: (event: E) => void, passive = false) =>
      this.options.doc.addEventListener(type, (event) => accept(event) && handler(event as E), { signal, passive });
    listen('mouseover', (event) => this.onPointerOver(event), true);
    listen('mouseout', (event) => this.onPointerOut(event), true);
    listen('focusin', (event) => this.onPointerOver(event));
    listen<FocusEvent>('focusout', (event) => this.onFocusOut(event));
    listen<KeyboardEvent>('keydown', (event) => this.onKeyDown(event));
  }

  stop(): void {
    clearTimeout(this.timer);
    this.listeners.abort();
    this.open = null;
  }

  /** The card open now, if any. */
  get current(): OpenCard | null {
    return this.open;
  }

  /** Saved clippings naming `entityId`, or null while unknown. */
  savedCount(entityId: string): number | null {
    return this.savedCounts.get(entityId) ?? null;
  }

  /** The counts are stale (an article was just saved): ask again on the next card. */
  forgetSavedCounts(): void {
    this.savedCounts.clear();
  }

  /** Closes the card without drawing (the caller draws). */
  close(): void {
    clearTimeout(this.timer);
    this.open = null;
  }

  /** The pointer is on the card: keep it open. */
  keepOpen(): void {
    clearTimeout(this.timer);
  }

  hideSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.open = null;
      this.options.onChange();
    }, CARD_HIDE_DELAY_MS);
  }

  /**
   * Moves focus to the next or previous visible highlight (roving focus: highlights get tabindex=-1 only
   * when reached, so they never crowd the page's tab order). Focus opens the card.
   */
  step(direction: 1 | -1): void {
    const marks = this.visibleHighlights();
    if (marks.length === 0) return;
    const active = this.options.doc.activeElement;
    const from = active ? marks.indexOf(active as HTMLElement) : -1;
    const to = from === -1 ? (direction === 1 ? 0 : marks.length - 1) : (from + direction + marks.length) % marks.length;
    const mark = marks[to]!;
    if (!mark.hasAttribute('tabindex')) mark.setAttribute('tabindex', '-1');
    mark.focus({ preventScroll: true });
    mark.scrollIntoView?.({ block: 'center', inline: 'nearest' });
    this.showFor(mark);
  }

  /** Highlights the reader can see now, in document order. */
  private visibleHighlights(): HTMLElement[] {
    const body = this.options.doc.body;
    if (!body) return [];
    return [...body.querySelectorAll<HTMLElement>(MARK_SELECTOR)].filter(
      (mark) => isGuestNode(mark) && this.options.shows(mark.getAttribute(KIND_ATTRIBUTE) as EntityKind),
    );
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      this.close();
      this.options.onChange();
      return;
    }
    const onHighlight = event.target instanceof Element && event.target.matches(MARK_SELECTOR);
    if (!onHighlight || event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (direction === 0) return;
    event.preventDefault();
    this.step(direction);
  }

  private onFocusOut(event: FocusEvent): void {
    const from = event.target instanceof Element ? event.target.closest(HIGHLIGHT_TAG) : null;
    // Focus moving into our own UI (the card's button) keeps the card open.
    if (from && !(event.relatedTarget instanceof Element && event.relatedTarget.localName === 'diplomark-ui')) this.hideSoon();
  }

  private onPointerOver(event: Event): void {
    const target = event.target instanceof Element ? event.target.closest(MARK_SELECTOR) : null;
    if (target) this.showFor(target);
  }

  private onPointerOut(event: Event): void {
    const target = event.target instanceof Element ? event.target.closest(HIGHLIGHT_TAG) : null;
    if (target) this.hideSoon();
  }

  private showFor(target: Element): void {
    // Only our own highlights have cards: an element the page made to look like one gets nothing.
    if (!isGuestNode(target) || !this.options.shows(target.getAttribute(KIND_ATTRIBUTE) as EntityKind)) return;
    clearTimeout(this.timer);
    const entityId = target.getAttribute(ENTITY_ATTRIBUTE) ?? '';
    const rect = target.getBoundingClientRect();
    const view = this.options.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    const below = rect.bottom + 6;
    const top = below + 260 > height && rect.top > 280 ? Math.max(8, rect.top - 266) : below;
    this.open = { entityId, position: { top, left: Math.max(8, Math.min(rect.left, width - 336)) } };
    this.options.onChange();
    this.askSavedCount(entityId);
  }

  /** Asks the background once per entity how many saved clippings name it, then draws again. */
  private askSavedCount(entityId: string): void {
    const ask = this.options.countSavedClippings;
    if (!ask || this.savedCounts.has(entityId)) return;
    this.savedCounts.set(entityId, null);
    ask(entityId).then(
      (count) => {
        this.savedCounts.set(entityId, count);
        if (this.open?.entityId === entityId) this.options.onChange();
      },
      () => this.savedCounts.delete(entityId), // e.g. the extension was reloaded: try again on the next card
    );
  }
}
