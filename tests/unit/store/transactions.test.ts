// IndexedDB commits a transaction as soon as its code awaits anything that is not an IndexedDB request
// (a timer, a message, fetch): the rest of the "atomic" write would then run outside it. Every await
// inside a store transaction must be a database call, or another store function that joins the same
// transaction.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const STORE = path.resolve('lib/store');
/** Store functions whose own work is one transaction on db.clippings, which a caller's transaction contains. */
const JOINING = ['saveClipping(', 'restoreClipping('];

/** The body of every `db.transaction(…)` call in `source`, by matching its parentheses. */
export function transactionBodies(source: string): string[] {
  const bodies: string[] = [];
  for (let at = source.indexOf('.transaction('); at !== -1; at = source.indexOf('.transaction(', at + 1)) {
    let depth = 0;
    let end = at + '.transaction'.length;
    for (; end < source.length; end++) {
      if (source[end] === '(') depth++;
      else if (source[end] === ')' && --depth === 0) break;
    }
    bodies.push(source.slice(at, end + 1));
  }
  return bodies;
}

/** What each `await` inside the transaction bodies waits on that is neither the database nor a joining store call. */
export function foreignAwaits(source: string): string[] {
  return transactionBodies(source).flatMap((body) => {
    // Names bound to a query of the database (`const range = … db.clippings.where(…)`) count as the database.
    const queries = [...body.matchAll(/\b(?:const|let)\s+(\w+)\s*=[^;]*\bdb\./g)].map((match) => `${match[1]}.`);
    return [...body.matchAll(/\bawait\s+\(?\s*([^;\n]{0,80})/g)]
      .map((match) => match[1]!.trim())
      .filter((awaited) => ![...queries, 'db.'].some((root) => awaited.startsWith(root)) && !JOINING.some((call) => awaited.startsWith(call)));
  });
}

describe('store transactions await only IndexedDB', () => {
  it('finds a timer awaited inside a transaction (the check can fail)', () => {
    const bad = `db.transaction('rw', db.clippings, async () => { await db.clippings.get(1); await new Promise((r) => setTimeout(r, 10)); await db.clippings.put(x); })`;
    expect(foreignAwaits(bad)).toEqual(['new Promise((r) => setTimeout(r, 10))']);
  });

  const files = readdirSync(STORE).filter((file) => file.endsWith('.ts'));
  it.each(files)('%s', (file) => {
    expect(foreignAwaits(readFileSync(path.join(STORE, file), 'utf8'))).toEqual([]);
  });
});
