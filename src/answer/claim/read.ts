// The claim reader: a yes/no question (or an alternative "A or B?") read into one typed claim from understand()'s
// mentions and the sentence's structure — its subject, predicate, objects and qualifiers — never from a list of
// phrasings. Every word must be read: a mention the claim uses, a word of its predicate, a qualifier (a date, a place),
// or a word that only shapes a question. A word left unread means the claim is not read whole: undefined, and the
// existing readings answer (never a guessed Yes or No).
import { type Mention, mentionsOf, type Understanding } from '../understand.js';
import type { Dataset } from '../../dataset/index.js';
import type { ReadClaim, Thing } from './types.js';
import { norm } from '../records.js';
import { LEXICONS } from '../lexicon.js';
import {
  AGE,
  CHAIRED,
  COUNTED,
  FACTORS,
  FIRST,
  HELD,
  IN_PERSON,
  IN_PERSON_WORDS,
  LAST,
  RATIO_WORDS,
  SOME_MEETING,
  REMOTE,
  SIGNED,
} from './words.js';
import { mark, markAll, markWord, offered, type Sentence, sentenceOf, unread, type Word } from './sentence.js';
import { readFigure, readHappened } from './passages.js';
import { boundAt } from '../countbound.js';
import { readChange } from './change.js';
import { readIsa } from './isa.js';
import { readWith } from './together.js';
import { readMeetings, readRecords } from './each.js';

// Words of doing it together ("co-chaired it together with", "jointly", "alongside", "both").
const TOGETHER = new Set(['together', 'jointly', 'alongside', 'along', 'both']);

/** The distinct meetings named (a meeting named twice, "the 3rd JIC meeting", is one). */
const meetingNumbers = (ms: readonly Mention[]) => [...new Set(ms.map((m) => Number(m.value)))];

/** A place or way of meeting as a thing ("video link" read as one way). */
const placeThing = (x: Word): Thing => ({ type: 'place', words: REMOTE.has(x.w) ? 'online' : x.w });

// A meeting mention that is only a rank ("the first", "the first one"): the rank, when another meeting is named.
const RANK_MENTION =
  /^(?:the )?(?:first|earliest|last|latest|final|most recent|newest)(?: one| meeting| jic(?: meeting)?)?$/;

/** held: a meeting held at a place, in a way or on a date ("was the 1st JIC held in Chongqing?"), or the first/last. */
function readHeld(s: Sentence): ReadClaim | undefined {
  const ranks = s.meetings.filter((m) => RANK_MENTION.test(m.words));
  const named = s.meetings.length > ranks.length ? s.meetings.filter((m) => !ranks.includes(m)) : s.meetings;
  const meetings = meetingNumbers(named);
  // ("Held by video link with Leong and Chen Rugui": the people it was held with are its co-chairs, claimed too.)
  const withPeople = heldWith(s);
  if (!meetings.length || (s.people.length && !withPeople) || s.outcomes.length) return undefined;
  const objects: Thing[] = s.places.map(placeThing);
  const inPerson = IN_PERSON.test(s.u.q.text);
  if (inPerson) {
    objects.push({ type: 'place', words: 'in person' });
    markAll(s, IN_PERSON_WORDS);
  }
  // "The first one held in person", "the last one", "the most recent": a rank among the meetings.
  // (A rank word inside the only meeting named is that meeting's name: "the first JIC".)
  const inMention = (x: Word) => s.meetings.some((m) => x.start >= m.start && x.end <= m.end);
  const rankWord = s.words.find(
    (x) => (FIRST.has(x.w) || LAST.has(x.w)) && (!inMention(x) || (ranks.length > 0 && named !== s.meetings)),
  );
  const rank = rankWord
    ? { type: 'rank' as const, which: FIRST.has(rankWord.w) ? ('first' as const) : ('last' as const) }
    : undefined;
  if (rank) {
    for (const m of ranks) mark(s, m);
    markWord(s, rankWord as Word);
    markAll(s, new Set(['recent', 'most', 'to', 'be']));
  } else if (inPerson) return undefined;
  if (s.when) objects.push({ type: 'date', when: s.when });
  if (!objects.length && !rank) return undefined;
  for (const m of named) mark(s, m);
  for (const x of s.places) markWord(s, x);
  markAll(s, HELD);
  markAll(s, new Set(['conference', 'link', 'via', 'over', 'virtually', 'city']));
  // (The founding MOU is "held" where and when it was signed.)
  if (meetings.length === 1 && meetings[0] === 0) markAll(s, SIGNED);
  if ((rank || meetings.length > 1) && withPeople) return undefined;
  if (rank) {
    if (meetings.length !== 1 || s.when || s.places.length > 1) return undefined;
    // (The founding MOU ranks among no meetings: "was the founding MOU signed first?" is not "the first JIC?".)
    if (meetings[0] === 0) return undefined;
    const way = objects.find((o) => o.type === 'place');
    if (way && way.type === 'place' && way.words !== 'online' && way.words !== 'in person') return undefined;
    return {
      predicate: 'held',
      subject: { type: 'meeting', number: meetings[0] ?? 0 },
      objects: [rank, ...(way ? [way] : [])],
      qualifiers: {},
    };
  }
  if (inPerson) return undefined;
  const subjects = meetings.length > 1 ? offered(s, named) : undefined;
  if (meetings.length > 1 && !subjects) return undefined;
  const places = offered(s, s.places);
  // (One alternative at a time: "the 3rd or the 4th, online or in Shenzhen?" is not one claim.)
  if (subjects && (places || objects.length > 1)) return undefined;
  if (places && s.when) return undefined;
  const claim: ReadClaim = {
    predicate: 'held',
    subject: { type: 'meeting', number: meetings[0] ?? 0 },
    objects: places ? [] : objects,
    qualifiers: {},
  };
  if (subjects) claim.either = { of: 'subject', things: meetings.map((n) => ({ type: 'meeting', number: n })) };
  if (places) claim.either = { of: 'object', things: dedupe(places.map(placeThing)) };
  if (withPeople) {
    if (places) return undefined;
    for (const m of s.people) mark(s, m);
    markAll(s, new Set(['with', 'and', 'attended', 'by']));
    claim.and = [
      {
        predicate: 'chaired',
        subject: { type: 'meeting', number: meetings[0] ?? 0 },
        objects: [...new Set(s.people.map((m) => m.value))].map((name) => ({ type: 'person' as const, name })),
        qualifiers: {},
      },
    ];
  }
  return claim;
}

/** Whether the people a question names are those a meeting was held with ("… by video link with Leong and Qin"). */
function heldWith(s: Sentence): boolean {
  const first = [...s.people].sort((a, b) => a.start - b.start)[0];
  if (!first) return false;
  const before = s.u.q.text.slice(0, first.start);
  // (Every person after the "with", none offered as an alternative.)
  return / (?:with|attended by) (?:the )?(?:[a-z]+ ){0,2}$/.test(before) && !/ or /.test(s.u.q.text.slice(first.start));
}

const dedupe = (things: Thing[]): Thing[] => {
  const seen = new Set<string>();
  return things.filter((t) => {
    const k = JSON.stringify(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/**
 * The place and date a question gives a meeting beside another claim of it ("8 MOUs at the 4th JIC in Singapore",
 * "co-chaired by Qin in 2023"): a claim of where or when it was held, which must hold too. Their words are read.
 */
function heldToo(s: Sentence, meeting: number): ReadClaim[] {
  const objects: Thing[] = [
    ...dedupe(s.places.map(placeThing)),
    ...(s.when ? [{ type: 'date' as const, when: s.when }] : []),
  ];
  if (!objects.length) return [];
  for (const x of s.places) markWord(s, x);
  markAll(s, HELD);
  // (A country named as a place, "in Singapore", is that place's mention.)
  for (const m of s.u.mentions)
    if ((m.type === 'country' || m.type === 'place') && s.places.some((x) => x.start >= m.start && x.end <= m.end))
      mark(s, m);
  return [{ predicate: 'held', subject: { type: 'meeting', number: meeting }, objects, qualifiers: {} }];
}

/** chaired: a person co-chaired a meeting ("was the 3rd meeting chaired by Yong?", "who co-chaired the 2nd, Qin or Chen?"). */
function readChaired(s: Sentence): ReadClaim | undefined {
  const meetings = meetingNumbers(s.meetings);
  const people = [...new Set(s.people.map((m) => m.value))];
  if (meetings.length !== 1 || !people.length || s.outcomes.length) return undefined;
  // (The founding MOU's signatories stand where a meeting's co-chairs do: "was it signed by Yong and Qin?".)
  const founding = meetings[0] === 0;
  if (!markAll(s, founding ? SIGNED : CHAIRED)) return undefined;
  if (founding) markAll(s, new Set(['founding', 'sci', 'initiative']));
  for (const m of [...s.meetings, ...s.people]) mark(s, m);
  markAll(s, TOGETHER);
  const either = people.length > 1 ? offered(s, s.people) : undefined;
  // (Several people not offered as alternatives — "did Qin co-chair the 2nd with Leong?" — each must have.)
  const held = heldToo(s, meetings[0] ?? 0);
  if (either && held.length) return undefined;
  return {
    predicate: 'chaired',
    subject: { type: 'meeting', number: meetings[0] ?? 0 },
    objects: either ? [] : people.map((name) => ({ type: 'person' as const, name })),
    ...(either
      ? { either: { of: 'object' as const, things: people.map((name) => ({ type: 'person' as const, name })) } }
      : {}),
    ...(held.length ? { and: held } : {}),
    qualifiers: {},
  };
}

/** age: the SCI so many years old in a year ("is the SCI five years old in 2024?", "did it turn 5 in 2024?"). */
function readAge(s: Sentence): ReadClaim | undefined {
  const initiative = mentionsOf(s.u, 'initiative')[0];
  if (!initiative || !s.when || s.when.month || s.meetings.length || s.people.length) return undefined;
  if (!markAll(s, AGE)) return undefined;
  const numbers = s.words.filter(
    (x) => /^\d{1,2}(?:st|nd|rd|th)?$/.test(x.w) || LEXICONS.en?.numbers[x.w] !== undefined,
  );
  if (numbers.length !== 1 || !numbers[0]) return undefined;
  const count = LEXICONS.en?.numbers[numbers[0].w] ?? parseInt(numbers[0].w, 10);
  markWord(s, numbers[0]);
  // (The initiative's name may be read at no span of its own; its words are read here.)
  markAll(
    s,
    new Set(['sci', 'initiative', 'smart', 'city', 'singapore', 'shenzhen', 'china', 'its', 'become', 'became']),
  );
  mark(s, initiative);
  return {
    predicate: 'age',
    subject: { type: 'initiative' },
    objects: [],
    qualifiers: { count, when: s.when },
  };
}

/** count: a meeting's MOUs or projects, so many or any ("were any MOUs signed at the 3rd JIC?", "did it launch 14?"). */
function readCount(s: Sentence): ReadClaim | undefined {
  const kinds = mentionsOf(s.u, 'subject').filter((m) => m.value === 'mou' || m.value === 'project');
  const meetings = meetingNumbers(s.meetings);
  if (meetings.length !== 1 || !kinds.length || kinds.length > 2 || s.people.length || s.outcomes.length)
    return undefined;
  // (The founding MOU is no meeting with a count of its own: "was it signed at a JIC meeting?" is readFounding's.)
  if (meetings[0] === 0) return undefined;
  // (A running total — "by the 3rd JIC", "in total", "so far" — is the count check's own reading.)
  if (
    s.u.flags.cumulative ||
    s.u.flags.before ||
    / (?:by|until|till|since|after|before|total|altogether|overall|so far|to date|cumulative) /.test(s.u.q.text)
  )
    return undefined;
  const placed = (m: Mention) => s.places.some((x) => x.start >= m.start && x.end <= m.end);
  if (s.u.mentions.some((m) => !['meeting', 'subject', 'number'].includes(m.type) && !placed(m))) return undefined;
  const numbers = mentionsOf(s.u, 'number').filter((m) => !m.value.startsWith('year:'));
  // ("8 MOUs and 12 projects": each number with the kind right after it, each a claim that must hold.)
  if (kinds.length === 2) return numbers.length === 2 ? readCounts(s, kinds, numbers, meetings[0] ?? 0) : undefined;
  if (numbers.length > 1) return undefined;
  // ("Signed no MOUs", "zero projects": a count of none.)
  const none = / (?:no|zero|none of the) (?:new )?(?:mous?|projects?) /.test(s.u.q.text);
  if (none) markAll(s, new Set(['no', 'zero', 'none']));
  if (!markAll(s, COUNTED) && !numbers.length && !none) return undefined;
  for (const m of [...s.meetings, ...kinds, ...numbers]) mark(s, m);
  const select = kinds[0]?.value === 'mou' ? ('mous' as const) : ('projects' as const);
  const n = numbers[0] ? Number(numbers[0].value) : none ? 0 : undefined;
  // ("Over 5 MOUs", "at least 8", "8 or more": the range claimed, its words read.)
  const bound = numbers[0] ? boundAt(s.u.q.text, numbers[0].start, numbers[0].end) : undefined;
  if (bound) mark(s, bound);
  const held = heldToo(s, meetings[0] ?? 0);
  return {
    predicate: 'count',
    subject: { type: 'meeting', number: meetings[0] ?? 0 },
    objects: [{ type: 'records', select }],
    ...(held.length ? { and: held } : {}),
    qualifiers: n !== undefined && !Number.isNaN(n) ? { count: n, ...(bound ? { bound: bound.bound } : {}) } : {},
  };
}

/** Two counts claimed of one meeting ("8 MOUs and 12 projects"): each number with the kind after it, both to hold. */
function readCounts(
  s: Sentence,
  kinds: readonly Mention[],
  numbers: readonly Mention[],
  meeting: number,
): ReadClaim | undefined {
  const claims: ReadClaim[] = [];
  for (const [i, number] of numbers.entries()) {
    const next = numbers[i + 1]?.start ?? Infinity;
    const kind = kinds.find((k) => k.start > number.start && k.start < next);
    const n = Number(number.value);
    if (!kind || Number.isNaN(n)) return undefined;
    const bound = boundAt(s.u.q.text, number.start, number.end);
    if (bound) mark(s, bound);
    mark(s, number);
    mark(s, kind);
    claims.push({
      predicate: 'count',
      subject: { type: 'meeting', number: meeting },
      objects: [{ type: 'records', select: kind.value === 'mou' ? 'mous' : 'projects' }],
      qualifiers: { count: n, ...(bound ? { bound: bound.bound } : {}) },
    });
  }
  const [first, second] = claims;
  if (!first || !second || claims.length !== 2) return undefined;
  for (const m of s.meetings) mark(s, m);
  markAll(s, COUNTED);
  return { ...first, and: [second, ...heldToo(s, meeting)] };
}

const CONFIRM = / (?:confirm|confirmed|true or false|yes or no|correct|right|true) $/;

/**
 * ratio: one meeting's MOUs or projects so many times another's ("did the 1st JIC sign twice as many MOUs as the 2nd?",
 * "did the number of projects triple at the 4th meeting?" — against the meeting before it).
 */
function readRatio(s: Sentence): ReadClaim | undefined {
  const kinds = mentionsOf(s.u, 'subject').filter((m) => m.value === 'mou' || m.value === 'project');
  // ("From the 2nd to the 4th": its two ends, never the range read as the meetings between them.)
  const ends = s.meetings.filter(
    (m) =>
      !s.meetings.some((o) => o !== m && o.start >= m.start && o.end <= m.end && o.end - o.start < m.end - m.start),
  );
  const meetings = meetingNumbers(ends);
  if (kinds.length !== 1 || !meetings.length || meetings.length > 2 || s.people.length || s.outcomes.length)
    return undefined;
  if (s.u.mentions.some((m) => !['meeting', 'subject', 'number'].includes(m.type))) return undefined;
  const factor = FACTORS.find(([re]) => re.test(s.u.q.text))?.[1];
  if (factor === undefined || s.u.flags.cumulative) return undefined;
  // ("Was there a meeting with twice the MOUs of the 2nd?": some other meeting asked for, never the 2nd against the 1st.)
  if (meetings.length === 1 && SOME_MEETING.test(s.u.q.text)) return undefined;
  // ("Did the MOUs double from the 2nd to the 3rd meeting?", "…between the 2nd and the 3rd?": a change, the later
  // meeting's count against the earlier's, whichever is named first.)
  const first = [...ends].sort((x, y) => x.start - y.start)[0];
  const change =
    meetings.length === 2 && !!first && / (?:from|between) (?:the )?$/.test(s.u.q.text.slice(0, first.start));
  const [a, b] = change
    ? [Math.max(...meetings), Math.min(...meetings)]
    : [meetings[0] ?? 0, meetings.length === 2 ? (meetings[1] ?? 0) : (meetings[0] ?? 0) - 1];
  if (b === undefined || b < 1) return undefined;
  const select = kinds[0]?.value === 'mou' ? ('mous' as const) : ('projects' as const);
  // (A meeting the sources give no count for leaves the ratio to what their words say: "the number … doubled".)
  const counted = (n: number) => {
    const m = s.dataset.meetingByNumber(n);
    return !!m && (select === 'mous' ? m.newMous.value : m.newProjects.value) !== null;
  };
  if (!counted(a) || !counted(b)) return undefined;
  for (const m of [...s.meetings, ...kinds, ...mentionsOf(s.u, 'number')]) mark(s, m);
  markAll(s, RATIO_WORDS);
  markAll(s, COUNTED);
  return {
    predicate: 'ratio',
    subject: { type: 'meeting', number: a },
    objects: [
      { type: 'meeting', number: b },
      { type: 'records', select },
    ],
    qualifiers: { factor },
  };
}

/** Whether a role's text holds a word asked (or a form of it: "mayors", "secretaries"). */
export function roleHolds(role: string, w: string): boolean {
  const stemmed = (x: string) => (x.length >= 5 ? x.slice(0, 5) : x);
  return norm(role)
    .split(' ')
    .some((x) => x === w || (w.length >= 5 && stemmed(x) === stemmed(w)));
}

/** The roles the sources give a person: each meeting's co-chairs' and signatories', and the person's own. */
export function rolesOf(dataset: Dataset, name: string): string[] {
  const roles = dataset.meetings.flatMap((m) =>
    m.people.flatMap((r) => r.people.filter((p) => p.name === name && p.role).map((p) => p.role ?? '')),
  );
  const own = dataset.initiative.people?.find((p) => p.name === name)?.about?.text;
  return [...new Set([...roles, ...(own ? [own] : [])])];
}

/**
 * role: a person claimed to hold a role of a place ("is Qin Weizhong the mayor of Singapore?"): the role's words are
 * in a role the sources give, its place is not — No, with the role as given. (Where the place is the role's too, the
 * existing reading says how far the sources go.)
 */
function readRole(s: Sentence): ReadClaim | undefined {
  const people = [...new Set(s.people.map((m) => m.value))];
  const name = people[0];
  if (people.length !== 1 || !name || s.meetings.length || s.outcomes.length || s.when) return undefined;
  if (s.u.mentions.some((m) => !['person', 'country', 'place'].includes(m.type))) return undefined;
  for (const m of s.u.mentions) mark(s, m);
  // The place of the role: a place or country named, else the word after the last "of"/"in"/"from" ("mayor of
  // Shanghai"), which a role must then hold.
  const after = / (?:of|in|from) ([a-z]+) $/.exec(s.u.q.text)?.[1];
  const places = [
    ...new Set([
      ...s.places.map((x) => x.w),
      ...mentionsOf(s.u, 'country').map((m) => norm(m.value)),
      ...(after && !s.places.length && !mentionsOf(s.u, 'country').length ? [after] : []),
    ]),
  ];
  for (const x of s.words) if (places.includes(x.w)) markWord(s, x);
  const words = unread(s).map((x) => x.w);
  if (!words.length || !places.length) return undefined;
  const roles = rolesOf(s.dataset, name).filter((r) => words.every((w) => roleHolds(r, w)));
  if (!roles.length || roles.some((r) => places.every((p) => roleHolds(r, p)))) return undefined;
  s.read.fill(true);
  return {
    predicate: 'role',
    subject: { type: 'person', name },
    objects: [{ type: 'words', words }, ...places.map((p) => ({ type: 'place' as const, words: p }))],
    qualifiers: {},
  };
}

/**
 * The founding MOU claimed signed at a JIC meeting ("was the founding MOU signed at a JIC meeting?", "…at the 1st
 * JIC?"): it was signed before the first of them, on the sidelines of another council — No, with where and when.
 */
function readFounding(s: Sentence): ReadClaim | undefined {
  const meetings = meetingNumbers(s.meetings);
  if (!meetings.includes(0) || meetings.length > 2 || s.people.length || s.outcomes.length || s.places.length || s.when)
    return undefined;
  const other = meetings.find((n) => n !== 0);
  // (Without a meeting named, the committee's meetings are asked: "at a JIC meeting", "at one of the JIC meetings".)
  if (other === undefined && !/ (?:a|any|one of the) (?:jic )?meetings? /.test(s.u.q.text)) return undefined;
  if (s.u.mentions.some((m) => !['meeting', 'subject'].includes(m.type))) return undefined;
  if (!markAll(s, SIGNED)) return undefined;
  for (const m of [...s.meetings, ...mentionsOf(s.u, 'subject')]) mark(s, m);
  markAll(s, new Set(['founding', 'mou', 'sci', 'meeting', 'meetings', 'jic', 'any', 'during']));
  return {
    predicate: 'held',
    subject: { type: 'meeting', number: 0 },
    objects: [{ type: 'meeting', number: other ?? -1 }],
    qualifiers: {},
  };
}

/** The claim a yes/no question (or an alternative question) makes, read whole; undefined if any word is left unread. */
export function readClaim(u: Understanding, dataset: Dataset): ReadClaim | undefined {
  const alternative = u.target !== 'yesno' && / or /.test(u.q.text);
  // (A statement asked to be confirmed — "…co-chaired the 4th JIC. confirm." — is a yes/no.)
  const confirm = CONFIRM.test(u.q.text);
  // (A yes/no whose words hold a superlative — "is the 4th JIC the most recent one?" — is still a yes/no.)
  const asked =
    (u.target === 'most' || u.target === 'compare') &&
    /^ (?:is it true that |is|was|were|are|did|does|do|has|have|had) /.test(u.q.text);
  if (u.target !== 'yesno' && !alternative && !confirm && !asked) return undefined;
  const first = sentenceOf(u, dataset);
  if (!first) return undefined;
  for (const reader of READERS) {
    // (Each reader marks its own words read, on its own copy.)
    const s = { ...first, read: [...first.read] };
    const claim = reader(s);
    if (!claim) continue;
    if (alternative && !confirm && !asked && !claim.either) continue;
    if (unread(s).length) continue;
    return claim;
  }
  return undefined;
}

/** The predicates' readers, tried in turn: the first whose claim leaves no word unread is the claim. */
const READERS: ReadonlyArray<(s: Sentence) => ReadClaim | undefined> = [
  // (Made of every meeting or every record of a set: before a reader takes "every" as a word of its own.)
  (s) => readMeetings(s, [readHeld, readChaired, readCount]),
  readRecords,
  readAge,
  readRole,
  readFounding,
  readChaired,
  readHeld,
  readChange,
  readIsa,
  readWith,
  readRatio,
  readCount,
  readFigure,
  readHappened,
];
