import type { Dataset, Meeting } from '../dataset/index.js';
import type { Plan } from './plan/types.js';
import type { Ref } from './run.js';
import type { Said } from './say.js';
import { formatDate, joinList } from './format.js';
import { mentionedOrgIds, mentionsOf, type Understanding } from './understand.js';
import { namedInPassing } from './plan/yes-no.js';
import { comparisonStated } from './bare.js';

/**
 * Co-chairs across meetings: who co-chaired the most meetings, whether anyone co-chaired them all, whether a
 * side's co-chair changed (or stayed) between two meetings. Read off each meeting's co-chairs as the sources
 * name them; where they differ (the 4th JIC: the press release names "a representative from the Chinese
 * government", news reports name Qin Weizhong), the count says which reading it rests on.
 */

export type Side = 'Singapore' | 'China';

export interface ChairsPlan {
  op: 'chairs';
  /** `most`: who co-chaired the most meetings; `every`: whether anyone co-chaired them all; `change`/`same`: two meetings;
   * `seat`: who sat for a side (or each side) at each of two meetings, asked who. */
  ask:
    | 'most'
    | 'every'
    | 'change'
    | 'same'
    | 'seat'
    | 'count'
    | 'successor'
    | 'predecessor'
    | 'people'
    | 'together'
    | 'relative';
  /** `relative`: the person's co-chairing before or after the one meeting asked, or whether it was their first. */
  relative?: 'before' | 'after' | 'first';
  /** `people`: only co-chairs whose role holds this word ("how many mayors co-chaired?"). */
  role?: string;
  /** `together`: the two people asked ("how many meetings did Leong and Qin co-chair together?"). */
  persons?: string[];
  /** The person asked about (`count`: how many meetings they co-chaired; `successor`/`predecessor`: who followed or preceded them). */
  person?: string;
  /** The two meetings compared (`change`, `same`). */
  meetings: number[];
  side?: Side;
  /** Asked as yes/no ("has anyone co-chaired all four?"): the answer starts Yes or No. */
  yesno: boolean;
  /** `count` asked yes/no of one person: "still / now" (the latest the sources say), "always" (every meeting held). */
  when?: 'now' | 'always';
  /** `count` asked as attending ("how many meetings did Leong attend?"): the sources name people at meetings only as co-chairs. */
  attended?: boolean;
  /** `same`: both seats asked ("the same people", "the same co-chairs"): Yes only where every side kept its co-chair. */
  everySide?: boolean;
  /** `people`: everyone but this person ("the co-chairs apart from Joseph Leong"). */
  except?: string;
  /**
   * `most` between two people asked ("did Qin co-chair more meetings than Chen?"): fewer claimed, not more; `most` of
   * everyone: who co-chaired the fewest.
   */
  fewer?: boolean;
}

/** One person's co-chairing: the meetings every reading names them at, and those only some readings do. */
export interface ChairRecord {
  name: string;
  role: string;
  side: Side;
  sure: number[];
  /** Meeting → the reading(s) that name them there (others name someone else). */
  disputed: Array<{ meeting: number; named: string[]; instead: string[] }>;
}

export interface ChairsResult {
  op: 'chairs';
  ask: ChairsPlan['ask'];
  yesno: boolean;
  side?: Side;
  /** The meetings held (numbered 1…), in order. */
  held: Meeting[];
  people: ChairRecord[];
  /** For change/same: the two meetings. */
  pair: Meeting[];
  person?: string;
  persons?: string[];
  role?: string;
  when?: ChairsPlan['when'];
  attended?: boolean;
  /** `people`: the person left out ("apart from Joseph Leong"). */
  except?: string;
  fewer?: boolean;
  relative?: ChairsPlan['relative'];
  /** What the sources say of a person they name as no co-chair ("a Shenzhen leader who chaired the session…"). */
  personAbout?: string;
  /** The latest dated words naming the person as co-chair after the meetings ("he co-chairs the committee", 2024). */
  latest?: { date: string; text: string };
  /** Meetings where a reading names someone unnamed on a side ("a representative from the Chinese government"). */
  unnamed: Array<{ meeting: number; label: string }>;
  everySide?: boolean;
  refs: Ref[];
  sources: string[];
}

const CHINA = /shenzhen|chin/i;
const sideOf = (role: string, name: string): Side => (CHINA.test(`${role} ${name}`) ? 'China' : 'Singapore');
const reading = (label: string) => label.replace(/^Co-chairs \((.*)\)$/, '$1');

// Who sits for a side, said after it ("Singapore's co-chair", "the Shenzhen side"), or "for" the side. (Built once.)
const WHO =
  '(?:[a-z]+ )?(?:cochairs?|chairs?|mayor|representatives?|reps?|person|people|official|officials|side|perm sec|permanent secretary|guy|guys|man|woman|lady|leader|leaders)';
const CHINA_SIDE = new RegExp(` (?:shenzhen|china|chinese)(?: s)? ${WHO} | for (?:the )?(?:shenzhen|china|chinese) `);
const SINGAPORE_SIDE = new RegExp(` (?:singapore|singaporean|sg)(?: s)? ${WHO} | for (?:the )?(?:singapore|sg) `);

// A seat named by its holder's role, and the side every holder of it the sources name sat for.
const ROLE_SIDE: ReadonlyArray<readonly [RegExp, Side]> = [
  [/ (?:mayor|mayors) /, 'China'],
  [/ (?:permanent secretary|permanent secretaries|perm sec|perm secs) /, 'Singapore'],
];

/** The side a question narrows co-chairs to ("Singapore's co-chair", "for Shenzhen"). */
function sideAsked(u: Understanding): Side | undefined {
  const t = u.q.text;
  const country = mentionsOf(u, 'country')[0]?.value;
  if (country === 'China' || country === 'Singapore') return country;
  if (CHINA_SIDE.test(t)) return 'China';
  if (SINGAPORE_SIDE.test(t)) return 'Singapore';
  return undefined;
}

// A seat changing hands, no meetings named ("changed", "took over", "rotated"; the gloss's for 换人, 从…换成…).
const CHANGED_HANDS =
  / (?:change|changed|changes|changing|replaced|replace|replaces|took over|take over|taken over|succeeded|succeed|switch|switched|swap|swapped|rotate|rotated|rotates|rotating|handed over|hand over) /;

/** The one side a question asks a seat of: said ("Singapore's co-chair", "for Shenzhen") or named by its role ("the mayor"). */
export function seatAsked(u: Understanding): Side | undefined {
  return sideAsked(u) ?? ROLE_SIDE.find(([re]) => re.test(u.q.text))?.[1];
}

/** "How many meetings did X attend / take part in / go to?": meetings counted by who was at them. */
const attendedAsked = (u: Understanding): boolean =>
  u.target === 'count' &&
  / how many (?:jic |sci |of the )?(?:meetings|jics|times|jic meetings) /.test(u.q.text) &&
  / (?:attend|attends|attended|attending|take part|took part|taken part|participate|participated|participates|present|been to|been at|go to|went to|gone to|show up|showed up|join|joined) /.test(
    u.q.text,
  );

// Co-chairing set before or after one meeting ("had Joseph Leong co-chaired before the 3rd JIC?", "did Chen Rugui
// co-chair again after the 1st?", "was the 3rd JIC Leong's first time as co-chair?").
const RELATIVE_BEFORE = / (?:before|previously|earlier|prior|already|ever before|beforehand|in the past) /;
const RELATIVE_AFTER =
  / (?:after|again|later|afterwards|afterward|since|subsequently|thereafter|any more|anymore|next) /;
const RELATIVE_FIRST = / (?:first time|first ever|first one|debut|first jic|first meeting) /;

/**
 * "Had Joseph Leong co-chaired before the 3rd JIC?": one person, one meeting, asked yes/no whether they co-chaired before
 * it, after it, or first at it — from the meetings the sources name them at (never the meeting's co-chairs as a Yes).
 */
export function planChairedRelative(u: Understanding, dataset: Dataset): Plan | undefined {
  if (!u.flags.chairing) return undefined;
  const t = u.q.text;
  const first = RELATIVE_FIRST.test(t);
  const before = first ? false : RELATIVE_BEFORE.test(t);
  if (!first && !before && !RELATIVE_AFTER.test(t)) return undefined;
  if (!/^ (?:did|does|do|has|have|had|is|was|were) /.test(t) && u.target !== 'yesno') return undefined;
  const people = [...new Set(mentionsOf(u, 'person').map((m) => m.value))];
  // ("…a JIC meeting before the 3rd": read as the 2nd, the meeting before — the 3rd is the one asked; "his first time":
  // no 1st meeting.)
  let beside: 'before' | 'after' | undefined;
  const meetings = [
    ...new Set(
      mentionsOf(u, 'meeting')
        .filter((m) => !(first && /^(?:the )?first$/.test(m.words)))
        .map((m) => {
          const next = / (before|prior to|preceding|after|following) (?:the )?(\d)(?:st|nd|rd|th)/.exec(` ${m.words}`);
          if (!next) return Number(m.value);
          beside = /^(?:after|following)$/.test(next[1] ?? '') ? 'after' : 'before';
          return Number(next[2]);
        }),
    ),
  ];
  const n = meetings[0];
  if (people.length !== 1 || meetings.length !== 1 || !n || !dataset.meetingByNumber(n)) return undefined;
  return {
    op: 'chairs',
    ask: 'relative',
    relative: first ? 'first' : (beside ?? (before ? 'before' : 'after')),
    person: people[0],
    meetings: [n],
    yesno: true,
  };
}

/** The co-chairs plan, or undefined when the question is not about co-chairs across meetings. */
export function planChairs(u: Understanding, dataset: Dataset): Plan | undefined {
  const t = u.q.text;
  const people = [...new Set(mentionsOf(u, 'person').map((m) => m.value))];
  const chairs = (name: string) =>
    dataset.meetings.some((m) => m.people.some((r) => r.people.some((p) => p.name === name)));
  // "Did Qin co-chair more meetings than Chen?", "Leong vs Yong, who chaired which meetings?", "who co-chaired more, Qin
  // or Chen?": the two people's co-chairing side by side, the first asked as the one claimed.
  if (
    people.length === 2 &&
    u.flags.chairing &&
    people.every(chairs) &&
    !mentionedOrgIds(u).length &&
    !mentionsOf(u, 'meeting').some(
      (m) => dataset.meetingByNumber(Number(m.value)) && !/meetings?|jics?/.test(m.words),
    ) &&
    / (?:more|fewer|less|most|fewest|vs|versus|compared|against|which meetings|each) /.test(t) &&
    !/ (?:together|both|jointly|with each other|alongside|same meetings?|in common) /.test(t)
  )
    return {
      op: 'chairs',
      ask: 'most',
      meetings: [],
      persons: people,
      yesno: u.target === 'yesno' || /^ (?:did|does|do|has|have|had|is|was) /.test(t) || comparisonStated(u.q),
      ...(/ (?:fewer|less|fewest|least) /.test(t) ? { fewer: true } : {}),
    };
  // "How many meetings did Leong and Qin co-chair together?", "did Yong and Chen co-chair a meeting together?"
  if (
    people.length === 2 &&
    u.flags.chairing &&
    people.every(chairs) &&
    !mentionedOrgIds(u).length &&
    !mentionsOf(u, 'meeting').length &&
    / (?:together|both|jointly|with each other|alongside|side by side|same meetings?|in common) | with /.test(t)
  )
    return { op: 'chairs', ask: 'together', meetings: [], persons: people, yesno: u.target === 'yesno' };
  // "How many co-chairs have there been?", "how many mayors co-chaired?", "which permanent secretaries have co-chaired?"
  const role = / (mayors?|permanent secretar(?:y|ies)|perm secs?) /.exec(t)?.[1];
  // ("How many mayors are there in total?": every mayor the sources name co-chaired, so the same count.)
  const rolesCounted = / how many (?:different |distinct )?(?:mayors|permanent secretaries|perm secs) /.test(t);
  // ("Who were the Singapore permanent secretaries involved?": a role in the plural asks for everyone who held it — every
  // mayor and permanent secretary the sources name co-chaired.)
  const rolesListed =
    / (?:mayors|permanent secretaries|perm secs) /.test(t) && / (?:which|what|who|list|name) /.test(t);
  if (
    (u.flags.chairing || rolesCounted || rolesListed) &&
    !people.length &&
    !mentionedOrgIds(u).length &&
    !mentionsOf(u, 'meeting').length &&
    (/ how many (?:different |distinct |separate )?(?:(?:shenzhen|singapore|singaporean|chinese|china) )?(?:cochairs?|chairs|people|persons|individuals|officials|mayors?|permanent secretar(?:y|ies)|leaders) /.test(
      t,
    ) ||
      (role && / (?:which|what|who|list|name) /.test(t) && !/ (?:most|fewest|least|every|all) /.test(t)))
  )
    return {
      op: 'chairs',
      ask: 'people',
      meetings: [],
      ...(role ? { role: /^mayor/.test(role) ? 'mayor' : 'permanent secretary' } : {}),
      ...(sideAsked(u) ? { side: sideAsked(u) } : {}),
      yesno: false,
    };
  // "Did Heng Swee Keat co-chair a JIC meeting?": a name only the sources' text holds, asked yes/no about chairing — the
  // co-chairs on file decide (a leading No), never the passage alone.
  const passing =
    !people.length && u.flags.chairing && u.target === 'yesno' && !mentionedOrgIds(u).length
      ? namedInPassing(u, dataset, [])
      : undefined;
  const passingName = passing ? nameAsWritten(dataset, passing.words) : undefined;
  // "Who are the co-chairs apart from Joseph Leong?": everyone else who co-chaired, never that person's own record.
  if (
    people.length === 1 &&
    people[0] &&
    (u.flags.chairing || / cochairs? /.test(t)) &&
    / (?:apart from|other than|besides|beside|except|excluding|aside from|not counting|but not|leaving out) /.test(t) &&
    !mentionsOf(u, 'meeting').length
  )
    return { op: 'chairs', ask: 'people', meetings: [], except: people[0], yesno: false };
  // "How many meetings did Joseph Leong co-chair?", "who replaced Yong Ying-I as co-chair?", "whom did Qin succeed?"
  if ((people.length === 1 && people[0] && !mentionedOrgIds(u).length) || passingName) {
    const person = people[0] ?? passingName ?? '';
    const chairedBy = dataset.meetings.some((m) => m.people.some((r) => r.people.some((p) => p.name === person)));
    // "Is Ai Xuefeng a co-chair?", "is Qin still co-chair in 2024?", "has Leong always co-chaired?": Yes or No first,
    // from the meetings the sources name them at (and, asked "still", the latest words that say so).
    // ("Did Leong co-chair every JIC meeting?" reads as a comparison across meetings: it is asked yes/no all the same.)
    const yesno = u.target === 'yesno' || /^ (?:did|does|do|has|have|had|is|was|were) /.test(t);
    if (yesno && u.flags.chairing && !mentionsOf(u, 'meeting').length) {
      const when =
        / (?:still|now|currently|today|anymore|any more|these days|at present|presently|as of|in 2024) /.test(t)
          ? 'now'
          : / (?:always|every|each|all) /.test(t)
            ? 'always'
            : undefined;
      return { op: 'chairs', ask: 'count', meetings: [], person, yesno: true, ...(when ? { when } : {}) };
    }
    // "How many meetings did Joseph Leong attend?": the sources name people at meetings as their co-chairs (never
    // every meeting held, never all partners).
    if (attendedAsked(u)) return { op: 'chairs', ask: 'count', meetings: [], person, yesno: false, attended: true };
    if (!chairedBy) return undefined;
    if (
      / (?:replaced|replace|succeeded|succeed|took over from|take over from|came after|followed|follow|successor) /.test(
        t,
      ) &&
      / (?:who|whom) /.test(t)
    ) {
      const before =
        / (?:who|whom) (?:did|does|has) [a-z ]*(?:replace|succeed|take over from|follow) | predecessor | who (?:was|came) before /.test(
          t,
        );
      return { op: 'chairs', ask: before ? 'predecessor' : 'successor', meetings: [], person, yesno: false };
    }
    if (/ who (?:was|came) before | predecessor /.test(t) && u.flags.chairing)
      return { op: 'chairs', ask: 'predecessor', meetings: [], person, yesno: false };
    if (u.flags.chairing && u.target === 'count' && / (?:meetings|jics|times|meeting|jic) /.test(t))
      return { op: 'chairs', ask: 'count', meetings: [], person, yesno: false };
    return undefined;
  }
  // ("How many meetings did Heng Swee Keat attend?": a name the co-chairs' records don't hold is no count of every
  // meeting held — the sources give no list of who attended.)
  if (attendedAsked(u) && !people.length && !mentionedOrgIds(u).length && /[a-z]{3,} [a-z]{3,}/.test(u.rest))
    return { op: 'unsure', words: u.rest };
  // ("The Shenzhen mayor at the 1st vs the 2nd meeting", "the permanent secretary at the 1st and the 3rd": a seat's role
  // names its side — the mayors the sources name sat for Shenzhen, the permanent secretaries for Singapore.)
  const seatRole = ROLE_SIDE.find(([re]) => re.test(t));
  if ((!u.flags.chairing && !seatRole) || people.length || mentionedOrgIds(u).length) return undefined;
  // ("Who led the Shenzhen side at the 2nd and 3rd JIC?": the side's seat, each meeting's.)
  const seatOnly = !/ (?:cochair|cochairs|cochaired|cochairing|chair|chaired|chairs|chairing) /.test(t);
  if (seatOnly && !seatRole && !(sideAsked(u) && / (?:led|lead|leads|headed|head|heads) /.test(t))) return undefined;
  const meetings = [...new Set(mentionsOf(u, 'meeting').map((m) => Number(m.value)))].filter(
    (n) => n > 0 && dataset.meetingByNumber(n),
  );
  // (The role's side only for a seat at two meetings: "which permanent secretary co-chaired the fewest" ranks the role's
  // holders, never one side's.)
  const side = meetings.length === 2 ? seatAsked(u) : sideAsked(u);
  const yesno = u.target === 'yesno';
  const base = { ...(side ? { side } : {}), yesno };
  if (seatOnly && meetings.length !== 2) return undefined;
  if (meetings.length === 2) {
    if (
      / (?:change|changed|changes|different|differ|differed|new|replaced|replace|switch|switched|swap|swapped) /.test(t)
    )
      return { op: 'chairs', ask: 'change', meetings: meetings.sort((a, b) => a - b), ...base };
    // ("The same people / co-chairs / pair": both seats; "the same person", "anyone… both": one seat is enough.)
    const everySide = / same (?:people|persons|cochairs|chairs|pair|two|leaders|officials|team) /.test(t);
    if (
      / (?:same|again|both|still|remain|remained|stay|stayed|continue|continued|also|overlap|overlaps|overlapped|in common|shared|share) /.test(
        t,
      )
    )
      return {
        op: 'chairs',
        ask: 'same',
        meetings: meetings.sort((a, b) => a - b),
        ...base,
        ...(everySide && !side ? { everySide } : {}),
      };
    // "Who was the Shenzhen mayor at the 1st vs the 2nd meeting?", "Singapore's co-chair at the 2nd and the 3rd?": the
    // seat at each meeting named, in order (never the meetings' MOU counts, nor both co-chairs of each when one side is
    // asked).
    if (!yesno && (side || / (?:who|whom|which|name|names|compare|compared|vs|versus) /.test(t)))
      return { op: 'chairs', ask: 'seat', meetings: meetings.sort((a, b) => a - b), ...base };
    return undefined;
  }
  // ("Did the Chinese co-chair change?", "the co-chair changed from whom to whom?", 中方共同主席从谁换成了谁: no two
  // meetings named — each side's co-chairs over the meetings, in order, which shows who took over when.)
  if (!meetings.length && !seatOnly && CHANGED_HANDS.test(t))
    return { op: 'read', about: { type: 'committee', ...(side ? { side } : {}) }, attribute: 'chairs' };
  if (meetings.length) return undefined;
  // "Who has co-chaired the most meetings?", "which official chaired the most JICs?", "which co-chair chaired the fewest
  // meetings?" (the fewest: the bottom of the same tally, never its top).
  const fewest = / (?:fewest|(?<!at )least) /.test(t);
  if (
    / (?:the )?(?:most|fewest|least) (?:jic )?(?:meetings|jics|jic|times|often)| (?:most|fewest) (?:meetings|jics) /.test(
      t,
    ) ||
    (u.target === 'most' &&
      / who | which (?:person|official|people|one|mayor|permanent secretary|cochairs?|chairs?) /.test(t))
  )
    return {
      op: 'chairs',
      ask: 'most',
      meetings: [],
      ...base,
      ...(fewest ? { fewer: true } : {}),
      // ("Which mayor co-chaired the most?": among those whose role the sources give as that.)
      ...(role ? { role: /^mayor/.test(role) ? 'mayor' : 'permanent secretary' } : {}),
    };
  // "Who co-chaired every meeting?", "has anyone co-chaired all four?"
  if (
    / (?:every|all) (?:(?:four|4|of the|the) )*(?:jic )?(?:meetings|jics|meeting|jic|of them|times)? | all (?:four|4) /.test(
      t,
    )
  )
    return { op: 'chairs', ask: 'every', meetings: [], ...base };
  // "Who have been the co-chairs over the years?", "each meeting's co-chairs": the committee's co-chairs, meeting by meeting.
  if (
    / over the years | (?:so far|to date|ever|over time|through the years|across (?:the )?(?:meetings|years|jics)|each (?:jic )?meeting|per meeting|history) /.test(
      t,
    )
  )
    return { op: 'read', about: { type: 'committee', ...(side ? { side } : {}) }, attribute: 'chairs' };
  // "Who chairs it for Shenzhen?", "who's the Singapore guy who chairs it?": the committee's co-chairs (the side's).
  if (
    u.target === 'who' &&
    / (?:chairs|chaired|cochairs|cochaired) (?:it|the (?:jic|committee|sci|initiative)) /.test(t)
  )
    return { op: 'read', about: { type: 'committee', ...(side ? { side } : {}) }, attribute: 'chairs' };
  return undefined;
}

export function runChairs(p: ChairsPlan, dataset: Dataset): ChairsResult {
  const held = dataset.meetings.filter((m) => m.number > 0);
  const byName = new Map<string, { role: string; at: Map<number, string[]> }>();
  const labels = new Map<number, string[]>();
  const sources: string[] = [];
  for (const m of held)
    for (const r of m.people) {
      labels.set(m.number, [...(labels.get(m.number) ?? []), r.label]);
      sources.push(...r.sources);
      for (const person of r.people) {
        const e = byName.get(person.name) ?? { role: person.role, at: new Map<number, string[]>() };
        e.at.set(m.number, [...(e.at.get(m.number) ?? []), r.label]);
        byName.set(person.name, e);
      }
    }
  const people: ChairRecord[] = [...byName]
    .filter(([, e]) => e.role !== 'not named')
    .map(([name, e]) => {
      const sure: number[] = [];
      const disputed: ChairRecord['disputed'] = [];
      for (const [n, mine] of e.at) {
        const others = (labels.get(n) ?? []).filter((l) => !mine.includes(l));
        if (!others.length) sure.push(n);
        else {
          // Whom the other readings name on this side instead.
          const instead = [...byName]
            .filter(
              ([o, x]) =>
                o !== name &&
                sideOf(x.role, o) === sideOf(e.role, name) &&
                (x.at.get(n) ?? []).some((l) => others.includes(l)),
            )
            .map(([o]) => o);
          disputed.push({ meeting: n, named: mine.map(reading), instead });
        }
      }
      return { name, role: e.role, side: sideOf(e.role, name), sure: sure.sort((a, b) => a - b), disputed };
    })
    .filter((x) => !p.side || x.side === p.side)
    .filter((x) => !p.role || x.role.toLowerCase().includes(p.role))
    .filter((x) => x.name !== p.except)
    // (Two people set against each other: only they are counted.)
    .filter((x) => p.ask !== 'most' || !p.persons || p.persons.includes(x.name));
  const unnamed = held.flatMap((m) =>
    m.people.flatMap((r) =>
      r.people
        .filter((x) => x.role === 'not named' && (!p.side || sideOf(x.role, x.name) === p.side))
        .map((x) => ({ meeting: m.number, label: `${reading(r.label)}: ${x.name}` })),
    ),
  );
  // (A person asked about is said with their own side's seat.)
  const pair = p.meetings.map((n) => dataset.meetingByNumber(n)).filter((m): m is Meeting => !!m);
  const refs: Ref[] = (pair.length ? pair : held).map((m) => ({ kind: 'meeting', id: m.id }));
  // Asked yes/no of one person: what the sources say of someone who co-chaired nothing, and, asked "still", the latest
  // dated words that name them co-chair (events after the meetings).
  const asked = (p.yesno || p.attended) && p.ask === 'count' && p.person ? p.person : undefined;
  const personAbout = asked ? dataset.initiative.people?.find((x) => x.name === asked)?.about?.text : undefined;
  const said = asked
    ? [...(dataset.initiative.events ?? [])]
        .sort((a, b) => b.date.localeCompare(a.date))
        .find((e) => e.text.includes(asked) && /co-?chair/i.test(e.text))
    : undefined;
  if (said) sources.push(...said.sources);
  return {
    op: 'chairs',
    ask: p.ask,
    yesno: p.yesno,
    ...(p.when ? { when: p.when } : {}),
    ...(p.attended ? { attended: true } : {}),
    ...(personAbout ? { personAbout } : {}),
    ...(said && p.when === 'now' ? { latest: { date: said.date, text: said.text } } : {}),
    ...(p.person ? { person: p.person } : {}),
    ...(p.relative ? { relative: p.relative } : {}),
    ...(p.persons ? { persons: p.persons } : {}),
    ...(p.role ? { role: p.role } : {}),
    ...(p.side ? { side: p.side } : {}),
    ...(p.everySide ? { everySide: true } : {}),
    ...(p.except ? { except: p.except } : {}),
    ...(p.fewer ? { fewer: true } : {}),
    unnamed: p.ask === 'people' && !p.role ? unnamed : [],
    held,
    people,
    pair,
    refs,
    sources: [...new Set(sources)],
  };
}

const ordinals = (ns: readonly number[]) =>
  joinList(ns.map((n) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`));
export const all = (p: ChairRecord) => [...p.sure, ...p.disputed.map((d) => d.meeting)].sort((a, b) => a - b);
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const sideName = (s: Side) => (s === 'China' ? 'Shenzhen' : 'Singapore');

/** "Qin Weizhong: 3 (the 2nd, 3rd and 4th JIC; at the 4th as news reports name him)". */
function tally(p: ChairRecord): string {
  const ms = all(p);
  const d = p.disputed.map(
    (x) =>
      `at the ${ordinals([x.meeting])} by ${joinList(x.named.map((l) => (/news/.test(l) ? 'news reports' : `the ${l}`)))} only`,
  );
  return `${p.name} ${ms.length} (the ${ordinals(ms)} JIC${ms.length > 1 ? ' meetings' : ' meeting'}${d.length ? `; ${d.join('; ')}` : ''})`;
}

/** Per side, each meeting's co-chair(s): the names every reading gives, or the readings where they differ. */
/** Who sat for one side at one meeting: the names every reading gives, or one reading's name and the others'. */
export function seatAt(
  r: ChairsResult,
  n: number,
  side: Side,
): { sure?: string[]; disputed?: { readings: string[]; who: string; instead: string[] } } {
  const ps = r.people.filter((p) => p.side === side);
  const sure = ps.filter((p) => p.sure.includes(n)).map((p) => p.name);
  if (sure.length) return { sure };
  const first = ps.flatMap((p) => p.disputed.filter((x) => x.meeting === n).map((x) => ({ p, x })))[0];
  if (!first) return {};
  return { disputed: { readings: first.x.named, who: first.p.name, instead: first.x.instead } };
}

/**
 * Whether one side's seat was held by the same people at two meetings: undefined where a reading leaves it open — unless
 * the one named at a meeting is named by no reading of the other (Chen Rugui at the 1st; Qin Weizhong or an unnamed
 * representative at the 4th: not the same).
 */
export function seatSame(r: ChairsResult, a: number, b: number, side: Side): boolean | undefined {
  const x = seatAt(r, a, side);
  const y = seatAt(r, b, side);
  if (x.sure && y.sure) return x.sure.join() === y.sure.join();
  const sure = x.sure ?? y.sure;
  const open = x.disputed ?? y.disputed;
  if (sure && open && !sure.some((n) => n === open.who || open.instead.includes(n))) return false;
  return undefined;
}

/** Per side, each meeting's co-chair(s), in English: the names every reading gives, or the readings where they differ. */
export function atMeeting(r: ChairsResult, n: number, side: Side): { sure?: string; readings?: string } {
  const seat = seatAt(r, n, side);
  if (seat.sure) return { sure: joinList(seat.sure) };
  const d = seat.disputed;
  if (!d) return {};
  const named = `${joinList(d.readings.map((l) => (/news/.test(l) ? 'news reports' : `the ${l}`)))} name${d.readings.length === 1 && !/news/.test(d.readings[0] ?? '') ? 's' : ''} ${d.who}`;
  const other = d.instead.length
    ? joinList(d.instead)
    : `no one ${sideName(side) === 'Shenzhen' ? 'from Shenzhen' : 'from Singapore'} by name`;
  return { readings: `${named}; the other reading names ${other}` };
}

/**
 * Who held a seat at one meeting, every reading naming them there: the side's holder, or each side's (Singapore's
 * first) where no side is asked. A seat the readings differ on names no one.
 */
export function seatHoldersAt(dataset: Dataset, n: number, side: Side | undefined): string[] {
  const r = runChairs({ op: 'chairs', ask: 'people', meetings: [], yesno: false }, dataset);
  const sides: Side[] = side ? [side] : ['Singapore', 'China'];
  return sides.flatMap((x) => {
    const sure = seatAt(r, n, x).sure ?? [];
    return sure.length === 1 ? sure : [];
  });
}

/** A person's co-chairing in order, and who held their side's seat just before and after them. */
export function personChairs(r: ChairsResult): { me?: ChairRecord; before: ChairRecord[]; after: ChairRecord[] } {
  const me = r.people.find((p) => p.name === r.person);
  if (!me) return { before: [], after: [] };
  const mine = all(me);
  const first = mine[0] ?? 0;
  const last = mine[mine.length - 1] ?? 0;
  const others = r.people.filter((p) => p !== me && p.side === me.side);
  // (Only those every reading names there: a disputed seat is no successor.)
  const lastSure = (p: ChairRecord) => p.sure[p.sure.length - 1] ?? -1;
  const before = others.filter(
    (p) =>
      lastSure(p) === first - 1 ||
      (p.sure.length && lastSure(p) < first && !others.some((q) => lastSure(q) > lastSure(p) && lastSure(q) < first)),
  );
  const after = others.filter((p) => (p.sure[0] ?? 99) === last + 1);
  return { me, before, after };
}

/** The meetings two people co-chaired together: every reading names both, or one reading does (said which). */
export function together(r: ChairsResult): { both: ChairRecord[]; sure: number[]; disputed: ChairRecord['disputed'] } {
  const both = (r.persons ?? []).map((n) => r.people.find((p) => p.name === n)).filter((p): p is ChairRecord => !!p);
  const [a, b] = both;
  if (!a || !b) return { both, sure: [], disputed: [] };
  const shared = all(a).filter((n) => all(b).includes(n));
  const sure = shared.filter((n) => a.sure.includes(n) && b.sure.includes(n));
  const disputed = [...a.disputed, ...b.disputed].filter(
    (d) => shared.includes(d.meeting) && !sure.includes(d.meeting),
  );
  return { both, sure, disputed };
}

export function sayChairsAcross(r: ChairsResult): Said {
  const base = { lines: [], refs: r.refs, sources: r.sources };
  if (r.ask === 'people') {
    const ps = [...r.people].sort((a, b) => (all(a)[0] ?? 0) - (all(b)[0] ?? 0));
    const who = r.role ? `${r.role === 'mayor' ? 'mayors' : 'permanent secretaries'}` : 'people';
    const side = r.side ? ` for ${sideName(r.side)}` : '';
    const named = r.unnamed.map(
      (x) => `the ${x.label.replace(/^(.*): (.*)$/, '$1 names $2')} at the ${ordinals([x.meeting])}`,
    );
    return {
      sentence: `${r.except ? `Besides ${r.except}, ` : ''}${ps.length} ${ps.length === 1 ? who.replace(/ies$/, 'y').replace(/s$/, '') : who} co-chaired the JIC meetings${side} by name in the sources: ${ps.map(tally).join('; ')}${named.length ? `. Besides them, ${joinList(named)}` : ''}.`,
      ...base,
    };
  }
  if (r.ask === 'together') {
    const { both, sure, disputed } = together(r);
    const [a, b] = both;
    if (!a || !b) return { sentence: 'The sources name only one of them as a JIC co-chair.', ...base };
    const ms = [...sure, ...disputed.map((d) => d.meeting)].sort((x, y) => x - y);
    const notes = disputed.map(
      (d) =>
        `at the ${ordinals([d.meeting])}, ${joinList(d.named.map((l) => (/news/.test(l) ? 'news reports' : `the ${l}`)))} name both; the other reading names ${joinList(d.instead) || 'someone else'}`,
    );
    const lead = r.yesno ? (sure.length ? 'Yes: ' : ms.length ? 'The sources differ: ' : 'No: ') : '';
    return {
      sentence: ms.length
        ? `${lead}${a.name} and ${b.name} co-chaired ${ms.length} JIC meeting${ms.length === 1 ? '' : 's'} together: the ${ordinals(ms)}${notes.length ? ` (${notes.join('; ')})` : ''}.`
        : `${lead}${a.name} and ${b.name} co-chaired no JIC meeting together: ${[a, b].map(tally).join('; ')}.`,
      ...base,
    };
  }
  if (r.ask === 'relative') return relativeSaid(r, base);
  if (r.ask === 'count' || r.ask === 'successor' || r.ask === 'predecessor') {
    const { me, before, after } = personChairs(r);
    // (Attending asked: they name people at meetings only as co-chairs — and give no list of who attended.)
    const seen = r.attended ? '; the sources give no list of who attended' : '';
    if (!me)
      return {
        sentence: `${r.yesno ? 'No: t' : 'T'}he sources name ${r.person ?? 'them'} as no JIC co-chair${r.personAbout ? `; they give ${r.person} as ${lowerFirst(r.personAbout)}` : ''}${seen}.`,
        ...base,
      };
    const own = tally(me)
      .replace(/^(.*?) (\d+) \(/, '$1 co-chaired $2 JIC meeting$2s (')
      .replace(/meeting1s/, 'meeting')
      .replace(/meeting(\d+)s/, 'meetings');
    if (r.ask === 'count' && r.yesno) {
      // "Always": every meeting held; "still": the latest words that say so, dated (never "now" beyond them).
      const every = all(me).length === r.held.length;
      const lead =
        r.when === 'always'
          ? every
            ? 'Yes'
            : 'No'
          : r.when === 'now'
            ? r.latest
              ? 'Yes'
              : "The sources don't say"
            : 'Yes';
      const latest = r.latest ? ` The latest the sources say (${formatDate(r.latest.date)}): ${r.latest.text}` : '';
      return { sentence: `${lead}: ${own}.${latest}`, ...base };
    }
    if (r.ask === 'count') return { sentence: `${own}${seen}.`, ...base };
    const side = sideName(me.side);
    const next = r.ask === 'successor' ? after : before;
    const them = next.map((p) => `${p.name} (the ${ordinals(all(p))} JIC)`);
    return {
      sentence: next.length
        ? `${joinList(them)} ${r.ask === 'successor' ? `followed ${me.name}` : `came before ${me.name}`} as ${side}'s co-chair: ${own}.`
        : `The sources name no ${side} co-chair ${r.ask === 'successor' ? 'after' : 'before'} ${me.name}: ${own}.`,
      ...base,
    };
  }
  const ranked = [...r.people].sort((a, b) => all(b).length - all(a).length || b.sure.length - a.sure.length);
  if (r.ask === 'most' || r.ask === 'every') {
    const top = ranked[0];
    if (!top) return { sentence: 'The sources name no co-chairs.', ...base };
    const n = r.held.length;
    const everyone = ranked.filter((p) => all(p).length === n);
    const rest = ranked.map(tally);
    if (r.ask === 'every') {
      if (!everyone.length)
        return {
          sentence: `${r.yesno ? 'No: n' : 'N'}o one co-chaired all ${n} JIC meetings${r.side ? ` for ${sideName(r.side)}` : ''}. By the sources: ${rest.join('; ')}.`,
          ...base,
        };
      const sureAll = everyone.filter((p) => p.sure.length === n);
      return {
        sentence: `${r.yesno ? (sureAll.length ? 'Yes: ' : 'The sources differ: ') : ''}${joinList(everyone.map((p) => p.name))} co-chaired all ${n} JIC meetings${sureAll.length ? '' : ' by one reading'}. By the sources: ${rest.join('; ')}.`,
        ...base,
      };
    }
    if (r.persons?.length === 2) return { sentence: twoCompared(r), ...base };
    // (The fewest first, in the tally too.)
    if (r.fewer)
      return {
        sentence: `${fewestLead(r, ranked)}. By the sources: ${[...ranked].reverse().map(tally).join('; ')}.`,
        ...base,
      };
    const max = all(top).length;
    const leaders = ranked.filter((p) => all(p).length === max);
    const lead =
      leaders.length === 1
        ? `${top.name} co-chaired the most JIC meetings${r.side ? ` for ${sideName(r.side)}` : ''}: ${max}`
        : `${joinList(leaders.map((p) => p.name))} co-chaired the most JIC meetings${r.side ? ` for ${sideName(r.side)}` : ''}: ${max} each`;
    // A count that rests on one reading of a meeting where the sources differ: say what it is without that meeting.
    const sure = top.sure.length;
    const level = ranked.filter((p) => p !== top && all(p).length >= sure).map((p) => p.name);
    const caveat =
      leaders.length === 1 && top.disputed.length
        ? ` — counting the ${ordinals(top.disputed.map((d) => d.meeting))}, where the sources differ; without it, ${sure}${level.length ? `, as many as ${joinList(level)}` : ''}`
        : '';
    return { sentence: `${lead}${caveat}. By the sources: ${rest.join('; ')}.`, ...base };
  }
  // change / same, between two meetings, per side.
  const [a, b] = r.pair;
  if (!a || !b) return { sentence: 'The sources name no co-chairs for those meetings.', ...base };
  const sides: Side[] = r.side ? [r.side] : ['Singapore', 'China'];
  const per = sides.map((s) => {
    const x = atMeeting(r, a.number, s);
    const y = atMeeting(r, b.number, s);
    const same = seatSame(r, a.number, b.number, s);
    const A = a.name;
    const B = b.name;
    const text =
      same === true
        ? `for ${sideName(s)}, the ${A} and the ${B} were both co-chaired by ${x.sure}`
        : same === false && y.sure !== undefined
          ? `for ${sideName(s)}, the ${A} was co-chaired by ${x.sure} and the ${B} by ${y.sure}`
          : `for ${sideName(s)}, the ${A} was co-chaired by ${x.sure ?? `one of two readings (${x.readings ?? 'none named'})`}; at the ${B}, ${y.sure ?? `the sources differ: ${y.readings ?? 'no co-chair is named'}`}`;
    return { same, text, who: same ? x.sure : undefined };
  });
  // "Who co-chaired both the 2nd and 3rd JIC?": asked who, the names (never a "Yes" to a who-question).
  if (!r.yesno && r.ask === 'same') {
    const kept = per.flatMap((x) => (x.who ? [x.who] : []));
    const lead = kept.length
      ? `${joinList(kept)} co-chaired both`
      : per.every((x) => x.same === false)
        ? 'No one co-chaired both'
        : 'The sources differ';
    return { sentence: `${lead}: ${per.map((x) => x.text).join('; ')}.`, ...base };
  }
  // "Who was the Shenzhen mayor at the 1st vs the 2nd?": each meeting's seat, with no Yes or No before it.
  if (r.ask === 'seat') {
    const body = per.map((x) => x.text).join('; ');
    return { sentence: `${body.charAt(0).toUpperCase()}${body.slice(1)}.`, ...base };
  }
  // "Did it change?" is yes where a side changed; "the same person?" is yes where a side kept its co-chair.
  const wanted = r.ask === 'change' ? false : true;
  // "Did the same people co-chair both?": every seat kept (No where one changed; the sources differ where one is disputed).
  if (r.everySide) {
    const lead = per.some((x) => x.same === false)
      ? 'No'
      : per.every((x) => x.same === true)
        ? 'Yes'
        : 'The sources differ';
    return { sentence: `${lead}: ${per.map((x) => x.text).join('; ')}.`, ...base };
  }
  const hit = per.some((x) => x.same === wanted);
  const unknown = per.every((x) => x.same === undefined);
  const lead = unknown
    ? 'The sources differ'
    : r.side
      ? hit
        ? 'Yes'
        : per[0]?.same === undefined
          ? 'The sources differ'
          : 'No'
      : hit
        ? 'Yes'
        : per.some((x) => x.same === undefined)
          ? 'The sources differ'
          : 'No';
  const body = per.map((x) => x.text).join('; ');
  return { sentence: `${lead}: ${body}.`, ...base };
}

/**
 * Who co-chaired the fewest meetings: the bottom of the tally, with anyone a reading where the sources differ would put
 * as low (a count without that meeting).
 */
function fewestLead(r: ChairsResult, ranked: readonly ChairRecord[]): string {
  const { least, level } = fewest(ranked);
  const n = all(least[0]!).length;
  const side = r.side ? ` for ${sideName(r.side)}` : '';
  const lead =
    least.length === 1
      ? `${least[0]!.name} co-chaired the fewest JIC meetings${side}: ${n}`
      : `${joinList(least.map((p) => p.name))} co-chaired the fewest JIC meetings${side}: ${n} each`;
  return level.length
    ? `${lead} — without the meetings where the sources differ, ${joinList(level.map((p) => `${p.name} ${p.sure.length}`))}`
    : lead;
}

/** The co-chairs with the fewest meetings, and others who would have as few without a meeting the sources differ on. */
export function fewest(ranked: readonly ChairRecord[]): { least: ChairRecord[]; level: ChairRecord[] } {
  const min = Math.min(...ranked.map((p) => all(p).length));
  const least = ranked.filter((p) => all(p).length === min);
  return { least, level: ranked.filter((p) => !least.includes(p) && p.sure.length <= min) };
}

/**
 * Two people's co-chairing set side by side ("did Qin co-chair more meetings than Chen?"): the first asked is the one
 * claimed; a count that rests on a meeting where the sources differ is said so, never a plain Yes.
 */
function twoCompared(r: ChairsResult): string {
  const [a, b] = (r.persons ?? []).map((n) => r.people.find((p) => p.name === n));
  if (!a || !b) return 'The sources name only one of them as a JIC co-chair.';
  const holds = (x: number, y: number) => (r.fewer ? x < y : x > y);
  const counted = holds(all(a).length, all(b).length);
  const sure = holds(a.sure.length, b.sure.length);
  const body = `${tally(a)}; ${tally(b)}`;
  const even = all(a).length === all(b).length;
  if (r.yesno)
    return `${counted && sure ? 'Yes' : !counted && !sure ? (even ? 'No, as many' : 'No') : 'Only by one reading'}: ${body}.`;
  const [x, y] = all(a).length >= all(b).length ? [a, b] : [b, a];
  const level = all(x).length === all(y).length;
  const caveat =
    !level && x.disputed.length && x.sure.length <= y.sure.length
      ? ` — counting the ${ordinals(x.disputed.map((d) => d.meeting))}, where the sources differ; without it, ${x.sure.length} each`
      : '';
  const lead = level
    ? `${a.name} and ${b.name} co-chaired as many JIC meetings`
    : r.fewer
      ? `${y.name} co-chaired fewer JIC meetings than ${x.name}`
      : `${x.name} co-chaired more JIC meetings than ${y.name}`;
  return `${lead}${caveat}: ${body}.`;
}

/** A name only the sources' text holds, as that text writes it ("heng swee keat" → "Heng Swee Keat"). */
function nameAsWritten(dataset: Dataset, words: readonly string[]): string | undefined {
  const re = new RegExp(`\\b${words.join('\\W+')}\\b`, 'i');
  const texts = [
    ...(dataset.initiative.events ?? []).map((e) => e.text),
    ...dataset.meetings.flatMap((m) => m.highlights.map((h) => h.text)),
  ];
  for (const x of texts) {
    const m = re.exec(x)?.[0];
    if (m) return m;
  }
  return undefined;
}

/** The Yes or No of co-chairing before or after meeting `n` (or first at it): `differ` where one reading only says so. */
export function relativeVerdict(me: ChairRecord, n: number, relative: ChairsPlan['relative']): 'yes' | 'no' | 'differ' {
  const mine = all(me);
  const sure = (ns: number[]) => (ns.some((x) => me.sure.includes(x)) ? 'yes' : 'differ');
  if (relative === 'after') {
    const later = mine.filter((x) => x > n);
    return later.length ? sure(later) : 'no';
  }
  const earlier = mine.filter((x) => x < n);
  if (relative === 'first') return mine.includes(n) && !earlier.length ? 'yes' : 'no';
  return earlier.length ? sure(earlier) : 'no';
}

/**
 * "Had Joseph Leong co-chaired before the 3rd JIC?" → "No: Joseph Leong first co-chaired at the 3rd JIC meeting; before
 * it, Singapore's co-chair was Yong Ying-I (the 1st and 2nd JIC). Joseph Leong co-chaired 2 JIC meetings (…)."
 */
function relativeSaid(r: ChairsResult, base: Omit<Said, 'sentence'>): Said {
  const me = r.people.find((p) => p.name === r.person);
  const at = r.pair[0];
  if (!me || !at) return { sentence: `The sources name ${r.person ?? 'them'} as no JIC co-chair.`, ...base };
  const n = at.number;
  const mine = all(me);
  const own = tally(me)
    .replace(/^(.*?) (\d+) \(/, '$1 co-chaired $2 JIC meeting$2s (')
    .replace(/meeting1s/, 'meeting')
    .replace(/meeting(\d+)s/, 'meetings');
  const atSaid = `the ${ordinals([n])} JIC meeting`;
  const side = sideName(me.side);
  // Who held the person's seat on the other side of the meeting, where the person did not.
  const others = (ns: number[]) =>
    r.people
      .filter((p) => p !== me && p.side === me.side)
      .map((p) => ({ p, ns: all(p).filter((x) => ns.includes(x)) }))
      .filter((x) => x.ns.length)
      .map((x) => `${x.p.name} (the ${ordinals(x.ns)} JIC)`);
  const held = r.held.map((m) => m.number);
  // (Only the meetings every reading names them at make a flat Yes; one reading's is said as such.)
  const lead = (ns: number[]) => (ns.some((x) => me.sure.includes(x)) ? 'Yes' : 'The sources differ');
  if (r.relative === 'after') {
    const later = mine.filter((x) => x > n);
    if (later.length)
      return {
        sentence: `${lead(later)}: after ${atSaid}, ${me.name} co-chaired the ${ordinals(later)}. ${own}.`,
        ...base,
      };
    const who = others(held.filter((x) => x > n));
    return {
      sentence: `No: ${me.name} co-chaired no JIC meeting after the ${ordinals([n])}${who.length ? `; ${side}'s co-chair after it was ${joinList(who)}` : ''}. ${own}.`,
      ...base,
    };
  }
  const earlier = mine.filter((x) => x < n);
  const who = others(held.filter((x) => x < n));
  const firstHeld = mine[0] ?? n;
  if (r.relative === 'first') {
    if (!mine.includes(n)) {
      // (Who did sit for the person's side there: "did Joseph Leong co-chair the first JIC meeting?" → Yong Ying-I.)
      const there = seatAt(r, n, me.side).sure ?? [];
      return {
        sentence: `No: ${me.name} did not co-chair ${atSaid}${there.length ? `; ${side}'s co-chair there was ${joinList(there)}` : ''}. ${own}.`,
        ...base,
      };
    }
    return earlier.length
      ? {
          sentence: `No: ${me.name} had co-chaired the ${ordinals(earlier)} before ${atSaid}. ${own}.`,
          ...base,
        }
      : {
          sentence: `Yes: ${atSaid} was the first ${me.name} co-chaired${who.length ? `; before it, ${side}'s co-chair was ${joinList(who)}` : ''}. ${own}.`,
          ...base,
        };
  }
  if (earlier.length)
    return {
      sentence: `${lead(earlier)}: before ${atSaid}, ${me.name} co-chaired the ${ordinals(earlier)}. ${own}.`,
      ...base,
    };
  return {
    sentence: `No: ${me.name} ${mine.includes(n) ? `first co-chaired at ${atSaid}` : firstHeld > n ? `first co-chaired at the ${ordinals([firstHeld])} JIC meeting, after it` : 'co-chaired no JIC meeting before it'}${who.length ? `; before it, ${side}'s co-chair was ${joinList(who)}` : ''}. ${own}.`,
    ...base,
  };
}
