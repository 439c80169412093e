import type { InPageLayerProps, InPageRenderers, ReaderNotesProps } from './in-page-views';

type View = { name: 'layer'; props: InPageLayerProps } | { name: 'readerNotes'; props: ReaderNotesProps };

/** Renderers that are loaded on demand, and can be told to start loading ahead of the first draw. */
export interface RenderersOnDemand extends InPageRenderers {
  /** Starts loading now (while the page waits for something else), so the first draw finds them there. */
  preload(): void;
}

/**
 * Renderers that load the real ones (`load`, which may ask the background for the UI code) when told to
 * or the first time something is to be drawn, and draw into each mount point the last view asked of it
 * once they are there. A view taken down (`null`) before they are loaded is simply never drawn. A failed
 * load is tried again at the next draw.
 */
export function renderersOnDemand(load: () => Promise<InPageRenderers | undefined>): RenderersOnDemand {
  let loaded: InPageRenderers | undefined;
  let loading: Promise<void> | null = null;
  const waiting = new Map<HTMLElement, View>();

  const drawWaiting = (renderers: InPageRenderers) => {
    for (const [mount, view] of waiting) {
      if (view.name === 'layer') renderers.layer(view.props, mount);
      else renderers.readerNotes(view.props, mount);
    }
    waiting.clear();
  };

  const start = () => {
    if (loaded) return;
    loading ??= load().then(
      (renderers) => {
        loading = null;
        if (!renderers) return;
        loaded = renderers;
        drawWaiting(renderers);
      },
      () => {
        loading = null;
      },
    );
  };

  const ask = (mount: HTMLElement, view: View | null) => {
    if (!view) {
      waiting.delete(mount);
      return;
    }
    waiting.set(mount, view);
    start();
  };

  return {
    preload: start,
    layer(props, mount) {
      if (loaded) loaded.layer(props, mount);
      else ask(mount, props && { name: 'layer', props });
    },
    readerNotes(props, mount) {
      if (loaded) loaded.readerNotes(props, mount);
      else ask(mount, props && { name: 'readerNotes', props });
    },
  };
}
