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

/**
 * The compiled file a source entry runs as: `src/main.ts` → `dist/main.js` (its bundle: what `npm start`
 * runs), anything else → its tsc output (`tests/e2e/blocking-bot.ts` → `dist/tests/e2e/blocking-bot.js`).
 */
export function compiledEntry(script: string): string {
  return script === 'src/main.ts' ? join(ROOT, 'dist', 'main.js') : join(ROOT, 'dist', script.replace(/\.ts$/, '.js'));
}

/**
 * Runs a compiled entry (`compiledEntry`; `npm test` builds dist/ first) with only `env`; stdin is
 * closed unless `stdin` is 'pipe' (a console test types into it).
 */
export function runCompiled(
  script: string,
  env: Record<string, string>,
  args: string[] = [],
  stdin: 'ignore' | 'pipe' = 'ignore',
): Run {
  const child = spawn(process.execPath, [compiledEntry(script), ...args], {
    cwd: CWD,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? CWD, ...env },
    stdio: [stdin, 'pipe', 'pipe'],
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
