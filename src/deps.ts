import { loadDatasetOrExit, type Dataset } from './dataset/index.js';
import { createSearchEngine } from './search/index.js';
import type { Deps } from './command.js';

/** Everything the handlers need, built once: the dataset and the search indexes over it. */
export function buildDeps(dataset: Dataset): Deps {
  return { dataset, search: createSearchEngine(dataset) };
}

/** For a program's start-up: broken data ends it with a clear message and exit code 1. */
export function loadDepsOrExit(): Deps {
  return buildDeps(loadDatasetOrExit());
}
