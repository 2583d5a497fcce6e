import { FIELD_NAMES, type FieldName, type IndexEntry } from './entries.js';
import { hasHan } from '../text/han.js';
import { normalise, squash, words, wordsOfNormal } from '../text/normalise.js';

/**
 * Where a term occurs, packed for a fast scan: `entries[i]` is the entry and `fieldValues[i]` holds
 * the field (index into FIELD_NAMES, low 4 bits) and which of the field's values (the rest).
 */
export interface Postings {
  entries: Int32Array;
  fieldValues: Int32Array;
}
export const FIELD_BITS = 4;

/** A whole name, alias or partner name, squashed: the exact tier. */
export interface ExactRef {
  entry: number;
  field: FieldName;
  value: string;
}

/** Everything built once from the entries; queries only read it. */
export interface SearchIndex {
  entries: readonly IndexEntry[];
  /** term → id */
  termIds: Map<string, number>;
  terms: string[];
  postings: Postings[];
  /** Terms that occur in a name, alias or partner name: the only ones a one- or two-letter prefix expands to. */
  nameTerm: Uint8Array;
  /** Term ids sorted by term, for prefix ranges. */
  sorted: number[];
  /** Padded trigram → term ids (terms of 3+ characters), for narrowing fuzzy candidates. */
  trigrams: Map<string, number[]>;
  exact: Map<string, ExactRef[]>;
  /** Words in each entry's label: a field-length norm that prefers the shorter of two equal matches. */
  labelWords: number[];
}

/** Padded trigrams of a word: `$ke`, `kep`, … `el$`: as many as the word has letters. */
export function trigramsOf(term: string): string[] {
  const padded = `$${term}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/** Whole-value forms long enough to be worth a squashed term (`crimsonlogic`, `ecommerce`). */
const MAX_SQUASHED = 40;
/** Fields whose whole values are names: typed exactly, they are the exact tier. */
const EXACT_FIELDS: readonly FieldName[] = ['name', 'alias', 'partner'];
/** FIELD_NAMES lists name, alias, partner first. */
const NAME_FIELD_MAX = FIELD_NAMES.indexOf('partner');

export function buildIndex(entries: readonly IndexEntry[]): SearchIndex {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const rawEntries: number[][] = [];
  const rawFieldValues: number[][] = [];
  const nameTerms = new Set<number>();
  const exact = new Map<string, ExactRef[]>();
  // One posting per (term, entry, field): the first value it occurs in names it. Reset per entry.
  const seen = new Set<string>();

  const post = (term: string, entry: number, field: number, value: number) => {
    if (!term) return;
    const key = `${field}\u0000${term}`;
    if (seen.has(key)) return;
    seen.add(key);
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
      rawEntries.push([]);
      rawFieldValues.push([]);
    }
    rawEntries[id]?.push(entry);
    rawFieldValues[id]?.push(field | (value << FIELD_BITS));
    if (field <= NAME_FIELD_MAX) nameTerms.add(id);
  };

  // The same text recurs across records (a meeting's names on each of its MOUs and projects):
  // normalise each distinct value once.
  const normalised = new Map<string, string>();
  const normal = (value: string) => {
    let n = normalised.get(value);
    if (n === undefined) normalised.set(value, (n = normalise(value)));
    return n;
  };

  entries.forEach((entry, e) => {
    seen.clear();
    FIELD_NAMES.forEach((field, f) => {
      const values = entry.fields[field] ?? [];
      values.forEach((value, v) => {
        const norm = normal(value);
        const ws = wordsOfNormal(norm);
        for (const w of ws) post(w, e, f, v);
        // Joined forms, so `e-commerce` meets `ecommerce` and `Crimson Logic` meets `crimsonlogic`.
        // Chinese is already written joined, and its character pairs overlap: it has none.
        const latin = hasHan(norm) ? norm.split(' ').filter((w) => !hasHan(w)) : ws;
        for (let i = 0; i + 1 < latin.length; i++) post(`${latin[i]}${latin[i + 1]}`, e, f, v);
        const joined = latin.join('');
        if (latin === ws && ws.length > 2 && joined.length <= MAX_SQUASHED) post(joined, e, f, v);
        const whole = norm.replace(/ /g, '');
        if (EXACT_FIELDS.includes(field) && whole) {
          const list = exact.get(whole) ?? [];
          if (!list.some((r) => r.entry === e && r.field === field)) list.push({ entry: e, field, value });
          exact.set(whole, list);
        }
      });
    });
  });

  const postings = rawEntries.map((es, id) => ({
    entries: Int32Array.from(es),
    fieldValues: Int32Array.from(rawFieldValues[id] ?? []),
  }));
  const nameTerm = new Uint8Array(terms.length);
  for (const id of nameTerms) nameTerm[id] = 1;
  const sorted = terms.map((_, i) => i).sort((a, b) => ((terms[a] as string) < (terms[b] as string) ? -1 : 1));
  const trigrams = new Map<string, number[]>();
  terms.forEach((term, id) => {
    if (term.length < 3) return;
    for (const g of new Set(trigramsOf(term))) {
      const list = trigrams.get(g) ?? [];
      list.push(id);
      trigrams.set(g, list);
    }
  });
  const labelWords = entries.map((e) => words(e.label).length);
  return { entries, termIds, terms, postings, nameTerm, sorted, trigrams, exact, labelWords };
}

export { squash };
