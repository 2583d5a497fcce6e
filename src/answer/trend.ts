// Trends and ratios across meetings ("did the number of MOUs grow each meeting?", "what share of the MOUs were signed
// at the 4th?", "the ratio of projects to MOUs", "how many more MOUs in total after the 4th than after the 3rd?", "which
// grew more, projects or MOUs?", "the highest running total reported"): a reading over the per-meeting counts and the
// running totals each meeting reported — the numbers themselves, reported vs on file, never a list of records.
import type { Dataset, Meeting } from '../dataset/index.js';
import { mentionsOf, type Understanding } from './understand.js';
import { has } from './plan/common.js';
import type { Ref } from './run.js';
import type { Said } from './say.js';
import type { AnswerZh } from '../i18n/answer-zh-CN.js';
import { capitalise, joinList } from './format.js';
import { anyMatch } from '../text/any-of.js';
import { hasHan } from '../text/han.js';

type Unit = 'mous' | 'projects';

const ORDINALS: Readonly<Record<string, number>> = {
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
};

export interface TrendPlan {
  op: 'trend';
  /**
   * `grow`: each meeting's count in turn (did it grow at every meeting); `share`: one meeting's count against the running
   * total; `ratio`: projects to MOUs; `totalDiff`: two running totals' difference; `grewMore`: which running total grew
   * more between two meetings; `highestTotal`: the highest running total reported; `unknown`: the meetings the sources
   * give no count for; `every`: whether every meeting had some.
   */
  ask: 'grow' | 'share' | 'ratio' | 'totalDiff' | 'grewMore' | 'highestTotal' | 'unknown' | 'every' | 'onFile';
  select: Unit;
  meetings: number[];
  /** `onFile` asked of the records' partners ("how many of the MOUs have their partners on file"): that count leads. */
  parties?: boolean;
  /** Asked yes or no ("did it grow at every meeting?"): the answer leads with Yes or No. */
  yesno: boolean;
  /** `grow` asked of one move ("did it ever drop?", "did it fall?"): Yes where any meeting moved that way. */
  once?: 'up' | 'down' | 'any';
  /** `grow` asked which meeting made that move ("which meeting signed fewer MOUs than the one before?"): those meetings lead. */
  which?: boolean;
}

/** One meeting's figures: its own new count (null where the sources give none) and the running total reported then. */
export interface TrendPoint {
  meeting: Meeting;
  own: { mous: number | null; projects: number | null };
  total: { mous: number; projects: number } | undefined;
}

export interface TrendResult {
  op: 'trend';
  ask: TrendPlan['ask'];
  select: Unit;
  yesno: boolean;
  once?: TrendPlan['once'];
  which?: boolean;
  points: TrendPoint[];
  /** The meetings asked (share: one; totalDiff, grewMore: two, earlier first). */
  asked: TrendPoint[];
  /** Records on file, by kind (joint projects only). */
  onFile: { mous: number; projects: number };
  /** Records on file whose partners the sources name, by kind (joint projects only). */
  withParties: { mous: number; projects: number };
  parties?: boolean;
  refs: Ref[];
  sources: string[];
}

const GROW =
  / (?:more [a-z ]*than (?:the )?(?:one|meeting|previous|last|time|jic) before|more [a-z ]*than the (?:previous|last|one before)|change|changed|changes|changing|vary|varied|evolve|evolved|grow|grew|grown|growing|increase|increased|increasing|rise|rose|risen|rising|go up|went up|gone up|go down|went down|gone down|decline|declined|decrease|decreased|fall|fell|drop|dropped|trend|trending|change over time) /;
const EVERY =
  / (?:each|every|over time|steadily|consistently|always|from meeting to meeting|meeting to meeting|from one (?:meeting|jic) to the next|between meetings|per meeting|up or down|down or up|over the meetings|across (?:the )?meetings|trend|ever|at any (?:point|time|meeting|jic)|any time|at some point|at least once) /;
// A count set against the meeting before ("fewer MOUs than the one before", "more projects than the previous meeting"):
// one move, at whichever meeting made it.
const THAN_BEFORE =
  / than (?:at |in )?(?:the |its )?(?:one before|meeting before|jic before|time before|previous|last|prior|preceding|predecessor)(?: one| meeting| jic| jic meeting)? /;
const FEWER = / (?:fewer|less|lower|smaller|down|decrease|drop|dropped|fall|fell) /;
const MORE_THAN = / (?:more|higher|greater|bigger|larger|up|increase|rise|rose) /;
// Which meeting made a move, asked ("which meeting", "when did it drop", "at which JIC did it fall").
const WHICH_MOVE = /^ (?:which|what|when|at which|in which|at what|in what|during which|where) /;
const SHARE = / (?:share|percentage|percent|proportion|fraction|what part|how much of|portion) /;
// "What percentage of MOUs are named?", "how many of the 29 MOUs have their partners on file?": the records on file set
// against those reported (`onFile`), never one meeting's share.
const OF_REPORTED = / how many of (?:the|those|these|all|all the)(?: \d+| reported| reported \d+)? (?:mous|projects) /;
const ON_FILE =
  / (?:named|on file|in the data|in the dataset|in your data|listed|recorded|identified|known by name|have names|have a name|(?:have|with|name|list|give) (?:their |its )?(?:partners|parties|signatories|signers)) /;
const RATIO = / ratio | per mou | projects? per | for every mou | (?:projects|mous) to (?:projects|mous) /;
const TOTAL = / (?:in total|total|totals|running total|to date|cumulative|so far|overall) /;
const HIGHEST =
  / (?:biggest|highest|largest|greatest|most|max|maximum|peak) (?:cumulative |running |reported )*(?:mou |project |projects |mous )?(?:total|totals|number of (?:projects|mous) reported) | (?:highest|largest|biggest|greatest) number of (?:projects|mous) (?:reported|to date|so far) /;
const GREW_MORE = / (?:grew|grow|increased|rose|risen|climbed) (?:more|faster|the most|most) /;
const HOW_MANY_MORE = / how many more /;
// A count the sources leave out, asked of which meetings ("which meetings' project counts are unknown", "for which
// meetings do the sources not give the number of projects").
const UNKNOWN =
  / (?:unknown|not known|no (?:project |mou )?(?:count|counts|number|numbers|figure|figures|data|tally)|(?:not|never) (?:given|stated|reported|known|disclosed|counted|published|say|give|report|state)|(?:don t|do not|doesn t|does not|didn t|did not|dont|doesnt|didnt) (?:say|give|report|state|tell|disclose|list|publish|have)|missing|unreported|undisclosed|without (?:a |any )?(?:count|number|figure)|lacks?|lacking) /;
const WHICH_MEETINGS =
  / (?:which|what) (?:of the )?(?:jic )?(?:meetings?|jics?) | for which | at which | (?:meetings?|jics?) (?:have|has|had|with|without|lack|are|is) /;
// "Did every meeting launch projects?", "did each JIC sign MOUs?": whether all of them had some.
const EVERY_DID =
  /^ (?:did|have|has|were|was|do|does) (?:every|each|all)(?: of)?(?: the)?(?: (?:four|4))?(?: sci)?(?: jic)? (?:meetings?|jics?)(?: jic)? (?:launch|launched|start|started|have|had|sign|signed|produce|produced|announce|announced|see|saw|add|added|bring|brought|yield|yielded|result|include|included|get|got)/;
// Each reading below needs one of these: a question with none of them asks no trend (tested first, in one scan).
const TREND_WORDS: readonly RegExp[] = [
  OF_REPORTED,
  RATIO,
  GREW_MORE,
  SHARE,
  HOW_MANY_MORE,
  HIGHEST,
  GROW,
  THAN_BEFORE,
  UNKNOWN,
  EVERY_DID,
];

/**
 * "Did each JIC meeting launch projects?" asked before a claim reads it as one deed ("happened"): whether every meeting
 * had some, by each meeting's count (plan.ts puts this before the claim reader).
 */
export function planEveryMeeting(u: Understanding, dataset: Dataset): TrendPlan | undefined {
  if (!EVERY_DID.test(u.q.text)) return undefined;
  const p = planTrend(u, dataset);
  return p?.ask === 'every' ? p : undefined;
}

/** The trend plan, or undefined when the question asks no trend or ratio across meetings. */
export function planTrend(u: Understanding, dataset: Dataset): TrendPlan | undefined {
  const t = u.q.text;
  const mous = has(u, 'mou');
  const projects = has(u, 'project');
  if (!mous && !projects) return undefined;
  if (!anyMatch(TREND_WORDS, t)) return undefined;
  if (mentionsOf(u, 'org').length || mentionsOf(u, 'person').length || mentionsOf(u, 'kind').length) return undefined;
  // (A name the tables don't know — "what share of MOUs did Tencent sign" — is never dropped: left to the readings of names.)
  const named = new Set(u.mentions.flatMap((m) => m.words.split(' ')));
  const strange = u.q.raw
    .split(/\s+/)
    .slice(1)
    .some((w) => /^[A-Z][a-z]{2,}/.test(w) && !named.has(w.toLowerCase().replace(/[^a-z0-9]/g, '')));
  if (strange) return undefined;
  // ("After the 4th than after the 3rd": ordinals with no "JIC" beside them are the meetings too.)
  const spelt = [...t.matchAll(/ (?:the )?(1st|2nd|3rd|4th|first|second|third|fourth)(?= )/g)].map(
    (m) => ORDINALS[m[1] ?? ''] ?? 0,
  );
  // ("Fewer MOUs than at the previous meeting": the meeting before each one, never the one before the latest.)
  const before = THAN_BEFORE.test(t);
  const asked = mentionsOf(u, 'meeting').filter(
    (m) => !(before && / (?:previous|last|prior|preceding|before) /.test(` ${m.words} `)),
  );
  const meetings = [...new Set([...asked.map((m) => Number(m.value)), ...spelt])]
    .filter((n) => n > 0 && dataset.meetingByNumber(n))
    .sort((a, b) => a - b);
  const select: Unit = mous && !projects ? 'mous' : projects && !mous ? 'projects' : 'mous';
  // ("Did it go up or down?" is no yes/no: the answer is which.)
  const yesno = (u.target === 'yesno' || /^ (?:did|has|have|is|was|were|does|do) /.test(t)) && !/ or /.test(t);
  const base = { select, meetings, yesno };
  if (mous && projects && RATIO.test(t)) return { op: 'trend', ask: 'ratio', ...base };
  if (mous && projects && GREW_MORE.test(t)) return { op: 'trend', ask: 'grewMore', ...base };
  if (mous === projects) return undefined;
  if (SHARE.test(t) && meetings.length === 1) return { op: 'trend', ask: 'share', ...base };
  if ((SHARE.test(t) || OF_REPORTED.test(t)) && !meetings.length && ON_FILE.test(t))
    return {
      op: 'trend',
      ask: 'onFile',
      ...base,
      yesno: false,
      ...(/ (?:partners|parties|signatories|signers) /.test(t) ? { parties: true } : {}),
    };
  if (meetings.length === 2 && HOW_MANY_MORE.test(t) && TOTAL.test(t) && / after /.test(t))
    return { op: 'trend', ask: 'totalDiff', ...base };
  if (HIGHEST.test(t) && !meetings.length) return { op: 'trend', ask: 'highestTotal', ...base };
  if (meetings.length || / (?:double|doubled|doubling) /.test(t)) return undefined;
  // "Which meetings' project counts are unknown?": the meetings the sources give no count for, and the others' counts.
  // (A number named — "which meeting didn't have 14 projects" — picks meetings by it: another reading's.)
  if (UNKNOWN.test(t) && WHICH_MEETINGS.test(t) && !/ \d+ /.test(t))
    return { op: 'trend', ask: 'unknown', ...base, yesno: false };
  // "Did every meeting launch projects?": each meeting's count, and where the sources give none, that they don't say.
  // (English only, and no number or comparison claimed: "did every meeting sign 8 MOUs", "more than the one before".)
  if (EVERY_DID.test(t) && !hasHan(u.q.raw) && !/ (?:\d+|more|fewer|less|than|most|fewest|least) /.test(t))
    return { op: 'trend', ask: 'every', ...base, yesno: true };
  // ("Which MOUs fall under the AI pillar": a category, never a count that fell.)
  if (/ (?:fall|falls|fell) (?:under|within|into|inside|outside|on|in (?!20\d\d)) /.test(t)) return undefined;
  // "Which meeting signed fewer MOUs than the one before?", "did any JIC launch more projects than the previous one?":
  // the meetings whose own count moved that way from the meeting before.
  // ("Has every JIC signed more MOUs than the one before it?" asks of every meeting: the reading of every move, below.)
  if (before && !/ (?:each|every|all|steadily|consistently|always) /.test(t)) {
    const once = FEWER.test(t) && !MORE_THAN.test(t) ? 'down' : MORE_THAN.test(t) && !FEWER.test(t) ? 'up' : 'any';
    return { op: 'trend', ask: 'grow', ...base, once, ...(yesno ? {} : { which: true }) };
  }
  // "When did the number of MOUs go down?", "at which meeting did the MOU count drop?": the meeting that moved so.
  if (GROW.test(t) && WHICH_MOVE.test(t) && (DOWN.test(t) || UP.test(t)) && !(DOWN.test(t) && UP.test(t)))
    return { op: 'trend', ask: 'grow', ...base, yesno: false, once: DOWN.test(t) ? 'down' : 'up', which: true };
  if (GROW.test(t) && EVERY.test(t))
    return { op: 'trend', ask: 'grow', ...base, ...(yesno && onceAsked(t) ? { once: onceAsked(t) } : {}) };
  return undefined;
}

const DOWN =
  / (?:drop|dropped|fall|fell|fallen|decline|declined|decrease|decreased|go down|went down|gone down|dip|dipped|shrink|shrank) /;
const UP = / (?:grow|grew|grown|increase|increased|rise|rose|risen|go up|went up|gone up|climb|climbed) /;
/**
 * "Did the MOUs per meeting ever drop?", "did they fall at some point?": one move asked (any meeting that moved so) —
 * never "at every meeting". A fall asked with no "every" is one move too ("did the number of MOUs drop?"); a rise keeps
 * its reading of every meeting unless "ever" says otherwise.
 */
function onceAsked(t: string): TrendPlan['once'] {
  const ever = / (?:ever|at any (?:point|time|meeting)|any time|at some point|at least once|sometimes|once) /.test(t);
  const strict = / (?:each|every|steadily|consistently|always|from meeting to meeting|meeting to meeting) /.test(t);
  if (strict) return undefined;
  if (DOWN.test(t) && !UP.test(t)) return 'down';
  if (!ever) return undefined;
  return UP.test(t) && !DOWN.test(t) ? 'up' : 'any';
}

export function runTrend(p: TrendPlan, dataset: Dataset): TrendResult {
  const points: TrendPoint[] = dataset.meetings
    .filter((m) => m.number > 0)
    .map((m) => ({
      meeting: m,
      own: { mous: m.newMous.value ?? null, projects: m.newProjects.value ?? null },
      total: m.totals ? { mous: m.totals.mous, projects: m.totals.projects } : undefined,
    }));
  const asked = p.meetings.flatMap((n) => points.filter((x) => x.meeting.number === n));
  const used = asked.length ? asked : points;
  const sources = [
    ...new Set(
      used.flatMap((x) => [
        ...x.meeting.newMous.sources,
        ...(x.meeting.newProjects.sources ?? []),
        ...(x.meeting.totals?.sources ?? []),
      ]),
    ),
  ];
  return {
    op: 'trend',
    ask: p.ask,
    select: p.select,
    yesno: p.yesno,
    ...(p.once ? { once: p.once } : {}),
    ...(p.which ? { which: true } : {}),
    points,
    asked,
    onFile: { mous: dataset.mous.length, projects: dataset.projects.filter((x) => x.kind === 'joint-project').length },
    withParties: {
      mous: dataset.mous.filter((x) => x.parties.length).length,
      projects: dataset.projects.filter((x) => x.kind === 'joint-project' && x.partners.length).length,
    },
    ...(p.parties ? { parties: true } : {}),
    refs: used.slice(0, 4).map((x) => ({ kind: 'meeting' as const, id: x.meeting.id })),
    sources,
  };
}

const ordinal = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
const unitEn = (u: Unit, n: number) => (u === 'mous' ? (n === 1 ? 'MOU' : 'MOUs') : n === 1 ? 'project' : 'projects');
const percent = (a: number, b: number) => `${Math.round((100 * a) / b)}%`;
const latestTotal = (r: TrendResult) => [...r.points].reverse().find((x) => x.total);
/**
 * A ratio asked at one meeting ("at the 4th JIC"): that meeting's own new counts, never the running totals — or the
 * count the sources don't give for it.
 */
function ratioAt(
  r: TrendResult,
): { meeting: Meeting; missing?: Unit; projects: number; mous: number; per: string } | undefined {
  const at = r.asked.length === 1 ? r.asked[0] : undefined;
  if (!at) return undefined;
  const { projects, mous } = at.own;
  if (projects === null || mous === null)
    return { meeting: at.meeting, missing: mous === null ? 'mous' : 'projects', projects: 0, mous: 0, per: '' };
  return { meeting: at.meeting, projects, mous, per: (projects / mous).toFixed(1) };
}

/** Each meeting's count in turn, and how it moved: "8, then 4 (down), then 8 (up), then 8 (the same)". */
function moves(r: TrendResult) {
  const known = r.points.filter((x) => x.own[r.select] !== null);
  const steps = known.slice(1).map((x, i) => {
    const a = known[i]?.own[r.select] ?? 0;
    const b = x.own[r.select] ?? 0;
    return {
      at: x.meeting.number,
      prev: known[i]?.meeting.number ?? 0,
      from: a,
      to: b,
      dir: b > a ? 'up' : b < a ? 'down' : 'same',
    } as const;
  });
  const unknown = r.points.filter((x) => x.own[r.select] === null).map((x) => x.meeting.number);
  // (One move asked: any meeting that moved that way, or at all.)
  const once = r.once;
  const movedOnce = once ? steps.some((s) => (once === 'any' ? s.dir !== 'same' : s.dir === once)) : false;
  return { known, steps, unknown, grewEvery: steps.length > 0 && steps.every((s) => s.dir === 'up'), movedOnce };
}

/**
 * "Which meeting signed fewer MOUs than the one before?": the meetings whose own count moved the way asked from the
 * meeting before it (each with both counts), or none — then the series says how they did move.
 */
function movedLead(r: TrendResult, m: ReturnType<typeof moves>): string {
  const dir = r.once ?? 'any';
  const hits = m.steps.filter((s) => (dir === 'any' ? s.dir !== 'same' : s.dir === dir));
  const unit = (n: number) => unitEn(r.select, n);
  if (!hits.length) {
    const way = dir === 'down' ? 'fewer' : dir === 'up' ? 'more' : 'a different number of';
    return `None of the meetings with a count in the sources had ${way} ${unit(2)} than the one before. `;
  }
  const each = hits.map(
    (s) => `the ${ordinal(s.at)} JIC (${s.to} ${unit(s.to)}, ${s.dir} from ${s.from} at the ${ordinal(s.prev)})`,
  );
  return `${capitalise(joinList(each))}. `;
}

/** The Yes/No of a `grow` reading: every meeting up, or (one move asked) any meeting that moved so. */
function growLead(r: TrendResult, m: ReturnType<typeof moves>): 'yes' | 'no' | 'notEvery' | undefined {
  if (!r.yesno || !m.steps.length) return undefined;
  if (r.once) return m.movedOnce ? 'yes' : 'no';
  return m.grewEvery ? 'yes' : 'notEvery';
}

export function sayTrend(r: TrendResult): Said {
  const base = { lines: [], refs: r.refs, sources: r.sources };
  const u = r.select;
  const last = latestTotal(r);
  switch (r.ask) {
    case 'grow': {
      const m = moves(r);
      const { known, steps, unknown } = m;
      const series = known.map((x) => `the ${ordinal(x.meeting.number)} JIC ${x.own[u]}`).join(', ');
      const moved = steps
        .map((s) =>
          s.dir === 'same'
            ? `unchanged at the ${ordinal(s.at)}`
            : `${s.dir === 'up' ? 'up' : 'down'} from ${s.from} to ${s.to} at the ${ordinal(s.at)}`,
        )
        .join(', ');
      const how = growLead(r, m);
      // (One move asked and made: where it was made leads, "Yes, at the 2nd JIC (4 MOUs, down from 8 at the 1st).")
      const lead = r.which
        ? movedLead(r, m)
        : how === 'yes' && r.once
          ? `Yes, at ${movedLead(r, m).replace(/^The /, 'the ')}`
          : how
            ? how === 'no' && unknown.length
              ? // (Meetings with no count could have moved either way: never a flat No over them.)
                'Not between the meetings the sources give a count for: '
              : { yes: 'Yes: ', no: 'No: ', notEvery: 'No, not at every meeting: ' }[how]
            : '';
      const gap = unknown.length ? ` The sources give no count for the ${joinList(unknown.map(ordinal))} JIC.` : '';
      const totals = r.points.filter((x) => x.total);
      const running = totals.length
        ? ` The running total reported: ${totals.map((x) => `${x.total?.[u]} after the ${ordinal(x.meeting.number)} JIC`).join(', ')}.`
        : '';
      return {
        sentence: `${lead}${unitEn(u, 2)} per meeting, as reported: ${series}${moved ? ` (${moved})` : ''}.${gap}${running}`,
        ...base,
      };
    }
    case 'share': {
      const at = r.asked[0];
      const own = at?.own[u] ?? null;
      if (!at || own === null || !last?.total)
        return {
          sentence: `The sources give no count of ${unitEn(u, 2)} for the ${ordinal(at?.meeting.number ?? 0)} JIC, so no share can be given.`,
          ...base,
        };
      const all = last.total[u];
      const sum = r.points.reduce((a, x) => a + (x.own[u] ?? 0), 0);
      const adds =
        r.points.every((x) => x.own[u] !== null) && sum !== all
          ? ` (the per-meeting counts reported add up to ${sum}, which would make it ${percent(own, sum)}; no source explains the difference)`
          : '';
      return {
        sentence: `${own} of the ${all} ${unitEn(u, all)} reported to date (${percent(own, all)}) came from the ${ordinal(at.meeting.number)} JIC meeting${adds}.`,
        ...base,
      };
    }
    case 'onFile': {
      if (!last?.total)
        return { sentence: `The sources report no total of ${unitEn(u, 2)} to set those on file against.`, ...base };
      const all = last.total[u];
      const named = r.onFile[u];
      const withParties = r.withParties[u];
      const who = u === 'mous' ? 'parties' : 'partners';
      const sum = r.points.reduce((a, x) => a + (x.own[u] ?? 0), 0);
      const lead = r.parties ? withParties : named;
      const adds =
        r.points.every((x) => x.own[u] !== null) && sum !== all
          ? ` (the per-meeting counts reported add up to ${sum}, which would make it ${percent(lead, sum)}; no source explains the difference)`
          : '';
      const rest = `the sources don't name the other ${all - named}`;
      return {
        sentence: r.parties
          ? `${withParties} of the ${all} ${unitEn(u, all)} reported to date (${percent(withParties, all)}) are on file with their ${who}${adds}${withParties < named ? `; ${named} (${percent(named, all)}) are on file by name, the sources naming no ${u === 'mous' ? 'party' : 'partner'} for ${named - withParties} of them` : ''}; ${rest}.`
          : `${named} of the ${all} ${unitEn(u, all)} reported to date (${percent(named, all)}) are on file by name${adds}, ${withParties < named ? `${withParties} of them with their ${who}` : `each with its ${who}`}; ${rest}.`,
        ...base,
      };
    }
    case 'ratio': {
      const at = ratioAt(r);
      if (at)
        return {
          sentence: at.missing
            ? `The sources give no count of ${at.missing === 'mous' ? 'MOUs' : 'projects'} for the ${ordinal(at.meeting.number)} JIC, so no ratio can be given there.`
            : `At the ${ordinal(at.meeting.number)} JIC: ${at.projects} new projects to ${at.mous} MOUs, about ${at.per} projects per MOU.`,
          ...base,
        };
      if (!last?.total) return { sentence: 'The sources report no running totals to compare.', ...base };
      const { mous, projects } = last.total;
      return {
        sentence: `${projects} projects to ${mous} MOUs reported to date (after the ${ordinal(last.meeting.number)} JIC), about ${(projects / mous).toFixed(1)} projects per MOU; on file by name: ${r.onFile.projects} projects and ${r.onFile.mous} MOUs.`,
        ...base,
      };
    }
    case 'totalDiff':
    case 'grewMore': {
      const [a, b] = r.ask === 'grewMore' && r.asked.length !== 2 ? r.points.filter((x) => x.total).slice(-2) : r.asked;
      if (!a?.total || !b?.total) {
        const none = [a, b].filter((x) => x && !x.total).map((x) => `the ${ordinal(x?.meeting.number ?? 0)} JIC`);
        return {
          sentence: `The sources report no running total after ${joinList(none)}, so the two can't be compared.`,
          ...base,
        };
      }
      const from = `the ${ordinal(a.meeting.number)} JIC`;
      const to = `the ${ordinal(b.meeting.number)} JIC`;
      if (r.ask === 'totalDiff') {
        const d = b.total[u] - a.total[u];
        return {
          sentence: `${d} ${unitEn(u, d)} more in total after ${to} than after ${from}: ${b.total[u]} reported after ${to} against ${a.total[u]} after ${from}.`,
          ...base,
        };
      }
      const dp = b.total.projects - a.total.projects;
      const dm = b.total.mous - a.total.mous;
      const lead = dp === dm ? 'Both grew alike' : `${dp > dm ? 'Projects' : 'MOUs'} grew more`;
      const own =
        a.own.projects !== null && b.own.projects !== null && a.own.mous !== null && b.own.mous !== null
          ? ` Each meeting's own new counts: ${a.own.projects} projects and ${a.own.mous} MOUs at ${from}, ${b.own.projects} and ${b.own.mous} at ${to}.`
          : '';
      return {
        sentence: `${lead} from ${from} to ${to}: the running total of projects rose by ${dp} (${a.total.projects} → ${b.total.projects}), of MOUs by ${dm} (${a.total.mous} → ${b.total.mous}).${own}`,
        ...base,
      };
    }
    case 'unknown':
    case 'every': {
      const known = r.points.filter((x) => x.own[u] !== null);
      const none = r.points.filter((x) => x.own[u] === null).map((x) => ordinal(x.meeting.number));
      const counts = known.map((x) => `${x.own[u]} at the ${ordinal(x.meeting.number)} JIC`);
      const totals = r.points.filter((x) => x.total);
      const running = totals.length
        ? ` The running total reported: ${totals.map((x) => `${x.total?.[u]} after the ${ordinal(x.meeting.number)} JIC`).join(', ')}.`
        : '';
      const given = counts.length ? `they give ${joinList(counts)}` : 'they give none for any meeting';
      if (r.ask === 'unknown')
        return {
          sentence: none.length
            ? `The sources give no count of new ${unitEn(u, 2)} for the ${joinList(none)} JIC meeting${none.length > 1 ? 's' : ''}; ${given}.${running}`
            : `The sources give a count of ${unitEn(u, 2)} for every meeting: ${joinList(counts)}.${running}`,
          ...base,
        };
      const zero = known.filter((x) => x.own[u] === 0).map((x) => ordinal(x.meeting.number));
      const verb = u === 'mous' ? 'signed' : 'launched';
      return {
        sentence: zero.length
          ? `No: the ${joinList(zero)} JIC ${verb} none, as reported; ${given}.`
          : none.length
            ? `The sources don't say for the ${joinList(none)} JIC: they give no count of ${unitEn(u, 2)} there; ${given}.${running}`
            : `Yes: ${joinList(known.map((x) => `${x.own[u]} ${unitEn(u, x.own[u] ?? 0)} at the ${ordinal(x.meeting.number)} JIC`))}.`,
        ...base,
      };
    }
    case 'highestTotal': {
      if (!last?.total) return { sentence: 'The sources report no running totals.', ...base };
      const before = r.points.filter((x) => x.total && x !== last);
      const none = r.points.filter((x) => !x.total).map((x) => ordinal(x.meeting.number));
      return {
        sentence: `The ${ordinal(last.meeting.number)} JIC meeting: ${last.total[u]} ${unitEn(u, last.total[u])} reported to date after it${before.length ? ` (${before.map((x) => `${x.total?.[u]} after the ${ordinal(x.meeting.number)}`).join(', ')})` : ''}${none.length ? `; the sources report no running total after the ${joinList(none)} JIC` : ''}.`,
        ...base,
      };
    }
  }
}

/** The same readings in Chinese (the catalogue's `trend*` messages). */
export function sayTrendZh(r: TrendResult, t: AnswerZh, meetingName: (m: Meeting) => string): Said {
  const base = { lines: [], refs: r.refs, sources: r.sources };
  const u = r.select;
  const unit = t.recordsNoun[u] ?? '';
  const last = latestTotal(r);
  switch (r.ask) {
    case 'grow': {
      const m = moves(r);
      const { known, unknown } = m;
      const how = growLead(r, m);
      const lead = how === 'yes' ? (t.chairsLead.yes ?? '') : how ? (t.chairsLead.no ?? '') : '';
      return {
        sentence: t.trendGrow(
          lead,
          unit,
          known.map((x) => `${meetingName(x.meeting)} ${x.own[u]}`).join('，'),
          unknown.map((n) => meetingName(r.points.find((x) => x.meeting.number === n)?.meeting as Meeting)),
          r.points.filter((x) => x.total).map((x) => [meetingName(x.meeting), x.total?.[u] ?? 0] as const),
        ),
        ...base,
      };
    }
    case 'share': {
      const at = r.asked[0];
      const own = at?.own[u] ?? null;
      if (!at || own === null || !last?.total) return { sentence: t.trendNoCount(unit), ...base };
      return {
        sentence: t.trendShare(meetingName(at.meeting), own, last.total[u], unit, percent(own, last.total[u])),
        ...base,
      };
    }
    case 'onFile': {
      if (!last?.total) return { sentence: t.trendNoCount(unit), ...base };
      const all = last.total[u];
      return {
        sentence: t.trendOnFile(
          unit,
          all,
          r.onFile[u],
          r.withParties[u],
          percent(r.onFile[u], all),
          percent(r.withParties[u], all),
          !!r.parties,
        ),
        ...base,
      };
    }
    case 'ratio': {
      const at = ratioAt(r);
      if (at)
        return {
          sentence: at.missing
            ? t.trendNoCount(t.recordsNoun[at.missing] ?? '')
            : t.trendRatioAt(meetingName(at.meeting), at.projects, at.mous, at.per),
          ...base,
        };
      return last?.total
        ? {
            sentence: t.trendRatio(
              last.total.projects,
              last.total.mous,
              (last.total.projects / last.total.mous).toFixed(1),
              r.onFile.projects,
              r.onFile.mous,
            ),
            ...base,
          }
        : { sentence: t.trendNoCount(unit), ...base };
    }
    case 'totalDiff':
    case 'grewMore': {
      const [a, b] = r.ask === 'grewMore' && r.asked.length !== 2 ? r.points.filter((x) => x.total).slice(-2) : r.asked;
      if (!a?.total || !b?.total) return { sentence: t.trendNoCount(unit), ...base };
      if (r.ask === 'totalDiff')
        return {
          sentence: t.trendTotalDiff(meetingName(a.meeting), meetingName(b.meeting), a.total[u], b.total[u], unit),
          ...base,
        };
      return {
        sentence: t.trendGrewMore(
          meetingName(a.meeting),
          meetingName(b.meeting),
          [a.total.projects, b.total.projects],
          [a.total.mous, b.total.mous],
        ),
        ...base,
      };
    }
    case 'unknown':
    case 'every': {
      const m = moves(r);
      // (Every meeting asked: 是 where each has a count above none, 否 where one has none; no lead where one has no count.)
      const zero = m.known.some((x) => x.own[u] === 0);
      const lead =
        r.ask !== 'every' || (m.unknown.length && !zero)
          ? ''
          : zero
            ? (t.chairsLead.no ?? '')
            : (t.chairsLead.yes ?? '');
      return {
        sentence: t.trendGrow(
          lead,
          unit,
          m.known.map((x) => `${meetingName(x.meeting)} ${x.own[u]}`).join('，'),
          m.unknown.map((n) => meetingName(r.points.find((x) => x.meeting.number === n)?.meeting as Meeting)),
          r.points.filter((x) => x.total).map((x) => [meetingName(x.meeting), x.total?.[u] ?? 0] as const),
        ),
        ...base,
      };
    }
    case 'highestTotal':
      return last?.total
        ? { sentence: t.trendHighest(meetingName(last.meeting), last.total[u], unit), ...base }
        : { sentence: t.trendNoCount(unit), ...base };
  }
}
