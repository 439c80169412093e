// The dashboard in Chromium: clippings saved from real pages (the hostile fixture too, when ../shared
// exists) alongside generated ones; search, facets, delete and undo, every export format as a real
// download (checked inert), and imports of a valid file and of hostile ones (nothing changes).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDatabaseScript } from '../../scripts/dashboard-data.mjs';
import type { RunningServer } from '../../scripts/serve.mjs';
import { Diplomark, type StoredClipping } from './harness/diplomark';
import { fixtureHostMap, fixtureUrl, ownFixture, ownFixtures, sharedFixtures, startFixtureServer } from './harness/fixtures';

const GENERATED = 300;
const OWN = 'diplomatic-shuttle-summit';

describe('dashboard', () => {
  let diplomark: Diplomark;
  let server: RunningServer;
  let dashboard: Page;
  let own: StoredClipping;
  let hostile: StoredClipping | null = null;
  const errors: string[] = [];
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'diplomark-dashboard-'));

  beforeAll(async () => {
    server = await startFixtureServer();
    // Own fixtures open under their site names, so each page and its canonical link agree.
    diplomark = await Diplomark.launch({ hostMap: fixtureHostMap(server, ownFixtures()) });
    const fixture = ownFixture(OWN);
    const article = await diplomark.openArticle(fixtureUrl(server, fixture));
    await article.waitForVerdict();
    await article.save();
    own = (await diplomark.waitForClipping((c) => c.canonicalUrl === fixture.expected.clipping?.canonicalUrl))!;
    await article.close();

    const hostileFixture = sharedFixtures().find((f) => f.name === 'hostile-article.json');
    if (hostileFixture) {
      const page = await diplomark.openArticle(`${server.url}${hostileFixture.urlPath}`);
      await page.waitForVerdict();
      await page.save({ by: 'keyboard' }); // the page's own mouseover handlers must not fire
      hostile = await diplomark.waitForClipping((c) => c.url.includes('hostile-article'));
      await page.close();
    }

    dashboard = await diplomark.openExtensionPage('dashboard.html');
    dashboard.on('pageerror', (error) => errors.push(error.message));
    await dashboard.evaluate(fillDatabaseScript({ count: GENERATED, seed: 3 }));
    await dashboard.reload();
    await dashboard.locator('[role="listitem"]').first().waitFor({ timeout: 15_000 });
  });

  afterAll(async () => {
    await diplomark?.close();
    await server?.close();
  });

  const total = () => diplomark.readClippings().then((read) => read.clippings.length);
  const countText = () => dashboard.locator('[data-testid="result-count"]').innerText();
  const probe = () =>
    dashboard.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      polluted: Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'),
    }));
  async function search(query: string) {
    await dashboard.getByLabel('Search clippings').fill(query);
  }
  /** Sorted JSON of the whole database, to compare before and after. */
  async function snapshot(): Promise<string> {
    const { clippings } = await diplomark.readClippings();
    return JSON.stringify([...clippings].sort((a, b) => (a.id < b.id ? -1 : 1)));
  }

  it('lists every clipping but renders only the rows in view', async () => {
    expect(own, 'the own fixture was saved').toBeTruthy();
    const stored = await total();
    expect(stored).toBe(GENERATED + 1 + (hostile ? 1 : 0));
    await expect.poll(countText).toBe(`${stored.toLocaleString('en-US')} clippings`); // the whole collection read
    const rows = await dashboard.locator('[role="listitem"]').count();
    expect(rows).toBeGreaterThan(3);
    expect(rows).toBeLessThan(60);
    expect(await dashboard.locator('[role="listitem"]').first().getAttribute('aria-setsize')).toBe(String(stored));
  });

  it('searches title, text and entity names', async () => {
    await search('shuttle diplomacy kishida');
    await expect.poll(countText).toMatch(/^1 match of/);
    expect(await dashboard.locator('.vrow-title').first().innerText()).toBe(own.title);
    await search('follow up with the embassy'); // generated notes
    await expect.poll(countText).toMatch(/matches of/);
    await search('');
  });

  it('narrows by a dispute facet to exactly the clippings naming it', async () => {
    const { clippings } = await diplomark.readClippings();
    const expected = clippings.filter((c) => (c.disputes as string[]).includes('dispute:takeshima-dokdo')).length;
    await dashboard.getByLabel('Dispute', { exact: true }).selectOption('dispute:takeshima-dokdo');
    await expect.poll(countText).toMatch(new RegExp(`^${expected} match`));
    await dashboard.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(countText).not.toMatch(/match/);
  });

  it('shows the hostile clipping as text and nothing executes', async () => {
    if (!hostile) return; // ../shared is absent
    await search('textbook claims');
    const row = dashboard.locator('[role="listitem"]').filter({ hasText: 'Seoul protests' }).first();
    await row.locator('.vrow-open').click();
    await dashboard.locator('.detail h2').waitFor();
    expect(await dashboard.locator('.detail h2').innerText()).toBe(hostile.title);
    expect(await dashboard.locator('.detail img, .detail script, .detail iframe, .detail h2 *, .detail-text a, .detail-text svg, .detail-text b').count()).toBe(0);
    expect(await dashboard.locator('.detail-text [data-entity]').count()).toBeGreaterThan(0);
    expect(await probe()).toEqual({ pwned: null, polluted: false });
    await search('');
  });

  it('deletes a clipping and brings it back with Undo', async () => {
    await search('shuttle diplomacy kishida');
    const before = await total();
    await dashboard.locator('[role="listitem"]').first().getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(total, { timeout: 10_000, message: 'clippings after Delete' }).toBe(before - 1);
    await dashboard.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(total, { timeout: 10_000, message: 'clippings after Undo' }).toBe(before);
    expect((await diplomark.readClippings()).clippings.some((c) => c.id === own.id)).toBe(true);
    await search('');
  });

  async function exportSelected(format: string, files = 1): Promise<{ name: string; text: string }[]> {
    await dashboard.getByLabel('Format', { exact: true }).selectOption(format);
    const downloads: Download[] = [];
    const collect = (download: Download) => downloads.push(download);
    dashboard.on('download', collect);
    await dashboard.getByRole('button', { name: 'Export selected' }).click();
    await expect.poll(() => downloads.length, { timeout: 10_000 }).toBe(files);
    dashboard.off('download', collect);
    return Promise.all(downloads.map(async (d) => ({ name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') })));
  }

  it('exports the selection in every format, inert', async () => {
    const target = hostile ?? own;
    await search(hostile ? 'textbook claims' : 'shuttle diplomacy kishida');
    await dashboard.locator('[role="listitem"]').first().locator('input[type="checkbox"]').check();
    await expect.poll(countText).toContain('1 selected');

    const [json] = await exportSelected('json');
    const native = JSON.parse(json!.text) as { format: string; clippings: StoredClipping[] };
    expect(native.format).toBe('diplomark-clippings');
    expect(native.clippings.map((c) => c.id)).toEqual([target.id]);
    writeFileSync(path.join(tmp, 'selection.json'), json!.text);

    const [markdown] = await exportSelected('markdown');
    expect(markdown!.name).toMatch(/\.md$/);
    const body = markdown!.text.replace(/^---\n[\s\S]*?\n---\n/, '');
    // Every bracket, angle bracket, backtick and bang in page text is escaped: no link, image, HTML or code.
    expect(body.match(/(?<!\\)[[<`!]/g) ?? [], 'unescaped Markdown syntax').toEqual([]);
    expect(markdown!.text).toContain(`url: ${JSON.stringify(target.url)}`);

    const csv = await exportSelected('csv', 2);
    expect(csv.map((f) => f.name).sort()).toEqual([expect.stringMatching(/^diplomark-clippings-.*\.csv$/), expect.stringMatching(/^diplomark-mentions-.*\.csv$/)]);
    for (const file of csv) {
      const cells = file.text.replace(/^\ufeff/, '').split(/,|\r\n/).map((cell) => cell.replace(/^"/, ''));
      expect(cells.filter((cell) => /^[=+\-@\t]/.test(cell)), `${file.name}: formula cells`).toEqual([]);
    }
    // The hostile byline starts with "+cmd|": written with a leading apostrophe.
    if (hostile) expect(csv.find((f) => f.name.includes('clippings'))!.text).toMatch(/,'[=+\-@]/);

    const [annotations] = await exportSelected('web-annotation');
    const collection = JSON.parse(annotations!.text) as { '@context': string; type: string; first: { items: { target: { source: string } }[] } };
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.items[0]?.target.source).toBe(target.url);

    const [csl] = await exportSelected('csl-json');
    expect(JSON.parse(csl!.text)).toEqual([expect.objectContaining({ id: target.id, type: 'article-newspaper', title: target.title })]);
    expect(await probe()).toEqual({ pwned: null, polluted: false });
    await dashboard.getByRole('button', { name: 'Select none' }).click();
    await search('');
  });

  async function importFile(name: string, content: string): Promise<string> {
    const file = path.join(tmp, name);
    writeFileSync(file, content);
    await dashboard.locator('input[type="file"]').setInputFiles(file);
    const report = dashboard.locator('.import-report');
    await expect.poll(() => report.innerText().catch(() => ''), { timeout: 15_000 }).toContain(name);
    await expect.poll(() => report.locator('[data-import]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const text = await report.innerText();
    await dashboard.getByRole('button', { name: 'Close the import report' }).click();
    return text;
  }

  it('refuses hostile files with a clear message and changes nothing', async () => {
    const valid = readFileSync(path.join(tmp, 'selection.json'), 'utf8');
    const before = await snapshot();
    expect(await importFile('truncated.json', valid.slice(0, Math.floor(valid.length / 2)))).toMatch(/not complete JSON.*Nothing was imported/s);
    expect(await importFile('future.json', valid.replace('"version": 1', '"version": 2'))).toMatch(/version 2; this Diplomark reads version 1/);
    const polluting = valid
      .replace('"format"', '"__proto__": { "polluted": "top" }, "constructor": { "prototype": { "polluted": "ctor" } }, "format"')
      .replace(/"url": "[^"]*"/, '"__proto__": { "polluted": "item" }, "url": "javascript:alert(1)"');
    expect(await importFile('proto.json', polluting)).toMatch(/1 rejected[\s\S]*url must be an http\(s\) URL/);
    expect(await snapshot(), 'the database after hostile imports').toBe(before);
    expect(await probe()).toEqual({ pwned: null, polluted: false });
  });

  it('imports a valid file: merges by canonical URL and adds new clippings, with a report', async () => {
    const document = JSON.parse(readFileSync(path.join(tmp, 'selection.json'), 'utf8')) as { clippings: Record<string, unknown>[] };
    const existing = document.clippings[0]!;
    const edited = { ...existing, updatedAt: '2099-01-01T00:00:00.000Z', title: 'Edited elsewhere', tags: ['imported'] };
    const fresh = { ...existing, id: 'imported-1', url: 'https://news.example/new', canonicalUrl: 'https://news.example/new', title: 'Brand new clipping', highlights: [] };
    const before = await total();
    const report = await importFile('valid.json', JSON.stringify({ ...document, clippings: [edited, fresh] }));
    expect(report).toContain('1 clipping imported, 1 merged, 0 already here, 0 rejected.');
    await expect.poll(total, { timeout: 10_000, message: `clippings after the import (before: ${before})` }).toBe(before + 1);
    const { clippings } = await diplomark.readClippings();
    expect(clippings.find((c) => c.id === existing.id)).toMatchObject({ title: 'Edited elsewhere', tags: ['imported'] });
    expect(clippings.find((c) => c.id === 'imported-1')?.title).toBe('Brand new clipping');
    expect(errors).toEqual([]);
  });
});
