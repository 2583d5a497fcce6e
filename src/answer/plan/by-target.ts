// The general readings by target, once no narrower reading claimed the question: a count, when, where, who, a list,
// and what (or anything else) — the detail asked of a named thing, its profile, or the records the words filter.
import { mentionedOrgIds, type Mention, mentionsOf, type Understanding, withoutMentions } from '../understand.js';
import type { Filter, Plan, Selection, Subjectref } from './types.js';
import type { Dataset } from '../../dataset/index.js';
import { namedPeople, norm, partyIds, perDataset, personOnFile } from '../records.js';
import { meetingOwnTotal, type PlanContext } from './context.js';
import { demoZoneId, has, PURPOSE_ASKED, passagesNaming, personRole, thereIn, viaAsked } from './common.js';
import { highlightText } from './yes-no.js';
import { meetingReportedBy } from './asked.js';
import { peopleByRole, ROLE_PLACE } from '../quotes.js';
import { titledStranger } from './titled.js';
import { planHolders } from '../holders.js';

/** A count read from one thing's own record or text: the pillars, a record's parties, a figure its text gives. */
export function countRead({ u, dataset, about, orgs, select, namedOutcomes }: PlanContext): Plan | undefined {
  if (u.target !== 'count') return undefined;
  if (select === 'pillars') return { op: 'list', select: 'pillars', filter: {} };
  // "How many parties signed the CapitaLand MOU?", "how many organisations are in the QuikBot project?": the parties
  // of that one record, counted — never the partners the named one signed with elsewhere.
  if (
    (about?.type === 'record' || about?.type === 'records') &&
    !has(u, 'demozone') &&
    / (?:parties|partners|signatories|organisations|organizations|members|participants|companies|entities|sides) /.test(
      u.q.text,
    )
  )
    return { op: 'read', about, attribute: 'parties' };
  // "How many companies are in TusStar's network?": a figure the sources give about the partner itself.
  if (orgs.length === 1 && orgs[0] && !has(u, 'mou') && !has(u, 'project') && !u.flags.signing)
    return { op: 'read', about: { type: 'org', ids: orgs[0] }, attribute: 'about' };
  if (!select && about && (about.type === 'org' || about.type === 'highlight'))
    return { op: 'read', about, attribute: 'about' };
  // "How many buyers did OneSME have?", "companies in XNode's batch": a figure the named outcome itself gives,
  // never a count of the partners on file.
  if (about?.type === 'highlight' && namedOutcomes.length && /\d/.test(highlightText(dataset, about.key))) {
    // ("How many MOUs did the OneSME suppliers sign?": a count of records its text gives no figure of — said missing,
    // never its figure of suppliers as the answer; then what the text does report.)
    const unit = has(u, 'mou') ? 'MOUs' : has(u, 'project') ? 'projects' : undefined;
    if (unit && !/\b(?:MOUs?|memorand|projects?)\b/i.test(highlightText(dataset, about.key))) {
      const words = mentionsOf(u, 'highlight')[0]?.words;
      return {
        op: 'each',
        plans: [
          { op: 'missing', attribute: `count of ${unit} by it or its members`, about, ...(words ? { words } : {}) },
          { op: 'read', about, attribute: 'about' },
        ],
      };
    }
    return { op: 'read', about, attribute: 'about' };
  }
  return undefined;
}

/** The zone's projects or companies counted, and "the agreements signed at the 4th JIC": its MOUs and the zone's. */
export function countZone({ u, asked, dataset, select, meetingNums, orgs, f }: PlanContext): Plan | undefined {
  if (u.target !== 'count') return undefined;
  if (select === 'demozone-projects' || select === 'demozone-companies')
    return { op: 'count', select, filter: {}, cumulative: false, before: false };
  // "How many agreements were signed at the 4th JIC (in total)?": its MOUs and the zone's companies' signings there,
  // each as the sources give it (they differ on what the latter were) — never only one of them as "the agreements".
  const signedThere = meetingNums.length === 1 ? dataset.meetingByNumber(meetingNums[0] ?? -1) : undefined;
  if (
    select === 'mous' &&
    signedThere?.demoZone?.companies &&
    !orgs.length &&
    !u.flags.cumulative &&
    !u.flags.before &&
    Object.keys(f).every((k) => k === 'meetings') &&
    (/ (?:agreements?|deals?|signings?|contracts?) /.test(u.q.text) || meetingOwnTotal(asked))
  )
    return {
      op: 'each',
      plans: [
        { op: 'count', select: 'mous', filter: f, cumulative: false, before: false },
        { op: 'count', select: 'demozone-companies', filter: {}, cumulative: false, before: false },
      ],
    };
  return undefined;
}

/**
 * "Before the 3rd meeting" asked of MOUs or projects, where no running total is reported before it: the meetings
 * before it, by number (the founding MOU is no meeting's count). Undefined where a total before it is reported (that
 * total answers) or more than a meeting and its records are asked.
 */
function earlierMeetings(
  u: Understanding,
  f: Filter,
  select: Selection | undefined,
  dataset: Dataset,
): number[] | undefined {
  if (!u.flags.before || (select !== 'mous' && select !== 'projects') || f.meetings?.length !== 1) return undefined;
  if (Object.keys(f).some((k) => k !== 'meetings')) return undefined;
  // (The word right before the meeting named: "the meeting before the 4th" names the 3rd, and asks of it.)
  const at = mentionsOf(u, 'meeting')[0];
  if (!at || !/ (?:before|prior to|preceding) (?:the )?$/.test(u.q.text.slice(0, at.start))) return undefined;
  const n = f.meetings[0] ?? 0;
  if (n <= 1 || dataset.meetings.some((m) => m.number > 0 && m.number < n && m.totals)) return undefined;
  return dataset.meetings.filter((m) => m.number > 0 && m.number < n).map((m) => m.number);
}

/** Every other count: what is selected, the totals, a meeting's or partner's MOUs, or the running total. */
export function countAsked(c: PlanContext): Plan | undefined {
  const { u, dataset, select, meetingNums, orgs, about } = c;
  if (u.target !== 'count') return undefined;
  // "How many new ventures did TechEdt report?": the figures of the one meeting that publication reports (the 4th's
  // 14), never the running total at the latest.
  const reportedAt =
    !meetingNums.length && (select === 'mous' || select === 'projects')
      ? meetingReportedBy(u.q.text, dataset)
      : undefined;
  const f = reportedAt !== undefined ? { ...c.f, meetings: [reportedAt] } : c.f;
  // "How many journalists wrote about it?", "how many batches were there?": a thing no table counts is never answered
  // with the MOUs (what a count with no unit falls back to) — not sure, with its word.
  const thing = / how many (?:different |distinct |separate |new |more |other )?([a-z]{3,}s) /.exec(u.q.text)?.[1];
  // ("How many batches of projects?": the batches are counted, not the projects in them.)
  const ofUnit = !!thing && new RegExp(` ${thing} of `).test(u.q.text) && !COLLECTIVE.test(thing);
  if (
    (!select || select === 'highlights' || ofUnit) &&
    thing &&
    !u.flags.signing &&
    !COUNTED_AS_MOUS.test(thing) &&
    !u.mentions.some((m) => m.words.split(' ').includes(thing))
  )
    return { op: 'unsure', words: thing };
  // ("How many projects before jic 3?" where no total is reported before it: the meetings before it, counted — their
  // counts, or what the 3rd's total less its own leaves them.)
  const earlier = earlierMeetings(u, f, select, dataset);
  if (earlier)
    return {
      op: 'count',
      select: select ?? 'mous',
      filter: { ...f, meetings: earlier },
      cumulative: false,
      before: false,
    };
  if (select && select !== 'highlights')
    return {
      op: 'count',
      select,
      filter: select === 'partners' ? { ...f, ...viaAsked(u) } : f,
      cumulative: u.flags.cumulative,
      before: u.flags.before,
      ...(has(u, 'mou') && has(u, 'project') ? { both: true } : {}),
      ...(thereIn(u, f, select) ? { withTotal: true } : {}),
    };
  if (/ totals? /.test(u.q.text))
    return { op: 'count', select: 'mous', filter: f, cumulative: true, before: u.flags.before, both: true };
  if (meetingNums.length || orgs.length)
    return { op: 'count', select: 'mous', filter: f, cumulative: u.flags.cumulative, before: u.flags.before };
  if (about) return { op: 'read', about, attribute: 'about' };
  return { op: 'count', select: 'mous', filter: f, cumulative: true, before: false };
}

// Words a count may use for the MOUs themselves.
const COUNTED_AS_MOUS = /^(?:deals|accords|pacts|contracts|memoranda|memorandums|documents|things|ones|times)$/;

// Words a count of records may be asked through ("how many kinds of partners", "how many of the MOUs").
const COLLECTIVE = /^(?:kinds|types|sorts|categories|numbers|lots|dozens|pairs)$/;

/** When: the date of what is named (its announcement, if asked), the first meeting's, or the SCI's launch. */
export function whenAsked({ u, about }: PlanContext): Plan | undefined {
  if (u.target !== 'when') return undefined;
  if (about?.type === 'meeting' && u.flags.announced) return { op: 'read', about, attribute: 'announced' };
  if (about?.type === 'orgs' || about?.type === 'org') return { op: 'read', about, attribute: 'date' };
  if (about) return { op: 'read', about, attribute: 'date' };
  if (has(u, 'meeting') && / (?:start|begin|began|first) /.test(u.q.text))
    return { op: 'read', about: { type: 'meeting', number: 1 }, attribute: 'date' };
  if (mentionsOf(u, 'initiative').length || / (?:start|begin|began|launch|launched|founded) /.test(u.q.text))
    return { op: 'read', about: { type: 'initiative' }, attribute: 'launched' };
  return undefined;
}

/** Where: the place of the zone or a meeting, or the profile of anything else named. */
export function whereAsked({ u, dataset, about }: PlanContext): Plan | undefined {
  // ("What hotel hosted the 4th JIC?", "which venue was it at": a place asked of a meeting, though not with "where".)
  const placeOfMeeting =
    about?.type === 'meeting' && / (?:what|which) (?:venue|hotel|building|hall|location|city|place) /.test(u.q.text);
  if (u.target !== 'where' && !placeOfMeeting) return undefined;
  if (about?.type === 'record' && about.id === demoZoneId(dataset)) return { op: 'read', about, attribute: 'place' };
  if (about) return { op: 'read', about, attribute: about.type === 'meeting' ? 'place' : 'about' };
  if (has(u, 'demozone'))
    return { op: 'read', about: { type: 'record', kind: 'project', id: demoZoneId(dataset) }, attribute: 'place' };
  return undefined;
}

/**
 * "In which building was the 4th JIC held?", "what hotel hosted it?", "which venue in Shenzhen": a place finer than the
 * city asked of one meeting — its place on file (the venue never given), before a word of it ("building") is read as
 * one of the meeting's outcomes ("smart city building").
 */
export function venueAsked(c: PlanContext): Plan | undefined {
  // (The words first: the thing the question is about is worked out only where a venue is asked.)
  if (
    !/ (?:what|which) (?:venue|hotel|building|hall|room|convention (?:centre|center)|district) | where exactly /.test(
      c.u.q.text,
    )
  )
    return undefined;
  const { about } = c;
  if (about?.type !== 'meeting' || about.number === 0) return undefined;
  return { op: 'read', about, attribute: 'place' };
}

/** Who: a meeting's partners, signers or co-chairs; a person's role; who holds a role; the parties of what is named. */
/** A person's role where the records hold them; else the passages that name them (Heng Swee Keat, of the 2024 visit). */
const personPlan = (dataset: Dataset, name: string): Plan =>
  personOnFile(dataset, name) ? personRole(name) : passagesNaming(dataset, name);

// People asked as a kind: "which officials took part?", "which leaders are involved?", "who are the key people?".
const PEOPLE_ASKED =
  / (?:officials|leaders|people|persons|individuals|politicians|ministers|dignitaries|vips|personalities|key figures) /;

/**
 * "Which officials took part in the SCI?", "list the leaders involved": everyone the sources name, each with their role
 * — a leader is a person, never the partner organisations listed. (At a meeting, its co-chairs answer: whoAsked.)
 */
export function peopleListed({ u, dataset, about, meetingNums, people, orgs }: PlanContext): Plan | undefined {
  if ((u.target !== 'list' && u.target !== 'who') || about || meetingNums.length || people.length || orgs.length)
    return undefined;
  if (!PEOPLE_ASKED.test(u.q.text)) return undefined;
  const names = [...namedPeople(dataset, { quoted: true })];
  return names.length
    ? {
        op: 'each',
        plans: names.map((name) => personPlan(dataset, name)),
      }
    : undefined;
}

export function whoAsked({ u, dataset, about, f, meetingNums, people, select }: PlanContext): Plan | undefined {
  if (u.target !== 'who') return undefined;
  if (about?.type === 'meeting') {
    // "Who are the partners at the 4th JIC (in the AI group)?": its partners, never its co-chairs.
    const narrowed = ['group', 'kind', 'country', 'place'].some((t) => mentionsOf(u, t as Mention['type']).length);
    if (!u.flags.chairing && about.number > 0 && (narrowed || has(u, 'partner') || has(u, 'company')))
      // ("Who are the Singapore parties to the 4th JIC MOUs?": the parties of its MOUs, not of its projects too.)
      return {
        op: 'list',
        select: 'partners',
        filter: { ...f, ...viaAsked(u) },
      };
    // ("Besides NCS, who signed at the 2nd JIC?": the partner taken away is left out of its MOUs too.)
    if (u.flags.signing && !u.flags.chairing && about.number > 0)
      return {
        op: 'list',
        select: 'mous',
        filter: { meetings: [about.number], ...(f.notOrgs ? { notOrgs: f.notOrgs } : {}) },
      };
    return { op: 'read', about, attribute: 'chairs' };
  }
  // "Who was mayor of Shenzhen before Qin?", "who succeeded Yong as permanent secretary?": the holders of the post
  // before (or after) the one named, with their meetings and dates — never the one named.
  const aroundRole = / (mayor|permanent secretary) /.exec(u.q.text)?.[1];
  const around = aroundRole && people.length === 1 && !meetingNums.length ? AROUND.exec(u.q.text) : null;
  if (around && people[0]) {
    const held = peopleByRole(u, dataset);
    const before = !/^(?:after|succeeded|succeed|successor|replaced|replace|followed|follow)$/.test(around[1] ?? '');
    if (held.length >= 2 && held.includes(people[0]) && held.every((name) => personOnFile(dataset, name)))
      return planHolders(u.q.text, aroundRole, held, { name: people[0], before });
  }
  if (about?.type === 'person') return { op: 'read', about, attribute: 'role' };
  // ("What Shenzhen government official signed the founding MOU?": its signatories — the body only describes them.)
  if (meetingNums.length === 1 && meetingNums[0] === 0 && u.flags.signing && about?.type === 'org')
    return { op: 'read', about: { type: 'meeting', number: 0 }, attribute: 'chairs' };
  // "Who was the mayor when the SCI was founded?": who signed the founding MOU.
  if (
    !about &&
    mentionsOf(u, 'initiative').length &&
    / (?:founded|founding|launched|started|began|set up|created) /.test(u.q.text)
  )
    return { op: 'read', about: { type: 'meeting', number: 0 }, attribute: 'chairs' };
  // "Who is the Shenzhen mayor?", "who's MCI's permanent secretary?": everyone the sources give that role, each
  // with the meetings they held it at (never only the latest meeting's co-chairs).
  const byRole =
    !meetingNums.length && !people.length && (!about || about.type === 'org') ? peopleByRole(u, dataset) : [];
  // (A role only a quote's speaker holds — "the deputy prime minister", Heng Swee Keat — has no person record:
  // the passages that name the speaker, as for "who's Heng Swee Keat?".)
  // ("Who is the mayor of Singapore?": a role the sources give, put in a place where they name no one holding it.)
  const placed = ROLE_PLACE.exec(u.q.text);
  const place = placed?.[1] ?? placed?.[2];
  const role = / (mayor|permanent secretary|perm sec) /.exec(u.q.text)?.[1];
  if (!byRole.length && place && role && !meetingNums.length && !people.length && !about)
    return { op: 'missing', attribute: `${role} of ${place.replace(/\b[a-z]/g, (c) => c.toUpperCase())}` };
  // ("Who is mayor Wong?", "who's minister Tan": a title with a name no source gives — not named, then who the sources
  // give that title, never one of them as if they were the one asked.)
  const titled = byRole.length ? titledStranger(u, dataset) : undefined;
  // (Two or more on file who held it one after another: each with the meetings and dates that name them, the latest
  // first when asked who holds it — never each one's role in the present.)
  const holders =
    !titled && byRole.every((name) => personOnFile(dataset, name)) ? planHolders(u.q.text, role, byRole) : undefined;
  if (holders) return holders;
  if (byRole.length)
    return {
      op: 'each',
      plans: [
        ...(titled ? [{ op: 'notNamed' as const, name: titled, person: { beside: [] } }] : []),
        ...byRole.map((name) => personPlan(dataset, name)),
      ],
    };
  if (/ (?:committee) /.test(u.q.text) && u.flags.chairing)
    return { op: 'read', about: { type: 'meeting', number: dataset.latestMeeting.number }, attribute: 'chairs' };
  if (has(u, 'demozone'))
    return { op: 'read', about: { type: 'record', kind: 'project', id: demoZoneId(dataset) }, attribute: 'parties' };
  // "Who is Rajah & Tann?", "who's fooyo exactly": what the partner is and does (its profile), not only its partners.
  if (about?.type === 'org' && WHO_IS.test(outsideMentions(u, 'org'))) return { op: 'read', about, attribute: 'about' };
  if (about) return { op: 'read', about, attribute: 'parties' };
  if (select === 'partners' || select === 'mous') return { op: 'list', select: 'partners', filter: f };
  return undefined;
}

// Asked who held a post before or after someone: "before", "preceded", "succeeded", "after", "replaced".
const AROUND =
  / (before|preceded|precede|predecessor|prior to|after|succeeded|succeed|successor|replaced|replace|followed|follow) /;

// Nothing asked of the partner but who it is ("who is X", "who are X again", "and who exactly is X?").
const WHO_IS =
  /^ (?:(?:so|and|ok|okay|hey|hi|pls|please|but|then|sorry|um|uh) )*who(?: exactly| really)? (?:is|are|s|was|were|r)(?: exactly| really)?(?: (?:the|this|that))?(?: (?:company|firm|organisation|organization|org|partner|entity|group|outfit|lot|guys|people))?(?: (?:exactly|again|anyway|then|actually|even|now))* $/;

/** The question's text with the mentions of a type taken out ("who is  " for "who is rajah tann"). */
function outsideMentions(u: Understanding, type: Mention['type']): string {
  return withoutMentions(u, (m) => m.type === type).replace(/ {2,}/g, ' ');
}

/** Lists: a record's group, a person's meetings, the meeting of a thing, or the records, partners or meetings asked. */
// Both kinds of record named side by side ("MOUs and projects", "projects or MOUs", "mous & projects").
const BOTH_KINDS = / (?:mous?|projects?) (?:and|or|and or|&|plus|\/) (?:the |any )?(?:mous?|projects?) /;

export function listAsked({ u, record, about, select, meetingNums, orgs, f }: PlanContext): Plan | undefined {
  if (u.target !== 'list') return undefined;
  if (/ (?:which|what) (?:group|annex|heading|category|pillar) /.test(u.q.text) && record)
    return { op: 'read', about: record, attribute: 'group' };
  if (/ (?:meetings?|jic) /.test(u.q.text) && about?.type === 'person')
    return { op: 'read', about, attribute: 'meetings' };
  if (/ (?:which|what) (?:meeting|jic) /.test(u.q.text) && about && about.type !== 'meeting')
    return { op: 'read', about, attribute: 'date' };
  if (select === 'highlights' && meetingNums.length) return { op: 'list', select: 'highlights', filter: f };
  if (select === 'meetings') return { op: 'list', select: 'meetings', filter: {} };
  if (select === 'partners' && orgs.length === 1 && orgs[0])
    return { op: 'read', about: { type: 'org', ids: orgs[0] }, attribute: 'parties' };
  if (select === 'partners' && viaAsked(u).via) return { op: 'list', select, filter: { ...f, ...viaAsked(u) } };
  if (select) {
    if ((select === 'mous' || select === 'projects') && !Object.keys(f).length && about)
      return { op: 'read', about, attribute: 'parties' };
    if (select === 'partners' && (about?.type === 'record' || about?.type === 'records'))
      return { op: 'read', about, attribute: 'parties' };
    // "Which MOUs and projects are about AI?": both kinds asked of a topic, each listed (was the MOUs alone, the one
    // named first: the three AI projects went unsaid).
    if ((select === 'mous' || select === 'projects') && f.topics?.length && BOTH_KINDS.test(u.q.text))
      return {
        op: 'each',
        plans: [
          { op: 'list', select: 'mous', filter: f },
          { op: 'list', select: 'projects', filter: f },
        ],
      };
    return { op: 'list', select, filter: f };
  }
  if (about && about.type !== 'meeting')
    return { op: 'read', about, attribute: /university|company|partner/.test(u.q.text) ? 'parties' : 'about' };
  return undefined;
}

/** "The zone's projects" (not what they are about): the 4 reported. */

/**
 * "What do the demo zone projects aim to do?", "what are they meant to achieve": the zone projects' own record, whose
 * text says what they aim at (and their areas) — never their count alone.
 */
export function zonePurpose({ u, select, dataset }: PlanContext): Plan | undefined {
  if (select !== 'demozone-projects' || !PURPOSE_ASKED.test(u.q.text) || !['what', 'list'].includes(u.target))
    return undefined;
  const id = demoZoneId(dataset);
  return id ? { op: 'read', about: { type: 'record', kind: 'project', id }, attribute: 'about' } : undefined;
}

export function zoneProjectsCount({ u, select }: PlanContext): Plan | undefined {
  if (select === 'demozone-projects' && / projects /.test(u.q.text) && !/ (?:about|focus|do|what are) /.test(u.q.text))
    return { op: 'count', select, filter: {}, cumulative: false, before: false };
  return undefined;
}

/** What (or anything else), a detail asked of what is named: a record's group or title, a meeting's chairs or records. */
export function describeDetail({ u, record, about, select, f }: PlanContext): Plan | undefined {
  if (/ (?:which|what) (?:group|annex|heading|category) /.test(u.q.text) && record)
    return { op: 'read', about: record, attribute: 'group' };
  if (/ title /.test(u.q.text) && record) return { op: 'read', about: record, attribute: 'title' };
  if (about?.type === 'person' && / (?:meetings?|jic) /.test(u.q.text))
    return { op: 'read', about, attribute: 'meetings' };
  // "Name the Shenzhen mayor at the 3rd JIC": a role at a meeting is its co-chairs.
  if (about?.type === 'meeting' && / (?:mayor|permanent secretary|cochairs?|chairs?) /.test(u.q.text))
    return { op: 'read', about, attribute: 'chairs' };
  // "NTU's MOUs?", "keppel projects": a partner's records of one kind, listed (none on file is said honestly).
  if (about?.type === 'org' && !u.rest && has(u, 'mou') !== has(u, 'project') && / (?:mous|projects) /.test(u.q.text))
    return { op: 'list', select: has(u, 'mou') ? 'mous' : 'projects', filter: f };
  // "The projects of 2022?", "the 8 MOUs of the 4th JIC": a meeting's records of one kind, listed (those the sources
  // name, with the count reported), never the meeting's whole card.
  if (
    about?.type === 'meeting' &&
    (select === 'mous' || select === 'projects') &&
    / (?:mous|projects|agreements|ventures) /.test(u.q.text) &&
    !/ (?:besides|apart from|aside from|other than|except|excluding|beyond) /.test(u.q.text)
  )
    return { op: 'list', select, filter: f };
  // "Chinese signatories of the 4th JIC MOUs": a meeting's partners of a side or kind, through its records asked.
  if (
    about?.type === 'meeting' &&
    about.number > 0 &&
    select === 'partners' &&
    (mentionsOf(u, 'country').length || mentionsOf(u, 'kind').length)
  )
    return {
      op: 'list',
      select: 'partners',
      filter: { ...f, ...viaAsked(u) },
    };
  return undefined;
}

/**
 * "What happened at the 4th JIC for the demonstration park?", "anything about the demo zone at JIC 4?": the zone's part
 * of that meeting (its projects, its start-up area, its companies' signings), never the meeting's whole card.
 * (English: the Chinese zone sentence tells the whole timeline.)
 */
export function zoneAtMeeting({ u, dataset, meetingNums }: PlanContext): Plan | undefined {
  if (!has(u, 'demozone') || new Set(meetingNums).size !== 1 || u.lang !== 'en' || u.q.glossed) return undefined;
  if (!['what', 'list'].includes(u.target) || mentionedOrgIds(u).length || has(u, 'mou')) return undefined;
  return { op: 'read', about: { type: 'record', kind: 'project', id: demoZoneId(dataset) }, attribute: 'about' };
}

/** Anything else about a named thing: its profile (a person's role). */
export function describeNamed({ about }: PlanContext): Plan | undefined {
  if (about) return { op: 'read', about, attribute: about.type === 'person' ? 'role' : 'about' };
  return undefined;
}

// Words that ask nothing ("stuff", "things", "hmm"), and words that do ask.
const VAGUE = / (?:stuff|things|thingy|whatever|hmm+|huh|idk|um+|uh+|erm|meh) /;
const ASKS =
  / (?:what|whats|who|how|why|when|where|which|tell|about|describe|explain|info|information|overview|summary|summarise|summarize|details|is|are|was|were|did|does|do|can|list|show|give) /;

/** Nothing named: the zone, the pillars, the committee or the SCI asked, or the records the words filter. */
export function describeUnnamed({ u, dataset, select, f }: PlanContext): Plan | undefined {
  if (has(u, 'demozone'))
    return { op: 'read', about: { type: 'record', kind: 'project', id: demoZoneId(dataset) }, attribute: 'about' };
  if (select === 'pillars') return { op: 'list', select: 'pillars', filter: {} };
  if (/ (?:jic|joint implementation committee|committee) /.test(u.q.text) && !select)
    return { op: 'read', about: { type: 'committee' }, attribute: 'about' };
  // ("Anything sports related in the SCI?": the SCI is where to look, the topic is what is asked.)
  // ("What's the point of the SCI, what does it aim for?": a longer question whose every other word asks its aim.)
  // ("Gimme the short version of what the SCI is": words asking for it briefly ask for the same.)
  const aimsOnly = u.rest.split(' ').every((w) => !w || AIM_WORD.test(w) || BRIEF_WORD.test(w));
  // ("Hmm sci stuff??": the SCI named amid words that ask nothing — not sure what is asked, never its profile.)
  if (mentionsOf(u, 'initiative').length && VAGUE.test(u.q.text) && !ASKS.test(u.q.text))
    return { op: 'unsure', words: u.rest };
  if (mentionsOf(u, 'initiative').length && (u.q.words.length <= 8 || aimsOnly) && !select && !f.topics?.length)
    return { op: 'read', about: { type: 'initiative' }, attribute: 'about' };
  // ("Partners that have both an MOU and a project": the records they are asked through narrow them.)
  const filter = select === 'partners' ? { ...f, ...viaAsked(u) } : f;
  if (select && select !== 'highlights' && (Object.keys(filter).length || select === 'meetings'))
    return { op: 'list', select, filter };
  // A topic with no kind of record asked ("anything about robots?", "which sports deals are there"): the MOUs and the
  // projects that speak of it, each — never the projects alone, as if no MOU did (the NCS robotics MOU).
  if (f.topics?.length)
    return {
      op: 'each',
      plans: [
        { op: 'list', select: 'mous', filter: f },
        { op: 'list', select: 'projects', filter: f },
      ],
    };
  // "Why are only 12 of the MOUs named?": the records as reported and as named on file.
  if (
    (select === 'mous' || select === 'projects') &&
    / (?:named|unnamed|on file|listed|not named|missing) /.test(u.q.text)
  )
    return { op: 'list', select, filter: f };
  return undefined;
}

/** Nothing recognised the question: not sure, with the words nothing read. */
export function notSure({ u }: PlanContext): Plan {
  return { op: 'unsure', words: u.rest };
}

// Words of asking and of being a party, not of what a party does ("who will …", "which firm is planning to …").
const DOER_SHAPE = new Set(
  (
    'who whom whose which what will would shall going plan plans planned planning intend intends intending want wants ' +
    'doing does done make makes have that this there their they them with from about into partner partners company ' +
    'companies firm firms organisation organisations organization organizations party parties entity entities ' +
    'business businesses someone anyone somebody anybody sign signed signing agreed agree also actually exactly ' +
    'responsible behind involved the and for are was were been being sci jic'
  ).split(' '),
);
// Stems of verbs of having or running a thing ("runs", "set up", "operates", "owns"): they say whose it is, not what.
const HAVING = /^(?:run|runn|ran|set|setti|own|manag|estab|found|start)$/;
const HAVING_VERB =
  / (?:runs?|running|ran|(?:set|sets|setting) up|owns?|owned|manages?|managed|established?|founded|started|has|have|had) (?:an? |the |its own |their own )?[a-z]+ /;
// A word's stem: its ending taken off, then five letters ("funds", "fund" → "fund"; "operations" → "opera").
const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/, '').slice(0, 5);
// Words that ask who takes part in a record, not what it does ("who runs / works on / is part of the … project"), and
// words that may stand beside them ("who teamed up together on the robot deal"): a question of these (and DOER_SHAPE's
// words) alone asks a record's parties, where one of the first is in it.
const MEMBERSHIP_CUE = new Set(
  `in behind involved part run runs running work works working worked teamed partnered partnering collaborate
  collaborated collaborating cooperate cooperated cooperating participate participates participating participants join
  joins joined member members`.split(/\s+/),
);
const MEMBERSHIP_BESIDE = new Set(
  `joining take takes taking together team both pair project projects deal deals record records agreement
  agreements`.split(/\s+/),
);

// Everyday words for what the records say in their own ("money" → their "fund").
const SAME: Readonly<Record<string, string>> = {
  money: 'fund',
  finan: 'fund',
  inves: 'fund',
  capit: 'fund',
  bankr: 'fund',
  pay: 'fund',
  payin: 'fund',
};

/** Each MOU's, project's and party-naming outcome's stems (name and what it says), once per Dataset. */
const doerTexts = perDataset((dataset: Dataset) => {
  const stems = (text: string) =>
    new Set(
      norm(text)
        .split(' ')
        .filter((w) => w.length >= 3)
        .map(stem)
        .filter((x) => x.length >= 3),
    );
  const records = [
    ...dataset.mous.map((r) => ['mou', r] as const),
    ...dataset.projects.map((r) => ['project', r] as const),
  ]
    .filter(([, r]) => partyIds(r).length)
    .map(([kind, r]) => ({
      about: { type: 'record', kind, id: r.id } as Subjectref,
      parties: [...partyIds(r)].sort().join(),
      stems: stems(`${r.name} ${r.description.text}`),
    }));
  const outcomes = dataset.meetings.flatMap((m) =>
    m.highlights.flatMap((h, i) =>
      h.parties?.length
        ? [
            {
              about: { type: 'highlight', key: `${m.number}:${i}` } as Subjectref,
              parties: [...h.parties].sort().join(),
              stems: stems(h.text),
            },
          ]
        : [],
    ),
  );
  const all = [...records, ...outcomes];
  // Stems a quarter of them share ("shenzhen", "smart", "city") tell none apart: never counted as an asked word.
  const df = new Map<string, number>();
  for (const d of all) for (const x of d.stems) df.set(x, (df.get(x) ?? 0) + 1);
  const common = new Set([...df].filter(([, k]) => k > all.length / 4).map(([x]) => x));
  return { all, common };
});

/**
 * "Who will open an office in Qianhai?", "which partner will host a combat sports event?", "who develops autonomous
 * delivery devices?": the one record (or outcome) whose own words say what is asked — its parties. Most of the asked
 * words must be its, and no other record of other parties may hold as many: else the readings after it decide.
 */
export function doerAsked({ u, dataset, orgs, people }: PlanContext): Plan | undefined {
  const t = u.q.text;
  const asks =
    u.target === 'who' ||
    / (?:which|what) (?:[a-z]+ )?(?:partners?|compan(?:y|ies)|firms?|organi[sz]ations?|orgs?|institutes?|universit(?:y|ies)|parties|party|entit(?:y|ies)|one|business(?:es)?) /.test(
      t,
    );
  if (!asks || orgs.length || people.length || mentionsOf(u, 'meeting').length) return undefined;
  // The words outside what the question names (a kind, a country, a group, "MOUs"): what the party is asked to do.
  const own = withoutMentions(u, (m) => m.type !== 'topic', t);
  const { all, common } = doerTexts(dataset);
  // (A topic's short word counts: "hub", "lab". The zone is the "park" the records' own words call it.)
  const short = mentionsOf(u, 'topic').flatMap((m) => m.words.split(' ').filter((w) => w.length === 3));
  const asked = [
    ...new Set(
      [
        ...own.split(' ').filter((w) => w.length >= 4 && !DOER_SHAPE.has(w)),
        ...short,
        ...(has(u, 'demozone') ? ['park'] : []),
      ]
        .map(stem)
        .map((x) => SAME[x] ?? x)
        .filter((x) => x.length >= 3 && !common.has(x)),
    ),
  ];
  // ("Which partner runs an academy?": one thing asked beside a verb of having it — the one thing decides, where
  // the records of one set of parties alone hold it.)
  const things = asked.filter((x) => !HAVING.test(x));
  const one = HAVING_VERB.test(t) && things.length === 1 && things[0] && things[0].length >= 5 ? things[0] : undefined;
  if (asked.length < 2 && !one) return undefined;
  const scored = all
    .map((d) => ({ ...d, hits: asked.filter((s) => d.stems.has(s)).length }))
    .sort((a, b) => b.hits - a.hits);
  const best = scored[0];
  const alone = !!one && !!best?.stems.has(one) && all.every((d) => !d.stems.has(one) || d.parties === best.parties);
  if (!best || (!alone && (best.hits < 2 || best.hits < Math.ceil(asked.length * 0.6)))) return undefined;
  // (An MOU and a project of the same parties are one answer: who they are.)
  if (scored.some((d) => d.hits === best.hits && d.parties !== best.parties)) return undefined;
  // (A record named by its topic alone — "who is in the delivery robot project", "which two companies are behind the
  // robot deal" — asks who its parties are: their names. A deed asked — "who funds the park", "who develops delivery
  // devices" — is answered by the text that says it, its parties in its words.)
  const rest = withoutMentions(u, () => true, t);
  const words = rest.split(' ');
  const members =
    words.some((w) => MEMBERSHIP_CUE.has(w)) &&
    !words.some((w) => w.length >= 4 && !DOER_SHAPE.has(w) && !MEMBERSHIP_CUE.has(w) && !MEMBERSHIP_BESIDE.has(w));
  return { op: 'read', about: best.about, attribute: best.about.type === 'record' && members ? 'parties' : 'about' };
}

// Words that ask what something is for ("point", "aim", "goal", "what does it want").
const BRIEF_WORD =
  /^(?:short|shorter|version|summary|summarise|summarize|overview|brief|briefly|gist|nutshell|tldr|tl|dr|eli5|rundown|recap|gimme|sentence|simple|simply|basically|quick|quickly|few|words|line|lines)$/;
const AIM_WORD =
  /^(?:point|points|purpose|purposes|aim|aims|aimed|goal|goals|objective|objectives|mission|missions|want|wants|seek|seeks|intend|intends|intended|for)$/;

// The body a person works in, asked by its kind ("which ministry", "what agency", "which organisation").
const BODY_ASKED =
  / (?:which|what|whose) (?:government )?(?:ministry|ministries|agency|agencies|department|body|bodies|authority|organisation|organization|org|office|bureau|employer) | (?:works?|working) (?:for|at|in) | (?:ministry|agency|department|employer) /;

/**
 * "Which ministry is Joseph Leong from?", "what agency does Leong work for": the person's title as the sources give
 * it (it names the ministry), never every government body on file as if the kind were a filter.
 */
export function personsBody({ u, people, orgs, meetingNums }: PlanContext): Plan | undefined {
  if (people.length !== 1 || orgs.length || meetingNums.length || u.target === 'yesno' || u.target === 'count')
    return undefined;
  const name = people[0];
  return name && BODY_ASKED.test(u.q.text) ? personRole(name) : undefined;
}
