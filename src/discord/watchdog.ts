import { Worker } from 'node:worker_threads';

/**
 * Deferral that works even while the main thread cannot run: a small worker thread holds each
 * pending interaction's deadline and, if the main thread has not sent a first response by then,
 * sends the deferral itself (one HTTP POST to the interaction callback, which needs no token).
 * A handler that computes synchronously for 3.5 s, or a burst queued behind other work, therefore
 * still gets its "thinking…" within Discord's 3 s, and its answer follows as an edit.
 *
 * Who sends the first response is decided by one compare-and-swap on a shared word per interaction,
 * so the main thread and the watchdog can never both send one.
 */

/** What the watchdog sends at the deadline: 5 "thinking…" (a command), 6 "deferred update" (a click). */
export interface Deferral {
  id: string;
  token: string;
  /** Epoch ms at which to defer if nobody has answered. */
  deferAt: number;
  type: 5 | 6;
  /** Type 5 only: the "thinking…" message is private (the answer will be). */
  ephemeral: boolean;
}

/** One interaction's first response, shared between the main thread and the watchdog. */
export interface FirstResponse {
  /** The main thread takes the first response; false if the watchdog has already begun deferring. */
  claim(): boolean;
  /** After a lost claim: whether Discord accepted the watchdog's deferral. */
  settled(): Promise<'deferred' | 'failed'>;
  /** Done with this interaction: its slot can be reused. */
  release(): void;
}

export interface Watchdog {
  /** Null when no slot is free (more than `slots` interactions pending): the caller falls back to a timer. */
  watch(d: Deferral): FirstResponse | null;
  /** Messages from the watchdog (a deferral sent, failed, retried), for the log. */
  onEvent(listener: (e: WatchdogEvent) => void): void;
  close(): Promise<void>;
}

export type WatchdogEvent =
  | { kind: 'deferred'; id: string; late_ms: number }
  | { kind: 'defer-failed'; id: string; status: number | null; error?: string };

// A slot's word: generation × 8 + status. The generation makes a reused slot a different word, so a
// stale deadline in the worker can never defer the slot's next occupant.
const FREE = 0;
const ARMED = 1;
const MAIN = 2;
const SENDING = 3;
const DEFERRED = 4;
const FAILED = 5;
const GENERATIONS = 1 << 27; // word stays a positive int32

// Plain JavaScript, run with `eval`: the same code whether the bot runs compiled or under tsx/vitest.
const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const state = new Int32Array(workerData.shared);
const base = new URL(workerData.api.replace(/\/?$/, '/'));
const lib = require(base.protocol === 'https:' ? 'node:https' : 'node:http');
const agent = new lib.Agent({ keepAlive: true, maxSockets: 256 });
const pending = new Map();
let timer = null;

parentPort.on('message', (m) => {
  if (m === 'close') { clearTimeout(timer); agent.destroy(); parentPort.close(); return; }
  pending.set(m.slot, m);
  if (!timer) timer = setTimeout(tick, 0);
});

function tick() {
  timer = null;
  const now = Date.now();
  let next = Infinity;
  for (const [slot, m] of pending) {
    if (Atomics.load(state, slot) !== m.word) { pending.delete(slot); continue; }
    if (m.deferAt > now) { next = Math.min(next, m.deferAt); continue; }
    pending.delete(slot);
    const gen = m.word - ${ARMED};
    if (Atomics.compareExchange(state, slot, m.word, gen + ${SENDING}) === m.word) send(slot, gen, m, 0);
  }
  if (pending.size > 0) timer = setTimeout(tick, Math.max(1, Math.min(next - Date.now(), 50)));
}

function finish(slot, gen, status) {
  Atomics.store(state, slot, gen + status);
  Atomics.notify(state, slot);
}

function send(slot, gen, m, attempt) {
  const body = JSON.stringify(m.type === 5 && m.ephemeral ? { type: 5, data: { flags: 64 } } : { type: m.type });
  const url = new URL('v10/interactions/' + m.id + '/' + encodeURIComponent(m.token) + '/callback', base);
  const req = lib.request(url, { method: 'POST', agent, timeout: 2500, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'DiscordBot (sci-bot, watchdog)' } }, (res) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (c) => { text += c; });
    res.on('end', () => {
      if (res.statusCode >= 200 && res.statusCode < 300) {
        finish(slot, gen, ${DEFERRED});
        parentPort.postMessage({ kind: 'deferred', id: m.id, late_ms: Date.now() - m.deferAt });
        return;
      }
      // Rate limited with time to spare before Discord's 3 s: wait as told, once.
      const retry = Number(res.headers['retry-after']);
      if (res.statusCode === 429 && attempt === 0 && Number.isFinite(retry) && Date.now() + retry * 1000 < m.deferAt + 400) {
        setTimeout(() => send(slot, gen, m, 1), retry * 1000);
        return;
      }
      finish(slot, gen, ${FAILED});
      parentPort.postMessage({ kind: 'defer-failed', id: m.id, status: res.statusCode, error: text.slice(0, 200) });
    });
  });
  req.on('timeout', () => req.destroy(new Error('timed out')));
  req.on('error', (err) => {
    finish(slot, gen, ${FAILED});
    parentPort.postMessage({ kind: 'defer-failed', id: m.id, status: null, error: String(err && err.message) });
  });
  req.end(body);
}
`;

// Atomics.waitAsync is in Node 16+, but in TypeScript's ES2024 lib, past this project's ES2023 target.
const waitAsync = (
  Atomics as unknown as {
    waitAsync(a: Int32Array, i: number, v: number, t: number): { value: Promise<unknown> | string };
  }
).waitAsync;

/**
 * Starts the watchdog thread. `api` is the REST base without the version (discord.js `rest.api`).
 * `slots` bounds how many interactions it watches at once (4 bytes each, shared).
 */
export function startWatchdog(options: { api: string; slots?: number }): Watchdog {
  const slots = options.slots ?? 16_384;
  const shared = new SharedArrayBuffer(slots * 4);
  const state = new Int32Array(shared);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { shared, api: options.api },
    // Its young generation kept small: the thread holds a few deadlines and sockets, and an isolate's
    // default nursery is most of what it would cost in resident memory. No cap on the old generation
    // (a burst of thousands pending must never stop the thread that defers them).
    resourceLimits: { maxYoungGenerationSizeMb: 2 },
  });
  worker.unref(); // it never keeps the process alive on its own
  const listeners: ((e: WatchdogEvent) => void)[] = [];
  let alive = true;
  worker.on('message', (e: WatchdogEvent) => {
    for (const l of listeners) l(e);
  });
  worker.on('error', () => (alive = false));
  worker.on('exit', () => (alive = false));
  let seq = 0;

  return {
    watch(d) {
      if (!alive) return null;
      // The next free slot, in order; a slot still busy from long ago is skipped.
      for (let tries = 0; tries < slots; tries++) {
        const slot = seq % slots;
        const gen = (Math.floor(seq / slots) % GENERATIONS) * 8;
        seq++;
        const current = Atomics.load(state, slot);
        if (current % 8 !== FREE) continue;
        const word = gen + ARMED;
        if (Atomics.compareExchange(state, slot, current, word) !== current) continue;
        worker.postMessage({
          slot,
          word,
          id: d.id,
          token: d.token,
          deferAt: d.deferAt,
          type: d.type,
          ephemeral: d.ephemeral,
        });
        return {
          claim: () => Atomics.compareExchange(state, slot, word, gen + MAIN) === word,
          async settled() {
            for (;;) {
              const now = Atomics.load(state, slot);
              if (now === gen + DEFERRED) return 'deferred';
              if (now !== gen + SENDING) return 'failed';
              await waitAsync(state, slot, now, 5000).value;
            }
          },
          release: () => {
            // Only this interaction's word is freed (compare-and-swap on any of its statuses).
            const now = Atomics.load(state, slot);
            if (now - (now % 8) === gen && now % 8 !== SENDING) Atomics.compareExchange(state, slot, now, gen + FREE);
          },
        };
      }
      return null;
    },
    onEvent: (l) => void listeners.push(l),
    async close() {
      alive = false;
      worker.postMessage('close');
      await worker.terminate();
    },
  };
}
