import { afterAll, describe, expect, it } from 'vitest';
import { BREAKAGES, brokenDataDir, removeDir } from './breakages.js';
import { ENTRY_POINTS, runEntry, STACK_FRAME } from './run.js';

// Each breakage, for each program that starts from the data: one clear message naming the file,
// record and field on stderr, exit code 1, no stack trace, and nothing else done.
const dirs = new Map(BREAKAGES.map((b) => [b.name, brokenDataDir(b)]));
afterAll(() => dirs.forEach(removeDir));

describe.concurrent.each(ENTRY_POINTS)('$name with broken data', ({ entry, args }) => {
  it.each(BREAKAGES)('$name: stops with a message naming $file, exit code 1, no stack trace', async (b) => {
    const dir = dirs.get(b.name)!;
    const r = await runEntry(entry, args, { SCI_DATA_DIR: dir });
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stdout).not.toMatch(STACK_FRAME);
    for (const part of b.mustName) expect(r.stderr).toContain(part);
    expect(r.stderr).toContain(dir);
    expect(r.code).toBe(1);
  });
});

describe.concurrent.each(ENTRY_POINTS)('$name with its data folder missing', ({ entry, args }) => {
  it('names every missing file, exit code 1, no stack trace', async () => {
    const r = await runEntry(entry, args, { SCI_DATA_DIR: '/nonexistent/sci-data' });
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr).toContain('data/meetings.json: the file is missing');
    expect(r.code).toBe(1);
  });
});
