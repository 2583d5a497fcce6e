import { loadDataset, defaultDataDir } from './load.js';
import { formatDataError, type DataError } from './validate.js';
import type { Dataset } from './dataset.js';

/**
 * Loads the dataset for a program's start-up. Broken data stops the program with one line per
 * problem (file, record, field) and exit code 1: never a stack trace.
 */
export function loadDatasetOrExit(dir: string = defaultDataDir()): Dataset {
  const result = loadDataset(dir);
  return result.ok ? result.value : exitWithDataErrors(dir, result.error);
}

/** What broken data ends a program's start-up with. */
export function exitWithDataErrors(dir: string, errors: readonly DataError[]): never {
  const shown = errors.slice(0, 20);
  process.stderr.write(`The data in ${dir} is not valid; fix it and start again:\n`);
  for (const e of shown) process.stderr.write(`  ${formatDataError(e)}\n`);
  if (errors.length > shown.length) process.stderr.write(`  …and ${errors.length - shown.length} more\n`);
  process.exit(1);
}
