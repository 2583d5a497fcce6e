import type { Dataset, Meeting } from '../dataset/index.js';
import type { Claim, Plan, Subjectref } from './plan.js';
import { mentionedOrgIds, mentionsOf, type Understanding, withoutMentions } from './understand.js';
import { capitalise, formatDate, joinList } from './format.js';
import { datedIn, datedParts } from './figures.js';
import { whatEachDidFacts, type DidGroup } from './facts.js';
import { highlightStems, longStems } from './records.js';
import { cityAsked } from './attribute.js';
import { BOTH_KINDS, SAME_RECORD } from './plan/asked.js';

/**
 * Two (or more) things named in one question: "what happened at the 1st and 2nd JIC", "what are
 * TradeTrust and TusStar", "what do Hashmeta and Momentum Works have in common". The answer is about
 * each of them, or says what joins them and, where nothing does, what each did — never only one.
 */

/** The mentions besides partners that name one of several things: meetings, people, named outcomes. */
const SEVERAL: ReadonlySet<string> = new Set(['meeting', 'person', 'highlight']);

/** The attribute asked of each meeting, by the question's target. */
const MEETING_ATTRIBUTE = { what: 'about', list: 'about', when: 'date', where: 'place', who: 'chairs' } as const;

/**
 * The plan for a question naming two or more meetings, people or named outcomes (and nothing that
 * narrows them to records): one answer for each. `undefined` when the question is not of that kind.
 */
export function planSeveral(u: Understanding, dataset: Dataset, select: string | undefined): Plan | undefined {
  // (Every reading below is of two things named or more — two partners, or one brand's entities —: a question naming
  // fewer leaves here.)
  if (!u.mentions.some((m) => m.type === 'org') && u.mentions.filter((m) => SEVERAL.has(m.type)).length < 2)
    return undefined;
  const alike = planAlike(u, dataset);
  if (alike) return alike;
  // "Were both the 1st and 2nd JIC virtual?": the same check of each meeting's place. A city is a place only after
  // "in" ("the 3rd and 4th JIC for Singapore" names a side), and a question about who chaired is none.
  const mode = u.flags.chairing
    ? undefined
    : (/ (in person|virtual|virtually|online|video) /.exec(u.q.text)?.[1] ??
      / in (shenzhen|singapore) /.exec(u.q.text)?.[1]);
  const asked = [...new Set(mentionsOf(u, 'meeting').map((m) => Number(m.value)))].filter(
    (n) => n > 0 && dataset.meetingByNumber(n),
  );
  if (
    u.target === 'yesno' &&
    mode &&
    asked.length >= 2 &&
    !mentionedOrgIds(u).length &&
    !mentionsOf(u, 'person').length
  )
    return {
      op: 'each',
      plans: asked
        .sort((a, b) => a - b)
        .map(
          (number) =>
            ({
              op: 'check',
              claim: { type: 'place', words: mode },
              plan: { op: 'read', about: { type: 'meeting', number }, attribute: 'place' },
            }) as const,
        ),
    };
  // "Did the same person co-chair the 3rd and 4th JIC?": each meeting's co-chairs, side by side (the reader sees who
  // repeats), never a check of something else.
  const chairsAcross = u.target === 'yesno' && u.flags.chairing && asked.length >= 2;
  if (!['what', 'list', 'when', 'where', 'who'].includes(u.target) && !chairsAcross) return undefined;
  if (u.flags.missing) return undefined;
  const orgs = mentionedOrgIds(u);
  const people = [...new Set(mentionsOf(u, 'person').map((m) => m.value))];
  const meetings = [...new Set(mentionsOf(u, 'meeting').map((m) => Number(m.value)))].filter((n) =>
    dataset.meetingByNumber(n),
  );
  const outcomes = mentionsOf(u, 'highlight').filter((m) => m.words !== '(words)');
  const narrowed =
    mentionsOf(u, 'topic').length ||
    mentionsOf(u, 'kind').length ||
    mentionsOf(u, 'country').length ||
    mentionsOf(u, 'group').length;
  // "What happened at the 1st and 2nd JIC?", "who chaired the 2nd and 3rd JIC?": each meeting's.
  if (meetings.length >= 2 && !orgs.length && !people.length && !outcomes.length && !narrowed && !select) {
    // "What were the dates of…", "what places…": the attribute the words ask for, else the target's.
    // (Words that name the meetings, "the ones held online", ask nothing of them.)
    const t = withoutMentions(u, (m) => m.type === 'meeting');
    const attribute = / (?:dates?|days?|when) /.test(t)
      ? 'date'
      : / (?:places?|venues?|locations?|cities|city|held) /.test(t) && u.target !== 'when'
        ? 'place'
        : chairsAcross
          ? 'chairs'
          : MEETING_ATTRIBUTE[u.target as keyof typeof MEETING_ATTRIBUTE];
    return {
      op: 'each',
      plans: meetings
        .sort((a, b) => a - b)
        .map((number) => ({ op: 'read', about: { type: 'meeting', number }, attribute }) as const),
    };
  }
  // "When did NCS and Keppel sign?": two partners no record joins — each one's own dates, never only "no record
  // joins them" (a record that joins them is their answer: read as one below).
  // ("When did NCS sign with Kingdee?", "…together?" asks for what joins them: read as one below, never each alone.)
  if (
    u.target === 'when' &&
    orgs.length >= 2 &&
    !people.length &&
    !outcomes.length &&
    !meetings.length &&
    !/ (?:with|together|each other|one another|jointly|between|alongside|and each other) /.test(u.q.text)
  ) {
    const recordsOf = (g: readonly string[]) =>
      new Set(g.flatMap((id) => [...dataset.mousOf(id), ...dataset.projectsOf(id)]));
    const sets = orgs.map(recordsOf);
    const joint = [...(sets[0] ?? [])].some((r) => sets.every((s) => s.has(r)));
    if (!joint && sets.every((s) => s.size))
      return {
        op: 'each',
        plans: orgs.map((ids) => ({ op: 'read', about: { type: 'org', ids }, attribute: 'date' }) as const),
      };
  }
  // "What did Leong and Qin do at the 4th JIC?": each person's role and meetings (which name that one).
  if (people.length >= 2 && !orgs.length && (u.target === 'what' || u.target === 'who'))
    return {
      op: 'each',
      plans: people.map((name) => ({ op: 'read', about: { type: 'person', name }, attribute: 'role' }) as const),
    };
  // "What are TradeTrust and TusStar?": two named things, one of them a meeting's outcome, nothing joining them.
  if ((u.target === 'what' || u.target === 'list') && !meetings.length && !people.length && outcomes.length) {
    const byWords = new Map<string, string[]>();
    for (const m of outcomes) byWords.set(m.words, [...new Set([...(byWords.get(m.words) ?? []), m.value])]);
    // An organisation that is a party to a named outcome is part of it ("IMDA and TradeTrust"), not another thing.
    const keys = [...byWords.values()].flat();
    const partyOf = (ids: readonly string[]) =>
      keys.some((key) => {
        const [n, i] = key.split(':').map(Number);
        const h = dataset.meetingByNumber(n ?? -1)?.highlights[i ?? -1];
        return ids.some((id) => (h?.parties ?? []).includes(id));
      });
    const others = orgs.filter((g) => !partyOf(g));
    // Words of one outcome inside another's name ("sme hub" in "asian sme hub") are that one thing.
    const distinct = [...byWords.keys()].filter(
      (w) => ![...byWords.keys()].some((x) => x !== w && ` ${x} `.includes(` ${w} `)),
    );
    if (distinct.length + others.length < 2) return undefined;
    const plans: Plan[] = [];
    for (const words of distinct)
      for (const key of (byWords.get(words) ?? []).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })))
        plans.push({ op: 'read', about: { type: 'highlight', key }, attribute: 'about' });
    for (const ids of others) plans.push({ op: 'read', about: { type: 'org', ids }, attribute: 'about' });
    return { op: 'each', plans };
  }
  return undefined;
}

/**
 * "Are PKU and SYSU both Chinese universities?", "is Keppel and PKU both from China?", "are QuikBot and Crimson
 * Logic both in logistics?": what each partner is (kind, country) or is about, checked one by one — never whether
 * a record joins them. Not a question about records ("did NUS and NTU both join projects?") or doing together.
 */
function planAlike(u: Understanding, dataset: Dataset): Plan | undefined {
  const named = mentionedOrgIds(u);
  // One brand with two legal entities ("is ONE Championship Chinese?"): each entity is asked (never one as the brand);
  // a sub-unit is its parent's, not another entity.
  const entities = named.length === 1 ? (named[0] ?? []).filter((id) => !dataset.organisation(id)?.parent) : [];
  const orgs = entities.length >= 2 ? entities.map((id) => [id]) : named;
  if (u.target !== 'yesno' || orgs.length < 2 || u.flags.signing) return undefined;
  if (u.subjects.includes('mou') || u.subjects.includes('project')) return undefined;
  if (
    / (?:together|each other|jointly|same|with|partners? of|partnered|work|worked|working|collaborat\w*) /.test(
      u.q.text,
    )
  )
    return undefined;
  const orgEnd = Math.max(...u.mentions.filter((m) => m.type === 'org').map((m) => m.end));
  const kind = mentionsOf(u, 'kind').find((m) => m.start >= orgEnd);
  const country = mentionsOf(u, 'country').find((m) => m.start >= orgEnd);
  const topics = mentionsOf(u, 'topic')
    .filter((m) => m.start >= orgEnd)
    .map((m) => m.value);
  // ("Is ONE Championship a Shenzhen firm?": a city asked of each, which only its name can place.)
  const place = mentionsOf(u, 'place').find((p) => kind && p.end + 1 === kind.start);
  const city = cityAsked(country, place, kind);
  const claim: Claim | undefined =
    kind || country || city
      ? {
          type: 'kind',
          label: kind?.value ?? '',
          ...(country || city ? { country: city ? 'China' : country?.value } : {}),
          ...(city ? { city } : {}),
        }
      : topics.length
        ? { type: 'topic', topics: [...new Set(topics)] }
        : undefined;
  if (!claim) return undefined;
  return {
    op: 'each',
    plans: orgs.map(
      (ids) =>
        ({
          op: 'check',
          claim,
          plan: { op: 'read', about: { type: 'org', ids }, attribute: claim.type === 'kind' ? 'kind' : 'about' },
        }) as const,
    ),
  };
}

/** A meeting, short: "4th JIC", or "founding MOU". */
const short = (m: Meeting | undefined) => (!m ? '' : m.number === 0 ? 'founding MOU' : m.name.replace(/ meeting$/, ''));

/**
 * What one partner (a named organisation with its brand family or sub-units) did on file, as one
 * clause: "Hashmeta Pte Ltd signed an MOU with Shenzhen Qianhai Hand-painted … (4th JIC) and joined a
 * project with it (4th JIC)". Names and meetings from the records; nothing on file says so.
 */
export function whatEachDid(dataset: Dataset, ids: readonly string[]): string {
  // The facts once (facts.ts, shared with the Chinese sentence); the English words here.
  const f = whatEachDidFacts(dataset, ids);
  const withWhom = (g: DidGroup) =>
    `${g.n > 1 && g.with.length === 1 ? ', each' : ''} with ${joinList(g.with.map(unbracket)) || 'no other named party'}`;
  const phrase = (gs: readonly DidGroup[], one: string, many: string) =>
    gs.map((g) => `${g.n === 1 ? one : `${g.n} ${many}`}${withWhom(g)} (${short(g.at)})`);
  const signed = phrase(f.signed, 'an MOU', 'MOUs');
  const joined = phrase(f.joined, 'a project', 'projects');
  const parts = [
    ...f.both.map((g) => `signed an MOU and joined a project${withWhom(g)} (${short(g.at)})`),
    signed.length ? `signed ${joinList(signed)}` : '',
    joined.length ? `joined ${joinList(joined)}` : '',
  ].filter(Boolean);
  if (parts.length) return `${f.name} ${parts.join(' and ')}`;
  if (f.named.length)
    return `${f.name} is in no MOU or project on file; the sources name it at ${joinList(f.named.map((m) => `the ${short(m)}`))}`;
  return `${f.name} is in no MOU or project on file`;
}

/** "A …; B …": what each of several partners did, for a question about them together when nothing joins them. */
export function whatEachOfThemDid(dataset: Dataset, about: Subjectref): string {
  if (about.type !== 'orgs') return '';
  return about.groups.map((g) => whatEachDid(dataset, g)).join('; ');
}

/**
 * "What do Keppel and CapitaLand have in common?": what the records on file show they share — the kind of organisation,
 * a country the sources state for each, the kind of record, a meeting both are on file at. '' where they share none.
 */
export function inCommon(dataset: Dataset, about: Subjectref): string {
  if (about.type !== 'orgs' || about.groups.length < 2) return '';
  const orgs = about.groups.map((g) => dataset.organisation(g[0] ?? ''));
  const records = about.groups.map((g) => ({
    mous: g.flatMap((id) => dataset.mousOf(id)),
    projects: g.flatMap((id) => dataset.projectsOf(id)),
  }));
  const kind = orgs[0]?.kind;
  const country = orgs[0]?.country;
  const shared = [
    kind && orgs.every((o) => o?.kind === kind) ? `are ${kind.replace(/y$/, 'ie')}s` : '',
    // (Only a country the sources state for each: a reading from a company form is no shared fact.)
    country && orgs.every((o) => o?.country === country && o.countryStated) ? `are from ${country}` : '',
    records.every((r) => r.mous.length) ? 'signed an MOU' : '',
    records.every((r) => r.projects.length) ? 'joined a project' : '',
  ].filter(Boolean);
  const at = records.map((r) => new Set([...r.mous, ...r.projects].map((x) => x.meeting)));
  const meetings = [...(at[0] ?? [])]
    .filter((m) => at.every((s) => s.has(m)))
    .map((id) => dataset.meeting(id))
    .filter((m): m is Meeting => !!m)
    .sort((a, b) => a.number - b.number);
  if (meetings.length)
    shared.push(`have records from ${joinList(meetings.map((m) => `the ${short(m)} (${formatDate(m.date.value)})`))}`);
  const all = about.groups.length === 2 ? 'both' : 'all of them';
  return capitalise(joinList(shared.map((x) => `${all} ${x}`)));
}

/** "a technology company in China (not named in the sources)" → "…in China, not named in the sources". */
const unbracket = (name: string) => name.replace(/\s*\((not named[^)]*)\)$/, ', $1');

/**
 * "Did A and B sign at the same meeting?": the meetings each is on file at, and whether they share one.
 * `undefined` when the question does not ask it.
 */
export function sameMeeting(dataset: Dataset, about: Subjectref, text: string): string | undefined {
  if (about.type !== 'orgs' || !/ same (?:meeting|jic|time|day|year|event|round) /.test(text)) return undefined;
  const at = about.groups.map((g) => {
    const rs = [...new Set(g.flatMap((id) => [...dataset.mousOf(id), ...dataset.projectsOf(id)]))];
    return [...new Set(rs.map((r) => dataset.meeting(r.meeting)).filter((m): m is Meeting => !!m))];
  });
  const shared = (at[0] ?? []).filter((m) => at.every((ms) => ms.includes(m)));
  const names = about.groups.map((g) => dataset.organisation(g[0] ?? '')?.name ?? '');
  if (shared.length)
    return `Yes: both are on file at ${joinList(shared.map((m) => `the ${short(m)} (${formatDate(m.date.value)})`))}, though no record on file joins them. ${whatEachOfThemDid(dataset, about)}`;
  if (at.some((ms) => !ms.length)) return undefined;
  return `No: ${joinList(names.map((n, i) => `${n} is on file at ${joinList((at[i] ?? []).map((m) => `the ${short(m)}`))}`))}.`;
}

/**
 * Two organisations of one brand ("ONE Championship China (Shanghai)" and "ONE Championship (Singapore)"):
 * said as two entities the sources name apart, each with its kind and country. '' for any other pair.
 */
export function brandLead(dataset: Dataset, about: Subjectref): string {
  if (about.type !== 'orgs' || about.groups.length !== 2) return '';
  const [a, b] = about.groups.map((g) => dataset.organisation(g[0] ?? ''));
  if (!a || !b || a.parent === b.id || b.parent === a.id) return '';
  const brand = (n: string) => n.split(' ').slice(0, 2).join(' ');
  if (brand(a.name) !== brand(b.name)) return '';
  const of = (o: typeof a) => `${o.name} (${o.kind}${o.country === 'unclear' ? '' : `, ${o.country}`})`;
  return `${of(a)} and ${of(b)} are two entities of one brand, named apart in the sources. `;
}

/**
 * "What did ONE Championship and Shenzhen Sports Industry Group sign?": a brand the sources name as several entities,
 * with a partner each entity joined in a record of its own (the MOU of one, the project of the other) — every record
 * that joins them, each with the entity it names, never the one record of one entity as the whole answer.
 */
export function planBrandPair(u: Understanding, dataset: Dataset): Plan | undefined {
  if (!['what', 'who', 'list'].includes(u.target) || u.flags.missing) return undefined;
  // (An MOU or a project asked by kind or by name is that record.)
  if (u.subjects.includes('mou') || u.subjects.includes('project') || mentionsOf(u, 'record').length) return undefined;
  const orgs = mentionedOrgIds(u);
  if (orgs.length !== 2 || !orgs.some((g) => g.length > 1)) return undefined;
  const recordsOf = (g: readonly string[]) =>
    new Set(g.flatMap((id) => [...dataset.mousOf(id), ...dataset.projectsOf(id)]));
  const [a, b] = orgs.map(recordsOf);
  const joint = [...(a ?? [])].filter((r) => b?.has(r));
  // Only where the brand's entities differ between the records that join them.
  const entities = new Set(
    joint.flatMap((r) =>
      ('parties' in r ? r.parties : r.partners).flatMap((p) =>
        'org' in p && orgs.some((g) => g.length > 1 && g.includes(p.org)) ? [p.org] : [],
      ),
    ),
  );
  if (joint.length < 2 || entities.size < 2) return undefined;
  return { op: 'read', about: { type: 'orgs', groups: orgs }, attribute: 'parties' };
}

// A word that asks which of a brand's legal entities ("which ONE Championship entity / company / arm signed …").
const ENTITY_WORD =
  /^ (?:entity|entities|company|companies|firm|firms|arm|arms|unit|units|branch|subsidiary|subsidiaries|side|business|outfit|office|legal entity|one) /;

/**
 * "Which ONE Championship entity signed the MOU?", "what one championship company signed with Shenzhen Sports Industry
 * Group?": a brand the sources name as several entities, asked which of them did something — each entity with the
 * records it is a party of (the China one signed the MOU, the Singapore one joined the project), never one entity's
 * name put on the other's record.
 */
export function planBrandEntity(u: Understanding): Plan | undefined {
  if (!['what', 'who', 'list'].includes(u.target) || u.flags.missing) return undefined;
  const brand = mentionsOf(u, 'org').find((m) => m.also?.length);
  if (!brand || !/ (?:which|what)(?: of the)? $/.test(u.q.text.slice(0, brand.start))) return undefined;
  if (!ENTITY_WORD.test(u.q.text.slice(brand.end))) return undefined;
  const orgs = mentionedOrgIds(u);
  if (orgs.length === 1 && orgs[0]) return { op: 'read', about: { type: 'org', ids: orgs[0] }, attribute: 'about' };
  if (orgs.length === 2) return { op: 'read', about: { type: 'orgs', groups: orgs }, attribute: 'parties' };
  return undefined;
}

/**
 * "Is the QuikBot project the same as the QuikBot MOU?", "Hashmeta and Hand-painted: MOU or project?": the
 * partners the MOU and the project share, so both records are shown, each as what it is.
 */
export function planMouAndProject(u: Understanding, dataset: Dataset): Plan | undefined {
  if (!u.subjects.includes('mou') || !u.subjects.includes('project')) return undefined;
  // (The two kinds asked as one thing — "one deal?", "a single agreement?" — or together: the words the reader of the
  // answer tests too, so a count of one kind never answers them.)
  const t = u.q.text;
  if (
    !SAME_RECORD.test(t) &&
    !BOTH_KINDS.test(t) &&
    !/ (?:same|both|or|difference|different|differ|vs|versus|related|link|linked|separate|distinct) /.test(t)
  )
    return undefined;
  const orgs = mentionedOrgIds(u);
  if (!orgs.length || orgs.length > 2) return undefined;
  const recordsOf = (g: readonly string[]) => [
    ...new Set(g.flatMap((id) => [...dataset.mousOf(id), ...dataset.projectsOf(id)])),
  ];
  // One partner named: the other side its MOU and project share, if they share exactly one.
  let groups = orgs;
  if (orgs.length === 1 && orgs[0]) {
    const own = new Set(orgs[0]);
    const others = recordsOf(orgs[0]).map(
      (r) =>
        new Set(
          ('parties' in r ? r.parties : r.partners).flatMap((p) =>
            'org' in p && !own.has(p.org) ? [dataset.lineage(p.org).slice(-1)[0] ?? p.org] : [],
          ),
        ),
    );
    const shared = [...(others[0] ?? [])].filter((id) => others.every((s) => s.has(id)));
    if (shared.length !== 1 || !shared[0]) return undefined;
    groups = [orgs[0], [shared[0]]];
  }
  const joint = recordsOf(groups[0] ?? []).filter((r) => groups.every((g) => recordsOf(g).includes(r)));
  if (!joint.some((r) => 'parties' in r) || !joint.some((r) => !('parties' in r))) return undefined;
  return { op: 'read', about: { type: 'orgs', groups }, attribute: 'parties' };
}

/**
 * "How many projects did Keppel do with PKU?": how many records of that kind join them (a count, with the
 * records named), the reported total beside what is on file, and what each did when none joins them.
 */
export function countJoining(
  dataset: Dataset,
  select: 'mous' | 'projects',
  items: ReadonlyArray<{ name: string; detail?: string }>,
  names: readonly string[],
  groups: readonly (readonly string[])[],
): string {
  const n = items.length;
  const what = select === 'mous' ? (n === 1 ? 'MOU' : 'MOUs') : n === 1 ? 'project' : 'projects';
  const total = dataset.figures.latestTotals;
  const onFile =
    select === 'mous' ? dataset.mous.length : dataset.projects.filter((p) => p.kind === 'joint-project').length;
  const reported = total ? (select === 'mous' ? total.mous : total.projects) : undefined;
  const scope =
    reported !== undefined
      ? ` (of the ${reported} ${select === 'mous' ? 'MOUs' : 'projects'} the sources report, ${onFile} are on file by name)`
      : '';
  if (!n)
    return sentences(
      `No ${select === 'mous' ? 'MOU' : 'project'} on file joins ${joinList([...names])}${scope}`,
      whatEachOfThemDid(dataset, { type: 'orgs', groups: groups.map((g) => [...g]) }),
    );
  return `${n} ${what} on file ${n === 1 ? 'joins' : 'join'} ${joinList([...names])}${scope}: ${joinList(items.map((i) => `${i.name}${i.detail ? ` (${i.detail})` : ''}`))}.`;
}

/** "Which came first, A or B?": the things named, as organisation groups or named outcomes' keys. */
export interface OrderPlan {
  op: 'order';
  things: Array<{ org: string[] } | { outcome: string[]; words: string } | { meeting: number }>;
  /** "Was A before B?": a yes or no about the first thing named against the second. */
  claim?: 'before' | 'after';
  /** "Was A before or after B?": the claim is read as before, and said back as Before or After, never Yes or No. */
  either?: boolean;
}

export interface OrderResult {
  op: 'order';
  /** Each thing, with the meetings its records or outcomes are at, earliest first. */
  /** `own`: the date of the thing itself — a meeting's day, or the act an outcome's own text dates ("launched in Sept
   * 2020") — as `iso` (as precise as the text: "2020-09", "2022-11-25") and the words that say it. */
  things: Array<{ name: string; meetings: Meeting[]; isMeeting?: boolean; own?: { iso: string; words: string } }>;
  sources: string[];
  claim?: 'before' | 'after';
  either?: boolean;
}

/** "Which came first, TradeTrust or the Asian SME Hub?", "who signed first, NCS or DataPost?". */
export function planOrder(u: Understanding, dataset: Dataset): OrderPlan | undefined {
  // (A meeting's own words are no order asked: "more projects than the year before" names the 2nd meeting, "did the
  // first or third jic sign fewer" the 1st.)
  const t = withoutMentions(
    u,
    (m) =>
      m.type === 'meeting' &&
      (!/ (?:before|after|prior|previous) /.test(` ${m.words} `) || !/\d|first|second|third|fourth/.test(m.words)),
  );
  if (!/ (?:first|earlier|earliest|before|sooner|older|later|after|latest) /.test(t)) return undefined;
  // Which of them, or before/after: not "what was the first project of Keppel and PKU".
  if (!/ (?:or|before|after|earlier than|later than|sooner than) /.test(t)) return undefined;
  // "Projects before 2023": the meetings of a range of years, added up — no question of which came first.
  // ("Was the Med-Arb Protocol launched before the 3rd JIC?": one outcome against the meeting the range is of.)
  const ranged = mentionsOf(u, 'meeting').filter((m) => RANGE.test(m.words));
  const rangeOf = ranged.length ? meetingOfRange(ranged[0]?.words ?? '') : undefined;
  // (Only a question of order: "which banks ran TradeTrust trials before the 2nd JIC?" is a list over a range.)
  const ordering = u.target === 'yesno' || / or | which (?:came|come|happened|was|were) /.test(u.q.text);
  const oneOutcome = ordering
    ? new Set(
        mentionsOf(u, 'highlight')
          .filter((x) => x.words !== '(words)')
          .map((x) => x.words),
      ).size
    : 0;
  if (ranged.length && !(oneOutcome === 1 && rangeOf !== undefined && new Set(ranged.map((m) => m.words)).size === 1))
    return undefined;
  const orgs = mentionedOrgIds(u);
  // "What came first, the founding MOU or the 1st JIC?": the meetings themselves, by date.
  const meetings = (
    rangeOf !== undefined ? [rangeOf] : [...new Set(mentionsOf(u, 'meeting').map((m) => Number(m.value)))]
  ).filter((n) => dataset.meetingByNumber(n));
  if (
    meetings.length >= 2 &&
    !orgs.length &&
    !mentionsOf(u, 'highlight').some((m) => m.words !== '(words)') &&
    !u.subjects.some((s) => s === 'mou' && !meetings.includes(0))
  )
    return {
      op: 'order',
      things: mentionsOf(u, 'meeting')
        .map((m) => Number(m.value))
        .filter((n, i, xs) => xs.indexOf(n) === i && dataset.meetingByNumber(n))
        .map((meeting) => ({ meeting })),
      ...claimOf(u),
    };
  const outcomes = new Map<string, string[]>();
  for (const m of mentionsOf(u, 'highlight').filter((x) => x.words !== '(words)'))
    outcomes.set(m.words, [...new Set([...(outcomes.get(m.words) ?? []), m.value])]);
  // "Was the Med-Arb Protocol launched before or after the 2nd JIC?": one outcome against one meeting, by their dates.
  const [meeting] = meetings;
  // An organisation that is a party to a named outcome asked about is part of it, not another thing ("the SIMC–SCIA
  // Med-Arb Protocol or the 3rd JIC": one outcome and one meeting).
  const inOutcome = (g: readonly string[]) =>
    [...outcomes.values()].flat().some((key) => {
      const [n, i] = key.split(':').map(Number);
      return g.some((id) => (dataset.meetingByNumber(n ?? -1)?.highlights[i ?? -1]?.parties ?? []).includes(id));
    });
  const others = orgs.filter((g) => !inOutcome(g));
  if (ordering && meetings.length === 1 && meeting !== undefined && outcomes.size === 1 && !others.length) {
    const [[w, all] = ['', []]] = [...outcomes];
    // (One name at two meetings — "the TradeTrust expansion" — is the one whose own words the question shares most.)
    const asked = longStems(u.q.text);
    const shared = (key: string) => [...(highlightStems(dataset).get(key) ?? [])].filter((x) => asked.has(x)).length;
    const most = Math.max(...all.map(shared));
    const keys = all.filter((k) => shared(k) === most);
    const outcomeFirst = (mentionsOf(u, 'highlight')[0]?.start ?? 0) < (mentionsOf(u, 'meeting')[0]?.start ?? 0);
    const pair = [{ outcome: keys, words: w }, { meeting }];
    return { op: 'order', things: outcomeFirst ? pair : pair.reverse(), ...claimOf(u) };
  }
  if (meetings.length) return undefined;
  const words = [...outcomes.keys()].filter(
    (w) => ![...outcomes.keys()].some((x) => x !== w && ` ${x} `.includes(` ${w} `)),
  );
  const things: OrderPlan['things'] = [
    ...words.map((w) => ({ outcome: outcomes.get(w) ?? [], words: w })),
    ...others.map((g) => ({ org: g })),
  ];
  return things.length >= 2 ? { op: 'order', things, ...claimOf(u) } : undefined;
}

const RANGE = /^(?:[a-z]+ )?(?:since|after|before|prior to|from) /;
const ORDINALS: Readonly<Record<string, number>> = { founding: 0, first: 1, second: 2, third: 3, fourth: 4 };

/** The meeting a range is said of ("before the 3rd jic" → 3). */
function meetingOfRange(words: string): number | undefined {
  const m = /\b(?:(\d+)(?:st|nd|rd|th)?|(founding|first|second|third|fourth))\b(?= |$)/.exec(words.replace(RANGE, ''));
  return m?.[1] ? Number(m[1]) : m?.[2] ? ORDINALS[m[2]] : undefined;
}

/** "Was/did A … before/after B?": the claim to check. */
const claimOf = (u: Understanding): { claim?: 'before' | 'after'; either?: boolean } => {
  const either = / (?:before or after|after or before|earlier or later|later or earlier) /.test(u.q.text);
  // ("Was the 2nd JIC before or after OneSME launched?": the first thing's side of the second, said Before or After.)
  if (either && /^ (?:was|were|is|are|did|does|do|has|had|came) /.test(u.q.text)) return { claim: 'before', either };
  // ("Before or after the 2nd JIC?" alone: which of the two, no claim.)
  if (u.target !== 'yesno' || either) return {};
  const m = / (before|after|earlier than|later than) /.exec(u.q.text)?.[1];
  return m ? { claim: /before|earlier/.test(m) ? 'before' : 'after' } : {};
};

export function runOrder(p: OrderPlan, dataset: Dataset): OrderResult {
  const sources: string[] = [];
  const things = p.things.map((t) => {
    if ('meeting' in t) {
      const m = dataset.meetingByNumber(t.meeting);
      if (m) sources.push(...m.date.sources);
      return {
        name: m ? (m.number === 0 ? 'the founding MOU' : `the ${short(m)}`) : '',
        meetings: m ? [m] : [],
        isMeeting: true,
        ...(m
          ? {
              own: {
                iso: m.date.value,
                words: `was ${m.number === 0 ? 'signed' : 'held'} on ${formatDate(m.date.value)}`,
              },
            }
          : {}),
      };
    }
    if ('org' in t) {
      const rs = [...new Set(t.org.flatMap((id) => [...dataset.mousOf(id), ...dataset.projectsOf(id)]))];
      const hs = t.org.flatMap((id) => dataset.highlightsOf(id));
      sources.push(...rs.flatMap((r) => r.sources), ...hs.flatMap((h) => h.sources));
      const ms = [...new Set([...rs.map((r) => dataset.meeting(r.meeting)), ...hs.map((h) => h.meeting)])];
      return {
        name: dataset.organisation(t.org[0] ?? '')?.name ?? '',
        meetings: ms.filter((m): m is Meeting => !!m).sort((a, b) => a.number - b.number),
      };
    }
    const ms = t.outcome.flatMap((key) => {
      const [n, i] = key.split(':').map(Number);
      const m = dataset.meetingByNumber(n ?? -1);
      const h = m?.highlights[i ?? -1];
      if (h) sources.push(...h.sources);
      return m ? [m] : [];
    });
    // The outcome's name as its highlight spells the words asked ("tradetrust" → "TradeTrust").
    const [n, i] = (t.outcome[0] ?? '').split(':').map(Number);
    const text = dataset.meetingByNumber(n ?? -1)?.highlights[i ?? -1]?.text ?? '';
    const spelt = new RegExp(
      t.words
        .split(' ')
        .map((w) => w.replace(/[^a-z0-9]/g, ''))
        .join('[^A-Za-z0-9]+'),
      'i',
    );
    const name = spelt.exec(text)?.[0] ?? t.words;
    // ("Launched in Sept 2020": the outcome's own date, not the meeting that reported it.) A launch dated after the
    // first meeting that reports the outcome is a later step (the SIMC–SCIA model of 2020 → "the SIMC–SCIA Med-Arb
    // Protocol, launched on 25 Nov 2022"): it dates the thing asked only when the words asked name what was launched
    // (they end the text before "launched"); otherwise the outcome existed by that meeting, and the meeting dates it.
    const meetings = [...new Set(ms)].sort((a, b) => a.number - b.number);
    const dated = datedIn(text, ' launched ');
    const own = dated ? isoOf(dated) : undefined;
    const reportedBy = meetings[0]?.date.value;
    const namesLaunched = new RegExp(`${spelt.source}[^A-Za-z0-9]*$`, 'i').test(
      text.slice(0, text.indexOf(' launched ')),
    );
    const began = own && (!reportedBy || own <= reportedBy.slice(0, own.length) || namesLaunched) ? own : undefined;
    return {
      name,
      meetings,
      ...(dated && began ? { own: { iso: began, words: dated } } : {}),
    };
  });
  return {
    op: 'order',
    things,
    sources: [...new Set(sources)],
    ...(p.claim ? { claim: p.claim } : {}),
    ...(p.either ? { either: true } : {}),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "launched in Sept 2020" → "2020-09"; "launched on 25 Nov 2022" → "2022-11-25"; a year alone → "2020". */
function isoOf(words: string): string | undefined {
  const { year, month, day } = datedParts(words);
  if (!year) return undefined;
  return [String(year), ...(month ? [pad(month), ...(day ? [pad(day)] : [])] : [])].join('-');
}

/**
 * Which came first by the things' own dates, where an outcome's own text dates it ("OneSME … launched in Sept 2020",
 * "the GIA node … in Dec 2020": OneSME, though both were reported at the 2nd JIC); undefined where a date is missing or
 * the two can't be told apart at the precision both give.
 */
function byOwnDates(
  r: OrderResult,
): { sentence: string; lines: string[]; refs: Array<{ kind: 'meeting'; id: string }>; sources: string[] } | undefined {
  if (r.things.length !== 2 || r.things.every((t) => t.isMeeting) || !r.things.some((t) => !t.isMeeting && t.own))
    return undefined;
  const [a, b] = r.things;
  if (!a || !b) return undefined;
  // One of them undated but reported at a meeting ("the Joint Innovation Call", at the 3rd JIC): it existed by that day.
  // The other dated after it: the reported one came first; dated before or on it: the sources can't tell.
  if (!a.own || !b.own) {
    const dated = a.own ? a : b;
    const other = a.own ? b : a;
    const at = other.meetings[0];
    if (!dated.own || !at) return undefined;
    const reported = at.date.value.slice(0, dated.own.iso.length);
    const words = `${capitalise(dated.name)} ${dated.own.words}; ${other.name} is reported at the ${short(at)} (${formatDate(at.date.value)})`;
    const refs = [...new Set(r.things.flatMap((t) => t.meetings))].map((m) => ({ kind: 'meeting' as const, id: m.id }));
    const lead =
      dated.own.iso > reported
        ? r.claim
          ? `${(r.claim === 'before') === (other === a) ? 'Yes' : 'No'} — ${other.name} came first`
          : `${capitalise(other.name)} came first`
        : "The sources can't tell which came first";
    return { sentence: `${lead}: ${words}.`, lines: [], refs: refs.slice(0, 3), sources: r.sources };
  }
  const n = Math.min(a.own.iso.length, b.own.iso.length);
  const x = a.own.iso.slice(0, n);
  const y = b.own.iso.slice(0, n);
  const said = `${capitalise(a.name)} ${a.own.words}; ${b.name} ${b.own.words}`;
  const refs = [...new Set(r.things.flatMap((t) => t.meetings))]
    .map((m) => ({ kind: 'meeting' as const, id: m.id }))
    .slice(0, 3);
  if (x === y && a.own.iso.length !== b.own.iso.length) return undefined;
  const firstIsA = x < y;
  const lead =
    x === y
      ? `${r.claim ? 'No — neither' : 'Neither'} came first: the same day`
      : r.claim
        ? `${(r.claim === 'before') === firstIsA ? 'Yes' : 'No'} — ${firstIsA ? a.name : b.name} came first`
        : `${capitalise(firstIsA ? a.name : b.name)} came first`;
  return { sentence: `${lead}: ${said}.`, lines: [], refs, sources: r.sources };
}

/** Which came first: by the earliest meeting each is on file at; the same meeting is said as such. */
export function sayOrder(r: OrderResult): {
  sentence: string;
  lines: string[];
  refs: Array<{ kind: 'meeting'; id: string }>;
  sources: string[];
} {
  const said = orderSaid(r);
  // ("Was A before or after B?": the Yes or No of "A before B" said as the side it is on.)
  if (!r.either) return said;
  return {
    ...said,
    sentence: said.sentence
      .replace(/^No — neither/, 'Neither')
      .replace(/^Yes(?= — |: )/, 'Before')
      .replace(/^No(?= — |: )/, 'After'),
  };
}

function orderSaid(r: OrderResult): {
  sentence: string;
  lines: string[];
  refs: Array<{ kind: 'meeting'; id: string }>;
  sources: string[];
} {
  const at = (t: OrderResult['things'][number]) =>
    t.meetings.length
      ? `${t.name} is on file from the ${short(t.meetings[0])} (${formatDate(t.meetings[0]?.date.value)})${t.meetings.length > 1 ? `, and at ${joinList(t.meetings.slice(1).map((m) => `the ${short(m)}`))}` : ''}`
      : `the sources give no date for ${t.name}`;
  const own = byOwnDates(r);
  if (own) return own;
  // Meetings themselves: in the order they were held.
  if (r.things.every((t) => t.isMeeting && t.meetings[0])) {
    const inOrder = [...r.things].sort((a, b) => (a.meetings[0]?.number ?? 0) - (b.meetings[0]?.number ?? 0));
    const dated = inOrder.map((t) => `${t.name} (${formatDate(t.meetings[0]?.date.value)})`);
    const [a, b] = r.things.map((t) => t.meetings[0]?.number ?? 0);
    const verdict =
      r.claim && a !== undefined && b !== undefined ? ((r.claim === 'before' ? a < b : a > b) ? 'Yes: ' : 'No: ') : '';
    const first = `${dated[0]?.charAt(0).toUpperCase()}${dated[0]?.slice(1)}`;
    return {
      sentence: `${verdict}${verdict ? first.charAt(0).toLowerCase() + first.slice(1) : first} came first, before ${joinList(dated.slice(1))}.`,
      lines: [],
      refs: inOrder.flatMap((t) => t.meetings.map((m) => ({ kind: 'meeting' as const, id: m.id }))).slice(0, 3),
      sources: r.sources,
    };
  }
  // An outcome against a meeting ("were the TradeTrust trials before the 3rd JIC?"): reported at a meeting, it existed by
  // then — so it came before a later meeting; against that meeting or an earlier one the sources can't tell.
  const meetingThing = r.things.find((t) => t.isMeeting);
  const outcomeThing = r.things.find((t) => !t.isMeeting);
  const [held, reported] = [meetingThing?.meetings[0], outcomeThing?.meetings[0]];
  if (r.things.length === 2 && meetingThing && outcomeThing && held && reported) {
    const said = `${outcomeThing.name} is first reported at the ${short(reported)} (${formatDate(reported.date.value)}); ${meetingThing.name} was ${held.number === 0 ? 'signed' : 'held'} on ${formatDate(held.date.value)}`;
    const refs = [...new Set([reported, held])].map((m) => ({ kind: 'meeting' as const, id: m.id }));
    if (reported.number >= held.number)
      return { sentence: `The sources can't tell which came first: ${said}.`, lines: [], refs, sources: r.sources };
    const outcomeAsked = r.things[0] === outcomeThing;
    const verdict = r.claim ? ((r.claim === 'before') === outcomeAsked ? 'Yes — ' : 'No — ') : '';
    return {
      sentence: `${verdict}${outcomeThing.name} came first: ${said}.`,
      lines: [],
      refs,
      sources: r.sources,
    };
  }
  const dated = r.things.filter((t) => t.meetings.length);
  const firsts = dated.map((t) => t.meetings[0]?.number ?? 99);
  const min = Math.min(...firsts);
  const earliest = dated.filter((t) => (t.meetings[0]?.number ?? 99) === min);
  const lead =
    dated.length < r.things.length
      ? "The sources don't date both"
      : earliest.length === dated.length
        ? `Neither came first: both are on file from the ${short(earliest[0]?.meetings[0])}`
        : `${earliest.map((t) => t.name).join(' and ')} came first`;
  const refs = [...new Set(r.things.flatMap((t) => t.meetings))]
    .map((m) => ({ kind: 'meeting' as const, id: m.id }))
    .slice(0, 3);
  // "Did A sign before B?": yes or no on the first thing named against the second, by their earliest meetings.
  const [x, y] = r.things.map((t) => t.meetings[0]?.number);
  const verdict =
    r.claim && x !== undefined && y !== undefined && dated.length === r.things.length
      ? (r.claim === 'before' ? x < y : x > y)
        ? 'Yes — '
        : 'No — '
      : '';
  return {
    sentence: `${verdict}${verdict ? lead.replace(/^Neither/, 'neither') : lead}: ${r.things.map(at).join('; ')}.`,
    lines: [],
    refs,
    sources: r.sources,
  };
}

/** A sentence's end: no second full stop after a name that ends in one ("Co., Ltd."). */
export const endSentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** Sentences joined, each ended once: a name ending in "Ltd." ends its sentence too. */
export const sentences = (...xs: readonly string[]) => xs.filter(Boolean).map(endSentence).join(' ');
