/**
 * `npm run load -- --http`: the HTTP endpoint under the gateway load's mix and rates, as its own
 * process(es) started like `npm start` (dist/src/main.js) with DISCORD_PUBLIC_KEY: one copy, then two copies sharing
 * the port through Node's cluster (tests/http/cluster.ts). Each interaction is signed with a key
 * made for the run and POSTed over kept-alive connections; its latency is request → response.
 * Deferred answers go to the fake Discord on 127.0.0.1. Bounded in count and time; always cleans up.
 */
import http from 'node:http';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../../src/paths.js';
import { startFakeDiscord } from '../e2e/fake-discord.js';
import {
  cpuMsOf,
  DEFAULTS,
  interactionFactory,
  mulberry32,
  percentile,
  rssOf,
  totalOf,
  type LoadOptions,
  type LoadReport,
  type StepResult,
} from '../load/harness.js';
import { callbackViolations } from '../e2e/validate.js';
import { makeKeys, signedHeaders } from './signing.js';

// The package root, found the same way from tests/http (vitest) and from dist/tests/http (npm run load).
const ROOT = packageRoot();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface HttpLoadOptions extends LoadOptions {
  /** 1: `src/main.ts` itself; more: that many cluster workers sharing the port. */
  copies: number;
  /** Kept-alive connections the driver opens (a proxy in front of the copies holds a pool like it). */
  connections: number;
}

/** The endpoint process(es): their pids (for CPU and RSS), the URL, and how to stop them. */
interface Endpoint {
  child: ChildProcess;
  pids: () => number[];
  url: string;
  exited: Promise<void>;
  exitCode: () => number | null;
  cwd: string;
}

async function startEndpointProcess(
  copies: number,
  env: Record<string, string>,
  onLine: (line: string) => void,
): Promise<Endpoint> {
  // A working directory with no .env: a developer's real settings can never be read by this run.
  const cwd = mkdtempSync(join(tmpdir(), 'sci-load-http-'));
  // Compiled, exactly what `npm start` runs (or the cluster of it), with the heap probe preloaded.
  const dist = join(ROOT, 'dist');
  const script = copies > 1 ? join(dist, 'tests/http/cluster.js') : join(dist, 'src/main.js');
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', pathToFileURL(join(dist, 'tests/load/gc-probe.js')).href, script],
    {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? cwd,
        ...env,
        COPIES: String(copies),
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_FORMAT: 'json',
        LOG_LEVEL: 'info',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let code: number | null = null;
  const exited = new Promise<void>((r) => child.on('exit', (c) => ((code = c), r())));
  let workers: number[] = [];
  let listening = '';
  let buffer = '';
  const feed = (d: Buffer) => {
    buffer += d.toString();
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      try {
        const p = JSON.parse(line) as { msg?: string; pids?: number[]; listening?: string };
        if (p.msg === 'workers' && p.pids) workers = p.pids;
        if (p.msg === 'ready' && p.listening) listening = p.listening;
      } catch {
        // not JSON: passed on as is
      }
      onLine(line);
    }
  };
  child.stdout!.on('data', feed);
  child.stderr!.on('data', feed);
  const started = Date.now();
  while (!listening) {
    if (code !== null) throw new Error(`the endpoint exited (code ${code}) before it was ready`);
    if (Date.now() - started > 60_000) throw new Error('the endpoint was not ready within 60 s');
    await sleep(20);
  }
  // All workers ready (each logs its own `ready`) is not needed: the cluster primary queues connections.
  return {
    child,
    pids: () => [child.pid!, ...workers],
    url: `http://${listening}/interactions`,
    exited,
    exitCode: () => code,
    cwd,
  };
}

/** POSTs one signed body; resolves with the status and parsed body, or null on a network error / timeout. */
function postOnce(
  agent: http.Agent,
  url: URL,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<{ status: number; body: unknown } | null> {
  return new Promise((done) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          let parsed: unknown = null;
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            parsed = null;
          }
          done({ status: res.statusCode ?? 0, body: parsed });
        });
        res.on('error', () => done(null));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => done(null));
    req.end(body);
  });
}

export async function runHttpLoad(partial: Partial<HttpLoadOptions> = {}): Promise<LoadReport> {
  const o: HttpLoadOptions = { ...DEFAULTS, copies: 1, connections: 64, ...partial };
  const say = o.progress ?? (() => {});
  const random = mulberry32(o.seed);
  const deadline = Date.now() + o.maxSeconds * 1000;
  const keys = makeKeys();
  // The webhook target for deferred answers; payload ids come from it too.
  const fake = await startFakeDiscord({ validate: o.validate, keepRecords: false, deadlineMs: 3_600_000 });
  const botWarnings: string[] = [];
  const violations: string[] = [];
  const heaps: number[] = [];
  const endpoint = await startEndpointProcess(
    o.copies,
    { DISCORD_PUBLIC_KEY: keys.publicHex, DISCORD_API_URL: fake.restApi },
    (line) => {
      let level = '';
      try {
        const parsed = JSON.parse(line) as { level?: string; heapUsedMb?: number };
        level = parsed.level ?? '';
        if (level === 'probe') return void heaps.push(parsed.heapUsedMb ?? NaN);
      } catch {
        level = 'text';
      }
      if (level !== 'info' && level !== 'debug' && botWarnings.length < 200) botWarnings.push(line.slice(0, 400));
    },
  ).catch(async (err: unknown) => {
    await fake.close();
    throw err;
  });
  const url = new URL(endpoint.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
  const sum = (values: (number | null)[]) =>
    values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + v!, 0);
  const rss = () => sum(endpoint.pids().map((p) => rssOf(p)?.rss ?? null));
  const cpu = () => sum(endpoint.pids().map((p) => cpuMsOf(p)));
  /** Live heap after a full GC, summed over the processes (each answers SIGUSR2 through the probe). */
  const heapAfterGc = async (): Promise<number | null> => {
    heaps.length = 0;
    const expected = endpoint.pids().length;
    endpoint.child.kill('SIGUSR2');
    const until = Date.now() + 5000;
    while (heaps.length < expected && Date.now() < until) await sleep(20);
    return heaps.length >= 1 ? heaps.reduce((a, b) => a + b, 0) : null;
  };

  // Interactions only: Discord sends mentions to a gateway connection, never to the endpoint.
  const traffic = interactionFactory(fake, { ...o.mix, mention: 0 }, random);
  const next = () => {
    for (;;) {
      const t = traffic();
      if (t.kind === 'interaction') return t.payload;
    }
  };
  const send = async (): Promise<{ ms: number; type: number } | null> => {
    const body = JSON.stringify(next());
    const started = performance.now();
    const r = await postOnce(agent, url, body, signedHeaders(keys, body), o.lostAfterMs);
    const ms = Math.round(performance.now() - started);
    if (!r || r.status !== 200) {
      if (r && violations.length < 50) violations.push(`HTTP ${r.status}: ${JSON.stringify(r.body).slice(0, 200)}`);
      return null;
    }
    if (o.validate)
      for (const v of callbackViolations(r.body)) if (violations.length < 50) violations.push(`response: ${v}`);
    return { ms, type: (r.body as { type: number }).type };
  };

  const steps: StepResult[] = [];
  let aborted = false;
  let rssBefore: number | null = null;
  let heapBefore: number | null = null;
  let rssAfter: number | null = null;
  let peakRss: number | null = null;
  try {
    // Warm-up (JIT, caches, the connection pool): not measured.
    await Promise.all(Array.from({ length: 50 }, () => send()));
    await sleep(500);
    rssBefore = rss();
    heapBefore = await heapAfterGc();
    const plan = [
      ...o.rates.map((rate) => ({ rate, soak: false })),
      ...Array.from({ length: o.soak.steps }, () => ({ rate: o.soak.rate, soak: true })),
    ];
    say(
      `HTTP endpoint, ${o.copies} cop${o.copies === 1 ? 'y' : 'ies'} (pids ${endpoint.pids().join(', ')}), RSS ${rssBefore?.toFixed(0) ?? 'n/a'} MB; ${o.count} interactions`,
    );
    const perStep = Math.ceil(o.count / plan.length);
    for (const [i, { rate, soak }] of plan.entries()) {
      const n = Math.min(perStep, o.count - i * perStep);
      if (n <= 0) break;
      let pending = 0;
      let lost = 0;
      let late = 0;
      let deferred = 0;
      let sent = 0;
      let peak = 0;
      const latencies: number[] = [];
      const cpuBefore = cpu();
      const started = Date.now();
      let lastSent = started;
      const fire = () => {
        pending++;
        sent++;
        lastSent = Date.now();
        void send().then((r) => {
          pending--;
          if (!r) return void lost++;
          latencies.push(r.ms);
          if (r.ms > 3000) late++;
          if (r.type === 5 || r.type === 6) deferred++;
        });
      };
      let ticks = 0;
      while (sent < n && Date.now() < deadline && endpoint.exitCode() === null) {
        if (ticks++ % 25 === 0) peak = Math.max(peak, rss() ?? 0);
        const due = Math.min(n, Math.floor(((Date.now() - started) / 1000) * rate)) - sent;
        for (let k = 0; k < due && pending < o.maxInFlight; k++) fire();
        await sleep(2);
      }
      const sendSeconds = (lastSent - started) / 1000;
      while (pending > 0 && Date.now() < deadline + o.lostAfterMs) {
        peak = Math.max(peak, rss() ?? 0);
        await sleep(10);
      }
      if (Date.now() >= deadline || endpoint.exitCode() !== null) aborted = true;
      latencies.sort((a, b) => a - b);
      const cpuAfter = cpu();
      const step: StepResult = {
        rate,
        soak,
        sent,
        answered: latencies.length,
        lost: lost + pending + (n - sent),
        late,
        deferred,
        mentions: 0,
        mentionMax: 0,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        max: latencies.at(-1) ?? 0,
        achievedRate: sendSeconds > 0 ? sent / sendSeconds : sent,
        seconds: (Date.now() - started) / 1000,
        peakRssMb: peak || null,
        rssAfterMb: rss(),
        cpuMsPerInteraction: cpuBefore !== null && cpuAfter !== null && sent > 0 ? (cpuAfter - cpuBefore) / sent : null,
        heapAfterGcMb: endpoint.exitCode() === null ? await heapAfterGc() : null,
      };
      steps.push(step);
      say(
        `  ${rate}/s${soak ? ' (soak)' : ''}: ${step.answered}/${step.sent} answered, p50 ${step.p50} ms, p99 ${step.p99} ms, max ${step.max} ms, RSS ${step.rssAfterMb?.toFixed(0) ?? 'n/a'} MB`,
      );
      if (aborted) break;
    }
    await sleep(2000);
    rssAfter = rss();
  } finally {
    // Peak RSS (VmHWM) of each process, summed: what the copies held at most together.
    peakRss = sum(endpoint.pids().map((p) => peakOf(p)));
    agent.destroy();
    if (endpoint.exitCode() === null) {
      endpoint.child.kill('SIGTERM');
      await Promise.race([endpoint.exited, sleep(15_000)]);
      if (endpoint.exitCode() === null) endpoint.child.kill('SIGKILL');
    }
    await fake.close();
    rmSync(endpoint.cwd, { recursive: true, force: true });
  }
  return {
    steps,
    total: totalOf(steps),
    rssBeforeMb: rssBefore,
    rssAfterMb: rssAfter,
    heapBeforeMb: heapBefore,
    peakRssMb: peakRss,
    violations: [...violations, ...fake.violations, ...fake.unknownRoutes.map((r) => `unknown route ${r}`)],
    botWarnings,
    botExitCode: endpoint.exitCode(),
    aborted,
  };
}

function peakOf(pid: number): number | null {
  try {
    const kb = Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+)/m)?.[1] ?? NaN);
    return Number.isFinite(kb) ? kb / 1024 : null;
  } catch {
    return null;
  }
}

/** One row per mode: the figures a reader compares, from reports of the same run. */
export function formatComparison(rows: { mode: string; report: LoadReport }[]): string {
  const fmt = (v: number | null | undefined, digits = 0) =>
    v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : v.toFixed(digits);
  const header = [
    'mode',
    'sent',
    'answered',
    'lost',
    'late>3s',
    'deferred',
    'p50 ms @500/s',
    'p99 ms @500/s',
    'p50 ms @2000/s',
    'p99 ms @2000/s',
    'reached/s max',
    'CPU ms/int',
    'peak RSS MB',
  ];
  const body = rows.map(({ mode, report: r }) => {
    const at = (rate: number) => r.steps.find((s) => s.rate === rate && !s.soak);
    const cpuSteps = r.steps.filter((s) => s.cpuMsPerInteraction !== null);
    const cpu = cpuSteps.length
      ? cpuSteps.reduce((a, s) => a + s.cpuMsPerInteraction! * s.sent, 0) / cpuSteps.reduce((a, s) => a + s.sent, 0)
      : null;
    return [
      mode,
      String(r.total.sent),
      String(r.total.answered),
      String(r.total.lost),
      String(r.total.late),
      String(r.steps.reduce((a, s) => a + s.deferred, 0)),
      String(at(500)?.p50 ?? 'n/a'),
      String(at(500)?.p99 ?? 'n/a'),
      String(at(2000)?.p50 ?? 'n/a'),
      String(at(2000)?.p99 ?? 'n/a'),
      fmt(Math.max(0, ...r.steps.map((s) => s.achievedRate))),
      fmt(cpu, 2),
      fmt(r.peakRssMb),
    ];
  });
  const all = [header, ...body];
  const widths = header.map((_, c) => Math.max(...all.map((row) => row[c]!.length)));
  return all
    .map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '))
    .join('\n');
}
