// Runs before `npm start` and `npm test`: on a fresh clone, installs the locked dependencies first,
// so the README's two commands need no step by hand. Plain Node, no dependencies of its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const needed = ['tsx', 'esbuild', 'grammy', 'vitest'].map((name) => join(root, 'node_modules', name, 'package.json'));
if (!needed.every((file) => existsSync(file))) {
  process.stderr.write('briefbot: dependencies are missing; running `npm ci` once (this takes a minute)...\n');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    process.stderr.write('briefbot: `npm ci` failed; run `npm install` yourself and try again.\n');
    process.exit(result.status ?? 1);
  }
}
