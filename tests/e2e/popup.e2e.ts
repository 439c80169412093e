// The popup as the reader sees it after saving: the clipping listed with its entities, JSON export, delete.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/serve.mjs';
import { Diplomark, type StoredClipping } from './harness/diplomark';
import { fixtureHostMap, fixtureUrl, ownFixture, ownFixtures, startFixtureServer } from './harness/fixtures';

const FIXTURE = 'diplomatic-shuttle-summit';

describe('popup', () => {
  let diplomark: Diplomark;
  let server: RunningServer;
  let popup: Page | undefined;
  let saved: StoredClipping | null = null;

  beforeAll(async () => {
    server = await startFixtureServer();
    // Own fixtures open under their site names, so each page and its canonical link agree.
    diplomark = await Diplomark.launch({ hostMap: fixtureHostMap(server, ownFixtures()) });
  });
  afterAll(async () => {
    await diplomark?.close();
    await server?.close();
  });

  /** The clipping saved in the first test; later tests fail clearly without it. */
  function requireSaved(): StoredClipping {
    if (!saved) expect.fail('no clipping was saved (the first popup test failed)');
    return saved;
  }

  /** The list item holding the clipping's title, marked `data-e2e-item` so locators can scope to it. */
  async function clippingItem(page: Page, clipping: StoredClipping): Promise<{ item: Locator; chips: string[] }> {
    await page.getByText(clipping.title).first().waitFor({ timeout: 10_000 });
    const chips = await page.evaluate(
      ({ title, names }) => {
        document.querySelectorAll('[data-e2e-item]').forEach((el) => el.removeAttribute('data-e2e-item'));
        const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
        const holders = [...document.querySelectorAll('body *')].filter(
          (el) => squash(el.textContent).includes(title) && ![...el.children].some((c) => squash(c.textContent).includes(title)),
        );
        const titleEl = holders[0];
        if (!titleEl) return [];
        // Entity chips: elements outside the title whose text starts with an entity's name ("Japan", "Japan 4").
        let item: Element | null = titleEl;
        for (let depth = 0; item && depth < 7; depth++, item = item.parentElement) {
          const found = [...item.querySelectorAll('*')]
            .filter((el) => !el.contains(titleEl) && !titleEl.contains(el))
            .map((el) => squash(el.textContent))
            .filter((text) => names.some((name) => text === name || text.startsWith(`${name} `) || text.startsWith(`${name}·`)));
          if (found.length) {
            item.setAttribute('data-e2e-item', '');
            return [...new Set(found)];
          }
        }
        titleEl.parentElement?.setAttribute('data-e2e-item', '');
        return [];
      },
      { title: clipping.title, names: clipping.entities.map((e) => e.name) },
    );
    return { item: page.locator('[data-e2e-item]').first(), chips };
  }

  it('lists a saved clipping by title, with entity chips', async () => {
    const fixture = ownFixture(FIXTURE);
    const canonicalUrl = fixture.expected.clipping?.canonicalUrl;
    if (!canonicalUrl) return expect.fail(`tests/fixtures/pages/${FIXTURE}/expected.json has no clipping`);
    const article = await diplomark.openArticle(fixtureUrl(server, fixture));
    const verdict = await article.waitForVerdict();
    expect(verdict, 'verdict of the article to save').toBe(fixture.expected.verdict);
    await article.save();
    saved = await diplomark.waitForClipping((c) => c.canonicalUrl === canonicalUrl);
    expect(saved, `a clipping for ${canonicalUrl} after clicking Save`).toBeTruthy();
    const clipping = requireSaved();
    expect(clipping.entities.length, 'entities stored with the clipping').toBeGreaterThan(0);

    popup = await diplomark.openExtensionPage('popup.html');
    popup.on('dialog', (dialog) => void dialog.accept());
    const titleShown = await popup
      .getByText(clipping.title)
      .first()
      .waitFor({ timeout: 10_000 })
      .then(() => true, () => false);
    const bodyText = titleShown ? '' : await popup.evaluate(() => document.body.innerText.slice(0, 500));
    expect(titleShown, `popup shows the title ${JSON.stringify(clipping.title)}; it shows: ${JSON.stringify(bodyText)}`).toBe(true);
    const { chips } = await clippingItem(popup, clipping);
    expect(chips.length, `entity chips near the title (entities: ${clipping.entities.map((e) => e.name).join(', ')})`).toBeGreaterThan(0);
  });

  it('exports JSON: a download in the diplomark-clippings format holding the clipping', async () => {
    const clipping = requireSaved();
    if (!popup) return expect.fail('the popup was never opened (the first popup test failed)');
    const button = popup.locator('button, a, [role="button"]').filter({ hasText: 'Export JSON' }).first();
    const present = await button.waitFor({ timeout: 5_000 }).then(() => true, () => false);
    expect(present, 'a button whose text contains "Export JSON" in popup.html').toBe(true);
    const [download] = await Promise.all([popup.waitForEvent('download', { timeout: 10_000 }), button.click()]);
    const file = await download.path();
    const json = JSON.parse(await readFile(file, 'utf8')) as { format?: unknown; version?: unknown; clippings?: StoredClipping[] };
    expect(json.format, 'export "format"').toBe('diplomark-clippings');
    expect(json.version, 'export "version"').toBe(1);
    expect(Array.isArray(json.clippings), 'export has a "clippings" array').toBe(true);
    const exported = json.clippings?.find((c) => c.id === clipping.id);
    expect(exported, `the saved clipping (id ${clipping.id}) in the export`).toBeTruthy();
    expect(exported?.title).toBe(clipping.title);
    expect(exported?.canonicalUrl).toBe(clipping.canonicalUrl);
    expect(download.suggestedFilename(), 'download file name').toMatch(/\.json$/);
  });

  it('deletes the clipping: gone from the list and from the database', async () => {
    const clipping = requireSaved();
    if (!popup) return expect.fail('the popup was never opened (the first popup test failed)');
    const { item } = await clippingItem(popup, clipping);
    const deleteControl = item.locator('[data-action="delete"]').or(item.getByRole('button', { name: /delete|remove/i })).first();
    const present = await deleteControl.waitFor({ timeout: 5_000 }).then(() => true, () => false);
    expect(present, 'a delete control ([data-action="delete"] or a button named Delete/Remove) next to the clipping').toBe(true);
    await deleteControl.click();
    // Some UIs confirm in a dialog of their own rather than with confirm() (accepted above).
    const dialogButton = popup
      .locator('dialog, [role="dialog"], [role="alertdialog"]')
      .getByRole('button', { name: /^(delete|remove|yes|confirm)/i })
      .first();
    const confirmShown = await dialogButton.waitFor({ state: 'visible', timeout: 500 }).then(() => true, () => false);
    if (confirmShown) await dialogButton.click();
    // The list item is gone (a "Deleted … Undo" notice may still name the title, so look at the item itself).
    const itemGone = () =>
      popup!.evaluate((title) => {
        const item = document.querySelector('[data-e2e-item]');
        return !item || !(item.textContent ?? '').replace(/\s+/g, ' ').includes(title);
      }, clipping.title);
    await expect.poll(itemGone, { timeout: 10_000, message: 'the clipping disappears from the popup list' }).toBe(true);
    const stillStored = async () => (await diplomark.readClippings()).clippings.some((c) => c.id === clipping.id);
    await expect.poll(stillStored, { timeout: 5_000, message: 'the clipping is removed from IndexedDB' }).toBe(false);
  });
});
