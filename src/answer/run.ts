import { runZoneApart, type ZoneApartResult } from './zoneapart.js';
import { type NamedInResult, runNamedIn } from './named-in.js';
import { runRoster, type RosterResult } from './roster.js';
import { runHolders, type HoldersResult } from './holders.js';
import { runOwner, type OwnerResult } from './owner.js';
import { runClaim } from './claim/verify.js';
import type { ClaimResult } from './claim/types.js';
import { acronymsOf, initialledOrgs } from './acronyms.js';
import { spelledOutIn } from './shortforms.js';
import type { Dataset, Meeting, Mou, Organisation, Project, RecordKind } from '../dataset/index.js';
import type { Deps } from '../command.js';
import { LEXICONS } from './lexicon.js';
import { claimWordIn, type Claim, type Filter, type Plan, type Selection, type Subjectref } from './plan.js';
import type { ComparePlan, CompareResult, CompareSide, Unit } from './compare.js';
import { runQuotes, type QuotesResult } from './quotes.js';
import { runEvent, type EventResult } from './events.js';
import { runZoneCheck, type ZoneCheckResult } from './zonecheck.js';
import { runWording, type WordingResult } from './wording.js';
import { datedIn, datedParts } from './figures.js';
import { countHolds } from './countbound.js';
import { narrowerTopics } from './topic-areas.js';
import { runTrend, type TrendResult } from './trend.js';
import { runOrder, type OrderResult } from './pair.js';
import { runCounterparts, type CounterpartsResult } from './counterparts.js';
import { placesInName, runAttribute, type AttributeResult } from './attribute.js';
import { placesWithin, within } from './places.js';
import { runChairs, type ChairsResult } from './chairs.js';
import {
  runAcross,
  runInterval,
  runMeetingsIn,
  runPickMeeting,
  type AcrossResult,
  type IntervalResult,
  type MeetingsInResult,
  type PickMeetingResult,
} from './meetingfacts.js';
import { KIND_TESTS, kindWordOf, norm, partyIds, partyLineage, perDataset, topOf } from './records.js';

/**
 * Step 3: a plan → what the Dataset holds for it, as plain values (numbers, names, readings, the
 * records behind them and their sources). Nothing here writes a sentence; `say` does. A value the
 * sources do not give is `null`, never a guess; reported figures and records on file stay apart.
 */

export interface Ref {
  kind: RecordKind;
  id: string;
}

/** One reading of a fact, with the documents that state it (sources may disagree: several readings). */
export interface Reading {
  label?: string;
  value: string | null;
  sources: readonly string[];
}

export interface Item {
  name: string;
  detail?: string;
  ref?: Ref;
}

export type { QuoteOnFile } from './quotes.js';

export interface MeetingFigure {
  meeting: Meeting;
  reported: number | null;
  onFile: number;
  totals: number | null;
}

/** The rest of a country's side beside partners asked by a city, with the places their names state instead. */
export type Elsewhere = { country: string; orgs: Array<{ name: string; places: string[] }> };

export type Result =
  | { op: 'help' }
  | NamedInResult
  | {
      op: 'sources';
      documents: Array<{ id: string; publisher: string; title: string | null; date: string | null }>;
      /** The one thing the documents were picked for naming. */
      naming?: string;
    }
  | {
      op: 'notNamed';
      name: string;
      mous?: number;
      projects?: number;
      /** A titled person: the events the sources report of the people named beside (in the year asked). */
      person?: { beside: string[]; events: Array<{ date: string; text: string; place?: string; sources: string[] }> };
      /** The person on file whose name shares a part with the one asked. */
      like?: string;
    }
  | {
      op: 'noneOnDay';
      iso: string;
      meetings: Meeting[];
      events: Array<{ date: string; text: string }>;
      sources: string[];
    }
  | { op: 'records'; kind: 'mou' | 'project'; records: Array<Mou | Project> }
  | {
      op: 'authors';
      name?: string;
      ask?: 'when' | 'title' | 'where' | 'what';
      documents: Array<{
        id: string;
        /** The number its file begins with ("004"), for a document of the five the sources hold. */
        number?: string;
        /** What the sources say of its date where they give none or only part ("undated; … captured 5 Dec 2025"). */
        dateNote?: string;
        /** The meetings it reports. */
        meetings?: Meeting[];
        publisher: string;
        title: string | null;
        /** What an untitled piece is ("a Chinese report on the 4th JIC meeting"). */
        about?: string;
        date: string | null;
        author?: string;
        url?: string | null;
      }>;
    }
  | { op: 'unsure'; words: string; near: Ref[]; why?: 'followUp' | 'self' }
  /** `full`: what the short form stands for as the data spells it; absent when the sources never spell it out. */
  | {
      op: 'acronym';
      short: string;
      full?: string;
      /** How the data spells the short form when the question asked another form of it ("eBLs" for "eBL"). */
      spelt?: string;
      sources: string[];
      refs: Ref[];
      /** Not spelt out: the partner it names, as the data names it. */
      name?: string;
    }
  | { op: 'missing'; attribute: string; about?: string; refs: Ref[]; onFile?: OnFile }
  | { op: 'noMeeting'; number?: number; next: boolean; latest: Meeting }
  | {
      op: 'count';
      select: Selection;
      filter: Filter;
      /** Per meeting counted (reported new, on file, totals reported there). */
      meetings: MeetingFigure[];
      /** Cumulative figure reported (latest, or at the meeting asked about). */
      total: { value: number; at: Meeting; other?: number } | null;
      /** The sum of the per-meeting counts the sources give (to show beside a reported total). */
      sumReported?: number;
      /** What the sources say of a sum that differs from the total reported ("No source explains the difference."). */
      sumNote?: string;
      /** Asked whether the per-meeting counts add up: the meetings up to the total whose count the sources don't give. */
      uncounted?: Meeting[];
      addsUp?: boolean | 'yesno';
      /** What came between two meetings: the two, and their running totals where reported. */
      between?: { from: Meeting; to: Meeting; totals: [number | null, number | null] };
      items: Item[];
      /** What is counted on file, named ("MOUs", "universities"). */
      label: string;
      orgNames: string[];
      sources: string[];
      cumulative: boolean;
      before: boolean;
      both?: boolean;
      /** The other kind's figures, when the question asked for both MOUs and projects. */
      also?: MeetingFigure[];
      /** The other kind's records of the partners counted, when both MOUs and projects were asked of them. */
      alsoItems?: Item[];
      /** Parties the counted records name only by description. */
      unnamed?: string[];
      /** Asked by a city: the rest of its country's side, each with the other places its name states. */
      elsewhere?: Elsewhere;
      /** A running total was asked at a meeting where the sources report none. */
      noTotalAt?: Meeting;
      /** Say the running total reported at the meeting too ("how many projects were there in 2022?"). */
      withTotal?: boolean;
      /** A figure the meeting reported that is not a record (the Demonstration Zone's four). */
      reportedOnly?: { value: number; noun: string; at: Meeting };
      /** The meetings asked, none of them the one that reported it ("the zone's companies at the 3rd JIC"). */
      notAt?: number[];
    }
  | {
      op: 'list';
      select: Selection;
      filter: Filter;
      /** Parties the selected records name only by description ("a technology company in China"). */
      unnamed?: string[];
      /** Asked by a city: the rest of its country's side, each with the other places its name states. */
      elsewhere?: Elsewhere;
      /** Meetings left out of an excluding figure filter because the sources give them no such figure. */
      uncounted?: Meeting[];
      items: Item[];
      label: string;
      meetings: MeetingFigure[];
      sources: string[];
      /** Meetings listed with these attributes (the plan's `show`). */
      show?: Array<'date' | 'place'>;
      /** Each record said with what it covers (the plan's `describe`). */
      describe?: boolean;
      /** Asked for partners from none of some countries: how many the rest of the filter holds, and those of them
       * whose country the sources leave unclear. */
      outOf?: { all: number; unclear: string[] };
    }
  | {
      op: 'read';
      about: Subjectref;
      name: string;
      attribute: string;
      readings: Reading[];
      items: Item[];
      refs: Ref[];
      sources: string[];
    }
  /** `unsaid`: words the question asks that nothing behind a Yes says (then the verdict is 'unknown'). */
  | { op: 'check'; verdict: 'yes' | 'no' | 'both' | 'unknown'; claim: Claim; inner: Result; unsaid?: string[] }
  | { op: 'each'; results: Result[] }
  | OrderResult
  | CounterpartsResult
  | AttributeResult
  | ChairsResult
  | PickMeetingResult
  | IntervalResult
  | MeetingsInResult
  | ZoneApartResult
  | RosterResult
  | HoldersResult
  | OwnerResult
  | WordingResult
  | AcrossResult
  | TrendResult
  | {
      op: 'mentioned';
      /** The name as the text writes it ("Heng Swee Keat"). */
      name: string;
      /** Each passage naming it: its date, the meeting it is at (if any), its sentences that name it. */
      passages: Array<{ date: string; at?: Meeting; text: string; sources: readonly string[] }>;
      refs: Ref[];
      sources: string[];
    }
  | {
      op: 'notAt';
      /** The outcome's name as its highlight spells it. */
      name: string;
      asked: Meeting[];
      /** The meetings whose sources do name it. */
      at: Meeting[];
      refs: Ref[];
      sources: string[];
    }
  | {
      op: 'tier';
      tier: string;
      /** Both tiers asked against each other: `groups` holds each tier's group, meeting by meeting. */
      compared?: boolean;
      asked: Meeting[];
      /** Per meeting that sorts its projects so: the count reported, the source's word, what they span, those named. */
      groups: Array<{
        meeting: Meeting;
        tier: string;
        count: number;
        zh: string;
        spans?: string;
        newProjects: number | null;
        items: Item[];
      }>;
      sources: string[];
    }
  | {
      op: 'names';
      name: string;
      /** Each Chinese name a source prints (label: which name it is; `rendering`: our English for it). */
      names: Array<{ name: string; script: string; label?: string; rendering?: string; sources: readonly string[] }>;
      refs: Ref[];
    }
  | QuotesResult
  | EventResult
  | ZoneCheckResult
  | ClaimResult
  | CompareResult
  | {
      op: 'rank';
      select: 'mous' | 'projects';
      by: string;
      order: 'most' | 'fewest';
      /** (By kind: a row that is one of KIND_TESTS' words over several of the data's kinds has them as its parts.) */
      rows: Array<{ label: string; value: number; ref?: Ref; parts?: Array<{ label: string; value: number }> }>;
      unknown: string[];
      sources: string[];
      pillar?: string;
      all?: boolean;
      inTime?: boolean;
      average?: boolean;
      /** Counted over MOUs and projects together. */
      records?: boolean;
      /** Only the records of these meetings were counted. */
      meetings?: number[];
      /** Only partners from this country were ranked. */
      country?: string;
      /** Only these Annex A groups were set side by side. */
      groups?: string[];
      /** The groups themselves were asked, in the annex's order. */
      headings?: boolean;
      /** Only the meetings up to this one were set out (its running total is the one to add up to). */
      upTo?: Meeting;
      /** Partners asked by how many records they are in: every row kept, the ones that fit said (say/tally.ts). */
      tally?: { n: number; atLeast: boolean; kind?: string };
    };

export { topOf } from './records.js';

export function partyNames(dataset: Dataset, r: Mou | Project): string[] {
  return ('parties' in r ? r.parties : r.partners).map((p) =>
    'org' in p ? (dataset.organisation(p.org)?.name ?? p.org) : p.unnamed,
  );
}

/**
 * A place named in a meeting's place as its own word: "Chongqing, on the sidelines of the 15th China–Singapore Joint
 * Council" names Chongqing, never Singapore (a word joined by a dash is part of another name) — "was the founding MOU
 * signed in Singapore?" was a Yes.
 */
const placeNamed = (place: string, words: string): boolean => {
  const w = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}–—-])${w}(?![\\p{L}\\p{N}–—-])`, 'iu').test(place);
};

function meetingIdsOf(dataset: Dataset, f: Filter): string[] | undefined {
  return f.meetings?.map((n) => dataset.meetingByNumber(n)?.id ?? '').filter(Boolean);
}

/** A record's words for topic matching, built once per record (the Dataset is read-only). */
const topicTexts = new WeakMap<
  Mou | Project,
  { words: string[]; text: string; textWords: string[]; textStems: Set<string> }
>();
function topicText(dataset: Dataset, r: Mou | Project) {
  const cached = topicTexts.get(r);
  if (cached) return cached;
  const words = [...r.topics, ...r.keywords].map(norm);
  const parties = partyIds(r).flatMap((id) => {
    const o = dataset.organisation(id);
    return o ? [o.name, ...o.aliases] : [];
  });
  const text = norm(`${r.name} ${r.description.text} ${parties.join(' ')} ${words.join(' ')}`);
  const textWords = text.split(' ');
  const built = { words, text, textWords, textStems: new Set(textWords.map(stemOf)) };
  topicTexts.set(r, built);
  return built;
}

/** A text's words of three letters or more (normal form), read once per Dataset and text. */
const longWordsRead = perDataset(() => new Map<string, Set<string>>());
function longWordsOf(dataset: Dataset, text: string): Set<string> {
  const perText = longWordsRead(dataset);
  let words = perText.get(text);
  if (!words) {
    words = new Set(
      norm(text)
        .split(' ')
        .filter((w) => w.length >= 3),
    );
    perText.set(text, words);
  }
  return words;
}

/** A word's stem for matching other forms of it: "robots", "robotics" (and the source's "robotoics") → "robot". */
export const stemOf = (w: string): string =>
  w.length > 5 ? w.replace(/(?:ies|ics|ic|ing|ed|es|s|y)$/, '') : w.replace(/s$/, '');

/**
 * Whether a record is about every topic asked: a topic, keyword, its name or text, or a party's name holds
 * the phrase, or (a single word) a word beginning with its stem — so "robots" finds the robotics records,
 * and "no record is about it" is said only when nothing on file holds the word in any form.
 */
export function matchesTopics(dataset: Dataset, r: Mou | Project, topics: readonly string[]): boolean {
  return topics.every((t) => matchesTopic(dataset, r, t) || narrowerTopics(t).some((x) => matchesTopic(dataset, r, x)));
}

function matchesTopic(dataset: Dataset, r: Mou | Project, t: string): boolean {
  const { words, text, textWords, textStems } = topicText(dataset, r);
  if (words.some((w) => ` ${w} `.includes(` ${t} `)) || ` ${text} `.includes(` ${t} `)) return true;
  // (A topic of the record inside the phrase asked — "education" in "music education" — only where the record says the
  // phrase's other words too: the business-training project is no music education.)
  if (
    words.some((w) => ` ${t} `.includes(` ${w} `)) &&
    t.split(' ').every((x) => x.length < 3 || textWords.some((y) => y.startsWith(stemOf(x))))
  )
    return true;
  // ("Southeast Asia" is said by "Southeast Asian countries": a name of several words, its last word's forms.)
  if (t.includes(' ')) return (t.split(' ').pop() ?? '').length >= 4 && ` ${text}`.includes(` ${t}`);
  const stem = stemOf(t);
  return stem.length >= 5 ? textWords.some((w) => w.startsWith(stem)) : textStems.has(stem);
}

function orgMatches(dataset: Dataset, orgId: string, f: Filter, kindOf: (o: Organisation) => boolean): boolean {
  const o = dataset.organisation(orgId);
  if (!o) return false;
  if (f.country && o.country !== f.country) return false;
  if (f.named && !namesPlace(o, f.named)) return false;
  return kindOf(o);
}

/**
 * The organisation's own name (or an alias) states the place, or a place within it: "Shenzhen Qianhai Hand-painted…" is
 * in Qianhai, and so in Shenzhen; "Qianhai Service Group" is in Shenzhen too.
 */
const namesPlace = (o: Organisation, place: string, itself = false) =>
  (itself ? [place] : placesWithin(place)).some((p) => {
    const word = placeWord(p);
    return [o.name, ...o.aliases].some((n) => word.test(n));
  });

// One pattern per place, made the first time it is asked (places come from the places table: a few dozen at most),
// rather than one per organisation and place on every filtered question.
const PLACE_WORDS = new Map<string, RegExp>();
function placeWord(place: string): RegExp {
  let word = PLACE_WORDS.get(place);
  if (!word) PLACE_WORDS.set(place, (word = new RegExp(`\\b${place}\\b`, 'i')));
  return word;
}

export { KIND_TESTS } from './records.js';

// A kind no table knows ("hospitals", "business schools"): the partners whose own kind or name says it (singular),
// never every partner.
const freeKind = (label: string) =>
  new RegExp(
    `\\b${label
      .replace(/ies$/, 'y')
      .replace(/(?<=[^s])s$/, '')
      .replace(/ /g, '[ -]?')}`,
    'i',
  );
const kindTest = (f: Filter) => {
  const known = f.kind ? KIND_TESTS[f.kind] : undefined;
  const free = f.kind && !known ? freeKind(f.kind) : undefined;
  return (o: Organisation) =>
    !f.kind ||
    (known ? known.test(o.kind) : !!free && (free.test(o.kind) || [o.name, ...o.aliases].some((n) => free.test(n))));
};

/** MOUs or projects a filter selects (records on file). */
export function selectRecords(dataset: Dataset, select: 'mous' | 'projects', f: Filter): Array<Mou | Project> {
  const pool: Array<Mou | Project> =
    select === 'mous' ? [...dataset.mous] : dataset.projects.filter((p) => p.kind === 'joint-project');
  const meetingIds = meetingIdsOf(dataset, f);
  return pool.filter((r) => {
    if (meetingIds && !meetingIds.includes(r.meeting)) return false;
    if (f.group && (!('group' in r) || r.group !== f.group)) return false;
    // (Not in a group of Annex A: another of its groups — an MOU Annex A never lists is in none of them.)
    if (f.notGroups?.length && (!('group' in r) || !r.group || f.notGroups.includes(r.group))) return false;
    if (
      f.topics?.length &&
      !(f.anyTopic ? f.topics.some((t) => matchesTopics(dataset, r, [t])) : matchesTopics(dataset, r, f.topics))
    )
      return false;
    if (f.records?.length && !f.records.some((x) => x.endsWith(`:${r.id}`))) return false;
    if (f.without === 'projects' && 'relatedProjects' in r && r.relatedProjects.length) return false;
    if (f.without === 'mous' && 'relatedMous' in r && r.relatedMous.length) return false;
    if (f.linked === 'projects' && !('relatedProjects' in r && r.relatedProjects.length)) return false;
    if (f.linked === 'mous' && !('relatedMous' in r && r.relatedMous.length)) return false;
    if (f.orgs?.length) {
      const ids = partyLineage(dataset, r);
      if (!f.orgs.every((g) => g.some((id) => ids.includes(id)))) return false;
    }
    // Taken away by a negation: a record naming any of them, or of those meetings, is left out.
    if (f.notOrgs?.length) {
      const ids = partyLineage(dataset, r);
      if (f.notOrgs.some((g) => g.some((id) => ids.includes(id)))) return false;
    }
    if (f.notMeetings?.length && f.notMeetings.some((n) => dataset.meetingByNumber(n)?.id === r.meeting)) return false;
    if (f.partyCount !== undefined && ('parties' in r ? r.parties : r.partners).length !== f.partyCount) return false;
    // "MOUs Singapore companies signed with Qianhai firms": a party of this side and another of that side.
    if (f.counterpart && !f.exclude) {
      const { counterpart, ...mine } = f;
      const [k1, k2] = [kindTest(mine), kindTest(counterpart as Filter)];
      const is = (id: string, side: Filter, k: typeof k1) =>
        orgMatches(dataset, id, side, k) || orgMatches(dataset, topOf(dataset, id), side, k);
      const ids = partyIds(r);
      return ids.some(
        (a) =>
          is(a, mine, k1) &&
          ids.some((b) => topOf(dataset, b) !== topOf(dataset, a) && is(b, counterpart as Filter, k2)),
      );
    }
    if (f.kind || f.country || f.named) {
      const k = kindTest(f);
      const matches = (id: string) => orgMatches(dataset, id, f, k) || orgMatches(dataset, topOf(dataset, id), f, k);
      if (f.exclude) return !undecided(dataset, r, f) && !partyIds(r).some(matches);
      if (f.everyParty) return partyIds(r).length >= 2 && !undecided(dataset, r, f) && partyIds(r).every(matches);
      if (f.atLeast)
        return (
          new Set(
            partyIds(r)
              .map((id) => topOf(dataset, id))
              .filter(matches),
          ).size >= f.atLeast
        );
      if (!partyIds(r).some(matches) && !unnamedFits(r, f)) return false;
    }
    return true;
  });
}

// The words an unnamed party's own description places it by ("a technology company in China").
const PLACED_IN: Readonly<Record<string, RegExp>> = {
  China: /\b(?:China|Chinese|Shenzhen)\b/,
  Singapore: /\bSingapor(?:e|ean)\b/,
};

/**
 * A record whose party the sources leave unnamed but describe ("NCS signed with a technology company in China"): it
 * fits a kind and country asked when the description states both (never a place in a name, never a guess).
 */
function unnamedFits(r: Mou | Project, f: Filter): boolean {
  if (f.named || (!f.kind && !f.country)) return false;
  const stem = f.kind?.replace(/(?:ies|s)$/, '');
  const country = f.country ? PLACED_IN[f.country] : undefined;
  if (f.country && !country) return false;
  return ('parties' in r ? r.parties : r.partners).some(
    (x) => 'unnamed' in x && (!stem || x.unnamed.includes(stem)) && (!country || country.test(x.unnamed)),
  );
}

/**
 * A record a negated filter can't decide ("no Chinese partner"): it names no partner, leaves one unnamed, or names
 * one whose country the sources leave unclear — neither kept nor dropped as if known.
 */
export function undecided(dataset: Dataset, r: Mou | Project, f: Filter): boolean {
  const parties = 'parties' in r ? r.parties : r.partners;
  if (!parties.length || parties.some((p) => !('org' in p))) return true;
  return !!f.country && partyIds(r).some((id) => dataset.organisation(topOf(dataset, id))?.country === 'unclear');
}

const refOf = (r: Mou | Project): Ref => ({ kind: 'parties' in r ? 'mou' : 'project', id: r.id });

/** A record's name as a reader may take it: an English name that is our rendering of the source's Chinese says so. */
/**
 * A partner's name with the acronym the data gives it, where its name doesn't hold it ("National University of
 * Singapore (NUS)"): people know most partners by those letters.
 */
export function withAcronym(o: Organisation): string {
  const short = o.aliases.find((a) => /^[A-Z]{2,6}$/.test(a) && !` ${o.name} `.includes(` ${a} `));
  return short ? `${o.name} (${short})` : o.name;
}

export function displayName(r: Mou | Project): string {
  const zh = 'nameIsRendering' in r && r.nameIsRendering ? r.zh?.[0]?.name : undefined;
  return zh ? `${zh} (our rendering: ${r.name})` : r.name;
}
const itemOf = (dataset: Dataset, r: Mou | Project): Item => ({
  name: displayName(r),
  ref: refOf(r),
  detail: dataset.meeting(r.meeting)?.name ?? '',
});

function figures(dataset: Dataset, select: 'mous' | 'projects', meetings: readonly Meeting[]): MeetingFigure[] {
  return meetings.map((meeting) => {
    const f = dataset.figures.perMeeting.find((x) => x.meeting.id === meeting.id);
    return {
      meeting,
      reported: select === 'mous' ? (f?.reportedNewMous ?? null) : (f?.reportedNewProjects ?? null),
      onFile: select === 'mous' ? (f?.mousOnFile ?? 0) : (f?.projectsOnFile ?? 0),
      totals: meeting.totals ? (select === 'mous' ? meeting.totals.mous : meeting.totals.projects) : null,
    };
  });
}

/**
 * The filters a partner list applies to the partners, not to the records they are named in (a record naming
 * Keppel still names PKU, a partner other than Keppel).
 */
const ANY_PARTNER = { kind: undefined, country: undefined, named: undefined, notOrgs: undefined } as const;

/** Partners (top-level organisations) of the records a filter selects, for kind/country questions. */
// The filters an unnamed party ("a technology company in China") can be told to meet: its meeting, kind and country.
const UNNAMED_MEETS = new Set(['meetings', 'kind', 'country', 'via']);

function partners(dataset: Dataset, f: Filter, only?: 'mous' | 'projects' | 'both'): Organisation[] {
  // In both an MOU and a project on file: those of each, kept where they meet.
  if (only === 'both') {
    const inProjects = new Set(partners(dataset, f, 'projects').map((o) => o.id));
    return partners(dataset, f, 'mous').filter((o) => inProjects.has(o.id));
  }
  // "Singapore companies that signed with Qianhai firms": those of the rest named in a record beside a party of the
  // other side's kind, country or place (a party of the same organisation is not its own counterpart).
  if (f.counterpart) {
    const { counterpart, ...rest } = f;
    const other = { ...counterpart } as Filter;
    const theirKind = kindTest(other);
    const records = [
      ...(only !== 'projects' ? selectRecords(dataset, 'mous', { ...rest, ...ANY_PARTNER } as Filter) : []),
      ...(only !== 'mous' ? selectRecords(dataset, 'projects', { ...rest, ...ANY_PARTNER } as Filter) : []),
    ];
    const beside = new Set<string>();
    for (const r of records) {
      const ids = partyIds(r);
      for (const id of ids)
        if (ids.some((x) => topOf(dataset, x) !== topOf(dataset, id) && orgMatches(dataset, x, other, theirKind)))
          beside.add(topOf(dataset, id));
    }
    return partners(dataset, rest, only).filter((o) => beside.has(o.id));
  }
  // "Partners from neither Singapore nor China": those of the rest whose country is known and none of these.
  if (f.notCountries?.length) {
    const { notCountries, ...rest } = f;
    return partners(dataset, rest, only).filter((o) => o.country !== 'unclear' && !notCountries.includes(o.country));
  }
  // "Partners without an MOU": those of the rest whom no record of that kind on file names (nor a sub-unit of theirs).
  if (f.without) {
    const { without, ...rest } = f;
    const has = (o: Organisation) => (without === 'mous' ? dataset.mousOf(o.id) : dataset.projectsOf(o.id)).length > 0;
    return partners(dataset, rest, only).filter((o) => !has(o));
  }
  const records = [
    ...(only !== 'projects' ? selectRecords(dataset, 'mous', { ...f, ...ANY_PARTNER } as Filter) : []),
    ...(only !== 'mous' ? selectRecords(dataset, 'projects', { ...f, ...ANY_PARTNER } as Filter) : []),
  ];
  const k = kindTest(f);
  // By place: the party itself whose name states it (the Shenzhen Graduate School, not Peking University).
  const named = f.named;
  // (Government bodies and incubators by place too: "the Shenzhen government bodies" are both, though in no record.)
  if (named) {
    const found = [...new Set([...records.flatMap(partyIds), ...beyondRecords(dataset, f, only)])]
      .map((id) => dataset.organisation(id))
      .filter((o): o is Organisation => !!o && (!f.country || o.country === f.country) && k(o) && namesPlace(o, named))
      .filter((o) => !f.orgs?.length || !f.orgs.some((g) => g.includes(o.id)));
    // (Those naming the place asked first, then those naming a place within it: "Guangdong …" before "Shenzhen …" —
    // each name tested once, not at every comparison of the sort.)
    const itself = new Set(found.filter((o) => namesPlace(o, named, true)));
    return found.sort((a, b) => Number(!itself.has(a)) - Number(!itself.has(b)));
  }
  // A kind no table knows ("business schools"): the party itself whose kind or name says it (NUS Business School, never
  // its university).
  if (f.kind && !KIND_TESTS[f.kind])
    return [...new Set(records.flatMap(partyIds))]
      .map((id) => dataset.organisation(id))
      .filter((o): o is Organisation => !!o && (!f.country || o.country === f.country) && k(o));
  const ids = new Set<string>();
  for (const r of records) for (const id of partyIds(r)) ids.add(topOf(dataset, id));
  for (const id of beyondRecords(dataset, f, only)) ids.add(id);
  const inCountry = (o: Organisation) => !f.country || o.country === f.country;
  const ofKind = (o: Organisation) => k(o) || dataset.childrenOf(o.id).some(k);
  const fits = (o: Organisation) =>
    f.exclude === 'country'
      ? ofKind(o) && !inCountry(o)
      : f.exclude === 'kind'
        ? inCountry(o) && !ofKind(o)
        : inCountry(o) && ofKind(o);
  // One of the two negated: `fits` holds the negation already (a country unclear is still never "not from" it).
  const partial = f.exclude === 'kind' || f.exclude === 'country';
  return [...ids]
    .map((id) => dataset.organisation(id))
    .filter(
      (o): o is Organisation =>
        // Negated ("partners not from Singapore"): those that don't fit, never one whose country is unclear.
        !!o &&
        (partial
          ? fits(o) && !(f.exclude === 'country' && o.country === 'unclear')
          : f.exclude
            ? !fits(o) && !(f.country && o.country === 'unclear')
            : fits(o)),
    )
    .filter((o) => !f.orgs?.length || !f.orgs.some((g) => g.includes(o.id)))
    .filter((o) => !f.notOrgs?.some((g) => g.includes(o.id) || dataset.lineage(o.id).some((x) => g.includes(x))));
}

/**
 * Government bodies and incubators take part through the meetings' outcomes too (IMDA, TusStar) — and those the
 * sources name as who announced or co-chaired (MCI, the Shenzhen government): a list of the government bodies named is
 * never stated complete without them. Top-level ids; none for other kinds, one meeting, or one kind of record.
 */
function beyondRecords(dataset: Dataset, f: Filter, only: 'mous' | 'projects' | 'both' | undefined): string[] {
  if (!f.kind || !/government|incubator/.test(f.kind) || f.meetings || only) return [];
  const ids: string[] = [];
  for (const m of dataset.meetings)
    for (const h of m.highlights) for (const id of h.parties ?? []) ids.push(topOf(dataset, id));
  const k0 = kindTest(f);
  for (const o of dataset.organisations) if (k0(o)) ids.push(topOf(dataset, o.id));
  return ids;
}

/** Partners asked from none of some countries: how many the rest of the filter holds, and whose country is unclear. */
function outOf(dataset: Dataset, f: Filter, only: 'mous' | 'projects' | 'both' | undefined) {
  const { notCountries: _n, ...rest } = f;
  const all = partners(dataset, rest, only);
  return { all: all.length, unclear: all.filter((o) => o.country === 'unclear').map((o) => o.name) };
}

/** The documents behind these facts, each once, in order. */
function sourcesOf(rs: ReadonlyArray<{ sources: readonly string[] }>): string[] {
  const out = new Set<string>();
  for (const r of rs) for (const id of r.sources) out.add(id);
  return [...out];
}

export function run(p: Plan, deps: Deps): Result {
  const { dataset } = deps;
  switch (p.op) {
    case 'help':
      return { op: 'help' };
    case 'sources':
      return {
        op: 'sources',
        documents: (p.naming ? p.naming.ids.flatMap((id) => dataset.source(id) ?? []) : dataset.sources).map((x) => ({
          id: x.id,
          publisher: x.publisher,
          title: x.title,
          date: x.date,
        })),
        ...(p.naming ? { naming: p.naming.words } : {}),
      };
    case 'records': {
      const records = p.ids.flatMap((id) => {
        const r = p.kind === 'mou' ? dataset.mou(id) : dataset.project(id);
        return r ? [r] : [];
      });
      return { op: 'records', kind: p.kind, records };
    }
    case 'noneOnDay': {
      const year = p.iso.slice(0, 4);
      const meetings = dataset.meetings.filter((m) => m.date.value.startsWith(year));
      const events = (dataset.initiative.events ?? []).filter((e) => e.date.startsWith(year));
      const sources = [...meetings.flatMap((m) => m.date.sources), ...events.flatMap((e) => e.sources)];
      return { op: 'noneOnDay', iso: p.iso, meetings, events, sources: [...new Set(sources)] };
    }
    case 'notNamed': {
      const total = dataset.figures.latestTotals;
      const who = p.person;
      const events = who
        ? (dataset.initiative.events ?? [])
            .filter((e) => who.beside.some((n) => e.text.includes(n)))
            .filter((e) => who.year === undefined || e.date.startsWith(String(who.year)))
            .map((e) => ({
              date: e.date,
              text: e.text,
              ...(e.place ? { place: e.place.value } : {}),
              sources: [...e.sources],
            }))
        : [];
      return {
        op: 'notNamed',
        name: p.name,
        ...(total ? { mous: total.mous, projects: total.projects } : {}),
        ...(who ? { person: { beside: who.beside, events } } : {}),
        ...(p.like ? { like: p.like } : {}),
      };
    }
    case 'acronym': {
      const x = acronymsOf(dataset).get(p.short.toLowerCase());
      if (x)
        return {
          op: 'acronym',
          short: x.short.toLowerCase() === p.short.toLowerCase() ? x.short : p.short,
          full: x.full,
          ...(x.short.toLowerCase() === p.short.toLowerCase() ? {} : { spelt: x.short }),
          sources: x.sources,
          refs: x.ref ? [x.ref] : [],
        };
      // Not spelt out anywhere: a partner the sources call by it (NCS) is still named, as that.
      const org = deps.search.lookup(p.short, { kinds: ['organisation'] }).best;
      const named = org && dataset.organisation(org.id);
      // (Or a partner whose name it gives the initials of, "SRI": read as that name, never said to stand for it.)
      const exact =
        named && [named.name, ...named.aliases].some((n) => n.toLowerCase() === p.short.toLowerCase())
          ? named
          : dataset.organisation(initialledOrgs(dataset).get(p.short.toLowerCase()) ?? '');
      // (Or a name the sources write in full whose initials it is: "GBA", the Greater Bay Area.)
      const spelt = exact ? undefined : spelledOutIn(dataset, p.short);
      return {
        op: 'acronym',
        short: p.short,
        sources: exact ? [...exact.sources] : (spelt?.sources ?? []),
        refs: exact ? [{ kind: 'organisation', id: exact.id }] : [],
        ...(exact ? { name: exact.name } : spelt ? { name: spelt.full } : {}),
      };
    }
    case 'namedIn':
      return runNamedIn(p, dataset);
    case 'authors':
      return {
        op: 'authors',
        ...(p.name ? { name: p.name } : {}),
        ...(p.ask ? { ask: p.ask } : {}),
        documents: p.documents.flatMap((id) => {
          const x = dataset.source(id);
          return x
            ? [
                {
                  id,
                  publisher: x.publisher,
                  title: x.title,
                  date: x.date,
                  url: x.url,
                  ...(x.author ? { author: x.author } : {}),
                  ...(x.about ? { about: x.about } : {}),
                  ...(/^\d{3}_/.test(x.file) ? { number: x.file.slice(0, 3) } : {}),
                  ...(x.dateNote ? { dateNote: x.dateNote } : {}),
                  ...(p.ask === 'what' ? { meetings: dataset.meetings.filter((m) => m.sources.includes(id)) } : {}),
                },
              ]
            : [];
        }),
      };
    case 'unsure': {
      const near =
        p.near ?? (p.words ? deps.search.search(p.words, { limit: 3 }).map((h) => ({ kind: h.kind, id: h.id })) : []);
      return {
        op: 'unsure',
        words: p.words,
        near: [...new Map(near.map((r) => [`${r.kind}:${r.id}`, r])).values()],
        ...(p.why ? { why: p.why } : {}),
      };
    }
    case 'missing': {
      const named = p.about ? describeRef(dataset, p.about) : undefined;
      // A named outcome by its name as the text spells it ("the GIA"), not by its whole text.
      const name = named && p.words ? `the ${spell(named.name, p.words)}` : named?.name;
      // (When a plan comes about or ends: never given, but what is on file of it and from which meeting is.)
      const onFile = p.about && WHEN_NEVER_GIVEN.has(p.attribute) ? onFileOf(dataset, p.about) : undefined;
      return {
        op: 'missing',
        attribute: p.attribute,
        ...(name ? { about: name } : {}),
        refs: named?.refs ?? [],
        ...(onFile ? { onFile } : {}),
      };
    }
    case 'noMeeting':
      return {
        op: 'noMeeting',
        ...(p.number !== undefined ? { number: p.number } : {}),
        next: p.next,
        latest: dataset.latestMeeting,
      };
    case 'count':
      return runCount(p, dataset);
    case 'list':
      return runList(p, dataset);
    case 'read':
      return runRead(p.about, p.attribute, dataset);
    case 'check': {
      // (Every partner of a sort: as many as that sort has in those records, whatever the kind of record.)
      const whole =
        p.claim.type === 'some' && p.claim.every && p.plan.op === 'count' && p.plan.select === 'partners'
          ? runList({ op: 'list', select: 'partners', filter: { ...p.plan.filter, via: undefined } }, dataset)
          : undefined;
      // (None of that sort there at all: what the count finds, never a Yes of nothing.)
      const claim: Claim =
        whole?.op === 'list' && whole.items.length ? { type: 'number', value: whole.items.length } : p.claim;
      return unsaidWords(runCheck(claim, run(p.plan, deps), dataset), p.also ?? [], dataset, p.done);
    }
    case 'quotes':
      return runQuotes(p, dataset);
    case 'event':
      return runEvent(p, dataset);
    case 'claim':
      return runClaim(p, deps, run);
    case 'zoneCheck':
      return runZoneCheck(p, dataset);
    case 'wording':
      return runWording(p, dataset);
    case 'names':
      return runNames(p.about, dataset);
    case 'counterparts':
      return runCounterparts(p, dataset);
    case 'order':
      return runOrder(p, dataset);
    case 'trend':
      return runTrend(p, dataset);
    case 'each':
      return { op: 'each', results: p.plans.map((x) => run(x, deps)) };
    case 'mentioned':
      return runMentioned(p, dataset);
    case 'notAt': {
      const found = p.highlights.flatMap((key) => {
        const [n, i] = key.split(':').map(Number);
        const m = dataset.meetingByNumber(n ?? -1);
        const h = m?.highlights[i ?? -1];
        return m && h ? [{ m, h }] : [];
      });
      const name = found.map(({ h }) => spell(h.text, p.words, '')).find(Boolean) || p.words;
      const asked = p.meetings.map((n) => dataset.meetingByNumber(n)).filter((m): m is Meeting => !!m);
      const at = [...new Set(found.map(({ m }) => m))].sort((a, b) => a.number - b.number);
      return {
        op: 'notAt',
        name,
        asked,
        at,
        refs: at.map((m) => ({ kind: 'meeting' as const, id: m.id })),
        sources: sourcesOf(found.map(({ h }) => h)),
      };
    }
    case 'tier': {
      const groups = dataset.meetings
        .filter((m) => !p.meetings.length || p.meetings.includes(m.number))
        .flatMap((m) =>
          (m.projectGroups ?? [])
            .filter((g) => g.tier === p.tier || p.compared)
            .map((g) => ({
              meeting: m,
              tier: g.tier as string,
              count: g.count,
              zh: g.zh,
              ...(g.spans ? { spans: g.spans.text } : {}),
              newProjects: m.newProjects.value,
              items: dataset
                .projectsAt(m.id)
                .filter((x) => x.tier === g.tier)
                .map((x) => itemOf(dataset, x)),
              sources: [...g.sources, ...(g.spans?.sources ?? [])],
            })),
        );
      return {
        op: 'tier',
        tier: p.tier,
        ...(p.compared ? { compared: true } : {}),
        asked: p.meetings.map((n) => dataset.meetingByNumber(n)).filter((m): m is Meeting => !!m),
        groups: groups.map(({ sources: _s, ...g }) => g),
        sources: [...new Set(groups.flatMap((g) => g.sources))],
      };
    }
    case 'compare':
      return runCompare(p, dataset);
    case 'rank':
      return runRank(p, dataset);
    case 'attribute':
      return runAttribute(p, dataset);
    case 'chairs':
      return runChairs(p, dataset);
    case 'pickMeeting':
      return runPickMeeting(p, dataset);
    case 'interval':
      return runInterval(p, dataset) ?? { op: 'unsure', words: '', near: [] };
    case 'zoneApart':
      return runZoneApart(p, dataset) ?? { op: 'unsure', words: '', near: [] };
    case 'roster':
      return runRoster(p, dataset) ?? { op: 'unsure', words: '', near: [] };
    case 'holders':
      return runHolders(p, dataset) ?? { op: 'unsure', words: '', near: [] };
    case 'owner':
      return runOwner(p, dataset) ?? { op: 'unsure', words: '', near: [] };
    case 'meetingsIn':
      return runMeetingsIn(p, dataset);
    case 'across':
      return runAcross(p, dataset);
  }
}

/** Words asked ("tradetrust") as a text writes them ("TradeTrust"); `fallback` where the text does not. */
function spell(text: string, words: string, fallback = words): string {
  const spelt = new RegExp(
    words
      .split(' ')
      .map((w) => w.replace(/[^a-z0-9]/g, ''))
      .join('[^A-Za-z0-9]+'),
    'i',
  );
  return spelt.exec(text)?.[0] ?? fallback;
}

/** The passages that name something no record holds, with only their sentences that name it. */
function runMentioned(p: Extract<Plan, { op: 'mentioned' }>, dataset: Dataset): Result {
  type Passage = { date: string; at?: Meeting; text: string; sources: readonly string[] };
  const passages = p.places.flatMap((place): Passage[] => {
    if ('event' in place) {
      const e = dataset.initiative.events?.[place.event];
      return e ? [{ date: e.date, text: e.text, sources: e.sources }] : [];
    }
    const [n, i] = place.highlight.split(':').map(Number);
    const m = dataset.meetingByNumber(n ?? -1);
    const h = m?.highlights[i ?? -1];
    return m && h ? [{ date: m.date.value, at: m, text: h.text, sources: h.sources }] : [];
  });
  const says = (sentence: string) => p.words.some((w) => new RegExp(`\\b${w}\\b`, 'i').test(sentence));
  // The name as written: the run of capitalised words holding the words asked ("Heng Swee Keat").
  const first = passages[0]?.text ?? '';
  const name =
    [...first.matchAll(/\b[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z-]+)*/g)]
      .map((m) => m[0])
      .find((run) => p.words.every((w) => new RegExp(`\\b${w}\\b`, 'i').test(run)))
      // "Deputy Prime Minister Heng Swee Keat": the name starts at the first word asked.
      ?.replace(new RegExp(`^.*?\\b(?=(?:${p.words.join('|')})\\b)`, 'i'), '') ?? p.words.join(' ');
  return {
    op: 'mentioned',
    name,
    passages: passages.map((x) => ({
      ...x,
      text: (x.text.match(/[^.]+(?:\.|$)/g) ?? [x.text])
        .map((s) => s.trim())
        .filter(says)
        .join(' '),
    })),
    refs: [...new Set(passages.flatMap((x) => (x.at ? [x.at.id] : [])))].map((id) => ({
      kind: 'meeting' as const,
      id,
    })),
    sources: [...new Set(passages.flatMap((x) => x.sources))],
  };
}

/** The Chinese names the sources print for a thing (search-only aliases are never shown). */
function runNames(about: Subjectref, dataset: Dataset): Result {
  const { name: named, refs } = describeRef(dataset, about);
  // Names of one thing read "the JIC", "the founding MOU"; a partner's or a person's stand alone.
  const name =
    about.type === 'meeting'
      ? `the ${named.charAt(0).toLowerCase()}${named.slice(1)}`
      : ['initiative', 'committee', 'demozone'].includes(about.type)
        ? `the ${named}`
        : named;
  const i = dataset.initiative;
  const zh =
    about.type === 'org'
      ? dataset.organisation(about.ids[0] ?? '')?.zh
      : about.type === 'person'
        ? i.people?.find((p) => p.name === about.name)?.zh
        : about.type === 'record'
          ? about.kind === 'project'
            ? dataset.project(about.id)?.zh
            : undefined
          : about.type === 'meeting'
            ? dataset.meetingByNumber(about.number)?.zh
            : about.type === 'initiative'
              ? i.zh
              : about.type === 'committee'
                ? i.committee?.zh
                : about.type === 'demozone'
                  ? i.demonstrationZone?.zh
                  : undefined;
  return {
    op: 'names',
    name,
    names: (zh ?? []).map((z) => ({
      name: z.name,
      script: z.script,
      ...(z.label ? { label: z.label } : {}),
      ...(z.rendering ? { rendering: z.rendering } : {}),
      sources: z.sources,
    })),
    refs,
  };
}

function runCount(p: Extract<Plan, { op: 'count' }>, dataset: Dataset): Result {
  const f = p.filter;
  const meetings = (f.meetings ?? []).map((n) => dataset.meetingByNumber(n)).filter((m): m is Meeting => !!m);
  const base = {
    op: 'count' as const,
    select: p.select,
    filter: f,
    cumulative: p.cumulative,
    before: p.before,
    orgNames: orgNames(dataset, f),
    ...(p.both ? { both: true } : {}),
    ...(p.withTotal ? { withTotal: true } : {}),
    ...(p.addsUp ? { addsUp: p.addsUp } : {}),
    ...betweenOf(dataset, p),
  };
  if (p.select === 'mous' || p.select === 'projects') {
    const records = selectRecords(dataset, p.select, f);
    base.orgNames = orgNames(dataset, f, records);
    const items = records.map((r) => itemOf(dataset, r));
    // (A count of particular records asked by name also leaves the meetings' figures out.)
    const onlyMeetings = filtersByMeetingsOnly(f) && !f.records;
    let total: Extract<Result, { op: 'count' }>['total'] = null;
    let sumReported: number | undefined;
    let sumNote: string | undefined;
    let uncounted: Meeting[] | undefined;
    // A running total asked where the sources report none (after the 1st or 2nd meeting).
    let noTotalAt: Meeting | undefined;
    if (onlyMeetings && (meetings.length === 0 || p.cumulative || p.before)) {
      const at = meetings.length
        ? p.before
          ? dataset.meetings.filter((m) => m.number < (meetings[0]?.number ?? 0) && m.totals).slice(-1)[0]
          : meetings[0]
        : dataset.figures.latestTotals?.meeting;
      const value = at?.totals ? (p.select === 'mous' ? at.totals.mous : at.totals.projects) : null;
      if (at && value !== null) {
        const other = at.totals ? (p.select === 'mous' ? at.totals.projects : at.totals.mous) : undefined;
        total = { value, at, ...(other !== undefined ? { other } : {}) };
        // The counts each meeting reported, up to the total: added up where the sources give every one.
        const upTo = dataset.meetings.filter((m) => m.number > 0 && m.number <= at.number);
        const counts = upTo.map((m) => (p.select === 'mous' ? m.newMous.value : m.newProjects.value));
        if (counts.every((x) => x !== null)) {
          sumReported = counts.reduce<number>((s, x) => s + (x ?? 0), 0);
          // The sources' own word on the difference, where they record one ("8 + 4 + 8 + 8 = 28 …").
          sumNote = at.disagreements?.find(
            (d) => d.note && d.readings.some((r) => r.text.includes(`= ${sumReported}`)),
          )?.note;
        } else if (p.addsUp) uncounted = upTo.filter((_, i) => counts[i] === null);
      } else if (at && p.cumulative && !p.before) noTotalAt = at;
    }
    const src = meetings.length
      ? sourcesOf(meetings.map((m) => (p.select === 'mous' ? m.newMous : m.newProjects)))
      : total
        ? [...(total.at.totals?.sources ?? [])]
        : [];
    const other = p.select === 'mous' ? 'projects' : 'mous';
    return {
      ...base,
      ...(p.both && onlyMeetings ? { also: figures(dataset, other, meetings) } : {}),
      // ("How many MOUs and projects does Keppel have?": the partner's projects too, never its MOUs alone.)
      ...(p.both && f.orgs?.length
        ? { alsoItems: selectRecords(dataset, other, f).map((r) => itemOf(dataset, r)) }
        : {}),
      meetings: onlyMeetings ? figures(dataset, p.select, meetings) : [],
      total,
      ...(sumReported !== undefined ? { sumReported } : {}),
      ...(sumNote ? { sumNote } : {}),
      ...(uncounted?.length ? { uncounted } : {}),
      ...(noTotalAt ? { noTotalAt } : {}),
      items,
      label: p.select === 'mous' ? 'MOUs' : 'projects',
      sources: [...src, ...sourcesOf(records)].slice(0, 8),
    };
  }
  if (p.select === 'meetings') {
    const ms = dataset.meetings.filter((m) => m.number > 0);
    return {
      ...base,
      meetings: [],
      total: null,
      items: ms.map((m) => ({ name: m.name, detail: m.date.value, ref: { kind: 'meeting', id: m.id } })),
      label: 'JIC meetings',
      sources: sourcesOf(ms.map((m) => m.date)),
    };
  }
  if (p.select === 'demozone-projects' || p.select === 'demozone-companies') {
    const at = dataset.meetings.filter((m) => m.demoZone).slice(-1)[0];
    const zone = dataset.projects.find((x) => x.kind === 'demonstration-zone');
    const value = at?.demoZone
      ? p.select === 'demozone-projects'
        ? at.demoZone.projects
        : at.demoZone.companies
      : null;
    return {
      ...base,
      meetings: [],
      total: null,
      items: zone ? [{ name: zone.name, ref: { kind: 'project', id: zone.id } }] : [],
      label: p.select === 'demozone-projects' ? 'projects' : 'companies',
      sources: [...(at?.demoZone?.sources ?? [])],
      ...(at && value !== null
        ? { reportedOnly: { value, noun: p.select === 'demozone-projects' ? 'projects' : 'companies', at } }
        : {}),
      // (Asked of another meeting: the zone's figures are the one meeting's that reported them, never this one's.)
      ...(at && f.meetings?.length && !f.meetings.includes(at.number) ? { notAt: f.meetings } : {}),
    };
  }
  const list = runList({ op: 'list', select: p.select, filter: f }, dataset);
  if (list.op !== 'list') return list;
  return {
    ...base,
    meetings: [],
    total: null,
    items: list.items,
    label: list.label,
    ...(list.unnamed ? { unnamed: list.unnamed } : {}),
    ...(list.elsewhere ? { elsewhere: list.elsewhere } : {}),
    sources: list.sources,
  };
}

/**
 * Partners asked by a city ("Shenzhen companies"): the sources give countries, never cities, so the rest of that
 * country's side the same filter holds is said beside those whose names state the city — each with the places its own
 * name states (none: its city is not said). Not when the side asked is a counterpart or a negation.
 */
function otherPlaces(
  dataset: Dataset,
  f: Filter,
  only: 'mous' | 'projects' | 'both' | undefined,
  found: readonly Organisation[],
): Elsewhere | undefined {
  if (!f.named || f.counterpart || f.exclude || f.notCountries?.length || f.orgs?.length) return undefined;
  const { named, ...rest } = f;
  const ids = new Set(found.map((o) => o.id));
  const others = partners(dataset, { ...rest, country: f.country ?? 'China' }, only).filter((o) => !ids.has(o.id));
  return {
    country: f.country ?? 'China',
    orgs: others.map((o) => ({
      name: o.name,
      places: placesInName(dataset, o.id).filter((x) => !within(x.toLowerCase(), named)),
    })),
  };
}

export function orgNames(dataset: Dataset, f: Filter, records: ReadonlyArray<Mou | Project> = []): string[] {
  // A brand names the entity that is actually a party (ONE Championship China signed; the Singapore one did not).
  return (f.orgs ?? []).map((g) => {
    const parties = new Set(records.flatMap((r) => partyLineage(dataset, r)));
    const named = g.filter(
      (id) => parties.has(id) && !g.some((o) => o !== id && parties.has(o) && dataset.lineage(o).includes(id)),
    );
    return joinNames((named.length ? named : g.slice(0, 1)).map((id) => dataset.organisation(id)?.name ?? id));
  });
}

const joinNames = (xs: readonly string[]) =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

function kindLabel(f: Filter, fallback: string): string {
  return f.kind ?? fallback;
}

/**
 * True when the filter narrows records by meeting alone (no partner, kind, country, group, topic, link or exclusion),
 * so the meetings' reported figures describe the same set. One test for the count and the list, so a new filter field
 * is added once.
 */
function filtersByMeetingsOnly(f: Filter): boolean {
  return (
    !f.orgs &&
    !f.kind &&
    !f.country &&
    !f.group &&
    !f.topics &&
    !f.without &&
    !f.linked &&
    !f.notOrgs &&
    !f.notMeetings &&
    !f.notGroups &&
    !f.named &&
    f.partyCount === undefined
  );
}

function runList(p: Extract<Plan, { op: 'list' }>, dataset: Dataset): Result {
  const f = p.filter;
  const meetings = (f.meetings ?? []).map((n) => dataset.meetingByNumber(n)).filter((m): m is Meeting => !!m);
  const none = { meetings: [] as MeetingFigure[] };
  switch (p.select) {
    case 'mous':
    case 'projects': {
      const records = selectRecords(dataset, p.select, f);
      const onlyMeetings = filtersByMeetingsOnly(f);
      return {
        op: 'list',
        select: p.select,
        filter: f,
        items: records.map((r) => ({ name: displayName(r), ref: refOf(r), detail: partyNames(dataset, r).join(', ') })),
        label: p.select === 'mous' ? 'MOUs' : 'projects',
        meetings: onlyMeetings ? figures(dataset, p.select, meetings) : [],
        ...(p.describe ? { describe: true } : {}),
        sources: [
          ...sourcesOf(meetings.map((m) => (p.select === 'mous' ? m.newMous : m.newProjects))),
          ...sourcesOf(records),
        ].slice(0, 8),
      };
    }
    case 'partners': {
      const only = f.group ? 'mous' : f.via;
      const orgs = partners(dataset, f, only);
      // Parties the sources mention without naming (NCS's partners "in China"), when the filter could include them:
      // at the meetings asked (every meeting, if none is), of the kind and country asked. (One unnamed can't be told
      // to be in both kinds of record, nor to meet any narrower filter.)
      const scope = { meetings: f.meetings?.length ? f.meetings : dataset.meetings.map((m) => m.number) };
      const kindStem = f.kind?.replace(/(?:ies|s)$/, '');
      const unnamed = Object.entries(f).every(([k, v]) => v === undefined || UNNAMED_MEETS.has(k))
        ? [
            ...(only !== 'projects' && only !== 'both' ? selectRecords(dataset, 'mous', scope) : []),
            ...(only !== 'mous' && only !== 'both' ? selectRecords(dataset, 'projects', scope) : []),
          ]
            .flatMap((r) => ('parties' in r ? r.parties : r.partners))
            .flatMap((x) => ('unnamed' in x ? [x.unnamed] : []))
            .filter((t) => (!f.country || t.includes(f.country)) && (!kindStem || t.includes(kindStem)))
        : [];
      const elsewhere = otherPlaces(dataset, f, only, orgs);
      return {
        op: 'list',
        select: 'partners',
        filter: f,
        ...(unnamed.length ? { unnamed } : {}),
        ...(elsewhere ? { elsewhere } : {}),
        items: orgs.map((o) => ({ name: withAcronym(o), ref: { kind: 'organisation', id: o.id }, detail: o.country })),
        label: kindLabel(f, 'partners'),
        ...none,
        sources: sourcesOf(orgs).slice(0, 8),
        ...(f.notCountries?.length ? { outOf: outOf(dataset, f, only) } : {}),
      };
    }
    case 'meetings': {
      const place = f.place;
      const want = f.reported;
      const figure = (m: Meeting) => (want?.select === 'mous' ? m.newMous.value : m.newProjects.value);
      const matches = (m: Meeting): boolean => {
        const where = norm(m.place.value);
        // In person: held in a place, not by video (the sources name the city, nothing more).
        if (
          place &&
          (/^(?:video|virtual|virtually|online)$/.test(place)
            ? !/video|virtual/.test(where)
            : place === 'in person'
              ? /video|virtual/.test(where)
              : !` ${where} `.includes(` ${place} `) || /video|virtual/.test(where))
        )
          return false;
        return !want || figure(m) === want.value;
      };
      // Excluded: the meetings that don't match — for a figure, only those whose figure is known to differ.
      const known = (m: Meeting) => !want || figure(m) !== null;
      // (A factor of one meeting's count: the others, those without a count said so.)
      const held = dataset.meetings.filter(
        (m) => m.number > 0 && (!f.meetings?.length || f.meetings.includes(m.number)) && m.number !== want?.of?.meeting,
      );
      const picked = held.filter((m) => (f.exclude ? known(m) && !matches(m) : matches(m)));
      const unknown = f.exclude || want?.of ? held.filter((m) => !known(m)) : [];
      return {
        op: 'list',
        select: 'meetings',
        filter: f,
        ...(unknown.length ? { uncounted: unknown } : {}),
        items: picked.map((m) => ({ name: m.name, detail: m.date.value, ref: { kind: 'meeting', id: m.id } })),
        label: 'JIC meetings',
        ...none,
        ...(p.show ? { show: p.show } : {}),
        sources: sourcesOf(picked.flatMap((m) => (p.show?.includes('place') ? [m.date, m.place] : [m.date]))),
      };
    }
    case 'pillars':
      return {
        op: 'list',
        select: 'pillars',
        filter: f,
        items: dataset.initiative.pillars.map((x) => ({ name: x.name })),
        label: 'pillars',
        ...none,
        sources: sourcesOf(dataset.initiative.pillars),
      };
    case 'highlights': {
      // No meeting asked ("what are the SCI's outcomes?"): every JIC meeting's, said meeting by meeting (say/list.ts).
      const at = meetings.length ? meetings : dataset.meetings.filter((m) => m.number > 0 && m.highlights.length);
      const hs = meetings.length ? at.flatMap((m) => m.highlights) : [];
      return {
        op: 'list',
        select: 'highlights',
        filter: f,
        items: hs.map((h) => ({ name: h.text })),
        label: 'named outcomes',
        meetings: figures(dataset, 'mous', at),
        sources: sourcesOf(hs),
      };
    }
    default:
      return runCount({ op: 'count', select: p.select, filter: f, cumulative: false, before: false }, dataset);
  }
}

/** A subject's display name and the records that open it. */
/** The dates the sources never give of a plan: when it comes about, how long it runs. */
const WHEN_NEVER_GIVEN: ReadonlySet<string> = new Set(['when it comes about', 'how long it runs']);

/**
 * What the sources do say of a thing whose date they never give: the records on file for it, with the meeting that
 * brought each (at most three), or the outcome that speaks of it and its meeting.
 */
export type OnFile =
  | { records: Array<{ ref: Ref; name: string; meeting: Meeting }> }
  | { outcome: { meeting: Meeting; text: string; sources: readonly string[] } };

function onFileOf(dataset: Dataset, about: Subjectref): OnFile | undefined {
  if (about.type === 'highlight') {
    const [n, i] = about.key.split(':').map(Number);
    const meeting = dataset.meetingByNumber(n ?? -1);
    const h = meeting?.highlights[i ?? -1];
    return meeting && h ? { outcome: { meeting, text: h.text, sources: h.sources } } : undefined;
  }
  // (Two partners asked together: only the records that join them both.)
  const groups = about.type === 'org' ? [about.ids] : about.type === 'orgs' ? about.groups : [];
  const records =
    about.type === 'record' || about.type === 'records'
      ? recordsOfRef(dataset, about)
      : groups.length
        ? [...dataset.mous, ...dataset.projects.filter((x) => x.kind === 'joint-project')].filter((r) =>
            groups.every((g) => partyIds(r).some((id) => g.includes(id))),
          )
        : [];
  const said = records.flatMap((r) => {
    const meeting = dataset.meeting(r.meeting);
    return meeting ? [{ ref: refOf(r), name: displayName(r), meeting }] : [];
  });
  return said.length && said.length <= 3 ? { records: said } : undefined;
}

export function describeRef(dataset: Dataset, about: Subjectref): { name: string; refs: Ref[] } {
  switch (about.type) {
    case 'org':
      return {
        name: dataset.organisation(about.ids[0] ?? '')?.name ?? '',
        refs: about.ids.map((id) => ({ kind: 'organisation' as const, id })),
      };
    case 'orgs':
      return {
        name: about.groups.map((g) => dataset.organisation(g[0] ?? '')?.name ?? '').join(' and '),
        refs: about.groups.map((g) => ({ kind: 'organisation' as const, id: g[0] ?? '' })),
      };
    case 'record': {
      const r = about.kind === 'mou' ? dataset.mou(about.id) : dataset.project(about.id);
      return { name: r?.name ?? '', refs: [{ kind: about.kind, id: about.id }] };
    }
    case 'records':
      return {
        name: about.ids
          .map((id) => (about.kind === 'mou' ? dataset.mou(id) : dataset.project(id))?.name ?? '')
          .join('; '),
        refs: about.ids.map((id) => ({ kind: about.kind, id })),
      };
    case 'meeting': {
      const m = dataset.meetingByNumber(about.number);
      return { name: m?.name ?? '', refs: m ? [{ kind: 'meeting', id: m.id }] : [] };
    }
    case 'person':
      return { name: about.name, refs: [] };
    case 'highlight': {
      const [n, i] = about.key.split(':').map(Number);
      const m = dataset.meetingByNumber(n ?? -1);
      return { name: m?.highlights[i ?? -1]?.text ?? '', refs: m ? [{ kind: 'meeting', id: m.id }] : [] };
    }
    case 'initiative':
      return { name: dataset.initiative.name, refs: [] };
    case 'committee':
      return { name: dataset.initiative.committee?.name ?? 'JIC', refs: [] };
    case 'demozone':
      return { name: dataset.initiative.demonstrationZone?.name ?? '', refs: [] };
  }
}

function recordsOfRef(dataset: Dataset, about: Subjectref): Array<Mou | Project> {
  if (about.type === 'record')
    return [(about.kind === 'mou' ? dataset.mou(about.id) : dataset.project(about.id)) as Mou | Project].filter(
      Boolean,
    );
  if (about.type === 'records')
    return about.ids
      .map((id) => (about.kind === 'mou' ? dataset.mou(id) : dataset.project(id)) as Mou | Project)
      .filter(Boolean);
  return [];
}

/** Records a brand family signed (MOUs) or joined (projects), each once. */
function recordsOfFamily(dataset: Dataset, ids: readonly string[]): { mous: Mou[]; projects: Project[] } {
  const mous = [...new Set(ids.flatMap((id) => dataset.mousOf(id)))];
  const projects = [...new Set(ids.flatMap((id) => dataset.projectsOf(id)))];
  return { mous, projects };
}

function runRead(about: Subjectref, attribute: string, dataset: Dataset): Result {
  const { name, refs } = describeRef(dataset, about);
  const base = { op: 'read' as const, about, name, attribute, refs };
  const items: Item[] = [];
  const readings: Reading[] = [];
  let sources: string[] = [];
  const meeting = about.type === 'meeting' ? dataset.meetingByNumber(about.number) : undefined;
  const records = recordsOfRef(dataset, about);
  switch (about.type) {
    case 'meeting': {
      if (!meeting) break;
      if (attribute === 'date' || attribute === 'launched')
        readings.push({
          value: meeting.date.value,
          sources: meeting.date.sources,
          ...(meeting.date.note ? { label: meeting.date.note } : {}),
        });
      if (attribute === 'announced')
        readings.push({ value: meeting.announced?.value ?? null, sources: meeting.announced?.sources ?? [] });
      if (attribute === 'place' || attribute === 'date')
        readings.push({ label: 'place', value: meeting.place.value, sources: meeting.place.sources });
      if (attribute === 'chairs' || attribute === 'parties')
        for (const r of meeting.people)
          readings.push({
            label: r.label,
            value: r.people.map((p) => (p.role === 'not named' ? p.name : `${p.name} (${p.role})`)).join('|'),
            sources: r.sources,
          });
      if (attribute === 'quote') {
        // Quotes, where the data carries them (a meeting's `quotes`, or a highlight that quotes someone).
        const quotes =
          (meeting as Meeting & { quotes?: Array<{ by: string; text: string; sources: string[] }> }).quotes ?? [];
        for (const q of quotes) readings.push({ label: q.by, value: q.text, sources: q.sources });
        for (const h of meeting.highlights)
          if (/[“”]/.test(h.text)) readings.push({ label: 'highlight', value: h.text, sources: h.sources });
      }
      if (attribute === 'about') {
        readings.push({
          label: 'mous',
          value: meeting.newMous.value === null ? null : String(meeting.newMous.value),
          sources: meeting.newMous.sources,
        });
        readings.push({
          label: 'projects',
          value: meeting.newProjects.value === null ? null : String(meeting.newProjects.value),
          sources: meeting.newProjects.sources,
        });
        readings.push({ label: 'place', value: meeting.place.value, sources: meeting.place.sources });
        for (const h of meeting.highlights) items.push({ name: h.text });
        sources = sourcesOf(meeting.highlights);
      }
      sources = [...sourcesOf(readings), ...sources];
      break;
    }
    case 'record':
    case 'records': {
      for (const r of records) {
        const meetingOf = dataset.meeting(r.meeting);
        if (attribute === 'parties' || attribute === 'about' || attribute === 'kind') {
          readings.push({
            label: r.name,
            value: attribute === 'parties' ? partyNames(dataset, r).join('|') : r.description.text,
            sources: r.description.sources,
          });
          if (attribute === 'parties' && 'partnersNote' in r && r.partnersNote)
            readings.push({ label: 'note', value: null, sources: r.sources });
        }
        if (attribute === 'date' || attribute === 'when')
          readings.push({
            label: r.name,
            value: meetingOf?.date.value ?? null,
            sources: meetingOf?.date.sources ?? [],
          });
        const zonePlace =
          'kind' in r && r.kind === 'demonstration-zone' ? dataset.initiative.demonstrationZone : undefined;
        if (attribute === 'place' && zonePlace?.place)
          readings.push({ label: 'zone place', value: zonePlace.place.value, sources: zonePlace.place.sources });
        else if (attribute === 'place')
          readings.push({ label: r.name, value: r.description.text, sources: r.description.sources });
        if (attribute === 'group')
          readings.push({ label: r.name, value: 'group' in r ? r.group : null, sources: r.sources });
        if (attribute === 'title')
          readings.push({ label: r.name, value: 'title' in r ? (r.title?.text ?? null) : null, sources: r.sources });
        items.push({
          name: r.name,
          ref: refOf(r),
          detail: meetingOf ? `${meetingOf.name}|${meetingOf.date.value}` : '',
        });
      }
      sources = sourcesOf(records);
      return { ...base, refs: records.map(refOf), readings, items, sources };
    }
    case 'org': {
      const { mous, projects } = recordsOfFamily(dataset, about.ids);
      const orgs = about.ids.map((id) => dataset.organisation(id)).filter((o): o is Organisation => !!o);
      // An outcome that only restates one of its records (the DataPost–Kingdee MOU, named twice) is said once.
      const words = (t: string) => longWordsOf(dataset, t);
      const restates = (text: string) =>
        [...mous, ...projects].some((r) => {
          const a = words(text);
          const b = words(r.description.text);
          const shared = [...a].filter((w) => b.has(w)).length;
          return shared >= 0.8 * Math.min(a.size, b.size);
        });
      const highlights = about.ids.flatMap((id) => dataset.highlightsOf(id)).filter((h) => !restates(h.text));
      if (attribute === 'kind')
        for (const o of orgs) readings.push({ label: o.name, value: `${o.kind}|${o.country}`, sources: o.sources });
      if (attribute === 'about' || attribute === 'parties' || attribute === 'date' || attribute === 'kind') {
        for (const m of mous)
          items.push({
            name: m.name,
            ref: refOf(m),
            detail: `mou|${partyNames(dataset, m).join('|')}|${dataset.meeting(m.meeting)?.name ?? ''}|${dataset.meeting(m.meeting)?.date.value ?? ''}`,
          });
        for (const p of projects)
          items.push({
            name: p.name,
            ref: refOf(p),
            detail: `project|${partyNames(dataset, p).join('|')}|${dataset.meeting(p.meeting)?.name ?? ''}|${dataset.meeting(p.meeting)?.date.value ?? ''}`,
          });
        for (const h of highlights)
          items.push({ name: h.text, detail: `highlight|${h.meeting.name}|${h.meeting.date.value}` });
        for (const o of orgs) if (o.about) readings.push({ label: o.name, value: o.about, sources: o.sources });
      }
      sources = [...sourcesOf([...mous, ...projects]), ...highlights.flatMap((h) => h.sources)].slice(0, 8);
      return {
        ...base,
        refs: [
          ...orgs.map((o) => ({ kind: 'organisation' as const, id: o.id })),
          ...mous.map(refOf),
          ...projects.map(refOf),
        ],
        readings,
        items,
        sources,
      };
    }
    case 'orgs': {
      const sets = about.groups.map((g) => recordsOfFamily(dataset, g));
      // Asked at a meeting: only what joins them there, never another meeting's record or outcome.
      const at = about.meetings?.length ? about.meetings : undefined;
      const atMeeting = (n: number) => !at || at.includes(n);
      const joining = [...(sets[0]?.mous ?? []), ...(sets[0]?.projects ?? [])].filter(
        (r) =>
          sets.every((s) => [...s.mous, ...s.projects].includes(r as Mou & Project)) &&
          atMeeting(dataset.meeting(r.meeting)?.number ?? -1),
      );
      // Asked for one kind ("an MOU with", "a project between"): a record of the other kind is no answer — kept apart,
      // so the reply says what does join them, as what it is.
      const ofKind = (r: Mou | Project) => !about.only || 'parties' in r === (about.only === 'mous');
      const shared = joining.filter(ofKind);
      const other = joining.filter((r) => !ofKind(r));
      if (other.length)
        readings.push({ label: 'other kind', value: other.map((r) => r.name).join('|'), sources: sourcesOf(other) });
      for (const r of shared) items.push({ name: r.name, ref: refOf(r), detail: r.description.text });
      // An outcome joins them as an MOU only where its own words say MOU ("An MOU between DataPost and Kingdee").
      const saysMou = (text: string) => /\bMOUs?\b/.test(text);
      const hl = dataset.meetings.flatMap((m) =>
        (atMeeting(m.number) ? m.highlights : [])
          .filter((h) => about.groups.every((g) => g.some((id) => (h.parties ?? []).includes(id))))
          .filter((h) => !about.only || saysMou(h.text) === (about.only === 'mous'))
          .map((h) => ({ h, m })),
      );
      for (const { h, m } of hl) items.push({ name: h.text, detail: `highlight|${m.name}|${m.date.value}` });
      if (at && !items.length) {
        // Nothing joins them at the meeting asked: where the records do join them, so "none" never reads as "never".
        const joined = dataset.meetings.filter(
          (m) =>
            [...(sets[0]?.mous ?? []), ...(sets[0]?.projects ?? [])].some(
              (r) => r.meeting === m.id && sets.every((s) => [...s.mous, ...s.projects].includes(r as Mou & Project)),
            ) || m.highlights.some((h) => about.groups.every((g) => g.some((id) => (h.parties ?? []).includes(id)))),
        );
        if (joined.length)
          readings.push({
            label: 'elsewhere',
            value: joined.map((m) => (m.number === 0 ? 'the founding MOU' : `the ${m.name}`)).join('|'),
            sources: [],
          });
      }
      sources = [...sourcesOf(shared), ...hl.flatMap((x) => x.h.sources)];
      return {
        ...base,
        refs: [
          ...shared.map(refOf),
          ...other.map(refOf),
          ...about.groups.map((g) => ({ kind: 'organisation' as const, id: g[0] ?? '' })),
        ],
        readings,
        items,
        sources,
      };
    }
    case 'person': {
      const known = (dataset.initiative.people ?? []).find((p) => p.name === about.name);
      if (known?.about) readings.push({ label: 'about', value: known.about.text, sources: known.about.sources });
      for (const m of dataset.meetings)
        for (const r of m.people)
          for (const p of r.people)
            if (p.name === about.name)
              readings.push({ label: `${m.number}|${r.label}|${m.name}`, value: p.role, sources: r.sources });
      sources = sourcesOf(readings);
      break;
    }
    case 'highlight': {
      const [n, i] = about.key.split(':').map(Number);
      const m = dataset.meetingByNumber(n ?? -1);
      const h = m?.highlights[i ?? -1];
      if (m && h) {
        readings.push({ label: `${m.name}|${m.date.value}`, value: h.text, sources: h.sources });
        for (const id of h.parties ?? []) refs.push({ kind: 'organisation', id });
      }
      sources = sourcesOf(readings);
      break;
    }
    case 'initiative': {
      const i = dataset.initiative;
      if (attribute === 'status') {
        // The latest dated record: the last event on file, and the latest meeting.
        const e = (i.events ?? []).slice(-1)[0];
        if (e) readings.push({ label: `event|${e.date}`, value: e.text, sources: e.sources });
        const m = dataset.latestMeeting;
        readings.push({ label: `meeting|${m.date.value}`, value: m.name, sources: m.date.sources });
        sources = sourcesOf(readings);
        break;
      }
      if (attribute === 'launched' || attribute === 'date')
        readings.push(
          { label: 'launched', value: i.launched.value, sources: i.launched.sources },
          { label: 'text', value: i.launched.text, sources: i.launched.sources },
          { label: 'summary', value: i.summary.text, sources: i.summary.sources },
        );
      else {
        readings.push({ label: 'summary', value: i.summary.text, sources: i.summary.sources });
        for (const p of i.pillars) items.push({ name: p.name });
      }
      sources = [...sourcesOf(readings), ...sourcesOf(i.pillars)];
      break;
    }
    case 'committee': {
      const c = dataset.initiative.committee;
      if (attribute === 'chairs') {
        // Each co-chair the sources name, per meeting and reading ("meeting|reading label" → "name|role"),
        // of the side asked (a Shenzhen or Chinese role is China's side); then what a later event reports.
        const china = (role: string, name: string) => /shenzhen|chin/i.test(`${role} ${name}`);
        for (const m of dataset.meetings.filter((x) => x.number > 0))
          for (const r of m.people)
            for (const p of r.people)
              if (!about.side || (about.side === 'China') === china(p.role, p.name))
                readings.push({ label: `${m.number}|${r.label}`, value: `${p.name}|${p.role}`, sources: r.sources });
        for (const e of dataset.initiative.events ?? [])
          for (const q of e.quotes ?? [])
            if (/co-?chair/i.test(q.text))
              readings.push({
                label: `event|${e.date}|${q.by}|${q.verbatim ? 'verbatim' : 'reported'}`,
                value: q.text.split(/,\s*(?:and\s+)?/).find((x) => /co-?chair/i.test(x)) ?? q.text,
                sources: q.sources,
              });
        const ms = dataset.meetings.filter((m) => m.number > 0);
        for (const m of ms) items.push({ name: m.name, detail: m.date.value, ref: { kind: 'meeting', id: m.id } });
        sources = sourcesOf(readings);
        break;
      }
      readings.push({ label: 'expansion', value: c?.name ?? null, sources: c?.sources ?? [] });
      const ms = dataset.meetings.filter((m) => m.number > 0);
      for (const m of ms) items.push({ name: m.name, detail: m.date.value, ref: { kind: 'meeting', id: m.id } });
      sources = sourcesOf(readings);
      break;
    }
  }
  return { ...base, readings, items, sources };
}

/**
 * A Yes stands only where the records and outcomes behind it say every word the question asks beyond its claim
 * ("build drones" of QuikBot–Guardforce, "fund" of Keppel–PKU): else the sources don't say so (never a Yes).
 */
function unsaidWords(r: Result, also: readonly string[], dataset: Dataset, done?: boolean): Result {
  if (r.op !== 'check' || r.verdict !== 'yes' || !also.length) return r;
  const inner = r.inner;
  // (The records behind it: its refs, and the items it counts or lists.)
  const refs = [
    ...('refs' in inner ? (inner.refs ?? []) : []),
    ...('items' in inner ? inner.items.flatMap((i) => ('ref' in i && i.ref ? [i.ref] : [])) : []),
  ];
  const records = refs.flatMap((ref) => {
    const rec = ref.kind === 'mou' ? dataset.mou(ref.id) : ref.kind === 'project' ? dataset.project(ref.id) : undefined;
    const title = rec && 'title' in rec ? (rec.title?.text ?? '') : '';
    return rec ? [rec.name, title, rec.description.text, ...rec.topics, ...rec.keywords] : [];
  });
  const shown = [
    ...('items' in inner ? inner.items.flatMap((i) => [i.name, i.detail ?? '']) : []),
    ...('readings' in inner ? inner.readings.map((x) => x.value ?? '') : []),
  ];
  const text = ` ${norm([...records, ...shown].join(' '))} `;
  const variants = (w: string) => LEXICONS.en?.variants?.[w] ?? [];
  const unsaid = also.filter((w) => !claimWordIn(text, w, variants(w)));
  if (unsaid.length) return { ...r, verdict: 'unknown', unsaid };
  // Asked as done, where an outcome says it only as to come ("are poised to expand IMDA's TradeTrust pilot", "will"):
  // not done, as far as the sources say (the records' own words, agreements all, are not read so).
  if (!done) return r;
  const recorded = ` ${norm(records.join(' '))} `;
  const planned = also.filter(
    (w) =>
      shown.some((x) =>
        x.split(/[;:.]/).some((clause) => {
          const c = ` ${norm(clause)} `;
          const plan = / (?:to|will) (?=[a-z]+ )/.exec(c);
          if (!plan) return false;
          const [before, after] = [c.slice(0, plan.index + 1), ` ${c.slice(plan.index + plan[0].length)}`];
          return claimWordIn(after, w, variants(w)) && !claimWordIn(before, w, variants(w));
        }),
      ) && !claimWordIn(recorded, w, variants(w)),
  );
  return planned.length ? { ...r, verdict: 'unknown', unsaid: planned } : r;
}

/**
 * "Is ONE Championship China a Shenzhen firm?": the sources give no partner's city, so only the places its own name
 * states can answer — Yes for the city or a place in it, No for a place apart from it, else not said.
 */
function cityVerdict(city: string, name: string, named: readonly string[]): 'yes' | 'no' | 'unknown' {
  const asked = city.toLowerCase();
  const places = named.map((x) => x.toLowerCase());
  if (places.some((x) => within(x, asked))) return 'yes';
  // A No only from where a company's name registers it — in brackets or first ("… China (Shanghai) Co., Ltd.") — never
  // from a campus's place at its end ("Sun Yat-sen University Shenzhen" may belong to a university elsewhere).
  const registered = places.filter((x) => new RegExp(`^(?:the )?${x}\\b|\\(${x}\\)`, 'i').test(name));
  return registered.length && places.every((x) => !within(asked, x)) ? 'no' : 'unknown';
}

/**
 * A partner's kind and country as its `kind` reading gives them ("company|Singapore"), and the test of the kind claimed.
 * (A law firm is a firm: "is Rajah & Tann a Singapore firm?" is Yes, never "No: … is a law firm".)
 */
function kindRead(label: string, reading: string | null | undefined) {
  const [kind = '', country = ''] = (reading ?? '').split('|');
  return { kind, country, k: label === 'companies' ? /company|law firm/ : KIND_TESTS[label] };
}

function runCheck(claim: Claim, inner: Result, dataset: Dataset): Result {
  let verdict: 'yes' | 'no' | 'both' | 'unknown' = 'unknown';
  const yn = (b: boolean) => (b ? 'yes' : 'no');
  // A pillar claimed: its words among a pillar's names as the sources give them (every word, as a word's start).
  if (claim.type === 'pillar' && inner.op === 'list') {
    // (A count claimed: the number of pillars the sources name.)
    if (claim.count !== undefined)
      return { op: 'check', verdict: yn(dataset.initiative.pillars.length === claim.count), claim, inner };
    const wordings = dataset.initiative.pillars.map((x) => [x.name, ...(x.otherWordings ?? []).map((o) => o.text)]);
    // (Several parts claimed at once: every one a pillar's, each on its own.)
    const found = (claim.parts ?? [claim.words]).every((part) =>
      wordings.some((ws) => ws.some((name) => part.every((w) => claimWordIn(` ${norm(name)} `, w, [])))),
    );
    return { op: 'check', verdict: yn(claim.changed ? !found : found), claim, inner };
  }
  if (inner.op === 'count' && claim.type === 'number' && claim.each && inner.meetings.length > 1 && !inner.cumulative) {
    // Each meeting's own count against the number: yes only if every one reported it; unknown if any gave none.
    const counts = inner.meetings.map((m) => m.reported);
    verdict = counts.some((x) => x !== null && !countHolds(x, claim.value, claim.bound))
      ? 'no'
      : counts.every((x) => x !== null && countHolds(x, claim.value, claim.bound))
        ? 'yes'
        : 'unknown';
  } else if (inner.op === 'count') {
    const value =
      inner.total && inner.cumulative
        ? inner.total.value
        : // No running total reported at the point asked ("12 MOUs by the 2nd JIC?"): the meeting's own count is no
          // answer to it, and the per-meeting counts added up are said beside, not as the total.
          inner.noTotalAt
          ? null
          : inner.meetings.length === 1
            ? (inner.meetings[0]?.reported ?? null)
            : inner.meetings.length > 1 && !inner.filter.orgs?.length && !inner.filter.kind && !inner.filter.country
              ? // Several meetings: what they reported together ("were 16 MOUs signed at the 1st and 3rd?"), never
                // the records on file; unknown when any of them gave no count.
                inner.meetings.every((m) => m.reported !== null)
                ? inner.meetings.reduce((a, m) => a + (m.reported ?? 0), 0)
                : null
              : (inner.reportedOnly?.value ?? inner.items.length);
    // (A figure reported at one meeting, claimed of another: No, whatever the number.)
    if (inner.notAt) verdict = 'no';
    else if (claim.type === 'number' && claim.other !== undefined)
      // Two totals claimed at once: both must be the ones reported.
      verdict =
        value === null || inner.total?.other === undefined
          ? 'unknown'
          : yn(value === claim.value && inner.total.other === claim.other);
    else if (claim.type === 'number')
      verdict = value === null ? 'unknown' : yn(countHolds(value, claim.value, claim.bound));
    // None on file at a meeting whose records the sources do not all name ("did a Chinese university sign at the 3rd
    // JIC?": its 8 MOUs are unnamed): they cannot say, never a flat No.
    else if (!inner.items.length && claim.type === 'some' && unnamedAt(dataset, inner)) verdict = 'unknown';
    else verdict = yn(inner.items.length > 0);
  } else if (inner.op === 'read') {
    if (claim.type === 'together') verdict = yn(inner.items.length > 0);
    else if (claim.type === 'unnamed') verdict = 'no';
    // A person claimed to have signed a record or a partner's: the sources name who signed only the founding MOU.
    else if (claim.type === 'person' && inner.about.type !== 'meeting' && inner.about.type !== 'committee')
      verdict = 'unknown';
    else if (claim.type === 'person') {
      const hits = inner.readings.map((r) => (r.value ?? '').includes(claim.name));
      verdict = hits.every(Boolean) ? 'yes' : hits.some(Boolean) ? 'both' : 'no';
    } else if (claim.type === 'place') {
      const place = (
        inner.readings.find((r) => r.label === 'place' || r.label === 'zone place')?.value ?? ''
      ).toLowerCase();
      const w = claim.words;
      const virtual = /virtual|video/.test(place);
      // A meeting held by video link was held in no one city, even if the link joined two.
      verdict = !w
        ? 'unknown'
        : /in person/.test(w)
          ? yn(!virtual)
          : /virtual|online|video/.test(w)
            ? yn(virtual)
            : yn(!virtual && placeNamed(place, w));
    } else if (claim.type === 'year') {
      const v = inner.readings.find((r) => r.value && /^\d{4}/.test(r.value))?.value ?? '';
      verdict = v ? yn(v.startsWith(String(claim.value))) : 'unknown';
    } else if (claim.type === 'group') verdict = yn(inner.readings.some((r) => r.value === claim.id));
    else if (claim.type === 'kind' && claim.city && inner.about.type === 'org') {
      const { kind, country, k } = kindRead(claim.label, inner.readings[0]?.value);
      verdict =
        (k && !k.test(kind)) || (country !== 'China' && country !== 'unclear')
          ? 'no'
          : cityVerdict(
              claim.city,
              dataset.organisation(inner.about.ids[0] ?? '')?.name ?? '',
              placesInName(dataset, inner.about.ids[0] ?? ''),
            );
    } else if (claim.type === 'kind') {
      const { kind, country, k } = kindRead(claim.label, inner.readings[0]?.value);
      // A kind the tables don't know ("a bank"): yes only in the kind's own words, else the sources don't call it so.
      const free = !!claim.label && !k;
      const kindOk = k ? k.test(kind) : !free || ` ${kind} `.includes(` ${claim.label.replace(/s$/, '')}`);
      // A country the sources leave unclear can be neither confirmed nor denied.
      verdict =
        claim.country && country === 'unclear' && kindOk
          ? 'unknown'
          : free && !kindOk
            ? 'unknown'
            : yn(kindOk && (!claim.country || claim.country === country));
    } else if (claim.type === 'side') {
      // The side each role serves (a Shenzhen or Chinese office is China's); roles on both sides decide nothing.
      const sides = new Set<string>(
        inner.readings
          .filter((x) => x.label !== 'about')
          .map((x) => (SIDE_CHINA.test(x.value ?? '') ? 'China' : 'Singapore')),
      );
      verdict = sides.size === 1 ? yn(sides.has(claim.country)) : 'unknown';
    } else if (claim.type === 'role') {
      const roles = ` ${norm(inner.readings.map((x) => x.value ?? '').join(' '))} `;
      verdict = yn(roles.includes(` ${norm(claim.words)} `));
    } else if (claim.type === 'topic' && inner.about.type === 'highlight') {
      const text = ` ${norm(inner.readings.map((x) => x.value ?? '').join(' '))} `;
      // Words the sources do not use are not a "no": the reply shows what they do say.
      verdict = claim.topics.every((t) => saysWord(text, t)) ? 'yes' : 'unknown';
    } else if (claim.type === 'progress' || claim.type === 'order') verdict = 'unknown';
    else if (claim.type === 'dated') verdict = datedVerdict(claim, inner.readings[0]?.value ?? '');
    else if (claim.type === 'date') {
      const v = inner.readings.find((r) => r.value && /^\d{4}-\d\d-\d\d/.test(r.value))?.value ?? '';
      // ("*-10", "*-10-19": a month, or a day and month, with no year — "was the 2nd JIC in October?")
      verdict = v
        ? yn(
            claim.iso.startsWith('*-')
              ? v.slice(4, 3 + claim.iso.length) === claim.iso.slice(1)
              : v.startsWith(claim.iso),
          )
        : 'unknown';
    } else if (claim.type === 'signed') {
      // No MOU record names it; an outcome that itself speaks of an MOU or a signing is not denied.
      const text = inner.readings.map((x) => x.value ?? '').join(' ');
      verdict = /\b(?:MOUs?|signed|signing|agreements?)\b/.test(text) ? 'unknown' : 'no';
    } else if (claim.type === 'words') {
      const text = ` ${norm(inner.readings.map((x) => x.value ?? '').join(' '))} `;
      // Every word said, and "by X" where the question says so; else the text is shown without a verdict.
      // (An outcome the text calls the body's own — "IMDA's TradeTrust pilot" — says who runs it: the verb of running is
      // then no word the text must hold.)
      const all = claim.words.every(
        (w) => claimWordIn(text, w, claim.variants[w] ?? []) || (claim.owned && OWNING.test(w)),
      );
      const by = !claim.by || claim.owned || claim.by.some((n) => text.includes(` by ${n} `));
      // A number claimed must be the text's own ("200 buyers" is not "163 … buyers").
      const raw = inner.readings.map((x) => x.value ?? '').join(' ');
      const own = subjectPart(raw, claim);
      // (Or the subject's own part gives it in words: "UOB ran two" holds "did UOB run 2 trials".)
      const numbers = own === 'same' || (claim.numbers ?? []).every((n) => text.includes(` ${n.replace(/,/g, ' ')} `));
      const intended = !claim.planned || statesIntention(raw, claim.words[0] ?? '');
      // (A plan claimed of a party whose own part of a list is a deed, while the plan is others' part — "was DBS still
      // to launch pilots?" of "UOB ran two, DBS one; Bank of China, ICBC and MUFG to launch pilots": No.)
      const othersPlan = !intended && plannedByOthers(raw, claim);
      // (The text calling it the body's own answers who runs or owns it, whatever else its clauses say.)
      verdict = claim.owned
        ? 'yes'
        : own === 'other' || othersPlan
          ? 'no'
          : all && by && numbers && intended && own !== 'unsaid' && !claim.located
            ? 'yes'
            : 'unknown';
    } else if (claim.type === 'topic' && inner.about.type === 'record') {
      const rec = inner.about.kind === 'mou' ? dataset.mou(inner.about.id) : dataset.project(inner.about.id);
      verdict = yn(!!rec && matchesTopics(dataset, rec, claim.topics));
    } else if (claim.type === 'topic') {
      const rs = inner.refs
        .filter((r) => r.kind !== 'organisation' && (!claim.kind || r.kind === claim.kind))
        .map((r) => (r.kind === 'mou' ? dataset.mou(r.id) : dataset.project(r.id)))
        .filter((r): r is Mou | Project => !!r);
      // A partner named only in a meeting's highlights: its words there decide; silence is not a no.
      const said = ` ${norm(inner.readings.map((x) => x.value ?? '').join(' '))} `;
      verdict = rs.some((r) => matchesTopics(dataset, r, claim.topics))
        ? 'yes'
        : claim.kind && !rs.length
          ? 'no'
          : claim.topics.every((t) => saysWord(said, t))
            ? 'yes'
            : rs.length && !claim.free
              ? 'no'
              : 'unknown';
    } else verdict = yn(inner.readings.length > 0 || inner.items.length > 0);
  }
  // "Is Rajah & Tann's Qianhai office its first in China?": an ordinal claimed is checked against the one its records'
  // own words give ("its second representative office"): another is a No; none given is no Yes.
  if ((claim.type === 'topic' || claim.type === 'words') && claim.ordinal && verdict === 'yes' && inner.op === 'read') {
    const texts = inner.refs
      .filter((r) => r.kind === 'mou' || r.kind === 'project')
      .map((r) => (r.kind === 'mou' ? dataset.mou(r.id) : dataset.project(r.id))?.description.text ?? '');
    const said = ORDINAL_WORD.exec(` ${norm([...texts, ...inner.readings.map((x) => x.value ?? '')].join(' '))} `)?.[1];
    verdict = !said ? 'unknown' : said === claim.ordinal ? 'yes' : 'no';
  }
  return { op: 'check', verdict, claim, inner };
}

/** Whether a count's meetings hold records the sources report but do not name (MOUs or projects, as it counts). */
function unnamedAt(dataset: Dataset, inner: Extract<Result, { op: 'count' }>): boolean {
  const via = inner.select === 'partners' ? inner.filter.via : inner.select;
  if (via !== 'mous' && via !== 'projects') return false;
  return (inner.filter.meetings ?? []).some((n) => {
    const m = dataset.meetingByNumber(n);
    const fig = m ? figures(dataset, via, [m])[0] : undefined;
    return !!fig && fig.reported !== null && fig.onFile < fig.reported;
  });
}

/** Verbs of running or owning a thing ("run by", "managed by", "owned by"): what "X's thing" says of it. */
const OWNING =
  /^(?:run|runs|ran|running|manage|manages|managed|managing|operate|operates|operated|operating|own|owns|owned|lead|leads|led|belong|belongs|belonged|behind)$/;

/** Whether the clause naming a subject (else the whole text) states an intention: "MUFG to launch pilots", "will". */
function statesIntention(text: string, subject: string): boolean {
  const clause = text.split(/[;()]/).find((x) => ` ${norm(x)} `.includes(` ${subject} `)) ?? text;
  return / (?:to|will|poised to|plans? to|intends? to) [a-z]+ /.test(` ${norm(clause)} `);
}

/** Whether the subject's own clause of a list states no intention while another clause, holding the words claimed, does. */
function plannedByOthers(text: string, claim: Extract<Claim, { type: 'words' }>): boolean {
  const [subject = '', ...rest] = claim.words;
  const clauses = text.split(/[;()]/).map((x) => ` ${norm(x)} `);
  const own = clauses.find((x) => x.includes(` ${subject} `));
  const intends = (x: string) => / (?:to|will|poised to|plans? to|intends? to) [a-z]+ /.test(x);
  return (
    !!own &&
    !intends(own) &&
    clauses.some(
      (x) =>
        x !== own &&
        intends(x) &&
        rest.some((w) => claimWordIn(x, w, claim.variants[w] ?? []) && !claimWordIn(own, w, claim.variants[w] ?? [])),
    )
  );
}

/**
 * A date claimed of an act against the date the text gives it ("launched in Sept 2020"): No where any part both give
 * differs, Yes where the text is at least as precise as the claim, else unknown (never a day the text doesn't give).
 */
function datedVerdict(claim: Extract<Claim, { type: 'dated' }>, text: string): 'yes' | 'no' | 'unknown' {
  const span = datedIn(text, ` ${claim.act} `);
  if (!span) return 'unknown';
  const { year, month, day } = datedParts(span);
  const parts: Array<[number | undefined, number | undefined]> = [
    [claim.year, year],
    [claim.month, month],
    [claim.day, day],
  ];
  if (parts.some(([a, b]) => a !== undefined && b !== undefined && a !== b)) return 'no';
  return parts.every(([a, b]) => a === undefined || b !== undefined) ? 'yes' : 'unknown';
}

const NUMBER_WORDS: readonly string[] =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'.split(' ');
const ORDINALS: ReadonlySet<string> = new Set('first second third fourth fifth 1st 2nd 3rd 4th 5th'.split(' '));
/** A number in digits or words, as digits ("two" → "2"); undefined for any other word. */
const numberIn = (w: string): string | undefined =>
  /^\d+$/.test(w) ? w : NUMBER_WORDS.includes(w) ? String(NUMBER_WORDS.indexOf(w)) : undefined;

/**
 * What the subject's own part of a list says (the claim's first word: "did DBS run two trials" against "UOB ran two,
 * DBS one; Bank of China, ICBC and MUFG to launch pilots"): 'other' where its part gives another number than the one
 * claimed (a No: "two" beside UOB is never DBS's); 'unsaid' where its part gives no number while others do, or only
 * plans ("to launch") while the claim's doing is said of another party; undefined where nothing is said apart.
 */
function subjectPart(text: string, claim: Extract<Claim, { type: 'words' }>): 'same' | 'other' | 'unsaid' | undefined {
  const [subject, ...rest] = claim.words;
  if (!subject || numberIn(subject)) return undefined;
  const claimed = [...claim.words, ...(claim.numbers ?? [])].map((w) => numberIn(w.replace(/,/g, ''))).filter(Boolean);
  const parts = (re: RegExp) => text.split(re).map((x) => ` ${norm(x)} `);
  // By comma first (each party's share), then by semicolon and bracket (each clause).
  const mine = parts(/[,;()]/).find((x) => x.includes(` ${subject} `));
  const clause = parts(/[;()]/).find((x) => x.includes(` ${subject} `));
  if (!mine || !clause) return undefined;
  // (Only a party's share that starts its part: "DBS one" — never a name inside a longer phrase with a date.)
  if (claimed.length && mine.trim().startsWith(`${subject} `)) {
    const given = mine
      .trim()
      .split(' ')
      .map(numberIn)
      .filter((n) => n && n.length < 4);
    if (given.length) return claimed.every((n) => given.includes(n)) ? 'same' : 'other';
    if (parts(/[,;()]/).some((x) => x.trim().split(' ').some(numberIn))) return 'unsaid';
  }
  // "Did XNode take 10 companies in each batch?" of "10 … in its first batch, 8 in its second": a number claimed of each
  // part holds only where every numbered part gives it (never a Yes for the first alone).
  const numberedParts = parts(/[,;()]/).filter((x) =>
    x
      .trim()
      .split(' ')
      .some((w) => numberIn(w) && w.length < 4),
  );
  if (claimed.length === 1 && claim.everyPart && numberedParts.length > 1)
    return numberedParts.every((x) => x.trim().split(' ').map(numberIn).includes(claimed[0])) ? 'same' : 'other';
  // "10 companies in its first batch, 8 in its second": an order word claimed beside a number is that number's.
  const orders = rest.filter((w) => ORDINALS.has(w));
  const numbered = parts(/[,;()]/).filter((x) =>
    x
      .trim()
      .split(' ')
      .some((w) => numberIn(w) && w.length < 4),
  );
  if (claimed.length && orders.length && numbered.some((x) => orders.every((o) => x.includes(` ${o} `))))
    return numbered.some(
      (x) =>
        orders.every((o) => x.includes(` ${o} `)) &&
        claimed.every((n) => x.trim().split(' ').map(numberIn).includes(n)),
    )
      ? 'same'
      : 'other';
  // "ICBC and MUFG to launch pilots": a plan, while the doing asked ("ran") is another party's.
  const all = ` ${norm(text)} `;
  const doneElsewhere = rest.some(
    (w) =>
      !numberIn(w) && claimWordIn(all, w, claim.variants[w] ?? []) && !claimWordIn(clause, w, claim.variants[w] ?? []),
  );
  // (A plan claimed — "did MUFG plan a pilot?" — is the clause's own: statesIntention checks it.)
  if (claim.planned) return undefined;
  if (doneElsewhere && / (?:to|will) [a-z]+ /.test(clause)) {
    // (The act asked is others' deed, told in a clause of its own — "UOB ran two, DBS one" — while the subject's part
    // is only a plan: "did ICBC run a trial?" is No. Only a verb of doing is a deed — "did MUFG take part in the
    // trials?" is not told apart so; others' plan is no answer either way.)
    const deed = parts(/[;()]/).some(
      (x) =>
        x !== clause &&
        !/ (?:to|will) [a-z]+ /.test(x) &&
        rest.some(
          (w) =>
            !!claim.variants[w] && claimWordIn(x, w, claim.variants[w]) && !claimWordIn(clause, w, claim.variants[w]),
        ),
    );
    return deed ? 'other' : 'unsaid';
  }
  // "Did Bank of China launch a pilot?" against "Bank of China, ICBC and MUFG to launch pilots": what the subject is to
  // do, or will do, is no doing of it — a word claimed only after its "to"/"will" is unsaid (never a Yes).
  const plan = / (?:to|will) (?=[a-z]+ )/.exec(clause);
  if (!plan) return undefined;
  const [before, after] = [clause.slice(0, plan.index + 1), ` ${clause.slice(plan.index + plan[0].length)}`];
  const variants = (w: string) => claim.variants[w] ?? [];
  return before.includes(` ${subject} `) &&
    rest.some((w) => !numberIn(w) && claimWordIn(after, w, variants(w)) && !claimWordIn(before, w, variants(w)))
    ? 'unsaid'
    : undefined;
}

/**
 * Whether a text (normalised, spaces around) holds a word. A word with no Latin letter or digit (a Chinese word no
 * table reads, "无人机") normalises to nothing: it is never "said" (an empty word is in every text).
 */
const saysWord = (text: string, word: string) => norm(word) !== '' && text.includes(` ${norm(word)} `);

/** A comparison's sides, each with its numbers (see compare.ts for what a side is and how it is said). */
function runCompare(p: ComparePlan, dataset: Dataset): Result {
  const latest = dataset.figures.latestTotals?.meeting;
  const value = (f: Filter, select: Unit): { value: number | null; onFile?: number } => {
    if (select === 'partners') return { value: null };
    if (f.meetings?.length) {
      const m = dataset.meetingByNumber(f.meetings[0] ?? -1);
      const fig = m ? figures(dataset, select, [m])[0] : undefined;
      return { value: p.cumulative ? (fig?.totals ?? null) : (fig?.reported ?? null), onFile: fig?.onFile ?? 0 };
    }
    if (f.orgs?.length) {
      const { mous, projects } = recordsOfFamily(dataset, f.orgs[0] ?? []);
      return { value: select === 'mous' ? mous.length : projects.filter((x) => x.kind === 'joint-project').length };
    }
    // No meeting and no partner: the running totals reported after the latest meeting, and the records on file.
    const totals = latest?.totals;
    return {
      value: totals ? (select === 'mous' ? totals.mous : totals.projects) : null,
      onFile:
        select === 'mous' ? dataset.mous.length : dataset.projects.filter((x) => x.kind === 'joint-project').length,
    };
  };
  const unnamed: string[] = [];
  const side = (f: Filter): CompareSide => {
    if (f.country || (f.kind && !f.meetings && !f.orgs)) {
      const list = runList({ op: 'list', select: 'partners', filter: f }, dataset);
      const items = list.op === 'list' ? list.items : [];
      const read = items.filter((i) => i.ref && dataset.organisation(i.ref.id)?.countryStated === false).length;
      // Parties the records name only by a description that places them ("a technology company in China").
      const country = f.country;
      // Sides of two kinds ("universities or companies"), with or without a country: said by kind.
      if (!country || p.sides.some((x) => x.kind && x.kind !== f.kind))
        return {
          label: `${country ? `${country === 'China' ? 'Chinese' : country} ` : ''}${f.kind ?? ''}`,
          isMeeting: false,
          values: [{ select: 'partners', value: items.length }],
          ...(country ? { read } : {}),
          kind: true,
        };
      unnamed.push(
        ...[...dataset.mous, ...dataset.projects]
          .flatMap((r) => ('parties' in r ? r.parties : r.partners))
          .flatMap((x) => ('unnamed' in x && country && x.unnamed.includes(country) ? [x.unnamed] : []))
          .filter((t) => !f.kind || (f.kind === 'companies' && /compan/.test(t))),
      );
      return { label: country, isMeeting: false, values: [{ select: 'partners', value: items.length }], read };
    }
    const meeting = f.meetings?.length ? dataset.meetingByNumber(f.meetings[0] ?? -1) : undefined;
    const label = meeting
      ? meeting.name
      : f.orgs?.length
        ? (dataset.organisation(f.orgs[0]?.[0] ?? '')?.name ?? '')
        : 'to date';
    const selects: Unit[] = p.select === 'both' || p.select === 'partners' ? ['mous', 'projects'] : [p.select];
    return {
      label,
      isMeeting: !!meeting,
      ...(meeting ? { meeting } : {}),
      values: selects.map((sel) => ({ select: sel, ...value(f, sel) })),
    };
  };
  const sides = p.sides.map(side);
  const ms = sides.flatMap((s) => (s.meeting ? [s.meeting] : []));
  // A compared meeting's own words about the year before ("doubled compared to the previous year").
  // Only where it compares with the other side: the meeting just before it.
  const notes = ms.flatMap((m) =>
    (ms.some((o) => o.number === m.number - 1 && o.number > 0) ? m.highlights : [])
      .filter((h) => /previous year/i.test(h.text) && (p.select !== 'mous' || /\bMOU/.test(h.text)))
      .map((h) => ({ meeting: m, text: h.text })),
  );
  const sources = [
    ...sourcesOf(ms.flatMap((m) => [m.newMous, m.newProjects, ...(p.cumulative && m.totals ? [m.totals] : [])])),
    ...(!ms.length && latest?.totals ? latest.totals.sources : []),
  ];
  const result: CompareResult = {
    op: 'compare',
    select: p.select,
    sides,
    difference: p.difference,
    cumulative: p.cumulative,
    sources: [...new Set(sources)],
    ...(p.across ? { across: true } : {}),
    ...(p.size ? { size: true } : {}),
    ...(p.noMeetingIn?.length ? { noMeetingIn: p.noMeetingIn, ...(latest ? { latest } : {}) } : {}),
    ...(p.byYear ? { byYear: true } : {}),
    ...(p.threshold ? { threshold: p.threshold } : {}),
    ...(p.factor ? { factor: p.factor } : {}),
    ...(p.select === 'partners' ? { unit: p.sides[0]?.kind ?? 'partners' } : {}),
    ...(unnamed.length ? { unnamed } : {}),
    ...(notes.length ? { notes } : {}),
  };
  return result;
}

function runRank(p: Extract<Plan, { op: 'rank' }>, dataset: Dataset): Result {
  const rows: Array<{ label: string; value: number; ref?: Ref; parts?: Array<{ label: string; value: number }> }> = [];
  const unknown: string[] = [];
  let sources: string[] = [];
  const ms = dataset.meetings.filter((m) => m.number > 0 && (p.upTo === undefined || m.number <= p.upTo));
  const upTo = p.upTo !== undefined ? dataset.meetingByNumber(p.upTo) : undefined;
  if (p.by === 'meeting' || p.by === 'year') {
    for (const fig of figures(dataset, p.select, ms)) {
      const label = p.by === 'year' ? fig.meeting.date.value.slice(0, 4) : fig.meeting.name;
      if (fig.reported === null) unknown.push(label);
      else rows.push({ label, value: fig.reported, ref: { kind: 'meeting', id: fig.meeting.id } });
    }
    sources = sourcesOf(ms.map((m) => (p.select === 'mous' ? m.newMous : m.newProjects)));
  } else if (p.by === 'partner') {
    const counts = new Map<string, number>();
    // Of one kind, or both ("the most records"); at the meetings asked only ("the most 4th-JIC records").
    const meetingIds = meetingIdsOf(dataset, p.filter);
    const records = [
      ...(p.select === 'mous' || p.records ? dataset.mous : []),
      ...(p.select === 'projects' || p.records ? dataset.projects.filter((x) => x.kind === 'joint-project') : []),
    ].filter((r) => !meetingIds || meetingIds.includes(r.meeting));
    for (const r of records)
      for (const id of new Set(partyIds(r).map((x) => topOf(dataset, x)))) counts.set(id, (counts.get(id) ?? 0) + 1);
    const k = kindTest(p.filter);
    for (const [id, value] of counts) {
      const o = dataset.organisation(id);
      if (o && (k(o) || dataset.childrenOf(o.id).some(k)) && (!p.filter.country || o.country === p.filter.country))
        rows.push({ label: o.name, value, ref: { kind: 'organisation', id } });
    }
    sources = sourcesOf(records);
  } else if (p.by === 'country') {
    // Partners (each organisation once, sub-units under their parent) of a kind, per country on file.
    const list = runList({ op: 'list', select: 'partners', filter: p.filter }, dataset);
    const per = new Map<string, number>();
    if (list.op === 'list')
      for (const i of list.items)
        if (i.detail && i.detail !== 'unclear') per.set(i.detail, (per.get(i.detail) ?? 0) + 1);
    for (const [label, value] of per) rows.push({ label, value });
    sources = list.op === 'list' ? list.sources : [];
  } else if (p.by === 'kind') {
    // Partners on file (each organisation once, a sub-unit under its parent), by the kind the data gives them.
    const list = runList({ op: 'list', select: 'partners', filter: {} }, dataset);
    const per = new Map<string, number>();
    if (list.op === 'list')
      for (const i of list.items) {
        const o = i.ref ? dataset.organisation(i.ref.id) : undefined;
        if (o) per.set(o.kind, (per.get(o.kind) ?? 0) + 1);
      }
    // Kinds one word of KIND_TESTS covers are one row, its parts said ("research institutes 3: research institute 1,
    // research laboratory 1, institute 1"), so the breakdown counts what "how many research institutes" counts.
    const under = new Map<string, string[]>();
    for (const kind of per.keys()) {
      const word = kindWordOf(kind);
      if (word) under.set(word, [...(under.get(word) ?? []), kind]);
    }
    for (const [label, value] of per) {
      const word = kindWordOf(label);
      const kinds = word ? (under.get(word) ?? []) : [];
      if (kinds.length < 2) rows.push({ label, value });
      else if (kinds[0] === label) {
        const parts = kinds.map((k) => ({ label: k, value: per.get(k) ?? 0 })).sort((a, b) => b.value - a.value);
        rows.push({ label: word ?? label, value: parts.reduce((n, x) => n + x.value, 0), parts });
      }
    }
    sources = list.op === 'list' ? list.sources : [];
  } else if (p.by === 'meetingPartners') {
    // Each meeting's partners named in its records on file (a record whose parties the sources leave unnamed adds none).
    for (const m of ms) {
      const recs = [...dataset.mousAt(m.id), ...dataset.projectsAt(m.id)];
      const k = kindTest(p.filter);
      const ids = new Set(
        recs
          .flatMap((r) => partyIds(r).map((x) => topOf(dataset, x)))
          .filter((id) => {
            const o = dataset.organisation(id);
            // ("The most Chinese companies": a country asked narrows them too.)
            const ok = (x: Organisation) => k(x) && (!p.filter.country || x.country === p.filter.country);
            return !!o && (ok(o) || dataset.childrenOf(o.id).some(ok));
          }),
      );
      rows.push({ label: m.name, value: ids.size, ref: { kind: 'meeting', id: m.id } });
      sources.push(...sourcesOf(recs));
    }
    sources = [...new Set(sources)];
  } else if (p.by === 'record') {
    const records = p.select === 'mous' ? dataset.mous : dataset.projects.filter((x) => x.kind === 'joint-project');
    for (const r of records) {
      const parties = 'parties' in r ? r.parties : r.partners;
      // A record whose partners the sources don't name has no count of them (not "0 partners").
      if (parties.length) rows.push({ label: displayName(r), value: parties.length, ref: refOf(r) });
      else unknown.push(displayName(r));
    }
    sources = sourcesOf(records);
  } else if (p.by === 'group') {
    for (const g of dataset.initiative.mouGroups)
      if (!p.groups || p.groups.includes(g.id))
        rows.push({ label: g.id, value: dataset.figures.mousPerGroup.get(g.id) ?? 0 });
    sources = sourcesOf(dataset.initiative.mouGroups);
  }
  // (The groups themselves asked: in the annex's own order, never re-ranked.)
  if (!p.headings) rows.sort((a, b) => (p.order === 'most' ? b.value - a.value : a.value - b.value));
  return {
    op: 'rank',
    select: p.select,
    by: p.by,
    order: p.order,
    rows,
    unknown,
    sources,
    ...(p.pillar ? { pillar: p.pillar } : {}),
    ...(p.all ? { all: true } : {}),
    ...(p.inTime ? { inTime: true } : {}),
    ...(p.average ? { average: true } : {}),
    ...(p.records ? { records: true } : {}),
    ...(p.filter.meetings?.length ? { meetings: p.filter.meetings } : {}),
    ...(p.by === 'partner' && p.filter.country ? { country: p.filter.country } : {}),
    ...(p.groups ? { groups: p.groups } : {}),
    ...(p.headings ? { headings: true } : {}),
    ...(upTo ? { upTo } : {}),
    ...(p.tally ? { tally: p.tally } : {}),
  };
}

/** The two meetings a "between" count spans, with the running totals reported at each (null where none is). */
function betweenOf(dataset: Dataset, p: Extract<Plan, { op: 'count' }>) {
  if (!p.between) return {};
  const [from, to] = p.between.map((n) => dataset.meetingByNumber(n));
  if (!from || !to) return {};
  const total = (m: Meeting) => (m.totals ? (p.select === 'mous' ? m.totals.mous : m.totals.projects) : null);
  return { between: { from, to, totals: [total(from), total(to)] as [number | null, number | null] } };
}

/** A role that serves China's side ("Mayor of Shenzhen …"); every other role the sources give is Singapore's. */
const SIDE_CHINA = /shenzhen|chin/i;

/** An ordinal a record's words give ("its second representative office"). */
export const ORDINAL_WORD = / (first|second|third|fourth|fifth|only) /;
