// The loader of the project's own page fixtures (tests/support/page-fixtures.ts): every committed fixture
// loads, and a fixture that cannot say what it checks fails with its file and the problem.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ownPageFixture, PageFixtureError, readPageFixture, readPageFixtures } from '../../support/page-fixtures';

const PAGE = '<!doctype html><title>Talks</title><article><h1>Talks in Tokyo</h1><p>Japan and South Korea met in Tokyo.</p></article>';
const EXPECTED = { verdict: 'diplomatic', must: [['Japan', 'country'], ['Tokyo', 'place']], mustNot: [] };

describe('the committed page fixtures', () => {
  it('all load, each from its own folder', () => {
    const fixtures = readPageFixtures();
    expect(fixtures.map((f) => f.name)).toEqual(
      expect.arrayContaining(['business-yen-exporters', 'diplomatic-shuttle-summit', 'sport-baseball-semifinal', 'topic-japan-korea']),
    );
    for (const fixture of fixtures) expect(fixture.sourcePath).toBe(path.join(fixture.dir, 'source.html'));
    expect(ownPageFixture('diplomatic-shuttle-summit').expected.clipping?.site).toBe('The Harbour Post');
  });
});

describe('reading a fixture folder', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'diplomark-page-fixtures-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  /** Writes `<root>/<name>/` with the given files; a value of null leaves that file out. */
  function writeFixture(name: string, files: Record<string, string | null> = {}): string {
    const dir = path.join(root, name);
    mkdirSync(dir, { recursive: true });
    const all: Record<string, string | null> = { 'source.html': PAGE, 'expected.json': JSON.stringify(EXPECTED), ...files };
    for (const [file, content] of Object.entries(all)) if (content !== null) writeFileSync(path.join(dir, file), content);
    return dir;
  }

  /** The error message readPageFixture throws for this folder. */
  function failureOf(dir: string): string {
    try {
      readPageFixture(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(PageFixtureError);
      return (error as Error).message;
    }
    return expect.fail(`${dir} loaded, but should have failed`);
  }

  it('gives the name, the page and the expectation of a well-formed folder', () => {
    const dir = writeFixture('tokyo-talks');
    expect(readPageFixture(dir)).toEqual({ name: 'tokyo-talks', dir, sourcePath: path.join(dir, 'source.html'), expected: EXPECTED });
  });

  it('fails on a missing source.html or expected.json', () => {
    expect(failureOf(writeFixture('no-page', { 'source.html': null }))).toMatch(/no-page\/source\.html: missing/);
    expect(failureOf(writeFixture('no-expectation', { 'expected.json': null }))).toMatch(/no-expectation\/expected\.json: missing/);
    expect(failureOf(writeFixture('empty-page', { 'source.html': ' \n' }))).toMatch(/empty-page\/source\.html: empty/);
  });

  it('fails on an expected.json that is not JSON', () => {
    expect(failureOf(writeFixture('broken', { 'expected.json': '{ "verdict": "none", }' }))).toMatch(/broken\/expected\.json: not valid JSON/);
  });

  it('fails on an unknown key, at the top or inside the clipping, and on the "page" field of the shared format', () => {
    const unknown = writeFixture('unknown-key', { 'expected.json': JSON.stringify({ ...EXPECTED, mustnot: ['Seoul'] }) });
    expect(failureOf(unknown)).toMatch(/unknown-key\/expected\.json: \(top level\): .*"mustnot" \(the format knows verdict, about, must, /);
    const clipping = { title: 'Talks', site: 'Post', byline: 'A. Writer', published: '2024-05-01', canonicalUrl: 'https://post.example/talks', textStartsWith: 'Japan' };
    const nested = writeFixture('unknown-clipping-key', { 'expected.json': JSON.stringify({ ...EXPECTED, clipping: { ...clipping, author: 'A. Writer' } }) });
    expect(failureOf(nested)).toMatch(/clipping: .*author/);
    expect(readPageFixture(writeFixture('with-clipping', { 'expected.json': JSON.stringify({ ...EXPECTED, clipping }) })).expected.clipping).toEqual(clipping);
    const page = writeFixture('with-page', { 'expected.json': JSON.stringify({ page: 'pages/with-page.html', ...EXPECTED }) });
    expect(failureOf(page)).toMatch(/with-page\/expected\.json: unknown key "page": the page is the source\.html beside this file/);
  });

  it('fails on values of the wrong shape, naming where they are', () => {
    expect(failureOf(writeFixture('no-verdict', { 'expected.json': JSON.stringify({ must: EXPECTED.must }) }))).toMatch(/verdict/);
    expect(failureOf(writeFixture('odd-verdict', { 'expected.json': JSON.stringify({ verdict: 'maybe' }) }))).toMatch(/verdict/);
    const kind = writeFixture('odd-kind', { 'expected.json': JSON.stringify({ verdict: 'diplomatic', must: [['Japan', 'nation']] }) });
    expect(failureOf(kind)).toMatch(/must\.0\.1: /);
    const group = writeFixture('lonely-group', { 'expected.json': JSON.stringify({ verdict: 'diplomatic', sameEntity: [['Japan']] }) });
    expect(failureOf(group)).toMatch(/sameEntity\.0: /);
    const date = { title: 'T', site: 'S', byline: 'B', published: '1 May 2024', canonicalUrl: 'https://post.example/t', textStartsWith: 'Japan' };
    expect(failureOf(writeFixture('odd-date', { 'expected.json': JSON.stringify({ ...EXPECTED, clipping: date }) }))).toMatch(/clipping\.published: /);
  });

  it('fails on a surface the page does not contain', () => {
    const typo = writeFixture('typo', { 'expected.json': JSON.stringify({ verdict: 'diplomatic', must: [['Tokio', 'place']], mustNot: ['Busan'] }) });
    expect(failureOf(typo)).toMatch(/typo\/expected\.json: not in source\.html: must "Tokio", mustNot "Busan"/);
    // Entities and line breaks in the markup are read as the page's text.
    const markup = '<p>Japan &amp; South\n   Korea</p>';
    const decoded = writeFixture('decoded', { 'source.html': markup, 'expected.json': JSON.stringify({ verdict: 'article', acceptable: ['Japan & South Korea'] }) });
    expect(readPageFixture(decoded).expected.acceptable).toEqual(['Japan & South Korea']);
  });

  it('fails on a stray file in a fixture folder, or a folder named other than its URL', () => {
    expect(failureOf(writeFixture('stray', { 'notes.txt': 'draft' }))).toMatch(/stray: unexpected "notes\.txt"/);
    expect(failureOf(writeFixture('Tokyo_Talks'))).toMatch(/Tokyo_Talks: .*lower-case letters, digits and hyphens/);
  });

  it('reads every folder under a root, sorted, and refuses loose pages beside them', () => {
    writeFixture('b-story');
    writeFixture('a-story');
    writeFileSync(path.join(root, 'README.md'), 'how to add a fixture');
    expect(readPageFixtures(root).map((f) => f.name)).toEqual(['a-story', 'b-story']);
    writeFileSync(path.join(root, 'c-story.html'), PAGE);
    expect(() => readPageFixtures(root)).toThrow(/c-story\.html: a loose file: each page fixture is a folder/);
  });

  it('finds one fixture by name, and names the ones there are when it is not there', () => {
    writeFixture('a-story');
    expect(ownPageFixture('a-story', root).name).toBe('a-story');
    expect(() => ownPageFixture('z-story', root)).toThrow(/z-story: no such fixture \(there are: a-story\)/);
    expect(() => ownPageFixture('../a-story', root)).toThrow(PageFixtureError);
  });
});
