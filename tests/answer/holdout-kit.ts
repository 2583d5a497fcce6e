/**
 * The patterns a held-out set judges answers with: numbers with their unit, meetings by ordinal, dates, yes and no.
 * Holdout 14 wrote them first and holdout 16 copied them; a new blind set imports them rather than writing them a
 * third time (its own facts — people, partners, the answers — stay in its own file, written from the sources).
 */
import { NOT_STATED } from './cases.js';

const WORDS: Record<number, string> = {
  1: 'one',
  2: 'two',
  3: 'three',
  4: 'four',
  5: 'five',
  6: 'six',
  7: 'seven',
  8: 'eight',
  9: 'nine',
  10: 'ten',
  11: 'eleven',
  12: 'twelve',
  14: 'fourteen',
  20: 'twenty',
  21: 'twenty-one',
  28: 'twenty-eight',
  29: 'twenty-nine',
  33: 'thirty-three',
  43: 'forty-three',
};
/** A number as digits or as a word ("29" or "twenty-nine"/"twenty nine"), for building a pattern. */
export const num = (v: number): string => (WORDS[v] ? `(?:${v}|${WORDS[v].replace('-', '[- ]')})` : `${v}`);

export const MOU = 'MOUs?|MoUs?|memorand(?:um|a|ums)(?:\\s+of\\s+understanding)?|agreements?';
export const PROJ = 'projects?|ventures?';
export const CO = 'compan(?:y|ies)|firms?|businesses';

/** A number (digits or word) then its unit, with up to two words between ("14 new joint projects"), never across "and". */
export const nu = (v: number, unit: string): RegExp =>
  new RegExp(`\\b${num(v)}\\s+(?:(?!and\\b|or\\b|vs\\b|versus\\b)[a-z-]+\\s+){0,2}?(?:${unit})\\b`, 'i');
/** A bare number, digits or word. */
export const nb = (v: number): RegExp => new RegExp(`\\b${num(v)}\\b`, 'i');

const ORD: Record<number, string> = {
  1: '(?:1st|first)',
  2: '(?:2nd|second)',
  3: '(?:3rd|third)',
  4: '(?:4th|fourth)',
  5: '(?:5th|fifth)',
};
/** A meeting by its ordinal. */
export const m = (k: number): RegExp => new RegExp(`\\b${ORD[k]}\\b`, 'i');

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A full date in any usual form: 14 Dec 2023, 14 December 2023, December 14, 2023, 2023-12-14. */
export const dt = (iso: string): RegExp => {
  const [y, mo, day] = iso.split('-').map(Number) as [number, number, number];
  const month = `${SHORT[mo - 1]}[a-z]*\\.?`;
  const dd = `${day}(?:st|nd|rd|th)?`;
  return new RegExp(`\\b(?:${dd}\\s+(?:of\\s+)?${month},?\\s+${y}|${month}\\s+${dd},?\\s+${y}|${iso})\\b`, 'i');
};
/** A month and year: Dec 2023, December 2023, 14 December 2023, December 14, 2023. */
export const my = (y: number, mo: number): RegExp =>
  new RegExp(
    `\\b(?:${SHORT[mo - 1]}[a-z]*\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?${y}|${y}-${String(mo).padStart(2, '0')})\\b`,
    'i',
  );
/** Any of the patterns. */
export const any = (...rs: RegExp[]): RegExp => new RegExp(rs.map((r) => `(?:${r.source})`).join('|'), 'i');

export const YES = /\b(?:yes|yep|correct|right|true|indeed)\b/i;
export const NO = /\b(?:no|nope|not|isn't|wasn't|weren't|didn't|doesn't|don't|aren't)\b/i;
/** Opens with yes / opens with no: the flip of the answer. */
export const SAYS_YES = /^\W*(?:yes|yep|yeah|correct|true)\b/i;
export const SAYS_NO = /^\W*(?:no|nope)\b/i;
/** "the same / equal / tied". */
export const SAME = /\bsame\b|\bequal|\bboth\b|\beach\b|\btie|\bunchanged\b|\bneither\b/i;
/** "not named / unnamed" for records the sources count but never list. */
export const UNNAMED = any(
  NOT_STATED,
  /\b(?:not|never|aren't|isn't) (?:named|listed|identified|detailed|given)\b|\bunnamed\b|\bnone (?:of them )?(?:is |are )?(?:named|listed)\b|\bno (?:names?|details|list)\b|(?:don't|do not|doesn't|does not) (?:name|list|identify)\b/,
);
/** A sum of money, which no source gives. */
export const MONEY = /\b(?:S\$|US\$|RMB|SGD|USD|CNY|¥|\$)\s?\d|\b\d[\d,.]*\s?(?:million|billion|yuan|dollars)\b/i;
