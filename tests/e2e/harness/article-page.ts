import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** One highlight element as the content script left it in the page. */
export interface PageHighlight {
  /** Text of the element, whitespace collapsed. */
  text: string;
  entity: string;
  kind: string;
  /** Inside header, nav, aside or footer: site chrome, not the article. */
  inChrome: boolean;
  /** Selector of a forbidden container it sits in (contenteditable, textarea, script…), or null. */
  forbiddenIn: string | null;
}

/** Differences between the live page and the same HTML parsed fresh (what the page was before Diplomark). */
export interface PageDrift {
  /** `selector: what changed` for each `untouched` selector that differs. */
  untouched: string[];
  /** Structural element counts that changed, e.g. `tr: 4 → 5`. */
  structure: string[];
  /** First place where the body's text differs, or null when equal. */
  text: string | null;
}

export const VERDICT_TIMEOUT_MS = 20_000;

const CHROME_SELECTOR = 'header, nav, aside, footer, [role="navigation"], [role="banner"], [role="contentinfo"]';
const FORBIDDEN_SELECTOR = '[contenteditable]:not([contenteditable="false"]), textarea, input, script, style, svg, title, noscript';

/** Collapses runs of whitespace so surfaces compare the way a reader sees them. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Page object for a web page with the Diplomark content script running in it.
 * Everything here goes through the page's DOM, the contract in docs/design.md: `<html data-diplomark>`,
 * `[data-diplomark-entity]` / `[data-diplomark-kind]` highlights, `<diplomark-ui>` with a closed shadow root
 * (reached through `ui`, over the DevTools protocol).
 */
export class ArticlePage {
  /** Uncaught page errors and console errors since the page opened (content-script failures show up here). */
  readonly errors: string[] = [];
  /** Diplomark's in-page UI, inside its closed shadow root. */
  readonly ui: InPageUi;

  constructor(readonly page: Page) {
    this.ui = new InPageUi(page);
    page.on('pageerror', (error) => this.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console.error: ${message.text()}`);
    });
  }

  static async open(context: BrowserContext, url: string): Promise<ArticlePage> {
    const article = new ArticlePage(await context.newPage());
    const response = await article.page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`Could not load fixture ${url}: HTTP ${response?.status()}`);
    return article;
  }

  /** `<html data-diplomark>` right now, or null. */
  verdictNow(): Promise<string | null> {
    return this.page.evaluate(() => document.documentElement.getAttribute('data-diplomark'));
  }

  /** Waits until `<html data-diplomark>` is set; null when it never was within the timeout. */
  async waitForVerdict(timeout = VERDICT_TIMEOUT_MS): Promise<string | null> {
    const handle = await this.page
      .waitForFunction(() => document.documentElement.getAttribute('data-diplomark'), undefined, { timeout, polling: 100 })
      .catch(() => null);
    return handle ? ((await handle.jsonValue()) as string) : null;
  }

  /** Waits until the number of highlights has not changed for `quietMs` (highlighting may be chunked). */
  async waitForHighlightsToSettle(quietMs = 400, timeout = 5_000): Promise<void> {
    const deadline = Date.now() + timeout;
    let last = -1;
    let since = Date.now();
    while (Date.now() < deadline) {
      const count = await this.page.evaluate(() => document.querySelectorAll('[data-diplomark-entity]').length);
      if (count !== last) {
        last = count;
        since = Date.now();
      } else if (Date.now() - since >= quietMs) return;
      await this.page.waitForTimeout(100);
    }
  }

  /** Every highlight in document order. */
  /**
   * Scrolls a long page from top to bottom and back, a screen at a time, so highlights Diplomark draws only
   * as the reader nears them (long articles, docs/architecture.md "Page view") are all drawn. Short pages
   * (under ten screens) are highlighted whole and are left where they are.
   */
  async scrollThrough(): Promise<void> {
    const screens = await this.page.evaluate(() => document.documentElement.scrollHeight / Math.max(1, window.innerHeight));
    if (screens < 10) return;
    for (let screen = 0; screen <= screens; screen++) {
      await this.page.evaluate((y) => window.scrollTo(0, y * window.innerHeight), screen);
      await this.page.waitForTimeout(50);
    }
    await this.page.waitForTimeout(300);
    await this.page.evaluate(() => window.scrollTo(0, 0));
  }

  async highlights(): Promise<PageHighlight[]> {
    await this.scrollThrough();
    return this.page.evaluate(
      ({ chrome, forbidden }) => {
        const squashText = (text: string) => text.replace(/\s+/g, ' ').trim();
        const forbiddenSelectors = forbidden.split(', ');
        return [...document.querySelectorAll<HTMLElement>('[data-diplomark-entity]')].map((el) => {
          const container = el.parentElement?.closest(forbidden) ?? null;
          return {
            text: squashText(el.textContent ?? ''),
            entity: el.getAttribute('data-diplomark-entity') ?? '',
            kind: el.getAttribute('data-diplomark-kind') ?? '',
            inChrome: el.closest(chrome) !== null,
            forbiddenIn: container ? (forbiddenSelectors.find((s) => container.matches(s)) ?? container.localName) : null,
          };
        });
      },
      { chrome: CHROME_SELECTOR, forbidden: FORBIDDEN_SELECTOR },
    );
  }

  /**
   * Polls until every `[surface, kind]` pair is highlighted outside the site chrome, or the timeout passes.
   * Returns the pairs still missing (empty when all appeared).
   */
  async waitForSurfaces(pairs: readonly (readonly [string, string])[], timeout = VERDICT_TIMEOUT_MS): Promise<string[]> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const missing = missingSurfaces(await this.highlights(), pairs);
      if (missing.length === 0 || Date.now() > deadline) return missing;
      await this.page.waitForTimeout(200);
    }
  }

  /**
   * Compares the live page with its own HTML fetched again and parsed by DOMParser (scripts don't run there,
   * so it is the page as served): the `untouched` elements, structural element counts, and the body's text
   * (highlights must wrap text without changing it). Our own `<diplomark-ui>` is left out of the comparison.
   */
  drift(untouched: readonly string[] = []): Promise<PageDrift> {
    return this.page.evaluate(async (selectors) => {
      const source = await (await fetch(location.href, { cache: 'no-store' })).text();
      const original = new DOMParser().parseFromString(source, 'text/html');
      const describe = (el: Element) => {
        if (el instanceof HTMLTextAreaElement) return `value ${JSON.stringify(el.value)}`;
        if (el instanceof HTMLInputElement) return `value ${JSON.stringify(el.value)}`;
        return `innerHTML ${JSON.stringify(el.innerHTML)}`;
      };
      // A freshly parsed textarea/input has not been rendered: its value is its default, which is what it was served as.
      const describeOriginal = (el: Element) => {
        if (el.localName === 'textarea') return `value ${JSON.stringify(el.textContent ?? '')}`;
        if (el.localName === 'input') return `value ${JSON.stringify(el.getAttribute('value') ?? '')}`;
        return `innerHTML ${JSON.stringify(el.innerHTML)}`;
      };
      const untouched: string[] = [];
      for (const selector of selectors) {
        const live = [...document.querySelectorAll(selector)];
        const before = [...original.querySelectorAll(selector)];
        if (before.length === 0) untouched.push(`${selector}: not in the served page (fixture and expectation disagree)`);
        if (live.length !== before.length) untouched.push(`${selector}: ${before.length} element(s) served, ${live.length} now`);
        before.forEach((el, i) => {
          const now = live[i];
          if (!now) return;
          const a = describeOriginal(el);
          const b = describe(now);
          if (a !== b) untouched.push(`${selector}[${i}]: served ${a.slice(0, 200)}, now ${b.slice(0, 200)}`);
          if (now.querySelector('[data-diplomark-entity]')) untouched.push(`${selector}[${i}]: contains a highlight`);
        });
      }
      const structure: string[] = [];
      for (const tag of ['p', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'pre', 'h1', 'h2', 'a']) {
        const served = original.body.getElementsByTagName(tag).length;
        const now = document.body.getElementsByTagName(tag).length;
        if (served !== now) structure.push(`<${tag}>: ${served} served, ${now} now`);
      }
      // Text a reader can see: our UI, scripts and styles (the extension may add a <style>) are left out.
      const readableText = (body: HTMLElement) => {
        const clone = body.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('diplomark-ui, script, style, template').forEach((el) => el.remove());
        return clone.textContent ?? '';
      };
      const liveText = readableText(document.body);
      const servedText = readableText(original.body);
      let text: string | null = null;
      if (liveText !== servedText) {
        let i = 0;
        while (i < liveText.length && liveText[i] === servedText[i]) i++;
        const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 40), i + 40));
        text = `body text differs at ${i}: served ${around(servedText)}, now ${around(liveText)}`;
      }
      return { untouched, structure, text };
    }, [...untouched]);
  }

  /**
   * Clicks Save with real input. `by: 'keyboard'` focuses it and presses Enter instead of moving the mouse,
   * for pages whose own mouseover handlers must not fire (the hostile fixture sets window.__pwned on any mouseover).
   */
  async save({ by = 'pointer', timeout = 10_000 }: { by?: 'pointer' | 'keyboard'; timeout?: number } = {}): Promise<void> {
    const save = '[data-action="save"]';
    try {
      await this.ui.waitFor(save, { timeout });
    } catch {
      const actions = await this.ui.attributes('[data-action]', 'data-action').catch((error: Error) => [`(${error.message})`]);
      const host = await this.page.evaluate(() => (document.querySelector('diplomark-ui') ? 'present' : 'absent'));
      throw new Error(`No save button (${save}) in <diplomark-ui> within ${timeout} ms: host ${host}, data-action=[${actions.join(', ')}]`);
    }
    if (by === 'keyboard') await this.ui.press(save, 'Enter');
    else await this.ui.click(save);
  }

  /** Error or status text the in-page UI shows (`[role="alert"]`, `[role="status"]` in its shadow root), or ''. */
  async uiMessage(): Promise<string> {
    const texts = await this.ui.texts('[role="alert"], [role="status"]').catch(() => []);
    return texts.map((text) => text.trim()).filter(Boolean).join(' | ');
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/** `"surface" (kind)` for each pair with no highlight of exactly that text and kind outside the site chrome. */
export function missingSurfaces(highlights: readonly PageHighlight[], pairs: readonly (readonly [string, string])[]): string[] {
  const missing: string[] = [];
  for (const [surface, kind] of pairs) {
    const same = highlights.filter((h) => h.text === squash(surface) && !h.inChrome);
    if (same.some((h) => h.kind === kind)) continue;
    const found = same.length ? `highlighted only as ${[...new Set(same.map((h) => `${h.kind} ${h.entity}`))].join(', ')}` : 'not highlighted';
    missing.push(`"${surface}" (${kind}): ${found}`);
  }
  return missing;
}

/** Highlights grouped as `kind: count`, for one-line summaries. */
export function countByKind(highlights: readonly PageHighlight[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const h of highlights) counts[h.kind] = (counts[h.kind] ?? 0) + 1;
  return counts;
}

/** A node of the DevTools protocol's DOM tree, as far as finding our shadow root needs it. */
interface ProtocolNode {
  nodeId: number;
  localName?: string;
  children?: ProtocolNode[];
  shadowRoots?: ProtocolNode[];
}

/**
 * Diplomark's UI inside `<diplomark-ui>`'s closed shadow root, as a test reaches it: page scripts and
 * Playwright's locators cannot see into a closed root, the DevTools protocol can (DOM.getDocument with
 * `pierce`). Clicks are real input (Input.dispatchMouseEvent at the element's box), so they are trusted
 * events like a reader's. Node ids are looked up afresh for every call (the UI re-renders).
 */
export class InPageUi {
  private session: Promise<CDPSession> | null = null;

  constructor(private readonly page: Page) {}

  private cdp(): Promise<CDPSession> {
    this.session ??= this.page.context().newCDPSession(this.page);
    return this.session;
  }

  /** Protocol node ids of the elements matching `selector` inside the UI's shadow root (none when there is no UI). */
  async find(selector: string): Promise<number[]> {
    const cdp = await this.cdp();
    // <html> → <diplomark-ui> → its shadow root: three levels are enough, however big the page.
    const { root } = (await cdp.send('DOM.getDocument', { depth: 3, pierce: true })) as { root: ProtocolNode };
    const html = root.children?.find((node) => node.localName === 'html');
    const host = html?.children?.find((node) => node.localName === 'diplomark-ui');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return [];
    const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector })) as { nodeIds: number[] };
    return nodeIds;
  }

  async count(selector: string): Promise<number> {
    return (await this.find(selector)).length;
  }

  /** Waits until `selector` matches inside the UI; returns the first match's node id. */
  async waitFor(selector: string, { timeout = 10_000 }: { timeout?: number } = {}): Promise<number> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const [nodeId] = await this.find(selector);
      if (nodeId) return nodeId;
      if (Date.now() > deadline) throw new Error(`${selector} did not appear in <diplomark-ui> within ${timeout} ms`);
      await this.page.waitForTimeout(100);
    }
  }

  /** Runs `fn` on each matching element (in the page's main world, with a reference from the protocol) and returns its results. */
  private async each<T>(selector: string, fn: string): Promise<T[]> {
    const cdp = await this.cdp();
    const results: T[] = [];
    for (const nodeId of await this.find(selector)) {
      const { object } = (await cdp.send('DOM.resolveNode', { nodeId })) as { object: { objectId: string } };
      const { result } = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true })) as { result: { value: T } };
      await cdp.send('Runtime.releaseObject', { objectId: object.objectId });
      results.push(result.value);
    }
    return results;
  }

  /**
   * Runs `action`, watching inside the page at every animation frame (from before the action starts)
   * until the first match's text is `expected`: for states too brief to catch by asking from outside,
   * such as "Saving…".
   */
  async seeTextDuring(selector: string, expected: string, action: () => Promise<void>, { timeout = 10_000 }: { timeout?: number } = {}): Promise<void> {
    const cdp = await this.cdp();
    const nodeId = await this.waitFor(selector, { timeout });
    const { object } = (await cdp.send('DOM.resolveNode', { nodeId })) as { object: { objectId: string } };
    const poll = `function (expected, timeout) {
      const deadline = performance.now() + timeout;
      return new Promise((resolve) => {
        const look = () => {
          if (this.textContent === expected) resolve(true);
          else if (performance.now() > deadline) resolve(false);
          else requestAnimationFrame(look);
        };
        look();
      });
    }`;
    // Sent before the action's own commands, so the page starts watching first; it holds an object, not a node id.
    const watching = cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: poll,
      arguments: [{ value: expected }, { value: timeout }],
      awaitPromise: true,
      returnByValue: true,
    }) as Promise<{ result: { value: boolean } }>;
    await action();
    const { result } = await watching;
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId });
    if (!result.value) throw new Error(`${selector} never read ${JSON.stringify(expected)} within ${timeout} ms`);
  }

  /** Text content of each match. */
  texts(selector: string): Promise<string[]> {
    return this.each<string>(selector, 'function () { return this.textContent ?? ""; }');
  }

  /** Text of the first match, or null when nothing matches. */
  async text(selector: string): Promise<string | null> {
    return (await this.texts(selector))[0] ?? null;
  }

  /** An attribute of each match. */
  attributes(selector: string, name: string): Promise<(string | null)[]> {
    return this.each<string | null>(selector, `function () { return this.getAttribute(${JSON.stringify(name)}); }`);
  }

  async attribute(selector: string, name: string): Promise<string | null> {
    return (await this.attributes(selector, name))[0] ?? null;
  }

  /** Moves the real mouse to the middle of the first match and clicks it. */
  async click(selector: string, { timeout = 10_000 }: { timeout?: number } = {}): Promise<void> {
    const cdp = await this.cdp();
    const nodeId = await this.waitFor(selector, { timeout });
    await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId }).catch(() => undefined);
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { border: number[] } };
    const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
    const x = (x1 + x3) / 2;
    const y = (y1 + y3) / 2;
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
  }

  /** Gives the first match keyboard focus. */
  async focus(selector: string, { timeout = 10_000 }: { timeout?: number } = {}): Promise<void> {
    const cdp = await this.cdp();
    await cdp.send('DOM.focus', { nodeId: await this.waitFor(selector, { timeout }) });
  }

  /** Focuses the first match and presses `key` on the real keyboard (Enter on a button clicks it, without the mouse). */
  async press(selector: string, key: string): Promise<void> {
    await this.focus(selector);
    await this.page.keyboard.press(key);
  }

  /** Focuses the first match (a text field) and types `text` into it as real input. */
  async fill(selector: string, text: string): Promise<void> {
    await this.focus(selector);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.insertText(text);
  }
}
