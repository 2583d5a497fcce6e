import { dataFiles, type DataFileKey, type RawData } from './schema.js';
import { checkReferences, parseFile, type DataError, type Result } from './validate.js';
import { linkDataset, type Dataset } from './dataset.js';
import { defaultDataDir, readDataTexts } from './files.js';

export { dataFileNames, defaultDataDir, readDataTexts } from './files.js';

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

export function loadDataset(dir: string = defaultDataDir()): Result<Dataset, DataError[]> {
  const texts = readDataTexts(dir);
  return texts.ok ? parseDataset(texts.value) : texts;
}
