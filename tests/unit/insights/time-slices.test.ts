import { describe, expect, it } from 'vitest';
import { applyFacets, facetOptions, facetOptionsInSlices } from '../../../lib/insights/facets';
import { clippingInsights, clippingInsightsInSlices } from '../../../lib/insights/insights';
import { inTimeSlices, isAbort } from '../../../lib/time-slices';
import { generateClippings } from '../../../scripts/dashboard-data.mjs';
import type { Clipping } from '../../../lib/store/types';

describe('inTimeSlices', () => {
  it('covers every index once, in order, yielding between slices', async () => {
    const seen: [number, number][] = [];
    let yields = 0;
    await inTimeSlices(10, 3, (from, to) => seen.push([from, to]), {
      budgetMs: 0,
      yieldToPage: async () => {
        yields += 1;
      },
    });
    expect(seen).toEqual([
      [0, 3],
      [3, 6],
      [6, 9],
      [9, 10],
    ]);
    expect(yields).toBe(3); // not after the last chunk
  });

  it('does several chunks per slice while the slice lasts', async () => {
    let yields = 0;
    let steps = 0;
    await inTimeSlices(100, 1, () => (steps += 1), {
      budgetMs: 60_000,
      yieldToPage: async () => {
        yields += 1;
      },
    });
    expect([steps, yields]).toEqual([100, 0]);
  });

  it('rejects with the abort reason at the next yield, and at once when already aborted', async () => {
    const controller = new AbortController();
    let steps = 0;
    const work = inTimeSlices(10, 1, () => (steps += 1), {
      budgetMs: 0,
      signal: controller.signal,
      yieldToPage: async () => controller.abort(),
    });
    const error = await work.catch((e: unknown) => e);
    expect(isAbort(error, controller.signal)).toBe(true);
    expect(steps).toBe(1);
    await expect(inTimeSlices(1, 1, () => {}, { signal: controller.signal })).rejects.toBe(controller.signal.reason);
  });
});

describe('facetOptionsInSlices', () => {
  it('counts the same options as facetOptions, yielding between slices', async () => {
    const clippings = generateClippings({ count: 1000, seed: 5 }) as unknown as Clipping[];
    let yields = 0;
    const sliced = await facetOptionsInSlices(clippings, {
      budgetMs: 0,
      yieldToPage: async () => {
        yields += 1;
      },
    });
    expect(yields).toBe(4); // 1,000 clippings in chunks of 200
    expect(sliced).toEqual(facetOptions(clippings));
    const kashmir = sliced.dispute.find((option) => option.value === 'dispute:kashmir');
    expect(kashmir?.count).toBe(applyFacets(clippings, { dispute: 'dispute:kashmir' }).length);
  });
});

describe('clippingInsightsInSlices', () => {
  it('draws the same pictures as clippingInsights, yielding between slices, and stops when aborted', async () => {
    const clippings = generateClippings({ count: 1000, seed: 6 }) as unknown as Clipping[];
    let yields = 0;
    const sliced = await clippingInsightsInSlices(clippings, {
      budgetMs: 0,
      yieldToPage: async () => {
        yields += 1;
      },
    });
    expect(yields).toBe(3 + 1); // 1,000 in chunks of 250 (counts), then in chunks of 500 (pairs)
    expect(sliced).toEqual(clippingInsights(clippings));
    expect(sliced.timeline.series.length).toBeGreaterThan(0);

    const controller = new AbortController();
    const stopped = clippingInsightsInSlices(clippings, { budgetMs: 0, signal: controller.signal, yieldToPage: async () => controller.abort() });
    expect(isAbort(await stopped.catch((e: unknown) => e), controller.signal)).toBe(true);
  });
});
