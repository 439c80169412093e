import type { InPageLayerProps, InPageRenderers, ReaderHighlightListProps } from './in-page-views';
import { createUiHost, type EventFilter, type UiHost } from './ui-host';

/**
 * The single closed shadow root Diplomark draws into: the toolbar and card layer, and the list of the
 * reader's highlights beside it. The host is made when the layer is first drawn; the reader's highlights
 * wait for it (a page without the toolbar shows no list of them). `destroy()` takes both down and the host out.
 */
export class InPageUi {
  private host: UiHost | null = null;
  private readerHighlightsMount: HTMLElement | null = null;
  private destroyed = false;

  constructor(
    private readonly doc: Document,
    private readonly options: { css: string; readerHighlightsCss?: string; renderers: InPageRenderers; acceptEvent: EventFilter },
  ) {}

  /** Whether the shadow root exists (the toolbar was drawn once). */
  get shown(): boolean {
    return this.host !== null;
  }

  /** Draws the toolbar and card layer, making the host on first use. */
  renderLayer(props: InPageLayerProps): void {
    if (this.destroyed) return;
    this.host ??= createUiHost(this.doc, this.options.css, this.options.acceptEvent);
    this.options.renderers.layer(props, this.host.mount);
  }

  /** Draws the list of the reader's highlights next to the layer; nothing while there is no layer. */
  renderReaderHighlights(props: ReaderHighlightListProps | null): void {
    if (this.destroyed || !this.host) return;
    if (!this.readerHighlightsMount) {
      if (!props) return;
      const style = this.doc.createElement('style');
      style.textContent = this.options.readerHighlightsCss ?? '';
      this.readerHighlightsMount = this.doc.createElement('div');
      this.readerHighlightsMount.className = 'layer reader-layer';
      this.host.root.append(style, this.readerHighlightsMount);
    }
    this.options.renderers.readerHighlights(props, this.readerHighlightsMount);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.readerHighlightsMount) this.options.renderers.readerHighlights(null, this.readerHighlightsMount);
    if (this.host) {
      this.options.renderers.layer(null, this.host.mount);
      this.host.remove();
    }
    this.host = null;
    this.readerHighlightsMount = null;
  }
}
