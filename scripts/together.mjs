#!/usr/bin/env node
/**
 * Runs npm scripts side by side and fails if any fails: `node scripts/together.mjs build lint` is
 * `npm run build && npm run lint` in the time of the slower one. `npm test` uses it for the steps
 * that do not depend on each other (tsc and esbuild write dist/, which ESLint and Prettier ignore;
 * neither lint step reads what the build writes), so a 2-CPU machine keeps both busy instead of one.
 *
 * Each script's output is held and printed whole when it ends (never interleaved), with its exit
 * status and its wall time (a landing's log then says where its minutes went); the exit code is the
 * first failing script's, or 0. Plain JavaScript, like ensure-build.mjs.
 */
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  process.stderr.write('usage: node scripts/together.mjs <npm script>…\n');
  process.exit(2);
}

// npm sets npm_execpath to its own CLI when it runs a script; run the same npm the caller did.
const npm = process.env.npm_execpath;
const command = (name) =>
  npm ? [process.execPath, [npm, 'run', '--silent', name]] : ['npm', ['run', '--silent', name]];

const runs = names.map(
  (name) =>
    new Promise((done) => {
      const started = Date.now();
      const [cmd, args] = command(name);
      const child = spawn(cmd, args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        shell: !npm && process.platform === 'win32',
      });
      const out = [];
      child.stdout.on('data', (d) => out.push(d));
      child.stderr.on('data', (d) => out.push(d));
      const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
      child.on('error', (error) => done({ name, code: 1, text: `${error.message}\n`, seconds: seconds() }));
      child.on('close', (code, signal) =>
        done({ name, code: code ?? (signal ? 1 : 0), text: Buffer.concat(out).toString(), seconds: seconds() }),
      );
    }),
);

let failed = 0;
for (const run of runs) {
  const { name, code, text, seconds } = await run;
  process.stdout.write(`> npm run ${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`} (${seconds} s)\n${text}`);
  if (code !== 0 && failed === 0) failed = code;
}
process.exit(failed);
