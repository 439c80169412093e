// The project's own page fixtures, one folder each: tests/fixtures/pages/<name>/{source.html,expected.json}
// (see the README there). Read strictly, so that a fixture which cannot say what it checks fails loudly
// instead of passing in silence: a missing or malformed file, an unknown key, a stray file, or a surface the
// page does not contain each stop the load with the file's path and what is wrong.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import { Window } from 'happy-dom';
import { z } from 'zod';
import { ENTITY_KINDS, type EntityKind } from '../../lib/entities/types';
import { REPO_ROOT } from './shared';

/** Where the project's own page fixtures live. */
export const OWN_PAGE_FIXTURES = join(REPO_ROOT, 'tests/fixtures/pages');

/** The page of a fixture, served as `/own/<name>.html`. */
export const SOURCE_FILE = 'source.html';
/** What the extension must do on that page. */
export const EXPECTED_FILE = 'expected.json';
/** Files allowed beside the fixture folders. */
const ROOT_FILES = new Set(['README.md']);

/** A fixture folder's name: it is also the page's URL (`/own/<name>.html`), so only what scripts/serve.mjs serves. */
export const FIXTURE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const surface = z.string().min(1);
const surfaceWithKind = z.tuple([surface, z.enum(ENTITY_KINDS as readonly [EntityKind, ...EntityKind[]])]);

/** What Save stores from a fixture page. */
const clippingSchema = z.strictObject({
  title: z.string(),
  site: z.string(),
  byline: z.string(),
  /** YYYY-MM-DD, in the article's own time zone. */
  published: z.iso.date(),
  canonicalUrl: z.httpUrl(),
  textStartsWith: z.string().min(1),
  textExcludes: z.array(z.string().min(1)).optional(),
});

/**
 * The expectation format of ../shared/fixtures/expected (../shared/docs/design.md), without its "page" field:
 * the page is the source.html beside the file. Unknown keys are refused, at every level.
 */
export const expectationSchema = z.strictObject({
  verdict: z.enum(['diplomatic', 'article', 'none']),
  /** What the page is and what it tests, in words. */
  about: z.string().optional(),
  /** Highlighted at least once inside the article, with this kind. */
  must: z.array(surfaceWithKind).optional(),
  /** Each group's surfaces resolve to one entity id. */
  sameEntity: z.array(z.array(surface).min(2)).optional(),
  /** [other fixture, surface on that page, surface on this page]: one entity id. */
  crossArticleSameEntity: z.array(z.tuple([z.string().min(1), surface, surface])).optional(),
  /** May be highlighted, not required. */
  acceptable: z.array(surface).optional(),
  /** Appear only outside the article: never highlighted, never in the clipping. */
  mustNot: z.array(surface).optional(),
  /** CSS selectors of elements that must stay exactly as served. */
  untouched: z.array(z.string().min(1)).optional(),
  /** What Save stores. */
  clipping: clippingSchema.optional(),
  /** Single-page app: surfaces after the first story renders / after clicking #next-link. */
  mustAfterLoad: z.array(surfaceWithKind).optional(),
  mustAfterNext: z.array(surfaceWithKind).optional(),
});

/** What a fixture page should do. */
export type Expectation = z.infer<typeof expectationSchema>;

/** One fixture folder, read and checked. */
export interface PageFixture {
  /** The folder's name, e.g. `diplomatic-shuttle-summit`. */
  name: string;
  /** Absolute path of the folder. */
  dir: string;
  /** Absolute path of its source.html. */
  sourcePath: string;
  expected: Expectation;
}

/** A fixture that cannot be read as it stands; the message names the file and what is wrong with it. */
export class PageFixtureError extends Error {
  override name = 'PageFixtureError';
}

/** A path as the reader of a failure wants it: from the repository root when it is inside it. */
function shown(file: string): string {
  const inside = relative(REPO_ROOT, file);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : file;
}

function fail(file: string, problem: string): never {
  throw new PageFixtureError(`${shown(file)}: ${problem}`);
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/** The page's text as a reader sees it in the markup (tags gone, entities decoded, whitespace squashed). */
function pageText(html: string): string {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    return (document.documentElement.textContent ?? '').replace(/\s+/g, ' ');
  } finally {
    void window.happyDOM.close();
  }
}

/** Every surface the expectation names in the page, with the key it comes from. */
function namedSurfaces(expected: Expectation): [key: string, surface: string][] {
  return [
    ...(expected.must ?? []).map(([s]): [string, string] => ['must', s]),
    ...(expected.sameEntity ?? []).flat().map((s): [string, string] => ['sameEntity', s]),
    ...(expected.acceptable ?? []).map((s): [string, string] => ['acceptable', s]),
    ...(expected.mustNot ?? []).map((s): [string, string] => ['mustNot', s]),
  ];
}

/** Reads expected.json: valid JSON, the format above, no "page" field. */
function readExpectation(file: string): Expectation {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(file, `not valid JSON (${(error as Error).message})`);
  }
  if (json && typeof json === 'object' && Object.hasOwn(json, 'page')) {
    fail(file, `unknown key "page": the page is the ${SOURCE_FILE} beside this file`);
  }
  const parsed = expectationSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const where = issue.path.length ? issue.path.join('.') : '(top level)';
      if (issue.code !== 'unrecognized_keys') return `${where}: ${issue.message}`;
      const known = Object.keys((issue.path[0] === 'clipping' ? clippingSchema : expectationSchema).shape);
      return `${where}: ${issue.message} (the format knows ${known.join(', ')})`;
    });
    fail(file, problems.join('; '));
  }
  return parsed.data;
}

/** Reads one fixture folder, or throws a PageFixtureError naming the file and the problem. */
export function readPageFixture(dir: string): PageFixture {
  const name = basename(dir);
  if (!FIXTURE_NAME.test(name)) fail(dir, 'a fixture folder is named with lower-case letters, digits and hyphens (it is the URL /own/<name>.html)');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(dir, 'no such fixture folder');
  const sourcePath = join(dir, SOURCE_FILE);
  const expectedPath = join(dir, EXPECTED_FILE);
  if (!isFile(sourcePath)) fail(sourcePath, 'missing: every fixture folder holds the page as source.html');
  if (!isFile(expectedPath)) fail(expectedPath, 'missing: every fixture folder holds what the page should do as expected.json');
  const stray = readdirSync(dir).filter((entry) => entry !== SOURCE_FILE && entry !== EXPECTED_FILE);
  if (stray.length) fail(dir, `unexpected ${stray.map((s) => `"${s}"`).join(', ')}: a fixture folder holds only ${SOURCE_FILE} and ${EXPECTED_FILE}`);

  const html = readFileSync(sourcePath, 'utf8');
  if (!html.trim()) fail(sourcePath, 'empty');
  const expected = readExpectation(expectedPath);
  const text = pageText(html);
  const absent = namedSurfaces(expected).filter(([, s]) => !text.includes(s.replace(/\s+/g, ' ')));
  if (absent.length) fail(expectedPath, `not in ${SOURCE_FILE}: ${absent.map(([key, s]) => `${key} "${s}"`).join(', ')}`);
  return { name, dir, sourcePath, expected };
}

/** Every fixture folder under `root`, sorted by name; anything else there but the README fails the load. */
export function readPageFixtures(root: string = OWN_PAGE_FIXTURES): PageFixture[] {
  if (!existsSync(root)) fail(root, 'no such folder');
  const fixtures: PageFixture[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory()) fixtures.push(readPageFixture(join(root, entry.name)));
    else if (!ROOT_FILES.has(entry.name)) {
      fail(join(root, entry.name), `a loose file: each page fixture is a folder <name>/ holding ${SOURCE_FILE} and ${EXPECTED_FILE} (see README.md)`);
    }
  }
  return fixtures;
}

/** One of the project's own fixtures by folder name; fails with the names there are. */
export function ownPageFixture(name: string, root: string = OWN_PAGE_FIXTURES): PageFixture {
  if (!FIXTURE_NAME.test(name) || !existsSync(join(root, name))) {
    const names = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    fail(join(root, name), `no such fixture (there are: ${names.join(', ')})`);
  }
  return readPageFixture(join(root, name));
}
