// Finding a Chromium-family browser and launching it with the built Diplomark extension loaded.
// Shared by scripts/demo.mjs and the end-to-end tests (tests/e2e/harness).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Where a browser is looked for when CHROME_PATH is not set, most likely first. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const BROWSER_HELP =
  'Diplomark needs a Chromium-family browser. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
  'macOS/Windows: install Chrome or Chromium) or point CHROME_PATH at its executable, e.g. ' +
  '`CHROME_PATH=/usr/bin/google-chrome npm run demo`.';

/**
 * The browser executable to use: $CHROME_PATH when set (it must exist), else the first known install found.
 * @returns {{ path: string } | { error: string }}
 */
export function findBrowser(env = process.env) {
  if (env.CHROME_PATH) {
    return existsSync(env.CHROME_PATH)
      ? { path: env.CHROME_PATH }
      : { error: `CHROME_PATH is set to ${env.CHROME_PATH}, but no file is there. ${BROWSER_HELP}` };
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  return found ? { path: found } : { error: `No Chromium or Chrome found (looked in ${CANDIDATES.join(', ')}). ${BROWSER_HELP}` };
}

/**
 * The id Chromium gives an unpacked extension without a manifest "key": the first 32 hex digits of the
 * SHA-256 of its absolute path, written with the letters a–p.
 */
export function unpackedExtensionId(extensionDir) {
  const digest = createHash('sha256').update(path.resolve(extensionDir)).digest('hex').slice(0, 32);
  return [...digest].map((d) => String.fromCharCode('a'.charCodeAt(0) + parseInt(d, 16))).join('');
}

/**
 * `--host-resolver-rules` that send each named site to a local server, so a test page is served under its
 * real site name (`{ 'www.tokyo-ledger.example': '127.0.0.1:8123' }`) and its canonical link agrees with it,
 * as on the web. Open it as `http://www.tokyo-ledger.example/page.html`; everything else resolves as usual.
 * @param {Record<string, string>} hostMap  host name → `ip:port`
 */
export function hostResolverRules(hostMap) {
  const rules = Object.entries(hostMap).map(([host, target]) => {
    if (!/^[a-z0-9.-]+$/i.test(host) || !/^[0-9.]+:\d+$/.test(target)) throw new Error(`hostMap: cannot map ${host} to ${target}`);
    return `MAP ${host} ${target}`;
  });
  return rules.join(', ');
}

/** Command-line switches that load one unpacked extension and keep the browser quiet. */
export function extensionArgs(extensionDir, { headless, hostMap = {} }) {
  const mapped = Object.keys(hostMap).length > 0;
  return [
    ...(mapped ? [`--host-resolver-rules=${hostResolverRules(hostMap)}`] : []),
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    // Branded Chrome 137+ ignores --load-extension unless this feature is turned off.
    // HttpsUpgrades: a site name mapped to a local plain-HTTP server must not be tried over HTTPS first.
    `--disable-features=DisableLoadExtensionCommandLineSwitch${mapped ? ',HttpsUpgrades' : ''}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

/**
 * Launches the browser with the extension in a fresh temporary profile.
 * @param {object} options
 * @param {string} options.extensionDir  built extension, e.g. `.output/chrome-mv3`
 * @param {string} [options.executablePath]  default: findBrowser()
 * @param {boolean} [options.headless]  default true
 * @param {number} [options.serviceWorkerTimeout]  ms to wait for the background service worker (default 10 s)
 * @param {Record<string, string>} [options.hostMap]  site names served locally (see hostResolverRules)
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, extensionId: string,
 *   serviceWorker: import('playwright-core').Worker | null, close: () => Promise<void> }>}
 */
export async function launchWithExtension({ extensionDir, executablePath, headless = true, serviceWorkerTimeout = 10_000, hostMap = {} }) {
  const dir = path.resolve(extensionDir);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir} (manifest.json missing). Run \`npm run build\` first.`);
  }
  let browserPath = executablePath;
  if (!browserPath) {
    const found = findBrowser();
    if ('error' in found) throw new Error(found.error);
    browserPath = found.path;
  }
  const { chromium } = await import('playwright-core');
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'diplomark-profile-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: browserPath,
      // Playwright's own headless flag would pick the old headless mode, which cannot run extensions.
      headless: false,
      args: extensionArgs(dir, { headless, hostMap }),
      viewport: headless ? { width: 1280, height: 900 } : null,
      acceptDownloads: true,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  let serviceWorker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? null;
  if (!serviceWorker) {
    serviceWorker = await context
      .waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: serviceWorkerTimeout,
      })
      .catch(() => null);
  }
  // Without a background worker (not built yet), the id still follows from the path.
  const extensionId = serviceWorker ? new URL(serviceWorker.url()).host : unpackedExtensionId(dir);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => {});
    await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
  };
  context.on('close', () => {
    void rm(userDataDir, { recursive: true, force: true }).catch(() => {});
  });
  return { context, extensionId, serviceWorker, close };
}
