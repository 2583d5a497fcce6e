import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** A working directory with no `.env`, so a developer's real token can never be picked up by a test. */
const CWD = mkdtempSync(join(tmpdir(), 'sci-cwd-'));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs an entry point as npm does: the file under dist/ its npm script runs (`npm test` builds it first; `ask` and
 * `start` run esbuild's bundles), with stdin closed, bounded in time.
 */
export function runEntry(entry: string, args: string[], env: Record<string, string | undefined>, timeoutMs = 30_000): Promise<RunResult> {
  return new Promise((done, fail) => {
    const baseEnv = { ...process.env };
    delete baseEnv.DISCORD_TOKEN;
    const child = spawn(process.execPath, [join(ROOT, 'dist', entry), ...args], {
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

/** Shaped like a bot token, so start-up gets past the environment check; it is never sent anywhere. */
const FAKE_TOKEN = 'MTExMTExMTExMTExMTExMTEx.GfAkE1.bad_data_fake_token_0123456';

/**
 * The programs that load the data at start-up; each is added once its file exists. `full` runs every
 * breakage; the others share the loader, so a representative few prove they use it and stop cleanly.
 */
export const ENTRY_POINTS = [
  { name: 'npm run check-data', entry: 'src/dataset/check.js', args: [] as string[], env: {}, needs: 'src/dataset/check.ts', full: true },
  { name: 'npm run ask', entry: 'ask.js', args: ['/about'], env: {}, needs: 'src/console/ask.ts', full: false },
  { name: 'npm start (no token: the console)', entry: 'main.js', args: ['--console'], env: {}, needs: 'src/console/repl.ts', full: false },
  // With a token the data must be checked before connecting; the API URL is a closed local port, so
  // even if that order ever changed nothing would leave this machine.
  { name: 'npm start (with a token: the bot)', entry: 'main.js', args: [], env: { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: 'http://127.0.0.1:9/api' }, needs: 'src/discord/bot.ts', full: false },
].filter((e) => existsSync(join(ROOT, e.needs)));

/** A line of a stack trace: what a user must never see. */
export const STACK_FRAME = /^\s+at\s/m;
