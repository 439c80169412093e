#!/usr/bin/env node
// Screenshots of the dashboard for the README: light and dark, list with a clipping open, and the
// pictures. Needs a build (`npm run build`). Writes docs/screenshots/dashboard-*.png.
//   node scripts/screenshots-dashboard.mjs
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from './chromium.mjs';
import { fillDatabaseScript } from './dashboard-data.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'docs/screenshots');
mkdirSync(OUT, { recursive: true });

const { context, extensionId, close } = await launchWithExtension({ extensionDir: path.join(ROOT, '.output/chrome-mv3') });
try {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1360, height: 860 });
  const url = `chrome-extension://${extensionId}/dashboard.html`;
  await page.goto(url);
  await page.evaluate(fillDatabaseScript({ count: 240, seed: 6 }));
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(url);
    await page.locator('.vrow').first().waitFor();
    await page.locator('.vrow').filter({ hasText: '✎' }).first().locator('.vrow-open').click();
    await page.locator('.vrow input[type=checkbox]').nth(2).click();
    await page.locator('.vrow input[type=checkbox]').nth(3).click();
    await page.screenshot({ path: path.join(OUT, `dashboard-${scheme}.png`) });
    await page.getByRole('button', { name: 'Pictures' }).click();
    await page.locator('.chart svg').first().waitFor();
    await page.screenshot({ path: path.join(OUT, `dashboard-pictures-${scheme}.png`) });
    console.log(`docs/screenshots/dashboard-${scheme}.png, dashboard-pictures-${scheme}.png`);
  }
} finally {
  await close();
}
