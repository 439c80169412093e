import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuild, checkManifest, checkSizes, SCRIPT_BUDGETS, scanText } from '../../scripts/check-bundle.mjs';

const rules = (text: string) => scanText(text).map((finding) => finding.rule);

describe('bundle check: what must never ship', () => {
  it.each([
    ['eval("1+1")', 'eval('],
    ['x=window.eval (s)', 'eval('],
    ['const f = new Function("a", "return a")', 'new Function'],
    ['Function("return this")()', 'Function(…) from a string'],
    ['setTimeout("alert(1)", 10)', 'setTimeout/setInterval with a string'],
    ['importScripts("https://cdn.example/x.js")', 'importScripts from the network'],
    ['await import("https://cdn.example/m.js")', 'import() from the network'],
    ['<script src="https://cdn.example/a.js"></script>', 'script src on the network'],
    ['<script src="//cdn.example/a.js"></script>', 'script src on the network'],
    ['globalThis.diplomarkRunCommand = run', 'diplomarkRunCommand'],
  ])('finds %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it.each([
    'const medieval = retrieval(x); node.evaluate(y)',
    'importScripts("/chunks/a.js")',
    'import("./chunk.js")',
    '<script type="module" src="/chunks/popup.js"></script>',
    'const url = "https://www.example.com/article"',
    'setTimeout(() => run(), 10)',
  ])('lets %s through', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('refuses permissions beyond the stated ones, hosts beyond http(s) pages and pages that can message us', () => {
    expect(checkManifest({ permissions: ['storage', 'contextMenus'], content_scripts: [{ matches: ['http://*/*', 'https://*/*'] }] })).toEqual([]);
    expect(checkManifest({ permissions: ['storage', 'tabs'] })).toEqual([expect.stringMatching(/tabs/)]);
    expect(checkManifest({ permissions: ['scripting', 'activeTab'], host_permissions: ['http://*/*', 'https://*/*'] })).toEqual([]);
    expect(checkManifest({ host_permissions: ['<all_urls>'] })).toHaveLength(1);
    expect(checkManifest({ host_permissions: ['file:///*'] })).toHaveLength(1);
    expect(checkManifest({ content_scripts: [{ matches: ['file:///*'] }] })).toHaveLength(1);
    expect(checkManifest({ externally_connectable: { matches: ['https://*/*'] } })).toHaveLength(1);
    expect(checkManifest({ content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } })).toHaveLength(1);
  });

  it('refuses a gate or article code over its gzip budget, naming the file', () => {
    expect(checkSizes({ 'gate.js': 2_200, 'article.js': 42_000 })).toEqual([]);
    expect(checkSizes({ 'gate.js': SCRIPT_BUDGETS['gate.js']! + 1 })).toEqual([expect.stringMatching(/^gate\.js .* over its 10 KB budget/)]);
    expect(checkSizes({ 'article.js': 72_000 })).toEqual([expect.stringMatching(/^article\.js is 70\.3 KB gzip/)]);
    // A polyfill or storage helper pulled back into the article code (about 5 KB gzip) goes over.
    expect(checkSizes({ 'article.js': 46_000 })).toHaveLength(1);
  });

  const built = path.resolve('.output/chrome-mv3');
  it.skipIf(!existsSync(path.join(built, 'manifest.json')))('the production build in .output/chrome-mv3 passes', async () => {
    expect(await checkBuild(built)).toEqual([]);
  });
});
