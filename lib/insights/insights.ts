import { clippingDate } from './facets';
import { type SliceOptions, inTimeSlices } from '../time-slices';
import type { Clipping } from '../store/types';

/** Clippings per month for one dispute. */
export interface DisputeSeries {
  id: string;
  name: string;
  /** Counts aligned with `DisputeTimeline.months`. */
  counts: number[];
  total: number;
}

export interface DisputeTimeline {
  /** `YYYY-MM`, every month from the first to the last clipping, in order. */
  months: string[];
  series: DisputeSeries[];
}

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** Counts clippings per dispute and month, a clipping at a time. */
function timelineTally() {
  const perDispute = new Map<string, { name: string; byMonth: Map<string, number>; total: number }>();
  let first = '';
  let last = '';
  return {
    add(clipping: Clipping) {
      if (clipping.disputes.length === 0) return;
      const month = clippingDate(clipping).slice(0, 7);
      for (const id of clipping.disputes) {
        const name = clipping.entities.find((entity) => entity.id === id)?.name ?? id;
        const entry = perDispute.get(id) ?? { name, byMonth: new Map(), total: 0 };
        entry.byMonth.set(month, (entry.byMonth.get(month) ?? 0) + 1);
        entry.total += 1;
        perDispute.set(id, entry);
      }
      if (!first || month < first) first = month;
      if (!last || month > last) last = month;
    },
    result(limit: number): DisputeTimeline {
      if (!first) return { months: [], series: [] };
      const months = monthsBetween(first, last);
      const series = [...perDispute.entries()]
        .sort((a, b) => b[1].total - a[1].total || (a[0] < b[0] ? -1 : 1))
        .slice(0, limit)
        .map(([id, { name, byMonth, total }]) => ({ id, name, total, counts: months.map((month) => byMonth.get(month) ?? 0) }));
      return { months, series };
    },
  };
}

/** Clippings over time (by publication month, else save month) for the `limit` most clipped disputes. */
export function disputeTimeline(clippings: readonly Clipping[], limit = 5): DisputeTimeline {
  const tally = timelineTally();
  for (const clipping of clippings) tally.add(clipping);
  return tally.result(limit);
}

export interface EntityTotal {
  id: string;
  name: string;
  kind: Clipping['entities'][number]['kind'];
  mentions: number;
  clippings: number;
}

/** Sums mentions per entity, a clipping at a time. */
function mentionTally() {
  const totals = new Map<string, EntityTotal>();
  return {
    add(clipping: Clipping) {
      for (const entity of clipping.entities) {
        const total = totals.get(entity.id) ?? { id: entity.id, name: entity.name, kind: entity.kind, mentions: 0, clippings: 0 };
        total.mentions += entity.count;
        total.clippings += 1;
        totals.set(entity.id, total);
      }
    },
    result: (limit: number): EntityTotal[] =>
      [...totals.values()].sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1)).slice(0, limit),
  };
}

/** The most mentioned entities across `clippings` (mentions summed, clippings counted). */
export function mostMentioned(clippings: readonly Clipping[], limit = 12): EntityTotal[] {
  const tally = mentionTally();
  for (const clipping of clippings) tally.add(clipping);
  return tally.result(limit);
}

export interface CountryPairs {
  countries: { id: string; name: string; clippings: number }[];
  /** `together[i][j]`: clippings naming both country i and country j (the diagonal: country i at all). */
  together: number[][];
}

/**
 * Country pairs in two passes over the clippings: first clippings per country (to pick the most
 * frequent), then, for those, clippings naming each pair.
 */
function countryTally() {
  const counts = new Map<string, { name: string; clippings: number }>();
  return {
    add(clipping: Clipping) {
      for (const entity of clipping.entities) {
        if (entity.kind !== 'country') continue;
        const entry = counts.get(entity.id) ?? { name: entity.name, clippings: 0 };
        entry.clippings += 1;
        counts.set(entity.id, entry);
      }
    },
    pairs(limit: number) {
      const countries = [...counts.entries()]
        .sort((a, b) => b[1].clippings - a[1].clippings || (a[0] < b[0] ? -1 : 1))
        .slice(0, limit)
        .map(([id, { name, clippings: n }]) => ({ id, name, clippings: n }));
      const position = new Map(countries.map((country, i) => [country.id, i]));
      const together = countries.map(() => countries.map(() => 0));
      const present = new Set<number>();
      return {
        add(clipping: Clipping) {
          present.clear();
          for (const entity of clipping.entities) {
            const i = entity.kind === 'country' ? position.get(entity.id) : undefined;
            if (i !== undefined) present.add(i);
          }
          for (const i of present) for (const j of present) (together[i] as number[])[j] = ((together[i] as number[])[j] as number) + 1;
        },
        result: (): CountryPairs => ({ countries, together }),
      };
    },
  };
}

/** Which of the `limit` most frequent countries appear in the same clippings, and how often. */
export function countryPairs(clippings: readonly Clipping[], limit = 10): CountryPairs {
  const tally = countryTally();
  for (const clipping of clippings) tally.add(clipping);
  const pairs = tally.pairs(limit);
  for (const clipping of clippings) pairs.add(clipping);
  return pairs.result();
}

/** The three pictures of the dashboard's Pictures tab. */
export interface ClippingInsights {
  timeline: DisputeTimeline;
  mentioned: EntityTotal[];
  pairs: CountryPairs;
}

/** All three pictures at once, as the functions above draw them. */
export function clippingInsights(clippings: readonly Clipping[]): ClippingInsights {
  return { timeline: disputeTimeline(clippings), mentioned: mostMentioned(clippings), pairs: countryPairs(clippings) };
}

/**
 * The same pictures counted in time slices (see `inTimeSlices`), so showing them for 10,000 clippings
 * never blocks the page; aborting `signal` stops the counting (it rejects).
 */
export async function clippingInsightsInSlices(clippings: readonly Clipping[], options?: SliceOptions): Promise<ClippingInsights> {
  const timeline = timelineTally();
  const mentions = mentionTally();
  const countries = countryTally();
  await inTimeSlices(
    clippings.length,
    250,
    (from, to) => {
      for (let i = from; i < to; i += 1) {
        const clipping = clippings[i] as Clipping;
        timeline.add(clipping);
        mentions.add(clipping);
        countries.add(clipping);
      }
    },
    options,
  );
  const pairs = countries.pairs(10);
  await inTimeSlices(
    clippings.length,
    500,
    (from, to) => {
      for (let i = from; i < to; i += 1) pairs.add(clippings[i] as Clipping);
    },
    options,
  );
  return { timeline: timeline.result(5), mentioned: mentions.result(12), pairs: pairs.result() };
}
