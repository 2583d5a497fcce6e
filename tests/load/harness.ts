/**
 * Load against the fake Discord: the real bot (`dist/main.js`, exactly what `npm start` runs, with a
 * fake token and DISCORD_API_URL pointing at the fake) in its own process, so its RSS and CPU are its
 * own; the fake in this process dispatches interactions through its gateway at a set rate and records
 * each callback. Everything on 127.0.0.1; bounded in count and time; always cleans up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import {
  ApplicationCommandOptionType,
  ComponentType,
  type APIApplicationCommandInteractionDataOption,
} from 'discord-api-types/v10';
import { commandDefinitions } from '../../src/router.js';
import { packageRoot } from '../../src/paths.js';
import { startFakeDiscord, type FakeDiscord } from '../e2e/fake-discord.js';
import { FAKE_TOKEN } from '../e2e/helpers.js';
import {
  autocompleteInteraction,
  commandInteraction,
  componentInteraction,
  mentionMessage,
  type InteractionPayload,
} from '../e2e/payloads.js';
import { testDeps } from '../helpers.js';
import { datasetWords, leafOptions, NASTY } from '../property/arbitraries.js';
import { inputsWellFormed } from '../property/check.js';
import { harvestCustomIds } from '../property/harvest.js';

// The package root, found the same way from tests/load (vitest) and from dist/tests/load (npm run load).
const ROOT = packageRoot();

export interface LoadOptions {
  /** Interactions in all, split evenly over the rate steps. */
  count: number;
  /** Interactions per second, one step each, in order. */
  rates: number[];
  /**
   * After the ramp, this many more steps at one steady rate: RSS that still climbs at a constant rate,
   * after the heap has grown to its working size, is a leak. 0 steps: no soak.
   */
  soak: { rate: number; steps: number };
  /** Never more than this many dispatched and not yet answered. */
  maxInFlight: number;
  /** Share of each kind in the mix. */
  mix: { command: number; autocomplete: number; component: number; mention: number };
  /** Validate every payload against Discord's OpenAPI description on arrival (costs the fake CPU). */
  validate: boolean;
  /** An interaction with no callback this long after its dispatch is lost. */
  lostAfterMs: number;
  /** The whole run stops after this, whatever is left. */
  maxSeconds: number;
  seed: number;
  /** Progress lines (stderr in the script). */
  progress?: (line: string) => void;
}

export const DEFAULTS: LoadOptions = {
  count: 10_000,
  rates: [100, 250, 500, 1000, 2000],
  soak: { rate: 500, steps: 5 },
  maxInFlight: 1000,
  // Mentions are a small share, as in a real server (and each is a channel message, which Discord
  // limits to 50/s per bot): about 2% of the traffic, 40/s at the 2000/s step.
  mix: { command: 6, autocomplete: 3, component: 1, mention: 0.2 },
  validate: false,
  lostAfterMs: 10_000,
  maxSeconds: 300,
  seed: 1,
};

export interface StepResult {
  rate: number;
  soak: boolean;
  sent: number;
  answered: number;
  lost: number;
  /** Answered, but after Discord's 3 s: the user saw "The application did not respond". */
  late: number;
  /** First response was a defer (type 5/6): the bot bought time. */
  deferred: number;
  /**
   * The late ones by what was late: `autocomplete` (cannot be deferred), `command deferral`,
   * `command answer`, `component deferral`, `component answer`. Where a burst's lateness comes from.
   */
  lateBy?: Record<string, number>;
  /** Mentions among the sent (answered by a channel message; no 3 s limit applies). */
  mentions: number;
  /** The slowest mention reply (ms). */
  mentionMax: number;
  p50: number;
  p99: number;
  max: number;
  /** The rate the dispatcher actually reached (the in-flight cap can hold it back). */
  achievedRate: number;
  seconds: number;
  peakRssMb: number | null;
  rssAfterMb: number | null;
  /** The bot's CPU time per interaction in this step (ms): its cost, whatever else the machine runs. */
  cpuMsPerInteraction: number | null;
  /** The bot's live heap after a full GC at the end of the step (MB): what a leak would grow. */
  heapAfterGcMb: number | null;
  /**
   * The longest this process's event loop (the driver and the fake Discord, which timestamps each
   * callback when its handler runs) was held up during the step (ms): a callback the bot sent in time
   * is recorded late by as much. It is the test rig's share of any lateness, not the bot's.
   */
  rigLoopMaxMs?: number;
  /** The machine's 1-minute load average at the end of the step (other processes share its cores). */
  loadAverage?: number;
}

export interface LoadReport {
  steps: StepResult[];
  total: { sent: number; answered: number; lost: number; late: number; max: number };
  rssBeforeMb: number | null;
  rssAfterMb: number | null;
  peakRssMb: number | null;
  heapBeforeMb: number | null;
  /** Problems the fake saw: invalid payloads (with validate), unknown routes. */
  violations: string[];
  /** Log lines at warn or error from the bot. */
  botWarnings: string[];
  botExitCode: number | null;
  aborted: boolean;
}

/** A small seeded PRNG, so a run's mix can be replayed. */
export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** RSS and peak RSS (VmHWM) of a process, in MB, from /proc (Linux); null elsewhere. */
export function rssOf(pid: number | undefined): { rss: number; peak: number } | null {
  if (!pid) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+)`, 'm'))?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used, in ms, from /proc (Linux); null elsewhere. */
export function cpuMsOf(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** The steps added up: what a whole run sent, answered, lost and answered late, and its slowest answer. */
export function totalOf(steps: readonly StepResult[]): LoadReport['total'] {
  const sum = (f: (s: StepResult) => number) => steps.reduce((a, s) => a + f(s), 0);
  return {
    sent: sum((s) => s.sent),
    answered: sum((s) => s.answered),
    lost: sum((s) => s.lost),
    late: sum((s) => s.late),
    max: Math.max(0, ...steps.map((s) => s.max)),
  };
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Interaction types (Discord's numbers) as the load names them. */
const KIND_OF: Record<number, string> = { 2: 'command', 3: 'component', 4: 'autocomplete' };

type Traffic =
  | { kind: 'interaction'; payload: InteractionPayload }
  | { kind: 'mention'; payload: ReturnType<typeof mentionMessage> };

/** Builds the interactions (and mentions) of the mix from the command definitions and the data. */
export function interactionFactory(fake: FakeDiscord, mix: LoadOptions['mix'], random: () => number): () => Traffic {
  const deps = testDeps();
  const words = datasetWords(deps.dataset).filter((w) => w.length <= 60);
  // One string option in ten is hostile (mentions, markdown, RTL, 6000 characters…), as Discord would
  // deliver it: whole characters only, non-empty, within the option's max_length.
  const hostile = NASTY.filter((t) => t.trim() !== '' && inputsWellFormed(t));
  const text = (max: number) =>
    Array.from(random() < 0.1 ? pick(hostile) : pick(words))
      .slice(0, max)
      .join('');
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const defs = commandDefinitions(testDeps());
  if (defs.length === 0) throw new Error('no commands registered: nothing to load');

  const optionsFor = (def: (typeof defs)[number]): APIApplicationCommandInteractionDataOption[] =>
    leafOptions(def.options).flatMap((o) => {
      if (!o.required && random() < 0.5) return [];
      const choices = 'choices' in o && o.choices?.length ? (o.choices as readonly { value: string | number }[]) : null;
      let value: string | number | boolean;
      if (choices) value = pick(choices).value;
      else if (o.type === ApplicationCommandOptionType.String) value = text(o.max_length ?? 6000) || 'keppel';
      else if (o.type === ApplicationCommandOptionType.Integer || o.type === ApplicationCommandOptionType.Number) {
        const lo = o.min_value ?? 0;
        const hi = Math.min(o.max_value ?? lo + 10, lo + 10);
        value = Math.floor(lo + random() * (hi - lo + 1));
      } else if (o.type === ApplicationCommandOptionType.Boolean) value = random() < 0.5;
      else return [];
      return [{ type: o.type, name: o.name, value } as APIApplicationCommandInteractionDataOption];
    });

  const autocompletable = defs.flatMap((def) =>
    leafOptions(def.options)
      .filter((o) => 'autocomplete' in o && o.autocomplete)
      .map((o) => ({ def, option: o })),
  );
  const clicks = harvestCustomIds(deps, 200).filter((c) => c.customId.length <= 100);

  const kinds: { kind: keyof LoadOptions['mix']; weight: number }[] = [
    { kind: 'command', weight: mix.command },
    { kind: 'autocomplete', weight: autocompletable.length ? mix.autocomplete : 0 },
    { kind: 'component', weight: clicks.length ? mix.component : 0 },
    { kind: 'mention', weight: mix.mention },
  ];
  const totalWeight = kinds.reduce((s, k) => s + k.weight, 0);

  const interaction = (kind: keyof LoadOptions['mix']): InteractionPayload => {
    if (kind === 'autocomplete') {
      const { def, option } = pick(autocompletable);
      const word = pick(words);
      const typed = word.slice(0, 1 + Math.floor(random() * word.length));
      const others = optionsFor(def).filter((o) => o.name !== option.name);
      return autocompleteInteraction(fake, def.name, [
        ...others,
        {
          type: option.type,
          name: option.name,
          value: typed,
          focused: true,
        } as APIApplicationCommandInteractionDataOption,
      ]);
    }
    if (kind === 'component') {
      const c = pick(clicks);
      const values = pick(c.values);
      const isSelect = values.length > 0;
      return componentInteraction(
        fake,
        { content: 'card', components: [] },
        {
          custom_id: c.customId,
          component_type: isSelect ? ComponentType.StringSelect : ComponentType.Button,
          ...(isSelect ? { values } : {}),
        },
      );
    }
    const def = pick(defs);
    return commandInteraction(fake, def.name, optionsFor(def));
  };
  return (): Traffic => {
    let r = random() * totalWeight;
    const kind = kinds.find((k) => (r -= k.weight) < 0)?.kind ?? 'command';
    if (kind === 'mention')
      return {
        kind,
        payload: mentionMessage(
          fake,
          `<@${fake.appId}> ${text(2000) || 'how many projects?'}`,
          undefined,
          pick(fake.channelIds),
        ),
      };
    return { kind: 'interaction', payload: interaction(kind) };
  };
}

/** Starts the compiled `dist/main.js` with the fake token against the fake: exactly what `npm start` runs. */
function startBotProcess(fake: FakeDiscord, onLine: (line: string) => void): { child: ChildProcess; cwd: string } {
  // A working directory with no .env: a developer's real token can never be read by this run.
  const cwd = mkdtempSync(join(tmpdir(), 'sci-load-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_API_URL: fake.restApi,
    LOG_FORMAT: 'json',
    // LOAD_BOT_LOG_LEVEL=warn: the bot without its one info line per interaction (to measure what logging costs).
    LOG_LEVEL: process.env.LOAD_BOT_LOG_LEVEL ?? 'info',
    NO_COLOR: '1',
  };
  delete env.DISCORD_CLIENT_ID;
  delete env.DISCORD_GUILD_ID;
  delete env.DISCORD_PUBLIC_KEY; // it would select the HTTP endpoint instead of the gateway
  delete env.SCI_DATA_DIR;
  const dist = join(ROOT, 'dist');
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      // Extra node flags for the bot only, for measuring it: LOAD_BOT_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/p'.
      ...(process.env.LOAD_BOT_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? []),
      '--import',
      pathToFileURL(join(dist, 'tests/load/gc-probe.js')).href,
      // Another program in the bot's place, for a baseline: LOAD_BOT_ENTRY=dist/scripts/bench/bare-responder.js.
      process.env.LOAD_BOT_ENTRY ? join(ROOT, process.env.LOAD_BOT_ENTRY) : join(dist, 'main.js'),
    ],
    { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let buffer = '';
  const feed = (d: Buffer) => {
    buffer += d.toString();
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      onLine(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
    }
  };
  child.stdout!.on('data', feed);
  child.stderr!.on('data', feed);
  return { child, cwd };
}

export async function runLoad(partial: Partial<LoadOptions> = {}): Promise<LoadReport> {
  const o: LoadOptions = { ...DEFAULTS, ...partial };
  const say = o.progress ?? (() => {});
  const random = mulberry32(o.seed);
  const deadline = Date.now() + o.maxSeconds * 1000;
  // The fake accepts late callbacks (deadline far away) so lateness is measured here, not refused.
  const fake = await startFakeDiscord({
    validate: o.validate,
    deadlineMs: 3_600_000,
    keepRecords: false,
    channelCount: 20,
  });
  const botWarnings: string[] = [];
  let probeWaiter: ((heapMb: number) => void) | undefined;
  const { child, cwd } = startBotProcess(fake, (line) => {
    let level = '';
    try {
      const parsed = JSON.parse(line) as { level?: string; heapUsedMb?: number };
      level = parsed.level ?? '';
      if (level === 'probe') return probeWaiter?.(parsed.heapUsedMb ?? NaN);
    } catch {
      level = 'text';
    }
    if (level !== 'info' && level !== 'debug' && botWarnings.length < 200) botWarnings.push(line.slice(0, 400));
  });
  let exitCode: number | null = null;
  const exited = new Promise<void>((r) => child.on('exit', (code) => ((exitCode = code), r())));
  const steps: StepResult[] = [];
  let aborted = false;
  /** The bot's live heap after a full GC (MB), through the preloaded probe; null if it does not answer. */
  const heapAfterGc = () =>
    new Promise<number | null>((done) => {
      const timer = setTimeout(() => ((probeWaiter = undefined), done(null)), 5000);
      probeWaiter = (mb) => {
        clearTimeout(timer);
        probeWaiter = undefined;
        done(mb);
      };
      child.kill('SIGUSR2');
    });
  let heapBefore: number | null = null;
  let rssBefore: number | null = null;
  let rssAfter: number | null = null;
  let peakRss: number | null = null;

  try {
    await Promise.race([
      fake.waitFor(() => fake.gateway.ready > 0, 60_000, 'the bot to connect'),
      exited.then(() => {
        throw new Error(`the bot exited (code ${exitCode}) before connecting:\n${botWarnings.join('\n')}`);
      }),
    ]);
    const next = interactionFactory(fake, o.mix, random);

    // Warm-up (JIT, caches, the first REST connection): not measured.
    const warm = Array.from({ length: 50 }, () => next());
    await Promise.all(
      warm.map((t) =>
        t.kind === 'mention'
          ? fake.waitForReply(fake.dispatchMessage(t.payload), 30_000)
          : fake.waitForCallback(fake.dispatchInteraction(t.payload), 30_000),
      ),
    );
    await sleep(500);
    rssBefore = rssOf(child.pid)?.rss ?? null;
    heapBefore = await heapAfterGc();
    const plan = [
      ...o.rates.map((rate) => ({ rate, soak: false })),
      ...Array.from({ length: o.soak.steps }, () => ({ rate: o.soak.rate, soak: true })),
    ];
    say(
      `bot ready (pid ${child.pid}), RSS ${rssBefore?.toFixed(0) ?? 'n/a'} MB; ${o.count} interactions: rates ${o.rates.join(', ')}/s, then ${o.soak.steps} steps at ${o.soak.rate}/s`,
    );

    const perStep = Math.ceil(o.count / plan.length);
    for (const [i, { rate, soak }] of plan.entries()) {
      const n = Math.min(perStep, o.count - i * perStep);
      if (n <= 0) break;
      let pending = 0;
      let lost = 0;
      const latencies: number[] = [];
      let late = 0;
      let deferred = 0;
      const lateBy: Record<string, number> = {};
      let mentions = 0;
      let mentionMax = 0;
      let mentionsAnswered = 0;
      let sent = 0;
      let peak = 0;
      const sampleRss = () => {
        const r = rssOf(child.pid);
        if (r) peak = Math.max(peak, r.rss);
      };
      const cpuBefore = cpuMsOf(child.pid);
      const rigLoop = monitorEventLoopDelay({ resolution: 10 });
      rigLoop.enable();
      const started = Date.now();
      let lastSent = started;
      const send = () => {
        pending++;
        sent++;
        lastSent = Date.now();
        // Waiting right after the dispatch: the fake (keepRecords false) hands the callback to this waiter only.
        const t = next();
        if (t.kind === 'mention') mentions++;
        const answered =
          t.kind === 'mention'
            ? fake.waitForReply(fake.dispatchMessage(t.payload), o.lostAfterMs)
            : fake.waitForCallback(fake.dispatchInteraction(t.payload), o.lostAfterMs);
        answered.then(
          (cb) => {
            pending--;
            if (t.kind === 'mention') {
              mentionsAnswered++;
              mentionMax = Math.max(mentionMax, cb.latencyMs);
              return;
            }
            latencies.push(cb.latencyMs);
            const deferral = cb.body.type === 5 || cb.body.type === 6;
            if (cb.latencyMs > 3000) {
              late++;
              const what = KIND_OF[t.payload.type] ?? `type ${t.payload.type}`;
              const key = what === 'autocomplete' ? what : `${what} ${deferral ? 'deferral' : 'answer'}`;
              lateBy[key] = (lateBy[key] ?? 0) + 1;
            }
            if (deferral) deferred++;
          },
          () => {
            pending--;
            lost++;
          },
        );
      };
      let ticks = 0;
      while (sent < n && Date.now() < deadline && exitCode === null) {
        if (ticks++ % 25 === 0) sampleRss();
        const due = Math.min(n, Math.floor(((Date.now() - started) / 1000) * rate)) - sent;
        for (let k = 0; k < due && pending < o.maxInFlight; k++) send();
        await sleep(2);
      }
      const sendSeconds = (lastSent - started) / 1000;
      // Drain: wait for the stragglers, up to lostAfterMs after the last dispatch.
      // Drain: every waiter settles by itself within lostAfterMs of its dispatch.
      while (pending > 0 && Date.now() < deadline + o.lostAfterMs) {
        sampleRss();
        await sleep(10);
      }
      if (Date.now() >= deadline || exitCode !== null) aborted = true;
      rigLoop.disable();
      latencies.sort((a, b) => a - b);
      const step: StepResult = {
        rate,
        soak,
        sent,
        answered: latencies.length + mentionsAnswered,
        lost: lost + pending + (n - sent),
        late,
        deferred,
        lateBy,
        mentions,
        mentionMax,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        max: latencies.at(-1) ?? 0,
        achievedRate: sendSeconds > 0 ? sent / sendSeconds : sent,
        seconds: (Date.now() - started) / 1000,
        peakRssMb: peak || null,
        rssAfterMb: rssOf(child.pid)?.rss ?? null,
        cpuMsPerInteraction:
          cpuBefore !== null && sent > 0 ? ((cpuMsOf(child.pid) ?? cpuBefore) - cpuBefore) / sent : null,
        heapAfterGcMb: exitCode === null ? await heapAfterGc() : null,
        rigLoopMaxMs: Math.round(rigLoop.max / 1e6),
        loadAverage: loadavg()[0] ?? 0,
      };
      steps.push(step);
      say(
        `  ${rate}/s${soak ? ' (soak)' : ''}: ${step.answered}/${step.sent} answered, p50 ${step.p50} ms, p99 ${step.p99} ms, max ${step.max} ms, RSS ${step.rssAfterMb?.toFixed(0) ?? 'n/a'} MB${late > 0 ? `; late: ${describeLate(lateBy)}` : ''}`,
      );
      if (aborted) break;
    }
    await sleep(2000);
    rssAfter = rssOf(child.pid)?.rss ?? null;
  } finally {
    peakRss = rssOf(child.pid)?.peak ?? null;
    if (exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000)]);
      if (exitCode === null) child.kill('SIGKILL');
    }
    await fake.close();
    rmSync(cwd, { recursive: true, force: true });
  }
  return {
    steps,
    total: totalOf(steps),
    rssBeforeMb: rssBefore,
    rssAfterMb: rssAfter,
    heapBeforeMb: heapBefore,
    peakRssMb: peakRss,
    violations: [...fake.violations, ...fake.unknownRoutes.map((r) => `unknown route ${r}`)],
    botWarnings,
    botExitCode: exitCode,
    aborted,
  };
}

/** `{ autocomplete: 3, 'command deferral': 40 }` → "40 command deferral, 3 autocomplete" (most first). */
export function describeLate(lateBy: Record<string, number>): string {
  return Object.entries(lateBy)
    .sort((a, b) => b[1] - a[1])
    .map(([what, n]) => `${n} ${what}`)
    .join(', ');
}

function lateOf(steps: readonly StepResult[]): Record<string, number> {
  const all: Record<string, number> = {};
  for (const s of steps) for (const [k, n] of Object.entries(s.lateBy ?? {})) all[k] = (all[k] ?? 0) + n;
  return all;
}

/** The report as a table, with the targets of issue 7 checked. */
export function formatReport(r: LoadReport): string {
  const mb = (v: number | null) => (v === null ? 'n/a' : v.toFixed(0));
  const rows = [
    [
      'rate/s',
      'sent',
      'answered',
      'lost',
      'late>3s',
      'deferred',
      'mentions',
      'p50 ms',
      'p99 ms',
      'max ms',
      'reached/s',
      'bot CPU ms/int',
      'peak RSS MB',
      'RSS after MB',
      'heap after GC MB',
      'rig loop max ms',
      'load avg',
    ],
    ...r.steps.map((s) =>
      [
        `${s.soak ? 'soak ' : ''}${s.rate}`,
        s.sent,
        s.answered,
        s.lost,
        s.late,
        s.deferred,
        s.mentions,
        s.p50,
        s.p99,
        s.max,
        s.achievedRate.toFixed(0),
        s.cpuMsPerInteraction?.toFixed(2) ?? 'n/a',
        mb(s.peakRssMb),
        mb(s.rssAfterMb),
        s.heapAfterGcMb?.toFixed(1) ?? 'n/a',
        s.rigLoopMaxMs ?? 'n/a',
        s.loadAverage?.toFixed(1) ?? 'n/a',
      ].map(String),
    ),
    [
      'total',
      r.total.sent,
      r.total.answered,
      r.total.lost,
      r.total.late,
      '',
      r.steps.reduce((a, s) => a + s.mentions, 0),
      '',
      '',
      r.total.max,
      '',
      '',
      mb(r.peakRssMb),
      mb(r.rssAfterMb),
      r.heapBeforeMb === null ? '' : `${r.heapBeforeMb.toFixed(1)} at start`,
      '',
      '',
    ].map(String),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => cell.padStart(widths[c]!)).join('  ');
  const at500 = r.steps.find((s) => s.rate === 500 && !s.soak);
  // The leak check: the bot's live heap after a full GC. With a soak, from its first step to its last
  // (the first interactions warm caches and code, a one-off few MB); else from the start to the end.
  // RSS is shown beside it, but it follows the collector's rhythm (it swings by tens of MB at a steady rate).
  const soakHeaps = r.steps.filter((s) => s.soak && s.heapAfterGcMb !== null).map((s) => s.heapAfterGcMb!);
  const heapEnd = [...r.steps].reverse().find((s) => s.heapAfterGcMb !== null)?.heapAfterGcMb ?? null;
  const [heapFrom, heapTo, limit, over] =
    soakHeaps.length >= 2
      ? [soakHeaps[0]!, soakHeaps.at(-1)!, 2, `over the ${soakHeaps.length} soak steps`]
      : [r.heapBeforeMb, heapEnd, 5, 'from start to end'];
  const growth = heapFrom !== null && heapTo !== null ? heapTo - heapFrom : null;
  const verdict = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
  const checks = [
    `${verdict(r.total.lost === 0)} nothing lost (${r.total.lost} lost)`,
    `${verdict(r.total.late === 0 && r.total.max < 3000)} every callback under 3 s (max ${r.total.max} ms${r.total.late > 0 ? `; late: ${describeLate(lateOf(r.steps))}` : ''})`,
    at500
      ? `${verdict(at500.p99 < 50)} p99 under 50 ms at 500/s (${at500.p99} ms)`
      : 'n/a  p99 at 500/s: no 500/s step in this run',
    `${growth === null ? 'n/a ' : verdict(growth < limit)} memory flat: live heap after GC ${heapFrom?.toFixed(1) ?? 'n/a'} → ${heapTo?.toFixed(1) ?? 'n/a'} MB ${over} (${growth === null ? 'n/a' : (growth >= 0 ? '+' : '') + growth.toFixed(1)} MB, limit +${limit}); ${r.heapBeforeMb?.toFixed(1) ?? 'n/a'} MB at start; RSS ${mb(r.rssBeforeMb)} MB before, ${mb(r.rssAfterMb)} MB after, peak ${mb(r.peakRssMb)} MB`,
    `${verdict(r.violations.length === 0)} fake Discord saw ${r.violations.length} problem(s)${r.violations.length ? ': ' + r.violations.slice(0, 3).join('; ') : ''}`,
    `${verdict(r.botWarnings.length === 0)} bot logged ${r.botWarnings.length} warning/error line(s)${r.botWarnings.length ? ': ' + r.botWarnings.slice(0, 2).join(' | ') : ''}`,
    `${verdict(r.botExitCode === 0)} bot stopped cleanly on SIGTERM (exit code ${r.botExitCode})`,
  ];
  return [
    line(rows[0]!),
    ...rows.slice(1).map(line),
    '',
    ...checks,
    ...(r.aborted ? ['MISS the run hit its time limit or the bot died: stopped early'] : []),
  ].join('\n');
}
