import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deps } from './command.js';
import {
  linkDataset,
  validateDataTexts,
  type DataError,
  type DataFileKey,
  type RawData,
  type Result,
} from './dataset/index.js';
import { packageRoot } from './paths.js';
import { buildIndex } from './search/build.js';
import { createSearchEngine, entriesFromDataset } from './search/index.js';
import { deserialiseIndex, serialiseIndex, type SerialisedIndex } from './search/snapshot.js';

/**
 * The start-up snapshot: what is deterministic from `data/` (the data as validated by its zod
 * schemas and cross-checked, and the search index built over it), computed by `npm run build`
 * into `dist/snapshot.json`, with the hash of the data texts it was computed from.
 *
 * A program starting reads the data texts as before and hashes them: when the hash is the
 * snapshot's, the texts are the very ones the build validated with the same compiled code, so
 * validating and indexing them again would give what the snapshot holds, and it is used as is.
 * Any other text (an edited file, SCI_DATA_DIR elsewhere, no snapshot) takes the full path:
 * validated by zod, cross-checked, indexed. Only compiled code reads the snapshot the build wrote
 * beside it; under tsx or vitest the sources always take the full path.
 */
export interface Snapshot {
  version: typeof VERSION;
  /** sha256 over the data files' names and texts, in `dataFiles` order. */
  dataHash: string;
  data: RawData;
  index: SerialisedIndex;
}

const VERSION = 1;

export function hashDataTexts(texts: Record<DataFileKey, string>): string {
  const hash = createHash('sha256');
  for (const [key, text] of Object.entries(texts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    hash.update(`${key}\u0000${text.length}\u0000${text}\u0000`);
  return hash.digest('hex');
}

/** The snapshot of these texts, or why they are not valid data (the build then writes none). */
export function makeSnapshot(
  texts: Record<DataFileKey, string>,
): Result<{ snapshot: Snapshot; deps: Deps }, DataError[]> {
  const valid = validateDataTexts(texts);
  if (!valid.ok) return valid;
  // Serialised before linking: linking freezes the records in place, and the snapshot is read back unlinked.
  const json = JSON.stringify(valid.value);
  const dataset = linkDataset(valid.value);
  const index = buildIndex(entriesFromDataset(dataset));
  const snapshot: Snapshot = {
    version: VERSION,
    dataHash: hashDataTexts(texts),
    data: JSON.parse(json) as RawData,
    index: serialiseIndex(index),
  };
  return { ok: true, value: { snapshot, deps: { dataset, search: createSearchEngine(dataset, index) } } };
}

/** The Deps a snapshot holds, when it was made from exactly these texts; null otherwise. */
export function depsFromSnapshot(snapshot: Snapshot, texts: Record<DataFileKey, string>): Deps | null {
  if (snapshot.version !== VERSION || snapshot.dataHash !== hashDataTexts(texts)) return null;
  const dataset = linkDataset(snapshot.data);
  return { dataset, search: createSearchEngine(dataset, deserialiseIndex(snapshot.index)) };
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
