import { h, render } from 'preact';
import type { InPageRenderers } from '../lib/page/in-page-views';
import { InPageLayer } from './InPageLayer';
import { ReaderHighlightList } from './ReaderHighlightList';

/** Preact drawing of the page layer's views (lib/page/in-page-views.ts), handed to the PageSession by the article entrypoint. */
export const inPageRenderers: InPageRenderers = {
  layer: (props, mount) => render(props && h(InPageLayer, props), mount),
  readerHighlights: (props, mount) => render(props && h(ReaderHighlightList, props), mount),
};
