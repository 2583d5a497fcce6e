/**
 * A meeting named as a bound in time: "by the middle of 2023", "as of June 2022", "up to the end of 2021", "until the
 * 3rd meeting", "before the 3rd JIC", "since the 2nd JIC". What was signed or launched up to a point is the running
 * total as of the last meeting held on or before it — never the meeting of the year named (the 4th JIC met in December
 * 2023, so "by mid 2023" is the 3rd's 21 MOUs, not its 29). What came before a meeting with no running total reported
 * before it is the earlier meetings' own counts added up ("before the 3rd" → the 1st's 8 and the 2nd's 4); what came
 * since a meeting is its own and every later one's.
 *
 * Read from the words that bound and the point they bound (a meeting by its ordinal, or a date: a month, a part of a
 * year, a day), never from a list of whole questions. English, and the English a Chinese question is glossed into.
 */
import type { Dataset, Meeting } from '../dataset/index.js';
import type { Lexicon } from './lexicon.js';
import { MONTH_WORD, monthNumber } from '../text/months.js';
import { mask, numberWord, ORD, ordinals } from './ordinal.js';

/** A meeting a bound names: where, its words, its number, and whether a count runs up to it (`asOf`). */
export interface BoundMention {
  type: 'meeting';
  start: number;
  end: number;
  words: string;
  value: string;
  asOf?: boolean;
}

/** Where the meetings read are put (understand()'s mentions). */
type Sink = { push(...found: BoundMention[]): unknown };

// Words that bound up to a point, the point included ("by", "as of", "until") or not ("before").
const UP_TO = '(?:by|as of|as at|up to|up until|until|till|through|thru)';
const BEFORE = '(?:before|prior to|ahead of)';

// A part of a year, and the day (MM-DD) it runs to when the point is included, or starts at when it is not.
const PARTS: ReadonlyArray<{ words: string; to: string; from: string }> = [
  { words: 'start of|beginning of|the start of|the beginning of', to: '01-01', from: '01-01' },
  { words: 'early|the early part of|first quarter of|the first quarter of|q1', to: '03-31', from: '01-01' },
  {
    words:
      'mid|middle of|the middle of|the mid|half way through|halfway through|first half of|the first half of|1st half of|h1|second quarter of|the second quarter of|q2|spring|spring of|the spring of',
    to: '06-30',
    from: '04-01',
  },
  { words: 'summer|summer of|the summer of|third quarter of|the third quarter of|q3', to: '09-30', from: '07-01' },
  {
    words:
      'late|end of|the end of|the close of|second half of|the second half of|2nd half of|h2|fourth quarter of|the fourth quarter of|q4|year end|the year end',
    to: '12-31',
    from: '10-01',
  },
];
const PART = PARTS.map((p) => p.words).join('|');

// "by the middle of 2023", "as of june 2022", "before 1 june 2022", "until june 1 2022", "up to the end of 2021".
const DATE_BOUND = new RegExp(
  ` (${UP_TO}|${BEFORE}) (?:the )?(?:(${PART}) )?(?:(\\d{1,2})(?:st|nd|rd|th)? (?:of )?)?(?:(${MONTH_WORD}) )?(?:(\\d{1,2})(?:st|nd|rd|th)? )?(?:of )?(20\\d\\d) `,
);

// What the JIC meetings report and add up: their MOUs and projects. (A bound on anything else — "banks that ran
// TradeTrust trials before the 2nd JIC" — is that thing's, read as before.)
const RECORDS = / (?:mous?|memorand\w*|agreements?|deals?|projects?|ventures?|signed|inked|launched|initiated) /;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The meetings held, in order. */
const held = (dataset: Dataset): Meeting[] =>
  dataset.meetings.filter((m) => m.number > 0).sort((a, b) => a.number - b.number);

/**
 * A date bound: the last meeting held on or before it (strictly before, for "before"), as a meeting mention marked
 * `asOf` over the bounding words. A year alone is left to the year's reading (its meeting); a point before the first
 * meeting is the founding MOU's (meeting 0), what came before the JIC met.
 */
function dateBound(t: string, dataset: Dataset, out: Sink): string {
  const m = DATE_BOUND.exec(t);
  // (Only what the meetings add up: a figure a named outcome gives as at its own date — "OneSME's buyers as at June
  // 2021" — is that figure's, never a meeting's.)
  if (!m) return t;
  const [, word = '', part, day1, month, day2, yearWord = ''] = m;
  if (!part && !month) return t;
  const year = Number(yearWord);
  const strict = new RegExp(`^${BEFORE}$`).test(word);
  const n = month ? monthNumber(month) : undefined;
  const day = Number(day1 ?? day2 ?? 0);
  const shape = PARTS.find((p) => part && p.words.split('|').includes(part));
  // The day the bound falls on: a day named; else a month's last (or, strictly before it, first) day; else the part's.
  const iso =
    n !== undefined
      ? `${year}-${pad(n)}-${pad(day || (strict ? 1 : lastDay(year, n)))}`
      : `${year}-${strict ? shape?.from : shape?.to}`;
  const within = held(dataset).filter((x) => (strict ? x.date.value < iso : x.date.value <= iso));
  const last = within[within.length - 1];
  const start = m.index + 1;
  const end = m.index + m[0].length - 1;
  out.push({ type: 'meeting', start, end, words: t.slice(start, end), value: String(last?.number ?? 0), asOf: true });
  return mask(t, start, end);
}

const byLexicon = new WeakMap<Lexicon, { upTo: RegExp; before: RegExp; since: RegExp }>();

/** A lexicon's patterns for a meeting by its ordinal after a bounding word, compiled once. */
function meetingBoundPatterns(lex: Lexicon) {
  const cached = byLexicon.get(lex);
  if (cached) return cached;
  // (The meeting word may go unsaid where MOUs or projects are asked — "MOUs before the 3rd" — never before a record's
  // own word: "until the 3rd project".)
  // ("By jic 4", "before meeting 3": the meeting word and its number after it, as the readers' own shorthand.)
  const meeting = `(?:(?:the )?(${ORD}|${ordinals(lex)})(?: (?:sci )?(?:jic|meeting|mtg)s?(?: meeting)?|(?= (?!(?:new |joint )?(?:mous?|projects?|agreements?|batch|round|tranche|one|item|entry|record)\\b)))|(?:the )?(?:jic|meeting|mtg) (?<n>[1-9])(?! (?:new |joint )?(?:mous?|projects?|agreements?|partners?)\\b))`;
  const built = {
    upTo: new RegExp(` ${UP_TO} (?:the end of )?${meeting} `),
    before: new RegExp(` ${BEFORE} ${meeting} `),
    since: new RegExp(` (?:since|starting (?:from|with)|from) ${meeting}(?: (?:on|onwards?|onward))? `),
  };
  byLexicon.set(lex, built);
  return built;
}

// A verb right after "since <meeting>": the clause gives a reason ("since the 2nd JIC had the most MOUs, …").
const CAUSE =
  /^ (?:had|has|have|was|were|is|are|did|does|signed|launched|saw|got|produced|added|brought|only|also|already|clearly) /;

/**
 * A meeting by its ordinal after a bounding word: up to it, its running total (`asOf`); before it, with no running
 * total reported before it, the earlier meetings each (their counts added up); since it ("since the 2nd", "from the
 * 3rd on"), it and every later one.
 */
function meetingBound(t: string, dataset: Dataset, lex: Lexicon, out: Sink): string {
  const p = meetingBoundPatterns(lex);
  const meetings = held(dataset);
  const at = (m: RegExpExecArray) => {
    const n = numberWord(m[1] ?? m.groups?.n ?? '', lex);
    return n !== undefined && meetings.some((x) => x.number === n) ? n : undefined;
  };
  const push = (m: RegExpExecArray, numbers: readonly number[], asOf = false) => {
    const start = m.index + 1;
    const end = m.index + m[0].length - 1;
    for (const x of numbers)
      out.push({
        type: 'meeting',
        start,
        end,
        words: t.slice(start, end),
        value: String(x),
        ...(asOf ? { asOf } : {}),
      });
    return mask(t, start, end);
  };
  const upTo = p.upTo.exec(t);
  const n1 = upTo ? at(upTo) : undefined;
  // ("From the first through the third JIC": the end of a span — meetingSpan's — not a point a total runs up to.)
  const spanEnd =
    !!upTo &&
    / from (?:the )?(?:[a-z0-9]+(?: (?:sci )?(?:jic|meeting|mtg))?|(?:jic|meeting|mtg) [1-9]) $/.test(
      t.slice(0, upTo.index + 1),
    );
  if (upTo && n1 !== undefined && !spanEnd) return push(upTo, [n1], true);
  const before = p.before.exec(t);
  const n2 = before ? at(before) : undefined;
  // (A running total reported before it — "before the 4th": the 3rd's — is read as before, by the count.)
  if (before && n2 !== undefined && !meetings.some((x) => x.number < n2 && x.totals))
    return push(before, n2 > 1 ? meetings.filter((x) => x.number < n2).map((x) => x.number) : [0]);
  const since = p.since.exec(t);
  const n3 = since ? at(since) : undefined;
  // ("From the 3rd JIC" alone is the 3rd's own: only "from … on/onwards" runs on. "Since the 2nd JIC had the most"
  // gives a reason, a verb right after: no bound. Since the 1st is every meeting: the running total, none named.)
  const reason = !!since && CAUSE.test(t.slice(since.index + since[0].length - 1));
  if (since && n3 !== undefined && !reason && (!/^ from /.test(since[0]) || / on(?:wards?|ward)? $/.test(since[0])))
    return push(since, n3 > 1 ? meetings.filter((x) => x.number >= n3).map((x) => x.number) : []);
  return t;
}

// A number of meetings a count runs up to ("total MOUs after 3 meetings", "projects by the first two JICs", "signed in
// the first three meetings"): group 1 the bounding word, group 2 "first", group 3 how many. ("In / over / during" bound
// only with "first": "in the last two meetings" names the meetings, not a running total.)
const COUNTED =
  / (after|by|following|by the end of|at the end of|in|over|across|during|within|through)(?: the)?( first)? (one|two|three|four|five|six|[1-9]) (?:sci )?(?:jic )?(?:meetings|jics|sessions|mtgs)(?: meetings)? /;

/** A number of meetings a count runs up to: the last of them, as a running total then (`asOf`). */
export function meetingsCounted(t: string, lex: Lexicon, out: Sink): string {
  if (!RECORDS.test(t)) return t;
  const m = COUNTED.exec(t);
  if (!m?.[1] || !m[3] || (!m[2] && /^(?:in|over|across|during|within|through)$/.test(m[1]))) return t;
  // (How many, as the lexicon's numbers read it: "three", "3".)
  const n = numberWord(m[3], lex);
  if (n === undefined) return t;
  const start = m.index + 1;
  const end = m.index + m[0].length - 1;
  out.push({ type: 'meeting', start, end, words: t.slice(start, end), value: String(n), asOf: true });
  return mask(t, start, end);
}

/** Every bound in time the question names, read as its meetings (see the module's comment). */
export function meetingsBounded(t: string, dataset: Dataset, lex: Lexicon, out: Sink): string {
  if (!RECORDS.test(t)) return t;
  return meetingBound(dateBound(t, dataset, out), dataset, lex, out);
}

// A change asked over a span ("did the MOUs grow from the 1st to the 3rd?"): its two ends compared, never added up.
const CHANGE =
  / (?:change|changed|changes|grow|grew|growth|double|doubled|increase|increased|rise|rose|fall|fell|drop|dropped|up or down|go up|went up|go down|went down|compare|compared|versus|vs|than|trend|difference|differ) /;

/**
 * "From the 1st to the 3rd meeting", "JIC 1 through JIC 3", "between the 2nd and 4th JIC inclusive": a span of
 * meetings is every meeting in it, the ends included — never its two ends alone (8 + 8 where 8 + 4 + 8 was asked).
 * Read once the meetings are found: the meetings inside the span are added, over the span's words.
 */
export function meetingSpan(
  text: string,
  out: ReadonlyArray<{ type: string; start: number; end: number; value: string }> & Sink,
): void {
  if (CHANGE.test(text)) return;
  const meetings = out.filter((m) => m.type === 'meeting').sort((a, b) => a.start - b.start);
  for (let i = 1; i < meetings.length; i += 1) {
    const [a, b] = [meetings[i - 1], meetings[i]];
    if (!a || !b || Number(b.value) - Number(a.value) < 2) continue;
    const between = text.slice(a.end, b.start);
    const before = text.slice(0, a.start);
    const to =
      /^ (?:(?:sci )?(?:jic|meeting|mtg)s? )?(?:to|through|thru|until|till|up to|up until)(?: and including)?(?: the)? $/.test(
        between,
      );
    const and = /^ (?:(?:sci )?(?:jic|meeting|mtg)s? )?and(?: the)? $/.test(between);
    const inclusive =
      /^(?: (?:sci )?(?:jic|meeting|mtg)s?)? (?:inclusive|inclusively|both included|included|including both|and everything in between) /.test(
        text.slice(b.end),
      );
    if (!(to && / from (?:the )?$/.test(before)) && !(and && / between (?:the )?$/.test(before) && inclusive)) continue;
    for (let n = Number(a.value) + 1; n < Number(b.value); n += 1)
      out.push({ type: 'meeting', start: a.start, end: b.end, words: text.slice(a.start, b.end), value: String(n) });
  }
}
