import type { Dataset, Meeting } from '../dataset/index.js';
import type { Plan } from './plan/types.js';
import type { Ref } from './run.js';
import type { Said } from './say.js';
import { formatDate, joinList, placePhrase } from './format.js';
import { LEXICONS, type Lexicon } from './lexicon.js';
import { isStopWord, mentionedOrgIds, mentionsOf, type Understanding } from './understand.js';
import { highlightStems, norm, partyIds } from './records.js';
import {
  announcingRelease,
  daysBetween,
  releaseAsked,
  releaseDate,
  releaseVerdict,
  releaseWhen,
  type ReleaseAsked,
  type Span,
  spanClaimed,
  spanHolds,
  yearsMonthsDays,
} from './timing.js';

/**
 * A fact about a meeting rather than the meeting's whole card: what it focused on or unveiled (the outcomes whose
 * words the question uses), which meeting was held in a year, the first or last meeting held in a place or a way.
 */

export interface PickMeetingPlan {
  op: 'pickMeeting';
  order: 'first' | 'last';
  /** How or where: 'video' (online, virtual), 'in person', or a city as asked. */
  held: string;
}

/** "How many days between the 3rd and 4th JIC?": the time between two dated meetings (the founding MOU is 0). */
export interface IntervalPlan {
  op: 'interval';
  meetings: [number, number];
  /** One meeting (both numbers the same) and its press release: their order asked, or the days between (timing.ts). */
  release?: ReleaseAsked;
  /** A yes/no: the gap claimed ("more than a year after"), the later meeting named first as asked. */
  span?: Span;
  /** The yes/no names the later one as coming after the earlier ("the 3rd … after the 2nd"): false when reversed. */
  laterFirst?: boolean;
}

/** "How many meetings were held in 2022?": the JIC meetings held in each year asked. */
export interface MeetingsInPlan {
  op: 'meetingsIn';
  years: number[];
  /**
   * "How many MOUs were signed in 2024?", "what did Keppel do in 2024?": records asked in years no meeting was held —
   * none recorded, said with why (never the running total or a partner's records of another year as the answer).
   */
  records?: { select: 'mous' | 'projects' | 'records'; orgs?: string[]; yesno?: boolean };
}

export interface MeetingsInResult {
  op: 'meetingsIn';
  years: Array<{ year: number; meetings: Meeting[]; founding?: Meeting }>;
  records?: { select: 'mous' | 'projects' | 'records'; org?: string; yesno?: boolean };
  refs: Ref[];
  sources: string[];
}

/**
 * "Which partners signed MOUs at two different meetings?", "did any partner sign at both the 2nd and 4th JIC?":
 * partners whose records on file are at more than one meeting (or at each of the meetings asked).
 */
export interface AcrossPlan {
  op: 'across';
  select: 'mous' | 'projects' | 'records';
  meetings: number[];
  yesno: boolean;
}

export interface AcrossResult {
  op: 'across';
  select: AcrossPlan['select'];
  yesno: boolean;
  asked: Meeting[];
  /** Partners at more than one meeting (or at every meeting asked), with their meetings. */
  found: Array<{ name: string; meetings: Meeting[] }>;
  /** Each meeting with records on file, and how many partners its records name. */
  per: Array<{ meeting: Meeting; partners: number }>;
  refs: Ref[];
  sources: string[];
}

export interface IntervalResult {
  op: 'interval';
  from: Meeting;
  to: Meeting;
  days: number;
  /** A meeting and its release: what was asked, the release's date and publisher (none: the sources give no date). */
  release?: { asked: ReleaseAsked; date?: string; by?: string };
  /** A yes/no's verdict (undefined: the days are not given whole). */
  verdict?: boolean;
  /** The yes/no put the earlier meeting after the later one. */
  reversed?: boolean;
  refs: Ref[];
  sources: string[];
}

export interface PickMeetingResult {
  op: 'pickMeeting';
  order: 'first' | 'last';
  held: string;
  /** The meeting picked; undefined when none was held so. */
  meeting?: Meeting;
  /** The meetings held otherwise, before it (first) or after it (last). */
  others: Meeting[];
  refs: Ref[];
  sources: string[];
}

/** Whether a meeting was held so, by its place as the data gives it. */
function heldSo(m: Meeting, held: string): boolean {
  const place = m.place.value.toLowerCase();
  const remote = /virtual|video/.test(place);
  if (held === 'video') return remote;
  if (held === 'in person') return !remote;
  return !remote && place.includes(held);
}

// Words of asking about a meeting, never what it did ("what happened", "tell me about").
const ASKING =
  /^(?:happen\w*|about|anything|something|thing\w*|there|where|which|whats|tell|describe|explain|details?|other\w*|meeting\w*|outcome\w*|results?|highlights?|during|place|taken|going|occur\w*|previous|later|after|before)$/;

/** Whether a text (normal form, padded) says a word by its stem, as the check of a words claim reads it. */
const saysStem = (text: string, w: string) =>
  text.includes(` ${w.length > 4 ? w.replace(/ies$/, 'y').replace(/(?:ing|ed|es|s)$/, '') : w}`);

// Verbs of what a meeting did that the question tables also use for other things: still the question's own words here.
const OUTCOME_VERB = /^(?:unveil\w*|focus\w*|establish\w*)$/;

/** How or where the meetings asked were held ("in shenzhen", "not held online"), if the question says. */
function heldAsked(t: string, lex: Lexicon | undefined): string | undefined {
  const mode = lex?.modes?.inPerson.test(t) ? 'in person' : lex?.modes?.video.test(t) ? 'video' : undefined;
  const city =
    / (?:held|took place|happened|was|were|met) (?:physically |in person )?in (shenzhen|singapore|chongqing) | in (shenzhen|singapore|chongqing) (?:itself|in person|physically) /.exec(
      t,
    );
  // ("The first meeting NOT held online": the other way — never the negation dropped.)
  const notOnline =
    / (?:not|never|wasn t|was not|weren t) (?:held |hosted |conducted |done )?(?:online|virtual\w*|by video\w*|via video|over video|remotely|on video) /.test(
      t,
    );
  const notInPerson =
    / (?:not|never) (?:held |hosted |conducted |done )?(?:in person|physically|face to face|offline) /.test(t);
  return city ? (city[1] ?? city[2]) : notOnline ? 'in person' : notInPerson ? 'video' : mode;
}

/**
 * A meeting and its release ("was the 4th JIC's release issued before the meeting?", "how many days between the 4th
 * JIC and its press release?"), or a gap claimed between two meetings ("was the 3rd meeting more than a year after the
 * 2nd?"): the calendar's answer (timing.ts). English wording only; nothing else named.
 */
function timingPlan(u: Understanding, dataset: Dataset, meetings: number[]): Plan | undefined {
  if (u.lang !== 'en' || u.mentions.some((m) => ['org', 'person', 'record', 'highlight'].includes(m.type)))
    return undefined;
  const t = u.q.text;
  // (A day or year typed is a date claimed of the release: publicationDated's.)
  if (/ 20\d\d /.test(t)) return undefined;
  const one = meetings.length === 1 ? meetings[0] : undefined;
  const release = one !== undefined && one > 0 ? releaseAsked(u) : undefined;
  if (release && one !== undefined) return { op: 'interval', meetings: [one, one], release };
  // A gap claimed, yes or no: the two meetings in time order; which the question puts after which.
  // (Asked yes or no, whatever target its "more than" gave it.)
  const yesno = u.target === 'yesno' || /^ (?:is|was|were|are|did|does|do|has|have|had) /.test(t);
  if (!yesno || meetings.length !== 2 || / or /.test(t)) return undefined;
  const span = spanClaimed(t);
  if (!span || !/ (?:after|later than|before|earlier than|apart|between|passed|elapsed|gap|within|of) /.test(t))
    return undefined;
  const [a = 0, b = 0] = [...meetings].sort((x, y) => x - y);
  if (!dataset.meetingByNumber(a) || !dataset.meetingByNumber(b) || a === b) return undefined;
  const named = mentionsOf(u, 'meeting').sort((x, y) => x.start - y.start);
  const firstNamed = Number(named[0]?.value);
  // ("The 3rd … after the 2nd" and "the 2nd … before the 3rd" read right; "the 2nd … after the 3rd" does not.)
  const after = / (?:after|later than) /.test(t);
  const before = / (?:before|earlier than) /.test(t);
  const laterFirst = after ? firstNamed === b : before ? firstNamed === a : true;
  return { op: 'interval', meetings: [a, b], span, laterFirst };
}

// How a meeting was held, asked: by video or in person ("how was it held", "in what format", "what kind of meeting was it").
const HOW_HELD =
  / how (?:was|were|did|is) (?:the |it |they )?(?:[a-z0-9]+ ){0,4}(?:held|conducted|run|organi[sz]ed|carried out|convened|take place|took place|happen|happened|go ahead|done) | (?:in )?what (?:format|form|way|mode|manner|kind of format|setting) | what (?:kind|type|sort) of (?:meeting|format|session) (?:was|were|is) /;

/** The plan for a fact about one meeting or a meeting picked by how it was held; undefined otherwise. */
// The words a question without a meeting named asks of meetings by ("the first meeting held online", "at two JICs").
const MEETING_WORD = / (?:jic|jics|meeting|meetings|time) /;

export function planMeetingFact(u: Understanding, dataset: Dataset): Plan | undefined {
  const t = u.q.text;
  // (Each reading below needs a meeting or a year named, or the words for meetings: the rest leave at once.)
  if (!u.mentions.some((m) => m.type === 'meeting' || m.type === 'number') && !MEETING_WORD.test(t)) return undefined;
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  const meetings = [...new Set(mentionsOf(u, 'meeting').map((m) => Number(m.value)))];
  const timed = timingPlan(u, dataset, meetings);
  if (timed) return timed;
  // "How was the 2nd JIC held?", "in what format did the 2021 meeting take place?": where and how it was held (by video,
  // or in its city) — its place read, never its whole card.
  if (meetings.length === 1 && u.target !== 'yesno' && HOW_HELD.test(t) && dataset.meetingByNumber(meetings[0] ?? -1))
    return { op: 'read', about: { type: 'meeting', number: meetings[0] ?? 0 }, attribute: 'place' };
  // (Outcomes guessed from shared words are no name: "(words)".)
  const named = u.mentions.some(
    (m) =>
      ['org', 'record', 'person', 'highlight', 'topic', 'group', 'kind', 'country', 'place'].includes(m.type) &&
      m.words !== '(words)',
  );
  // "The first JIC held in Shenzhen", "the last meeting held by video", "the first in-person JIC".
  const order = / (?:first|earliest)(?: ever)? /.test(t)
    ? 'first'
    : / (?:last|latest|most recent) /.test(t)
      ? 'last'
      : undefined;
  // (How it was held is read only where an order is asked: nothing else reads it.)
  const held = order ? heldAsked(t, lex) : undefined;
  // (The meetings its words name are the order or the mode itself: "the first meeting", "the in-person JIC".)
  const byPick = (m: { words: string }) =>
    /^(?:the )?(?:first|earliest|last|latest|most recent)\b/.test(m.words) ||
    / (?:virtual|video|online|person|physical) /.test(` ${m.words} `);
  if (
    order &&
    held &&
    // ("Did the first JIC happen in person?" asks about the 1st meeting: a yes/no, not a pick.)
    u.target !== 'yesno' &&
    / (?:jic|meeting|meetings|jics|time) /.test(t) &&
    !named &&
    mentionsOf(u, 'meeting').every(byPick)
  )
    return { op: 'pickMeeting', order, held };
  // "How many days between the 3rd and 4th JIC?", "how long after the founding MOU was the 1st JIC?"
  // (Two meetings first: most questions name one or none.)
  if (
    meetings.length === 2 &&
    / how (?:many|much) (?:days|weeks|months|years|time) | how long | (?:days|weeks|months|years|time) (?:between|apart|passed|elapsed|from|after|separated) | (?:interval|gap) between /.test(
      t,
    ) &&
    !named &&
    !u.subjects.some((x) => x !== 'meeting' && !(x === 'mou' && meetings.includes(0)))
  ) {
    const [a = 0, b = 0] = [...meetings].sort((x, y) => x - y);
    if (dataset.meetingByNumber(a) && dataset.meetingByNumber(b)) return { op: 'interval', meetings: [a, b] };
  }
  // "How many meetings were held in 2022?": meetings counted by year, never that year's MOUs.
  const years = [
    ...mentionsOf(u, 'meeting')
      .filter((m) => /^20\d\d$/.test(m.words))
      .map((m) => Number(m.words)),
    ...mentionsOf(u, 'number')
      .filter((m) => m.value.startsWith('year:'))
      .map((m) => Number(m.value.slice(5))),
  ];
  if (
    u.target === 'count' &&
    years.length &&
    / (?:meetings|jics|jic meetings|times) /.test(t) &&
    !u.subjects.some((x) => x !== 'meeting') &&
    !named
  )
    return { op: 'meetingsIn', years: [...new Set(years)].sort((a, b) => a - b) };
  // Records asked in a year no meeting (nor the founding MOU) was held ("MOUs signed in 2024", "what did Keppel do in
  // 2024?"): none recorded then — never the running total, never a partner's records of other years as the answer.
  const noMeetingYears = mentionsOf(u, 'number')
    .filter((m) => m.value.startsWith('year:'))
    .map((m) => Number(m.value.slice(5)));
  const orgs = mentionedOrgIds(u);
  const mou = u.subjects.includes('mou');
  const prj = u.subjects.includes('project');
  if (
    noMeetingYears.length &&
    !meetings.length &&
    ['count', 'list', 'what', 'who', 'yesno'].includes(u.target) &&
    orgs.length <= 1 &&
    (mou || prj || (orgs.length === 1 && u.target !== 'yesno')) &&
    !u.mentions.some(
      (m) => ['record', 'person', 'highlight', 'topic', 'group'].includes(m.type) && m.words !== '(words)',
    ) &&
    !/ (?:since|after|before|until|by|prior to|as of|from) 20\d\d /.test(t)
  )
    return {
      op: 'meetingsIn',
      years: [...new Set(noMeetingYears)].sort((a, b) => a - b),
      records: {
        select: mou && !prj ? 'mous' : prj && !mou ? 'projects' : 'records',
        ...(orgs[0] ? { orgs: orgs[0] } : {}),
        ...(u.target === 'yesno' ? { yesno: true } : {}),
      },
    };
  // "Which partners signed MOUs at two different meetings?", "did any partner sign at both the 2nd and 4th?"
  const partnerAsked =
    u.subjects.includes('partner') ||
    u.subjects.includes('company') ||
    / (?:anyone|anybody|any partner|any organi[sz]ation|who) /.test(t);
  const pairAsked = mentionsOf(u, 'meeting').filter((m) => !/^one /.test(m.words) && Number(m.value) > 0).length >= 2;
  const across =
    partnerAsked &&
    !named &&
    // ("Who co-chaired the first two meetings?" asks for co-chairs, never partners across meetings.)
    !u.flags.chairing &&
    (/ (?:two|2|different|several|multiple|more than one|each of|all) (?:different )?(?:jic |the )?(?:meetings|jics|meeting|jic) /.test(
      t,
    ) ||
      (/ both /.test(t) && pairAsked) ||
      // "Which partners appear at the 2nd JIC and the 4th JIC?": at both, not either.
      (pairAsked && / (?:appear|appears|appeared|feature|features|featured) (?:at|in) /.test(t)));
  if (
    across &&
    (u.target === 'list' ||
      u.target === 'yesno' ||
      u.target === 'who' ||
      u.target === 'compare' ||
      u.target === 'count')
  ) {
    // ("More than one meeting" names no 1st meeting.)
    const asked = [
      ...new Set(
        mentionsOf(u, 'meeting')
          .filter((m) => !/^one /.test(m.words))
          .map((m) => Number(m.value)),
      ),
    ].filter((n) => n > 0);
    if (asked.length === 1) return undefined;
    const select =
      u.subjects.includes('mou') || u.flags.signing
        ? u.subjects.includes('project')
          ? 'records'
          : 'mous'
        : u.subjects.includes('project')
          ? 'projects'
          : 'records';
    return {
      op: 'across',
      select,
      meetings: asked.length >= 2 ? asked : [],
      yesno: u.target === 'yesno' || / (?:has|have|did|does|is|are) (?:any|anyone|anybody) /.test(t),
    };
  }
  if (meetings.length !== 1 || named || u.target === 'compare' || u.target === 'count' || u.target === 'most')
    return undefined;
  const n = meetings[0] ?? -1;
  const meeting = dataset.meetingByNumber(n);
  if (!meeting || n === 0) return undefined;
  // "Which meeting was in 2022?", "which JIC took place in 2021?": the meeting, with its date — not its card.
  const byYear = mentionsOf(u, 'meeting').every((m) => /^20\d\d$/.test(m.words));
  if (byYear && / (?:which|what) (?:jic|meeting|one) /.test(t) && !u.flags.chairing && !u.flags.signing)
    return { op: 'read', about: { type: 'meeting', number: n }, attribute: 'date' };
  if (!['what', 'yesno', 'list'].includes(u.target) || u.flags.chairing || u.subjects.length > 1) return undefined;
  if (u.subjects.some((s) => s !== 'meeting')) return undefined;
  // The question's own words (not how it named the meeting), matched by stem against this meeting's outcomes.
  const asked = mentionsOf(u, 'meeting');
  const own = t
    .split(' ')
    .filter(
      (w, i, ws) =>
        w.length >= 5 &&
        (OUTCOME_VERB.test(w) || (!isStopWord(w) && !lex?.words.includes(w))) &&
        !ASKING.test(w) &&
        !asked.some((m) => m.words.split(' ').includes(w)) &&
        ws.indexOf(w) === i,
    );
  if (!own.length) return undefined;
  const stems = highlightStems(dataset);
  const keys = meeting.highlights
    .map((_, i) => `${n}:${i}`)
    .filter((key) => own.some((w) => stems.get(key)?.has(w.slice(0, 5))));
  if (!keys.length || keys.length === meeting.highlights.length) return undefined;
  if (u.target === 'yesno') {
    // Every word the question says is claimed, whole (by its stem), of the one outcome that says most of them: a word
    // whose first five letters only an outcome shares ("statue" of nothing, "election" of "electronic", "committee" of
    // "committing") was dropped or matched, and "did the 4th JIC unveil a statue?" answered Yes from the start-up area.
    const texts = new Map(
      keys.map((key) => [key, ` ${norm(meeting.highlights[Number(key.split(':')[1])]?.text ?? '')} `]),
    );
    const says = (key: string) => own.filter((w) => saysStem(texts.get(key) ?? '', w)).length;
    const best = [...keys].sort((a, b) => says(b) - says(a))[0] ?? '';
    return {
      op: 'check',
      claim: { type: 'words', words: own, variants: {} },
      plan: { op: 'read', about: { type: 'highlight', key: best }, attribute: 'about' },
    };
  }
  if (keys.length === 1) return { op: 'read', about: { type: 'highlight', key: keys[0] ?? '' }, attribute: 'about' };
  return {
    op: 'each',
    plans: keys.map((key) => ({ op: 'read', about: { type: 'highlight', key }, attribute: 'about' }) as const),
  };
}

// Asked for the areas, sectors or themes a meeting's records were in, in any wording ("what areas were the 4th JIC
// projects in", "themes of the 2nd JIC", "which sectors did its MOUs cover").
const AREAS_ASKED =
  / (?:areas?|sectors?|fields?|themes?|domains?|industr(?:y|ies)|categories|topics?|span|spans|spanned|covered|cover|covers) /;
// An outcome's text that names areas (the sources' own summaries: "in sectors including", "span", "focused on").
const AREAS_TEXT = /\b(?:areas (?:such as|as|including)|sectors? including|span|spans|focus(?:ed|ing)? on)\b/i;
// Asked as one press reported it ("per the Chinese press"): that press's own summary, where it gives one.
const PRESS_ASKED = / chinese (?:press|report|reports|media|news|papers?|sources?|coverage) /;
const PRESS_TEXT = /\bChinese (?:report|press)\b/;

/**
 * "What areas were the 4th JIC projects in?", "what were the themes of the 2nd JIC?": the areas the sources name for
 * that meeting's records — its outcomes whose own text summarises them (narrowed to the kind asked) — never every
 * record listed. Undefined where the question names a thing, or the meeting has no such summary.
 */
export function planMeetingAreas(u: Understanding, dataset: Dataset): Plan | undefined {
  const t = u.q.text;
  if (!['what', 'list', 'who'].includes(u.target) || !AREAS_ASKED.test(t) || u.flags.chairing) return undefined;
  const meetings = [...new Set(mentionsOf(u, 'meeting').map((m) => Number(m.value)))];
  const meeting = meetings.length === 1 ? dataset.meetingByNumber(meetings[0] ?? -1) : undefined;
  if (!meeting || meeting.number === 0) return undefined;
  // (A thing named narrows to its own records: "areas of the NCS MOUs" is NCS's.)
  if (u.mentions.some((m) => ['org', 'record', 'person', 'topic', 'group', 'kind'].includes(m.type))) return undefined;
  const kinds = u.subjects.filter((x) => x === 'mou' || x === 'project');
  const kindWord = (x: string) => (x === 'mou' ? /\bMOUs?\b/ : /\bprojects?\b/i);
  const summaries = meeting.highlights.map((h, i) => ({ h, key: `${meeting.number}:${i}` }));
  const areas = summaries.filter(({ h }) => AREAS_TEXT.test(h.text));
  const asked = kinds.length ? areas.filter(({ h }) => kinds.some((k) => kindWord(k).test(h.text))) : areas;
  const kind = asked.length ? asked : areas;
  const pressed = PRESS_ASKED.test(t) ? kind.filter(({ h }) => PRESS_TEXT.test(h.text)) : [];
  const keys = (pressed.length ? pressed : kind).map((x) => x.key);
  if (!keys.length) return undefined;
  const read = (key: string) => ({ op: 'read', about: { type: 'highlight', key }, attribute: 'about' }) as const;
  return keys.length === 1 ? read(keys[0] ?? '') : { op: 'each', plans: keys.map(read) };
}

export function runPickMeeting(p: PickMeetingPlan, dataset: Dataset): PickMeetingResult {
  const held = dataset.meetings.filter((m) => m.number > 0);
  const ordered = p.order === 'first' ? held : [...held].reverse();
  const meeting = ordered.find((m) => heldSo(m, p.held));
  const others = meeting ? ordered.slice(0, ordered.indexOf(meeting)) : held;
  return {
    op: 'pickMeeting',
    order: p.order,
    held: p.held,
    ...(meeting ? { meeting } : {}),
    others,
    refs: meeting ? [{ kind: 'meeting', id: meeting.id }] : [],
    sources: [...new Set([...(meeting?.place.sources ?? []), ...others.flatMap((m) => m.place.sources)])],
  };
}

export function runMeetingsIn(p: MeetingsInPlan, dataset: Dataset): MeetingsInResult {
  const years = p.years.map((year) => {
    const meetings = dataset.meetings.filter((m) => m.number > 0 && m.date.value.startsWith(String(year)));
    const founding = dataset.meetings.find((m) => m.number === 0 && m.date.value.startsWith(String(year)));
    return { year, meetings, ...(founding ? { founding } : {}) };
  });
  const all = years.flatMap((y) => [...y.meetings, ...(y.founding ? [y.founding] : [])]);
  const org = p.records?.orgs?.[0] ? dataset.organisation(p.records.orgs[0]) : undefined;
  return {
    op: 'meetingsIn',
    years,
    ...(p.records
      ? {
          records: {
            select: p.records.select,
            ...(org ? { org: org.name } : {}),
            ...(p.records.yesno ? { yesno: true } : {}),
          },
        }
      : {}),
    refs: [
      ...(org ? [{ kind: 'organisation' as const, id: org.id }] : []),
      ...all.map((m) => ({ kind: 'meeting' as const, id: m.id })),
    ],
    sources: [...new Set(all.flatMap((m) => m.date.sources))],
  };
}

export function sayMeetingsIn(r: MeetingsInResult, dataset: Dataset): Said {
  const latest = dataset.latestMeeting;
  const parts = r.years.map(({ year, meetings, founding }) =>
    meetings.length
      ? `${meetings.length} JIC meeting${meetings.length === 1 ? ' was' : 's were'} held in ${year}: ${joinList(meetings.map((m) => `the ${m.name} (${formatDate(m.date.value)})`))}`
      : `no JIC meeting was held in ${year}${founding ? ` (the founding MOU was signed then, on ${formatDate(founding.date.value)})` : Number(latest.date.value.slice(0, 4)) < year ? ` (the latest in the sources is the ${latest.name}, ${formatDate(latest.date.value)})` : ''}`,
  );
  const sentence = parts.join('; ');
  // Records asked in years with no meeting: none recorded then, because no meeting was held.
  const rec = r.records;
  if (rec) {
    const noun = rec.select === 'mous' ? 'MOUs' : rec.select === 'projects' ? 'projects' : 'MOUs or projects';
    return {
      sentence: `${rec.yesno ? 'No: n' : 'N'}o ${noun}${rec.org ? ` of ${rec.org}` : ''} are recorded in ${joinList(r.years.map((y) => String(y.year)))}, because ${sentence}.`,
      lines: [],
      refs: r.refs,
      sources: r.sources,
    };
  }
  return {
    sentence: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`,
    lines: [],
    refs: r.refs,
    sources: r.sources,
  };
}

export function runAcross(p: AcrossPlan, dataset: Dataset): AcrossResult {
  const records = [
    ...(p.select !== 'projects' ? dataset.mous : []),
    ...(p.select !== 'mous' ? dataset.projects.filter((x) => x.kind === 'joint-project') : []),
  ];
  const at = new Map<string, Set<number>>();
  for (const r of records) {
    const n = dataset.meeting(r.meeting)?.number ?? -1;
    for (const id of new Set(partyIds(r).map((x) => dataset.lineage(x).slice(-1)[0] ?? x)))
      at.set(id, new Set([...(at.get(id) ?? []), n]));
  }
  const found = [...at]
    .filter(([, ns]) => (p.meetings.length ? p.meetings.every((n) => ns.has(n)) : ns.size > 1))
    .map(([id, ns]) => ({
      name: dataset.organisation(id)?.name ?? id,
      meetings: [...ns].sort((a, b) => a - b).flatMap((n) => dataset.meetingByNumber(n) ?? []),
    }));
  const per = dataset.meetings
    .filter((m) => m.number > 0)
    .map((m) => ({
      meeting: m,
      partners: [...at].filter(([, ns]) => ns.has(m.number)).length,
    }))
    .filter((x) => x.partners > 0);
  const asked = p.meetings.flatMap((n) => dataset.meetingByNumber(n) ?? []);
  return {
    op: 'across',
    select: p.select,
    yesno: p.yesno,
    asked,
    found,
    per,
    refs: (asked.length ? asked : per.map((x) => x.meeting)).map((m) => ({ kind: 'meeting' as const, id: m.id })),
    sources: [...new Set(records.flatMap((r) => r.sources))],
  };
}

export function sayAcross(r: AcrossResult): Said {
  const what = r.select === 'mous' ? 'MOUs' : r.select === 'projects' ? 'projects' : 'records (MOUs or projects)';
  const where = r.asked.length
    ? `at both ${joinList(r.asked.map((m) => `the ${m.name}`))}`
    : 'at more than one meeting';
  const per = r.per.map((x) => `the ${x.meeting.name.replace(/ meeting$/, '')}: ${x.partners}`).join('; ');
  const note = `partners named in ${what} on file, by meeting — ${per}. The sources report more records than they name.`;
  const sentence = r.found.length
    ? `${r.yesno ? 'Yes: ' : ''}${joinList(r.found.map((x) => `${x.name} (${joinList(x.meetings.map((m) => m.name.replace(/ meeting$/, '')))})`))} ${r.found.length === 1 ? 'is' : 'are'} in ${what} on file ${where}. ${note.charAt(0).toUpperCase()}${note.slice(1)}`
    : `${r.yesno ? 'No: no' : 'No'} partner is in ${what} on file ${where}; ${note}`;
  return { sentence, lines: [], refs: r.refs, sources: r.sources };
}

export function runInterval(p: IntervalPlan, dataset: Dataset): IntervalResult | undefined {
  const from = dataset.meetingByNumber(p.meetings[0]);
  const to = dataset.meetingByNumber(p.meetings[1]);
  if (!from || !to) return undefined;
  const days = daysBetween(from.date.value, to.date.value);
  if (p.release) {
    const r = releaseDate(dataset, from);
    const verdict = r ? releaseVerdict(p.release, r.date, from.date.value) : undefined;
    const release = announcingRelease(dataset, from);
    return {
      op: 'interval',
      from,
      to,
      days: r ? daysBetween(from.date.value, r.date) : 0,
      release: { asked: p.release, ...(r ? { date: r.date } : {}), ...(r?.by ? { by: r.by } : {}) },
      ...(verdict !== undefined ? { verdict } : {}),
      refs: [{ kind: 'meeting' as const, id: from.id }],
      sources: [
        ...new Set([...(release ? [release.id] : []), ...(from.announced?.sources ?? []), ...from.date.sources]),
      ],
    };
  }
  const verdict = p.span ? p.laterFirst !== false && spanHolds(from.date.value, to.date.value, p.span) : undefined;
  return {
    op: 'interval',
    from,
    to,
    days,
    ...(verdict !== undefined ? { verdict } : {}),
    ...(p.span && p.laterFirst === false ? { reversed: true } : {}),
    refs: [from, to].map((m) => ({ kind: 'meeting' as const, id: m.id })),
    sources: [...new Set([...from.date.sources, ...to.date.sources])],
  };
}

const named = (m: Meeting) => (m.number === 0 ? 'the founding MOU' : `the ${m.name}`);

/** "1 year and 19 days": whole years, months and days between two ISO dates. */
function span(fromIso: string, toIso: string): string {
  const { years, months, days } = yearsMonthsDays(fromIso, toIso);
  const part = (n: number, unit: string) => (n ? `${n} ${unit}${n === 1 ? '' : 's'}` : '');
  const parts = [part(years, 'year'), part(months, 'month'), part(days, 'day')].filter(Boolean);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '0 days');
}

export function sayInterval(r: IntervalResult): Said {
  if (r.release) return { sentence: sayRelease(r, r.release), lines: [], refs: r.refs, sources: r.sources };
  const lead =
    r.verdict === undefined
      ? ''
      : r.verdict
        ? 'Yes: '
        : r.reversed
          ? `No: ${named(r.from)} came first, before ${named(r.to)}; `
          : 'No: ';
  const apart = `${named(r.from)} (${formatDate(r.from.date.value)}) and ${named(r.to)} (${formatDate(r.to.date.value)}) were ${r.days} days apart (${span(r.from.date.value, r.to.date.value)}).`;
  return {
    sentence: lead ? `${lead}${apart}` : `${apart.charAt(0).toUpperCase()}${apart.slice(1)}`,
    lines: [],
    refs: r.refs,
    sources: r.sources,
  };
}

/** A meeting and its release: their order as asked (Yes/No first), or the days between; what the sources give. */
function sayRelease(r: IntervalResult, x: NonNullable<IntervalResult['release']>): string {
  const m = r.from;
  const release = x.by ? `${x.by}'s press release on the ${m.name}` : `The release announcing the ${m.name}`;
  if (!x.date)
    return `The sources give no date for a release announcing the ${m.name}; it was held on ${formatDate(m.date.value)}.`;
  const when = releaseWhen(x.date, m.date.value);
  const said = `${release} is dated ${formatDate(x.date)}, ${when}.`;
  if (x.asked === 'gap') return said;
  if (r.verdict === undefined) return `The sources don't give both days in full: ${lowerFirst(said)}`;
  return `${r.verdict ? 'Yes' : 'No'}: ${lowerFirst(said)}`;
}

const lowerFirst = (s: string) => (/^The /.test(s) ? `the ${s.slice(4)}` : s);

const how = (held: string) =>
  held === 'video'
    ? 'online (virtually or by video)'
    : held === 'in person'
      ? 'in person'
      : `in ${held.charAt(0).toUpperCase()}${held.slice(1)}`;

export function sayPickMeeting(r: PickMeetingResult): Said {
  const base = { lines: [], refs: r.refs, sources: r.sources };
  const others = r.others.map((m) => `the ${m.name.replace(/ meeting$/, '')} ${placePhrase(m.place.value)}`);
  if (!r.meeting)
    return {
      sentence: `No JIC meeting in the sources was held ${how(r.held)}: ${joinList(others)}.`,
      ...base,
    };
  return {
    sentence: `The ${r.order} JIC meeting held ${how(r.held)} was the ${r.meeting.name}, on ${formatDate(r.meeting.date.value)}${others.length ? `; ${r.order === 'first' ? 'the ones before it were held otherwise' : 'the ones after it were held otherwise'}: ${joinList(others)}` : ''}.`,
    ...base,
  };
}
