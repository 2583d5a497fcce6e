import { foldHan, hanWords } from './han.js';

const ASCII = /^[\x00-\x7f]*$/;

/**
 * One normal form for queries and record text alike, so `Sun Yat-sen`, `sun yat sen` and
 * `ＳＵＮ　ＹＡＴ－ＳＥＮ` meet: compatibility forms folded (full-width), diacritics dropped,
 * apostrophes dropped (`world’s` → `worlds`), `&` read as `and`, other punctuation as a space,
 * lowercase, traditional Chinese folded to simplified (`北京大學` → `北京大学`), single spaces.
 * Total: any string (lone surrogates included) gives a string.
 */
export function normalise(text: string): string {
  // (Plain ASCII, as most questions are: the same steps without the Unicode ones, which change nothing there — no
  // compatibility forms, no marks, no letters or digits beyond a-z and 0-9 once lower case, no Chinese.)
  if (ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/['`]/g, '')
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return unicodeForm(text);
}

/** The normal form by its Unicode steps: right for any text (normalise reads plain ASCII without them). */
export function unicodeForm(text: string): string {
  return foldHan(
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/['’‘`´]/g, '')
      .replace(/&/g, ' and ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  );
}

/** The normal form with its spaces removed: `crimson logic` and `crimsonlogic` compare equal. */
export function squash(text: string): string {
  return normalise(text).replace(/ /g, '');
}

/**
 * The search words of the normal form (empty for a string with no letters or digits): each
 * space-separated word, Chinese runs as character pairs (`深圳 keppel` → 深圳, keppel;
 * `北京大学` → 北京, 京大, 大学).
 */
export function words(text: string): string[] {
  return wordsOfNormal(normalise(text));
}

/** `words` for text already normalised. */
export function wordsOfNormal(normal: string): string[] {
  return normal ? normal.split(' ').flatMap(hanWords) : [];
}
