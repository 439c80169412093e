// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PageWatcher } from '../../../lib/page/page-watcher';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let watcher: PageWatcher | null = null;
afterEach(() => {
  watcher?.stop();
  watcher = null;
});

function watch(settleMs = 20) {
  const quiet: number[] = [];
  document.body.innerHTML = '<p id="text">Hello</p>';
  watcher = new PageWatcher({ doc: document, settleMs, lastLook: () => 0, onQuiet: () => quiet.push(Date.now()), onHighlightsEdited: () => undefined });
  watcher.start();
  return quiet;
}

describe('PageWatcher', () => {
  it('never reacts to changes made through withoutObserving', async () => {
    const quiet = watch();
    for (let i = 0; i < 50; i++) watcher!.withoutObserving(() => document.getElementById('text')!.append(` ours ${i}`));
    await wait(200);
    expect(quiet).toEqual([]);
  });

  it('hears a page change made just before one of ours, which disconnecting would otherwise drop', async () => {
    const quiet = watch();
    document.getElementById('text')!.append(' the page’s');
    watcher!.withoutObserving(() => document.getElementById('text')!.append(' ours'));
    await wait(200);
    expect(quiet).toHaveLength(1);
  });

  it('looks within the maximum wait on a page that changes faster than its quiet period', async () => {
    const quiet = watch(400);
    const started = Date.now();
    const ticking = setInterval(() => (document.getElementById('text')!.textContent = String(Date.now())), 50);
    try {
      await wait(2_600);
    } finally {
      clearInterval(ticking);
    }
    expect(quiet.length, 'looks while the page never went quiet').toBeGreaterThanOrEqual(1);
    expect(quiet[0]! - started).toBeLessThanOrEqual(2_300);
  });
});
