// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { eventually } from '../../support/eventually';
import { letLiveQueriesRun } from '../../support/live-query';
import { afterEach, describe, expect, it } from 'vitest';
import { DashboardApp } from '../../../entrypoints/dashboard/DashboardApp';
import { listClippings } from '../../../lib/store/clippings';
import type { DiplomarkDatabase } from '../../../lib/store/db';
import { buildSearchIndex } from '../../../lib/insights/search';
import type { Clipping } from '../../../lib/store/types';
import { generateClippings } from '../../../scripts/dashboard-data.mjs';
import { mount } from '../components/render';
import { freshDatabase } from '../../unit/store/helpers';

letLiveQueriesRun();

let cleanup: (() => void) | undefined;
let db: DiplomarkDatabase | undefined;
afterEach(async () => {
  cleanup?.();
  cleanup = undefined;
  await db?.delete();
});


/** Yields that wait until the test lets them go: the index and facet builds stop mid-way. */
function heldYields() {
  const waiting: (() => void)[] = [];
  let requested = 0;
  return {
    yieldToPage: () =>
      new Promise<void>((resolve) => {
        requested += 1;
        waiting.push(resolve);
      }),
    get requested() {
      return requested;
    },
    get waiting() {
      return waiting.length;
    },
    release: () => act(() => waiting.splice(0).forEach((resolve) => resolve())),
  };
}

async function openDashboard(count: number) {
  db = freshDatabase();
  await db.clippings.bulkPut(generateClippings({ count, seed: 8, textParagraphs: 1 }) as unknown as Clipping[]);
  const yields = heldYields();
  const mounted = mount(<DashboardApp database={Promise.resolve(db)} timeSlices={{ budgetMs: 0, yieldToPage: yields.yieldToPage }} />);
  cleanup = mounted.unmount;
  const root = mounted.container;
  const countText = () => root.querySelector('[data-testid="result-count"]')?.textContent ?? '';
  // The whole collection is read (not just the newest few shown first).
  await eventually(() => expect(countText()).toBe(`${count} clippings`));
  return { root, yields, countText, database: db };
}

function type(root: HTMLElement, query: string) {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  act(() => {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const rowIds = (root: HTMLElement) => [...root.querySelectorAll('[role="listitem"]')].map((row) => row.getAttribute('data-id'));

describe('DashboardApp search while the index is still being built', () => {
  it('builds the index in slices that yield, and a query typed meanwhile waits for it, then answers in full', async () => {
    const { root, yields, countText, database } = await openDashboard(300);
    // The build is stopped at a yield: 300 clippings in chunks of 50 with no time budget.
    await eventually(() => expect(yields.waiting).toBeGreaterThan(0));

    type(root, 'kashmir');
    expect(countText()).toBe('Searching 300 clippings…');
    expect(rowIds(root)).toEqual([]); // neither all clippings nor a partial answer
    expect(root.querySelector('.results .placeholder')?.textContent).toBe('Searching…');

    const expected = buildSearchIndex(await listClippings(database)).search('kashmir');
    expect(expected.length).toBeGreaterThan(10);
    await eventually(() => {
      yields.release();
      expect(countText()).toBe(`${expected.length} matches of 300`);
    });
    expect(rowIds(root).slice(0, 5)).toEqual(expected.slice(0, 5).map((c) => c.id));
    expect(yields.requested).toBeGreaterThanOrEqual(5);
  });

  it('answers from the new collection when clippings change during a build, never from the stale one', async () => {
    const { root, yields, countText, database } = await openDashboard(120);
    await eventually(() => expect(yields.waiting).toBeGreaterThan(0));
    const [first] = await listClippings(database);
    await database.clippings.update(first!.id, { note: 'Zanzibar accord', updatedAt: '2099-01-01T00:00:00.000Z' });

    type(root, 'zanzibar');
    expect(countText()).toBe('Searching 120 clippings…');
    await eventually(() => {
      yields.release();
      expect(countText()).toBe('1 match of 120');
    });
    expect(rowIds(root)).toEqual([first!.id]);
    // Later yields of the aborted build change nothing.
    yields.release();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(countText()).toBe('1 match of 120');
  });
});
