import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Definition, Deps } from './command.js';
import type { DataFileKey, RawData } from './dataset/index.js';
import { linkDataset } from './dataset/dataset.js';
import { packageRoot } from './paths.js';
import { createSearchEngine } from './search/index.js';
import { deserialiseIndex, type SerialisedIndex } from './search/snapshot.js';

/**
 * The start-up snapshot: what is deterministic from `data/` (the data as validated by its zod
 * schemas and cross-checked, the search index built over it, and the commands' definitions built
 * from it), computed by `npm run build`
 * into `dist/snapshot.json`, with the hash of the data texts it was computed from.
 *
 * A program starting reads the data texts as before and hashes them: when the hash is the
 * snapshot's, the texts are the very ones the build validated with the same compiled code, so
 * validating and indexing them again would give what the snapshot holds, and it is used as is.
 * Any other text (an edited file, SCI_DATA_DIR elsewhere, no snapshot) takes the full path:
 * validated by zod, cross-checked, indexed. Only compiled code reads the snapshot the build wrote
 * beside it; under tsx or vitest the sources always take the full path. Reading one loads no
 * schema (zod): src/snapshot-build.ts makes them.
 */
export interface Snapshot {
  version: typeof SNAPSHOT_VERSION;
  /** sha256 over the data files' names and texts, in `dataFiles` order. */
  dataHash: string;
  /** The compiled code that made it (absent: made from the sources, as tests do; never read by a program). */
  code?: CodeStamp;
  data: RawData;
  index: SerialisedIndex;
  /** The commands' definitions built from the data (what Discord registers; the console parses lines by them). */
  definitions: readonly Definition[];
}

export const SNAPSHOT_VERSION = 3;

export function hashDataTexts(texts: Record<DataFileKey, string>): string {
  const hash = createHash('sha256');
  for (const [key, text] of Object.entries(texts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    hash.update(`${key}\u0000${text.length}\u0000${text}\u0000`);
  return hash.digest('hex');
}

/** The Deps a snapshot holds, when it was made from exactly these texts; null otherwise. */
export function depsFromSnapshot(snapshot: Snapshot, texts: Record<DataFileKey, string>): Deps | null {
  if (snapshot.version !== SNAPSHOT_VERSION || snapshot.dataHash !== hashDataTexts(texts)) return null;
  const dataset = linkDataset(snapshot.data);
  return {
    dataset,
    search: createSearchEngine(dataset, deserialiseIndex(snapshot.index)),
    definitions: snapshot.definitions,
  };
}

/** Where the build writes the snapshot; null when running from the TypeScript sources (which never read it). */
export function snapshotFile(): string | null {
  return import.meta.url.endsWith('.ts') ? null : join(packageRoot(), 'dist', 'snapshot.json');
}

/**
 * Which compiled code a snapshot was made by: a sha256 over the compiled modules (dist/src,
 * dist/commands: what validates, links, indexes and defines), and the time tsc last wrote its
 * build info. Running tsc by hand changes the code without rewriting the snapshot; a program then
 * sees a different build-info time (one stat) and compares the code's hash (~6 ms), so a snapshot
 * made by other code is never used.
 */
export interface CodeStamp {
  hash: string;
  builtAtMs: number;
}

const compiledDirs = (dist: string) => [join(dist, 'src'), join(dist, 'commands')];

/** The stamp of the compiled code in `dist` now. */
export function codeStamp(dist: string = join(packageRoot(), 'dist')): CodeStamp {
  return { hash: hashCompiledCode(dist), builtAtMs: buildInfoTime(dist) };
}

function buildInfoTime(dist: string): number {
  try {
    return statSync(join(dist, '.tsbuildinfo')).mtimeMs;
  } catch {
    return -1;
  }
}

function hashCompiledCode(dist: string): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (path.endsWith('.js')) files.push(path);
    }
  };
  for (const dir of compiledDirs(dist)) walk(dir);
  const hash = createHash('sha256');
  for (const f of files.sort()) hash.update(`${f.slice(dist.length)}\u0000`).update(readFileSync(f));
  return hash.digest('hex');
}

/** Whether the compiled code in `dist` is the code that made the snapshot. */
export function madeByThisCode(snapshot: Snapshot, dist: string = join(packageRoot(), 'dist')): boolean {
  if (!snapshot.code) return false;
  if (snapshot.code.builtAtMs === buildInfoTime(dist)) return true;
  try {
    return snapshot.code.hash === hashCompiledCode(dist);
  } catch {
    return false;
  }
}

/**
 * The build's snapshot, or null when there is none, it cannot be read, or other compiled code made
 * it (the full path then runs).
 */
export function readSnapshot(file: string | null = snapshotFile()): Snapshot | null {
  if (!file) return null;
  try {
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
    return madeByThisCode(snapshot, dirname(file)) ? snapshot : null;
  } catch {
    return null;
  }
}
