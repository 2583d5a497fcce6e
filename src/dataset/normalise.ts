/**
 * One normal form for queries and record text alike, so `Sun Yat-sen`, `sun yat sen` and
 * `ＳＵＮ　ＹＡＴ－ＳＥＮ` meet: compatibility forms folded (full-width), diacritics dropped,
 * apostrophes dropped (`world’s` → `worlds`), `&` read as `and`, other punctuation as a space,
 * lowercase, single spaces. Total: any string (lone surrogates included) gives a string.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The normal form with its spaces removed: `crimson logic` and `crimsonlogic` compare equal. */
export function squash(text: string): string {
  return normalise(text).replace(/ /g, '');
}

/** The words of the normal form (empty for a string with no letters or digits). */
export function words(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(' ') : [];
}
