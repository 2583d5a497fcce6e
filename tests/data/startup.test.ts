import { afterAll, describe, expect, it } from 'vitest';
import { BREAKAGES, brokenDataDir, removeDir } from './breakages.js';
import { ENTRY_POINTS, runEntry, STACK_FRAME } from './run.js';

// Each breakage, for each program that starts from the data: one clear message naming the file,
// record and field on stderr, exit code 1, no stack trace, and nothing else done.
const dirs = new Map(BREAKAGES.map((b) => [b.name, brokenDataDir(b)]));
afterAll(() => dirs.forEach(removeDir));

const REPRESENTATIVE = new Set(['invalid JSON (a cut-off file)', 'a missing file', 'a missing field', 'a dangling reference', 'a duplicate alias']);

const cases = ENTRY_POINTS.flatMap((e) => BREAKAGES.filter((b) => e.full || REPRESENTATIVE.has(b.name)).map((b) => ({ ...e, program: e.name, b })));

// One flat concurrent list, so the child processes overlap across programs too; a process start can take
// seconds while other test files run beside it, hence the generous timeout.
describe.concurrent('broken data at start-up', { timeout: 60_000 }, () => {
  it.each(cases)('$program, $b.name: stops with a message naming $b.file, exit code 1, no stack trace', async ({ entry, args, env, b }) => {
    const dir = dirs.get(b.name)!;
    const r = await runEntry(entry, args, { ...env, SCI_DATA_DIR: dir });
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stdout).not.toMatch(STACK_FRAME);
    for (const part of b.mustName) expect(r.stderr).toContain(part);
    expect(r.stderr).toContain(dir);
    expect(r.code).toBe(1);
  });

  it.each(ENTRY_POINTS)('$name, data folder missing: names every missing file, exit code 1, no stack trace', async ({ entry, args, env }) => {
    const r = await runEntry(entry, args, { ...env, SCI_DATA_DIR: '/nonexistent/sci-data' });
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr).toContain('data/meetings.json: the file is missing');
    expect(r.code).toBe(1);
  });
});
