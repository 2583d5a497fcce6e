/**
 * The start-up snapshot (src/snapshot.ts) and the bundled `ask` (dist/ask.js) the build writes:
 * answering from them gives exactly what validating and indexing the data at start-up gives; a
 * snapshot is only used for the data texts it was made from, so an edited data file is answered
 * as edited (and broken data is still refused); and the bundle answers as the unbundled entry does.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFileNames, dataFiles, defaultDataDir, parseDataset, readDataTexts } from '../../src/dataset/index.js';
import { buildDeps } from '../../src/deps.js';
import { answerLine, autocompleteLine } from '../../src/console/reply-line.js';
import { codeStamp, depsFromSnapshot, hashDataTexts, readSnapshot, type Snapshot } from '../../src/snapshot.js';
import { makeSnapshot } from '../../src/snapshot-build.js';
import type { Deps } from '../../src/command.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TMP = mkdtempSync(join(tmpdir(), 'sci-snapshot-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const LINES = [
  '/project query:quikbot',
  '/project query:kepel',
  '/mou query:capitaland',
  '/partner name:北京大學',
  '/partners country:China',
  '/totals meeting:3',
  '/meeting number:4',
  '/search query:energy storage',
  '/ask question:who signed an MOU with Keppel?',
  '/ask question:第四次会议签了多少个合作备忘录',
  '/help',
];
const COMPLETIONS = ['/project query:quik', '/partner name:nt', '/mou query:深圳'];

function texts() {
  const t = readDataTexts(defaultDataDir());
  if (!t.ok) throw new Error('data unreadable');
  return t.value;
}

function answers(deps: Deps) {
  return [
    ...LINES.map((l) => answerLine(l, deps)),
    ...LINES.map((l) => answerLine(l, deps, undefined, 'zh-TW')),
    ...COMPLETIONS.map((l) => autocompleteLine(l, deps)),
  ];
}

describe('the start-up snapshot', () => {
  // (The whole-set tests here answer every question, or run three processes over them: never timing tests.)
  it(
    'read back from its JSON, answers exactly as the data validated and indexed at start-up does',
    { timeout: 120_000 },
    () => {
      const made = makeSnapshot(texts());
      if (!made.ok) throw new Error('data invalid');
      const snapshot = JSON.parse(JSON.stringify(made.value.snapshot)) as Snapshot;
      const fromSnapshot = depsFromSnapshot(snapshot, texts());
      expect(fromSnapshot).not.toBeNull();
      const parsed = parseDataset(texts());
      if (!parsed.ok) throw new Error('data invalid');
      expect(answers(fromSnapshot!)).toEqual(answers(buildDeps(parsed.value)));
    },
  );

  it('is refused for any other data text, however small the change', () => {
    const made = makeSnapshot(texts());
    if (!made.ok) throw new Error('data invalid');
    const edited = { ...texts(), projects: texts().projects.replace('QuikBot', 'QuikBoT') };
    expect(edited.projects).not.toBe(texts().projects);
    expect(depsFromSnapshot(made.value.snapshot, edited)).toBeNull();
    expect(depsFromSnapshot({ ...made.value.snapshot, version: 0 as never }, texts())).toBeNull();
  });

  it('reads the very files the schemas validate', () => {
    expect(dataFileNames).toEqual(Object.fromEntries(Object.entries(dataFiles).map(([k, v]) => [k, v.file])));
  });

  it('the build wrote one for the data as it is now (dist/snapshot.json), made by the compiled code as it is now', () => {
    const snapshot = readSnapshot(join(ROOT, 'dist', 'snapshot.json'));
    expect(snapshot?.dataHash).toBe(hashDataTexts(texts()));
    expect(snapshot?.code?.hash).toBe(codeStamp(join(ROOT, 'dist')).hash);
  });

  it('is not used by other compiled code (tsc run by hand after the build), and is when tsc only wrote the same code again', () => {
    const made = makeSnapshot(texts());
    if (!made.ok) throw new Error('data invalid');
    const dist = join(TMP, 'code', 'dist');
    mkdirSync(join(dist, 'src'), { recursive: true });
    mkdirSync(join(dist, 'commands'), { recursive: true });
    writeFileSync(join(dist, 'src', 'schema.js'), 'export const v = 1;\n');
    writeFileSync(join(dist, 'commands', 'about.js'), 'export const about = 1;\n');
    writeFileSync(join(dist, '.tsbuildinfo'), '{}');
    const file = join(dist, 'snapshot.json');
    writeFileSync(file, JSON.stringify({ ...made.value.snapshot, code: codeStamp(dist) }));
    expect(readSnapshot(file)?.dataHash).toBe(hashDataTexts(texts()));
    // tsc again, the same code: another build-info time, the same hash.
    utimesSync(join(dist, '.tsbuildinfo'), new Date(), new Date(Date.now() + 5000));
    expect(readSnapshot(file)).not.toBeNull();
    // tsc again, changed code: refused.
    writeFileSync(join(dist, 'src', 'schema.js'), 'export const v = 2;\n');
    utimesSync(join(dist, '.tsbuildinfo'), new Date(), new Date(Date.now() + 10_000));
    expect(readSnapshot(file)).toBeNull();
    // A snapshot without a code stamp (made from the sources) is never read by a program.
    writeFileSync(file, JSON.stringify(made.value.snapshot));
    expect(readSnapshot(file)).toBeNull();
  });
});

/** Runs a compiled `ask` entry (`dist/ask.js`, the bundle `npm run ask` runs, or the unbundled one). */
function ask(entry: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(ROOT, 'dist', entry), ...args], {
    cwd: TMP,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
}

describe('the compiled ask, from the snapshot', () => {
  it('an edited data file is answered as edited: the snapshot of the old data is not used', () => {
    const dir = join(TMP, 'edited');
    cpSync(defaultDataDir(), dir, { recursive: true });
    const file = join(dir, 'projects.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('deep-tech logistics delivery system', 'parcel robots'));
    const before = ask('ask.js', ['--json', '/project query:quikbot']);
    const after = ask('ask.js', ['--json', '/project query:quikbot'], { SCI_DATA_DIR: dir });
    expect(before.status).toBe(0);
    expect(after.status).toBe(0);
    const title = (r: typeof before) => (JSON.parse(r.stdout) as { embeds: { title: string }[] }).embeds[0]!.title;
    expect(title(before)).toContain('deep-tech logistics delivery system');
    expect(title(after)).toContain('parcel robots');
    expect(title(after)).not.toContain('deep-tech');
  });

  it('broken data is still refused with the data error, snapshot or not', () => {
    const dir = join(TMP, 'broken');
    cpSync(defaultDataDir(), dir, { recursive: true });
    writeFileSync(join(dir, 'mous.json'), '[{"id": "Not An Id"}]');
    const r = ask('ask.js', ['--json', '/about'], { SCI_DATA_DIR: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^The data in .* is not valid/);
    expect(r.stderr).toContain('data/mous.json');
  });

  it('the bundle (dist/ask.js) answers every line as the unbundled entry does', { timeout: 120_000 }, () => {
    const input = [...LINES, 'what is quikbot?'].join('\n');
    const run = (entry: string, args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'dist', entry), ...args], {
        cwd: TMP,
        input,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
    for (const args of [['--json'], ['--json', '--locale', 'zh-CN'], ['--autocomplete']]) {
      const bundled = run('ask.js', args);
      const unbundled = run('src/console/ask.js', args);
      expect(bundled.stdout.split('\n').length).toBeGreaterThan(LINES.length);
      expect(bundled.stdout).toBe(unbundled.stdout);
      expect(bundled.status).toBe(unbundled.status);
    }
  });
});
