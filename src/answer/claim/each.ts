// A claim made of every one of a set ("was every JIC meeting held online?", "did all the 4th JIC projects have a
// Chinese partner?", "are all the co-chairs from Singapore?"): the claim is checked of each member in turn, and holds
// only if it holds of each. One member it does not hold of is a No, named; members the sources leave open, or more
// reported than named, leave it unsettled — never a Yes from those that do.
import type { Dataset, Mou, Project } from '../../dataset/index.js';
import { type Mention, mentionsOf } from '../understand.js';
import { KIND_TESTS } from '../records.js';
import { joinList, meetingDate } from '../format.js';
import type { Said } from '../say/common.js';
import { ANSWER_ZH } from '../../i18n/answer.js';
import type { ClaimResult, ReadClaim, Thing, Verdict } from './types.js';
import { mark, markAll, markWord, type Sentence, unread } from './sentence.js';
import { withArticle } from '../../text/article.js';

/**
 * A claim of every member from the members' own verdicts: No where one is No; Yes where every one is Yes and the
 * members checked are all there are (`complete`); else not known.
 */
function verdictOfEach(each: ReadonlyArray<{ verdict: Verdict }>, complete = true): Verdict {
  if (each.some((e) => e.verdict === 'no')) return 'no';
  return each.length && each.every((e) => e.verdict === 'yes') && complete ? 'yes' : 'unknown';
}

/** Words that claim it of every member ("every", "each", "all of the"). */
const EVERY = new Set(['every', 'each', 'all']);
/** Words that claim it of some member ("any", "any of the", "one of the"). */
const ANY = new Set(['any']);
/** Words that only join the quantifier to its set ("all of the four", "every single"). */
const JOINING = new Set(['of', 'the', 'four', '4', 'single', 'them', 'both', 'these', 'those', 'its', 'their', 'one']);

// A meeting's own words between the quantifier and its records ("all the 4th meeting projects").
const ORDINAL_OR_MEETING = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|jic|jics|meeting|meetings|joint)$/;

/** The quantifier word, standing before the set's mention (within a few joining words) or right after it. */
function quantifier(
  s: Sentence,
  set: { start: number; end: number },
  words = EVERY,
  restated?: { start: number; end: number },
): boolean {
  const before = s.words.filter((x) => words.has(x.w) && x.end <= set.start);
  const q = before[before.length - 1];
  if (q) {
    const between = s.words.filter((x) => x.start > q.end && x.end <= set.start);
    const inRestated = (x: { start: number; end: number }) =>
      !!restated && x.start >= restated.start && x.end <= restated.end;
    if (
      between.length <= 5 &&
      between.every((x) => JOINING.has(x.w) || ORDINAL_OR_MEETING.test(x.w) || inRestated(x))
    ) {
      markWord(s, q);
      // (The joining words are the quantifier's: "all four", "every one of the".)
      for (const x of between) if (JOINING.has(x.w)) markWord(s, x);
      return true;
    }
  }
  // ("Were the meetings all held online?", "the 4th JIC projects all have…": right after the set.)
  const after = s.words.find((x) => x.start > set.end && !ORDINAL_OR_MEETING.test(x.w));
  if (after && (after.w === 'all' || after.w === 'each')) {
    markWord(s, after);
    return true;
  }
  return false;
}

// ------------------------------------------------------------------------------------------------------------------
// Records: "did every 4th JIC project have a Chinese partner?", "were all its MOUs signed with companies?"

/** Words of a record having a party ("have a partner", "involve", "signed with"). */
const HAVING = new Set(
  (
    'have has had having involve involves involved include includes included feature featured with sign signed ' +
    'join joined partner partners party parties partnered a an at least one some any counterpart counterparts side'
  ).split(' '),
);

/** Whether an organisation (or an unnamed party's words) is of the sort asked: its country and kind. */
function ofSort(
  dataset: Dataset,
  party: { org: string } | { unnamed: string },
  sort: { country?: string; kind?: string },
): Verdict {
  if ('unnamed' in party) {
    const t = party.unnamed;
    const country = /china|chinese|shenzhen/i.test(t) ? 'China' : /singapore/i.test(t) ? 'Singapore' : undefined;
    const kindOk = !sort.kind || (KIND_TESTS[sort.kind]?.test(t) ?? false);
    if (sort.country && !country) return kindOk ? 'unknown' : 'no';
    return (!sort.country || country === sort.country) && kindOk ? 'yes' : 'no';
  }
  const o = dataset.organisation(party.org);
  if (!o) return 'unknown';
  const kindOk = !sort.kind || (KIND_TESTS[sort.kind]?.test(o.kind) ?? false);
  if (!kindOk) return 'no';
  if (!sort.country) return 'yes';
  if (o.country === sort.country) return 'yes';
  return o.country === 'China' || o.country === 'Singapore' ? 'no' : 'unknown';
}

/** The records a claim of "every" is made of: a meeting's (or all) MOUs or projects on file. */
function recordsOf(dataset: Dataset, select: 'mous' | 'projects', meeting?: number): Array<Mou | Project> {
  const m = meeting !== undefined ? dataset.meetingByNumber(meeting) : undefined;
  if (meeting !== undefined && !m) return [];
  const all: Array<Mou | Project> =
    select === 'mous'
      ? [...(m ? dataset.mousAt(m.id) : dataset.mous)]
      : (m ? dataset.projectsAt(m.id) : dataset.projects).filter((p) => p.kind === 'joint-project');
  return all;
}

/** "Did every 4th JIC project have a Chinese partner?": each record's parties against the sort asked. */
export function readRecords(s: Sentence): ReadClaim | undefined {
  const kinds = mentionsOf(s.u, 'subject').filter((m) => m.value === 'mou' || m.value === 'project');
  const meetings = [...new Set(s.meetings.map((m) => Number(m.value)))];
  const set = kinds[0];
  if (kinds.length !== 1 || !set || meetings.length > 1 || s.people.length || s.outcomes.length) return undefined;
  // ("All 8 MOUs at the 4th JIC", "every one of the 14 projects": the number restates the set, the count the sources
  // report for it; another number is another claim, not read here.)
  // (Another number than the one reported is a count claimed too, of the meeting named — "all 15 of the 4th JIC
  // projects": there were 14, a No; with no meeting named, every record is checked and the number is not the answer.)
  const numbers = mentionsOf(s.u, 'number').filter((m) => !/^year:/.test(m.value));
  const restated = numbers[0];
  if (numbers.length > 1) return undefined;
  const miscounted =
    restated && Number(restated.value) !== reportedOf(s.dataset, set.value, meetings[0])
      ? Number(restated.value)
      : undefined;
  if (!quantifier(s, set, EVERY, restated)) return undefined;
  if (restated) mark(s, restated);
  const country = mentionsOf(s.u, 'country')[0];
  const kind = mentionsOf(s.u, 'kind')[0];
  if (!country && !kind) return undefined;
  const others = s.u.mentions.filter(
    (m) => !['meeting', 'subject', 'country', 'kind'].includes(m.type) && !/^year:/.test(m.value) && m !== restated,
  );
  if (others.length) return undefined;
  for (const m of [...s.meetings, set, ...(country ? [country] : []), ...(kind ? [kind] : [])]) mark(s, m);
  // (The partner word a country mention holds — "singapore partner" — and every subject mention of partners.)
  for (const m of mentionsOf(s.u, 'subject')) if (m.value === 'partner' || m.value === 'meeting') mark(s, m);
  markAll(s, HAVING);
  if (unread(s).length) return undefined;
  const select = set.value === 'mou' ? ('mous' as const) : ('projects' as const);
  return {
    predicate: 'party',
    subject: { type: 'records', select },
    objects: [
      {
        type: 'sort',
        ...(country ? { country: country.value } : {}),
        ...(kind ? { kind: kind.value } : {}),
      },
    ],
    qualifiers: meetings.length ? { meeting: meetings[0] } : {},
    each: { quantifier: 'every' },
    ...(miscounted !== undefined && meetings[0] !== undefined
      ? {
          and: [
            {
              predicate: 'count' as const,
              subject: { type: 'meeting' as const, number: meetings[0] },
              objects: [{ type: 'records' as const, select }],
              qualifiers: { count: miscounted },
            },
          ],
        }
      : {}),
  };
}

/** How many MOUs or projects the sources report for a meeting (or in all, with none named); null where none given. */
function reportedOf(dataset: Dataset, kind: string, meeting?: number): number | null {
  const m = meeting !== undefined ? dataset.meetingByNumber(meeting) : undefined;
  if (meeting !== undefined && !m) return null;
  const totals = dataset.figures.latestTotals;
  if (kind === 'mou') return m ? m.newMous.value : (totals?.mous ?? null);
  return m ? m.newProjects.value : (totals?.projects ?? null);
}

/** Each record's parties against the sort: No names those with none of it; Yes only if all reported are on file. */
export function partyVerdict(claim: ReadClaim, dataset: Dataset): ClaimResult {
  const select = claim.subject.type === 'records' ? claim.subject.select : 'projects';
  const sort = claim.objects.find((o) => o.type === 'sort');
  const want = sort?.type === 'sort' ? { country: sort.country, kind: sort.kind } : {};
  const meeting = claim.qualifiers.meeting;
  const records = recordsOf(dataset, select, meeting);
  const each = records.map((r) => {
    const parties = 'parties' in r ? r.parties : r.partners;
    const vs = parties.map((p) => ofSort(dataset, p, want));
    const verdict: Verdict = vs.includes('yes') ? 'yes' : !parties.length || vs.includes('unknown') ? 'unknown' : 'no';
    return { id: r.id, verdict };
  });
  const reported = reportedOf(dataset, select === 'mous' ? 'mou' : 'project', meeting);
  const complete = reported !== null && records.length >= reported;
  const verdict = verdictOfEach(each, complete);
  return {
    op: 'claim',
    claim,
    verdict,
    records: { select, each, reported },
    refs: each
      .filter((e) => e.verdict !== 'yes')
      .slice(0, 5)
      .map((e) => ({ kind: select === 'mous' ? ('mou' as const) : ('project' as const), id: e.id })),
    sources: [...new Set(records.flatMap((r) => r.sources))],
  };
}

/** The sort asked, in words ("a Chinese partner", "a university", "a Singapore company"). */
function sortWords(t: Thing | undefined): string {
  if (t?.type !== 'sort') return 'such a partner';
  const adj = t.country === 'China' ? 'Chinese' : t.country === 'Singapore' ? 'Singapore' : (t.country ?? '');
  const kind = t.kind ? t.kind.replace(/ies$/, 'y').replace(/s$/, '') : 'partner';
  const words = [adj, kind].filter(Boolean).join(' ');
  return withArticle(words);
}

// The sort and the records in Chinese, simplified and traditional.
const SORT_ZH: Readonly<Record<string, readonly [string, string]>> = {
  China: ['中国', '中國'],
  Singapore: ['新加坡', '新加坡'],
  universities: ['大学', '大學'],
  companies: ['公司', '公司'],
  'research institutes': ['研究机构', '研究機構'],
  'government bodies': ['政府机构', '政府機構'],
  'law firms': ['律师事务所', '律師事務所'],
  incubators: ['孵化器', '孵化器'],
  partner: ['合作伙伴', '合作夥伴'],
};

function sayPartyZh(r: ClaimResult, rec: NonNullable<ClaimResult['records']>, zh: Zh): string {
  const i = zh === 'zh-TW' ? 1 : 0;
  const sort = r.claim.objects[0];
  const word = (k: string | undefined) => (k ? (SORT_ZH[k]?.[i] ?? '') : '');
  const sortZh =
    sort?.type === 'sort' ? `${word(sort.country)}${word(sort.kind ?? 'partner')}` : (SORT_ZH.partner?.[i] ?? '');
  const noun = rec.select === 'mous' ? (i ? '份諒解備忘錄' : '份谅解备忘录') : i ? '個項目' : '个项目';
  const n = rec.each.length;
  const no = rec.each.filter((e) => e.verdict === 'no').length;
  const open = rec.each.filter((e) => e.verdict === 'unknown').length;
  if (r.verdict === 'no')
    return `否：在案的 ${n} ${noun}中，有 ${no} ${noun.slice(0, 1)}没有${sortZh}。`.replace(
      '没有',
      i ? '沒有' : '没有',
    );
  if (r.verdict === 'yes') return `是：在案的 ${n} ${noun}都有${sortZh}。`;
  const missing = rec.reported !== null && rec.reported > n ? rec.reported : 0;
  return i
    ? `來源沒有確定的說法：在案的 ${n} ${noun}中有 ${open} ${noun.slice(0, 1)}來源未說明${missing ? `；來源報告共 ${missing} ${noun.slice(0, 1)}，只列出 ${n} ${noun.slice(0, 1)}` : ''}。`
    : `来源没有确定的说法：在案的 ${n} ${noun}中有 ${open} ${noun.slice(0, 1)}来源未说明${missing ? `；来源报告共 ${missing} ${noun.slice(0, 1)}，只列出 ${n} ${noun.slice(0, 1)}` : ''}。`;
}

/** Each record's verdict said: the ones with none of the sort named, with their parties. */
export function sayParty(r: ClaimResult, dataset: Dataset, zh?: Zh): Said {
  const rec = r.records;
  const base = { lines: [], refs: r.refs, sources: r.sources };
  if (!rec) return { sentence: '', ...base };
  if (zh) return { sentence: sayPartyZh(r, rec, zh), ...base };
  const sort = sortWords(r.claim.objects[0]);
  const noun = rec.select === 'mous' ? 'MOU' : 'project';
  const m = r.claim.qualifiers.meeting !== undefined ? dataset.meetingByNumber(r.claim.qualifiers.meeting) : undefined;
  const of = m ? ` of the ${m.name} (${meetingDate(m)})` : '';
  const name = (id: string) => {
    const x = rec.select === 'mous' ? dataset.mou(id) : dataset.project(id);
    const parties = x ? ('parties' in x ? x.parties : x.partners) : [];
    const who = parties.map((p) => {
      if ('unnamed' in p) return p.unnamed;
      const o = dataset.organisation(p.org);
      return o ? `${o.name}${o.country === 'China' || o.country === 'Singapore' ? ` (${o.country})` : ''}` : p.org;
    });
    const num = x && 'number' in x && x.number ? `${noun} ${x.number}, ` : '';
    return `${num}${x?.name ?? id}${who.length ? ` — ${joinList(who)}` : ''}`;
  };
  const no = rec.each.filter((e) => e.verdict === 'no');
  const open = rec.each.filter((e) => e.verdict === 'unknown');
  const n = rec.each.length;
  const plural = (k: number) => `${k} ${noun}${k === 1 ? '' : 's'}`;
  // (Three named at most, the rest counted.)
  const named = (ids: readonly string[]) =>
    `${ids.slice(0, 3).map(name).join('; ')}${ids.length > 3 ? `; and ${ids.length - 3} more` : ''}`;
  if (r.verdict === 'no')
    return {
      sentence: `No: ${no.length === 1 ? 'one' : no.length} of the ${plural(n)}${of} on file ${no.length === 1 ? 'names' : 'name'} no ${sort.replace(/^an? /, '')}: ${named(no.map((e) => e.id))}.`,
      ...base,
    };
  if (r.verdict === 'yes') return { sentence: `Yes: each of the ${plural(n)}${of} has ${sort}.`, ...base };
  const held = n - open.length;
  const missing = rec.reported !== null && rec.reported > n ? rec.reported - n : 0;
  // (A few left open are named; many — a meeting's records with no partners on file — are counted.)
  const openSaid =
    open.length > 2
      ? `for ${open.length === n ? `all ${n}` : `${open.length} of them`} the sources name no partners or don't say where they are from`
      : `for ${open.map((e) => name(e.id)).join('; ')} the sources don't say`;
  if (!held && open.length === n)
    return {
      sentence: `The sources don't say: ${openSaid.replace(/^for all \d+ /, `for the ${plural(n)}${of} on file, `)}${missing ? `; they report ${rec.reported}, naming only ${n}` : ''}.`,
      ...base,
    };
  const why = [
    ...(open.length ? [openSaid] : []),
    ...(missing ? [`the sources report ${rec.reported} but name only ${n}`] : []),
  ];
  return {
    sentence: `The sources don't settle it: ${held} of the ${plural(n)}${of} on file ${held === 1 ? 'has' : 'have'} ${sort}${why.length ? `, but ${why.join('; ')}` : ''}.`,
    ...base,
  };
}

// ------------------------------------------------------------------------------------------------------------------
// Meetings: "was every JIC meeting held online?", "were all the meetings co-chaired by Qin?"

/**
 * "Was every JIC meeting held online?": the meetings as the set, read by the meeting readers as if one were named (a
 * stand-in mention over the set's words); the claim is then made of each meeting of the committee.
 */
export function readMeetings(
  s: Sentence,
  readers: ReadonlyArray<(s: Sentence) => ReadClaim | undefined>,
): ReadClaim | undefined {
  // (Meetings read off one span of words — "the JIC meetings virtual" as those held virtually — are the set itself.)
  const [first] = s.meetings;
  const group = first && s.meetings.every((m) => m.start === first.start && m.end === first.end);
  if (s.meetings.length && !group) return undefined;
  const set = mentionsOf(s.u, 'subject').find(
    (m) => m.value === 'meeting' && (!first || (m.start >= first.start && m.end <= first.end)),
  );
  // ("Was any JIC meeting held in Shenzhen?": some meeting, not every one.)
  const some =
    !!set && !quantifier({ ...s, read: [...s.read] }, set) && quantifier({ ...s, read: [...s.read] }, set, ANY);
  if (!set || !(some ? quantifier(s, set, ANY) : quantifier(s, set))) return undefined;
  const stand: Mention = { ...(first ?? set), type: 'meeting', value: '1' };
  for (const reader of readers) {
    const t = { ...s, read: [...s.read], meetings: [stand] };
    const claim = reader(t);
    if (!claim || claim.and?.length || claim.either || unread(t).length) continue;
    if (claim.subject.type !== 'meeting' || claim.objects.some((o) => o.type === 'rank' || o.type === 'meeting'))
      continue;
    // (A count the sources give for only some meetings is the count readings' — they weigh the running totals, which
    // can settle it where a meeting's own count is missing.)
    const kind = claim.objects[0];
    if (
      claim.predicate === 'count' &&
      kind?.type === 'records' &&
      s.dataset.meetings.some(
        (m) => m.number > 0 && (kind.select === 'mous' ? m.newMous.value : m.newProjects.value) === null,
      )
    )
      return undefined;
    s.read.fill(true);
    return { ...claim, each: { quantifier: some ? 'some' : 'every' } };
  }
  return undefined;
}

/** The committee's meetings, in order (the founding MOU is none of them). */
export const committeeMeetings = (dataset: Dataset): number[] =>
  dataset.meetings
    .filter((m) => m.number > 0)
    .sort((a, b) => a.number - b.number)
    .map((m) => m.number);

/** Each meeting's own result, together: No if one does not hold, Yes if all do, else unsettled. */
export function everyMeeting(claim: ReadClaim, dataset: Dataset, verify: (c: ReadClaim) => ClaimResult): ClaimResult {
  const each = committeeMeetings(dataset).map((n) => {
    const { each: _each, ...one } = claim;
    void _each;
    return verify({ ...one, subject: { type: 'meeting', number: n } });
  });
  // (Some: Yes if it holds of one, No if of none — "every" with Yes and No swapped.)
  const some = claim.each?.quantifier === 'some';
  const flip = (v: Verdict): Verdict => (v === 'yes' ? 'no' : v === 'no' ? 'yes' : v);
  const verdict = some ? flip(verdictOfEach(each.map((r) => ({ verdict: flip(r.verdict) })))) : verdictOfEach(each);
  return {
    op: 'claim',
    claim,
    verdict,
    each,
    refs: [...new Map(each.flatMap((r) => r.refs).map((r) => [`${r.kind}:${r.id}`, r])).values()],
    sources: [...new Set(each.flatMap((r) => r.sources))],
  };
}

// A sentence's verdict lead, taken off to say it under the claim's own.
const LEAD = /^(?:(?:Yes|No)(?:, [^:]{0,40})?|The sources don't say): /;
const LEAD_ZH = /^(?:是|否)(?:，[^：]{0,20})?：/;

type Zh = 'zh-CN' | 'zh-TW';

/**
 * Each meeting's own sentence under one verdict. No: which meetings it holds of and which not, then the sentences of
 * those it does not hold of (the others' add nothing to the No); else every meeting's own.
 */
export function sayEvery(r: ClaimResult, dataset: Dataset, say: (x: ClaimResult) => Said, zh?: Zh): Said {
  const each = r.each ?? [];
  // (Every: a No shows the meetings it fails for. Some: a Yes shows the meetings it holds for.)
  const some = r.claim.each?.quantifier === 'some';
  const shown = some
    ? r.verdict === 'yes'
      ? each.filter((x) => x.verdict === 'yes')
      : each
    : r.verdict === 'no'
      ? each.filter((x) => x.verdict !== 'yes')
      : each;
  const saids = shown.map(say);
  const bare = saids.map((x) => x.sentence.replace(LEAD, '').replace(/\.$/, ''));
  const lowered = bare.map((x) => (/^The /.test(x) ? x.charAt(0).toLowerCase() + x.slice(1) : x));
  const ord = (x: ClaimResult) =>
    x.claim.subject.type === 'meeting'
      ? (dataset.meetingByNumber(x.claim.subject.number)?.name.replace(/ JIC meeting$/, '') ?? '')
      : '';
  const yes = each.filter((x) => x.verdict === 'yes').map(ord);
  const no = each.filter((x) => x.verdict === 'no').map(ord);
  if (zh) {
    // (In Chinese: the verdict — a No with the meetings it does not hold of, and those it does — then each meeting's own
    // sentence without its own lead.)
    const t = ANSWER_ZH[zh];
    const ords = (v: Verdict) =>
      each
        .flatMap((x) => (x.verdict === v && x.claim.subject.type === 'meeting' ? [x.claim.subject.number] : []))
        .map(t.claimOrdinal)
        .join('、');
    const zhLead =
      r.verdict === 'yes'
        ? '是：'
        : r.verdict === 'no'
          ? no.length
            ? t.claimEveryNo(ords('no'), ords('yes'))
            : '否：'
          : '';
    const parts = saids.map((x) => x.sentence.replace(LEAD_ZH, '').replace(/。$/, ''));
    return {
      sentence: `${zhLead}${parts.join('；')}。`,
      lines: [],
      refs: [...new Map(saids.flatMap((x) => x.refs).map((x) => [`${x.kind}:${x.id}`, x])).values()].slice(0, 5),
      sources: [...new Set(saids.flatMap((x) => x.sources))],
    };
  }
  const lead =
    r.verdict === 'yes'
      ? 'Yes'
      : r.verdict === 'no' && !some
        ? `No, not the ${joinList(no)}${yes.length ? ` (only the ${joinList(yes)})` : ''}`
        : r.verdict === 'no'
          ? 'No'
          : "The sources don't settle it";
  return {
    sentence: `${lead}: ${lowered.join('; ')}.`,
    lines: [],
    refs: [...new Map(saids.flatMap((x) => x.refs).map((x) => [`${x.kind}:${x.id}`, x])).values()].slice(0, 5),
    sources: [...new Set(saids.flatMap((x) => x.sources))],
  };
}
