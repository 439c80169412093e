#!/usr/bin/env node
// Takes the screenshots shown in the README (docs/screenshots/): the demo article with its highlights
// and an open hover card on a dispute, and the popup after saving it. Needs a build (npm run build).
//   node scripts/screenshots.mjs
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser, launchWithExtension } from './chromium.mjs';
import { startServer } from './serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'docs/screenshots');
mkdirSync(OUT, { recursive: true });

const found = findBrowser();
if ('error' in found) {
  console.error(found.error);
  process.exit(1);
}
const server = await startServer({ root: path.join(ROOT, 'demo') });
const browser = await launchWithExtension({ extensionDir: path.join(ROOT, '.output/chrome-mv3'), executablePath: found.path });
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.url}/`);
  await page.waitForSelector('html[data-diplomark]');
  const dispute = page.locator('[data-diplomark-kind="dispute"]', { hasText: 'Dokdo' }).first();
  await dispute.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -260));
  await dispute.hover();
  await page.waitForFunction(() => document.querySelector('diplomark-ui')?.shadowRoot?.querySelector('.card'));
  await page.screenshot({ path: path.join(OUT, 'article-hover-card.png') });

  await page.locator('diplomark-ui').locator('[data-action="save"]').click();
  await page.waitForFunction(() => /Saved|Updated/.test(document.querySelector('diplomark-ui')?.shadowRoot?.querySelector('[data-action="save"]')?.textContent ?? ''));
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 560 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.waitForSelector('li');
  await popup.screenshot({ path: path.join(OUT, 'popup.png') });
  console.log(`Screenshots written to ${path.relative(ROOT, OUT)}/`);
} finally {
  await browser.close();
  await server.close();
}
