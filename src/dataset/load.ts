import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { dataFiles, type DataFileKey, type RawData } from './schema.js';
import { checkReferences, parseFile, type DataError, type Result } from './validate.js';
import { linkDataset, type Dataset } from './dataset.js';

/**
 * The project's own `data/` folder, next to package.json (so it is found from `dist/` too, and from
 * any working directory); `SCI_DATA_DIR` points elsewhere (tests of broken data use it).
 */
export function defaultDataDir(): string {
  return process.env.SCI_DATA_DIR || join(packageRoot(), 'data');
}

/** Validates and links the data files' texts: the pure half of loading, for tests. */
export function parseDataset(texts: Record<DataFileKey, string>): Result<Dataset, DataError[]> {
  const valid = validateDataTexts(texts);
  return valid.ok ? { ok: true, value: linkDataset(valid.value) } : valid;
}

/** The data files' texts, checked by their schemas and cross-checked: the validated data, not yet linked. */
export function validateDataTexts(texts: Record<DataFileKey, string>): Result<RawData, DataError[]> {
  const errors: DataError[] = [];
  const raw: Partial<RawData> = {};
  for (const key of Object.keys(dataFiles) as DataFileKey[]) {
    const parsed = parseFile(key, texts[key]);
    if (parsed.ok) (raw as Record<DataFileKey, unknown>)[key] = parsed.value;
    else errors.push(...parsed.error);
  }
  if (errors.length > 0) return { ok: false, error: errors };
  const data = raw as RawData;
  if (data.meetings.length === 0)
    return { ok: false, error: [{ file: 'meetings.json', message: 'must hold at least one meeting' }] };
  const refErrors = checkReferences(data);
  if (refErrors.length > 0) return { ok: false, error: refErrors };
  return { ok: true, value: data };
}

/** Reads every data file from `dir`; a missing or unreadable file is a DataError like any other. */
export function readDataTexts(dir: string): Result<Record<DataFileKey, string>, DataError[]> {
  const texts = {} as Record<DataFileKey, string>;
  const errors: DataError[] = [];
  for (const [key, { file }] of Object.entries(dataFiles) as [DataFileKey, (typeof dataFiles)[DataFileKey]][]) {
    try {
      texts[key] = readFileSync(join(dir, file), 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      errors.push({ file, message: code === 'ENOENT' ? 'the file is missing' : `cannot be read (${code ?? 'error'})` });
    }
  }
  return errors.length > 0 ? { ok: false, error: errors } : { ok: true, value: texts };
}

export function loadDataset(dir: string = defaultDataDir()): Result<Dataset, DataError[]> {
  const texts = readDataTexts(dir);
  return texts.ok ? parseDataset(texts.value) : texts;
}
