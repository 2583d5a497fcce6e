/**
 * Load harness only: N copies of `src/main.ts` in HTTP mode sharing one port through Node's
 * cluster (the primary accepts and hands connections to the workers in turn). It shows on one
 * machine what several copies behind a load balancer do. Prints the workers' pids as one JSON line;
 * relays SIGTERM (graceful stop) and SIGUSR2 (the heap probe) to them; exits 0 when all exited 0.
 *
 *   COPIES=2 node dist/tests/http/cluster.js     (with DISCORD_PUBLIC_KEY, PORT, HOST set)
 */
import cluster, { type Worker } from 'node:cluster';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';

const copies = Math.max(1, Number(process.env.COPIES ?? 2));

// The compiled entry `npm start` runs; the workers get this process's flags (the heap probe).
cluster.setupPrimary({ exec: join(packageRoot(), 'dist/src/main.js'), execArgv: process.execArgv, silent: false });
const workers: Worker[] = Array.from({ length: copies }, () => cluster.fork());
const codes: (number | null)[] = [];
process.stdout.write(`${JSON.stringify({ level: 'info', msg: 'workers', pids: workers.map((w) => w.process.pid) })}\n`);

cluster.on('exit', (_worker, code) => {
  codes.push(code);
  if (codes.length === workers.length) process.exit(codes.every((c) => c === 0) ? 0 : 1);
});
for (const signal of ['SIGTERM', 'SIGINT', 'SIGUSR2'] as const) {
  process.on(signal, () => {
    for (const w of workers) if (!w.isDead()) w.process.kill(signal);
  });
}
