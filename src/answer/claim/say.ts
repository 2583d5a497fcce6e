// A verified claim said: the verdict first (Yes / No with the true fact / only as a plan / the alternative that
// holds, or neither), then the facts behind it. Checks an existing verifier ran are said by their own sentences; an
// alternative leads with the one that holds.
import type { Dataset, Meeting } from '../../dataset/index.js';
import type { Result } from '../run.js';
import type { Said } from '../say/common.js';
import { formatDate, meetingDate } from '../format.js';
import { monthName } from '../../text/months.js';
import { ANSWER_ZH } from '../../i18n/answer.js';
import { messages } from '../../i18n/catalogue.js';
import type { ClaimResult, Passage, Thing, When } from './types.js';
import { boundWords } from '../countbound.js';
import { sayChange } from './change.js';
import { sayIsa } from './isa.js';
import { sayWith } from './together.js';
import { sayEvery, sayParty } from './each.js';

type Zh = 'zh-CN' | 'zh-TW';
type SayInner = (r: Result) => Said;

// A sentence's verdict lead ("Yes: ", "No, not in one city: ", "是：", "否，…："), taken off to say it under another.
const LEAD = /^(?:(?:Yes|No)(?:, [^:]{0,40})?: |(?:是|否)(?:，[^：]{0,20})?：)/;
const NOT_ONE_CITY = /^No(, not in one city): /;

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** One alternative as the answer names it. */
function label(t: Thing, dataset: Dataset, zh?: Zh): string {
  switch (t.type) {
    case 'meeting': {
      const m = dataset.meetingByNumber(t.number);
      if (zh) return messages(zh).meeting.name(t.number);
      return m ? (m.number === 0 ? 'The founding MOU' : `The ${m.name}`) : String(t.number);
    }
    case 'person':
      return t.name;
    case 'place':
      if (t.words === 'online') return zh ? ANSWER_ZH[zh].claimOnline : 'Online';
      {
        const place = t.words.charAt(0).toUpperCase() + t.words.slice(1);
        // (In Chinese, a city the initiative's place words name in Chinese — 深圳, 新加坡 — is said so, as it was asked.)
        const city = dataset.chineseNames.find((n) => n.means === place && n.target.kind === 'initiative')?.name;
        return zh ? (city ?? place) : `In ${place}`;
      }
    default:
      return '';
  }
}

const merged = (saids: readonly Said[], sentence: string): Said => ({
  sentence,
  lines: saids[0]?.lines ?? [],
  refs: [...new Map(saids.flatMap((s) => s.refs).map((r) => [`${r.kind}:${r.id}`, r])).values()].slice(0, 5),
  sources: [...new Set(saids.flatMap((s) => s.sources))],
});

/** The checks a predicate ran, said: one sentence, or the alternative that holds leading the facts. */
function sayChecks(r: ClaimResult, dataset: Dataset, sayInner: SayInner, zh?: Zh): Said {
  const saids = (r.inner ?? []).map(sayInner);
  const first = saids[0];
  if (!first) return { sentence: '', lines: [], refs: [], sources: [] };
  const either = r.claim.either;
  if (!either) {
    if (saids.length === 1) return first;
    // (Several things claimed of one meeting: the one that does not hold, or the last — a date says its place too.)
    const no = (r.inner ?? []).findIndex((x) => x.op === 'check' && x.verdict === 'no');
    return saids[no >= 0 ? no : saids.length - 1] ?? first;
  }
  const holds = r.holds ?? [];
  const bare = (s: Said) => lowerFirst(s.sentence.replace(LEAD, '')).replace(/[.。]$/, '');
  const t = zh ? ANSWER_ZH[zh] : undefined;
  if (holds.length === 1) {
    const i = holds[0] ?? 0;
    const held = saids[i] ?? first;
    // (Meetings offered: the others' facts too, so the reply says why they are not it.)
    const others = either.of === 'subject' ? saids.filter((_, j) => j !== i).map(bare) : [];
    const body = [bare(held), ...others].join(zh ? '；' : '; ');
    const name = label(either.things[i] as Thing, dataset, zh);
    return merged(saids, t ? t.claimEither(name, `${body}。`) : `${name}: ${body}.`);
  }
  if (holds.length > 1) return merged(saids, t ? t.claimBoth(`${bare(first)}。`) : `Both: ${bare(first)}.`);
  if (r.verdict === 'no') {
    const city = NOT_ONE_CITY.exec(first.sentence)?.[1] ?? '';
    return merged(saids, t ? t.claimNeither(`${bare(first)}。`) : `Neither${city}: ${bare(first)}.`);
  }
  return first;
}

const whenWords = (w: When): string =>
  w.day
    ? formatDate(`${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`)
    : w.month
      ? `${monthName(w.month)} ${w.year}`
      : String(w.year);

/** Where a passage stands: its meeting and date, or its date and place. */
function whereOf(p: Passage, dataset: Dataset, zh?: Zh): string {
  const m: Meeting | undefined = p.meeting !== undefined ? dataset.meetingByNumber(p.meeting) : undefined;
  if (zh) {
    const date = formatDate(p.date, zh);
    return m ? `${messages(zh).meeting.name(m.number)}（${date}）` : `${date}${p.place ? `（${p.place}）` : ''}`;
  }
  if (m) return `at ${m.number === 0 ? 'the founding MOU' : `the ${m.name}`} (${meetingDate(m)})`;
  return `on ${formatDate(p.date)}${p.place ? `, in ${p.place}` : ''}`;
}

/** The qualifier a passage misses, as asked ("at the 2nd JIC meeting", "in 2023"). */
function missedWords(r: ClaimResult, dataset: Dataset, zh?: Zh): string {
  const q = r.claim.qualifiers;
  if (r.missed === 'meeting' && q.meeting !== undefined) {
    const m = dataset.meetingByNumber(q.meeting);
    if (zh) return messages(zh).meeting.name(q.meeting);
    return m ? `at ${m.number === 0 ? 'the founding MOU' : `the ${m.name}`}` : '';
  }
  if (r.missed === 'when' && q.when)
    return zh ? `${q.when.year}年` : `${q.when.day ? 'on' : 'in'} ${whenWords(q.when)}`;
  return zh ? (q.place ?? '') : `in ${q.place ?? ''}`;
}

/** A dated act on a meeting's day: "(the day of the 3rd JIC meeting)". */
function dayOf(p: Passage, dataset: Dataset): string {
  const m = dataset.meetings.find((x) => p.act && p.act.endsWith(formatDate(x.date.value)));
  return m ? ` (the day of the ${m.name})` : '';
}

/** A partner as the records name it (the first of its ids). */
const orgName = (t: Thing, dataset: Dataset): string =>
  t.type === 'org' ? (dataset.organisation(t.ids[0] ?? '')?.name ?? t.words) : '';

function sayPassage(r: ClaimResult, dataset: Dataset, zh?: Zh): Said {
  const p = r.passage;
  if (!p) return { sentence: '', lines: [], refs: r.refs, sources: r.sources };
  const where = whereOf(p, dataset, zh);
  const base = { lines: [], refs: r.refs, sources: r.sources };
  // (An alternative: the one a passage says leads.)
  const i = r.holds?.[0];
  const alt = r.claim.either && i !== undefined ? r.claim.either.things[i] : undefined;
  if (alt?.type === 'org') {
    const name = orgName(alt, dataset);
    const said = zh
      ? ANSWER_ZH[zh].claimEither(name, ANSWER_ZH[zh].claimPassageYes(where, p.text).replace(/^是：/, ''))
      : `${name}: ${where}: ${p.text}`;
    return { sentence: said, ...base };
  }
  if (r.claim.qualifiers.otherDoer && r.verdict === 'no')
    return {
      sentence: zh
        ? ANSWER_ZH[zh].claimOtherDoer(p.act ?? '', where, p.text)
        : `No: the sources say “${p.act ?? ''}” — ${where}: ${p.text}`,
      ...base,
    };
  if (r.claim.qualifiers.unsaid)
    return {
      sentence: zh
        ? ANSWER_ZH[zh].claimUnsaid(where, p.text)
        : `The sources don't say so; what they say: ${where}: ${p.text}`,
      ...base,
    };
  if (zh) {
    const t = ANSWER_ZH[zh];
    const sentence =
      r.verdict === 'no'
        ? t.claimPassageNo(missedWords(r, dataset, zh), p.act ? `“${p.act}”（原文）` : where, p.text)
        : r.verdict === 'partly'
          ? t.claimPassagePlanned(where, p.text)
          : t.claimPassageYes(where, p.text);
    return { sentence, ...base };
  }
  const sentence =
    r.verdict === 'no'
      ? `No, not ${missedWords(r, dataset)}: ${p.act ? `the sources give it as ${p.act}${dayOf(p, dataset)} — ` : `the sources report it ${where}: `}${p.text}`
      : r.verdict === 'partly'
        ? `Only as a plan: the sources report it as to come, not as done — ${where}: ${p.text}`
        : `Yes: ${where}: ${p.text}`;
  return { sentence, ...base };
}

function sayAge(r: ClaimResult, dataset: Dataset, zh?: Zh): Said {
  const a = r.age;
  const base = { lines: [], refs: r.refs, sources: r.sources };
  if (!a) return { sentence: '', ...base };
  const launch = dataset.initiative.launched?.text ?? '';
  const count = r.claim.qualifiers.count ?? 0;
  const anniversary = a.anniversary && a.word ? { date: a.anniversary.date, word: a.word } : undefined;
  if (zh) {
    const t = ANSWER_ZH[zh];
    const said = t.claimAge(r.verdict === 'yes', a.launched, a.asked, a.years, count);
    return { sentence: said, ...base };
  }
  const note = anniversary
    ? ` A source dated ${formatDate(anniversary.date)} calls ${a.asked} the SCI's ${anniversary.word}-anniversary year.`
    : '';
  const sentence =
    r.verdict === 'yes'
      ? `Yes: ${lowerFirst(launch)} ${a.asked} − ${a.launched} = ${a.years} years.${note}`
      : `No: ${lowerFirst(launch)} In ${a.asked} it was ${a.years} years old (counting from ${a.launched}), not ${count}.${note}`;
  return { sentence: sentence.replace(/^(Yes|No): launched/, '$1: the SCI was launched'), ...base };
}

/** How a meeting was held, as the sources give its place: "held virtually", "held by video link", "held in Shenzhen". */
function heldPhrase(place: string): string {
  if (/^held /i.test(place)) return lowerFirst(place);
  if (/^by /i.test(place)) return `held ${lowerFirst(place)}`;
  return `held in ${place}`;
}

/** The first or last meeting (held the way asked): Yes/No, that meeting, and how those before it were held. */
function sayRanked(r: ClaimResult, dataset: Dataset, zh?: Zh): Said {
  const k = r.ranked;
  const base = { lines: [], refs: r.refs, sources: r.sources };
  const m = k ? dataset.meetingByNumber(k.meeting) : undefined;
  const rank = r.claim.objects.find((o) => o.type === 'rank');
  const last = rank?.type === 'rank' && rank.which === 'last';
  if (!k || !m) return { sentence: '', ...base };
  if (zh) {
    const t = ANSWER_ZH[zh];
    return {
      sentence: t.claimRanked(
        r.verdict === 'yes',
        last,
        k.way ?? '',
        `${messages(zh).meeting.name(m.number)}（${formatDate(m.date.value, zh)}）`,
      ),
      ...base,
    };
  }
  const which = `the ${last ? 'latest' : 'first'}${k.way ? ` held ${k.way === 'online' ? 'online' : 'in person'}` : ''}`;
  const before = k.way
    ? k.before.flatMap((n) => {
        const b = dataset.meetingByNumber(n);
        return b ? [`the ${b.name} ${heldPhrase(b.place.value ?? '')}`] : [];
      })
    : [];
  const fact = `the ${m.name} (${meetingDate(m)}, ${heldPhrase(m.place.value ?? '')}) was ${which}${last && !k.way ? ' the sources report' : ''}`;
  const tail = before.length ? `; before it, ${before.join(', ')}` : '';
  const asked = r.claim.subject.type === 'meeting' ? dataset.meetingByNumber(r.claim.subject.number) : undefined;
  const not = r.verdict === 'no' && asked ? `, not the ${asked.name}` : '';
  return { sentence: `${r.verdict === 'yes' ? 'Yes' : 'No'}: ${fact}${not}${tail}.`, ...base };
}

/**
 * The founding MOU's signatories claimed ("was it signed by Yong Ying-I and Qin Weizhong?"): Yes or No first, then who
 * signed it (the check's own sentence), and the one claimed who did not.
 */
function saySigners(r: ClaimResult, dataset: Dataset, sayInner: SayInner, zh?: Zh): Said {
  const said = sayChecks(r, dataset, sayInner, zh);
  // (From who signed it: never "the sources name no MOU that X signed", said of any MOU at all.)
  const bare = said.sentence.replace(LEAD, '').replace(/^.*?(?=the founding MOU \()/is, '');
  const not = r.claim.objects
    .filter((o, i) => o.type === 'person' && r.inner?.[i]?.op === 'check' && r.inner[i].verdict === 'no')
    .map((o) => (o.type === 'person' ? o.name : ''));
  if (zh) return { ...said, sentence: `${r.verdict === 'yes' ? '是：' : r.verdict === 'no' ? '否：' : ''}${bare}` };
  const lead = r.verdict === 'yes' ? 'Yes: ' : r.verdict === 'no' ? 'No: ' : '';
  const tail = r.verdict === 'no' && not.length ? ` — not ${not.join(' or ')}` : '';
  return { ...said, sentence: `${lead}${lowerFirst(bare).replace(/\.$/, '')}${tail}.` };
}

/** A meeting's count: the existing check's sentence, the other kind's count when it is the number claimed. */
function sayCount(r: ClaimResult, dataset: Dataset, sayInner: SayInner, zh?: Zh): Said {
  const u = r.uncounted;
  if (u) {
    const m = dataset.meetingByNumber(u.meeting);
    const kind = r.claim.objects[0];
    const projects = kind?.type === 'records' && kind.select === 'projects';
    const name = m
      ? zh
        ? `${messages(zh).meeting.name(m.number)}（${formatDate(m.date.value, zh)}）`
        : `the ${m.name} (${meetingDate(m)})`
      : '';
    const sentence = zh
      ? ANSWER_ZH[zh].claimUncounted(name, projects, u.onFile)
      : `The sources don't say: they give no count of the new ${projects ? 'projects' : 'MOUs'} at ${name}${u.onFile ? `; ${u.onFile} on file ${u.onFile === 1 ? 'is' : 'are'} from it` : ', and none on file is from it'}.`;
    return { sentence, lines: [], refs: r.refs, sources: r.sources };
  }
  const said = r.inner?.[0] ? sayInner(r.inner[0]) : { sentence: '', lines: [], refs: r.refs, sources: r.sources };
  if (!r.also) return said;
  const tail = zh
    ? ANSWER_ZH[zh].claimOtherKind(r.also.value, r.also.select === 'projects')
    : ` ${r.also.value} new ${r.also.select === 'projects' ? 'projects were launched' : 'MOUs were signed'} there.`;
  return { ...said, sentence: `${said.sentence}${tail}` };
}

/** A figure claimed: the number the passage gives that noun, where the sources give it. */
function sayFigure(r: ClaimResult, dataset: Dataset, zh?: Zh): Said {
  const p = r.passage;
  const base = { lines: [], refs: r.refs, sources: r.sources };
  if (!p) return { sentence: '', ...base };
  const where = whereOf(p, dataset, zh);
  const given = p.act ?? '';
  if (zh) return { sentence: ANSWER_ZH[zh].claimFigure(r.verdict, given, where, p.text), ...base };
  const q = r.claim.qualifiers;
  const asked = boundWords(q.count ?? 0, q.bound);
  // (A figure the text bounds itself — "more than 10,000" — may neither hold nor rule out the number asked.)
  const open = !q.now && r.verdict === 'unknown';
  const lead =
    r.verdict === 'yes'
      ? `Yes: ${given}`
      : r.verdict === 'no'
        ? `No: the sources give ${given}, not ${asked}`
        : open
          ? `The sources don't say: they give ${given}`
          : `The sources don't say so: they give ${given}, not ${asked}`;
  return { sentence: `${lead} — ${where}: ${p.text}`, ...base };
}

/** How one count stands to another, in words ("twice as many", "the same number", "half as many"). */
function timesWords(a: number, b: number, zh?: Zh): string {
  const t = zh ? ANSWER_ZH[zh] : undefined;
  const f = b ? a / b : 0;
  if (t) return t.claimTimes(f);
  if (f === 1) return 'the same number';
  if (f === 2) return 'twice as many';
  if (f === 3) return 'three times as many';
  if (f === 0.5) return 'half as many';
  return a > b ? 'more' : 'fewer';
}

export const claimedTimes = (f: number, zh?: Zh): string =>
  zh
    ? ANSWER_ZH[zh].claimTimes(f)
    : f === 1
      ? 'as many'
      : f === 0.5
        ? 'half as many'
        : f === 2
          ? 'twice as many'
          : `${f} times as many`;

/** A ratio claimed: both counts, how they stand, and (if not) what was claimed. */
function sayRatio(r: ClaimResult, dataset: Dataset, zh?: Zh): Said {
  const [a, b] = r.counts ?? [null, null];
  const base = { lines: [], refs: r.refs, sources: r.sources };
  const [other, kind] = r.claim.objects;
  const projects = kind?.type === 'records' && kind.select === 'projects';
  const ma = r.claim.subject.type === 'meeting' ? dataset.meetingByNumber(r.claim.subject.number) : undefined;
  const mb = other?.type === 'meeting' ? dataset.meetingByNumber(other.number) : undefined;
  if (!ma || !mb) return { sentence: '', ...base };
  const name = (m: Meeting) => (zh ? messages(zh).meeting.name(m.number) : `the ${m.name.replace(/ meeting$/, '')}`);
  const factor = r.claim.qualifiers.factor ?? 1;
  if (zh) {
    const t = ANSWER_ZH[zh];
    const how = a !== null && b !== null ? timesWords(a, b, zh) : '';
    return {
      sentence: t.claimRatio(r.verdict, a, name(ma), b, name(mb), projects, how, claimedTimes(factor, zh)),
      ...base,
    };
  }
  const noun = projects ? 'projects' : 'MOUs';
  if (a === null || b === null)
    return {
      sentence: `The sources don't say: they give no count of the new ${noun} at ${name(a === null ? ma : mb)}.`,
      ...base,
    };
  const facts = `${a} ${noun} at ${name(ma)} against ${b} at ${name(mb)}`;
  const how = timesWords(a, b);
  return {
    sentence: r.verdict === 'yes' ? `Yes: ${facts} — ${how}.` : `No: ${facts} — ${how}, not ${claimedTimes(factor)}.`,
    ...base,
  };
}

/** A role of a place claimed: No, with the role the sources give. */
function sayRole(r: ClaimResult, zh?: Zh): Said {
  const name = r.claim.subject.type === 'person' ? r.claim.subject.name : '';
  const places = r.claim.objects.flatMap((o) => (o.type === 'place' ? [o.words] : []));
  const place = places.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(', ');
  const roles = r.roles ?? [];
  const base = { lines: [], refs: r.refs, sources: r.sources };
  if (zh) return { sentence: ANSWER_ZH[zh].claimRole(name, roles.join('；'), place), ...base };
  return { sentence: `No: the sources name ${name} as ${roles.join('; ')} — not of ${place}.`, ...base };
}

/** The founding MOU claimed signed at a JIC meeting: No — where and when it was, and when the first meeting was. */
function sayFounding(r: ClaimResult, dataset: Dataset, zh?: Zh): Said {
  const founding = dataset.meetingByNumber(0);
  const first = dataset.meetings
    .filter((m) => m.number > 0)
    .sort((a, b) => a.date.value.localeCompare(b.date.value))[0];
  const base = { lines: [], refs: r.refs, sources: r.sources };
  if (!founding || !first) return { sentence: '', ...base };
  if (zh)
    return {
      sentence: ANSWER_ZH[zh].claimFounding(
        formatDate(founding.date.value, zh),
        founding.place.value ?? '',
        `${messages(zh).meeting.name(first.number)}（${formatDate(first.date.value, zh)}）`,
      ),
      ...base,
    };
  return {
    sentence: `No: the founding MOU was signed on ${meetingDate(founding)} in ${founding.place.value ?? ''} — before the first JIC meeting, the ${first.name} (${meetingDate(first)}).`,
    ...base,
  };
}

/**
 * A claim of several parts said: the part that does not hold first (its No leads), then the others' facts without their
 * own Yes; all holding, the first part's Yes leads them all.
 */
function sayParts(r: ClaimResult, dataset: Dataset, sayInner: SayInner, locale: string): Said {
  const parts = r.parts ?? [];
  const order = [...parts.filter((p) => p.verdict === 'no'), ...parts.filter((p) => p.verdict !== 'no')];
  const saids = order.map((p) => sayClaim(p, dataset, sayInner, locale));
  const zh = locale === 'zh-CN' || locale === 'zh-TW';
  const [first, ...rest] = saids;
  if (!first) return { sentence: '', lines: [], refs: r.refs, sources: r.sources };
  const tail = rest.map((s) => {
    const bare = s.sentence.replace(LEAD, '');
    return zh ? bare : bare.charAt(0).toUpperCase() + bare.slice(1);
  });
  // (A first part the sources don't settle leads with no Yes of its own: the verdict is theirs together.)
  const lead = r.verdict === 'unknown' && LEAD.test(first.sentence) ? first.sentence.replace(LEAD, '') : first.sentence;
  return {
    ...merged(saids, [lead, ...tail].join(zh ? '' : ' ')),
    refs: r.refs.slice(0, 5),
    sources: r.sources,
  };
}

// (Chinese sentences for the change, isa and with claims: the facts as the English ones give them.)
const zhLead = (v: string) => (v === 'yes' ? '是：' : v === 'no' ? '否：' : '');

function sayChangeZh(r: ClaimResult, zh: Zh): Said {
  const t = ANSWER_ZH[zh];
  const mous = r.claim.subject.type === 'records' && r.claim.subject.select === 'mous';
  const name = (n: number) => messages(zh).meeting.name(n);
  // (Each meeting's own count, in the claim's order; a count not given said so.)
  if (r.own) {
    const each = r.own.map((x) => t.claimChangeOwnStep(name(x.meeting), x.count, mous));
    return {
      sentence: t.claimChangeOwn(zhLead(r.verdict), each.join('，')),
      lines: [],
      refs: r.refs,
      sources: r.sources,
    };
  }
  const series = (r.steps ?? []).flatMap((x) =>
    x.reported !== null ? [t.claimChangeStep(name(x.meeting), x.reported, mous)] : [],
  );
  const added = (r.steps ?? []).flatMap((x) =>
    x.added !== null && x.added !== x.reported ? [t.claimChangeAdded(name(x.meeting), x.added)] : [],
  );
  return {
    sentence: t.claimChange(zhLead(r.verdict), series.join('，'), added.join('、')),
    lines: [],
    refs: r.refs,
    sources: r.sources,
  };
}

function sayIsaZh(r: ClaimResult, dataset: Dataset, zh: Zh): Said {
  const t = ANSWER_ZH[zh];
  const kind = r.claim.objects
    .flatMap((o) => (o.type === 'words' ? o.words : []))
    .map((w) => t.claimKinds[w] ?? '')
    .join('');
  const p = r.passage;
  const base = { lines: [], refs: r.refs, sources: r.sources };
  if (r.verdict === 'yes') return { sentence: t.claimIsaYes(kind), ...base };
  return { sentence: t.claimIsaNo(kind, p ? whereOf(p, dataset, zh) : ''), ...base };
}

function sayWithZh(r: ClaimResult, dataset: Dataset, zh: Zh): Said {
  const t = ANSWER_ZH[zh];
  const name = (x: Thing) => (x.type === 'org' ? (dataset.organisation(x.ids[0] ?? '')?.name ?? x.words) : '');
  const things = r.claim.either?.things ?? [];
  const subject = name(r.claim.subject);
  const each = things.map((x, i) =>
    (r.joined?.[i] ?? []).length
      ? t.claimWithJoined(
          subject,
          name(x),
          (r.joined?.[i] ?? []).map((id) => (dataset.mou(id) ?? dataset.project(id))?.name ?? id).join('；'),
        )
      : t.claimWithNone(subject, name(x)),
  );
  const holds = r.holds ?? [];
  const lead =
    holds.length === 1 ? `${name(things[holds[0] ?? 0] as Thing)}：` : holds.length > 1 ? t.claimWithBoth : '';
  return { sentence: `${lead}${each.join('；')}。`, lines: [], refs: r.refs, sources: r.sources };
}

/** A claim's result said, in English or in Chinese. */
export function sayClaim(r: ClaimResult, dataset: Dataset, sayInner: SayInner, locale = 'en'): Said {
  if (r.parts?.length) return sayParts(r, dataset, sayInner, locale);
  const zhOf = locale === 'zh-CN' || locale === 'zh-TW' ? locale : undefined;
  if (r.each) return sayEvery(r, dataset, (x) => sayClaim(x, dataset, sayInner, locale), zhOf);
  const zh = locale === 'zh-CN' || locale === 'zh-TW' ? locale : undefined;
  switch (r.claim.predicate) {
    case 'held':
      if (r.claim.subject.type === 'meeting' && r.claim.subject.number === 0 && r.claim.objects[0]?.type === 'meeting')
        return sayFounding(r, dataset, zh);
      return r.ranked ? sayRanked(r, dataset, zh) : sayChecks(r, dataset, sayInner, zh);
    case 'chaired':
      return r.claim.subject.type === 'meeting' && r.claim.subject.number === 0
        ? saySigners(r, dataset, sayInner, zh)
        : sayChecks(r, dataset, sayInner, zh);
    case 'age':
      return sayAge(r, dataset, zh);
    case 'count':
      return sayCount(r, dataset, sayInner, zh);
    case 'figure':
      return sayFigure(r, dataset, zh);
    case 'ratio':
      return sayRatio(r, dataset, zh);
    case 'role':
      return sayRole(r, zh);
    case 'change':
      return zh ? sayChangeZh(r, zh) : sayChange(r, dataset);
    case 'isa':
      return zh ? sayIsaZh(r, dataset, zh) : sayIsa(r, dataset);
    case 'with':
      return zh ? sayWithZh(r, dataset, zh) : sayWith(r, dataset);
    case 'party':
      return sayParty(r, dataset, zh);
    default:
      return sayPassage(r, dataset, zh);
  }
}

export type { Dataset };
