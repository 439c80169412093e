import { describe, expect, it, vi } from 'vitest';
import type { InPageLayerProps, InPageRenderers, ReaderNotesProps } from '../../../lib/page/in-page-views';
import { renderersOnDemand } from '../../../lib/page/renderers-on-demand';
import { loadedInPageRenderers, offerInPageRenderers } from '../../../lib/page/ui-code-handoff';

const mount = (name: string) => ({ name }) as unknown as HTMLElement;
const LAYER = mount('layer');
const NOTES = mount('notes');
const layer = (verdict: string) => ({ toolbar: { verdict } }) as unknown as InPageLayerProps;
const notes = (open: boolean) => ({ open }) as unknown as ReaderNotesProps;

function realRenderers() {
  const drawn: string[] = [];
  const renderers: InPageRenderers = {
    layer: (props, into) => drawn.push(`${(into as unknown as { name: string }).name}: ${props ? (props.toolbar as { verdict: string }).verdict : 'down'}`),
    readerNotes: (props, into) => drawn.push(`${(into as unknown as { name: string }).name}: ${props ? `notes ${props.open}` : 'down'}`),
  };
  return { renderers, drawn };
}

/** A load the test finishes by hand. */
function pendingLoad() {
  let finish!: (renderers: InPageRenderers | undefined) => void;
  let fail!: (error: Error) => void;
  const load = vi.fn(() => new Promise<InPageRenderers | undefined>((resolve, reject) => ((finish = resolve), (fail = reject))));
  return { load, finish: (r: InPageRenderers | undefined) => finish(r), fail: (e: Error) => fail(e) };
}

describe('in-page renderers loaded on demand', () => {
  it('loads nothing until something is drawn, then draws the last view asked of each mount point', async () => {
    const { renderers, drawn } = realRenderers();
    const pending = pendingLoad();
    const onDemand = renderersOnDemand(pending.load);
    onDemand.layer(null, LAYER);
    expect(pending.load).not.toHaveBeenCalled();
    onDemand.layer(layer('article'), LAYER);
    onDemand.layer(layer('diplomatic'), LAYER);
    onDemand.readerNotes(notes(false), NOTES);
    expect(pending.load).toHaveBeenCalledTimes(1);
    expect(drawn).toEqual([]);
    pending.finish(renderers);
    await vi.waitFor(() => expect(drawn).toEqual(['layer: diplomatic', 'notes: notes false']));
    onDemand.readerNotes(notes(true), NOTES);
    expect(drawn.at(-1)).toBe('notes: notes true');
    expect(pending.load).toHaveBeenCalledTimes(1);
  });

  it('loads ahead of the first draw when told to, and then draws at once', async () => {
    const { renderers, drawn } = realRenderers();
    const pending = pendingLoad();
    const onDemand = renderersOnDemand(pending.load);
    onDemand.preload();
    onDemand.preload();
    expect(pending.load).toHaveBeenCalledTimes(1);
    pending.finish(renderers);
    await new Promise((resolve) => setTimeout(resolve, 0));
    onDemand.layer(layer('article'), LAYER);
    expect(drawn).toEqual(['layer: article']);
    onDemand.preload();
    expect(pending.load).toHaveBeenCalledTimes(1);
  });

  it('never draws a view taken down before the renderers came', async () => {
    const { renderers, drawn } = realRenderers();
    const pending = pendingLoad();
    const onDemand = renderersOnDemand(pending.load);
    onDemand.layer(layer('article'), LAYER);
    onDemand.layer(null, LAYER);
    pending.finish(renderers);
    await Promise.resolve();
    await Promise.resolve();
    expect(drawn).toEqual([]);
  });

  it('tries again at the next draw when loading failed', async () => {
    const { renderers, drawn } = realRenderers();
    const first = pendingLoad();
    const second = pendingLoad();
    const load = vi.fn().mockImplementationOnce(first.load).mockImplementationOnce(second.load);
    const onDemand = renderersOnDemand(load);
    onDemand.layer(layer('article'), LAYER);
    first.fail(new Error('the background was restarting'));
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    onDemand.layer(layer('diplomatic'), LAYER);
    expect(load).toHaveBeenCalledTimes(2);
    second.finish(renderers);
    await vi.waitFor(() => expect(drawn).toEqual(['layer: diplomatic']));
  });
});

describe('the UI code handing its renderers to the article code', () => {
  it('is found once offered, and a second copy loaded into the frame changes nothing', () => {
    const world = {} as typeof globalThis;
    expect(loadedInPageRenderers(world)).toBeUndefined();
    const first = realRenderers().renderers;
    offerInPageRenderers(first, world);
    offerInPageRenderers(realRenderers().renderers, world);
    expect(loadedInPageRenderers(world)).toBe(first);
  });
});
