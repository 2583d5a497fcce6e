import type { Deps } from './command.js';
import {
  linkDataset,
  validateDataTexts,
  type DataError,
  type DataFileKey,
  type RawData,
  type Result,
} from './dataset/index.js';
import { commandDefinitions } from './router.js';
import { buildIndex } from './search/build.js';
import { createSearchEngine, entriesFromDataset } from './search/index.js';
import { serialiseIndex } from './search/snapshot.js';
import { hashDataTexts, SNAPSHOT_VERSION, type Snapshot } from './snapshot.js';

/** Making the start-up snapshot (src/snapshot.ts) at build time: validating, indexing, defining. */

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
  const deps: Deps = { dataset, search: createSearchEngine(dataset, index) };
  const snapshot: Snapshot = {
    version: SNAPSHOT_VERSION,
    dataHash: hashDataTexts(texts),
    data: JSON.parse(json) as RawData,
    index: serialiseIndex(index),
    definitions: commandDefinitions(deps),
  };
  return { ok: true, value: { snapshot, deps } };
}
