// The product's first impression: `node scripts/demo.mjs --headless --screenshot FILE` analyses the demo
// article, writes a screenshot and prints a one-line summary.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, REPO_ROOT } from './harness/paths';

function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts/demo.mjs'), ...args], { cwd: REPO_ROOT, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('scripts/demo.mjs', () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('--headless --screenshot: analyses the demo article as diplomatic, saves a screenshot and summarises', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'diplomark-demo-'));
    const file = path.join(dir, 'demo.png');
    // The global setup already built the extension.
    const { code, output } = await run(['--headless', '--extension', EXTENSION_DIR, '--screenshot', file]);
    expect(code, `demo exit code; output:\n${output}`).toBe(0);
    expect(output).toContain(`screenshot saved to ${file}`);
    expect(output, 'summary line').toMatch(/verdict diplomatic; \d+ highlights: .*\d+ (person|country|place|organization|dispute)/);
    expect((await stat(file)).size, 'screenshot size in bytes').toBeGreaterThan(10_000);
  });

  it('fails clearly when no browser can be found', async () => {
    const { code, output } = await run(['--headless', '--no-build'], { ...process.env, CHROME_PATH: '/nonexistent/chrome' });
    expect(code).not.toBe(0);
    expect(output).toContain('CHROME_PATH');
  });
});
