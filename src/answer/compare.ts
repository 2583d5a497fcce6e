import { pairLead } from './say/pair-lead.js';
import type { Dataset, Meeting, Mou, Project } from '../dataset/index.js';
import type { Filter, Plan, Selection } from './plan.js';
import type { Said } from './say.js';
import type { Result } from './run.js';
import { capitalise, formatDate, joinList, meetingDate, plural } from './format.js';
import { mentionedOrgIds, mentionsOf, type Understanding, withoutMentions } from './understand.js';
import { LEXICONS } from './lexicon.js';
import { comparisonStated } from './bare.js';
import { whatEachDid } from './pair.js';

/**
 * Comparisons: two meetings, years, partners or countries by their MOUs, projects or partners; MOUs
 * against projects in one scope. Each side says its number and where it comes from (reported at a
 * meeting, or records on file); a side the sources give no number for is "not stated", never 0.
 */

export type CompareSelect = 'mous' | 'projects' | 'both' | 'partners';
export type Unit = 'mous' | 'projects' | 'partners';

export interface ComparePlan {
  op: 'compare';
  select: CompareSelect;
  sides: Filter[];
  cumulative: boolean;
  difference: boolean;
  /** MOUs against projects in one scope ("more projects or MOUs at the 4th JIC?"). */
  across?: boolean;
  /** Asked which is bigger with no unit: the sources give no size, only what is on file. */
  size?: boolean;
  /** Years the question names in which no JIC meeting was held ("more MOUs in 2024 than 2023?"). */
  noMeetingIn?: number[];
  /** The question names meetings by year: say the year beside each. */
  byYear?: boolean;
  /** "More than 20 MOUs?": one side's number against a number the question gives. */
  threshold?: { than: 'more' | 'fewer'; value: number };
  /** "Did the projects double at the 3rd JIC?": the later side against the earlier, by this factor. */
  factor?: number;
}

export interface CompareSide {
  label: string;
  isMeeting: boolean;
  meeting?: Meeting;
  values: Array<{ select: Unit; value: number | null; onFile?: number }>;
  /** Partners on file whose country is our reading (the sources do not state it). */
  read?: number;
  /** A side of partners of one kind ("universities"), not of a country. */
  kind?: boolean;
}

export interface CompareResult {
  op: 'compare';
  select: CompareSelect;
  sides: CompareSide[];
  difference: boolean;
  cumulative: boolean;
  sources: string[];
  across?: boolean;
  size?: boolean;
  noMeetingIn?: number[];
  latest?: Meeting;
  byYear?: boolean;
  /** What a partner count counts ("partners", "universities"). */
  unit?: string;
  /** Parties the sources mention without naming, on either side. */
  unnamed?: string[];
  /** A compared meeting's own words comparing it with the year before. */
  notes?: Array<{ meeting: Meeting; text: string }>;
  threshold?: { than: 'more' | 'fewer'; value: number };
  factor?: number;
}

/** The question's words with the organisations' names blanked ("National University of Singapore" is no side). */
const withoutNames = (u: Understanding) => withoutMentions(u, (m) => m.type === 'org');

const SIDE = {
  China: / (?:chinese|china|shenzhen) /,
  Singapore: / (?:singapore|singaporean|sg) /,
} as const;

/** The plan for a comparison, or `undefined` if the question names nothing two-sided to compare. */
export function planCompare(u: Understanding, dataset: Dataset, select: Selection | undefined): Plan | undefined {
  const text = u.q.text;
  // ("Did the projects double at the 3rd compared with the 2nd / the year before?": the later meeting against the
  // earlier by that factor, with what its sources say of it — a yes/no, never two counts side by side.)
  const doubled = compareAsks(u).isQuestion ? planDoubling(u, dataset, select) : undefined;
  if (doubled) return doubled;
  const meetingNums = [...new Set(mentionsOf(u, 'meeting').map((m) => Number(m.value)))].filter((n) =>
    dataset.meetingByNumber(n),
  );
  const orgs = mentionedOrgIds(u);
  // "How many more…", "the difference in MOUs between…", "by how much…": the gap is the answer, not only which is bigger.
  const difference =
    / how many (?:more|fewer|less) | (?:difference|differences|gap) (?:in|of|between) | by how (?:much|many) /.test(
      text,
    );
  const cumulative = u.flags.cumulative || / after /.test(text);
  const mou = u.subjects.includes('mou');
  const prj = u.subjects.includes('project');
  const what = select === 'projects' ? 'projects' : select === 'mous' ? 'mous' : 'both';
  const byYear = mentionsOf(u, 'meeting').some((m) => /^20\d\d$/.test(m.words));
  const noMeetingIn = mentionsOf(u, 'number')
    .filter((m) => m.value.startsWith('year:'))
    .map((m) => Number(m.value.slice(5)));
  // "Compare the MOUs of each year", "rank the meetings by MOUs": every meeting (or year) with its count.
  if (
    meetingNums.length < 2 &&
    !orgs.length &&
    / (?:each|every|per|by) (?:year|meeting|jic) | (?:all|across|over) the (?:years|meetings) |^ rank | rank (?:the )?(?:meetings|years|jic) | (?:breakdown|broken down) /.test(
      text,
    )
  ) {
    // A breakdown ("MOUs per year") reads in time order; only a ranking ("rank", "most", "fewest") by size.
    const ranked = / (?:rank|ranked|ranking|most|fewest|least|biggest|smallest|largest|top|order by size) /.test(text);
    const average = / (?:average|avg|mean) /.test(text);
    // "Per-meeting MOUs up to the 3rd JIC": the meetings up to it, added up against the total reported then.
    const upTo = mentionsOf(u, 'meeting').find((m) => m.asOf && Number(m.value) > 0);
    return {
      op: 'rank',
      select: prj && !mou ? 'projects' : 'mous',
      by: / years? /.test(text) ? 'year' : 'meeting',
      order: u.flags.fewest ? 'fewest' : 'most',
      filter: {},
      all: true,
      ...(ranked ? {} : { inTime: true }),
      ...(average ? { average: true } : {}),
      ...(upTo && !byYear ? { upTo: Number(upTo.value) } : {}),
    };
  }
  // "Were there more than 20 MOUs?": the count (reported, at the meeting asked or to date) against that number.
  const than = / (more|fewer|less) than (\d{1,4}) /.exec(text);
  const unit = mou !== prj ? (mou ? 'mous' : 'projects') : undefined;
  if (than?.[2] && unit && meetingNums.length <= 1 && !orgs.length)
    return {
      op: 'compare',
      select: unit,
      sides: [meetingNums.length ? { meetings: meetingNums } : {}],
      cumulative: !meetingNums.length || cumulative,
      difference: false,
      threshold: { than: than[1] === 'more' ? 'more' : 'fewer', value: Number(than[2]) },
    };
  // MOUs against projects in one scope: a meeting, or the totals reported to date.
  if (
    mou &&
    prj &&
    meetingNums.length <= 1 &&
    !orgs.length &&
    // ("What's the difference between an MOU and a joint project?" asks what each is, not their counts.)
    ((difference && !/ (?:an?|one) (?:mou|memorandum|joint project|project|agreement) /.test(text)) ||
      / (?:more|fewer|less|vs|versus|compare|compared|comparing|comparison|against|or|greater|higher|relative to) /.test(
        text,
      ))
  )
    return {
      op: 'compare',
      select: 'both',
      sides: [meetingNums.length ? { meetings: meetingNums } : {}],
      cumulative: !meetingNums.length || cumulative,
      difference,
      across: true,
    };
  // The two countries' partners ("more Chinese or Singapore partners?"), of a kind if one is named.
  const plain = withoutNames(u);
  const sides = (Object.keys(SIDE) as Array<keyof typeof SIDE>)
    .map((country) => ({ country, at: plain.search(SIDE[country]) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
  // "Which side has more partners?": the two countries.
  if (!sides.length && / (?:which|what) (?:side|country) /.test(text))
    sides.push({ country: 'China', at: 0 }, { country: 'Singapore', at: 1 });
  // "More universities or companies?": two kinds of partner.
  const kinds = (LEXICONS[u.lang] ?? LEXICONS.en)?.orgKinds
    .map((k) => ({ label: k.label, at: plain.search(k.pattern) }))
    .filter((k) => k.at >= 0)
    .sort((a, b) => a.at - b.at);
  // Two kinds and two countries ("Singapore universities or Chinese companies"): paired in the order asked.
  if (kinds && kinds.length >= 2 && !meetingNums.length && !orgs.length)
    return {
      op: 'compare',
      select: 'partners',
      sides: kinds.slice(0, 2).map((k, i) => {
        const country = sides.length === 2 ? sides[i]?.country : sides[0]?.country;
        return { kind: k.label, ...(country ? { country } : {}) };
      }),
      cumulative: false,
      difference,
    };
  if (sides.length === 2 && !meetingNums.length && !orgs.length && !mou && !prj) {
    const kind = mentionsOf(u, 'kind')[0]?.value;
    return {
      op: 'compare',
      select: 'partners',
      sides: sides.map((s) => ({ country: s.country, ...(kind ? { kind } : {}) })),
      cumulative: false,
      difference,
    };
  }
  if (meetingNums.length >= 2)
    return {
      op: 'compare',
      select: what,
      sides: meetingNums.map((n) => ({ meetings: [n] })),
      cumulative,
      difference,
      ...(byYear ? { byYear } : {}),
    };
  // "More MOUs in 2024 than 2023?": a year with no meeting is no side with 0.
  if (meetingNums.length === 1 && noMeetingIn.length)
    return {
      op: 'compare',
      select: what,
      sides: [{ meetings: meetingNums }],
      cumulative,
      difference,
      noMeetingIn,
      ...(byYear ? { byYear } : {}),
    };
  if (orgs.length >= 2)
    return {
      op: 'compare',
      select: what,
      sides: orgs.map((g) => ({ orgs: [g] })),
      cumulative: false,
      difference,
      ...(!mou && !prj && / (?:bigger|larger|smaller|size|biggest|largest|smallest) /.test(text) ? { size: true } : {}),
    };
  return undefined;
}

/**
 * "Did the projects double at the 3rd JIC?", "did MOUs double from 2021 to 2022?": the later meeting's
 * count against the earlier's (the one before, if only one is named). `undefined` if not asked.
 */
export function planDoubling(u: Understanding, dataset: Dataset, select: Selection | undefined): Plan | undefined {
  if (!/ (?:double|doubled|doubling|twice) /.test(u.q.text)) return undefined;
  const nums = [...new Set(mentionsOf(u, 'meeting').map((m) => Number(m.value)))]
    .filter((n) => n > 0 && dataset.meetingByNumber(n))
    .sort((a, b) => a - b);
  const later = nums[nums.length - 1];
  if (later === undefined || later - 1 < 1 || !dataset.meetingByNumber(later - 1) || nums.length > 2) return undefined;
  const earlier = nums.length === 2 ? (nums[0] ?? later - 1) : later - 1;
  return {
    op: 'compare',
    select: select === 'mous' ? 'mous' : 'projects',
    sides: [{ meetings: [later] }, { meetings: [earlier] }],
    cumulative: false,
    difference: false,
    factor: 2,
  };
}

const noun = (n: number, select: string) =>
  select === 'mous' ? plural(n, 'MOU') : select === 'projects' ? plural(n, 'project') : `${n} ${select}`;

/** One reply for a comparison: which side, with both sides' numbers and where they come from. */
/**
 * What a comparison question asks, read once for every language's sentence: fewer (not more); yes or no
 * ("were there more at A than B?", not "more at A or B?"); whether the two are the same ("as many as");
 * how a count changed from one meeting to the next.
 */
export function compareAsks(u: Understanding): {
  fewer: boolean;
  isQuestion: boolean;
  asksSame: boolean;
  asksChange: boolean;
} {
  const q = u.q.text;
  return {
    fewer: / (?:fewer|less|smaller) /.test(q),
    // (A statement put to be confirmed is asked as one: "the 4th topped the 2nd on MOUs, right?".)
    isQuestion:
      (/^ (?:did|does|do|is|was|were|are|has|have|had) /.test(q) ||
        /^ (?:fewer|less|more) [a-z0-9 ]*than /.test(q) ||
        / (?:right|correct|true|yes or no|agreed) $/.test(q) ||
        comparisonStated(u.q)) &&
      !/ or (?!no $)/.test(q),
    asksSame: / as many | same (?:number|amount|count) | equal /.test(q),
    asksChange:
      / (?:change|changed|grow|grew|increase|increased|decrease|decreased|rise|rose|drop|dropped|fall|fell) /.test(q),
  };
}

export function sayCompare(r: CompareResult, u: Understanding, dataset: Dataset): Said {
  const done = (sentence: string, refs: Said['refs'] = []): Said => ({ sentence, lines: [], refs, sources: r.sources });
  const meetingRefs = r.sides.flatMap((s) => (s.meeting ? [{ kind: 'meeting' as const, id: s.meeting.id }] : []));
  const { fewer, isQuestion, asksSame, asksChange } = compareAsks(u);
  // A meeting asked by its year keeps the year beside it where its number is given.
  const name = (s: CompareSide, year = false) =>
    s.meeting
      ? s.meeting.number === 0
        ? 'the founding MOU'
        : `the ${s.meeting.name.replace(/ meeting$/, '')}${year && r.byYear ? ` (${s.meeting.date.value.slice(0, 4)})` : ''}`
      : s.label;
  const at = (s: CompareSide) =>
    s.isMeeting
      ? `${r.cumulative ? 'by' : 'at'} ${name(s, true)}`
      : s.label === 'to date'
        ? 'to date'
        : `for ${s.label}`;
  if (r.across) return sayAcross(r, done, meetingRefs);
  if (r.threshold) return sayThreshold(r, r.threshold, done, meetingRefs);
  if (r.factor) return sayFactor(r, r.factor, done, meetingRefs);
  if (r.select === 'partners') return sayCountries(r, u, done);
  const [a, b] = r.sides;
  if (r.noMeetingIn?.length && a) {
    const v = a.values[0];
    return done(
      `The sources report no JIC meeting in ${joinList(r.noMeetingIn.map(String))}${r.latest ? ` (the latest is the ${r.latest.name.replace(/ meeting$/, '')}, ${meetingDate(r.latest)})` : ''}, so there is nothing from then to compare; ${name(a)} ${v?.value === null || !v ? `gives no count of ${v?.select === 'projects' ? 'projects' : 'MOUs'}` : `had ${a.values.map((x) => (x.value === null ? `no stated count of ${x.select === 'mous' ? 'MOUs' : 'projects'}` : noun(x.value, x.select))).join(' and ')}`}.`,
      meetingRefs,
    );
  }
  if (!a || !b) return done('I need two things to compare.');
  // Partners asked which is bigger: the sources give no size; what each did is what is on file.
  if (r.size)
    return done(
      `The sources don't give the size of ${a.label} or ${b.label}; on file, ${whatEachDid(dataset, idsOf(dataset, a.label))}; ${whatEachDid(dataset, idsOf(dataset, b.label))}.`,
    );
  // The founding MOU is no JIC meeting: its year had the founding MOU itself, not a count of MOUs signed.
  const founding = r.sides.find((s) => s.meeting?.number === 0);
  if (founding?.meeting) {
    const other = r.sides.find((s) => s !== founding);
    const v = other?.values[0];
    return done(
      `No JIC meeting was held in ${founding.meeting.date.value.slice(0, 4)}: the founding MOU itself was signed then (${meetingDate(founding.meeting)}), and the MOUs of the JIC meetings came after it${other && v?.value !== null && v ? `; ${name(other)} (${other.meeting ? meetingDate(other.meeting) : ''}) signed ${noun(v.value, v.select)}` : ''}.`,
      meetingRefs,
    );
  }
  const val = (s: CompareSide, i: number) => {
    const v = s.values[i];
    return v?.value === null || !v
      ? `not stated ${at(s)}`
      : `${noun(v.value, v.select)} ${at(s)}${s.isMeeting || s.label === 'to date' ? '' : ' on file'}`;
  };
  const notes = (r.notes ?? []).map((x) => ` The ${x.meeting.name.replace(/ meeting$/, '')}'s sources add: ${x.text}`);
  // "Compare the Hashmeta and Momentum Works deals": two partners' records compared, no count asked — what each is (its
  // partners, meeting and aim, say/pair-lead.ts), then what they share; never their counts alone.
  const deals = !isQuestion && !asksSame && !asksChange ? dealsCompared(r, u, dataset) : undefined;
  if (deals) return { ...done(deals.sentence), refs: deals.refs };
  // Two quantities (MOUs and projects): state both, side by side, and say if they are the same.
  if (a.values.length > 1) {
    const line = (s: CompareSide) =>
      `${s.isMeeting ? name(s) : s.label}: ${s.values.map((v) => (v.value === null ? `${v.select === 'mous' ? 'MOUs' : 'projects'} not stated` : noun(v.value, v.select))).join(' and ')}${s.isMeeting ? '' : ' on file'}`;
    const same = a.values.every((v, i) => v.value !== null && v.value === b.values[i]?.value);
    // "By how much did the totals go up between the 3rd and 4th?": each kind from the earlier to the later, and by how
    // much — never the two added up.
    const known = (s: CompareSide) => s.values.every((v) => v.value !== null);
    if ((r.difference || asksChange) && a.meeting && b.meeting && known(a) && known(b) && !same) {
      const [p, q] = a.meeting.number < b.meeting.number ? [a, b] : [b, a];
      const counts = (s: CompareSide) => s.values.map((v) => noun(v.value ?? 0, v.select)).join(' and ');
      const moved = p.values.map((v, i) => {
        const d = (q.values[i]?.value ?? 0) - (v.value ?? 0);
        const what = v.select === 'mous' ? 'MOUs' : 'projects';
        return d === 0 ? `no change in ${what}` : `${Math.abs(d)} ${d > 0 ? 'more' : 'fewer'} ${what}`;
      });
      return done(
        `From ${counts(p)} ${at(p)} to ${counts(q)} ${at(q)}${r.cumulative ? ' (totals reported then)' : ''}: ${joinList(moved)}.${notes.join('')}`,
        meetingRefs,
      );
    }
    return done(
      `${same ? 'The same by both counts — ' : ''}${same ? line(a) : capitalise(line(a))}; ${line(b)}${r.cumulative ? ' (totals reported then)' : ''}.${notes.join('')}`,
      meetingRefs,
    );
  }
  const x = a.values[0]?.value ?? null;
  const y = b.values[0]?.value ?? null;
  const select = a.values[0]?.select ?? 'mous';
  const what = select === 'mous' ? 'MOUs' : 'projects';
  if (x === null || y === null) {
    // "How did the MOU total change between 2021 and 2023?": no running total reported at the earlier point — the first
    // one reported after it, and the change from there, so the two totals the sources do give are said from → to.
    const [p, q] = a.meeting && b.meeting && a.meeting.number > b.meeting.number ? [b, a] : [a, b];
    const pv = p === a ? x : y;
    const qv = p === a ? y : x;
    const first =
      r.cumulative && asksChange && pv === null && qv !== null && p.meeting && q.meeting
        ? dataset.meetings
            .filter((m) => m.number > (p.meeting?.number ?? 0) && m.number < (q.meeting?.number ?? 0) && m.totals)
            .sort((m, n) => m.number - n.number)[0]
        : undefined;
    const fv = first?.totals ? (select === 'mous' ? first.totals.mous : first.totals.projects) : undefined;
    if (first && typeof fv === 'number' && qv !== null)
      return done(
        `The sources report no running total by ${name(p, true)}; from the first they report, ${noun(fv, select)} by the ${first.name.replace(/ meeting$/, '')} (${formatDate(first.date.value)}), to ${noun(qv, select)} by ${name(q, true)}: ${qv === fv ? 'no change' : `${Math.abs(qv - fv)} ${qv > fv ? 'more' : 'fewer'}`}.${notes.join('')}`,
        [...meetingRefs, { kind: 'meeting' as const, id: first.id }],
      );
    return done(`The sources don't give both counts: ${val(a, 0)}; ${val(b, 0)}.${notes.join('')}`, meetingRefs);
  }
  const sides = `${val(a, 0)} against ${val(b, 0)}`;
  if (asksSame)
    return done(
      x === y
        ? `Yes, the same: ${noun(x, select)} each ${a.isMeeting ? `at ${name(a, true)} and ${name(b, true)}` : `for ${a.label} and ${b.label}`}.`
        : `No: ${sides}.`,
      meetingRefs,
    );
  // "How did it change from A to B?": in time order, from the earlier to the later.
  if (asksChange && a.meeting && b.meeting) {
    const [p, q] = a.meeting.number < b.meeting.number ? [a, b] : [b, a];
    const [pv, qv] = p === a ? [x, y] : [y, x];
    return done(
      `From ${noun(pv, select)} at ${name(p, true)} to ${noun(qv, select)} at ${name(q, true)}: ${qv === pv ? 'no change' : `${Math.abs(qv - pv)} ${qv > pv ? 'more' : 'fewer'}`}.`,
      meetingRefs,
    );
  }
  if (r.difference) {
    // "How many more did A sign than B?" when A signed fewer: never "N more".
    const asked = fewer ? 'fewer' : 'more';
    const right = fewer ? x < y : x > y;
    return done(
      x === y
        ? `None ${asked}: ${noun(x, select)} each ${a.isMeeting ? `at ${name(a)} and ${name(b)}` : `for ${a.label} and ${b.label}`}.`
        : right
          ? `${Math.abs(x - y)} ${asked} ${what}: ${sides}.`
          : `None ${asked}: ${sides} (${Math.abs(x - y)} ${fewer ? 'more' : 'fewer'}).`,
      meetingRefs,
    );
  }
  if (x === y)
    return done(
      `${isQuestion ? 'No, the same' : 'The same'}: ${noun(x, select)} each ${a.isMeeting ? `at ${name(a, true)} and ${name(b, true)}` : `for ${a.label} and ${b.label}`}${a.isMeeting ? '' : ' on file'}.`,
      meetingRefs,
    );
  const first = x > y;
  if (isQuestion) return done(`${first !== fewer ? 'Yes' : 'No'}: ${sides}.`, meetingRefs);
  // "Fewer at A or B?": name the side with fewer.
  const winner = first !== fewer ? a : b;
  return done(`${capitalise(name(winner))} had ${fewer ? 'fewer' : 'more'} ${what}: ${sides}.`, meetingRefs);
}

const idsOf = (dataset: Dataset, name: string) => {
  const o = dataset.organisations.find((x) => x.name === name);
  return o ? [o.id] : [];
};

/** Every meeting's (or year's) count, in order, and those the sources give none for: "compare each year". */
export function sayEvery(r: Extract<Result, { op: 'rank' }>, dataset: Dataset): Said {
  const what = r.select === 'mous' ? 'MOUs' : 'new projects';
  const label = (x: string) => x.replace(/ meeting$/, '');
  if (r.inTime || r.average) return sayBreakdown(r, dataset);
  const rows = r.rows.map(
    (x) => `${label(x.label)}: ${r.select === 'mous' ? plural(x.value, 'MOU') : `${x.value} new projects`}`,
  );
  const unknown = r.unknown.length
    ? `; the sources give no count for ${joinList(r.unknown.map((x) => `${r.by === 'meeting' ? 'the ' : ''}${label(x)}`))}`
    : '';
  return {
    sentence: `${capitalise(what)} ${r.by === 'year' ? 'by year' : 'by JIC meeting'}, ${r.order === 'most' ? 'most' : 'fewest'} first: ${rows.join('; ')}${unknown}.`,
    lines: [],
    refs: r.rows.flatMap((x) => (x.ref ? [x.ref] : [])),
    sources: r.sources,
  };
}

/**
 * A breakdown in time order ("MOUs per year"), with what the counts add up to against the total reported, and the
 * founding MOU said apart (it came before the meetings); or an average, where every meeting has a count.
 */
function sayBreakdown(r: Extract<Result, { op: 'rank' }>, dataset: Dataset): Said {
  const label = (x: string) => x.replace(/ meeting$/, '');
  const order = (x: string) => Number(/^\d+/.exec(x)?.[0] ?? 0);
  const rows = [...r.rows].sort((a, b) => order(a.label) - order(b.label));
  const unit = (n: number) => (r.select === 'mous' ? plural(n, 'MOU') : `${n} new projects`);
  const sum = rows.reduce((s, x) => s + x.value, 0);
  // (Up to a meeting: the total reported then, if it reports one; else none to set the sum against.)
  const until = r.upTo;
  const total = until
    ? until.totals
      ? { meeting: until, mous: until.totals.mous, projects: until.totals.projects }
      : null
    : dataset.figures.latestTotals;
  const reported = total ? (r.select === 'mous' ? total.mous : total.projects) : undefined;
  const at = total ? `${total.meeting.name.replace(/ meeting$/, '')} (${meetingDate(total.meeting)})` : '';
  const noTotal =
    until && !total ? ` The sources report no running total after the ${until.name.replace(/ meeting$/, '')}.` : '';
  const founding = dataset.meetings.find((m) => m.number === 0);
  const foundingNote =
    r.select === 'mous' && founding
      ? ` The founding MOU (${meetingDate(founding)}) came before the JIC meetings and is not among these counts.`
      : '';
  const missing = r.unknown.length
    ? `the sources give no count for ${joinList(r.unknown.map((x) => `${r.by === 'meeting' ? 'the ' : ''}${label(x)}`))}`
    : '';
  // Every meeting (or year) in its place in time, those with no count said where they stand.
  const all = [
    ...rows.map((x) => ({ at: order(x.label), text: `${label(x.label)}: ${unit(x.value)}` })),
    ...r.unknown.map((x) => ({ at: order(x), text: `${label(x)}: no count in the sources` })),
  ].sort((a, b) => a.at - b.at);
  const head = `${r.select === 'mous' ? 'MOUs' : 'New projects'} ${r.by === 'year' ? 'by year' : 'by JIC meeting'}: ${all
    .map((x) => x.text)
    .join('; ')}.`;
  const reportedAt = until ? `by the ${at}` : `to date after the ${at}`;
  const adds = !r.unknown.length
    ? ` They add up to ${unit(sum)}${reported !== undefined && reported !== sum ? `, against ${reported} reported ${reportedAt}; no source explains the difference` : until && reported !== undefined ? `, the ${reported} reported ${reportedAt}` : ''}.${noTotal}`
    : reported !== undefined
      ? ` ${reported} ${r.select === 'mous' ? 'MOUs' : 'projects'} were reported in all after the ${at}.`
      : noTotal;
  if (r.average) {
    const n = rows.length;
    const avg = Math.round((sum / Math.max(1, n)) * 10) / 10;
    return {
      sentence: r.unknown.length
        ? `No average over all the meetings can be given: ${missing}; ${joinList(rows.map((x) => `the ${label(x.label)} ${r.select === 'mous' ? 'signed' : 'launched'} ${unit(x.value)}`))}.${adds}`
        : `The per-${r.by === 'year' ? 'year' : 'meeting'} counts average ${avg} ${r.select === 'mous' ? 'MOUs' : 'new projects'} (${unit(sum)} over ${n} ${r.by === 'year' ? 'years' : 'meetings'}): ${rows.map((x) => `${label(x.label)}: ${x.value}`).join('; ')}.${reported !== undefined && reported !== sum ? ` The sources report ${reported} to date, after the ${at}; no source explains the difference.` : ''}`,
      lines: [],
      refs: rows.flatMap((x) => (x.ref ? [x.ref] : [])),
      sources: r.sources,
    };
  }
  return {
    sentence: `${head}${adds}${foundingNote}`,
    lines: [],
    refs: rows.flatMap((x) => (x.ref ? [x.ref] : [])),
    sources: r.sources,
  };
}

/** One count against a number the question gives: yes or no, with the count and what is on file. */
function sayThreshold(
  r: CompareResult,
  t: { than: 'more' | 'fewer'; value: number },
  done: (s: string, refs?: Said['refs']) => Said,
  refs: Said['refs'],
): Said {
  const s = r.sides[0];
  const v = s?.values[0];
  if (!s || !v) return done('I need two things to compare.');
  const where = s.meeting
    ? `${r.cumulative ? 'by' : 'at'} the ${s.meeting.name.replace(/ meeting$/, '')} (${meetingDate(s.meeting)})`
    : 'reported to date';
  const onFile = !s.meeting && v.onFile !== undefined ? `; ${v.onFile} of them are on file by name` : '';
  if (v.value === null)
    return done(
      `The sources don't say how many ${v.select === 'mous' ? 'MOUs were signed' : 'projects were launched'} ${where}.`,
      refs,
    );
  const yes = t.than === 'more' ? v.value > t.value : v.value < t.value;
  return done(`${yes ? 'Yes' : 'No'}: ${noun(v.value, v.select)} ${where}${onFile}.`, refs);
}

/** The later meeting's count against the earlier's, by a factor; where a count is missing, the sources' own words. */
function sayFactor(
  r: CompareResult,
  factor: number,
  done: (s: string, refs?: Said['refs']) => Said,
  refs: Said['refs'],
): Said {
  const [a, b] = r.sides;
  const x = a?.values[0];
  const y = b?.values[0];
  if (!a?.meeting || !b?.meeting || !x || !y) return done('I need two things to compare.');
  const what = x.select === 'mous' ? 'MOUs' : 'projects';
  const nameOf = (m: Meeting) => `the ${m.name.replace(/ meeting$/, '')}`;
  const said = (r.notes ?? []).find((n) => n.meeting === a.meeting && /doubl/i.test(n.text));
  if (x.value !== null && y.value !== null) {
    const yes = x.value >= factor * y.value;
    const exactly =
      yes && x.value === factor * y.value ? ` (${factor === 2 ? 'twice' : `${factor} times`} as many)` : '';
    return done(
      `${yes ? 'Yes' : 'No'}: ${noun(x.value, x.select)} at ${nameOf(a.meeting)} against ${noun(y.value, y.select)} at ${nameOf(b.meeting)}${exactly}.`,
      refs,
    );
  }
  if (said)
    return done(
      `Yes, as the sources report it, without the earlier count: at ${nameOf(a.meeting)} (${meetingDate(a.meeting)}), they report that ${said.text.charAt(0).toLowerCase()}${said.text.slice(1).replace(/\.$/, '')}; they give ${x.value === null ? `no count of ${what} there` : noun(x.value, x.select)} and ${y.value === null ? `no count for ${nameOf(b.meeting)}` : `${noun(y.value, y.select)} at ${nameOf(b.meeting)}`}.`,
      refs,
    );
  return done(
    `The sources don't give both counts: ${x.value === null ? `${what} not stated` : noun(x.value, x.select)} at ${nameOf(a.meeting)}; ${y.value === null ? `${what} not stated` : noun(y.value, y.select)} at ${nameOf(b.meeting)}.`,
    refs,
  );
}

/** MOUs against projects in one scope. */
function sayAcross(r: CompareResult, done: (s: string, refs?: Said['refs']) => Said, refs: Said['refs']): Said {
  const s = r.sides[0];
  const m = s?.values.find((v) => v.select === 'mous');
  const p = s?.values.find((v) => v.select === 'projects');
  if (!s || !m || !p) return done('I need two things to compare.');
  const where = s.meeting
    ? `at the ${s.meeting.name.replace(/ meeting$/, '')} (${meetingDate(s.meeting)})`
    : 'reported to date';
  const onFile =
    !s.meeting && m.onFile !== undefined && p.onFile !== undefined
      ? `; ${noun(p.onFile, 'projects')} and ${noun(m.onFile, 'mous')} are on file by name`
      : '';
  if (m.value === null || p.value === null)
    return done(
      `The sources don't give both counts ${where}: ${m.value === null ? 'MOUs not stated' : noun(m.value, 'mous')}; ${p.value === null ? 'projects not stated' : noun(p.value, 'projects')}.`,
      refs,
    );
  const pair = `${s.meeting ? `${p.value} new projects` : noun(p.value, 'projects')} against ${noun(m.value, 'mous')} ${where}${onFile}`;
  if (p.value === m.value) return done(`The same number: ${pair}.`, refs);
  const more = p.value > m.value ? 'projects' : 'MOUs';
  const less = p.value > m.value ? 'MOUs' : 'projects';
  return done(
    r.difference
      ? `${Math.abs(p.value - m.value)} more ${more} than ${less}: ${pair}.`
      : `More ${more} than ${less}: ${pair}.`,
    refs,
  );
}

/** Partners of one country against the other's, as records on file (with how much of it is our reading). */
function sayCountries(r: CompareResult, u: Understanding, done: (s: string) => Said): Said {
  const [a, b] = r.sides;
  const unit = r.unit ?? 'partners';
  const x = a?.values[0]?.value ?? 0;
  const y = b?.values[0]?.value ?? 0;
  if (!a || !b) return done('I need two things to compare.');
  const from = (s: CompareSide, n: number) =>
    s.kind
      ? `${n} ${n === 1 ? singular(s.label) : s.label}`
      : `${n} ${n === 1 ? singular(unit) : unit} from ${s.label}`;
  const read = [a, b].filter((s) => s.read);
  const caveat = read.length
    ? ` (for ${joinList(read.map((s) => `${s.read} of the ${s.kind ? s.label : `${unit} from ${s.label}`}`))} the country is inferred: the sources don't state it)`
    : '';
  const unnamed = r.unnamed?.length
    ? ` The sources also mention ${r.unnamed.length} they do not name: ${joinList([...new Set(r.unnamed)].map((t) => `${r.unnamed?.filter((z) => z === t).length} × ${t.replace(/\s*\(not named in the sources\)/, '')}`))}.`
    : '';
  const fewer = / (?:fewer|less) /.test(u.q.text);
  const sides = `${from(a, x)} against ${from(b, y)} in the records on file${caveat}`;
  if (x === y)
    return done(
      a.kind
        ? `The same: ${from(a, x)} and ${from(b, y)} in the records on file${caveat}.`
        : `The same: ${x} ${unit} each from ${a.label} and ${b.label} in the records on file${caveat}.${unnamed}`,
    );
  if (r.difference) {
    const right = fewer ? x < y : x > y;
    return done(
      right
        ? `${Math.abs(x - y)} ${fewer ? 'fewer' : 'more'}: ${sides}.${unnamed}`
        : `Not ${fewer ? 'fewer' : 'more'}: ${sides}.${unnamed}`,
    );
  }
  const winner = x > y !== fewer ? a : b;
  return done(
    `${fewer ? 'Fewer' : 'More'} ${winner.kind ? winner.label : `from ${winner.label}`}: ${sides}.${unnamed}`,
  );
}

const singular = (unit: string) =>
  unit
    .replace(/ies$/, 'y')
    .replace(/(?<!s)s$/, '')
    .replace(/bodie$/, 'body') || unit;

// The two sides' records asked by a word for them ("the Hashmeta and Momentum Works deals", "their agreements").
const DEALS_ASKED =
  / (?:deal|deals|agreement|agreements|mou|mous|project|projects|partnership|partnerships|collaboration|collaborations|tie up|tie ups|tie-up|tie-ups) /;

// A count asked of the two sides ("which has more", "how many"): their numbers, not what their records are.
const COUNT_ASKED =
  / (?:how many|number|numbers|count|counts|more|fewer|less|most|fewest|bigger|larger|smaller|as many|total) /;

/**
 * Two partners' records asked to be compared (not counted): each side's records in one sentence — partners, meeting,
 * what the MOU is for, the joint project beside it — then what they share (the meeting, the kinds of record).
 * Undefined where a side is a meeting, a count is asked, or a side has no record or more than three.
 */
function dealsCompared(
  r: CompareResult,
  u: Understanding,
  dataset: Dataset,
): { sentence: string; refs: Said['refs'] } | undefined {
  const [a, b] = r.sides;
  if (!a || !b || r.sides.some((x) => x.isMeeting || x.meeting)) return undefined;
  // "Compare the DataPost–Kingdee MOU with the QuikBot–Guardforce MOU": two records each named by two partners are the
  // two sides (never two partners of the first one, "the same: 1 MOU each").
  const twoRecords = recordsNamedBy(u, dataset);
  if (twoRecords && DEALS_ASKED.test(u.q.text) && !COUNT_ASKED.test(u.q.text)) {
    const leads = twoRecords.map((x) => pairLead(dataset, '', [x]));
    const [x, y] = twoRecords;
    const same = x && y && x.meeting === y.meeting ? dataset.meeting(x.meeting) : undefined;
    return {
      sentence: `${leads.join(' ')}${same ? ` In common: both of the ${same.name} (${meetingDate(same)}).` : ''}`,
      refs: twoRecords.map((z) => ({ kind: 'parties' in z ? ('mou' as const) : ('project' as const), id: z.id })),
    };
  }
  if (r.sides.length !== 2) return undefined;
  // (Partners compared by name alone — "Keppel vs CapitaLand" — are compared by their counts; their deals by what
  // they are.)
  if (COUNT_ASKED.test(u.q.text) || !DEALS_ASKED.test(u.q.text)) return undefined;
  const sides = [a, b].map((s) => {
    const [id] = idsOf(dataset, s.label);
    const recs = id ? [...dataset.mousOf(id), ...dataset.projectsOf(id)] : [];
    return { id, recs };
  });
  if (sides.some((x) => !x.id || !x.recs.length || x.recs.length > 3)) return undefined;
  // (The same records on both sides — "Hashmeta vs Hand-painted", one MOU's two parties — are no comparison of deals.)
  const key = (x: (typeof sides)[number]) =>
    x.recs
      .map((y) => y.id)
      .sort()
      .join();
  if (key(sides[0] as (typeof sides)[number]) === key(sides[1] as (typeof sides)[number])) return undefined;
  const leads = sides.map((x) => pairLead(dataset, dataset.organisation(x.id ?? '')?.name ?? '', x.recs));
  if (leads.some((x) => !x)) return undefined;
  const kinds = (x: (typeof sides)[number]) =>
    [x.recs.some((y) => 'parties' in y) ? 'an MOU' : '', x.recs.some((y) => 'partners' in y) ? 'a joint project' : '']
      .filter(Boolean)
      .join(' and ');
  const meetings = (x: (typeof sides)[number]) => [...new Set(x.recs.map((y) => y.meeting))].join();
  const [p, q] = sides as [(typeof sides)[number], (typeof sides)[number]];
  const m = meetings(p) === meetings(q) && !meetings(p).includes(',') ? dataset.meeting(meetings(p)) : undefined;
  const shared = [
    kinds(p) === kinds(q) ? `each is ${kinds(p)}` : '',
    m ? `both of the ${m.name} (${meetingDate(m)})` : '',
  ].filter(Boolean);
  return {
    sentence: `${leads.join(' ')}${shared.length ? ` In common: ${shared.join(', ')}.` : ''}`,
    refs: sides.flatMap((x) =>
      x.recs.map((y) => ({ kind: 'parties' in y ? ('mou' as const) : ('project' as const), id: y.id })),
    ),
  };
}

/** Two records, each joining two or more of the partners a question names ("the DataPost–Kingdee MOU and the QuikBot–Guardforce MOU"). */
function recordsNamedBy(u: Understanding, dataset: Dataset): (Mou | Project)[] | undefined {
  const ids = new Set(u.mentions.filter((m) => m.type === 'org').map((m) => m.value));
  if (ids.size < 3) return undefined;
  const mousOnly = / (?:mou|mous|agreement|agreements) /.test(u.q.text) && !/ (?:project|projects) /.test(u.q.text);
  const all: (Mou | Project)[] = [...dataset.mous, ...(mousOnly ? [] : dataset.projects)];
  const joined = all.filter((x) => {
    const parties = ('parties' in x ? x.parties : x.partners).flatMap((p) =>
      'org' in p ? dataset.lineage(p.org) : [],
    );
    return [...ids].filter((id) => parties.includes(id)).length >= 2;
  });
  // (In the order the question names them.)
  const first = (x: Mou | Project) =>
    Math.min(
      ...u.mentions
        .filter(
          (m) =>
            m.type === 'org' &&
            ('parties' in x ? x.parties : x.partners).some(
              (p) => 'org' in p && dataset.lineage(p.org).includes(m.value),
            ),
        )
        .map((m) => m.start),
    );
  return joined.length === 2 ? joined.sort((x, y) => first(x) - first(y)) : undefined;
}
