/**
 * English ordinal words by meeting number (0 is the founding MOU), so "third" finds the 3rd meeting
 * wherever a meeting is named: in search, in command choices and in the console.
 */
export const ORDINAL_WORDS: readonly string[] = [
  'founding',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];
