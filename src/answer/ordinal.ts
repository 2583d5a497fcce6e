/**
 * The words a meeting is named by, as understand() and bounds.ts read them: an ordinal ("3rd", "3", "third") and the
 * mask that hides words once read (so no later table reads them again).
 */
import type { Lexicon } from './lexicon.js';

/** Hides a span of the normal form once read: the same length, so every other mention's offsets stay right. */
export const mask = (text: string, start: number, end: number) =>
  `${text.slice(0, start)}${'\u0001'.repeat(end - start)}${text.slice(end)}`;

// Meeting references: "3rd jic", "jic 3", "jic #3", "jic4", "meeting no 2", "the 2022 meeting".
export const ORD = '(\\d{1,2})(?:st|nd|rd|th)?';

/** A lexicon's ordinal words ("first", "fourth"), as one alternation. */
export const ordinals = (lex: Lexicon) =>
  Object.keys(lex.numbers)
    .filter((w) => /st$|nd$|rd$|th$/.test(w))
    .join('|');

const BARE_ORDINAL =
  / the (?:(?:\d(?:st|nd|rd|th)|first|second|third|fourth)( one)|\d(?:st|nd|rd|th)) (?:(?:held|take|took|happen|happened|co ?chaired|chaired|was|is|in|at|on) |$)/;
// ("How many MOUs did the 4th sign?", "how many projects did the third launch?": an ordinal that signs or launches is a
// meeting, whatever records the question names.)
const ORDINAL_DOES =
  / the (?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth)(?: one)? (?:sign|signs|signed|launch|launches|launched|initiate|initiated|announce|announced|produce|produced|yield|yielded|see|saw|deliver|delivered|bring|brought) /;
const ONE_COULD_BE = / (?:mous?|projects?|agreements?|partners?|records?|groups?|pillars?|annex) /;
const IN_A_LIST = / (?:mous?|projects?|agreements?|records?|items?|entry|entries|annex) /;

/**
 * Whether the question names a meeting by its ordinal alone (understand() then reads the ordinal as that meeting):
 * "the 2nd one", "the third one" before what a meeting does or closing the question ("where was the third one held",
 * "who chaired the 2nd one"), nothing named that "one" could be; or "the 4th" closing it or before what a meeting does
 * ("did a minister attend the 4th?", "when was the 2nd?", "where was the 3rd held?"), no record named that it could
 * be a place in ("which MOU was the 2nd?"). The text is the normal form, spaces around every word.
 */
export function bareMeetingOrdinal(text: string): boolean {
  const bare = BARE_ORDINAL.exec(text);
  if (bare && !(bare[1] ? ONE_COULD_BE : IN_A_LIST).test(text)) return true;
  return ORDINAL_DOES.test(text);
}

export function numberWord(word: string, lex: Lexicon): number | undefined {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word);
  if (m?.[1]) return Number(m[1]);
  return lex.numbers[word];
}
