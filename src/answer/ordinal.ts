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

export function numberWord(word: string, lex: Lexicon): number | undefined {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word);
  if (m?.[1]) return Number(m[1]);
  return lex.numbers[word];
}
