/**
 * Months, one table for every place one is read or written: a question's "18 jun 2020", "Sept 2021", "in october", a
 * record's "as at 30 Jun 2021", a reply's "25 Nov 2022" (as the records write dates), "in Sept 2021" (a quote's date),
 * "september" (the English words a Chinese question's 9月 is read into).
 */

/**
 * Each month, January first: its three letters (every form of it starts with them), its whole name, and where a
 * sentence shortens it otherwise, that form ("Sept").
 */
const MONTHS: ReadonlyArray<{ abbr: string; full: string; written?: string }> = [
  { abbr: 'jan', full: 'january' },
  { abbr: 'feb', full: 'february' },
  { abbr: 'mar', full: 'march' },
  { abbr: 'apr', full: 'april' },
  { abbr: 'may', full: 'may' },
  { abbr: 'jun', full: 'june' },
  { abbr: 'jul', full: 'july' },
  { abbr: 'aug', full: 'august' },
  { abbr: 'sep', full: 'september', written: 'sept' },
  { abbr: 'oct', full: 'october' },
  { abbr: 'nov', full: 'november' },
  { abbr: 'dec', full: 'december' },
];

/** A month's forms as typed, shortest first ("sep", "sept", "september"; "may"). */
const WORDS: ReadonlyArray<readonly [string, ...string[]]> = MONTHS.map((m) => [
  m.abbr,
  ...(m.written ? [m.written] : []),
  ...(m.full !== m.abbr ? [m.full] : []),
]);

const title = (w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;

/** Each month's three letters as a pattern ("jan|feb|…|dec"), for a month written as them and any letters more. */
export const MONTH_ABBR = MONTHS.map((m) => m.abbr).join('|');

/** The same as the records write them ("Jan|Feb|…|Dec"). */
export const MONTH_ABBR_TITLE = MONTHS.map((m) => title(m.abbr)).join('|');

/** Each month's forms as a pattern of its own ("jan|january", …, "sep|sept|september", …), January first. */
export const MONTH_FORMS: readonly string[] = WORDS.map((forms) => forms.join('|'));

/** Any form of any month, whole, as one pattern ("jan(?:uary)?|…|sep(?:t|tember)?|…"). */
export const MONTH_WORD = WORDS.map(([abbr, ...more]) =>
  more.length ? `${abbr}(?:${more.map((w) => w.slice(abbr.length)).join('|')})?` : abbr,
).join('|');

/** The month a word names by its first three letters, in any case ("Sept", "september", "DEC" → 9, 9, 12). */
export function monthNumber(word: string): number | undefined {
  const abbr = word.slice(0, 3).toLowerCase();
  const i = MONTHS.findIndex((m) => m.abbr === abbr);
  return i < 0 ? undefined : i + 1;
}

/**
 * Month `n` (1–12) as a reply writes it: `short` as the records' dates do ("Sep"), `written` as a sentence shortens it
 * ("Sept"), `word` whole in lower case as a question's normal form has it ("september"). '' for no month.
 */
export function monthName(n: number, form: 'short' | 'written' | 'word' = 'short'): string {
  const m = MONTHS[n - 1];
  if (!m) return '';
  return form === 'word' ? m.full : title(form === 'written' ? (m.written ?? m.abbr) : m.abbr);
}
