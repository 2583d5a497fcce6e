/**
 * One normal form for queries and record text alike, so `Sun Yat-sen`, `sun yat sen` and
 * `ＳＵＮ　ＹＡＴ－ＳＥＮ` meet: compatibility forms folded (full-width), diacritics dropped,
 * `&` read as `and`, punctuation as a space, lowercase, single spaces.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The normal form with its spaces removed: `crimson logic` and `crimsonlogic` compare equal. */
export function squash(text: string): string {
  return normalise(text).replace(/ /g, '');
}
