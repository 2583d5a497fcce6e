// Readings that pick meetings: a range of years, a year claimed of a meeting, the founding MOU's parties, how a
// meeting was held, a figure or place it is known by, and every meeting listed with what was asked of it.
import { mentionsOf, type Understanding } from '../understand.js';
import type { Plan } from './types.js';
import type { PlanContext } from './context.js';
import { has, modeAsked, withoutRejected } from './common.js';
import { foundingSigners } from '../say/org.js';
import { FACTORS, SOME_MEETING } from '../claim/words.js';

/**
 * "Which meetings happened before 2022?", "what meetings were held after 2021?": the meetings of that range, listed
 * with their dates — never the first of them alone.
 */
export function meetingsInRange({ u, orgs, meetingNums }: PlanContext): Plan | undefined {
  const ranged = mentionsOf(u, 'meeting');
  if (
    ranged.length >= 1 &&
    ranged.every(
      (m) =>
        m.words === ranged[0]?.words &&
        / (?:before|after|since|prior to|from|following|preceding) /.test(` ${m.words} `),
    ) &&
    // (Counted too: "how many meetings were held before 2022?" is those meetings, never their MOUs.)
    / (?:which|what|list|name|how many|number of|count) (?:jic |sci )?(?:meetings|jics|jic meetings|jic) /.test(
      u.q.text,
    ) &&
    !has(u, 'mou') &&
    !has(u, 'project') &&
    !orgs.length
  )
    return { op: 'list', select: 'meetings', filter: { meetings: meetingNums }, show: ['date'] };
  return undefined;
}

/** "Was the 2nd JIC in 2020?": the year is the claim about the meeting named, not a second meeting. */
export function meetingYearClaim({ u }: PlanContext): Plan | undefined {
  const years = mentionsOf(u, 'meeting').filter((m) => /^20\d\d$/.test(m.words));
  const byOrdinal = mentionsOf(u, 'meeting').filter((m) => !/^20\d\d$/.test(m.words));
  const namedNums = [...new Set(byOrdinal.map((m) => Number(m.value)))];
  if (u.target === 'yesno' && years.length === 1 && namedNums.length === 1 && namedNums[0] !== Number(years[0]?.value))
    return {
      op: 'check',
      claim: { type: 'year', value: Number(years[0]?.words) },
      plan: { op: 'read', about: { type: 'meeting', number: namedNums[0] ?? 0 }, attribute: 'date' },
    };
  return undefined;
}

/**
 * The founding MOU's parties ("is the founding MOU between governments?", "what kind of partners signed it?"): the
 * two officials the sources name as its signatories, never the records on file (none is from it).
 */
export function foundingParties({ u, meetingNums, orgs, people }: PlanContext): Plan | undefined {
  if (
    meetingNums.length === 1 &&
    meetingNums[0] === 0 &&
    !orgs.length &&
    !people.length &&
    // ("Was the founding MOU signed by Lee Hsien Loong?": someone claimed as its signatory is a Yes or No, read below.)
    !(u.target === 'yesno' && / signed by /.test(u.q.text) && !mentionsOf(u, 'kind').length) &&
    (mentionsOf(u, 'kind').length > 0 ||
      has(u, 'partner') ||
      / (?:between|signed by|signatories|parties|partners|who signed|sides?) /.test(u.q.text))
  )
    return { op: 'read', about: { type: 'meeting', number: 0 }, attribute: 'chairs' };
  return undefined;
}

/**
 * "Did MCI sign the founding MOU?": its official signed it (the role the sources give names the body) — who signed
 * it, never "none on file names MCI".
 */
export function foundingSigner({ dataset, meetingNums, orgs, people }: PlanContext): Plan | undefined {
  if (
    meetingNums.length === 1 &&
    meetingNums[0] === 0 &&
    orgs.length === 1 &&
    orgs[0] &&
    foundingSigners(dataset, orgs[0]).length &&
    !people.length
  )
    return { op: 'read', about: { type: 'meeting', number: 0 }, attribute: 'chairs' };
  return undefined;
}

// "Which meetings were not in Shenzhen?", "which JIC didn't sign 8 MOUs?": the others, never the ones named.
const notMeetings = (u: Understanding) => / (?:not|never|other than|except|excluding) /.test(u.q.text);

/**
 * "Which meetings were online?", "were any meetings face to face?", "list the virtual meetings": meetings by how they
 * were held, as their records give it.
 */
export function meetingsByMode({ u }: PlanContext): Plan | undefined {
  const mode = modeAsked(u);
  if (mode)
    return {
      op: 'list',
      select: 'meetings',
      filter: { place: notMeetings(u) ? (mode === 'video' ? 'in person' : 'video') : mode },
    };
  return undefined;
}

/**
 * "Which meeting had double the MOUs of the 2nd?", "was there a JIC with half the 1st's MOUs?", "which meeting signed
 * as many MOUs as the 3rd?": the meetings whose own count is that factor of the named meeting's — never the named
 * meeting's records, nor that meeting set against the one before it. (A count the sources don't give for the named
 * meeting: its count asked, which says so.)
 */
export function meetingsByRatio({ u, dataset, meetingNums }: PlanContext): Plan | undefined {
  if (meetingNums.length !== 1 || has(u, 'mou') === has(u, 'project') || u.flags.cumulative) return undefined;
  const factor = FACTORS.find(([re]) => re.test(u.q.text))?.[1];
  if (factor === undefined || !SOME_MEETING.test(u.q.text)) return undefined;
  if (u.mentions.some((m) => !['meeting', 'subject', 'number'].includes(m.type))) return undefined;
  const base = dataset.meetingByNumber(meetingNums[0] ?? -1);
  if (!base || base.number < 1) return undefined;
  const select = has(u, 'mou') ? 'mous' : 'projects';
  const count = select === 'mous' ? base.newMous.value : base.newProjects.value;
  if (count === null)
    return { op: 'count', select, filter: { meetings: [base.number] }, cumulative: false, before: false };
  return {
    op: 'list',
    select: 'meetings',
    filter: { reported: { select, value: count * factor, of: { meeting: base.number, factor } } },
  };
}

/** "Which JIC launched 14 projects?", "which meeting was held in Shenzhen?": meetings picked by a figure or a place. */
export function meetingsByFigureOrPlace({ u, meetingNums, orgs }: PlanContext): Plan | undefined {
  if (!/ (?:which|what|how many|number of|count of) (?:jic|meetings?|jic meetings?) /.test(u.q.text)) return undefined;
  const num = mentionsOf(u, 'number').find((m) => !m.value.startsWith('year:'));
  const place = / (?:held |took place |was |were )?(?:in|by) ([a-z]+) /.exec(withoutRejected(u.q.text))?.[1];
  const what = has(u, 'project') ? 'projects' : has(u, 'mou') ? 'mous' : undefined;
  const exclude = notMeetings(u) ? { exclude: true } : {};
  if (num && what)
    return {
      op: 'list',
      select: 'meetings',
      filter: { reported: { select: what, value: Number(num.value) }, ...exclude },
    };
  // ("In which meeting was the Asian SME Hub announced": "in which" asks which meeting, never a place called "which".)
  if (
    place &&
    !/^(?:20\d\d|total|the|a|an|which|what|whose|whom|each|every|any|all|one|that|this|these|those|person)$/.test(
      place,
    ) &&
    !meetingNums.length &&
    !orgs.length
  )
    return { op: 'list', select: 'meetings', filter: { place, ...exclude } };
  return undefined;
}

/**
 * Every meeting asked with an attribute of each ("list all JIC meetings with dates", "when and where was each meeting
 * held", "give me the meetings and their venues"): the meetings listed with those attributes (a date the sources give
 * two readings of, with both). Nothing else named (no meeting, partner, person, record or count), so never a ranking
 * by MOUs.
 */
export function meetingsListed({ u, meetingNums, orgs, people }: PlanContext): Plan | undefined {
  const t = u.q.text;
  if (meetingNums.length || orgs.length || people.length || has(u, 'demozone')) return undefined;
  // "List the meetings by MOU count", "sort the JIC meetings by projects": each meeting with its count (by size when
  // sorted or ranked), never the running total.
  if (has(u, 'mou') !== has(u, 'project')) {
    if (
      !/ (?:meetings|jics|jic meetings) /.test(t) ||
      !/ (?:by|per|sort|sorted|order|ordered|rank|ranked|arrange) /.test(t) ||
      / (?:how many|which|most|fewest|least) /.test(t) ||
      u.mentions.some((m) => !['subject', 'initiative'].includes(m.type))
    )
      return undefined;
    const ranked =
      / (?:sort|sorted|order|ordered|rank|ranked|arrange) /.test(t) && !/ (?:in time|by date|chronolog)/.test(t);
    return {
      op: 'rank',
      select: has(u, 'project') ? 'projects' : 'mous',
      by: 'meeting',
      order: u.flags.fewest ? 'fewest' : 'most',
      filter: {},
      all: true,
      ...(ranked ? {} : { inTime: true }),
    };
  }
  if (has(u, 'mou') || has(u, 'project')) return undefined;
  if (u.mentions.some((m) => !['subject', 'initiative'].includes(m.type))) return undefined;
  if (!/ (?:meetings|jics|jic meetings|(?:every|each|all)(?: the| of the)?(?: [a-z]+)? (?:jic|meeting))/.test(t))
    return undefined;
  if (!/ (?:list|every|each|all|give|show|name|enumerate|tell|what|when|where) /.test(t)) return undefined;
  if (
    / (?:how many|which|number of|count|most|fewest|least|first|last|latest|earliest|start|started|starts|begin|began|commence|commenced|next) /.test(
      t,
    )
  )
    return undefined;
  const show: Array<'date' | 'place'> = [];
  if (/ (?:dates?|dated|when|days?|years?) /.test(t)) show.push('date');
  if (/ (?:where|places?|venues?|locations?|locales?|cities|city|format|mode|how (?:it was|they were) held) /.test(t))
    show.push('place');
  if (!show.length) {
    if (
      !/ (?:list|every|each|all) /.test(t) ||
      / (?:co ?chairs?|chair|chaired|chairs|cochairs?|outcomes?|happened|about) /.test(t)
    )
      return undefined;
    show.push('date');
  }
  return { op: 'list', select: 'meetings', filter: {}, show };
}

/**
 * "When did the SCI reach 43 projects?", "at which meeting did the MOUs pass 20?": the first meeting whose running
 * total (or, where none was reported, the per-meeting counts added up) reached the number — said as that meeting's
 * total, never the SCI's launch. Where an earlier meeting gave no count, so the number may have been reached before,
 * nothing is picked; past the latest total, the latest total is said (the sources report no more).
 */
export function totalReached({ u, dataset }: PlanContext): Plan | undefined {
  // The number right after the verb ("reach 43", "pass the 20 mark"), as typed: a count word before it ("the MOU
  // count reach 29") may have read the question as a count.
  const hit =
    / (?:reach|reached|reaches|hit|hits|pass|passed|passes|cross|crossed|surpass|surpassed|exceed|exceeded|top|topped|get to|got to|arrive at|arrived at) (?:the )?(\d{1,3}) /.exec(
      u.q.text,
    );
  if (!hit) return undefined;
  if (!/ (?:when|which|what|at which|by which) /.test(u.q.text) || !/ (?:when|jic|meeting|date|year) /.test(u.q.text))
    return undefined;
  const select = has(u, 'project') && !has(u, 'mou') ? 'projects' : has(u, 'mou') ? 'mous' : undefined;
  const n = Number(hit[1]);
  if (!select || !Number.isFinite(n)) return undefined;
  const held = dataset.meetings.filter((m) => m.number > 0).sort((a, b) => a.number - b.number);
  let running: number | null = 0;
  for (const m of held) {
    const total = m.totals ? (select === 'mous' ? m.totals.mous : m.totals.projects) : null;
    const own = select === 'mous' ? m.newMous.value : m.newProjects.value;
    running = total ?? (running !== null && own !== null ? running + own : null);
    if (running === null) continue;
    if (running >= n) {
      // An earlier meeting with no count: the number may have been reached before this one — can't be told.
      const before = held.slice(0, held.indexOf(m));
      const unknownBefore = before.some(
        (x) => !x.totals && (select === 'mous' ? x.newMous.value : x.newProjects.value) === null,
      );
      if (unknownBefore && !total) return undefined;
      if (unknownBefore && before.every((x) => !x.totals)) return undefined;
      return { op: 'count', select, filter: { meetings: [m.number] }, cumulative: true, before: false };
    }
  }
  return { op: 'count', select, filter: {}, cumulative: true, before: false };
}
