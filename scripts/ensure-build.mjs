#!/usr/bin/env node
/**
 * Runs before `npm start`, `ask`, `deploy-commands`, `check-data`, `bench` and `load` (their `pre`
 * scripts) and on `npm install` (`prepare`): builds `dist/` with tsc when it is missing or older
 * than the sources, so a fresh clone and an edited tree both run current code.
 *
 * Plain JavaScript on purpose: it must run where only production dependencies are installed
 * (`npm ci --omit=dev`). There, with no TypeScript compiler, a dist/ shipped with the code is used
 * as it is; with no dist/ either, it says what to do (and `--strict` makes that an error).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const stamp = join(root, 'dist', '.build-stamp');
const strict = process.argv.includes('--strict');
const always = process.argv.includes('--always'); // `npm run build`: compile whatever the stamp says
const SOURCES = ['src', 'commands', 'scripts', 'tests', 'tsconfig.json', 'package.json'];

/** The newest modification time among the TypeScript sources and the build settings. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return /\.(ts|json)$/.test(path) ? st.mtimeMs : 0;
  let max = 0;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (!always && built > 0 && SOURCES.every((s) => newest(join(root, s)) <= built)) process.exit(0);

let tsc;
try {
  tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
} catch {
  tsc = undefined;
}
if (!tsc) {
  if (!always && existsSync(join(root, 'dist', 'src', 'main.js'))) process.exit(0); // a production install running a shipped build
  process.stderr.write(
    'There is no build in dist/ and no TypeScript compiler to make one (dev dependencies not installed).\n' +
      'Build where dev dependencies are installed: `npm ci && npm run build` (then `npm prune --omit=dev` if you like), or copy a built dist/ here.\n',
  );
  process.exit(strict ? 1 : 0);
}

if (!always)
  process.stderr.write(
    built ? 'Sources changed since the last build: compiling (tsc)…\n' : 'No build yet: compiling to dist/ (tsc)…\n',
  );
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
if (result.status !== 0) {
  process.stderr.write('The build failed (type errors above); fix them, or run `npm run typecheck` for the list.\n');
  // On `npm install` (prepare, not strict) a type error must not abort installing packages; the
  // scripts that run the build (`start`, `test`, …) stop on it.
  process.exit(strict ? 1 : 0);
}
writeFileSync(stamp, `${new Date().toISOString()}\n`);
