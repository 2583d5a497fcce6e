import { loadDataset } from '../src/dataset/index.js';
import { buildDeps } from '../src/deps.js';
import type { Deps } from '../src/command.js';

let cached: Deps | undefined;

/** The real dataset and search engine, built once per test file. */
export function testDeps(): Deps {
  if (!cached) {
    const result = loadDataset();
    if (!result.ok) throw new Error(`test data invalid: ${JSON.stringify(result.error)}`);
    cached = buildDeps(result.value);
  }
  return cached;
}
