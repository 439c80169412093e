// What the benchmark scripts share: medians, timing a function, printing a table.

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
