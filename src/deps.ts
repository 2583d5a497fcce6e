import { defaultDataDir, exitWithDataErrors, parseDataset, readDataTexts, type Dataset } from './dataset/index.js';
import { createSearchEngine } from './search/index.js';
import type { Deps } from './command.js';
import { depsFromSnapshot, readSnapshot } from './snapshot.js';

/** Everything the handlers need, built once: the dataset and the search indexes over it. */
export function buildDeps(dataset: Dataset): Deps {
  return { dataset, search: createSearchEngine(dataset) };
}

/**
 * For a program's start-up: the data as the build's snapshot holds it when the data texts are the
 * ones it was made from (src/snapshot.ts), else validated and indexed now. Broken data ends the
 * program with one line per problem (file, record, field) and exit code 1: never a stack trace.
 */
export function loadDepsOrExit(dir: string = defaultDataDir()): Deps {
  const texts = readDataTexts(dir);
  if (!texts.ok) return exitWithDataErrors(dir, texts.error);
  const snapshot = readSnapshot();
  const fromSnapshot = snapshot && depsFromSnapshot(snapshot, texts.value);
  if (fromSnapshot) return fromSnapshot;
  const parsed = parseDataset(texts.value);
  return parsed.ok ? buildDeps(parsed.value) : exitWithDataErrors(dir, parsed.error);
}
