import { useEffect, useState } from 'preact/hooks';
import { type ClippingInsights, clippingInsightsInSlices } from '../lib/insights/insights';
import { isAbort } from '../lib/time-slices';
import type { Clipping } from '../lib/store/types';
import type { TimeSlices } from './use-search-index';

/**
 * The pictures of `results`, counted in time slices only while `wanted` (their tab is shown and the
 * results are settled). Undefined until the counts for exactly these results are in.
 */
export function useInsights(results: readonly Clipping[], wanted: boolean, timeSlices?: TimeSlices): ClippingInsights | undefined {
  const [insights, setInsights] = useState<{ of: readonly Clipping[]; data: ClippingInsights }>();
  useEffect(() => {
    if (!wanted) return;
    const controller = new AbortController();
    const { signal } = controller;
    clippingInsightsInSlices(results, { ...timeSlices, signal }).then(
      (data) => setInsights({ of: results, data }),
      (error: unknown) => {
        if (!isAbort(error, signal)) throw error;
      },
    );
    return () => controller.abort();
  }, [wanted, results]);
  return insights?.of === results ? insights.data : undefined;
}
