import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
/** A working directory with no `.env`, so a developer's real token can never be picked up by a test. */
const CWD = mkdtempSync(join(tmpdir(), 'sci-cwd-'));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript entry point the way npm does (tsx), with stdin closed, bounded in time. */
export function runEntry(entry: string, args: string[], env: Record<string, string | undefined>, timeoutMs = 30_000): Promise<RunResult> {
  return new Promise((done, fail) => {
    const baseEnv = { ...process.env };
    delete baseEnv.DISCORD_TOKEN;
    const child = spawn(TSX, [join(ROOT, entry), ...args], {
      cwd: CWD,
      env: { ...baseEnv, NO_COLOR: '1', ...env } as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/** The programs that load the data at start-up; each is added once its file exists. */
export const ENTRY_POINTS = [
  { name: 'npm run check-data', entry: 'src/dataset/check.ts', args: [] as string[], needs: 'src/dataset/check.ts' },
  { name: 'npm run ask', entry: 'src/console/ask.ts', args: ['/about'], needs: 'src/console/ask.ts' },
  { name: 'npm start (no token: the console)', entry: 'src/main.ts', args: [], needs: 'src/console/repl.ts' },
].filter((e) => existsSync(join(ROOT, e.needs)));

/** A line of a stack trace: what a user must never see. */
export const STACK_FRAME = /^\s+at\s/m;
