/**
 * Bench section: the bot as a service (issue 13). Ratios against baselines measured in the same run,
 * on the same machine, so a loaded machine moves both sides:
 * - one-shot `ask`, compiled, run with node (what the `ask` script runs, without npm's start-up)
 *   against `node -e 0`; beside it the unbundled entry with and without the start-up snapshot, and
 *   the entry under tsx (the development path);
 * - the bot logged in to the fake Discord, idle, against a bare discord.js client logged in to the
 *   same fake: resident memory (RSS) and time from process start to ready; the bot under tsx beside it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../../src/paths.js';
import { startFakeDiscord } from '../../tests/e2e/fake-discord.js';
import { FAKE_TOKEN } from '../../tests/e2e/helpers.js';

export const name = 'Running as a service (compiled start-up, memory against a bare discord.js client)';

const ROOT = packageRoot();
const DIST = join(ROOT, 'dist');
const CWD = mkdtempSync(join(tmpdir(), 'sci-bench-'));
const RUNS = Number(process.env.BENCH_SERVICE_RUNS ?? 7);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/** Wall time of one process run to its exit, in ms. */
function wall(args: string[], env: Record<string, string> = {}): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: CWD,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
  });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${String(r.stderr)}`);
  return performance.now() - t;
}

/** Resident memory of a process, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? NaN) / 1024;
}

/** Starts a process against a fresh fake, waits for its "ready" log line and 2 s more (idle), reads its RSS, stops it. */
async function idle(args: string[]): Promise<{ readyMs: number; rssMb: number }> {
  const fake = await startFakeDiscord({ validate: false });
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: CWD,
    env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.restApi, LOG_FORMAT: 'json' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let out = '';
    let err = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    const readyMs = await fake.waitFor(
      () => {
        if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited: ${err}`);
        return out.includes('"msg":"ready"') && performance.now() - started;
      },
      60_000,
      'ready',
    );
    await new Promise((r) => setTimeout(r, 2000));
    return { readyMs, rssMb: rssMb(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('close', r));
    await fake.close();
  }
}

export async function run(): Promise<void> {
  const tsx = import.meta.resolve('tsx');
  const askArgs = ['--json', '/project query:quikbot'];
  // The same data with one byte more (a trailing newline): valid, but not the texts the build's
  // snapshot was made from, so it is validated and indexed at start-up as before the snapshot.
  const edited = join(CWD, 'data-edited');
  cpSync(join(ROOT, 'data'), edited, { recursive: true });
  appendFileSync(join(edited, 'initiative.json'), '\n');
  const rows: { what: string; ms: number[]; args: string[]; env?: Record<string, string>; runs?: number }[] = [
    { what: 'node -e 0 (baseline)', ms: [], args: ['-e', '0'] },
    {
      what: 'ask: `npm run ask` (node dist/ask.js: bundle + snapshot)',
      ms: [],
      args: [join(DIST, 'ask.js'), ...askArgs],
    },
    {
      what: 'ask unbundled (node dist/src/console/ask.js), snapshot',
      ms: [],
      args: [join(DIST, 'src/console/ask.js'), ...askArgs],
    },
    {
      what: 'ask unbundled, data edited since the build (no snapshot)',
      ms: [],
      args: [join(DIST, 'src/console/ask.js'), ...askArgs],
      env: { SCI_DATA_DIR: edited },
    },
    {
      what: 'ask under tsx (development)',
      ms: [],
      args: ['--import', tsx, join(ROOT, 'src/console/ask.ts'), ...askArgs],
      runs: 3,
    },
  ];
  // Interleaved, so load on the machine falls on every row alike.
  for (let i = 0; i < RUNS; i++) for (const r of rows) if (i < (r.runs ?? RUNS)) r.ms.push(wall(r.args, r.env));
  const base = median(rows[0]!.ms);
  console.log(
    `One-shot \`ask ${askArgs.join(' ')}\`, wall time to exit (median of ${RUNS}; tsx: of 3; load average ${loadavg()[0]!.toFixed(2)}):\n`,
  );
  console.log('| program | median ms | × node -e 0 |');
  console.log('|---|---:|---:|');
  for (const r of rows)
    console.log(`| ${r.what} | ${median(r.ms).toFixed(0)} | ${(median(r.ms) / base).toFixed(1)}× |`);
  const askRatio = median(rows[1]!.ms) / base;
  console.log(`\n${askRatio <= 5 ? 'ok  ' : 'MISS'} compiled ask within 5× node -e 0 (${askRatio.toFixed(1)}×)\n`);

  const IDLE_RUNS = 3;
  const idleRows: { what: string; args: string[]; runs: { readyMs: number; rssMb: number }[] }[] = [
    { what: 'bare discord.js client (baseline)', args: [join(DIST, 'scripts/bench/bare-client.js')], runs: [] },
    { what: 'SCI Bot, compiled (npm start: node dist/main.js)', args: [join(DIST, 'main.js')], runs: [] },
    { what: 'SCI Bot under tsx (development)', args: ['--import', tsx, join(ROOT, 'src/main.ts')], runs: [] },
  ];
  // BENCH_SERVICE_COMPARE=<another build's dist/main.js>: a before/after row in the same run.
  const compare = process.env.BENCH_SERVICE_COMPARE;
  if (compare) idleRows.splice(2, 0, { what: `another build (${compare})`, args: [compare], runs: [] });
  for (let i = 0; i < IDLE_RUNS; i++) for (const row of idleRows) row.runs.push(await idle(row.args));
  const bare = idleRows[0]!;
  const bareRss = median(bare.runs.map((r) => r.rssMb));
  const bareReady = median(bare.runs.map((r) => r.readyMs));
  console.log(
    `Logged in to the fake Discord, idle 2 s after ready (median of ${IDLE_RUNS}; load average ${loadavg()[0]!.toFixed(2)}):\n`,
  );
  console.log('| process | start → ready ms | RSS MB | RSS × bare client |');
  console.log('|---|---:|---:|---:|');
  for (const row of idleRows) {
    const rss = median(row.runs.map((r) => r.rssMb));
    console.log(
      `| ${row.what} | ${median(row.runs.map((r) => r.readyMs)).toFixed(0)} | ${rss.toFixed(0)} | ${(rss / bareRss).toFixed(2)}× |`,
    );
  }
  const rssRatio = median(idleRows[1]!.runs.map((r) => r.rssMb)) / bareRss;
  console.log(
    `\n${rssRatio <= 1.3 ? 'ok  ' : 'MISS'} idle RSS within 1.3× a bare client (${rssRatio.toFixed(2)}×; bare client ready in ${bareReady.toFixed(0)} ms)`,
  );
  rmSync(CWD, { recursive: true, force: true });
}

// Run alone: `node dist/scripts/bench/service.js`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
