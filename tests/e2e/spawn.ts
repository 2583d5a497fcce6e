import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
/** An empty working directory: no developer's .env can leak into these runs. */
const CWD = mkdtempSync(join(tmpdir(), 'sci-service-e2e-'));

export interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  /** stdout's JSON log lines, parsed (other lines skipped). */
  logs: () => { level: string; msg: string; [k: string]: unknown }[];
}

const running = new Set<ChildProcess>();

/** Runs a compiled entry (`src/main.ts` → `dist/src/main.js`; `npm test` builds dist/ first) with only `env`. */
export function runCompiled(script: string, env: Record<string, string>, args: string[] = []): Run {
  const child = spawn(process.execPath, [join(ROOT, 'dist', script.replace(/\.ts$/, '.js')), ...args], {
    cwd: CWD,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? CWD, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((res) =>
    child.on('close', (code) => {
      running.delete(child);
      res(code);
    }),
  );
  const logs = () =>
    out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { level: string; msg: string });
  return { child, stdout: () => out, stderr: () => err, exited, logs };
}

/** Kills whatever is still running (afterAll). */
export function killAll() {
  for (const child of running) child.kill('SIGKILL');
}
