import { loadDataset } from '../src/dataset/index.js';
import { buildDeps } from '../src/deps.js';
import type { Deps } from '../src/command.js';
import { forReader, type CardDeps } from '../src/cards/reader.js';
import type { Locale } from '../src/i18n/index.js';

const readers = new Map<Locale, CardDeps>();
let cached: Deps | undefined;

/** The real dataset and search engine, built once per test file. */
export function testDeps(locale: Locale = 'en'): CardDeps {
  if (!cached) {
    const result = loadDataset();
    if (!result.ok) throw new Error(`test data invalid: ${JSON.stringify(result.error)}`);
    cached = buildDeps(result.value);
  }
  // The deps for a reader of `locale` (cards need the reader's language; handlers take plain deps).
  let out = readers.get(locale);
  if (!out) readers.set(locale, (out = forReader(cached, locale)));
  return out;
}
