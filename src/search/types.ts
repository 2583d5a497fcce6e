import type { RecordKind } from '../dataset/index.js';

/** Why a record matched, strongest first: the tier it was found in. */
export type MatchTier = 'exact' | 'alias' | 'prefix' | 'fuzzy' | 'partner' | 'topic' | 'description';

export interface SearchHit {
  kind: RecordKind;
  id: string;
  /** The record's display name. */
  label: string;
  /** 0 is a perfect match, 1 the weakest kept. */
  score: number;
  tier: MatchTier;
  /** The text that matched (an alias, a partner's name, a topic), for "found through …". */
  matched: string;
}

export interface SearchOptions {
  /** Only these kinds of record (all kinds when absent). */
  kinds?: readonly RecordKind[];
  /** At most this many hits (default 25). */
  limit?: number;
}

export interface LookupResult {
  /** The confident best hit, or null when nothing is confident enough to answer with. */
  best: SearchHit | null;
  /** Close runners-up (or, with no confident best, the closest records for "did you mean"). */
  others: SearchHit[];
}

/** Built once at start-up from the Dataset; every lookup, autocomplete and answer goes through it. */
export interface SearchEngine {
  /** Ranked hits; nonsense finds nothing. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** For submit: the best hit plus runners-up that are close. */
  lookup(query: string, options?: SearchOptions): LookupResult;
  /** For autocomplete, on every keystroke: ≤ 25 hits; an empty query gives the latest meeting's records. */
  suggest(query: string, options?: SearchOptions): SearchHit[];
}
