import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, type RunningServer } from '../../../scripts/serve.mjs';
import { OWN_PAGE_FIXTURES, ownPageFixture, readPageFixtures, type Expectation, type PageFixture } from '../../support/page-fixtures';
import { SHARED_FIXTURES } from './paths';

/** What a fixture page should do, in the format of ../shared/fixtures/expected (see each file's "about"). */
export type { Expectation };

/** A fixture page with what it should do and where it is served. */
export interface Fixture {
  /** The shared fixture's expectation file name (`seed-000-tokyo-ledger.json`), or the own fixture's folder name. */
  name: string;
  expected: Expectation;
  /** URL path of the page on the fixture server, e.g. `/own/diplomatic-shuttle-summit.html`. */
  urlPath: string;
}

/** URL prefix under which the project's own fixture pages are served: `/own/<name>.html`. */
const OWN_PREFIX = '/own/';

/** The `fixtures` option of startServer that serves the project's own pages under `/own/`. */
export const OWN_FIXTURE_FOLDERS: Readonly<Record<string, string>> = { [OWN_PREFIX]: OWN_PAGE_FIXTURES };

/** URL path of one of the project's own fixture pages. */
function ownFixturePath(name: string): string {
  return `${OWN_PREFIX}${name}.html`;
}

/**
 * One server for both fixture sets: the shared pages at `/` (the single-page app pushes `/story/...`, so it
 * must live at the root, and its deep links fall back to it), the project's own pages under `/own/`.
 */
export function startFixtureServer(): Promise<RunningServer> {
  return startServer({
    root: SHARED_FIXTURES ? path.join(SHARED_FIXTURES, 'pages') : undefined,
    fixtures: OWN_FIXTURE_FOLDERS,
    spaFallback: SHARED_FIXTURES ? ['/spa-two-stories.html'] : [],
  });
}

function toFixture(fixture: PageFixture): Fixture {
  return { name: fixture.name, expected: fixture.expected, urlPath: ownFixturePath(fixture.name) };
}

/** The project's own fixtures (tests/fixtures/pages/<name>/), served under `/own/`; a broken one fails the load. */
export function ownFixtures(): Fixture[] {
  return readPageFixtures().map(toFixture);
}

/** One of the project's own fixtures by folder name, e.g. `diplomatic-shuttle-summit`. */
export function ownFixture(name: string): Fixture {
  return toFixture(ownPageFixture(name));
}

/** The shared fixtures (../shared/fixtures, every `*.json` in expected/, sorted), served at `/`; empty when ../shared is absent. */
export function sharedFixtures(): Fixture[] {
  if (!SHARED_FIXTURES) return [];
  const dir = path.join(SHARED_FIXTURES, 'expected');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const { page, ...expected } = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Expectation & { page?: string };
      if (!page?.startsWith('pages/')) throw new Error(`${dir}/${name}: "page" must be "pages/<file>.html"`);
      return { name, expected, urlPath: `/${page.slice('pages/'.length)}` };
    });
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
