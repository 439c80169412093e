import { useEffect, useRef, useState } from 'preact/hooks';
import { type FacetOptions, NO_FACET_OPTIONS, facetOptionsInSlices } from '../lib/insights/facets';
import { type SearchIndex, buildSearchIndexInSlices } from '../lib/insights/search';
import { type SliceOptions, isAbort } from '../lib/time-slices';
import type { Clipping } from '../lib/store/types';

export type TimeSlices = Pick<SliceOptions, 'budgetMs' | 'yieldToPage'>;

/**
 * The search index and facet counts of the whole collection. Both are built in time slices once the
 * list has painted (never one long task), and a newer collection aborts the builds for an older one.
 * The index is rebuilt from the previous one, so after an edit only the changed clippings are folded.
 * `partial` says the collection is still the first few clippings of a longer read: not worth indexing.
 */
export function useSearchIndex(clippings: readonly Clipping[], partial: boolean, timeSlices?: TimeSlices) {
  const previousIndex = useRef<SearchIndex | undefined>(undefined);
  const [index, setIndex] = useState<SearchIndex | undefined>();
  const [facetOptions, setFacetOptions] = useState<FacetOptions>(NO_FACET_OPTIONS);
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    const unlessAborted = (error: unknown) => {
      if (!isAbort(error, signal)) throw error;
    };
    // Until the new counts are in, the menus keep the previous ones (the filters themselves never lag).
    facetOptionsInSlices(clippings, { ...timeSlices, signal }).then(setFacetOptions, unlessAborted);
    if (!partial) {
      buildSearchIndexInSlices(clippings, previousIndex.current, { ...timeSlices, signal }).then((built) => {
        previousIndex.current = built;
        setIndex(built);
      }, unlessAborted);
    }
    return () => controller.abort();
  }, [clippings]);

  // Only an index of the whole current collection answers: never missing or stale results.
  const current = !partial && index !== undefined && index.clippings === clippings ? index : undefined;
  return { index: current, facetOptions };
}
