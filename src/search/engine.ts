import Fuse from 'fuse.js';
import type { Dataset, RecordKind } from '../dataset/index.js';
import { buildIndex, trigramsOf, type SearchIndex } from './build.js';
import { entriesFromDataset, FIELD_NAMES, FIELDS, type FieldName, type IndexEntry } from './entries.js';
import { squash } from './normalise.js';
import { MAX_WORDS, parseQuery, type ParsedQuery } from './query.js';
import type { LookupResult, MatchTier, SearchEngine, SearchHit, SearchOptions } from './types.js';

/*
 * How a query is answered:
 * 1. Exact tier: the whole query, squashed, equals a record's name, alias or a partner's name.
 * 2. Every query word is matched against the vocabulary built once at start-up: exactly, as a
 *    prefix (`quik` → quikbot, `sme` → smes), or fuzzily (`kepel` → keppel): candidates share
 *    trigrams with the word and differ in length by at most the edits allowed, and Fuse's Bitap
 *    matcher scores them. Adjacent words are also tried joined (`crimson logic` → crimsonlogic).
 * 3. Each record collects, per query word, its best match over its fields (name and aliases count
 *    fully, partners a little less, topics, then description words). Records matching more words
 *    rank first, then by score. A record needs at least half the query's content words.
 * Only records sharing a term with the query are touched, so a query costs what its words'
 * postings cost, not what the dataset costs.
 */

/** Score quality of a prefix match: a longer share of the word counts more. */
const PREFIX_BASE = 0.9;
/** Fuzzy matches count less than any exact word. */
const FUZZY_BASE = 0.8;
/** Prefix ranges are cut here so one letter does not walk the whole vocabulary. */
const PREFIX_CAP = 80;
/** Fuzzy candidates scored by Fuse per word, best trigram overlap first. */
const FUZZY_CAP = 60;
/** Words shorter than this are matched exactly or as a prefix only (`ntu` must not find `nus`). */
const FUZZY_MIN = 4;
/** From this length two edits are forgiven (`hashmetta`, `quickbot`), below it one. */
const TWO_EDITS_FROM = 7;
/** A best hit scoring worse than this is offered as "did you mean", not answered. */
const CONFIDENT = 0.6;
/** Runners-up within this much of the best are offered beside it. */
const CLOSE = 0.25;
const RUNNERS_UP = 5;
const DEFAULT_LIMIT = 25;
const AUTOCOMPLETE_MAX = 25;

interface Ranked {
  hit: SearchHit;
  /** Query words this record matched, of all of them. */
  covered: number;
  coveredContent: number;
  exact: boolean;
}

interface WordMatch {
  term: number;
  quality: number;
}

export interface EngineOptions {
  /** The meeting whose records an empty autocomplete offers. */
  latestMeeting?: string;
}

export function createSearchEngine(dataset: Dataset): SearchEngine {
  return createSearchEngineFromEntries(entriesFromDataset(dataset), { latestMeeting: dataset.latestMeeting.id });
}

/** The engine over plain entries (the dataset's, or synthetic ones for the benchmark). */
export function createSearchEngineFromEntries(entries: readonly IndexEntry[], options: EngineOptions = {}): SearchEngine {
  const index = buildIndex(entries);
  const n = entries.length;
  // Scratch space reused by every query (queries are synchronous, so never shared).
  const contrib = new Float64Array(n * MAX_WORDS);
  const bestField = new Int8Array(n * MAX_WORDS);
  const bestValue = new Int32Array(n * MAX_WORDS);
  const touchedMark = new Uint8Array(n);
  const touched: number[] = [];
  const fieldWeights = FIELD_NAMES.map((f) => FIELDS[f].weight);

  const latest = options.latestMeeting;
  const latestEntries = entries
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => latest !== undefined && e.meeting === latest)
    .sort((a, b) => order(a.e.kind) - order(b.e.kind) || a.i - b.i);

  const wordMatches = (word: string, isLast: boolean): WordMatch[] => {
    const out: WordMatch[] = [];
    const exactId = index.termIds.get(word);
    if (exactId !== undefined) out.push({ term: exactId, quality: 1 });
    if (word.length >= 3 || isLast) {
      for (const id of prefixRange(index, word)) {
        if (id === exactId) continue;
        const term = index.terms[id] as string;
        out.push({ term: id, quality: PREFIX_BASE * (0.5 + (0.5 * word.length) / term.length) });
      }
    }
    if (exactId === undefined && word.length >= FUZZY_MIN) out.push(...fuzzyMatches(index, word, out));
    return out;
  };

  const rank = (query: string, opts: SearchOptions, autocomplete: boolean): Ranked[] => {
    const q = parseQuery(query);
    if (q.words.length === 0) return [];
    const kinds = opts.kinds && opts.kinds.length > 0 ? new Set(opts.kinds) : null;
    const W = q.words.length;

    const credit = (word: number, term: number, quality: number) => {
      for (const p of index.postings[term] ?? []) {
        const slot = p.entry * MAX_WORDS + word;
        const c = quality * (fieldWeights[p.field] as number);
        if (c > (contrib[slot] as number)) {
          contrib[slot] = c;
          bestField[slot] = p.field;
          bestValue[slot] = p.value;
        }
        if (!touchedMark[p.entry]) {
          touchedMark[p.entry] = 1;
          touched.push(p.entry);
        }
      }
    };

    try {
      q.words.forEach((word, i) => {
        for (const m of wordMatches(word, autocomplete && i === W - 1)) credit(i, m.term, m.quality);
      });
      // Two words typed apart that the data writes joined (`crimson logic`, `quik bot`).
      for (let i = 0; i + 1 < W; i++) {
        const joined = index.termIds.get(`${q.words[i]}${q.words[i + 1]}`);
        if (joined !== undefined) {
          credit(i, joined, 1);
          credit(i + 1, joined, 1);
        }
      }
      const exact = exactRefs(index, q);
      for (const ref of exact.keys()) {
        if (!touchedMark[ref]) {
          touchedMark[ref] = 1;
          touched.push(ref);
        }
      }

      const need = Math.max(1, Math.ceil(q.content / 2));
      const ranked: Ranked[] = [];
      for (const e of touched) {
        const entry = entries[e] as IndexEntry;
        if (kinds && !kinds.has(entry.kind)) continue;
        let covered = 0;
        let coveredContent = 0;
        let sum = 0;
        const perField = new Array<number>(FIELD_NAMES.length).fill(0);
        for (let i = 0; i < W; i++) {
          const c = contrib[e * MAX_WORDS + i] as number;
          if (c <= 0) continue;
          covered++;
          if (!q.isKind[i]) coveredContent++;
          sum += c;
          const f = bestField[e * MAX_WORDS + i] as number;
          perField[f] = (perField[f] as number) + c;
        }
        const ex = exact.get(e);
        if (!ex && coveredContent < need) continue;
        const norm = 0.02 * Math.min(1, (index.labelWords[e] as number) / 20);
        let score = Math.min(1, Math.max(0, 1 - sum / W + norm));
        let tier: MatchTier;
        let matched: string;
        if (ex && (ex.field === 'name' || ex.field === 'alias')) {
          score = ex.field === 'name' ? 0 : 0.01;
          tier = ex.field === 'name' ? 'exact' : 'alias';
          matched = ex.value;
          covered = W;
          coveredContent = q.content;
        } else {
          if (ex) {
            // Found through a partner named exactly: ranks by that partner match.
            score = round(1 - FIELDS.partner.weight + norm);
            covered = W;
            coveredContent = q.content;
          }
          const top = argmax(perField);
          const field = ex ? 'partner' : (FIELD_NAMES[top] as FieldName);
          matched = ex ? ex.value : valueOf(entry, field, bestValueFor(e, top, W));
          tier = FIELDS[field].tier;
          if ((field === 'name' || field === 'alias') && squash(matched).startsWith(squash(q.normal))) tier = 'prefix';
        }
        ranked.push({
          hit: { kind: entry.kind, id: entry.id, label: entry.label, score: round(score), tier, matched },
          covered,
          coveredContent,
          exact: ex !== undefined && (ex.field === 'name' || ex.field === 'alias'),
        });
      }
      ranked.sort(
        (a, b) =>
          Number(b.exact) - Number(a.exact) ||
          b.covered - a.covered ||
          a.hit.score - b.hit.score ||
          order(a.hit.kind) - order(b.hit.kind) ||
          (a.hit.label < b.hit.label ? -1 : a.hit.label > b.hit.label ? 1 : 0),
      );
      return ranked;
    } finally {
      for (const e of touched) {
        touchedMark[e] = 0;
        contrib.fill(0, e * MAX_WORDS, e * MAX_WORDS + MAX_WORDS);
      }
      touched.length = 0;
    }
  };

  const bestValueFor = (e: number, field: number, W: number): number => {
    let best = -1;
    let v = 0;
    for (let i = 0; i < W; i++) {
      const slot = e * MAX_WORDS + i;
      if (bestField[slot] === field && (contrib[slot] as number) > best) {
        best = contrib[slot] as number;
        v = bestValue[slot] as number;
      }
    }
    return v;
  };

  const limitOf = (opts: SearchOptions, max = Infinity) =>
    Math.max(0, Math.min(max, Number.isFinite(opts.limit) ? Math.floor(opts.limit as number) : DEFAULT_LIMIT));

  const search = (query: string, opts: SearchOptions = {}): SearchHit[] =>
    rank(String(query), opts, true)
      .slice(0, limitOf(opts))
      .map((r) => r.hit);

  const lookup = (query: string, opts: SearchOptions = {}): LookupResult => {
    const ranked = rank(String(query), opts, true);
    const [first, ...rest] = ranked;
    if (!first) return { best: null, others: [] };
    const q = parseQuery(String(query));
    const confident = first.coveredContent === q.content && first.hit.score <= CONFIDENT;
    if (!confident) return { best: null, others: ranked.slice(0, RUNNERS_UP).map((r) => r.hit) };
    const others = rest
      .filter((r) => r.coveredContent === first.coveredContent && r.hit.score <= first.hit.score + CLOSE)
      .slice(0, RUNNERS_UP)
      .map((r) => r.hit);
    return { best: first.hit, others };
  };

  const suggest = (query: string, opts: SearchOptions = {}): SearchHit[] => {
    const limit = limitOf(opts, AUTOCOMPLETE_MAX);
    if (parseQuery(String(query)).words.length > 0) return search(query, { ...opts, limit });
    const kinds = opts.kinds && opts.kinds.length > 0 ? new Set(opts.kinds) : null;
    return latestEntries
      .filter(({ e }) => !kinds || kinds.has(e.kind))
      .slice(0, limit)
      .map(({ e }) => ({ kind: e.kind, id: e.id, label: e.label, score: 1, tier: 'description' as const, matched: '' }));
  };

  return { search, lookup, suggest };
}

/** Kinds in the order a tie shows them. */
const KIND_ORDER: Record<RecordKind, number> = { meeting: 0, project: 1, mou: 2, organisation: 3 };
const order = (k: RecordKind) => KIND_ORDER[k];

const round = (x: number) => Math.round(x * 1000) / 1000;

function argmax(xs: readonly number[]): number {
  let best = 0;
  xs.forEach((x, i) => {
    if (x > (xs[best] as number)) best = i;
  });
  return best;
}

function valueOf(entry: IndexEntry, field: FieldName, v: number): string {
  return entry.fields[field]?.[v] ?? entry.label;
}

/** Term ids starting with `prefix` (longer than it), at most PREFIX_CAP, by binary search on the sorted vocabulary. */
function prefixRange(index: SearchIndex, prefix: string): number[] {
  const { sorted, terms } = index;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((terms[sorted[mid] as number] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < sorted.length && out.length < PREFIX_CAP; i++) {
    const id = sorted[i] as number;
    const term = terms[id] as string;
    if (!term.startsWith(prefix)) break;
    if (term.length > prefix.length) out.push(id);
  }
  return out;
}

/**
 * Vocabulary terms within one or two edits of `word`, scored by Fuse's Bitap matcher. Candidates
 * are narrowed first: by the q-gram lemma a term within k edits shares at least
 * |word| − 3k padded trigrams with it, and its length differs by at most k.
 */
function fuzzyMatches(index: SearchIndex, word: string, already: readonly WordMatch[]): WordMatch[] {
  const k = word.length >= TWO_EDITS_FROM ? 2 : 1;
  const needShared = Math.max(1, word.length - 3 * k);
  const shared = new Map<number, number>();
  for (const g of new Set(trigramsOf(word))) for (const id of index.trigrams.get(g) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  const skip = new Set(already.map((m) => m.term));
  const candidates = [...shared]
    .filter(([id, count]) => {
      const term = index.terms[id] as string;
      return count >= needShared && !skip.has(id) && Math.abs(term.length - word.length) <= k;
    })
    .sort((a, b) => b[1] - a[1])
    .slice(0, FUZZY_CAP)
    .map(([id]) => id);
  if (candidates.length === 0) return [];
  const threshold = k / word.length + 0.01;
  const fuse = new Fuse(
    candidates.map((id) => index.terms[id] as string),
    { threshold, ignoreLocation: true, includeScore: true, isCaseSensitive: true, shouldSort: false },
  );
  return fuse
    .search(word)
    .filter((r) => (r.score ?? 1) <= threshold)
    .map((r) => ({ term: candidates[r.refIndex] as number, quality: FUZZY_BASE * (1 - (r.score ?? 1)) }));
}

/** Entries whose name, alias or partner's name equals the whole query (joined), strongest field kept. */
function exactRefs(index: SearchIndex, q: ParsedQuery): Map<number, { field: FieldName; value: string }> {
  const out = new Map<number, { field: FieldName; value: string }>();
  const strength: Record<string, number> = { name: 3, alias: 2, partner: 1 };
  const key = q.normal.replace(/ /g, '');
  for (const ref of index.exact.get(key) ?? []) {
    const had = out.get(ref.entry);
    if (!had || (strength[ref.field] ?? 0) > (strength[had.field] ?? 0)) out.set(ref.entry, { field: ref.field, value: ref.value });
  }
  return out;
}
