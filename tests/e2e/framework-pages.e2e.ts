// Host pages that render with React 19 and Vue 3, in Chromium with the built extension: while Diplomark
// highlights, the framework's re-renders (names edited, paragraphs re-ordered, the article unmounted and
// remounted, paragraphs streamed in) land with their text intact and throw nothing, and highlights follow
// the new content. Also: an in-page #anchor link keeps the highlights.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';
import { ArticlePage } from './harness/article-page';
import { Diplomark } from './harness/diplomark';
import { OWN_FIXTURE_FOLDERS, ownFixture } from './harness/fixtures';
import { FRAMEWORK_PAGES, FRAMEWORK_PAGES_DIR, NAMES_BY_VIEW, type FrameworkChange } from './pages/framework-pages';

describe('framework host pages', () => {
  let diplomark: Diplomark;
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ root: FRAMEWORK_PAGES_DIR, fixtures: OWN_FIXTURE_FOLDERS });
    diplomark = await Diplomark.launch();
  });
  afterAll(async () => {
    await diplomark?.close();
    await server?.close();
  });

  /** The article's text in the page and the text the framework rendered, side by side. */
  const texts = (article: ArticlePage) =>
    article.page.evaluate(() => ({
      page: document.querySelector('#root')?.textContent ?? '',
      rendered: (window as unknown as { frameworkArticle: { expectedText(): string } }).frameworkArticle.expectedText(),
    }));

  const change = (article: ArticlePage, name: FrameworkChange) =>
    article.page.evaluate((name) => (window as unknown as { frameworkArticle: { change(n: string): Promise<void> } }).frameworkArticle.change(name), name);

  const nested = (article: ArticlePage) => article.page.evaluate(() => document.querySelectorAll('diplomark-mark diplomark-mark, diplomark-mark:empty').length);

  for (const { framework, path: urlPath } of FRAMEWORK_PAGES) {
    it(`${framework}: re-renders land with their text intact and highlights follow them`, async () => {
      const article = await diplomark.openArticle(`${server.url}${urlPath}`);
      expect(await article.waitForVerdict(), 'verdict').toBe('diplomatic');
      const names = (view: 0 | 1) => [NAMES_BY_VIEW[view].partner, NAMES_BY_VIEW[view].host] as [string, string][];
      expect(await article.waitForSurfaces(names(0)), 'names highlighted at first').toEqual([]);
      let view: 0 | 1 = 0;
      const steps: FrameworkChange[] = ['rename', 'reorder', 'stream', 'rename', 'hide', 'show', 'stream', 'rename'];
      for (const [i, step] of steps.entries()) {
        // Wait until Diplomark has highlighted the current text, so each change lands on split text nodes.
        await article.waitForHighlightsToSettle(300, 6_000);
        await change(article, step);
        const now = await texts(article);
        expect(now.page, `${framework}: text right after step ${i} (${step})`).toBe(now.rendered);
        if (step === 'rename') view = view === 0 ? 1 : 0;
        if (step === 'hide') continue;
        expect(await article.waitForSurfaces(names(view), 10_000), `${framework}: highlights after step ${i} (${step})`).toEqual([]);
        const later = await texts(article);
        expect(later.page, `${framework}: text after highlighting again, step ${i} (${step})`).toBe(later.rendered);
      }
      expect(await nested(article), 'nested or empty highlights').toBe(0);
      expect(await article.verdictNow()).toBe('diplomatic');
      expect(article.errors.filter((e) => e.startsWith('pageerror')), `${framework}: exceptions in the page`).toEqual([]);
      await article.close();
    });
  }

  it('an in-page #anchor link keeps every highlight, without analysing again', async () => {
    const article = await diplomark.openArticle(`${server.url}${ownFixture('diplomatic-shuttle-summit').urlPath}`);
    expect(await article.waitForVerdict()).toBe('diplomatic');
    await article.waitForHighlightsToSettle();
    await article.page.evaluate(() => {
      const link = document.createElement('a');
      link.href = '#page-end';
      link.id = 'jump';
      link.textContent = 'Jump to the end';
      document.body.prepend(link);
      const end = document.createElement('p');
      end.id = 'page-end';
      end.textContent = 'End of page.';
      document.body.append(end);
    });
    await article.waitForHighlightsToSettle();
    const before = await article.page.evaluate(() => ({
      highlights: document.querySelectorAll('[data-diplomark-entity]').length,
      analyses: performance.getEntriesByName('diplomark:analyse').length,
    }));
    expect(before.highlights).toBeGreaterThan(0);
    await article.page.click('#jump');
    expect(article.page.url()).toMatch(/#page-end$/);
    const count = () => article.page.evaluate(() => document.querySelectorAll('[data-diplomark-entity]').length);
    expect(await count(), 'highlights right after the anchor navigation').toBe(before.highlights);
    await article.page.waitForTimeout(2_500);
    expect(await count(), 'highlights after a while').toBe(before.highlights);
    expect(await article.page.evaluate(() => performance.getEntriesByName('diplomark:analyse').length), 'analyses').toBe(before.analyses);
    expect(await article.verdictNow()).toBe('diplomatic');
    await article.close();
  });
});
