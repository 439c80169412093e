import type { EntityKind } from '../entities/types';

const HIDDEN_ATTRIBUTE = 'data-diplomark-hidden';
/** Root attribute listing the kinds turned off in the legend (space-separated); CSS hides them, nothing is re-wrapped. */
const HIDDEN_KINDS_ATTRIBUTE = 'data-diplomark-hidden-kinds';

/**
 * What the reader chose to see in the toolbar: highlights on or off, kinds turned off in the legend,
 * the toolbar folded. Shown on the root element as attributes the highlight CSS reads.
 */
export class HighlightVisibility {
  private shown = true;
  private folded = false;
  private readonly hidden = new Set<EntityKind>();

  constructor(
    private readonly doc: Document,
    /** The reader changed something: draw again (and close the card when what is highlighted changed). */
    private readonly onChange: (highlightsChanged: boolean) => void,
  ) {}

  get highlightsShown(): boolean {
    return this.shown;
  }

  get collapsed(): boolean {
    return this.folded;
  }

  get hiddenKinds(): EntityKind[] {
    return [...this.hidden];
  }

  /** Whether a highlight of `kind` can be seen now. */
  shows(kind: EntityKind): boolean {
    return this.shown && !this.hidden.has(kind);
  }

  toggleHighlights(): void {
    this.shown = !this.shown;
    if (this.shown) this.doc.documentElement.removeAttribute(HIDDEN_ATTRIBUTE);
    else this.doc.documentElement.setAttribute(HIDDEN_ATTRIBUTE, '');
    this.onChange(true);
  }

  toggleKind(kind: EntityKind): void {
    if (this.hidden.has(kind)) this.hidden.delete(kind);
    else this.hidden.add(kind);
    const root = this.doc.documentElement;
    if (this.hidden.size > 0) root.setAttribute(HIDDEN_KINDS_ATTRIBUTE, [...this.hidden].join(' '));
    else root.removeAttribute(HIDDEN_KINDS_ATTRIBUTE);
    this.onChange(true);
  }

  toggleCollapsed(): void {
    this.folded = !this.folded;
    this.onChange(false);
  }

  /** Takes the attributes off the page. */
  stop(): void {
    this.doc.documentElement.removeAttribute(HIDDEN_ATTRIBUTE);
    this.doc.documentElement.removeAttribute(HIDDEN_KINDS_ATTRIBUTE);
  }
}
