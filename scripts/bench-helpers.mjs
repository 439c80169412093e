// What the benchmark scripts share: building the extension, medians, timing a function, printing a table.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Builds the extension as it ships. Vite's dev server, which the benchmarks start for their Node parts, sets
 * NODE_ENV to "development" in their process: a build inheriting it would be a development build (Preact's
 * debug hooks, larger article code), not what readers run.
 */
export function buildExtension(root) {
  execFileSync(process.execPath, [path.join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
}

/** The median of finite `values` (NaN when there are none). */
export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};

/** Median milliseconds of `runs` calls of `fn`. */
export const time = (fn, runs) => {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
};

/** Milliseconds to print: two decimals below 10, one above. */
export const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

/** Prints rows (the first a header) as aligned columns. */
export const table = (rows) => {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const row of rows) console.log('  ' + row.map((cell, c) => String(cell).padEnd(widths[c])).join('  '));
};
