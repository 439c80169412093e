import { h, render } from 'preact';
import type { InPageRenderers } from '../lib/page/in-page-views';
import { InPageLayer } from './InPageLayer';
import { ReaderNotes } from './ReaderNotes';

/** Preact drawing of the page layer's views (lib/page/in-page-views.ts), handed to the PageSession by the article entrypoint. */
export const inPageRenderers: InPageRenderers = {
  layer: (props, mount) => render(props && h(InPageLayer, props), mount),
  readerNotes: (props, mount) => render(props && h(ReaderNotes, props), mount),
};
