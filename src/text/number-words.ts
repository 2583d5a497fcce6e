/**
 * English number words from one to ten, as questions spell small counts ("three pillars", "(b) eight", "meeting
 * two"). One table for the readers that spell them out (lexicon.ts, choice.ts, plan/lists.ts).
 */
export const SMALL_NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** English ordinal words one to five, as questions name meetings ("the fourth", "after the third"): choice.ts, events.ts. */
export const SMALL_ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
};
