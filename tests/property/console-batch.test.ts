import fc from 'fast-check';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { commandDefinitions } from '../../src/router.js';
import type { ReplyData } from '../../src/reply.js';
import { testDeps } from '../helpers.js';
import { ROOT, STACK_FRAME } from '../data/run.js';
import { datasetWords, hostileString, leafOptions, SEED } from './arbitraries.js';
import { assertValidChoices, assertValidReply } from './check.js';

// The console edge: hundreds of hostile lines piped into `npm run ask -- --json` (and --autocomplete).
// Output line N answers input line N, as a reply within Discord's limits or an {"error"} line; never a
// crash, a stack trace, or the "internal" error kind (a handler that threw).
const words = datasetWords(testDeps().dataset);
const defs = commandDefinitions(testDeps());
const LINES = 300;

/** A value typed for one option: hostile text for text options, sometimes the wrong kind for the rest. */
const typedValue = (o: ReturnType<typeof leafOptions>[number]): fc.Arbitrary<string> =>
  o.type === ApplicationCommandOptionType.String
    ? hostileString(words)
    : o.type === ApplicationCommandOptionType.Boolean
      ? fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom('true', 'false', 'yes', 'no') },
          { weight: 1, arbitrary: hostileString(words) },
        )
      : fc.oneof(
          { weight: 4, arbitrary: fc.integer({ min: -5, max: 120 }).map(String) },
          { weight: 1, arbitrary: hostileString(words) },
        );

/** A command with each of its options present or not, or a line that is anything at all. */
const commandLine = fc.constantFrom(...defs).chain((def) =>
  fc
    .tuple(
      ...leafOptions(def.options).map((o) =>
        fc.option(
          typedValue(o).map((v) => `${o.name}:${v}`),
          { nil: undefined },
        ),
      ),
    )
    .map((parts) => `/${def.name} ${parts.filter((p) => p !== undefined).join(' ')}`),
);
const line = fc
  .oneof(
    { weight: 6, arbitrary: commandLine },
    { weight: 1, arbitrary: hostileString(words) },
    { weight: 1, arbitrary: hostileString(words).map((s) => `/${s}`) },
  )
  // One input line each: no line breaks inside, and no blank lines (the CLI may skip those).
  .map((s) => s.replace(/[\r\n\u2028\u2029\u0085]/g, ' ').trim())
  .filter((s) => s !== '');

function runAsk(args: string[], input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.DISCORD_TOKEN;
    delete env.SCI_DATA_DIR;
    const child = spawn(process.execPath, [join(ROOT, 'dist/src/console/ask.js'), ...args], {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', fail);
    child.on('close', (code) => (clearTimeout(timer), done({ code, stdout, stderr })));
    child.stdin.end(input);
  });
}

describe.concurrent('npm run ask with hostile lines on stdin', () => {
  const lines = fc.sample(line, { numRuns: LINES, ...(SEED !== undefined ? { seed: SEED } : {}) });

  it(`--json: ${LINES} lines in, ${LINES} JSON lines out, each a valid reply or a reading error`, async () => {
    const r = await runAsk(['--json'], lines.join('\n') + '\n');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect([0, 2]).toContain(r.code);
    const out = r.stdout.split('\n').filter((l) => l !== '');
    expect(out).toHaveLength(lines.length);
    let answered = 0;
    out.forEach((text, i) => {
      const value = JSON.parse(text) as ReplyData | { error: { kind?: string } };
      if ('error' in value) expect(value.error.kind, `line ${i + 1}: ${lines[i]}`).not.toBe('internal');
      else {
        assertValidReply(value, `line ${i + 1}: ${lines[i]!.slice(0, 120)}`);
        answered++;
      }
    });
    // Most lines are commands with odd values: they must reach the handlers, not all stop at the parser.
    expect(answered).toBeGreaterThan(LINES / 3);
  }, 90_000);

  it(`--autocomplete: ${LINES} lines in, ${LINES} JSON lines out, each valid choices or a reading error`, async () => {
    const r = await runAsk(['--autocomplete'], lines.join('\n') + '\n');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect([0, 2]).toContain(r.code);
    const out = r.stdout.split('\n').filter((l) => l !== '');
    expect(out).toHaveLength(lines.length);
    out.forEach((text, i) => {
      const value = JSON.parse(text) as
        { choices: { name: string; value: string | number }[] } | { error: { kind?: string } };
      if ('error' in value) expect(value.error.kind, `line ${i + 1}: ${lines[i]}`).not.toBe('internal');
      // An integer option's own choices carry numbers, as Discord's do; the limits are the same.
      else
        assertValidChoices(
          value.choices.map((c) => ({ name: c.name, value: String(c.value) })),
          `line ${i + 1}: ${lines[i]!.slice(0, 120)}`,
        );
    });
  }, 90_000);

  // What the terminal shows: with NO_COLOR, not one control character the bot did not mean (an ESC
  // from typed text could recolour the screen, set the window title or clear it), on stdout or stderr.
  it(`human mode: ${LINES} lines in, no control character typed in comes back out to the terminal`, async () => {
    const hazards = ['\u001b[31m', '\u001b]0;title\u0007', '\u001b[2J', '\u0008', '\u007f'];
    const hostile = lines.map((l, i) => (i % 3 === 0 ? l + hazards[i % hazards.length] : l));
    const r = await runAsk([], hostile.join('\n') + '\n');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect([0, 2]).toContain(r.code);
    const control = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
    const where = (text: string) => text.split('\n').find((l) => control.test(l));
    expect(where(r.stdout), 'stdout').toBeUndefined();
    expect(where(r.stderr), 'stderr').toBeUndefined();
  }, 90_000);
});
