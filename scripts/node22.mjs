#!/usr/bin/env node
// Runs a command under Node.js 22 or newer. The tools Diplomark builds and tests with (WXT 0.21,
// Vitest 5) need Node 22+; on an older Node this fetches Node 24 from the npm registry, once, through
// npx and runs the command with it first on PATH. Usage: node scripts/node22.mjs <command> [args…]
import { spawnSync } from 'node:child_process';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/node22.mjs <command> [args…]');
  process.exit(2);
}

const major = Number(process.versions.node.split('.')[0]);
const run = (file, argv) => {
  const result = spawnSync(file, argv, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) {
    console.error(`Could not run ${file}: ${result.error.message}`);
    process.exit(1);
  }
  process.exit(result.status ?? 1);
};

if (major >= 22) run(command, args);
console.error(`Node ${process.versions.node} is older than 22: running "${command}" with Node 24 from the npm registry (npx -p node@24).`);
run('npx', ['-y', '-p', 'node@24', '--', command, ...args]);
