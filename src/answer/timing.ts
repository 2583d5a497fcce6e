// When two dated things stand to each other, asked in words: a meeting and the press release that announced it ("was
// the 4th JIC's release issued before the meeting?", "…on the same day?", "how many days between the 4th JIC and its
// press release?"), and a gap between two meetings claimed with a bound ("was the 3rd meeting more than a year after
// the 2nd?"). The dates are the data's; the verdict is the calendar's (never the order of mention, never a year alone).
import type { Dataset, Meeting } from '../dataset/index.js';
import type { Understanding } from './understand.js';
import { boundBefore, type Bound } from './countbound.js';
import { formatDate } from './format.js';
import { LEXICONS } from './lexicon.js';

export type PartOfDay = 'morning' | 'afternoon' | 'evening';

// Words that ask the time of day ("what time", "in the morning or the afternoon?", Chinese's 上午 glossed).
const TIME_ASKED = / (?:what time|time of day|which hour|what hour|at what time|morning|afternoon|evening|night) /;

/** The part of the day a text says a thing was held ("Held on the morning of 18 Oct 2021"), or undefined. */
export function partOfDayIn(text: string): PartOfDay | undefined {
  return /\bon the (morning|afternoon|evening) of\b/i.exec(text)?.[1]?.toLowerCase() as PartOfDay | undefined;
}

/** The part of the day a meeting's record gives (the sources give no hour for any meeting), or undefined. */
export function meetingPartOfDay(m: Meeting | undefined): PartOfDay | undefined {
  for (const h of m?.highlights ?? []) {
    const part = partOfDayIn(h.text);
    if (part) return part;
  }
  return undefined;
}

/** The part of the day a meeting was held, where the question asks the time of day; else undefined. */
export function partOfDay(m: Meeting, u: Understanding): PartOfDay | undefined {
  return TIME_ASKED.test(u.q.text) ? meetingPartOfDay(m) : undefined;
}

// The parts of the day a question can name ("at night" is the evening's: no source tells them apart).
const PART_WORDS = /\b(morning|afternoon|evening|night)s?\b/g;

/**
 * The one part of the day a yes/no claims of a meeting ("was the 1st JIC in the morning?", "did the 2nd take place in
 * the evening?"); undefined where none or two are named (an either-or asks which: partOfDay answers it).
 */
export function partClaimed(u: Understanding): PartOfDay | undefined {
  if (u.target !== 'yesno' || !TIME_ASKED.test(u.q.text)) return undefined;
  const named = new Set([...u.q.text.matchAll(PART_WORDS)].map((m) => (m[1] === 'night' ? 'evening' : m[1])));
  return named.size === 1 ? ([...named][0] as PartOfDay) : undefined;
}

/** What is asked of a meeting and its release: their order, or the time between them. */
export type ReleaseAsked = 'before' | 'after' | 'same' | 'gap';

/** A span of time claimed: so many days, weeks, months or years, with how it is bounded ("more than a year"). */
export interface Span {
  n: number;
  unit: 'day' | 'week' | 'month' | 'year';
  bound?: Bound | 'within';
}

/** The press release the sources give for a meeting (its publisher says so), with its date. */
export function announcingRelease(dataset: Dataset, m: Meeting) {
  const ids = [...(m.announced?.sources ?? []), ...(m.sources ?? [])];
  return ids.map((id) => dataset.source(id)).find((x) => !!x && /press release/i.test(x.publisher));
}

/** A publisher as a reply names it, the note in brackets at its end dropped ("IMDA (press release)" → "IMDA"). */
export const publisherShown = (publisher: string): string => publisher.replace(/\s*\(.*\)$/, '');

/** The date a meeting was announced: the one filed apart, else its press release's. */
export function releaseDate(dataset: Dataset, m: Meeting): { date: string; by?: string } | undefined {
  if (m.announced) return { date: m.announced.value };
  const release = announcingRelease(dataset, m);
  return release?.date ? { date: release.date, by: publisherShown(release.publisher) } : undefined;
}

// A release, or the meeting's being made known.
const RELEASE =
  / (?:press release|release|releases|announcement|announced|announce|publicised|publicized|made public|press statement|statement) /;
// Its order asked against the meeting's day.
const SAME =
  / (?:same day|same date|on the day|that day|that same day|the day (?:it was|of the meeting|it took place)|day it was held|day of the meeting|day it happened) /;
const BEFORE = / (?:before|prior to|ahead of|in advance of|earlier than|preceding) /;
const AFTER = / (?:after|later than|following|afterwards) /;
const GAP =
  / (?:how (?:many|much) (?:days|hours|weeks|time)|how long|days? (?:between|apart|separat\w*|passed|elapsed|later|after)|time between|gap between|lag) /;

/** What a question asks of a meeting and its release, if that is what it asks. */
export function releaseAsked(u: Understanding): ReleaseAsked | undefined {
  const t = u.q.text;
  if (u.lang !== 'en' || !RELEASE.test(t)) return undefined;
  if (u.target === 'yesno')
    return SAME.test(t) ? 'same' : BEFORE.test(t) ? 'before' : AFTER.test(t) ? 'after' : undefined;
  return GAP.test(t) ? 'gap' : undefined;
}

const UNITS = /(?:^| )(a|an|one|\d+|[a-z]+) (day|days|week|weeks|month|months|year|years) /;
const WITHIN = / (?:within|inside|in under|in less than) $/;

/** A span claimed in a yes/no ("more than a year", "within 6 months", "over 400 days"), with its bound. */
export function spanClaimed(text: string): Span | undefined {
  const m = UNITS.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const word = m[1];
  const n = /^\d+$/.test(word) ? Number(word) : /^(?:a|an|one)$/.test(word) ? 1 : LEXICONS.en?.numbers[word];
  if (n === undefined || !n) return undefined;
  const unit = m[2].replace(/s$/, '') as Span['unit'];
  const before = text.slice(0, m.index + (m[0].startsWith(' ') ? 1 : 0));
  const bound = WITHIN.test(before) ? ('within' as const) : boundBefore(before)?.bound;
  return { n, unit, ...(bound ? { bound } : {}) };
}

const DAY = 86_400_000;
const full = (iso: string) => /^\d{4}-\d\d-\d\d$/.test(iso);
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/** Whole years, months and days from one ISO date to a later one ("1 year and 19 days"; none below 0 months). */
export function yearsMonthsDays(fromIso: string, toIso: string): { years: number; months: number; days: number } {
  const [y1 = 0, m1 = 1, d1 = 1] = fromIso.split('-').map(Number);
  const [y2 = 0, m2 = 1, d2 = 1] = toIso.split('-').map(Number);
  let total = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  if (total < 0) total = 0;
  const days = Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1 + total, d1)) / DAY);
  return { years: Math.floor(total / 12), months: total % 12, days };
}

/** The day a span after `from` ends (calendar months and years, not a year of 365 days). */
function endOf(from: string, span: Span): number {
  const [y = 0, mo = 1, d = 1] = from.split('-').map(Number);
  if (span.unit === 'year') return Date.UTC(y + span.n, mo - 1, d);
  if (span.unit === 'month') return Date.UTC(y, mo - 1 + span.n, d);
  return Date.UTC(y, mo - 1, d) + span.n * (span.unit === 'week' ? 7 : 1) * DAY;
}

/** Whether the time from one day to a later one is the span claimed, as bounded. */
export function spanHolds(from: string, to: string, span: Span): boolean {
  const end = endOf(from, span);
  const at = Date.parse(to);
  const bound = span.bound;
  if (bound === 'more') return at > end;
  if (bound === 'atLeast') return at >= end;
  if (bound === 'fewer') return at < end;
  if (bound === 'atMost' || bound === 'within') return at <= end;
  // ("About a year", or a span with no bound: near it, a tenth of the span either way, at least three days.)
  const room = Math.max(3 * DAY, (end - Date.parse(from)) / 10);
  return Math.abs(at - end) <= room;
}

/** "the day after the meeting (14 Dec 2023)", "2 days before …", "the day the meeting was held". */
export function releaseWhen(release: string, held: string): string {
  const days = daysBetween(held, release);
  if (days === 0) return 'the day the meeting was held';
  const n = Math.abs(days);
  const side = days > 0 ? 'after' : 'before';
  return `${n === 1 ? `the day ${side}` : `${n} days ${side}`} the meeting (${formatDate(held)})`;
}

/** The verdict on a release's order asked against its meeting's day; undefined where either day is not given whole. */
export function releaseVerdict(asked: ReleaseAsked, release: string, held: string): boolean | undefined {
  if (!full(release) || !full(held)) return undefined;
  const days = daysBetween(held, release);
  return asked === 'same' ? days === 0 : asked === 'before' ? days < 0 : asked === 'after' ? days > 0 : undefined;
}
