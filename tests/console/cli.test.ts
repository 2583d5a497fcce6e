import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { answerLine } from '../../src/console/reply-line.js';
import { choiceLimitViolations, replyLimitViolations } from '../../src/cards/limits.js';
import { testDeps } from '../helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The real `ask` CLI in a child process, as `npm run ask` starts it (compiled: `npm test` builds dist/ first). */
function run(cmd: string, args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}
const ask = (args: string[], input?: string, env?: NodeJS.ProcessEnv) =>
  run(process.execPath, ['dist/src/console/ask.js', ...args], input, env);

/** What the console's own code answers for a line, in-process: the CLI must print exactly this. */
function expected(line: string) {
  const r = answerLine(line, testDeps());
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

// Each test starts its own process, so they run side by side (`expect` from each test's context);
// a process start can take seconds on a loaded machine, hence the generous timeout.
describe.concurrent('npm run ask', { timeout: 60_000 }, () => {
  it('answers one line as a rendered card and exits 0', async ({ expect }) => {
    const r = await ask(['/project query:quikbot']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^│ .*QuikBot/m); // the embed title behind its bar
    expect(r.stdout).toMatch(/^\[1\] /m); // numbered buttons
    expect(r.stdout).not.toContain('"embeds"');
  });

  it('takes an unquoted line as separate words', async ({ expect }) => {
    const r = await ask(['/meeting', 'number:4th']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('4th JIC meeting');
  });

  it('--json prints exactly the reply payload as one line, with no mentions allowed', async ({ expect }) => {
    const r = await ask(['--json', '/project query:quikbot']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const payload = JSON.parse(lines[0]!);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(payload).toEqual(expected('/project query:quikbot'));
    expect(replyLimitViolations(payload)).toEqual([]);
  });

  it('--autocomplete prints at most 25 choices for the last option on the line', async ({ expect }) => {
    const r = await ask(['--autocomplete', '/project query:quik']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['choices']);
    expect(out.choices.length).toBeGreaterThan(0);
    expect(out.choices.length).toBeLessThanOrEqual(25);
    expect(choiceLimitViolations(out.choices)).toEqual([]);
    expect(out.choices.map((c: { name: string }) => c.name).join('\n')).toMatch(/QuikBot/i);
  });

  it('--autocomplete on an option with static choices filters them as Discord does', async ({ expect }) => {
    const r = await ask(['--autocomplete', '/meeting number:4']);
    expect(r.code).toBe(0);
    const { choices } = JSON.parse(r.stdout) as { choices: { name: string; value: number }[] };
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.every((c) => c.name.includes('4') || String(c.value).startsWith('4'))).toBe(true);
  });

  it('reads lines from stdin: one JSON line per non-blank line, in order', async ({ expect }) => {
    const lines = ['/about', '/project query:quikbot', '', '/meeting number:4', '/help'];
    const r = await ask(['--json'], lines.join('\n') + '\n');
    expect(r.code).toBe(0);
    const out = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    const asked = lines.filter((l) => l !== '');
    expect(out).toHaveLength(asked.length);
    out.forEach((payload, i) => expect(payload).toEqual(expected(asked[i]!)));
  });

  it('in a stdin batch, a bad line is reported and the rest still answered; exit 2 at the end', async ({ expect }) => {
    const r = await ask(['--json'], '/about\n/nosuch thing\n/help\n');
    expect(r.code).toBe(2);
    const out = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual(expected('/about'));
    expect(out[1].error.kind).toBe('unknown-command');
    expect(out[2]).toEqual(expected('/help'));
    expect(r.stderr).toContain('line 2: There is no command /nosuch');
  });

  it.for([
    ['an unknown command', '/nosuchcommand', /There is no command \/nosuchcommand/],
    ['an unknown option', '/project qury:quikbot', /no option `qury`.*Did you mean `query:`/],
    ['a malformed line', 'project quikbot', /starts with \//],
    ['a missing required option', '/project', /needs `query`/],
  ] as const)(
    '%s: a clear message on stderr, nothing on stdout, exit code 2',
    async ([, line, message], { expect }) => {
      const r = await ask(['--json', line]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    },
  );

  it('an unknown flag is a usage error with exit code 2', async ({ expect }) => {
    const r = await ask(['--jsn', '/about']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage:');
  });

  it('broken data: a message naming the problem on stderr, nothing on stdout, exit code 1', async ({ expect }) => {
    const empty = mkdtempSync(join(tmpdir(), 'sci-no-data-'));
    try {
      const r = await ask(['--json', '/about'], undefined, { SCI_DATA_DIR: empty });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/not valid[\s\S]*meetings\.json: the file is missing/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('a reader that stops early (`| head -3`) ends the run quietly: exit 0, no EPIPE trace', async ({ expect }) => {
    // Many lines on stdin, and the parent closes its end of stdout after the first chunk, as `head` does: every
    // later write meets a closed pipe.
    const lines = Array.from({ length: 400 }, () => '/ask question:who signed with keppel').join('\n');
    const r = await new Promise<Run>((resolve, reject) => {
      const child = spawn(process.execPath, ['dist/src/console/ask.js', '--explain'], {
        cwd: root,
        env: { ...process.env, NO_COLOR: '1' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.once('data', (d: Buffer) => {
        stdout += d.toString();
        child.stdout.destroy();
      });
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.on('error', () => {}); // the child may be gone before all of stdin is written
      child.stdin.end(lines);
    });
    expect(r.stdout).toContain('question:');
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.code).toBe(0);
  });

  it('through npm --silent, --json output is only the JSON line', async ({ expect }) => {
    const r = await run('npm', ['run', '--silent', 'ask', '--', '--json', '/about']);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout)).toEqual(expected('/about'));
  });
});
