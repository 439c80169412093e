// scripts/serve.mjs: the static server the demo and these tests rely on (no browser needed).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';

describe('scripts/serve.mjs', () => {
  let dir: string;
  let server: RunningServer;
  let spaServer: RunningServer;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'diplomark-serve-'));
    await mkdir(path.join(dir, 'root', 'app'), { recursive: true });
    await mkdir(path.join(dir, 'other'), { recursive: true });
    await writeFile(path.join(dir, 'root', 'page.html'), '<p>root page</p>');
    await writeFile(path.join(dir, 'root', 'app', 'spa.html'), '<p>single-page app</p>');
    await writeFile(path.join(dir, 'other', 'own.html'), '<p>mounted page</p>');
    await writeFile(path.join(dir, 'secret.txt'), 'outside every served folder');
    const options = { root: path.join(dir, 'root'), mounts: { '/own/': path.join(dir, 'other') } };
    server = await startServer(options);
    spaServer = await startServer({ ...options, spaFallback: ['/app/spa.html'] });
  });
  afterAll(async () => {
    await server?.close();
    await spaServer?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const get = async (base: RunningServer, urlPath: string) => {
    const response = await fetch(`${base.url}${urlPath}`, { redirect: 'manual' });
    return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
  };

  it('listens on 127.0.0.1 and serves the root and mounted folders with content types', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await get(server, '/page.html')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<p>root page</p>' });
    expect(await get(server, '/own/own.html')).toMatchObject({ status: 200, body: '<p>mounted page</p>' });
  });

  it('answers 404 for missing files and never serves outside its folders', async () => {
    expect((await get(server, '/missing.html')).status).toBe(404);
    for (const attempt of ['/..%2Fsecret.txt', '/own/..%2F..%2Fsecret.txt', '/%2e%2e/secret.txt']) {
      const { status, body } = await get(server, attempt);
      expect(body, attempt).not.toContain('outside every served folder');
      expect(status, attempt).toBe(404);
    }
  });

  it('falls back to a single-page app for deep links under its folder, only when asked', async () => {
    expect((await get(server, '/app/story/next')).status).toBe(404);
    expect(await get(spaServer, '/app/story/next')).toMatchObject({ status: 200, body: '<p>single-page app</p>' });
    // Missing assets stay missing, and paths outside the app's folder don't fall back.
    expect((await get(spaServer, '/app/missing.js')).status).toBe(404);
    expect((await get(spaServer, '/elsewhere/story')).status).toBe(404);
  });
});
