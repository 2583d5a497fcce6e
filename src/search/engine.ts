import Fuse from 'fuse.js';
import type { Dataset, NamedRef, RecordKind } from '../dataset/index.js';
import { latestMeetingRecords } from '../dataset/latest.js';
import { buildIndex, FIELD_BITS, trigramsOf, type SearchIndex } from './build.js';
import { entriesFromDataset, FIELD_NAMES, FIELDS, type FieldName, type IndexEntry } from './entries.js';
import { squash } from '../text/normalise.js';
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
/** Words whose fuzzy matches are remembered, at most (then forgotten all at once: junk input cannot grow memory). */
const FUZZY_CACHE_MAX = 4096;
/** Words shorter than this are matched exactly or as a prefix only (`ntu` must not find `nus`). */
const FUZZY_MIN = 4;
/** From this length two edits are forgiven (`hashmetta`, `quickbot`), below it one. */
const TWO_EDITS_FROM = 7;
/** A best hit scoring worse than this is offered as "did you mean", not answered. */
const CONFIDENT = 0.6;
/** Runners-up within this much of the best are offered beside it. */
const CLOSE = 0.25;
const RUNNERS_UP = 5;
/** How many ranked records lookup weighs for its best and runners-up. */
const LOOKUP_DEPTH = 12;
const DEFAULT_LIMIT = 25;
/** One- and two-letter prefixes expand to name terms only; all prefixes stop after this many postings. */
const SHORT_PREFIX = 3;
const PREFIX_POSTINGS_BUDGET = 20_000;
const FIELD_MASK = (1 << FIELD_BITS) - 1;
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
  /** What an empty query offers: the dataset's latest meeting's records (`latestMeetingRecords`). */
  emptyQuery?: (kinds?: readonly RecordKind[]) => readonly NamedRef[];
  /** Without `emptyQuery` (synthetic entries): the meeting whose entries an empty query offers. */
  latestMeeting?: string;
  /** The index over these entries, built before (read back from a build-time snapshot): not built again. */
  index?: SearchIndex;
}

/** The engine over a dataset; `index`, when given, is the one `buildIndex` makes from its entries (a snapshot's). */
export function createSearchEngine(dataset: Dataset, index?: SearchIndex): SearchEngine {
  return createSearchEngineFromEntries(index?.entries ?? entriesFromDataset(dataset), {
    emptyQuery: (kinds) => latestMeetingRecords(dataset, kinds),
    ...(index ? { index } : {}),
  });
}

/** A record listed without a query (the latest meeting's), as a hit: no score, no match to explain. */
export const listedHit = (r: NamedRef): SearchHit => ({
  kind: r.kind,
  id: r.id,
  label: r.label,
  score: 1,
  tier: 'description',
  matched: '',
});

/** The engine over plain entries (the dataset's, or synthetic ones for the benchmark). */
export function createSearchEngineFromEntries(
  entries: readonly IndexEntry[],
  options: EngineOptions = {},
): SearchEngine {
  const index = options.index ?? buildIndex(entries);
  const n = entries.length;
  // Scratch space reused by every query (queries are synchronous, so never shared).
  const contrib = new Float64Array(n * MAX_WORDS);
  const bestField = new Int8Array(n * MAX_WORDS);
  const bestValue = new Int32Array(n * MAX_WORDS);
  const touchedMark = new Uint8Array(n);
  const touched: number[] = [];
  // Per record, written by step 2 and read by step 4: each score is computed once.
  const scoreOf = new Float64Array(n);
  const coveredOf = new Int8Array(n);
  const coveredContentOf = new Int8Array(n);
  const trigramScratch = new Uint8Array(index.terms.length);
  // A word's fuzzy matches depend only on the word (the index never changes), and scoring them builds a
  // Fuse matcher: remembered per word, so a typo asked again (or /ask's partner lookup) costs a lookup.
  const fuzzyCache = new Map<string, readonly WordMatch[]>();
  const fieldWeights = FIELD_NAMES.map((f) => FIELDS[f].weight);

  const latestEntries: readonly NamedRef[] = entries
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => options.latestMeeting !== undefined && e.meeting === options.latestMeeting)
    .sort((a, b) => order(a.e.kind) - order(b.e.kind) || a.i - b.i)
    .map(({ e }) => ({ kind: e.kind, id: e.id, label: e.label }));
  const emptyQuery =
    options.emptyQuery ??
    ((kinds?: readonly RecordKind[]) =>
      latestEntries.filter((r) => !kinds || kinds.length === 0 || kinds.includes(r.kind)));

  const wordMatches = (word: string, isLast: boolean): WordMatch[] => {
    const out: WordMatch[] = [];
    const exactId = index.termIds.get(word);
    if (exactId !== undefined) out.push({ term: exactId, quality: 1 });
    if (word.length >= SHORT_PREFIX || isLast) {
      let budget = PREFIX_POSTINGS_BUDGET;
      for (const id of prefixRange(index, word)) {
        if (id === exactId || (word.length < SHORT_PREFIX && !index.nameTerm[id])) continue;
        budget -= index.postings[id]?.entries.length ?? 0;
        if (budget < 0) break;
        const term = index.terms[id] as string;
        out.push({ term: id, quality: PREFIX_BASE * (0.5 + (0.5 * word.length) / term.length) });
      }
    }
    if (exactId === undefined && word.length >= FUZZY_MIN) {
      // The exact and prefix matches `fuzzyMatches` skips are a function of the word too (from FUZZY_MIN on, prefixes
      // are expanded whether or not it is the last word), so the cached list is the one it would compute now.
      let fuzzy = fuzzyCache.get(word);
      if (!fuzzy) {
        fuzzy = fuzzyMatches(index, trigramScratch, word, out);
        if (fuzzyCache.size >= FUZZY_CACHE_MAX) fuzzyCache.clear();
        fuzzyCache.set(word, fuzzy);
      }
      out.push(...fuzzy);
    }
    return out;
  };

  /** Marks a record as touched by this query, so its scratch slots are scored and then cleared. */
  const touch = (e: number) => {
    if (!touchedMark[e]) {
      touchedMark[e] = 1;
      touched.push(e);
    }
  };

  /** Step 1a: every record holding `term` keeps, for query word `word`, its best contribution and the field it came from. */
  const credit = (word: number, term: number, quality: number) => {
    const posting = index.postings[term];
    if (!posting) return;
    const { entries: es, fieldValues: fvs } = posting;
    for (let i = 0; i < es.length; i++) {
      const e = es[i] as number;
      const fv = fvs[i] as number;
      const field = fv & FIELD_MASK;
      const slot = e * MAX_WORDS + word;
      const c = quality * (fieldWeights[field] as number);
      if (c > (contrib[slot] as number)) {
        contrib[slot] = c;
        bestField[slot] = field;
        bestValue[slot] = fv >> FIELD_BITS;
      }
      touch(e);
    }
  };

  /** Step 1: each query word, and each adjacent pair typed apart that the data writes joined, credits the records it matches. */
  const matchWords = (q: ParsedQuery, autocomplete: boolean) => {
    const W = q.words.length;
    q.words.forEach((word, i) => {
      for (const m of wordMatches(word, autocomplete && i === W - 1)) credit(i, m.term, m.quality);
    });
    // `crimson logic`, `quik bot`.
    for (let i = 0; i + 1 < W; i++) {
      const joined = index.termIds.get(`${q.words[i]}${q.words[i + 1]}`);
      if (joined !== undefined) {
        credit(i, joined, 1);
        credit(i + 1, joined, 1);
      }
    }
  };

  /**
   * Step 2, once per touched record: how many words it matched and its score (0 best). Written to
   * scratch arrays for step 4; false when it matched too few of the query's content words to count.
   */
  const scoreRecord = (e: number, q: ParsedQuery, ex: ExactMatch | undefined, need: number): boolean => {
    const W = q.words.length;
    let covered = 0;
    let coveredContent = 0;
    let sum = 0;
    for (let i = 0; i < W; i++) {
      const c = contrib[e * MAX_WORDS + i] as number;
      if (c <= 0) continue;
      covered++;
      if (!q.isKind[i]) coveredContent++;
      sum += c;
    }
    if (!ex && coveredContent < need) return false;
    // A field-length norm: of two equal matches, the record with the shorter name ranks first.
    const norm = 0.02 * Math.min(1, (index.labelWords[e] as number) / 20);
    let score = round(Math.min(1, Math.max(0, 1 - sum / W + norm)));
    if (ex && isStrong(ex)) score = ex.field === 'name' ? 0 : 0.01;
    // Found through a partner named exactly: ranks by that partner match.
    else if (ex) score = round(1 - FIELDS.partner.weight + norm);
    scoreOf[e] = score;
    coveredOf[e] = ex ? W : covered;
    coveredContentOf[e] = ex ? q.content : coveredContent;
    return true;
  };

  /** Step 3: the best `want` records by tier, words matched, score, then kind. */
  const keepBest = (
    q: ParsedQuery,
    exact: ReadonlyMap<number, ExactMatch>,
    kinds: ReadonlySet<RecordKind> | null,
    want: number,
  ): number[] => {
    const need = Math.max(1, Math.ceil(q.content / 2));
    const top = new TopK(want);
    for (const e of touched) {
      const entry = entries[e] as IndexEntry;
      if (kinds && !kinds.has(entry.kind)) continue;
      const ex = exact.get(e);
      if (!scoreRecord(e, q, ex, need)) continue;
      const strong = ex !== undefined && isStrong(ex);
      top.offer(
        e,
        (strong ? 0 : 100) +
          (MAX_WORDS - (coveredOf[e] as number)) +
          (scoreOf[e] as number) * 0.5 +
          order(entry.kind) * 1e-5,
      );
    }
    return top.sorted();
  };

  /** Step 4, for the few kept: why each matched (the tier, and the text that matched). */
  const explain = (e: number, q: ParsedQuery, ex: ExactMatch | undefined): { tier: MatchTier; matched: string } => {
    if (ex)
      return { tier: ex.field === 'name' ? 'exact' : ex.field === 'alias' ? 'alias' : 'partner', matched: ex.value };
    const entry = entries[e] as IndexEntry;
    const perField = new Array<number>(FIELD_NAMES.length).fill(0);
    for (let i = 0; i < q.words.length; i++) {
      const slot = e * MAX_WORDS + i;
      const c = contrib[slot] as number;
      if (c <= 0) continue;
      const f = bestField[slot] as number;
      perField[f] = (perField[f] as number) + c;
    }
    const best = argmax(perField);
    const field = FIELD_NAMES[best] as FieldName;
    const matched = valueOf(entry, field, bestValueFor(e, best, q.words.length));
    const prefix = (field === 'name' || field === 'alias') && squash(matched).startsWith(q.normal.replace(/ /g, ''));
    return { tier: prefix ? 'prefix' : FIELDS[field].tier, matched };
  };

  /** Clears the scratch slots of every touched record, ready for the next query. */
  const reset = () => {
    for (const e of touched) {
      touchedMark[e] = 0;
      contrib.fill(0, e * MAX_WORDS, e * MAX_WORDS + MAX_WORDS);
    }
    touched.length = 0;
  };

  const rank = (query: string, opts: SearchOptions, autocomplete: boolean, want: number): Ranked[] => {
    const q = parseQuery(query);
    if (q.words.length === 0 || want <= 0) return [];
    const kinds = opts.kinds && opts.kinds.length > 0 ? new Set(opts.kinds) : null;
    try {
      matchWords(q, autocomplete);
      const exact = exactRefs(index, q);
      for (const e of exact.keys()) touch(e);
      return keepBest(q, exact, kinds, want).map((e): Ranked => {
        const entry = entries[e] as IndexEntry;
        const ex = exact.get(e);
        const { tier, matched } = explain(e, q, ex);
        return {
          hit: { kind: entry.kind, id: entry.id, label: entry.label, score: scoreOf[e] as number, tier, matched },
          covered: coveredOf[e] as number,
          coveredContent: coveredContentOf[e] as number,
          exact: ex !== undefined && isStrong(ex),
        };
      });
    } finally {
      reset();
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
    rank(String(query), opts, true, limitOf(opts)).map((r) => r.hit);

  const lookup = (query: string, opts: SearchOptions = {}): LookupResult => {
    const ranked = rank(String(query), opts, true, LOOKUP_DEPTH);
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
    return emptyQuery(opts.kinds).slice(0, limit).map(listedHit);
  };

  return { search, lookup, suggest };
}

/** The k smallest keys seen, kept sorted (k is small: a page of hits), ties in arrival order. */
class TopK {
  private readonly ids: number[] = [];
  private readonly keys: number[] = [];
  constructor(private readonly k: number) {}
  offer(id: number, key: number): void {
    const n = this.keys.length;
    if (n === this.k && key >= (this.keys[n - 1] as number)) return;
    let i = n;
    while (i > 0 && (this.keys[i - 1] as number) > key) i--;
    this.keys.splice(i, 0, key);
    this.ids.splice(i, 0, id);
    if (this.keys.length > this.k) {
      this.keys.pop();
      this.ids.pop();
    }
  }
  sorted(): number[] {
    return this.ids;
  }
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
function fuzzyMatches(
  index: SearchIndex,
  scratch: Uint8Array,
  word: string,
  already: readonly WordMatch[],
): WordMatch[] {
  const k = word.length >= TWO_EDITS_FROM ? 2 : 1;
  const needShared = Math.max(1, word.length - 3 * k);
  // Count shared trigrams per term in a reused counter array; remember which terms were touched.
  const seen: number[] = [];
  for (const g of new Set(trigramsOf(word)))
    for (const id of index.trigrams.get(g) ?? []) {
      if (scratch[id] === 0) seen.push(id);
      scratch[id] = Math.min(255, (scratch[id] as number) + 1);
    }
  const skip = new Set(already.map((m) => m.term));
  const pool: { id: number; count: number }[] = [];
  for (const id of seen) {
    const count = scratch[id] as number;
    scratch[id] = 0;
    const term = index.terms[id] as string;
    if (count >= needShared && !skip.has(id) && Math.abs(term.length - word.length) <= k) pool.push({ id, count });
  }
  if (pool.length === 0) return [];
  const candidates = pool
    .sort((a, b) => b.count - a.count)
    .slice(0, FUZZY_CAP)
    .map((c) => c.id);
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

/** The whole query equals a record's name, alias or a partner's name. */
interface ExactMatch {
  field: FieldName;
  value: string;
}

/** An exact name or alias outranks everything; an exact partner's name ranks by that partner match. */
const isStrong = (ex: ExactMatch) => ex.field === 'name' || ex.field === 'alias';

/** Entries whose name, alias or partner's name equals the whole query (joined), strongest field kept. */
function exactRefs(index: SearchIndex, q: ParsedQuery): Map<number, ExactMatch> {
  const out = new Map<number, ExactMatch>();
  const strength: Record<string, number> = { name: 3, alias: 2, partner: 1 };
  const key = q.normal.replace(/ /g, '');
  for (const ref of index.exact.get(key) ?? []) {
    const had = out.get(ref.entry);
    if (!had || (strength[ref.field] ?? 0) > (strength[had.field] ?? 0))
      out.set(ref.entry, { field: ref.field, value: ref.value });
  }
  return out;
}
