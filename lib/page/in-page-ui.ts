import type { InPageLayerProps, InPageRenderers, ReaderNotesProps } from './in-page-views';
import { createUiHost, type EventFilter, type UiHost } from './ui-host';

/**
 * The single closed shadow root Diplomark draws into: the toolbar and card layer, and the reader's notes
 * beside it. The host is made when the layer is first drawn; the reader's notes wait for it (a page
 * without the toolbar shows no notes panel). `destroy()` takes both down and the host out.
 */
export class InPageUi {
  private host: UiHost | null = null;
  private notesMount: HTMLElement | null = null;
  private destroyed = false;

  constructor(
    private readonly doc: Document,
    private readonly options: { css: string; readerNotesCss?: string; renderers: InPageRenderers; acceptEvent: EventFilter },
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

  /** Draws the reader's notes next to the layer; nothing while there is no layer. */
  renderReaderNotes(props: ReaderNotesProps | null): void {
    if (this.destroyed || !this.host) return;
    if (!this.notesMount) {
      if (!props) return;
      const style = this.doc.createElement('style');
      style.textContent = this.options.readerNotesCss ?? '';
      this.notesMount = this.doc.createElement('div');
      this.notesMount.className = 'layer reader-layer';
      this.host.root.append(style, this.notesMount);
    }
    this.options.renderers.readerNotes(props, this.notesMount);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.notesMount) this.options.renderers.readerNotes(null, this.notesMount);
    if (this.host) {
      this.options.renderers.layer(null, this.host.mount);
      this.host.remove();
    }
    this.host = null;
    this.notesMount = null;
  }
}
