// Reaching Diplomark's in-page UI through WebDriver BiDi, as a reader's input would: the shadow root of
// <diplomark-ui> is found by the protocol (which sees closed roots too), elements are located inside it, and
// clicks and keys are real input events (isTrusted), never dispatched from page script.
import type { Browser, Page } from 'puppeteer-core';

interface SharedReference {
  sharedId: string;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** Puppeteer's own BiDi connection and the page's browsing context id, for commands it does not wrap. */
function bidi(page: Page): { connection: BidiConnection; context: string } {
  const browser = page.browser() as Browser & { connection?: BidiConnection };
  const context = (page.mainFrame() as unknown as { _id?: string })._id;
  if (!browser.connection || !context) throw new Error('This page is not driven over WebDriver BiDi (Firefox).');
  return { connection: browser.connection, context };
}

/** The shadow root of `<diplomark-ui>`, open or closed, or null when the element (or its root) is not there. */
export async function uiShadowRoot(page: Page): Promise<SharedReference | null> {
  const { connection, context } = bidi(page);
  const { result } = (await connection.send('script.evaluate', {
    expression: 'document.querySelector("diplomark-ui")',
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  })) as { result: { type: string; result?: { value?: { shadowRoot?: { sharedId?: string } | null } } } };
  const sharedId = result.result?.value?.shadowRoot?.sharedId;
  return sharedId ? { sharedId } : null;
}

/** Elements matching `selector` inside `<diplomark-ui>`'s shadow root (empty when there are none). */
export async function locateInUi(page: Page, selector: string): Promise<SharedReference[]> {
  const root = await uiShadowRoot(page);
  if (!root) return [];
  const { connection, context } = bidi(page);
  const { result } = (await connection.send('browsingContext.locateNodes', {
    context,
    locator: { type: 'css', value: selector },
    startNodes: [root],
  })) as { result: { nodes: { sharedId?: string }[] } };
  return result.nodes.flatMap((node) => (node.sharedId ? [{ sharedId: node.sharedId }] : []));
}

/** Waits until `selector` matches inside the UI; returns the first match. */
export async function waitForUi(page: Page, selector: string, timeout = 10_000): Promise<SharedReference> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const [first] = await locateInUi(page, selector);
    if (first) return first;
    if (Date.now() > deadline) throw new Error(`No ${selector} in <diplomark-ui> within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Calls `fn(element)` in the page with an element of the UI; returns its (JSON) result. */
export async function withElement<T>(page: Page, element: SharedReference, fn: string): Promise<T> {
  const { connection, context } = bidi(page);
  const { result } = (await connection.send('script.callFunction', {
    functionDeclaration: fn,
    target: { context },
    arguments: [element],
    awaitPromise: true,
    resultOwnership: 'none',
  })) as { result: { type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } } };
  if (result.type !== 'success') throw new Error(`Calling ${fn} failed: ${result.exceptionDetails?.text ?? result.type}`);
  return JSON.parse(String(result.result?.value ?? 'null')) as T;
}

/** Text of the first element matching `selector` in the UI, or null when there is none. */
export async function uiText(page: Page, selector: string): Promise<string | null> {
  const [element] = await locateInUi(page, selector);
  return element ? withElement<string>(page, element, '(el) => JSON.stringify(el.textContent ?? "")') : null;
}

/** A trusted click (pointer moved onto the element's centre, pressed, released) on `selector` in the UI. */
export async function clickInUi(page: Page, selector: string, timeout = 10_000): Promise<void> {
  const element = await waitForUi(page, selector, timeout);
  const { connection, context } = bidi(page);
  await connection.send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'diplomark-mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element } },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
  await connection.send('input.releaseActions', { context });
}

/** Types `text` with real key events into whatever has focus. */
export async function typeText(page: Page, text: string): Promise<void> {
  const { connection, context } = bidi(page);
  const keys = [...text].flatMap((value) => [
    { type: 'keyDown', value },
    { type: 'keyUp', value },
  ]);
  await connection.send('input.performActions', { context, actions: [{ type: 'key', id: 'diplomark-keyboard', actions: keys }] });
  await connection.send('input.releaseActions', { context });
}

/** The first element of the page (outside our UI) matching `selector`, for pointer actions. */
export async function locateInPage(page: Page, selector: string): Promise<SharedReference> {
  const { connection, context } = bidi(page);
  const { result } = (await connection.send('browsingContext.locateNodes', {
    context,
    locator: { type: 'css', value: selector },
    maxNodeCount: 1,
  })) as { result: { nodes: { sharedId?: string }[] } };
  const sharedId = result.nodes[0]?.sharedId;
  if (!sharedId) throw new Error(`No ${selector} in the page`);
  return { sharedId };
}

/** Moves the mouse onto the centre of `element`, as a reader pointing at it. */
export async function hover(page: Page, element: SharedReference): Promise<void> {
  const { connection, context } = bidi(page);
  await connection.send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'diplomark-mouse',
        parameters: { pointerType: 'mouse' },
        actions: [{ type: 'pointerMove', x: 0, y: 0, duration: 50, origin: { type: 'element', element } }],
      },
    ],
  });
}

/** WebDriver key values for the keys the tests press. */
export const KEY = { escape: '\uE00C', arrowRight: '\uE014' } as const;

/** Presses `keys` together (held down in order, released in reverse), e.g. `[KEY.arrowRight]`. */
export async function pressChord(page: Page, keys: readonly string[]): Promise<void> {
  const { connection, context } = bidi(page);
  const actions = [...keys.map((value) => ({ type: 'keyDown', value })), ...[...keys].reverse().map((value) => ({ type: 'keyUp', value }))];
  await connection.send('input.performActions', { context, actions: [{ type: 'key', id: 'diplomark-keyboard', actions }] });
  await connection.send('input.releaseActions', { context });
}
