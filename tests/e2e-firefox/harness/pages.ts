// The pages the Firefox suite opens, and the server that serves them under their real site names.
// To add a page: put it in one of the served folders below and add an entry to FIREFOX_PAGES (or name a shared
// fixture's expectation file, in ../shared/fixtures/expected, in SHARED_PAGES, or an own fixture's folder, in
// tests/fixtures/pages, in OWN_PAGES).
import path from 'node:path';
import { startServer, type RunningServer } from '../../../scripts/serve.mjs';
import { OWN_FIXTURE_FOLDERS, ownFixture, sharedFixtures, type Expectation } from '../../e2e/harness/fixtures';
import { REPO_ROOT, SHARED_FIXTURES } from '../../e2e/harness/paths';
import { FRAMEWORK_PAGES_DIR } from '../../e2e/pages/framework-pages';

/** One page the suite checks: where it is served, under which site name, and what Diplomark must do there. */
export interface FirefoxPage {
  name: string;
  /** Host name the page is opened under (resolved to this machine), e.g. `www.tokyo-ledger.example`. */
  host: string;
  /** URL path on the test server, e.g. `/seed-000-tokyo-ledger.html` or `/firefox/query-article.html`. */
  urlPath: string;
  expected: Pick<Expectation, 'verdict' | 'must' | 'mustNot'>;
}

/** Folders served as they are besides the shared pages at `/` (the own fixtures are at `/own/<name>.html`): URL prefix → folder. */
export const SERVED_FOLDERS: Record<string, string> = {
  '/firefox/': path.join(REPO_ROOT, 'tests/e2e-firefox/pages'),
  // Host pages of the Chromium suite (React, Vue…): list them in FIREFOX_PAGES to check them in Firefox too.
  '/e2e-pages/': path.join(REPO_ROOT, 'tests/e2e/pages'),
  // The React and Vue host pages as built by buildFrameworkPages() (tests/e2e/pages/framework-pages.ts).
  '/framework/': FRAMEWORK_PAGES_DIR,
};

/** Shared fixtures checked in Firefox (expectation file names in ../shared/fixtures/expected). */
const SHARED_PAGES = ['seed-000-tokyo-ledger.json', 'seed-003-asia-daily.json', 'section-front.json', 'hostile-article.json', 'editable-and-structures.json'];

/** The project's own fixtures checked in Firefox (folder names in tests/fixtures/pages). */
const OWN_PAGES = ['diplomatic-shuttle-summit', 'sport-baseball-semifinal', 'topic-japan-korea'];

/** Pages of the Firefox suite itself, always present. */
const FIREFOX_PAGES: FirefoxPage[] = [
  {
    name: 'query-article (own)',
    host: 'news.firefox-test.example',
    urlPath: '/firefox/query-article.html',
    expected: { verdict: 'diplomatic', must: [['Japan', 'country'], ['South Korea', 'country'], ['Tokyo', 'place']] },
  },
  {
    // 250,000 characters: its text reaches the background in parts over a port (lib/messaging/text-parts.ts).
    name: 'long-read (e2e page)',
    host: 'long-read.firefox-test.example',
    urlPath: '/e2e-pages/long-read.html',
    expected: { verdict: 'diplomatic', must: [['Fumio Kishida', 'person'], ['Yoon Suk-yeol', 'person'], ['World Trade Organization', 'organization']] },
  },
];

/** Host name of a shared page: its canonical URL's, so the page and its clipping are on one site. */
function hostOf(expected: Expectation): string {
  const canonical = expected.clipping?.canonicalUrl;
  return canonical ? new URL(canonical).hostname : 'fixtures.firefox-test.example';
}

/** Every page to check: the listed shared fixtures (when ../shared is there) and the project's own. */
export function firefoxPages(): FirefoxPage[] {
  const shared = sharedFixtures()
    .filter((fixture) => SHARED_PAGES.includes(fixture.name))
    .map((fixture) => ({ name: fixture.name, host: hostOf(fixture.expected), urlPath: fixture.urlPath, expected: fixture.expected }));
  const own = OWN_PAGES.map((name) => ownFixture(name)).map((fixture) => ({
    name: `${fixture.name} (own)`,
    host: 'own.firefox-test.example',
    urlPath: fixture.urlPath,
    expected: fixture.expected,
  }));
  return [...shared, ...own, ...FIREFOX_PAGES];
}

/** One of the project's own fixtures listed in OWN_PAGES, by folder name (always present). */
export function ownPage(name: string): FirefoxPage {
  const found = firefoxPages().find((page) => page.name === `${name} (own)`);
  if (!found) throw new Error(`${name} is not in OWN_PAGES`);
  return found;
}

/** The seed article used by the save and screenshot tests, or null when ../shared is absent. */
export function seedPage(): FirefoxPage | null {
  return firefoxPages().find((page) => page.name === 'seed-000-tokyo-ledger.json') ?? null;
}

/** The project's own article (no canonical link, so its clipping's canonical URL comes from the address). */
export const QUERY_ARTICLE = FIREFOX_PAGES[0]!;

/** Site name the React and Vue host pages (served under `/framework/`) are opened under. */
export const FRAMEWORK_HOST = 'frameworks.firefox-test.example';

/** Every host name the pages use, for the browser's name resolution. */
export function siteNames(): string[] {
  return [...new Set([...firefoxPages().map((page) => page.host), FRAMEWORK_HOST])];
}

/** Serves the shared pages at `/` (when ../shared is there), the own fixtures at `/own/<name>.html` and SERVED_FOLDERS under their prefixes. */
export function startPageServer(): Promise<RunningServer> {
  return startServer({ root: SHARED_FIXTURES ? path.join(SHARED_FIXTURES, 'pages') : undefined, mounts: SERVED_FOLDERS, fixtures: OWN_FIXTURE_FOLDERS });
}

/** `http://<host>:<port><urlPath>`. */
export function pageUrl(server: RunningServer, page: FirefoxPage, query = ''): string {
  return `http://${page.host}:${server.port}${page.urlPath}${query}`;
}
