/** The element that holds Diplomark's in-page UI: `<diplomark-ui>` with a closed shadow root. */
export interface UiHost {
  host: HTMLElement;
  /** The closed shadow root: only the session that created the host holds it. */
  root: ShadowRoot;
  /** Where the UI renders, inside the shadow root. */
  mount: HTMLElement;
  remove(): void;
}

/** Decides whether an event came from the reader (the browser) rather than from a page script. */
export type EventFilter = (event: Event) => boolean;

/** Real input only: events a page script dispatches carry `isTrusted === false`. */
export const trustedOnly: EventFilter = (event) => event.isTrusted === true;

/**
 * Every kind of event our UI acts on. A capturing listener on the shadow root stops untrusted ones
 * before they reach any of our handlers.
 */
const GUARDED_EVENTS = [
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'mouseover', 'mouseout', 'mouseenter', 'mouseleave',
  'pointerdown', 'pointerup', 'pointerover', 'pointerout', 'pointerenter', 'pointerleave',
  'keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'change', 'submit', 'reset', 'focus', 'blur', 'focusin', 'focusout',
] as const;

/**
 * Creates the UI host on the document element (outside <body>, so pages that rebuild their body keep
 * it), with our own styles in a closed shadow root: page scripts see neither its content (notes, saved
 * counts, cards) nor its controls, and events they dispatch never reach our handlers.
 */
export function createUiHost(doc: Document, css: string, accept: EventFilter = trustedOnly): UiHost {
  const host = doc.createElement('diplomark-ui');
  // Inline and important, so page rules for unknown elements cannot hide or move the host.
  host.setAttribute('style', 'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;');
  const root = host.attachShadow({ mode: 'closed' });
  const stopUntrusted = (event: Event) => {
    if (accept(event)) return;
    event.stopImmediatePropagation();
    if (event.cancelable) event.preventDefault();
  };
  for (const type of GUARDED_EVENTS) root.addEventListener(type, stopUntrusted, { capture: true });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  mount.className = 'layer';
  root.append(style, mount);
  doc.documentElement.appendChild(host);
  return {
    host,
    root,
    mount,
    remove: () => host.remove(),
  };
}
