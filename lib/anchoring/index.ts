export { anchorAll, anchorSelectors, contextScore, type Anchor, type AnchorMethod, type AnchorOptions, type AnchorReport, type AnchoredItem, type UnanchoredItem } from './anchor';
export { describeRange, CONTEXT_LENGTH, type HighlightSelectors } from './selectors';
