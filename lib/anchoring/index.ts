export { anchorAll, anchorAllInSlices, anchorSelectors, createAnchorer, contextScore, type Anchor, type AnchorMethod, type AnchorOptions, type AnchorInSlicesOptions, type AnchorReport, type AnchoredItem, type UnanchoredItem } from './anchor';
export { describeRange, CONTEXT_LENGTH, type HighlightSelectors } from './selectors';
