// Comparisons and superlatives: groups side by side, figures one outcome states, records or counts compared
// (compare.ts), the latest running total, and the ranking "the most …" asks for.
import { mentionsOf, type Understanding } from '../understand.js';
import type { Plan } from './types.js';
import type { PlanContext } from './context.js';
import { has, verbKind } from './common.js';
import { annexAsked, recordsCompared } from './asked.js';
import { highlightText } from './yes-no.js';
import { figureIn, figuresOf, rankAsked } from '../figures.js';
import { planCompare } from '../compare.js';

/**
 * "What's the most recent event in the sources?", "the latest thing they report": the newest dated thing — a dated event
 * after the last meeting (the April 2024 visit), else the last meeting — never "not sure".
 */
export function latestDated({ u, dataset, orgs, meetingNums }: PlanContext): Plan | undefined {
  if (orgs.length || meetingNums.length || has(u, 'mou') || has(u, 'project')) return undefined;
  if (
    !/ (?:latest|most recent|newest|last|recent) (?:event|events|thing|things|development|developments|news|update|updates|happening|item|fact|date|entry) /.test(
      u.q.text,
    )
  )
    return undefined;
  const events = dataset.initiative.events ?? [];
  const last = events.length - 1;
  const latest = dataset.latestMeeting;
  if (last >= 0 && (!latest || (events[last]?.date ?? '') > latest.date.value))
    return { op: 'event', events: [last], ask: 'what' };
  return latest ? { op: 'read', about: { type: 'meeting', number: latest.number }, attribute: 'about' } : undefined;
}

// "Which meeting was the latest", "what is the first JIC": the end asked, after or before the meeting. (Built once.)
const END = '(latest|most recent|newest|last|final|earliest|first|oldest)';
const MEETING_AT_END = new RegExp(
  ` (?:which|what) (?:sci |jic )*(?:meeting|meetings|jic|jics)(?: meeting)? (?:is|was|were|came) (?:the )?${END}(?: one| of them| held)? `,
);
const END_MEETING = new RegExp(
  ` (?:which|what) (?:is|was) (?:the )?${END} (?:sci |jic )*(?:meeting|jic)(?: meeting)?(?: held)? $`,
);

/**
 * "Which JIC meeting is the latest?", "which meeting was the most recent?", "what's the earliest event in the SCI?": the
 * meeting at that end — the last held, or (earliest event) the founding MOU before the 1st — by its date, never a
 * ranking by MOUs ("most recent" is no "most") nor the list of every meeting.
 */
export function meetingAtEnd({ u, dataset, orgs }: PlanContext): Plan | undefined {
  if (orgs.length || has(u, 'mou') || has(u, 'project') || u.target === 'count') return undefined;
  const t = u.q.text;
  const meeting = MEETING_AT_END.exec(t) ?? END_MEETING.exec(t);
  const event =
    / (?:earliest|first|oldest) (?:(?:sci|jic|initiative|known|recorded|reported) )?(?:event|thing|development|milestone|step|date|happening|record) | what (?:happened|came) first /.exec(
      t,
    );
  const end = meeting?.[1];
  if (end) {
    const first = /^(?:earliest|first|oldest)$/.test(end);
    const m = first ? dataset.meetingByNumber(1) : dataset.latestMeeting;
    return m ? { op: 'read', about: { type: 'meeting', number: m.number }, attribute: 'date' } : undefined;
  }
  // (Of two things named — "what came first, the Call or the Protocol?" — which of them is asked, not the SCI's start.)
  const two = / or | vs | versus /.test(t) || u.mentions.some((m) => m.type === 'highlight' || m.type === 'record');
  if (event && !two && !mentionsOf(u, 'meeting').some((m) => m.value !== '1') && dataset.meetingByNumber(0))
    return { op: 'read', about: { type: 'meeting', number: 0 }, attribute: 'date' };
  return undefined;
}

/** "The talent exchange group vs the AI group: which has more MOUs?": the groups' MOUs side by side. */
export function comparedGroups({ u }: PlanContext): Plan | undefined {
  if (u.target !== 'compare' && u.target !== 'most') return undefined;
  return groupsCompared(u);
}

/** Two or more Annex A groups named to compare: their MOUs side by side (more or fewer, as asked). */
function groupsCompared(u: Understanding): Plan | undefined {
  const groups = [...new Set(mentionsOf(u, 'group').map((m) => m.value))];
  if (groups.length < 2 || has(u, 'project')) return undefined;
  const fewer = u.flags.fewest || / (?:fewer|less|smaller|fewest|least) /.test(u.q.text);
  return { op: 'rank', select: 'mous', by: 'group', order: fewer ? 'fewest' : 'most', filter: {}, groups };
}

/** "OneSME's suppliers vs its buyers": figures one named outcome states side by side, never records counted. */
export function comparedFigures({ u, dataset, about, namedOutcomes }: PlanContext): Plan | undefined {
  if (u.target !== 'compare') return undefined;
  if (about?.type === 'highlight' && namedOutcomes.length && figureIn(highlightText(dataset, about.key), u.q.text))
    return { op: 'read', about, attribute: 'about' };
  return undefined;
}

/**
 * "Which OneSME figure was the biggest: partners, suppliers or buyers?", "the smallest XNode batch", "which bank ran the
 * most trials?": the figures one named outcome's text gives, ranked (say/read.ts; in Chinese, figureIn's pick) — never
 * "no size is given", never partners ranked by their records.
 */
export function figuresRanked({ u, dataset, namedOutcomes }: PlanContext): Plan | undefined {
  const keys = [...new Set(namedOutcomes.map((m) => m.value))];
  const [key] = keys;
  if (keys.length !== 1 || !key || !rankAsked(u.q.text, u.target === 'most' && !u.flags.fewest)) return undefined;
  if (figuresOf(highlightText(dataset, key)).length < 2) return undefined;
  return { op: 'read', about: { type: 'highlight', key }, attribute: 'about' };
}

/** Two records, or two counts, compared: recordsCompared, then compare.ts. */
export function comparedRecords({ u, dataset, select }: PlanContext): Plan | undefined {
  if (u.target !== 'compare') return undefined;
  return recordsCompared(u, dataset) ?? planCompare(u, dataset, select ?? verbKind(u));
}

/**
 * "The most recent total of projects", "the biggest MOU total reported so far": the running total reported last
 * (totals only grow), with the meeting it was reported at — never "not sure".
 */
export function mostRunningTotal({ u, meetingNums, orgs }: PlanContext): Plan | undefined {
  if (
    u.target === 'most' &&
    / (?:total|totals|running total|tally) /.test(u.q.text) &&
    has(u, 'mou') !== has(u, 'project') &&
    !meetingNums.length &&
    !orgs.length &&
    !u.flags.fewest
  )
    return {
      op: 'count',
      select: has(u, 'project') ? 'projects' : 'mous',
      filter: {},
      cumulative: true,
      before: false,
    };
  return undefined;
}

/** "The most …": what is ranked (years, records, groups, kinds, meetings, countries, partners) and in which order. */
// What the rankings count: records, partners and their kinds, groups, and the words they are asked by.
const RANKED =
  /^(?:mous?|memorand\w*|agreements?|deals?|projects?|ventures?|collaborations?|records?|signings?|partners?|partnerships?|compan(?:y|ies)|organi[sz]ations?|orgs?|firms?|businesses|enterprises|entit(?:y|ies)|universit(?:y|ies)|unis?|institutes?|institutions?|bodies|agencies|parties|party|participants?|signator(?:y|ies)|members?|groups?|pillars?|sectors?|topics?|areas?|themes?|new|joint|signed|launched|named|listed|more|of|the|number|numbers|count|times|often|frequently|recent|recently|common|popular|active|involved|important|significant|chinese|singapore|singaporean|shenzhen|china|foreign|local)$/;

/**
 * "Which meeting had the most attendees / speeches?", "which year had the most meetings?": a measure no table counts
 * (the words right after "most") is not sure, with its word — never "signed the most MOUs" as if that were asked.
 */
function unranked(u: PlanContext['u']): Plan | undefined {
  const m =
    / (?:most|fewest|least|greatest number of|largest number of|highest number of) ([a-z]+)(?: ([a-z]+))?(?: ([a-z]+))? /.exec(
      u.q.text,
    );
  const words = (m?.slice(1) ?? []).filter((w): w is string => !!w);
  const noun = words.find((w) => /s$/.test(w) && w.length > 3);
  // (A figure an outcome's text gives — "the most TradeTrust trials" — is that outcome's, read by its own words.)
  if (!noun || RANKED.test(noun) || u.mentions.some((x) => x.type === 'highlight')) return undefined;
  // (A word the question names as a partner, kind or outcome is ranked by its own reading; a topic word — "visitors" — is no measure.)
  const named = ['org', 'kind', 'country', 'highlight', 'group', 'record', 'person'];
  if (u.mentions.some((x) => named.includes(x.type) && x.words.split(' ').includes(noun))) return undefined;
  return { op: 'unsure', words: noun };
}

// How much a meeting did, with no unit named: its size, how busy or productive it was, what it achieved.
const MEETING_OUTPUT =
  / (?:biggest|largest|smallest|busiest|quietest|slowest|(?:most|least) (?:productive|active|eventful|fruitful|prolific|busy|successful|significant|important|impactful)|(?:did|achieved|accomplished|delivered|produced|got done|yielded) (?:the )?(?:most|least)) /;

export function ranked({ u, dataset, select, f, meetingNums }: PlanContext): Plan | undefined {
  if (u.target !== 'most') return undefined;
  const unknown = unranked(u);
  if (unknown) return unknown;
  // "In the most Annex B projects": the release's annex is its meeting's records (Annex B has no groups; only Annex A's
  // MOUs are grouped) — ranked within it, never Annex A's groups for the word "annex".
  const annexed = annexAsked(u, dataset);
  const what =
    annexed?.annex === 'B'
      ? 'projects'
      : has(u, 'project') && !has(u, 'mou')
        ? 'projects'
        : select === 'projects' || verbKind(u) === 'projects'
          ? 'projects'
          : 'mous';
  const order = u.flags.fewest ? 'fewest' : 'most';
  if (/ (?:year) /.test(u.q.text)) return { op: 'rank', select: what, by: 'year', order, filter: {} };
  // "Which project has the most partners?": the records themselves, by the parties each names.
  if (
    (has(u, 'project') || has(u, 'mou')) &&
    / (?:most|fewest|least|biggest number of|largest number of) (?:partners|parties|members|organisations|organizations|companies|signatories|participants) /.test(
      u.q.text,
    )
  )
    return { op: 'rank', select: what, by: 'record', order, filter: {} };
  const partnerWords =
    / (?:partners?|compan(?:y|ies)|organi[sz]ations?|orgs?|firms?|entit(?:y|ies)|universit(?:y|ies)|institutes?|institutions?|who|signers?|signator(?:y|ies)|parties|party|participants?) /;
  if (
    / (?:group|groups|heading|headings|category|categories|section|sections) /.test(u.q.text) ||
    (annexed?.annex === 'A' && !partnerWords.test(u.q.text) && !f.kind) ||
    (!annexed && / annex /.test(u.q.text)) ||
    (has(u, 'pillar') && what === 'mous')
  )
    return { op: 'rank', select: 'mous', by: 'group', order, filter: {} };
  // "The most common type of partner": partners by kind; "which meeting had the most partners": each meeting's
  // partners on file — never one partner's records.
  if (
    / (?:most common|commonest|most frequent|most usual|most popular|main|dominant|leading|top) (?:(?:partner|organisation|organization|org|entity|participant|signatory|party) )?(?:type|kind|sort|category|form)s? | (?:type|kind|sort|category) of (?:partner|organisation|organization|org|entity|participant)s? (?:is |are )?(?:the )?most | (?:partner|organisation|organization|org|entity|participant) (?:type|kind|sort|category)s? (?:is |are |appears |occurs |shows up )?(?:the )?(?:most|commonest)| (?:type|kind|sort|category) of (?:partner|organisation|organization|org|entity|participant)s? (?:appears|occurs|shows up|turns up|comes up) (?:the )?most /.test(
      u.q.text,
    )
  )
    return { op: 'rank', select: 'mous', by: 'kind', order, filter: {} };
  if (
    / (?:which|what) (?:jic |meeting|jic) /.test(u.q.text) &&
    / (?:partners|parties|organisations|organizations|orgs|companies|participants|signatories|members|universities|institutes|firms) /.test(
      u.q.text,
    ) &&
    !meetingNums.length
  )
    return {
      op: 'rank',
      select: 'mous',
      by: 'meetingPartners',
      order,
      // ("The most Chinese companies": the country narrows them too, never dropped.)
      filter: { ...(f.kind ? { kind: f.kind } : {}), ...(f.country ? { country: f.country } : {}) },
    };
  if (/ (?:country|side) /.test(u.q.text))
    return { op: 'rank', select: what, by: 'country', order, filter: f.kind ? { kind: f.kind } : {} };
  if (partnerWords.test(u.q.text) || f.kind)
    return {
      op: 'rank',
      select: what,
      by: 'partner',
      order,
      filter: {
        ...(f.kind ? { kind: f.kind } : {}),
        ...(f.country ? { country: f.country } : {}),
        // "Who is in the most 4th-JIC records?": that meeting's records only, never every meeting's.
        ...(f.meetings?.length ? { meetings: f.meetings } : annexed ? { meetings: [annexed.meeting] } : {}),
      },
      // Neither kind named nor signing asked ("the most records", "the most active partner"): both kinds.
      ...(!has(u, 'mou') && !has(u, 'project') && !u.flags.signing ? { records: true } : {}),
    };
  // "Which JIC was the biggest?", "the busiest", "the least productive", "which meeting did the most": no unit asked,
  // so both the MOUs and the projects each meeting reported.
  if (/ (?:meetings?|jic) /.test(u.q.text) && MEETING_OUTPUT.test(u.q.text) && !has(u, 'mou') && !has(u, 'project'))
    return {
      op: 'each',
      plans: (['mous', 'projects'] as const).map(
        (sel) => ({ op: 'rank', select: sel, by: 'meeting', order, filter: {} }) as const,
      ),
    };
  if (/ (?:meetings?|jic) /.test(u.q.text) && !/ (?:earliest|first ever|oldest) /.test(u.q.text))
    return { op: 'rank', select: what, by: 'meeting', order, filter: {} };
  if (/ (?:earliest|first ever|oldest|first) /.test(u.q.text))
    return { op: 'read', about: { type: 'meeting', number: 1 }, attribute: 'about' };
  return undefined;
}

// "What kinds of partners are there?", "break the partners down by type", "how many partners of each kind": every kind.
const KINDS_OF_PARTNERS =
  / (?:what|which) (?:kinds?|types?|sorts?|categories) of (?:partners?|organi[sz]ations?|orgs|entities|participants|institutions|bodies|parties|signatories|members) | (?:break ?down|breakdown|split) (?:of )?(?:the )?(?:partners?|organi[sz]ations?|participants)(?: down)? (?:by|into) (?:type|kind|sort|categor(?:y|ies))s? | (?:partners?|organi[sz]ations?|participants) (?:of|by|per) (?:each |every )?(?:kind|type|sort|category) /;

/** The partners on file by kind, every kind with its count (a breakdown, not only the most common). */
export function kindsOfPartners({ u }: PlanContext): Plan | undefined {
  // ("Which kind of partner is most common?": the most common, ranked's reading.)
  if (u.target === 'most' || !KINDS_OF_PARTNERS.test(u.q.text)) return undefined;
  if (u.mentions.some((m) => ['org', 'meeting', 'record', 'country', 'person', 'highlight'].includes(m.type)))
    return undefined;
  return { op: 'rank', select: 'mous', by: 'kind', order: 'most', filter: {}, all: true };
}
