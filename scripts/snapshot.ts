/**
 * Writes dist/snapshot.json (src/snapshot.ts): the validated data and the search index built from
 * data/, for compiled programs to start from. Run by the build (scripts/ensure-build.mjs) after
 * tsc, and again whenever a data file is newer than the snapshot. Invalid data writes no snapshot
 * (and removes a stale one): the programs then report the data's errors as they always did.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultDataDir, readDataTexts } from '../src/dataset/index.js';
import { makeSnapshot } from '../src/snapshot-build.js';
import { codeStamp, snapshotFile } from '../src/snapshot.js';

const file = snapshotFile();
if (!file) throw new Error('scripts/snapshot runs compiled (node dist/scripts/snapshot.js)');
const texts = readDataTexts(defaultDataDir());
const made = texts.ok ? makeSnapshot(texts.value) : texts;
if (made.ok) {
  mkdirSync(dirname(file), { recursive: true });
  // Stamped with the compiled code making it, so a build by hand (tsc alone) does not reuse it.
  writeFileSync(file, JSON.stringify({ ...made.value.snapshot, code: codeStamp(dirname(file)) }));
} else {
  rmSync(file, { force: true });
  process.stderr.write(
    `No start-up snapshot: the data is not valid (${made.error.length} problems; npm run check-data lists them).\n`,
  );
}
