/**
 * Whether any pattern of a table matches a text, in one pass: the table's patterns joined into one alternation, built
 * once per table. The readings test tables of patterns on every question (a question's target: ~70 patterns, most of
 * which fail); one scan of the text for all of them costs a fraction of one scan each.
 *
 * The same answer as testing the patterns one by one: a match of the alternation is a match of one of its branches,
 * and each branch matches where its pattern does. Only a table that joins into the same thing is joined: one set of
 * flags, none of them stateful (`g`, `y`: a test moves lastIndex), and no backreference or named group (a group's
 * number or name changes once joined). Any other table is tested pattern by pattern, as before.
 */
const joined = new WeakMap<object, RegExp | null>();

/** A pattern that refers to its own groups, by number or name: joined, the reference would point elsewhere. */
const SELF_REFERENCE = /\\[1-9]|\\k<|\(\?<[^=!]/;

function joinedOf<T>(rows: readonly T[], pattern: (row: T) => RegExp): RegExp | null {
  let re = joined.get(rows);
  if (re !== undefined) return re;
  const patterns = rows.map(pattern);
  const flags = patterns[0]?.flags ?? '';
  const joinable =
    patterns.length > 0 &&
    !/[gy]/.test(flags) &&
    patterns.every((p) => p.flags === flags && !SELF_REFERENCE.test(p.source));
  re = joinable ? new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags) : null;
  joined.set(rows, re);
  return re;
}

const itself = (re: RegExp): RegExp => re;

/**
 * `rows.some((row) => pattern(row).test(text))`, in one scan where the table joins. (The table must not change, and
 * is always read by the same `pattern`.)
 */
export function anyRow<T>(rows: readonly T[], text: string, pattern: (row: T) => RegExp): boolean {
  const re = joinedOf(rows, pattern);
  return re ? re.test(text) : rows.some((row) => pattern(row).test(text));
}

/** `patterns.some((re) => re.test(text))`, in one scan where the table joins. (The table must not change.) */
export const anyMatch = (patterns: readonly RegExp[], text: string): boolean => anyRow(patterns, text, itself);

/**
 * `rows.find((row) => pattern(row).test(text))`: the first row (in the table's order) whose pattern matches, after
 * one scan says whether any does — most texts match none. (The table must not change, and is always read by the same `pattern`.)
 */
export function firstMatch<T>(rows: readonly T[], text: string, pattern: (row: T) => RegExp): T | undefined {
  const re = joinedOf(rows, pattern);
  if (re && !re.test(text)) return undefined;
  return rows.find((row) => pattern(row).test(text));
}

/**
 * False only where no row's pattern matches the text (one scan); a table that does not join says true, unread. For a
 * table of rewrites applied in turn: where no pattern matches the text, none rewrites it, so none matches after.
 * (The table must not change, and is always read by the same `pattern`.)
 */
export function couldMatch<T>(rows: readonly T[], text: string, pattern: (row: T) => RegExp): boolean {
  const re = joinedOf(rows, pattern);
  return re ? re.test(text) : true;
}

const tests = new WeakMap<RegExp, RegExp>();

/** A pattern's copy for testing only: its `g` and `y` flags dropped (so a test starts at 0 and moves nothing). */
export function testOf(re: RegExp): RegExp {
  let t = tests.get(re);
  if (!t) tests.set(re, (t = /[gy]/.test(re.flags) ? new RegExp(re.source, re.flags.replace(/[gy]/g, '')) : re));
  return t;
}
