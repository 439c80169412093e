// Real news pages nobody here wrote (../shared/corpus/readability-test-pages, from Mozilla Readability's tests),
// each served from 127.0.0.1 with the built extension loaded: Diplomark causes no page error, its verdicts are
// sensible (the corpus README names the diplomatic stories and the pages that must not be called diplomatic),
// and whatever it highlights lies inside the article it extracted (checked against the saved clipping's text).
// Requests to any other host are answered offline, so the pages' own scripts may fail: only errors whose stack
// points into chrome-extension:// count. Skipped, with a message, when the corpus is absent.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';
import { ArticlePage, countByKind, squash } from './harness/article-page';
import { Diplomark } from './harness/diplomark';
import { REPO_ROOT } from './harness/paths';

const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/readability-test-pages');
const DIPLOMATIC = ['nytimes-1', 'wapo-2'];
const EITHER = ['telegraph'];
const pages = existsSync(CORPUS)
  ? readdirSync(CORPUS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(path.join(CORPUS, entry.name, 'source.html')))
      .map((entry) => entry.name)
      .sort()
  : [];

/** What one corpus page looked like after Diplomark ran. */
interface Observed {
  verdict: string | null;
  ownErrors: string[];
  highlights: { text: string; kind: string; block: string; blockTag: string }[];
  article: ArticlePage;
}

if (pages.length === 0) {
  console.warn(`[e2e] The real-page corpus is absent (no page folders in ${CORPUS}): skipping the corpus suite.`);
  describe.skip(`real-page corpus: absent (${CORPUS} not found)`, () => {
    it('needs ../shared/corpus/readability-test-pages beside the checkout', () => {});
  });
} else {
  describe('real news pages (../shared/corpus/readability-test-pages)', () => {
    let diplomark: Diplomark;
    let server: RunningServer;

    beforeAll(async () => {
      server = await startServer({ root: CORPUS });
      diplomark = await Diplomark.launch();
      // Offline and deterministic: only our server answers; the pages' ads, fonts and scripts from elsewhere fail fast.
      await diplomark.context.route('**/*', (route) =>
        route.request().url().startsWith(server.url) ? route.continue() : route.abort('internetdisconnected'),
      );
    });
    afterAll(async () => {
      await diplomark?.close();
      await server?.close();
    });

    async function observe(name: string): Promise<Observed> {
      const page = await diplomark.context.newPage();
      const ownErrors: string[] = [];
      page.on('pageerror', (error) => {
        if (`${error.stack ?? ''}`.includes('chrome-extension://')) ownErrors.push(`pageerror: ${error.message}\n${error.stack}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && message.location().url.startsWith('chrome-extension://')) ownErrors.push(`console.error: ${message.text()}`);
      });
      await page.goto(`${server.url}/${name}/source.html`, { waitUntil: 'domcontentloaded', timeout: 30_000 });
      const article = new ArticlePage(page);
      const verdict = await article.waitForVerdict(30_000);
      await article.waitForHighlightsToSettle();
      // The block a highlight sits in, read the way Diplomark reads blocks (lib/article/blocks.ts: BLOCK_SELECTOR, NOT_TEXT).
      const highlights = await page.evaluate(() => {
        const blocks = 'p,h1,h2,h3,h4,h5,h6,li,pre,blockquote,td,th,figcaption,caption,dt,dd,div,section,article,aside,header,footer,main,figure,table,ul,ol,dl,tr,tbody,thead';
        const notText = 'script,style,noscript,template,textarea,input,select,button,svg,math,iframe,object';
        const readable = (element: Element) => {
          const clone = element.cloneNode(true) as Element;
          clone.querySelectorAll(notText).forEach((el) => el.remove());
          return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
        };
        return [...document.querySelectorAll('[data-diplomark-entity]')].map((el) => {
          const block = el.closest(blocks) ?? el.parentElement!;
          return {
            text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
            kind: el.getAttribute('data-diplomark-kind') ?? '',
            block: readable(block),
            blockTag: block.localName,
          };
        });
      });
      const kinds = Object.entries(countByKind(highlights.map((h) => ({ ...h, entity: '', inChrome: false, forbiddenIn: null }))));
      console.info(`[e2e] corpus ${name}: verdict=${verdict ?? '(not set)'}; ${highlights.length} highlights ${kinds.map(([k, n]) => `${k} ${n}`).join(', ')}`);
      return { verdict, ownErrors, highlights, article };
    }

    for (const name of pages) {
      describe(name, () => {
        let observed: Promise<Observed> | undefined;
        const get = () => (observed ??= observe(name));

        it('finishes its analysis and causes no page error of its own', async () => {
          const { verdict, ownErrors } = await get();
          expect(ownErrors, 'errors raised from chrome-extension:// code').toEqual([]);
          expect(verdict, '<html data-diplomark> once the analysis finished').toMatch(/^(diplomatic|article|none)$/);
        });

        it(
          DIPLOMATIC.includes(name) ? 'is diplomatic news' : EITHER.includes(name) ? 'gets a verdict either way (borderline)' : 'is not called diplomatic',
          async () => {
            const { verdict } = await get();
            if (DIPLOMATIC.includes(name)) expect(verdict).toBe('diplomatic');
            else if (!EITHER.includes(name)) expect(verdict).not.toBe('diplomatic');
          },
        );

        it('highlights only inside the article it extracted', async () => {
          const { verdict, highlights, article } = await get();
          if (DIPLOMATIC.includes(name)) expect(highlights.length, 'highlights on a diplomatic story').toBeGreaterThan(0);
          if (verdict === 'none') {
            expect(highlights, 'highlights on a page judged not to be an article').toEqual([]);
            return;
          }
          if (highlights.length === 0) return;
          await article.save({ by: 'keyboard' });
          const saved = await diplomark.waitForClipping((c) => c.url.includes(`/${name}/source.html`), 15_000);
          if (!saved) return expect.fail(`the article of ${name} was never saved (UI says: ${await article.uiMessage()})`);
          const body = squash(saved.text);
          const title = squash(saved.title).toLowerCase();
          const outside = highlights.filter((h) => {
            if (body.includes(h.block)) return false;
            // The headline is highlighted too, but is the clipping's title rather than part of its text.
            return !(/^h[1-6]$/.test(h.blockTag) && (title.includes(h.block.toLowerCase()) || h.block.toLowerCase().includes(title)));
          });
          expect(
            outside.map((h) => `"${h.text}" (${h.kind}) in <${h.blockTag}> "${h.block.slice(0, 100)}"`),
            'highlights whose block is not in the extracted article',
          ).toEqual([]);
        });
      });
    }
  });
}
