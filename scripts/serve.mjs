#!/usr/bin/env node
// A tiny static file server for the demo and the end-to-end tests: node:http only, 127.0.0.1 only.
//
//   node scripts/serve.mjs [ROOT] [--port N] [--mount /prefix/=DIR ...] [--fixtures /prefix/=DIR ...] [--spa /page.html ...]
//
// Imported: `const { url, close } = await startServer({ root, port, mounts, fixtures, spaFallback })`.
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A fixture's name in a URL: lower-case letters, digits and hyphens. Nothing else under a fixture prefix is
 * served, so no dot, slash or percent-escape there can reach another file.
 */
const FIXTURE_URL = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.html$/;

/** Makes `/prefix/` keys uniform: leading and trailing slash. */
function normalisePrefix(prefix) {
  let p = prefix.startsWith('/') ? prefix : `/${prefix}`;
  if (!p.endsWith('/')) p += '/';
  return p;
}

/**
 * Starts a static server.
 * @param {object} options
 * @param {string} [options.root]  folder served at `/`; without it nothing outside the mounts and fixtures is served
 * @param {number} [options.port]  0 (default) picks a free port
 * @param {string} [options.host]  default 127.0.0.1
 * @param {Record<string, string>} [options.mounts]  URL prefix → folder served as it is, e.g. `{ '/firefox/': 'tests/e2e-firefox/pages' }`
 * @param {Record<string, string>} [options.fixtures]  URL prefix → folder of fixture folders (the layout of
 *   tests/fixtures/pages): `<prefix><name>.html` serves `<folder>/<name>/source.html`, and every other path under
 *   the prefix (expectations, listings, anything else) is not found, e.g. `{ '/own/': 'tests/fixtures/pages' }`
 * @param {string[]} [options.spaFallback]  URL paths of single-page apps (e.g. `/spa-two-stories.html`): a request
 *   for a missing, extension-less path under that page's directory is answered with the page itself, so deep links
 *   made with history.pushState survive a reload. Off unless listed.
 * @param {Record<string, Record<string, string>>} [options.headers]  URL path → extra response headers, e.g. a page
 *   served with `Content-Security-Policy: require-trusted-types-for 'script'`
 * @param {(line: string) => void} [options.log]  called once per request when given
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void>,
 *   hostMap: (names: string[]) => Record<string, string>, siteUrl: (name: string) => string }>}  `url` has no
 *   trailing slash; `hostMap` and `siteUrl` serve the same files under real site names (see scripts/chromium.mjs)
 */
export async function startServer({ root, port = 0, host = '127.0.0.1', mounts = {}, fixtures = {}, spaFallback = [], headers = {}, log } = {}) {
  // Longest prefix first so `/a/b/` wins over `/a/`.
  const table = [
    ...Object.entries(fixtures).map(([prefix, dir]) => ({ prefix: normalisePrefix(prefix), dir: path.resolve(dir), fixtures: true })),
    ...Object.entries(mounts).map(([prefix, dir]) => ({ prefix: normalisePrefix(prefix), dir: path.resolve(dir), fixtures: false })),
    ...(root ? [{ prefix: '/', dir: path.resolve(root), fixtures: false }] : []),
  ].sort((a, b) => b.prefix.length - a.prefix.length);
  const underPrefix = (urlPath, prefix) => urlPath === prefix.slice(0, -1) || urlPath.startsWith(prefix);
  const spaPages = spaFallback
    .map((page) => (page.startsWith('/') ? page : `/${page}`))
    .map((page) => ({ page, dir: page.slice(0, page.lastIndexOf('/') + 1) }))
    .sort((a, b) => b.dir.length - a.dir.length);

  /** URL path → absolute file path inside a served folder, or null when it would escape it. */
  function resolvePath(urlPath) {
    const entry = table.find(({ prefix }) => underPrefix(urlPath, prefix));
    if (!entry) return null;
    const rest = urlPath.slice(entry.prefix.length);
    if (entry.fixtures) {
      const name = FIXTURE_URL.exec(rest)?.[1];
      return name ? path.join(entry.dir, name, 'source.html') : null;
    }
    const file = path.resolve(entry.dir, `.${path.posix.sep}${rest}`);
    if (file !== entry.dir && !file.startsWith(entry.dir + path.sep)) return null;
    return file;
  }

  /** Whether a URL path falls under a fixture prefix, where only fixture pages exist. */
  const isFixturePath = (urlPath) => table.some((entry) => entry.fixtures && underPrefix(urlPath, entry.prefix));

  /** What a URL path names: a file (directories give their index.html), a directory without one, or nothing. */
  async function lookUp(urlPath) {
    const file = resolvePath(urlPath);
    if (!file) return null;
    try {
      const info = await stat(file);
      if (info.isFile()) return { file };
      if (info.isDirectory() && !isFixturePath(urlPath)) {
        const index = path.join(file, 'index.html');
        const hasIndex = await stat(index).then((i) => i.isFile(), () => false);
        return hasIndex ? { file: index } : { dir: file };
      }
    } catch {
      // missing
    }
    return null;
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return 405;
    }
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return 400;
    }
    if (urlPath.includes('\0')) {
      res.writeHead(400).end('bad request');
      return 400;
    }
    let found = await lookUp(urlPath);
    if (!found && path.posix.extname(urlPath) === '' && !isFixturePath(urlPath)) {
      const spa = spaPages.find(({ dir }) => urlPath.startsWith(dir));
      if (spa) found = await lookUp(spa.page);
    }
    if (found?.dir) {
      if (!urlPath.endsWith('/')) {
        res.writeHead(301, { location: `${encodeURI(urlPath)}/` }).end();
        return 301;
      }
      const names = (await readdir(found.dir, { withFileTypes: true }))
        .filter((entry) => !entry.name.startsWith('.'))
        .map((entry) => entry.name + (entry.isDirectory() ? '/' : ''))
        .sort();
      const items = names.map((name) => `<li><a href="${encodeURI(name)}">${escapeHtml(name)}</a></li>`).join('\n');
      const page = `<!doctype html><meta charset="utf-8"><title>${escapeHtml(urlPath)}</title><ul>\n${items}\n</ul>\n`;
      res.writeHead(200, { 'content-type': CONTENT_TYPES['.html'], 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : page);
      return 200;
    }
    const file = found?.file;
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${urlPath}`);
      return 404;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      ...(Object.hasOwn(headers, urlPath) ? headers[urlPath] : {}),
      'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return 200;
  }

  const server = createServer((req, res) => {
    handle(req, res)
      .then((status) => log?.(`${status} ${req.method} ${req.url}`))
      .catch((error) => {
        log?.(`500 ${req.method} ${req.url} ${error}`);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    // The browser maps each name to this server (`--host-resolver-rules`); pages then load as
    // http://<name>/… and any host name reaches the same files.
    hostMap: (names) => Object.fromEntries(names.map((name) => [name, `${host}:${actualPort}`])),
    siteUrl: (name) => `http://${name}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function parseArgs(argv) {
  const options = { root: '.', port: 0, mounts: {}, fixtures: {}, spaFallback: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--port' || arg === '-p') options.port = Number(value());
    else if (arg === '--mount') {
      const [prefix, dir] = value().split('=');
      if (!prefix || !dir) throw new Error('--mount wants /prefix/=DIR');
      options.mounts[prefix] = dir;
    } else if (arg === '--fixtures') {
      const [prefix, dir] = value().split('=');
      if (!prefix || !dir) throw new Error('--fixtures wants /prefix/=DIR');
      options.fixtures[prefix] = dir;
    } else if (arg === '--spa') options.spaFallback.push(value());
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else options.root = arg;
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`serve: ${error.message}`);
    process.exit(2);
  }
  if (options.help) {
    console.log('usage: node scripts/serve.mjs [ROOT] [--port N] [--mount /prefix/=DIR ...] [--fixtures /prefix/=DIR ...] [--spa /page.html ...]');
    process.exit(0);
  }
  const { url, close } = await startServer({ ...options, log: (line) => console.log(line) });
  console.log(`Serving ${path.resolve(options.root)} at ${url}/ (Ctrl+C to stop)`);
  for (const [prefix, dir] of Object.entries(options.mounts)) console.log(`  ${prefix} → ${path.resolve(dir)}`);
  for (const [prefix, dir] of Object.entries(options.fixtures)) console.log(`  ${prefix}<name>.html → ${path.resolve(dir)}/<name>/source.html`);
  const stop = () => close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
