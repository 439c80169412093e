import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, type RunningServer } from '../../../scripts/serve.mjs';
import { OWN_FIXTURES, SHARED_FIXTURES } from './paths';

type Pair = [surface: string, kind: string];

/** What a fixture page should do, in the format of ../shared/fixtures/expected (see each file's "about"). */
export interface Expectation {
  page: string;
  verdict: 'diplomatic' | 'article' | 'none';
  about?: string;
  must?: Pair[];
  sameEntity?: string[][];
  /** [other expectation file, surface on that page, surface on this page]: one entity id. */
  crossArticleSameEntity?: [string, string, string][];
  acceptable?: string[];
  mustNot?: string[];
  untouched?: string[];
  clipping?: {
    title: string;
    site: string;
    byline: string;
    /** YYYY-MM-DD, in the article's own time zone. */
    published: string;
    canonicalUrl: string;
    textStartsWith: string;
    textExcludes?: string[];
  };
  /** Single-page app: surfaces after the first story renders / after clicking #next-link. */
  mustAfterLoad?: Pair[];
  mustAfterNext?: Pair[];
}

/** An expectation file with where its page is served. */
export interface Fixture {
  /** Expectation file name, e.g. `seed-000-tokyo-ledger.json`. */
  name: string;
  expected: Expectation;
  /** URL path of the page on the fixture server, e.g. `/own/diplomatic-shuttle-summit.html`. */
  urlPath: string;
}

/** URL prefix under which the project's own fixture pages are served. */
const OWN_PREFIX = '/own/';

/**
 * One server for both fixture sets: the shared pages at `/` (the single-page app pushes `/story/...`, so it
 * must live at the root, and its deep links fall back to it), the project's own pages under `/own/`.
 */
export function startFixtureServer(): Promise<RunningServer> {
  const ownPages = path.join(OWN_FIXTURES, 'pages');
  return startServer({
    root: SHARED_FIXTURES ? path.join(SHARED_FIXTURES, 'pages') : ownPages,
    mounts: { [OWN_PREFIX]: ownPages },
    spaFallback: SHARED_FIXTURES ? ['/spa-two-stories.html'] : [],
  });
}

/** Reads every `*.json` in `<fixturesDir>/expected`, sorted by name. */
function loadFixtures(fixturesDir: string, urlPrefix: string): Fixture[] {
  const dir = path.join(fixturesDir, 'expected');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const expected = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Expectation;
      if (!expected.page?.startsWith('pages/')) throw new Error(`${dir}/${name}: "page" must be "pages/<file>.html"`);
      return { name, expected, urlPath: `${urlPrefix}${expected.page.slice('pages/'.length)}` };
    });
}

/** The project's own fixtures (tests/fixtures), served under `/own/`. */
export function ownFixtures(): Fixture[] {
  return loadFixtures(OWN_FIXTURES, OWN_PREFIX);
}

/** The shared fixtures (../shared/fixtures), served at `/`; empty when ../shared is absent. */
export function sharedFixtures(): Fixture[] {
  return SHARED_FIXTURES ? loadFixtures(SHARED_FIXTURES, '/') : [];
}

/**
 * The host a fixture is served under: the host of its expected canonical URL, so that the page and its
 * canonical link are on one site, as on the web (Diplomark ignores a canonical link to another site).
 * Null for fixtures that expect no particular canonical URL: they are served from the server's own address.
 */
export function siteNameOf(fixture: Fixture): string | null {
  const canonical = fixture.expected.clipping?.canonicalUrl;
  return canonical ? new URL(canonical).hostname : null;
}

/** The `hostMap` for Diplomark.launch that serves these fixtures under their site names. */
export function fixtureHostMap(server: RunningServer, fixtures: readonly Fixture[]): Record<string, string> {
  return server.hostMap([...new Set(fixtures.map(siteNameOf).filter((name): name is string => name !== null))]);
}

/** Where a fixture page opens: under its site name when it has one (see siteNameOf). */
export function fixtureUrl(server: RunningServer, fixture: Fixture): string {
  const name = siteNameOf(fixture);
  return `${name ? server.siteUrl(name) : server.url}${fixture.urlPath}`;
}
