/** The element that holds Diplomark's in-page UI: `<diplomark-ui>` with an open shadow root. */
export interface UiHost {
  host: HTMLElement;
  /** Where the UI renders, inside the shadow root. */
  mount: HTMLElement;
  remove(): void;
}

/**
 * Creates the UI host on the document element (outside <body>, so pages that rebuild their body keep
 * it), with our own styles in its shadow root.
 */
export function createUiHost(doc: Document, css: string): UiHost {
  const host = doc.createElement('diplomark-ui');
  // Inline and important, so page rules for unknown elements cannot hide or move the host.
  host.setAttribute('style', 'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  mount.className = 'layer';
  shadow.append(style, mount);
  doc.documentElement.appendChild(host);
  return {
    host,
    mount,
    remove: () => host.remove(),
  };
}
