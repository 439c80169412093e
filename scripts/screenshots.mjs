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
/**
 * The in-page UI sits in a closed shadow root that page scripts (and Playwright's locators) cannot see:
 * reach it over the DevTools protocol and click with real input.
 */
async function inPageUi(page) {
  const cdp = await page.context().newCDPSession(page);
  const find = async (selector) => {
    const { root } = await cdp.send('DOM.getDocument', { depth: 3, pierce: true });
    const html = root.children?.find((node) => node.localName === 'html');
    const shadow = html?.children?.find((node) => node.localName === 'diplomark-ui')?.shadowRoots?.[0];
    if (!shadow) return 0;
    return (await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector })).nodeId;
  };
  const waitFor = async (selector, test = async () => true) => {
    for (let tries = 0; tries < 200; tries++) {
      const nodeId = await find(selector);
      if (nodeId && (await test(nodeId))) return nodeId;
      await page.waitForTimeout(100);
    }
    throw new Error(`${selector} never appeared in <diplomark-ui>`);
  };
  const text = async (nodeId) => {
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { return this.textContent; }', returnByValue: true });
    return result.value ?? '';
  };
  const click = async (selector) => {
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId: await waitFor(selector) });
    const [x1, y1, , , x3, y3] = model.border;
    const at = { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...at });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at, button: 'left', clickCount: 1 });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at, button: 'left', clickCount: 1 });
  };
  return { waitFor, text, click };
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
  const ui = await inPageUi(page);
  await ui.waitFor('.card');
  await page.screenshot({ path: path.join(OUT, 'article-hover-card.png') });

  await ui.click('[data-action="save"]');
  await ui.waitFor('[data-action="save"]', async (nodeId) => /Saved|Updated/.test(await ui.text(nodeId)));
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
