// A number claimed with the words that bound it: "over 20 MOUs", "more than 25", "at least 8", "fewer than 10",
// "no more than 4", "20 or more", "about 30". A count or a figure is checked against the range claimed, never against
// the bare number ("were over 20 MOUs signed?" of 29 is a Yes, not "No: 29"). Read from the words right before or
// after the number in the question's normal form; language, never facts.

/**
 * How a number is claimed: above it, below it, at least or at most it, about it, or at most it from a low end ("between
 * 20 and 30", "25 to 30": `between` holds the low end).
 */
export type Bound = 'more' | 'fewer' | 'atLeast' | 'atMost' | 'about' | { between: number };

/** A claimed number's bound and the words that say it (their span in the normal form, to be marked read). */
export interface BoundRead {
  bound: Bound;
  start: number;
  end: number;
}

// "Between 20 and 30", "20 to 30" (never "from 21 to 29": a change, another claim): the low end before the number.
const BETWEEN = / (?:between (\d+) and|(?<!\bfrom )(?<!\bfrom \w+ )(\d+) (?:to|through|thru)) $/;

// The words before a number, the longest first ("no more than" before "more than").
const BEFORE: ReadonlyArray<readonly [RegExp, Bound]> = [
  [
    / (?:(?:no|not) (?:more|greater|higher|bigger|larger) than|not (?:over|above|exceeding)|at most|at the most|a maximum of|maximum of|max of|up to) $/,
    'atMost',
  ],
  [
    / (?:(?:no|not) (?:fewer|less|lower|smaller) than|not (?:under|below)|at least|at the least|a minimum of|minimum of|min of|as many as) $/,
    'atLeast',
  ],
  [
    / (?:(?:more|greater|higher|bigger|larger) than|over|above|in excess of|upwards of|upward of|north of|beyond|exceed|exceeds|exceeded|exceeding|surpass|surpassed|surpasses|surpassing|passed|topped) $/,
    'more',
  ],
  [/ (?:(?:fewer|less|lower|smaller) than|under|below|beneath|short of|south of) $/, 'fewer'],
  [/ (?:about|around|roughly|approximately|approx|nearly|almost|close to|circa|some|round about) $/, 'about'],
];

// (The words after a number — "20 or more", "8 MOUs or fewer", "30 or so" — are folded before it by normalForm.)
// "30 MOUs roughly", "30 give or take": about.
const AFTER: ReadonlyArray<readonly [RegExp, Bound]> = [
  [/^(?: [a-z]+){0,2}? (?:give or take|roughly|approximately|or thereabouts)(?= |$)/, 'about'],
];

/** The bound a question puts on the number at [start, end) of its normal form `text` (padded with spaces), if any. */
export function boundAt(text: string, start: number, end: number): BoundRead | undefined {
  const before = boundBefore(text.slice(Math.max(0, start - 40), start));
  if (before) return { bound: before.bound, start: start - before.length + 1, end };
  const after = text.slice(end, end + 40);
  for (const [re, bound] of AFTER) {
    const m = re.exec(after);
    if (m) return { bound, start, end: end + m[0].length };
  }
  return undefined;
}

/** The bound the words right before a number give it (`before` ends with a space), and how long those words are. */
export function boundBefore(before: string): { bound: Bound; length: number } | undefined {
  const range = BETWEEN.exec(before);
  const low = Number(range?.[1] ?? range?.[2]);
  if (range && Number.isFinite(low)) return { bound: { between: low }, length: range[0].length };
  for (const [re, bound] of BEFORE) {
    const m = re.exec(before);
    if (m) return { bound, length: m[0].length };
  }
  return undefined;
}

/** The values a claim of `value` with `bound` allows, as a closed range (whole numbers). */
export function claimedRange(value: number, bound: Bound | undefined): [number, number] {
  if (typeof bound === 'object') return [Math.min(bound.between, value), Math.max(bound.between, value)];
  switch (bound) {
    case 'more':
      return [value + 1, Infinity];
    case 'fewer':
      return [-Infinity, value - 1];
    case 'atLeast':
      return [value, Infinity];
    case 'atMost':
      return [-Infinity, value];
    case 'about': {
      // ("About 30" holds 29; "about 8" holds 7 and 9, never 5.)
      const slack = Math.max(1, Math.round(value / 10));
      return [value - slack, value + slack];
    }
    default:
      return [value, value];
  }
}

/**
 * Whether a fact (a value, or a range a text gives: "more than 10,000" is [10001, ∞)) holds a claim: 'yes' if every
 * value the fact allows is claimed, 'no' if none is, else 'unknown' (the sources' own bound leaves it open).
 */
export function rangeVerdict(
  fact: readonly [number, number],
  claim: readonly [number, number],
): 'yes' | 'no' | 'unknown' {
  const [fLo, fHi] = fact;
  const [cLo, cHi] = claim;
  if (fLo >= cLo && fHi <= cHi) return 'yes';
  if (fHi < cLo || fLo > cHi) return 'no';
  return 'unknown';
}

/** Whether a count holds a number claimed with its bound. */
export function countHolds(count: number, value: number, bound?: Bound): boolean {
  const [lo, hi] = claimedRange(value, bound);
  return count >= lo && count <= hi;
}

/** A claim's bound in words, as an answer says what was asked ("more than 20", "at least 8"). */
export function boundWords(value: number, bound: Bound | undefined): string {
  if (typeof bound === 'object') return `${bound.between.toLocaleString('en-US')} to ${value.toLocaleString('en-US')}`;
  switch (bound) {
    case 'more':
      return `more than ${value.toLocaleString('en-US')}`;
    case 'fewer':
      return `fewer than ${value.toLocaleString('en-US')}`;
    case 'atLeast':
      return `at least ${value.toLocaleString('en-US')}`;
    case 'atMost':
      return `at most ${value.toLocaleString('en-US')}`;
    case 'about':
      return `about ${value.toLocaleString('en-US')}`;
    default:
      return value.toLocaleString('en-US');
  }
}
