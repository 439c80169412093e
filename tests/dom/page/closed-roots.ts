/**
 * Test-only view into closed shadow roots: page scripts cannot reach them, and neither can tests in
 * happy-dom (which has no DevTools protocol), so the roots are recorded as they are attached.
 */
const attached = new WeakMap<Element, ShadowRoot>();
const original = Element.prototype.attachShadow;
Element.prototype.attachShadow = function attachShadowAndRecord(this: Element, init: ShadowRootInit): ShadowRoot {
  const root = original.call(this, init);
  attached.set(this, root);
  return root;
};

/** The shadow root attached to `host`, open or closed. */
export function shadowRootOf(host: Element | null): ShadowRoot | null {
  return host ? (attached.get(host) ?? null) : null;
}

/** Diplomark's UI root in `doc`. */
export function uiRoot(doc: Document = document): ShadowRoot {
  const root = shadowRootOf(doc.querySelector('diplomark-ui'));
  if (!root) throw new Error('no <diplomark-ui> with a shadow root');
  return root;
}

/** Accepts every event: happy-dom cannot make trusted ones, so the tests of behaviour pass this filter. */
export const acceptAll = (): boolean => true;
