import type { Dataset, Meeting } from '../dataset/index.js';
import type { Said } from './say/common.js';
import { capitalise, formatDate, joinList, meetingDate } from './format.js';
import { mentionsOf } from './understand.js';
import { norm, perDataset } from './records.js';
import { asksQuote, quotesOnFile, speakersNamed } from './quotes.js';
import { titledStranger } from './plan/titled.js';
import type { PlanContext } from './plan/context.js';
import type { ZhKit } from './say-zh/kit.js';
import { ROLE_TITLES } from './titles.js';
import { withArticle } from '../text/article.js';

/**
 * Who did what at one meeting, as a claim checked part by part: the person (or a role — "a Shenzhen mayor", "a
 * minister") × the part (co-chaired, chaired the session, spoke, attended) × the meeting. "Did Ai Xuefeng chair the
 * session at the 2nd JIC?" — he did (PD-2), though no co-chair; "was the 2nd JIC chaired by a Shenzhen mayor?" — Qin
 * Weizhong co-chaired it; "did a minister attend the 4th?" — the sources name none there (never a flat No: they list no
 * one but its co-chairs). Every part is read off the meeting's people and the clauses of its outcomes that say who
 * chaired the session, spoke or attended; every name and role is the Dataset's.
 */

type Part = 'cochair' | 'chair' | 'session' | 'spoke' | 'attended';
type Side = 'Singapore' | 'China';

export interface RosterPlan {
  op: 'roster';
  meeting: number;
  part: Part;
  /** A person asked by name. */
  person?: string;
  /** A role asked instead ("a Shenzhen mayor"): its title ("" for anyone: "an official"), and its side. */
  role?: { title: string; side?: Side; words: string };
}

/** One person's part at a meeting, as one source (or reading) gives it. */
interface Held {
  name: string;
  role?: string;
  part: Exclude<Part, 'chair'>;
  /** The reading that names them, where the sources name the co-chairs differently ("news reports"). */
  reading?: string;
  /** A co-chair a reading leaves unnamed ("a representative from the Chinese government"): shown, never matched. */
  unnamed?: boolean;
  sources: readonly string[];
}

export interface RosterResult {
  op: 'roster';
  plan: RosterPlan;
  meeting: Meeting;
  verdict: 'yes' | 'no' | 'unknown';
  /** Everyone with a part at the meeting, as the sources give it. */
  held: Held[];
  /** Those the claim holds of. */
  matched: Held[];
  /** Where the sources name the person (or holders of the role) instead: their parts at other meetings… */
  elsewhere: Array<{ name: string; parts: Held['part'][]; meeting: Meeting }>;
  /** …or, named at no meeting, the dated events that name them. */
  events: Array<{ date: string; text: string }>;
  sources: string[];
}

// A person's side by their roles: a Shenzhen or Chinese office is China's; MCI's is Singapore's.
const sideOfRole = (role: string): Side | undefined =>
  /Shenzhen|Chin/.test(role)
    ? 'China'
    : /Singapore|MCI|Communications and Information/.test(role)
      ? 'Singapore'
      : undefined;

// Clauses of an outcome that say who did what ("Ai Xuefeng, a Shenzhen leader, chaired the session", "the co-chairs gave
// the opening speeches", "Qin Weizhong and Joseph Leong attended and gave the opening speeches").
const CLAUSE = /[;.]|, and /;
const CLAUSE_PARTS: ReadonlyArray<readonly [RegExp, Held['part']]> = [
  [/\bchaired the session\b/i, 'session'],
  [/\bgave (?:the |an )?opening speech/i, 'spoke'],
  [/\battended\b/i, 'attended'],
];

/** Everyone the sources give a role, with it (meetings' people, the initiative's people, quotes' speakers). */
const rolesOnFile = perDataset((dataset: Dataset) => {
  const out = new Map<string, string[]>();
  const add = (name: string, role: string | undefined) => {
    if (!role || role === 'not named') return;
    out.set(name, [...new Set([...(out.get(name) ?? []), role])]);
  };
  for (const m of dataset.meetings) for (const r of m.people) for (const p of r.people) add(p.name, p.role);
  for (const p of dataset.initiative.people ?? []) add(p.name, p.about?.text);
  for (const x of quotesOnFile(dataset)) add(x.quote.by, x.quote.role);
  return out;
});

/** Each meeting's people and parts, read once. */
const heldAt = perDataset((dataset: Dataset) => {
  const known = [...rolesOnFile(dataset).keys()];
  const out = new Map<number, Held[]>();
  for (const m of dataset.meetings) {
    const held: Held[] = [];
    const coChairs = m.people.filter((r) => /^Co-chairs/.test(r.label));
    for (const r of coChairs) {
      const reading = /\((.*)\)/.exec(r.label)?.[1];
      for (const p of r.people)
        held.push({
          name: p.name,
          ...(p.role !== 'not named' ? { role: p.role } : { unnamed: true }),
          part: 'cochair',
          ...(reading ? { reading } : {}),
          sources: r.sources,
        });
    }
    const chairs = [...new Set(held.filter((h) => !h.unnamed).map((h) => h.name))];
    for (const h of m.highlights)
      for (const clause of h.text.split(CLAUSE))
        for (const [re, part] of CLAUSE_PARTS) {
          if (!re.test(clause)) continue;
          const names = /\bco-chairs\b/i.test(clause) ? chairs : known.filter((n) => clause.includes(n));
          for (const name of names) {
            // ("艾学峰 Ai Xuefeng, a Shenzhen leader, chaired…": the words set beside the name are their role there.)
            const beside = new RegExp(`${name}, ([^,]+),`).exec(clause)?.[1];
            const role = held.find((x) => x.name === name)?.role ?? beside;
            held.push({ name, ...(role ? { role } : {}), part, sources: h.sources });
          }
        }
    out.set(m.number, held);
  }
  return out;
});

// The parts asked, by their words (normal form: "co-chair" is "cochair"). A chair of any kind is a co-chair or the
// session's chair; "session" narrows it to the session's.
const PART_WORDS: ReadonlyArray<readonly [RegExp, Part]> = [
  [/ (?:cochair|cochairs|cochaired|cochairing|cochairman|cochairperson) /, 'cochair'],
  [
    / (?:chair|chairs|chaired|chairing|chairman|chairperson|chairwoman|preside|presided|presides|presiding|presided over|moderate|moderated|led|lead|leads) /,
    'chair',
  ],
  [
    / (?:speak|spoke|speaks|speaking|speech|speeches|speaker|speakers|address|addressed|addresses|opening remarks|keynote|give a talk|gave a talk) /,
    'spoke',
  ],
  [
    / (?:attend|attended|attends|attending|present|participate|participated|take part|took part|taken part|show up|showed up|there|at) /,
    'attended',
  ],
];

// "At"/"there" alone is being at the meeting only after "was/were/is"; a speech given (never what was said in it).
const AT_ONLY = / (?:at|there) /;
const BE = /^ (?:was|were|is) /;
const SPEECH_GIVEN = / (?:speech|speeches|speaker|speakers|keynote|opening remarks|address|addressed) /;

// Words of a role asked with no name: a title (titles.ts's roles, and their short forms), or anyone at all.
const SHORT_TITLES: ReadonlyArray<readonly [RegExp, string]> = [
  [/ dpm /, 'deputy prime minister'],
  [/ (?:perm sec|permsec|ps) /, 'permanent secretary'],
  [/ pm /, 'prime minister'],
];
const ANYONE =
  / (?:an? )?(?:official|officials|leader|leaders|representative|someone|somebody|anyone|anybody|person|people|politician|politicians|government official) /;
const TITLE = new RegExp(
  ` (?:an? |the |any )?(?:(shenzhen|singapore|singaporean|sg|chinese|china) )?(${ROLE_TITLES.join('|')})s? `,
);
const SIDE_WORD: Readonly<Record<string, Side>> = {
  shenzhen: 'China',
  chinese: 'China',
  china: 'China',
  singapore: 'Singapore',
  singaporean: 'Singapore',
  sg: 'Singapore',
};

/** The title a role's text names (its longest), or none. */
const titleOf = (role: string): string | undefined => {
  const text = ` ${norm(role)} `;
  return ROLE_TITLES.find((t) => text.includes(` ${t} `));
};

/** Whether a role asked holds of one of a person's roles: the same title (a minister of any rank), on the side asked. */
function roleHolds(asked: NonNullable<RosterPlan['role']>, roles: readonly string[]): boolean {
  return roles.some((r) => {
    const t = titleOf(r);
    const title =
      !asked.title ||
      (t !== undefined &&
        (t === asked.title || (['minister', 'secretary'].includes(asked.title) && t.endsWith(` ${asked.title}`))));
    const side = !asked.side || sideOfRole(r) === asked.side;
    return title && side;
  });
}

/** The plan, or none when the question is not a yes/no of one person's or role's part at one meeting. */
export function planRoster(c: PlanContext): RosterPlan | undefined {
  const { u, dataset } = c;
  if (u.lang !== 'en' || !/^ (?:did|was|were|is|has|had|does) /.test(u.q.text)) return undefined;
  // (A meeting by its ordinal alone — "did a minister attend the 4th?" — is one understand() read: ordinal.ts.)
  const n = c.meetingNums.length === 1 ? c.meetingNums[0] : undefined;
  if (n === undefined || !(n > 0) || !dataset.meetingByNumber(n)) return undefined;
  // (A title read as the ministry it names — "a minister" as MCI — is a title here.)
  if (
    u.mentions.some(
      (m) => (m.type === 'org' && !/^ministers?$/.test(m.words)) || m.type === 'record' || m.type === 'highlight',
    )
  )
    return undefined;
  const text = u.q.text;
  // ("Was Leong at the 4th?": a person or role "at" a meeting is there; "did Leong mention covid at the 3rd?" is not.)
  const found = PART_WORDS.find(
    ([re, part]) => re.test(text) && (part !== 'attended' || !AT_ONLY.test(text) || BE.test(text)),
  );
  if (!found) return undefined;
  // (What someone said there — "did Leong speak about the pandemic at the 3rd?" — is quotes.ts's; a speech given is here.)
  if (!SPEECH_GIVEN.test(text) && asksQuote(u, dataset)) return undefined;
  // (A title before a name no source gives — "permanent secretary Lim" — is that stranger's: never a role asked.)
  if (titledStranger(u, dataset)) return undefined;
  const session = / session /.test(text);
  const part: Part = found[1] === 'chair' && session ? 'session' : found[1];
  const people = [...new Set([...mentionsOf(u, 'person').map((m) => m.value), ...speakersNamed(u, dataset)])];
  if (people.length > 1) return undefined;
  const person = people[0];
  if (person) {
    // (A co-chair asked whether they chaired, co-chaired or were there: the co-chairs' check says it, as it always has.)
    const coChair = dataset.meetings.some((m) =>
      (heldAt(dataset).get(m.number) ?? []).some((h) => h.name === person && h.part === 'cochair'),
    );
    if (coChair && (part === 'cochair' || part === 'chair')) return undefined;
    // (Several claims at once — "held by video and co-chaired by…" — are the claim reader's.)
    if (/ (?:held|video|online|virtual|virtually|in person) /.test(text)) return undefined;
    return { op: 'roster', meeting: n, part, person };
  }
  const short = SHORT_TITLES.find(([re]) => re.test(text))?.[1];
  const titled = TITLE.exec(text);
  const title = short ?? titled?.[2];
  const sideWord =
    titled?.[1] ??
    / (shenzhen|singapore|singaporean|chinese|china) (?:official|leader|representative|person|politician)/.exec(
      text,
    )?.[1];
  if (!title && !ANYONE.test(text)) return undefined;
  if (
    part === 'attended' &&
    !title &&
    !/ (?:official|officials|leader|leaders|politician|politicians|minister) /.test(text)
  )
    return undefined;
  const words = `${sideWord ? `${capitalise(sideWord)} ` : ''}${title ?? 'official'}`;
  return {
    op: 'roster',
    meeting: n,
    part,
    role: { title: title ?? '', ...(sideWord && SIDE_WORD[sideWord] ? { side: SIDE_WORD[sideWord] } : {}), words },
  };
}

export function runRoster(p: RosterPlan, dataset: Dataset): RosterResult | undefined {
  const meeting = dataset.meetingByNumber(p.meeting);
  if (!meeting) return undefined;
  const held = heldAt(dataset).get(p.meeting) ?? [];
  const roles = rolesOnFile(dataset);
  // The one asked: the person by name, or a holder of the role (by the role given there, or any the sources give them).
  const isAsked = (name: string, role?: string) =>
    p.person ? name === p.person : !!p.role && roleHolds(p.role, [...(role ? [role] : []), ...(roles.get(name) ?? [])]);
  const fits = (h: Held) => !h.unnamed && isAsked(h.name, h.role);
  const inPart = (h: Held) =>
    p.part === 'chair'
      ? h.part === 'cochair' || h.part === 'session'
      : p.part === 'attended'
        ? true
        : h.part === p.part;
  const matched = held.filter((h) => inPart(h) && fits(h));
  // A seat every source fills by name (the co-chairs, the session's chair) settles a No; who spoke or attended, the
  // sources never list whole.
  const seats = p.part === 'cochair' || p.part === 'chair' || p.part === 'session';
  const sessionNamed = held.some((h) => h.part === 'session');
  // (A reading that leaves a co-chair unnamed — "a representative from the Chinese government" — is filled by the
  // readings that name that seat: the 4th JIC's is Qin Weizhong in the news reports.)
  const complete = seats && (p.part !== 'session' || sessionNamed);
  const verdict = matched.length ? 'yes' : complete ? 'no' : 'unknown';
  // Where else the sources name the person, or holders of the role: their parts at other meetings, dated events.
  const others = dataset.meetings.filter((m) => m.number > 0 && m.number !== p.meeting);
  const atMeetings = matched.length
    ? []
    : others.flatMap((m) => {
        const there = (heldAt(dataset).get(m.number) ?? []).filter(fits);
        return [...new Set(there.map((h) => h.name))].map((name) => ({
          name,
          parts: [...new Set(there.filter((h) => h.name === name).map((h) => h.part))],
          meeting: m,
        }));
      });
  // (Named at no meeting: the dated events that name them, in their first sentence.)
  const atEvents =
    matched.length || atMeetings.length
      ? []
      : (dataset.initiative.events ?? []).flatMap((e) => {
          const names = [...roles.keys()].filter((name) => e.text.includes(name) && isAsked(name));
          const first = (e.text.split(/(?<=\.) /)[0] ?? '').replace(/\.$/, '');
          return names.length ? [{ date: e.date, text: first }] : [];
        });

  return {
    op: 'roster',
    plan: p,
    meeting,
    verdict,
    held,
    matched,
    elsewhere: atMeetings,
    events: atEvents,
    sources: [...new Set([...held, ...matched].flatMap((h) => h.sources))],
  };
}

const PAST: Readonly<Record<Held['part'], string>> = {
  cochair: 'co-chaired',
  session: 'chaired the session of',
  spoke: 'gave an opening speech at',
  attended: 'attended',
};
// A part said after the meeting ("at the 2nd JIC meeting, Qin Weizhong co-chaired it").
const PAST_AT: Readonly<Record<Held['part'], string>> = {
  cochair: 'co-chaired it',
  session: 'chaired the session',
  spoke: 'gave an opening speech',
  attended: 'attended',
};
const ASKED: Readonly<Record<Part, string>> = {
  cochair: 'as a co-chair of',
  chair: 'chairing',
  session: 'chairing the session of',
  spoke: 'giving a speech at',
  attended: 'at',
};

const who = (h: Held) => `${h.name}${h.role ? ` (${h.role})` : ''}`;

/** The meeting's people as the sources give them, part by part. */
function roster(r: RosterResult): string {
  const listOf = (hs: readonly Held[]) => joinList([...new Set(hs.map(who))]);
  const co = r.held.filter((h) => h.part === 'cochair');
  const readings = [...new Set(co.map((h) => h.reading))];
  // (Co-chairs named differently by two readings: each reading's.)
  const coChairs =
    readings.length > 1
      ? readings.map((x) => `${listOf(co.filter((h) => h.reading === x))} (${x ?? ''})`).join('; or by ')
      : listOf(co);
  const named = (part: Held['part']) => [...new Set(r.held.filter((h) => h.part === part).map((h) => h.name))];
  const chairs = [...new Set(co.filter((h) => !h.unnamed).map((h) => h.name))];
  // ("The co-chairs" only where one reading names them all.)
  const plain = (ns: readonly string[]) =>
    readings.length === 1 && ns.length === chairs.length && ns.every((n) => chairs.includes(n))
      ? 'the co-chairs'
      : joinList(ns);
  const spoke = named('spoke');
  const attended = named('attended');
  const same =
    attended.length > 0 && attended.every((n) => spoke.includes(n)) && spoke.every((n) => attended.includes(n));
  const parts = [
    co.length ? `co-chaired by ${coChairs}` : '',
    named('session').length ? `the session chaired by ${listOf(r.held.filter((h) => h.part === 'session'))}` : '',
    same
      ? `attended, with the opening speeches, by ${plain(spoke)}`
      : [
          spoke.length ? `opening speeches by ${plain(spoke)}` : '',
          attended.length ? `attended by ${plain(attended)}` : '',
        ]
          .filter(Boolean)
          .join('; '),
  ].filter(Boolean);
  return `The ${r.meeting.name} (${meetingDate(r.meeting)}) as the sources give it: ${parts.join('; ')}.`;
}

// A seat's verb, asked of someone ("did not co-chair") and of no one ("no minister co-chaired").
const VERB: Readonly<Record<Part, readonly [string, string]>> = {
  cochair: ['co-chair', 'co-chaired'],
  chair: ['chair', 'chaired'],
  session: ['chair the session of', 'chaired the session of'],
  spoke: ['speak at', 'spoke at'],
  attended: ['attend', 'attended'],
};

export function sayRoster(r: RosterResult): Said {
  const p = r.plan;
  const words = p.role?.words ?? 'official';
  const subject = p.person ?? withArticle(words);
  const at = `the ${r.meeting.name} (${meetingDate(r.meeting)})`;
  // Each person the claim holds of, with every part asked they had there.
  const names = [...new Set(r.matched.map((h) => h.name))];
  const all = [...new Set(r.held.flatMap((h) => (h.part === 'cochair' && h.reading ? [h.reading] : [])))];
  const each = names.map((name) => {
    const hs = r.matched.filter((h) => h.name === name);
    // (Attending is said by any other part; a co-chair only some readings name is said as theirs.)
    const parts = [...new Set(hs.map((h) => h.part))].filter((x, _, xs) => x !== 'attended' || xs.length === 1);
    const readings = [...new Set(hs.flatMap((h) => (h.part === 'cochair' && h.reading ? [h.reading] : [])))];
    const some =
      readings.length && readings.length < all.length ? ` (as the ${joinList(readings)} name the co-chairs)` : '';
    return `${who(hs[0] as Held)} ${joinList(parts.map((x) => `${PAST_AT[x]}${x === 'cochair' ? some : ''}`))}`;
  });
  const lead =
    r.verdict === 'yes'
      ? `Yes: at ${at}, ${joinList(each)}.`
      : r.verdict === 'no'
        ? p.person
          ? `No: ${p.person} did not ${VERB[p.part][0]} ${at}.`
          : `No: no ${words} ${VERB[p.part][1]} ${at}.`
        : `The sources don't name ${subject} ${ASKED[p.part]} ${at}.`;
  const places = [
    ...r.elsewhere.map(
      (x) =>
        `${x.name} ${joinList(x.parts.map((part) => PAST[part]))} the ${x.meeting.name} (${meetingDate(x.meeting)})`,
    ),
    ...r.events.map((x) => `on ${formatDate(x.date)}: ${x.text}`),
  ];
  const elsewhere = places.length ? ` Elsewhere the sources name ${subject}: ${places.join('; ')}.` : '';
  return {
    sentence: `${lead} ${roster(r)}${elsewhere}`,
    lines: [],
    refs: [{ kind: 'meeting', id: r.meeting.id }],
    sources: r.sources,
  };
}

/** The Chinese sentence: the same verdict and roster, the people by the names the sources print (roles are English). */
export function sayRosterZh(r: RosterResult, kit: ZhKit): Said {
  const { t, meetingName, list, person, date } = kit;
  const p = r.plan;
  const at = `${meetingName(r.meeting)}（${date(r.meeting.date.value)}）`;
  const role = p.role
    ? `${p.role.side ? (t.rosterSide[p.role.side] ?? '') : ''}${t.rosterTitle[p.role.title] ?? t.rosterTitle[''] ?? ''}`
    : '';
  const subject = p.person ? person(p.person) : role;
  const did = (part: string) => t.rosterDid[part] ?? '';
  const names = [...new Set(r.matched.map((h) => h.name))];
  const each = names.map(
    (name) => `${person(name)}${list([...new Set(r.matched.filter((h) => h.name === name).map((h) => did(h.part)))])}`,
  );
  const lead =
    r.verdict === 'yes'
      ? t.rosterYes(at, list(each))
      : r.verdict === 'no'
        ? t.rosterNo(subject, t.rosterAsk[p.part] ?? '', at, !p.person)
        : t.rosterUnsaid(subject, t.rosterAsk[p.part] ?? '', at);
  const named = (part: Held['part']) => [...new Set(r.held.filter((h) => h.part === part).map((h) => person(h.name)))];
  // (Co-chairs named differently by two readings: each reading's, as chairs.ts says them.)
  const co = r.held.filter((h) => h.part === 'cochair');
  const readings = [...new Set(co.map((h) => h.reading))];
  const coChairs =
    readings.length > 1
      ? readings
          .map(
            (x) =>
              `${list([...new Set(co.filter((h) => h.reading === x).map((h) => person(h.name)))])}（${/news/.test(x ?? '') ? t.chairsNewsReports : t.chairsRelease}）`,
          )
          .join('；或')
      : list(named('cochair'));
  const parts = (['cochair', 'session', 'spoke', 'attended'] as const)
    .filter((part) => named(part).length)
    .map((part) => `${part === 'cochair' ? coChairs : list(named(part))}${did(part)}`);
  const elsewhere = r.elsewhere.map((x) => `${person(x.name)}${list(x.parts.map(did))}（${meetingName(x.meeting)}）`);
  return {
    sentence: `${lead}${t.rosterAll(at, parts.join('；'))}${elsewhere.length ? t.rosterElsewhere(list(elsewhere)) : ''}`,
    lines: [],
    refs: [{ kind: 'meeting', id: r.meeting.id }],
    sources: r.sources,
  };
}
