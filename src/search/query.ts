import type { RecordKind } from '../dataset/index.js';
import { KIND_WORDS } from './entries.js';
import { normalise } from '../dataset/normalise.js';

/** Work caps: a pasted essay costs no more than a short question. */
export const MAX_QUERY_CHARS = 400;
export const MAX_WORDS = 12;
/** Fuse's Bitap matcher handles patterns of at most 32 characters. */
export const MAX_WORD_CHARS = 32;

/** Words that carry no meaning for finding a record (questions, glue words). */
const STOPWORDS = new Set(
  ('the a an of in on at to for from by with and or is are was were be what who whom which where when how ' +
    'about me my show tell find look up please did does do its it this that these those there any some ' +
    'signed sign between info information details').split(' '),
);

/** A single query word that names a kind of record (`mou`, `project`, `jic`). */
const KIND_OF_WORD = new Map<string, RecordKind>(
  (Object.entries(KIND_WORDS) as [RecordKind, readonly string[]][]).flatMap(([kind, ws]) =>
    ws.filter((w) => !w.includes(' ')).map((w) => [w, kind] as [string, RecordKind]),
  ),
);

export interface ParsedQuery {
  /** The whole query, normalised (capped), for the exact tier. */
  normal: string;
  /** The words to match, in the order typed (glue words dropped, at most MAX_WORDS). */
  words: string[];
  /** Per word: it only names a kind of record (`mou`, `project`). Such words rank but do not admit. */
  isKind: boolean[];
  /** How many words are not kind words. */
  content: number;
}

export function parseQuery(raw: string): ParsedQuery {
  const normal = normalise(raw.slice(0, MAX_QUERY_CHARS));
  const all = normal ? normal.split(' ').slice(0, MAX_WORDS).map((w) => w.slice(0, MAX_WORD_CHARS)) : [];
  const kept = all.filter((w) => !STOPWORDS.has(w));
  const isKind = kept.map((w) => KIND_OF_WORD.has(w));
  const content = isKind.filter((k) => !k).length;
  // A query of kind words only ("mous", "projects") matches by them.
  if (content === 0) return { normal, words: kept, isKind: kept.map(() => false), content: kept.length };
  return { normal, words: kept, isKind, content };
}

/** The kind a query word names, if it names one. */
export function kindOfWord(word: string): RecordKind | undefined {
  return KIND_OF_WORD.get(word);
}
