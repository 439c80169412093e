import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../scripts/serve.mjs';
import { ArticlePage, countByKind, missingSurfaces, squash, type PageDrift, type PageHighlight } from './article-page';
import { Diplomark, type StoredClipping } from './diplomark';
import { fixtureHostMap, fixtureUrl, startFixtureServer, type Expectation, type Fixture } from './fixtures';

/** What the content script did to one fixture page, observed once and shared by that fixture's tests. */
interface Analysis {
  article: ArticlePage;
  verdict: string | null;
  highlights: PageHighlight[];
  drift: PageDrift;
  /** Console errors and uncaught page errors seen while loading (the ArticlePage's own list). */
  errors: string[];
}

const NO_VERDICT = 'the content script never set <html data-diplomark> within 20 s';

/**
 * Defines one describe block per expectation file, checking the page against the contract in docs/design.md:
 * verdict, `must` kinds, `sameEntity`, `crossArticleSameEntity`, `mustNot`, `untouched`, `clipping`, the
 * single-page-app story switch, and (for pages whose "about" mentions window.__pwned) that no payload runs.
 */
export function describeFixtures(fixtures: readonly Fixture[]): void {
  let diplomark: Diplomark;
  let server: RunningServer;
  const analyses = new Map<string, Promise<Analysis>>();

  beforeAll(async () => {
    server = await startFixtureServer();
    diplomark = await Diplomark.launch({ hostMap: fixtureHostMap(server, fixtures) });
  });
  afterAll(async () => {
    await diplomark?.close();
    await server?.close();
  });

  const urlOf = (fixture: Fixture) => fixtureUrl(server, fixture);

  /** Opens the fixture once and records what the extension did; later tests reuse the open page. */
  function analyse(fixture: Fixture): Promise<Analysis> {
    let analysis = analyses.get(fixture.name);
    if (!analysis) {
      analysis = (async () => {
        const article = await diplomark.openArticle(urlOf(fixture));
        const { errors } = article;
        const verdict = await article.waitForVerdict();
        await article.waitForHighlightsToSettle();
        const highlights = await article.highlights();
        const drift = await article.drift(fixture.expected.untouched ?? []);
        const kinds = Object.entries(countByKind(highlights)).map(([k, n]) => `${k} ${n}`).join(', ');
        console.info(`[e2e] ${fixture.name}: verdict=${verdict ?? '(not set)'}; ${highlights.length} highlights${kinds ? ` (${kinds})` : ''}`);
        if (verdict === null && errors.length) console.info(`[e2e] ${fixture.name} errors:\n  ${errors.join('\n  ')}`);
        return { article, verdict, highlights, drift, errors };
      })();
      analyses.set(fixture.name, analysis);
    }
    return analysis;
  }

  for (const fixture of fixtures) {
    if (fixture.expected.mustAfterLoad || fixture.expected.mustAfterNext) {
      describeSinglePageApp(fixture, () => diplomark, urlOf);
      continue;
    }
    const { expected } = fixture;
    const hostile = expected.about?.includes('__pwned') ?? false;

    describe(fixture.name, () => {
      it(`sets <html data-diplomark="${expected.verdict}">`, async () => {
        const { verdict, errors } = await analyse(fixture);
        const hint = verdict === null && errors.length ? ` Errors in the page: ${errors.join(' | ')}` : '';
        expect(verdict, verdict === null ? NO_VERDICT + hint : `verdict for ${fixture.urlPath}`).toBe(expected.verdict);
      });

      if (expected.verdict === 'none') {
        it('highlights nothing on a page that is not an article', async () => {
          const { highlights } = await analyse(fixture);
          expect(highlights.map((h) => `"${h.text}" ${h.kind} ${h.entity}`), 'highlights found on a non-article page').toEqual([]);
        });
      }

      if (expected.must?.length) {
        it('highlights every "must" surface inside the article, with its kind', async () => {
          const { highlights, verdict } = await analyse(fixture);
          const missing = missingSurfaces(highlights, expected.must ?? []);
          expect(missing, `missing or wrongly-kinded surfaces (verdict ${verdict ?? 'not set'}, ${highlights.length} highlights)`).toEqual([]);
        });
      }

      if (expected.sameEntity?.length) {
        it('resolves each "sameEntity" group to one entity id', async () => {
          const { highlights } = await analyse(fixture);
          const problems = (expected.sameEntity ?? []).flatMap((group) => sameEntityProblems(highlights, group));
          expect(problems, 'sameEntity groups that do not resolve to exactly one id').toEqual([]);
        });
      }

      if (expected.crossArticleSameEntity?.length) {
        it('gives the same person the same id across articles ("crossArticleSameEntity")', async () => {
          const here = await analyse(fixture);
          const problems: string[] = [];
          for (const [otherName, otherSurface, surface] of expected.crossArticleSameEntity ?? []) {
            const other = fixtures.find((f) => f.name === otherName);
            if (!other) {
              problems.push(`${otherName}: no such expectation file next to ${fixture.name}`);
              continue;
            }
            const there = await analyse(other);
            const idsThere = idsOf(there.highlights, otherSurface);
            const idsHere = idsOf(here.highlights, surface);
            const all = new Set([...idsThere, ...idsHere]);
            if (idsThere.length === 0 || idsHere.length === 0 || all.size !== 1) {
              problems.push(
                `"${otherSurface}" in ${otherName} → [${idsThere.join(', ') || 'not highlighted'}], ` +
                  `"${surface}" here → [${idsHere.join(', ') || 'not highlighted'}]`,
              );
            }
          }
          expect(problems, 'surfaces that should share one entity id across articles').toEqual([]);
        });
      }

      if (expected.mustNot?.length) {
        it('never highlights the "mustNot" strings (they are outside the article)', async () => {
          const { highlights } = await analyse(fixture);
          const wrong = (expected.mustNot ?? []).flatMap((s) =>
            highlights.filter((h) => h.text.includes(s)).map((h) => `"${s}": highlighted as "${h.text}" ${h.kind} ${h.entity}`),
          );
          expect(wrong, 'strings from outside the article that were highlighted').toEqual([]);
        });
      }

      it('keeps the page text and structure: highlights only wrap, never in editable regions, scripts or SVG', async () => {
        const { highlights, drift } = await analyse(fixture);
        const problems = [
          ...(drift.text ? [drift.text] : []),
          ...drift.structure,
          ...highlights.filter((h) => h.forbiddenIn).map((h) => `highlight "${h.text}" inside ${h.forbiddenIn}`),
        ];
        expect(problems, 'changes to the page beyond wrapping text in highlights').toEqual([]);
      });

      if (expected.untouched?.length) {
        it(`leaves ${expected.untouched.join(', ')} exactly as served`, async () => {
          const { drift } = await analyse(fixture);
          expect(drift.untouched, 'elements that differ from the served HTML').toEqual([]);
        });
      }

      if (hostile) {
        it('runs none of the page-supplied payloads and pollutes no prototype, in the page and in extension pages; still saves', async () => {
          const { article } = await analyse(fixture);
          const problems: string[] = [];
          const probe = () => ({
            pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
            polluted: Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted') || ({} as { polluted?: unknown }).polluted !== undefined,
          });
          const inPage = await article.page.evaluate(probe);
          if (inPage.pwned !== null) problems.push(`page after analysis: window.__pwned = ${JSON.stringify(inPage.pwned)}`);
          if (inPage.polluted) problems.push('page after analysis: Object.prototype.polluted exists');

          // Saving must not run anything either. Press Save from the keyboard, without moving the mouse: the page's own
          // <html onmouseover> would set __pwned on any real pointer movement, whoever causes it.
          const before = (await diplomark.readClippings()).clippings.length;
          await article.save({ by: 'keyboard' });
          const saved = await diplomark.waitForClipping((c) => c.url === article.page.url() || c.url?.startsWith(urlOf(fixture)));
          // Saving must work too, or the extension pages below have nothing hostile to render.
          const saveProblem = saved
            ? null
            : `no clipping stored after Save (had ${before} before)${await article.uiMessage().then((m) => (m ? `; the page UI says: ${m}` : ''))}`;
          const afterSave = await article.page.evaluate(probe);
          if (afterSave.pwned !== null) problems.push(`page after saving: window.__pwned = ${JSON.stringify(afterSave.pwned)}`);

          for (const name of ['popup.html', 'dashboard.html']) {
            if (!diplomark.hasExtensionPage(name)) {
              problems.push(`${name} is not in the build`);
              continue;
            }
            const tab = await diplomark.openExtensionPage(name);
            await tab.waitForTimeout(1_000); // let it render the stored clipping
            const inExtension = await tab.evaluate(probe);
            if (inExtension.pwned !== null) problems.push(`${name}: window.__pwned = ${JSON.stringify(inExtension.pwned)}`);
            if (inExtension.polluted) problems.push(`${name}: Object.prototype.polluted exists`);
            await tab.close();
          }
          if (diplomark.serviceWorker) {
            const inWorker = await diplomark.serviceWorker.evaluate(() =>
              Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'),
            );
            if (inWorker) problems.push('background service worker: Object.prototype.polluted exists');
          }
          expect(problems, 'payloads that ran or prototypes that were polluted').toEqual([]);
          expect(saveProblem ? [saveProblem] : [], 'saving the hostile article (its title, author and date are payloads, still plain text)').toEqual([]);
        });
      }

      const clipping = expected.clipping;
      if (clipping) {
        it('saves a clipping with the article metadata and clean text', async () => {
          const { article, verdict } = await analyse(fixture);
          await article.save({ by: hostile ? 'keyboard' : 'pointer' });
          const saved = await diplomark.waitForClipping((c) => c.canonicalUrl === clipping.canonicalUrl);
          if (!saved) {
            const { database, clippings } = await diplomark.readClippings();
            const stored = clippings.map((c) => `${c.canonicalUrl} (url ${c.url})`);
            const shown = await article.uiMessage();
            expect.fail(
              `No clipping with canonicalUrl ${clipping.canonicalUrl} within 10 s of clicking Save. ` +
                `Database: ${database}; stored: ${stored.length ? stored.join('; ') : 'none'}` +
                (shown ? `; the page UI says: ${shown}` : ''),
            );
          }
          expect(clippingProblems(saved, clipping, expected, verdict), 'clipping fields that differ from the expectation').toEqual([]);
        });

        it('keeps one clipping per canonical URL when saved twice', async () => {
          const { article } = await analyse(fixture);
          const first = await diplomark.waitForClipping((c) => c.canonicalUrl === clipping.canonicalUrl, 1_000);
          if (!first) {
            await article.save({ by: hostile ? 'keyboard' : 'pointer' });
            await diplomark.waitForClipping((c) => c.canonicalUrl === clipping.canonicalUrl);
          }
          const countBefore = (await diplomark.readClippings()).clippings.length;
          await article.save({ by: hostile ? 'keyboard' : 'pointer' });
          // Wait for the second save to land (updatedAt moves), or give it 3 s if the store keeps it unchanged.
          await diplomark.waitForClipping(
            (c) => c.canonicalUrl === clipping.canonicalUrl && (!first || c.updatedAt !== first.updatedAt),
            3_000,
          );
          const { clippings } = await diplomark.readClippings();
          const same = clippings.filter((c) => c.canonicalUrl === clipping.canonicalUrl);
          expect(same.length, `clippings with canonicalUrl ${clipping.canonicalUrl} after saving twice`).toBe(1);
          expect(clippings.length, 'total clippings after saving the same article again').toBe(countBefore);
        });
      }
    });
  }
}

/** The distinct entity ids highlighted for exactly this surface outside the site chrome. */
function idsOf(highlights: readonly PageHighlight[], surface: string): string[] {
  return [...new Set(highlights.filter((h) => h.text === squash(surface) && !h.inChrome).map((h) => h.entity))];
}

function sameEntityProblems(highlights: readonly PageHighlight[], group: readonly string[]): string[] {
  const bySurface = group.map((surface) => ({ surface, ids: idsOf(highlights, surface) }));
  const all = new Set(bySurface.flatMap((s) => s.ids));
  const unhighlighted = bySurface.filter((s) => s.ids.length === 0);
  if (all.size === 1 && unhighlighted.length === 0) return [];
  const detail = bySurface.map((s) => `"${s.surface}" → [${s.ids.join(', ') || 'not highlighted'}]`).join(', ');
  return [`${group.join(' = ')}: ${detail}`];
}

/** Differences between a stored clipping and the expectation, one line each. */
function clippingProblems(
  saved: StoredClipping,
  want: NonNullable<Expectation['clipping']>,
  expected: Expectation,
  pageVerdict: string | null,
): string[] {
  const problems: string[] = [];
  const compare = (field: string, found: unknown, wanted: string) => {
    if (typeof found !== 'string' || squash(found) !== squash(wanted)) {
      problems.push(`${field}: expected ${JSON.stringify(wanted)}, found ${JSON.stringify(found)}`);
    }
  };
  compare('title', saved.title, want.title);
  compare('site', saved.site, want.site);
  compare('byline', saved.byline, want.byline);
  compare('canonicalUrl', saved.canonicalUrl, want.canonicalUrl);
  // The date as the article states it, in its own offset: "2022-04-25T19:52:00+09:00" → "2022-04-25".
  const published = typeof saved.publishedAt === 'string' ? saved.publishedAt.slice(0, 10) : saved.publishedAt;
  if (published !== want.published) {
    problems.push(`publishedAt: expected a date starting ${want.published}, found ${JSON.stringify(saved.publishedAt)}`);
  }
  const text = typeof saved.text === 'string' ? saved.text : '';
  if (!text.trimStart().startsWith(want.textStartsWith)) {
    problems.push(`text: expected to start with ${JSON.stringify(want.textStartsWith)}, starts ${JSON.stringify(text.slice(0, 80))}`);
  }
  for (const excluded of [...(want.textExcludes ?? []), ...(expected.mustNot ?? [])]) {
    const at = text.indexOf(excluded);
    if (at >= 0) problems.push(`text contains ${JSON.stringify(excluded)}: …${text.slice(Math.max(0, at - 40), at + 40)}…`);
  }
  for (const excluded of expected.mustNot ?? []) {
    const entity = (saved.entities ?? []).find((e) => e.name?.includes(excluded));
    if (entity) problems.push(`entities include ${entity.id} "${entity.name}", which appears only outside the article`);
  }
  if (pageVerdict && saved.verdict !== pageVerdict) {
    problems.push(`verdict: page says ${pageVerdict}, clipping says ${JSON.stringify(saved.verdict)}`);
  }
  return problems;
}

/**
 * The single-page app: a story renders late, then "Next story" swaps it with pushState. The steps depend on
 * each other and run in order on one tab.
 */
function describeSinglePageApp(fixture: Fixture, diplomark: () => Diplomark, urlOf: (f: Fixture) => string): void {
  const { expected } = fixture;
  const state: {
    article?: ArticlePage;
    first?: { title: string; firstParagraph: string; highlighted: string[] };
    second?: { title: string };
  } = {};

  describe(fixture.name, () => {
    afterAll(async () => {
      await state.article?.close().catch(() => {});
    });

    it('highlights the first story once it renders', async () => {
      state.article = await diplomark().openArticle(urlOf(fixture));
      const missing = await state.article.waitForSurfaces(expected.mustAfterLoad ?? []);
      const verdict = await state.article.verdictNow();
      expect(missing, `first story surfaces not highlighted within 20 s (data-diplomark=${verdict ?? 'not set'})`).toEqual([]);
      expect(verdict, 'verdict once the first story is analysed').toBe(expected.verdict);
      const story = await state.article.page.evaluate(() => ({
        title: document.querySelector('#view h1')?.textContent ?? '',
        firstParagraph: document.querySelector('#view p')?.textContent ?? '',
      }));
      await state.article.waitForHighlightsToSettle();
      const highlighted = [...new Set((await state.article.highlights()).map((h) => h.text))];
      state.first = { ...story, highlighted };
    });

    it('after "Next story", highlights the second story and nothing of the first', async () => {
      const { article, first } = state;
      if (!article || !first) return expect.fail('the first story was never analysed (previous test failed)');
      await article.page.click('#next-link');
      await article.page.waitForURL(/\/story\//);
      const missing = await article.waitForSurfaces(expected.mustAfterNext ?? []);
      expect(missing, 'second story surfaces not highlighted within 20 s of the switch').toEqual([]);
      await article.waitForHighlightsToSettle();
      const now = await article.page.evaluate(() => ({
        title: document.querySelector('#view h1')?.textContent ?? '',
        text: document.querySelector('#view')?.textContent ?? '',
        outside: [...document.querySelectorAll('[data-diplomark-entity]')].filter((el) => !el.closest('#view')).map((el) => el.textContent),
      }));
      state.second = { title: now.title };
      const highlights = await article.highlights();
      // Surfaces highlighted in the first story that the second story does not contain must be gone.
      const leftovers = first.highlighted.filter((text) => !now.text.includes(text) && highlights.some((h) => h.text === text));
      expect(leftovers, "first story's surfaces still highlighted after the switch").toEqual([]);
      expect(now.outside, 'highlights outside the current story view').toEqual([]);
      expect(await article.verdictNow(), 'verdict after the switch').toBe(expected.verdict);
    });

    it('saves the second story under its new URL, title and text', async () => {
      const { article, first, second } = state;
      if (!article || !first || !second) return expect.fail('the story switch was never analysed (previous test failed)');
      const path = new URL(article.page.url()).pathname;
      await article.save();
      const saved = await diplomark().waitForClipping((c) => typeof c.url === 'string' && c.url.endsWith(path));
      if (!saved) {
        const stored = (await diplomark().readClippings()).clippings.map((c) => c.url);
        const shown = await article.uiMessage();
        return expect.fail(
          `no clipping whose url ends with ${path} within 10 s; stored urls: ${stored.join(', ') || 'none'}` +
            (shown ? `; the page UI says: ${shown}` : ''),
        );
      }
      const problems: string[] = [];
      if (!saved.url.endsWith('/story/hayashi-seoul')) problems.push(`url: expected …/story/hayashi-seoul, found ${saved.url}`);
      if (squash(saved.title) !== squash(second.title)) problems.push(`title: expected ${JSON.stringify(second.title)}, found ${JSON.stringify(saved.title)}`);
      for (const [surface] of expected.mustAfterNext ?? []) {
        if (!saved.text.includes(surface)) problems.push(`text lacks ${JSON.stringify(surface)} from the second story`);
      }
      if (saved.text.includes(first.firstParagraph.slice(0, 60))) problems.push("text still contains the first story's opening");
      if (squash(saved.title) === squash(first.title)) problems.push("title is the first story's");
      expect(problems, 'clipping of the second story').toEqual([]);
    });
  });
}
