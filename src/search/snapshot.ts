import { trigramsOf, type ExactRef, type SearchIndex } from './build.js';

/**
 * A built SearchIndex as plain JSON, so a build step can write it next to the compiled code and a
 * one-shot `ask` read it back instead of building it again (building costs more than reading:
 * every record's text is normalised, Chinese folded). Only what is costly to recompute is stored;
 * the term map, name-term flags and trigrams are rebuilt from the terms on reading.
 */
export interface SerialisedIndex {
  entries: SearchIndex['entries'];
  terms: string[];
  /** Per term: its postings' entries, then their field/value words. */
  postings: [number[], number[]][];
  nameTerms: number[];
  sorted: number[];
  exact: [string, ExactRef[]][];
  labelWords: number[];
}

export function serialiseIndex(index: SearchIndex): SerialisedIndex {
  const nameTerms: number[] = [];
  index.nameTerm.forEach((flag, id) => flag && nameTerms.push(id));
  return {
    entries: index.entries,
    terms: index.terms,
    postings: index.postings.map((p) => [Array.from(p.entries), Array.from(p.fieldValues)]),
    nameTerms,
    sorted: index.sorted,
    exact: [...index.exact],
    labelWords: index.labelWords,
  };
}

/** The index `serialiseIndex` was given, rebuilt: the same maps, in the same order, as `buildIndex` makes. */
export function deserialiseIndex(s: SerialisedIndex): SearchIndex {
  const termIds = new Map<string, number>();
  const trigrams = new Map<string, number[]>();
  s.terms.forEach((term, id) => {
    termIds.set(term, id);
    if (term.length < 3) return;
    for (const g of new Set(trigramsOf(term))) {
      const list = trigrams.get(g);
      if (list) list.push(id);
      else trigrams.set(g, [id]);
    }
  });
  const nameTerm = new Uint8Array(s.terms.length);
  for (const id of s.nameTerms) nameTerm[id] = 1;
  return {
    entries: s.entries,
    termIds,
    terms: s.terms,
    postings: s.postings.map(([entries, fieldValues]) => ({
      entries: Int32Array.from(entries),
      fieldValues: Int32Array.from(fieldValues),
    })),
    nameTerm,
    sorted: s.sorted,
    trigrams,
    exact: new Map(s.exact),
    labelWords: s.labelWords,
  };
}
