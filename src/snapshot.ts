import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  data: RawData;
  index: SerialisedIndex;
  /** The commands' definitions built from the data (what Discord registers; the console parses lines by them). */
  definitions: readonly Definition[];
}

export const SNAPSHOT_VERSION = 2;

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

/** The build's snapshot, or null when there is none or it cannot be read (the full path then runs). */
export function readSnapshot(file: string | null = snapshotFile()): Snapshot | null {
  if (!file) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  } catch {
    return null;
  }
}
