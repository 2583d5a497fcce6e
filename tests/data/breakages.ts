import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDataDir } from '../../src/dataset/index.js';

/** One way a curator can break the data, and what the start-up message must name to find it again. */
export interface Breakage {
  name: string;
  file: string;
  /** The broken text, or null to delete the file. */
  edit: (text: string) => string | null;
  /** Every one of these must appear in the message: the file, the record, the field. */
  mustName: string[];
}

type Row = Record<string, any>;
/** Edits one record of a JSON array file as a person would in an editor (pretty-printed on save). */
const record = (id: string, change: (r: Row) => void) => (text: string) =>
  JSON.stringify(
    (JSON.parse(text) as Row[]).map((r) => (r.id === id ? (change(r), r) : r)),
    null,
    2,
  );

export const BREAKAGES: Breakage[] = [
  { name: 'invalid JSON (a cut-off file)', file: 'mous.json', edit: (t) => t.slice(0, Math.floor(t.length / 2)), mustName: ['data/mous.json', 'not valid JSON'] },
  { name: 'a trailing comma', file: 'meetings.json', edit: (t) => t.replace(/\]\s*$/, ',]'), mustName: ['data/meetings.json', 'not valid JSON'] },
  { name: 'an empty file', file: 'sources.json', edit: () => '', mustName: ['data/sources.json', 'empty'] },
  { name: 'a missing file', file: 'projects.json', edit: () => null, mustName: ['data/projects.json', 'missing'] },
  { name: 'not an array', file: 'organisations.json', edit: () => '{"id": "ntu"}', mustName: ['data/organisations.json'] },
  { name: 'null', file: 'initiative.json', edit: () => 'null', mustName: ['data/initiative.json'] },
  { name: 'a missing field', file: 'organisations.json', edit: record('ntu', (r) => delete r.country), mustName: ['data/organisations.json', 'organisation "ntu"', 'country'] },
  { name: 'a wrong type', file: 'meetings.json', edit: record('jic-1', (r) => (r.number = 'one')), mustName: ['data/meetings.json', 'meeting "jic-1"', 'number'] },
  { name: 'an unknown field (a typo)', file: 'projects.json', edit: record('prj-fooyo-olin', (r) => ((r.partner = r.partners), delete r.partners)), mustName: ['data/projects.json', 'project "prj-fooyo-olin"', 'partner'] },
  { name: 'a dangling reference', file: 'mous.json', edit: record('mou-keppel-pku', (r) => (r.parties[1] = { org: 'pku2' })), mustName: ['data/mous.json', 'mou "mou-keppel-pku"', 'parties[1]', 'pku2'] },
  { name: 'a duplicate alias', file: 'organisations.json', edit: record('nus-business-school', (r) => r.aliases.push('N.U.S.')), mustName: ['data/organisations.json', 'organisation "nus-business-school"', 'aliases[', 'N.U.S.'] },
  { name: 'a duplicate id', file: 'projects.json', edit: (t) => { const rows = JSON.parse(t) as Row[]; return JSON.stringify([...rows, rows[0]]); }, mustName: ['data/projects.json', 'id', 'used twice'] },
  { name: 'a bad date', file: 'meetings.json', edit: record('jic-1', (r) => (r.date.value = '2020-02-30x')), mustName: ['data/meetings.json', 'meeting "jic-1"', 'date.value'] },
  { name: 'a record citing no source', file: 'projects.json', edit: record('prj-fooyo-olin', (r) => (r.sources = [])), mustName: ['data/projects.json', 'project "prj-fooyo-olin"', 'sources'] },
  { name: 'a source that does not exist', file: 'organisations.json', edit: record('ntu', (r) => (r.sources = ['no-such-source.txt'])), mustName: ['data/organisations.json', 'organisation "ntu"', 'sources[0]', 'no-such-source.txt'] },
  // A byte-order mark alone is read past (tests/dataset/validation.test.ts); behind it, broken JSON is still named.
  { name: 'a byte-order mark before a cut-off file', file: 'sources.json', edit: (t) => '\uFEFF' + t.slice(0, -20), mustName: ['data/sources.json', 'not valid JSON'] },
];

/** A private copy of data/ with one breakage applied; the caller removes it. */
export function brokenDataDir(b: Breakage): string {
  const dir = mkdtempSync(join(tmpdir(), 'sci-bad-data-'));
  cpSync(defaultDataDir(), dir, { recursive: true });
  const path = join(dir, b.file);
  const broken = b.edit(readFileSync(path, 'utf8'));
  if (broken === null) unlinkSync(path);
  else writeFileSync(path, broken);
  return dir;
}

export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });
