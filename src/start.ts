import type { Deps } from './command.js';
import { exitWithDataErrors } from './dataset/errors.js';
import { defaultDataDir, readDataTexts } from './dataset/files.js';
import { depsFromSnapshot, readSnapshot } from './snapshot.js';

/**
 * `loadDepsOrExit` (src/deps.ts) for the one-shot `ask`: the same Deps, but nothing that validates
 * data (the zod schemas) is imported unless the build's snapshot does not answer for the data
 * texts. Nothing here imports it statically, so the `ask` bundle (dist/ask.js) keeps validation in
 * a chunk that a run from the snapshot never loads.
 */
export async function loadDeps(dir: string = defaultDataDir()): Promise<Deps> {
  const texts = readDataTexts(dir);
  if (!texts.ok) return exitWithDataErrors(dir, texts.error);
  const snapshot = readSnapshot();
  const fromSnapshot = snapshot && depsFromSnapshot(snapshot, texts.value);
  if (fromSnapshot) return fromSnapshot;
  const { loadDepsOrExit } = await import('./deps.js');
  return loadDepsOrExit(dir);
}
