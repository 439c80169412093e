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
  let rootSpaServer: RunningServer;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'diplomark-serve-'));
    await mkdir(path.join(dir, 'root', 'app'), { recursive: true });
    await mkdir(path.join(dir, 'other'), { recursive: true });
    await writeFile(path.join(dir, 'root', 'page.html'), '<p>root page</p>');
    await writeFile(path.join(dir, 'root', 'app', 'spa.html'), '<p>single-page app</p>');
    await writeFile(path.join(dir, 'other', 'mounted.html'), '<p>mounted page</p>');
    await writeFile(path.join(dir, 'secret.txt'), 'outside every served folder');
    // A folder of fixture folders, laid out like tests/fixtures/pages.
    await mkdir(path.join(dir, 'fixtures', 'story-one'), { recursive: true });
    await writeFile(path.join(dir, 'fixtures', 'README.md'), 'how to add a fixture');
    await writeFile(path.join(dir, 'fixtures', 'story-one', 'source.html'), '<p>fixture story</p>');
    await writeFile(path.join(dir, 'fixtures', 'story-one', 'expected.json'), '{ "verdict": "none" }');
    await mkdir(path.join(dir, 'fixtures', 'no-source'), { recursive: true });
    await writeFile(path.join(dir, 'fixtures', 'no-source', 'expected.json'), '{ "verdict": "none" }');
    const options = {
      root: path.join(dir, 'root'),
      mounts: { '/mounted/': path.join(dir, 'other') },
      fixtures: { '/own/': path.join(dir, 'fixtures') },
    };
    server = await startServer(options);
    spaServer = await startServer({ ...options, spaFallback: ['/app/spa.html'] });
    rootSpaServer = await startServer({ ...options, spaFallback: ['/page.html'] });
  });
  afterAll(async () => {
    await server?.close();
    await spaServer?.close();
    await rootSpaServer?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const get = async (base: RunningServer, urlPath: string) => {
    const response = await fetch(`${base.url}${urlPath}`, { redirect: 'manual' });
    return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
  };

  it('listens on 127.0.0.1 and serves the root and mounted folders with content types', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await get(server, '/page.html')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<p>root page</p>' });
    expect(await get(server, '/mounted/mounted.html')).toMatchObject({ status: 200, body: '<p>mounted page</p>' });
  });

  it("serves a fixture folder's source.html at <prefix><name>.html and nothing else under that prefix", async () => {
    expect(await get(server, '/own/story-one.html')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<p>fixture story</p>' });
    const elsewhere = [
      '/own/story-one/source.html',
      '/own/story-one/expected.json',
      '/own/story-one/',
      '/own/story-one',
      '/own/',
      '/own',
      '/own/README.md',
      '/own/missing.html',
      '/own/no-source.html',
      '/own/Story-One.html',
      '/own/story-one.htm',
      '/own/story-one.html/',
    ];
    for (const attempt of elsewhere) expect((await get(server, attempt)).status, attempt).toBe(404);
  });

  it('never serves a file outside a fixture folder, however the path is spelt', async () => {
    const attempts = [
      '/own/..%2Fsecret.txt',
      '/own/..%2F..%2Fsecret.txt',
      '/own/%2e%2e%2Fsecret.txt',
      '/own/..%2Fother%2Fmounted.html',
      '/own/story-one%2Fsource.html',
      '/own/story-one%2F..%2F..%2Fsecret.txt',
      '/own/..%5C..%5Csecret.txt',
      '/own/.html',
      '/own/..html',
    ];
    for (const attempt of attempts) {
      const { status, body } = await get(server, attempt);
      expect(body, attempt).not.toMatch(/outside every served folder|mounted page|fixture story/);
      expect(status, attempt).toBe(404);
    }
  });

  it('answers 404 for missing files and never serves outside its folders', async () => {
    expect((await get(server, '/missing.html')).status).toBe(404);
    for (const attempt of ['/..%2Fsecret.txt', '/mounted/..%2F..%2Fsecret.txt', '/mounted/..%2Fsecret.txt', '/%2e%2e/secret.txt']) {
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

  it('never falls back to a single-page app under a fixture prefix', async () => {
    expect(await get(rootSpaServer, '/elsewhere/story')).toMatchObject({ status: 200, body: '<p>root page</p>' });
    expect((await get(rootSpaServer, '/own/story')).status).toBe(404);
    expect((await get(rootSpaServer, '/own/story-one')).status).toBe(404);
  });

  it('serves only its mounts and fixtures when it has no root', async () => {
    const bare = await startServer({ fixtures: { '/own/': path.join(dir, 'fixtures') } });
    try {
      expect((await get(bare, '/own/story-one.html')).status).toBe(200);
      expect((await get(bare, '/')).status).toBe(404);
      expect((await get(bare, '/secret.txt')).status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
