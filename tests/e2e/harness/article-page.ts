import type { BrowserContext, Locator, Page } from 'playwright-core';

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
 * `[data-diplomark-entity]` / `[data-diplomark-kind]` highlights, `<diplomark-ui>` with an open shadow root.
 */
export class ArticlePage {
  /** Uncaught page errors and console errors since the page opened (content-script failures show up here). */
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
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

  /** The save button inside `<diplomark-ui>`'s open shadow root (Playwright's CSS pierces open shadow roots). */
  saveButton(): Locator {
    return this.page.locator('diplomark-ui [data-action="save"]').first();
  }

  /**
   * Clicks Save. `trusted: false` dispatches the click without moving the mouse, for pages whose own
   * mouseover handlers must not fire (the hostile fixture sets window.__pwned on any mouseover).
   */
  async save({ trusted = true, timeout = 10_000 }: { trusted?: boolean; timeout?: number } = {}): Promise<void> {
    const button = this.saveButton();
    try {
      await button.waitFor({ state: 'attached', timeout });
    } catch {
      const ui = await this.page.evaluate(() => {
        const host = document.querySelector('diplomark-ui');
        if (!host) return 'no <diplomark-ui> element in the page';
        if (!host.shadowRoot) return '<diplomark-ui> has no open shadow root';
        const actions = [...host.shadowRoot.querySelectorAll('[data-action]')].map((el) => el.getAttribute('data-action'));
        return `<diplomark-ui> shadow root has data-action=[${actions.join(', ')}]`;
      });
      throw new Error(`No save button (diplomark-ui [data-action="save"]) within ${timeout} ms: ${ui}`);
    }
    if (trusted) await button.click({ timeout });
    else await button.dispatchEvent('click');
  }

  /** Error or status text the in-page UI shows (`[role="alert"]`, `[role="status"]` in its shadow root), or ''. */
  uiMessage(): Promise<string> {
    return this.page.evaluate(() => {
      const root = document.querySelector('diplomark-ui')?.shadowRoot;
      if (!root) return '';
      return [...root.querySelectorAll('[role="alert"], [role="status"]')]
        .map((el) => (el.textContent ?? '').trim())
        .filter(Boolean)
        .join(' | ');
    });
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
