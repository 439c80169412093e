#!/usr/bin/env node
// Diplomark in one command: build the extension, serve the demo article, open a browser with the extension
// loaded on it.
//
//   node scripts/demo.mjs                              headful; stays open until you close the browser
//   node scripts/demo.mjs --headless --screenshot FILE  no display needed: screenshot + one-line summary, then exit
//   options: --no-build (use the existing .output/chrome-mv3), --extension DIR, --port N, --help
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser, launchWithExtension } from './chromium.mjs';
import { startServer } from './serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3');
const DEMO_DIR = path.join(ROOT, 'demo');
const ANALYSIS_TIMEOUT_MS = 20_000;
const DEFAULT_SCREENSHOT = path.join('artifacts', 'demo.png');

const USAGE = `Usage: node scripts/demo.mjs [--headless] [--screenshot FILE] [--no-build] [--extension DIR] [--port N]

Builds Diplomark, serves the demo article on 127.0.0.1 and opens Chromium/Chrome with the extension loaded.
  --headless         run without a window (needs no display); implies --screenshot ${DEFAULT_SCREENSHOT}
  --screenshot FILE  wait until the article is analysed, save a full-page screenshot, print a summary, exit
  --no-build         use the existing build in .output/chrome-mv3
  --extension DIR    load an already built extension from DIR (implies --no-build)
  --port N           serve the demo on this port (default: a free one)
Browser: $CHROME_PATH, else a usual Chromium/Chrome install.`;

function fail(message, code = 1) {
  console.error(`demo: ${message}`);
  process.exit(code);
}

function parseArgs(argv) {
  const options = { headless: false, screenshot: null, build: true, port: 0, extensionDir: DEFAULT_EXTENSION_DIR };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? fail(`${arg} needs a value\n\n${USAGE}`, 2);
    if (arg === '--headless') options.headless = true;
    else if (arg === '--screenshot') options.screenshot = value();
    else if (arg.startsWith('--screenshot=')) options.screenshot = arg.slice('--screenshot='.length);
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--extension') {
      options.extensionDir = path.resolve(value());
      options.build = false;
    }
    else if (arg === '--port') options.port = Number(value());
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown option ${arg}\n\n${USAGE}`, 2);
  }
  if (options.headless && !options.screenshot) options.screenshot = DEFAULT_SCREENSHOT;
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) fail('--port wants a port number', 2);
  return options;
}

function build() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    fail(
      `building needs Node.js 22 or newer (this is ${process.version}). Run with Node 24, e.g. ` +
        '`npx -y -p node@24 -- node scripts/demo.mjs`, or pass --no-build to use an existing build.',
    );
  }
  const wxt = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'wxt.cmd' : 'wxt');
  if (!existsSync(wxt)) fail('node_modules/.bin/wxt is missing: run `npm ci` (or `npm install`) first.');
  console.log('demo: building the extension (wxt build)…');
  // Same Node for the build as for this script.
  const env = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` };
  const result = spawnSync(wxt, ['build'], { cwd: ROOT, env, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) fail(`wxt build failed (exit ${result.status ?? result.signal}).`);
}

/** Waits for `<html data-diplomark>` and at least one highlight; returns the verdict and counts by kind, or null. */
async function waitForAnalysis(page) {
  const done = await page
    .waitForFunction(
      () => document.documentElement.hasAttribute('data-diplomark') && document.querySelector('[data-diplomark-entity]') !== null,
      undefined,
      { timeout: ANALYSIS_TIMEOUT_MS, polling: 100 },
    )
    .then(() => true, () => false);
  // Give chunked highlighting a moment to finish before counting.
  if (done) await page.waitForTimeout(500);
  const state = await page.evaluate(() => {
    const kinds = {};
    for (const el of document.querySelectorAll('[data-diplomark-entity]')) {
      const kind = el.getAttribute('data-diplomark-kind') ?? 'unknown';
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    }
    return { verdict: document.documentElement.getAttribute('data-diplomark'), kinds };
  });
  return { done, ...state };
}

function summary({ verdict, kinds }) {
  const total = Object.values(kinds).reduce((a, b) => a + b, 0);
  const parts = Object.entries(kinds)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${n} ${kind}`);
  return `verdict ${verdict ?? '(none)'}; ${total} highlights${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const browser = findBrowser();
  if ('error' in browser) fail(browser.error);
  if (options.build) build();
  if (!existsSync(path.join(options.extensionDir, 'manifest.json'))) {
    fail(`no built extension in ${options.extensionDir}: run without --no-build (or \`npm run build\`).`);
  }

  const server = await startServer({ root: DEMO_DIR, port: options.port });
  const articleUrl = `${server.url}/`;
  let launched;
  try {
    launched = await launchWithExtension({
      extensionDir: options.extensionDir,
      executablePath: browser.path,
      headless: options.headless,
    });
  } catch (error) {
    await server.close();
    fail(`could not start ${browser.path}: ${error.message.split('\n')[0]}. Set CHROME_PATH to a working Chromium or Chrome.`);
  }
  const { context, extensionId, close } = launched;
  const shutdown = async (code) => {
    await close();
    await server.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(130));
  process.on('SIGTERM', () => void shutdown(143));

  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(articleUrl, { waitUntil: 'load' });
  console.log(`demo: ${browser.path} with Diplomark (extension id ${extensionId})`);
  console.log(`demo: article at ${articleUrl}`);

  if (options.screenshot) {
    const state = await waitForAnalysis(page);
    if (!state.done) {
      console.error(
        `demo: the extension did not analyse the page within ${ANALYSIS_TIMEOUT_MS / 1000} s ` +
          `(data-diplomark=${state.verdict ?? 'not set'}, ${summary(state)}).`,
      );
      await shutdown(1);
    }
    const file = path.resolve(options.screenshot);
    mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage: true });
    console.log(`demo: screenshot saved to ${file}`);
    console.log(`demo: ${summary(state)}`);
    if (options.headless) await shutdown(0);
  }

  console.log('demo: close the browser window to stop (or press Ctrl+C here).');
  context.on('close', () => void shutdown(0));
}

main().catch((error) => fail(error?.stack ?? String(error)));
