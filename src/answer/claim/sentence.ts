// A yes/no question as the claim reader reads it: its words, each marked once a predicate has read it, and what
// understand() found in them (meetings, people, named outcomes), with the dates and places its words give.
import { type Mention, type Understanding } from '../understand.js';
import type { Dataset } from '../../dataset/index.js';
import { norm, perDataset } from '../records.js';
import { isoDateIn } from '../plan/asked.js';
import { MONTH_ABBR, monthNumber } from '../../text/months.js';
import type { When } from './types.js';
import { HELD, REMOTE, SHAPE } from './words.js';
import { LEXICONS } from '../lexicon.js';

/** One word of the question's normal form, where it stands. */
export interface Word {
  w: string;
  start: number;
  end: number;
}

/** A question as the predicates read it: its words (each marked once read) and what understand() found in it. */
export interface Sentence {
  u: Understanding;
  dataset: Dataset;
  words: Word[];
  read: boolean[];
  meetings: Mention[];
  people: Mention[];
  outcomes: Mention[];
  /** Places and ways of meeting the sentence names, by the words found. */
  places: Word[];
  when?: When;
}

/**
 * The places the sources hold meetings and events in, as words: each meeting's place up to its first comma or
 * bracket ("Chongqing", "Shenzhen"), the cities a video meeting joined ("(Shenzhen and Singapore)"), and the events'.
 */
const placeWords = perDataset((dataset: Dataset) => {
  const out = new Set<string>();
  const add = (text: string) => {
    for (const w of norm(text).split(' ')) if (w.length > 3 && !SHAPE.has(w) && !HELD.has(w)) out.add(w);
  };
  for (const m of dataset.meetings) {
    const v = m.place.value ?? '';
    add(v.split(/[,(]/)[0] ?? '');
    for (const inside of v.matchAll(/\(([^)]*)\)/g)) add(inside[1] ?? '');
  }
  for (const e of dataset.initiative.events ?? []) add(e.place?.value ?? '');
  add(dataset.initiative.demonstrationZone?.place?.value ?? '');
  for (const w of ['video', 'conference', 'link', 'virtually']) out.delete(w);
  return out;
});

// A meeting mention made of a date's words ("2021", "in october 2021"): a qualifier, not the meeting asked about.
const DATE_MENTION = /^(?:[a-z]+ )?(?:on )?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:[a-z]+ )?20\d\d$/;
const MONTH_YEAR = new RegExp(` (${MONTH_ABBR})[a-z]*\\.? (20\\d\\d) `);
const IN_MONTH = new RegExp(` (?:in|during) (${MONTH_ABBR})[a-z]* `);
const YEAR = / (20\d\d) /;

/** The question's words, with what understand() found in them; undefined for what the claim reader never reads. */
export function sentenceOf(u: Understanding, dataset: Dataset): Sentence | undefined {
  // (A Chinese question's gloss, and "which source says …", are read by their own readers.)
  if (u.lang !== 'en' || u.q.asksSource) return undefined;
  const words: Word[] = [];
  for (const m of u.q.text.matchAll(/\S+/g)) words.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  const read = words.map(() => false);
  const s: Sentence = { u, dataset, words, read, meetings: [], people: [], outcomes: [], places: [] };
  const places = placeWords(dataset);
  // Dates: a full date, a month and year, a month after "in", a year; their words are read.
  const iso = isoDateIn(u.q.text);
  const my = MONTH_YEAR.exec(u.q.text);
  const mo = IN_MONTH.exec(u.q.text);
  const yr = YEAR.exec(u.q.text);
  if (iso) {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    s.when = { year, month, day };
    for (const x of words) if (/^\d{1,2}(?:st|nd|rd|th)?$|^20\d\d$/.test(x.w) || monthNumber(x.w)) markWord(s, x);
  } else if (my) s.when = { year: Number(my[2]), month: monthNumber(my[1] ?? '') ?? 0 };
  else if (yr) s.when = { year: Number(yr[1]), ...(mo ? { month: monthNumber(mo[1] ?? '') ?? 0 } : {}) };
  if (s.when) for (const x of words) if (/^20\d\d$/.test(x.w) || (monthNumber(x.w) && x.w !== 'may')) markWord(s, x);
  for (const m of u.mentions) {
    if (m.negated) return undefined;
    if (m.type === 'meeting') {
      // (A meeting named by a date or a place is that qualifier: "in 2021", "in Chongqing".)
      if (DATE_MENTION.test(m.words) && s.when) mark(s, m);
      else if (places.has(m.words)) continue;
      else s.meetings.push(m);
    } else if (m.type === 'person') s.people.push(m);
    else if (m.type === 'highlight' && m.words !== '(words)') s.outcomes.push(m);
  }
  // (A city the language's tables know, typed after "in", is a place claimed too — "signed in Beijing" — though no
  // meeting was held there.)
  const cities = new Set(LEXICONS[u.lang]?.places ?? []);
  // ("Did the 4th JIC projects have Singapore partners?": a country said of partners is theirs, never where a meeting
  // was held.)
  const ofParties = u.mentions.filter((m) => m.type === 'country' && PARTIES.test(m.words));
  for (const [i, x] of words.entries())
    if (
      (places.has(x.w) || REMOTE.has(x.w) || (cities.has(x.w) && words[i - 1]?.w === 'in')) &&
      !ofParties.some((m) => x.start >= m.start && x.end <= m.end)
    )
      s.places.push(x);
  return s;
}

const PARTIES =
  / (?:universities|university|companies|company|firms|firm|partners|partner|parties|party|signatories|signatory|signers?|organisations|organizations|institutes|bodies|agencies)$/;

/** Marks a mention's words read. */
export function mark(s: Sentence, m: { start: number; end: number }): void {
  s.words.forEach((x, i) => {
    if (x.start >= m.start && x.end <= m.end) s.read[i] = true;
  });
}

export function markWord(s: Sentence, x: Word): void {
  const i = s.words.indexOf(x);
  if (i >= 0) s.read[i] = true;
}

/** Marks every word in a set read; whether any was there. */
export function markAll(s: Sentence, set: ReadonlySet<string>): boolean {
  let any = false;
  s.words.forEach((x, i) => {
    if (set.has(x.w)) {
      s.read[i] = true;
      any = true;
    }
  });
  return any;
}

/** The words nothing has read, leaving those that only shape a question. */
export function unread(s: Sentence): Word[] {
  return s.words.filter((x, i) => !s.read[i] && !SHAPE.has(x.w));
}

/**
 * Things offered as alternatives ("the 3rd or the 4th", "Qin or Chen", "online or in Shenzhen"): two or more of one
 * kind with "or" between two of them.
 */
export function offered<T extends { start: number; end: number }>(s: Sentence, items: readonly T[]): T[] | undefined {
  if (items.length < 2) return undefined;
  const sorted = [...items].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const between = s.u.q.text.slice((sorted[i] as T).end, (sorted[i + 1] as T).start);
    if (/^ or (?:(?:in|the|by|at|on|was|did|it) )*$/.test(between)) return sorted;
  }
  return undefined;
}
