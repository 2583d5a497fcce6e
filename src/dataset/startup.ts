import { loadDataset, defaultDataDir } from './load.js';
import { exitWithDataErrors } from './errors.js';
import type { Dataset } from './dataset.js';

export { exitWithDataErrors };

/**
 * Loads the dataset for a program's start-up. Broken data stops the program with one line per
 * problem (file, record, field) and exit code 1: never a stack trace.
 */
export function loadDatasetOrExit(dir: string = defaultDataDir()): Dataset {
  const result = loadDataset(dir);
  return result.ok ? result.value : exitWithDataErrors(dir, result.error);
}
