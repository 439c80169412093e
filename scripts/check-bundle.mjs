#!/usr/bin/env node
// Checks a built extension for what must never ship: code built from strings (eval, new Function),
// scripts loaded from the network, test-only hooks, permissions beyond the stated ones, and page scripts
// over their size budgets.
//
//   node scripts/check-bundle.mjs [BUILD_DIR ...]      (default: .output/chrome-mv3)
//
// Exits 1 and lists every finding when something is wrong. Run by `npm test` after the build.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Permissions the manifest may ask for, each with its reason (README, SECURITY.md). */
// activeTab: the popup reads the current tab's address to say when the reader has withdrawn site access.
// scripting: the background loads the article code only into pages whose gate finds a possible article.
export const ALLOWED_PERMISSIONS = ['storage', 'contextMenus', 'activeTab', 'scripting'];
/** Host permissions allowed: the http(s) pages the gate already runs on, which `scripting` needs. */
export const ALLOWED_HOSTS = ['http://*/*', 'https://*/*'];

/**
 * Gzip size budgets of the scripts pages load. The gate runs on every http(s) page (issue budget: a few
 * KB). The article code runs on every article page: finding the article (Readability), indexing,
 * highlighting and the in-page UI (Preact); recognition and its tables belong in the background, and an
 * import that pulls them (or a polyfill) into the page shows up here as KB over.
 */
export const SCRIPT_BUDGETS = { 'gate.js': 10 * 1024, 'article.js': 44 * 1024 };

/** Problems with script sizes: `sizes` maps a file name to its gzip size in bytes. */
export function checkSizes(sizes) {
  return Object.entries(SCRIPT_BUDGETS)
    .filter(([file, budget]) => (sizes[file] ?? 0) > budget)
    .map(([file, budget]) => `${file} is ${(sizes[file] / 1024).toFixed(1)} KB gzip, over its ${budget / 1024} KB budget (does page code import background-only modules?)`);
}

// Each rule: what it finds in a script or page, and why it matters.
const RULES = [
  { name: 'eval(', pattern: /(?<![\w$])eval\s*\(/, why: 'runs a string as code' },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/, why: 'builds code from a string' },
  { name: 'Function(…) from a string', pattern: /(?<![\w$.])Function\s*\(\s*["'`]/, why: 'builds code from a string' },
  { name: 'setTimeout/setInterval with a string', pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/, why: 'runs a string as code' },
  { name: 'importScripts from the network', pattern: /\bimportScripts\s*\([^)]*["'`](?:https?:)?\/\//, why: 'loads remote code' },
  { name: 'import() from the network', pattern: /\bimport\s*\(\s*["'`](?:https?:)?\/\//, why: 'loads remote code' },
  { name: 'script src on the network', pattern: /<script[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i, why: 'loads remote code' },
  { name: 'diplomarkRunCommand', pattern: /diplomarkRunCommand/, why: 'a test hook in the product' },
];

/** Findings in one file's text: `{ rule, why, excerpt }` for each rule that matches. */
export function scanText(text) {
  const findings = [];
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (match) {
      const at = match.index;
      findings.push({ rule: rule.name, why: rule.why, excerpt: text.slice(Math.max(0, at - 40), at + 60).replace(/\s+/g, ' ') });
    }
  }
  return findings;
}

/** Problems with a manifest: extra permissions, host permissions, remote or unsafe script policy. */
export function checkManifest(manifest) {
  const problems = [];
  for (const permission of manifest.permissions ?? []) {
    if (!ALLOWED_PERMISSIONS.includes(permission)) problems.push(`permission "${permission}" is not one of ${ALLOWED_PERMISSIONS.join(', ')}`);
  }
  for (const host of [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])]) {
    if (!ALLOWED_HOSTS.includes(host)) problems.push(`host permission "${host}" is not one of ${ALLOWED_HOSTS.join(', ')} (the pages the gate runs on)`);
  }
  for (const script of manifest.content_scripts ?? []) {
    for (const match of script.matches ?? []) {
      if (!/^(\*|https?):\/\//.test(match)) problems.push(`content script matches "${match}" (only http and https pages)`);
    }
  }
  const policy = JSON.stringify(manifest.content_security_policy ?? '');
  if (/unsafe-eval|https?:/.test(policy)) problems.push(`content_security_policy allows eval or remote sources: ${policy}`);
  if (manifest.externally_connectable) problems.push('externally_connectable lets web pages message the extension');
  if ((manifest.web_accessible_resources ?? []).length) problems.push('web_accessible_resources exposes files (and the extension id) to pages');
  return problems;
}

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath ?? e.path, e.name));
}

/** Every problem in a built extension folder, as lines for a report. */
export async function checkBuild(dir) {
  const problems = [];
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  problems.push(...checkManifest(manifest).map((p) => `manifest.json: ${p}`));
  for (const file of await filesUnder(dir)) {
    if (!/\.(m?js|html)$/.test(file)) continue;
    for (const finding of scanText(await readFile(file, 'utf8'))) {
      problems.push(`${path.relative(dir, file)}: ${finding.rule} (${finding.why}) … ${finding.excerpt} …`);
    }
  }
  const sizes = {};
  for (const file of Object.keys(SCRIPT_BUDGETS)) {
    const text = await readFile(path.join(dir, file)).catch(() => null);
    if (text) sizes[file] = gzipSync(text).length;
  }
  problems.push(...checkSizes(sizes));
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dirs = process.argv.slice(2).length ? process.argv.slice(2) : [path.join(root, '.output/chrome-mv3')];
  let failed = false;
  for (const dir of dirs) {
    const problems = await checkBuild(path.resolve(dir)).catch((error) => [`cannot read ${dir}: ${error.message} (build it first)`]);
    if (problems.length) {
      failed = true;
      console.error(`Bundle check failed for ${dir}:\n  ${problems.join('\n  ')}`);
    } else {
      console.log(`Bundle check passed for ${dir}: no eval, no code from strings, no remote scripts, no test hooks; permissions ${ALLOWED_PERMISSIONS.join(', ')}; page scripts within their gzip budgets.`);
    }
  }
  process.exit(failed ? 1 : 0);
}
