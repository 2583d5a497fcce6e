import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import type { DataFileKey } from './schema.js';
import type { DataError, Result } from './errors.js';

/**
 * Where the data files are and reading their texts: nothing here loads a schema (zod), so a
 * program starting from the build's snapshot (src/snapshot.ts) reads and hashes the texts without
 * loading the validation it will not need. The names are `dataFiles`' (a test holds them equal).
 */
export const dataFileNames: Readonly<Record<DataFileKey, string>> = {
  initiative: 'initiative.json',
  sources: 'sources.json',
  meetings: 'meetings.json',
  organisations: 'organisations.json',
  mous: 'mous.json',
  projects: 'projects.json',
};

/**
 * The project's own `data/` folder, next to package.json (so it is found from `dist/` too, and from
 * any working directory); `SCI_DATA_DIR` points elsewhere (tests of broken data use it).
 */
export function defaultDataDir(): string {
  return process.env.SCI_DATA_DIR || join(packageRoot(), 'data');
}

/** Reads every data file from `dir`; a missing or unreadable file is a DataError like any other. */
export function readDataTexts(dir: string): Result<Record<DataFileKey, string>, DataError[]> {
  const texts = {} as Record<DataFileKey, string>;
  const errors: DataError[] = [];
  for (const [key, file] of Object.entries(dataFileNames) as [DataFileKey, string][]) {
    try {
      texts[key] = readFileSync(join(dir, file), 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      errors.push({ file, message: code === 'ENOENT' ? 'the file is missing' : `cannot be read (${code ?? 'error'})` });
    }
  }
  return errors.length > 0 ? { ok: false, error: errors } : { ok: true, value: texts };
}
