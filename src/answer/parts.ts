import type { Dataset } from '../dataset/index.js';
import type { Deps } from '../command.js';
import { readerOf, type Reader } from './reader.js';
import { mayPlanAs, type Plan } from './plan.js';
import { LEXICONS } from './lexicon.js';
import { namesByInitials } from './acronyms.js';
import {
  isSpeltInRecords,
  isStopWord,
  isWordOfAName,
  type Mention,
  type MentionType,
  type Understanding,
} from './understand.js';
import { BARE_COUNT, elided, ZH_ASKS_WHAT, type Question, twoEnds } from './question.js';
import { seatAsked, seatHoldersAt } from './chairs.js';

/**
 * Two things in one question, answered as two questions would be. Two ways a question holds two asks:
 * - two things of one type fill the same slot ("what are the NUS and SUSS projects", "where were the founding MOU and
 *   the 4th JIC held", "the Asian SME Hub and OneSME, when did each launch"): one question per thing, the rest of the
 *   words kept ("what are the NUS projects", "what are the SUSS projects");
 * - two questions joined by "and" ("who co-chaired the 1st JIC and where was it held"): each on its own, a pronoun
 *   in the second read as the thing the first names ("where was the 1st JIC held").
 * Each part then goes through the whole pipeline, and its sentence is said in turn. Where the two things are asked
 * one joint thing ("did X and Y sign an MOU together", "what did X and Y agree on", "X and Y both work with which
 * university"), or a record joins them, or the planner already answers each, the question stays one.
 */

/** Mentions that name one thing a question can be asked of. */
const THINGS: ReadonlySet<MentionType> = new Set(['org', 'meeting', 'person', 'highlight', 'record']);

/** At most this many parts from one question (the reply must stay short enough to read). */
const MAX = 3;

// Words that ask of the things together, never of each: what joins them, how they compare, which one.
const JOINT =
  / (?:together|both|between|each other|one another|in common|common|shared?|compare|compared|comparing|comparison|vs|versus|same|overlap|overlaps|link|links|linked|connect|connects|connected|connection|relationship|relation|related|relate|differ|differs|difference|differences|different|jointly|joint|alike|similar|agree|agreed|agreement|deal|more|most|fewer|fewest|less|least|than|either|neither|or|which one|earlier|later|sooner|in total|altogether|combined|sum|overall) /;
// The same in Chinese, read off the question itself (and where the gloss left characters unread, nothing is split).
const JOINT_ZH =
  /共同|一起|之间|之間|比较|比較|对比|對比|区别|區別|不同|相同|一样|一樣|一共|总共|總共|合计|合計|总数|總數|都|还是|還是|或/;
// Plans that answer each thing already, or all of them at once (the quotes at two meetings, a seat at two meetings).
const WHOLE: ReadonlySet<Plan['op']> = new Set(['each', 'compare', 'quotes', 'chairs']);
const ASKS = / (?:what|when|where|who|whom|whose|which|how|list|name|show|tell|give) /;
// What each partner is, of itself: its country, place or kind.
const OWN = / (?:countr(?:y|ies)|nationalit(?:y|ies)|from|based|headquartered|located|kinds?|types?|sorts?) /;
const RECORDS = / (?:mous?|projects?|agreements?|deals?|sign|signs|signed|signing|records?|partnership|together) /;
// Said to be asked of each ("when did each launch", "respectively").
const EACH =
  / (?:each|respectively|separately|individually|apiece|one by one|with their|to their|their own|their respective) /;
// Between two things of one slot: "and", "plus", "as well as"; the preposition and article may be said again
// ("at the 1st and at the 2nd JIC").
// ("The CUHK-Shenzhen MOU and the ONE Championship MOU": the record's noun said after each.)
const AND =
  /^ (?:(?:mou|mous|project|projects) )?(?:and|plus|n|as well as|and also)(?: (?:at|in|of|for|from|with|by|on|about))?(?: the)? $/;
// In a list of three, the commas are gone from the normal form: a bare space before the last "and".
const BARE = /^ (?:the )?$/;
// The words a meeting's mention ends with that one said first may leave out ("the 1st and 3rd JIC").
const MEETING_HEAD = / (?:jic meeting|jic meetings|jic|jics|meeting|meetings)$/;

/**
 * The parts of a question that asks two (or three) things, as questions in words; `undefined` when it asks one.
 * `whole` gives the plan of the whole question (one that already answers each thing is kept): read only where the
 * words leave it to decide, so a question its words split is never planned whole.
 */
export function partsOf(
  reading: Understanding | LazyReading,
  whole: () => Plan,
  deps: Deps,
  original: string,
  reads: Reader = readerOf(deps),
): string[] | undefined {
  const { q } = reading;
  const read = () => ('read' in reading ? reading.read() : reading);
  // (Chinese is read through its English gloss, which drops 和/与 and the comma between two questions.)
  const han = /\p{Script=Han}/u.test(original);
  // (Two clauses the gloss already read as one ask of each — "第一次签了几份，第二次呢" as 分别, respectively — are that
  // one ask: split at the comma, the second clause would lose its noun.)
  const zh = han && !EACH.test(q.text) ? zhClauses(original, reads) : undefined;
  // ("最早和最近的会议分别是哪一次": both ends, each its own question, as in English.)
  const ends = han ? twoEnds(q.text) : undefined;
  if (ends) return ends;
  if (han && (JOINT_ZH.test(original) || /\p{Script=Han}/u.test(q.text))) return zh;
  if (han) return zh ?? conjuncts(read(), whole, deps.dataset, han);
  const u = read();
  return (
    clauses(u, deps.dataset) ?? sentencesOf(original, reads, deps.dataset) ?? conjuncts(u, whole, deps.dataset, han)
  );
}

/**
 * A question whose words are read (`q`) and whose mentions are read only if asked for: a Chinese question split at
 * its comma needs its whole gloss's words, never the whole's mentions (each clause is read on its own).
 */
export interface LazyReading {
  q: Question;
  read: () => Understanding;
}

const things = (u: Understanding): Mention[] =>
  u.mentions
    .filter((m) => THINGS.has(m.type) && !m.negated && m.start > 0)
    // A mention inside another's words is part of it ("sme hub" in "asian sme hub").
    .filter(
      (m, _, all) =>
        !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
    )
    .sort((a, b) => a.start - b.start);

/** A thing's words to name it in another question: a meeting by its ordinal alone gets its head ("1st" → "1st jic"). */
const named = (m: Mention): string => {
  const words = m.type === 'meeting' && /^(?:the )?\d+(?:st|nd|rd|th)$/.test(m.words) ? `${m.words} jic` : m.words;
  // (A meeting or an outcome takes its article: "where was the 2nd jic held".)
  return (m.type === 'meeting' || m.type === 'highlight') && !/^the /.test(words) ? `the ${words}` : words;
};

/** "X and Y" (or "X, Y and Z") of one type in one slot, when each is asked: one question per thing. */
function conjuncts(u: Understanding, whole: () => Plan, dataset: Dataset, han: boolean): string[] | undefined {
  const text = u.q.text;
  const each = EACH.test(text);
  // (Named with nothing asked — "NCS and DataPost" — what joins them is the question.)
  // ("Dates of the 1st meeting and of the founding MOU": a target said as a noun asks as its question word would.)
  // ("Fooyo and Crimson Logic projects?": records named by their partners, nothing else asked, are asked for.)
  const asks =
    ASKS.test(text) ||
    ['when', 'where', 'who', 'count'].includes(u.target) ||
    / (?:projects|mous|agreements)$/.test(text.trimEnd());
  if (!each && (JOINT.test(text) || !asks)) return undefined;
  if (u.target === 'yesno' || u.target === 'compare' || u.target === 'most') return undefined;
  const chain = chainOf(things(u), text, han);
  if (!chain) return undefined;
  // (The whole question's plan last: a question naming no two things joined is never planned here; nor one that none of
  // the readings that answer each thing would claim — mayPlanAs, the few readings that can.)
  if (!each && mayPlanAs(u, dataset, WHOLE) && WHOLE.has(whole().op)) return undefined;
  const type = chain[0]?.type;
  // A count over two meetings is one total with each meeting's share, unless each is asked ("at the 1st and at the
  // 2nd"); running totals at two meetings are two totals, never added ("the totals after the 3rd and the 4th").
  if (u.target === 'count' && !each && !u.flags.cumulative && !repeatsPreposition(chain, text)) return undefined;
  // A list of records at two meetings is one list ("which MOUs were signed at the 1st and 2nd JIC").
  if (u.target === 'list' && type === 'meeting' && !each) return undefined;
  // Two partners a record joins are asked of that record ("what did Keppel and PKU sign") — unless what is asked is
  // each one's own ("what countries are Keppel and PKU from").
  if (type === 'org' && !each && joined(chain, dataset) && !(OWN.test(text) && !RECORDS.test(text))) return undefined;
  const first = chain[0] as Mention;
  const last = chain[chain.length - 1] as Mention;
  const head = type === 'meeting' ? (MEETING_HEAD.exec(last.words)?.[0] ?? '') : '';
  return chain.slice(0, MAX).map((m) => {
    // (A name typed in capitals keeps them — "SRI" is read by its initials only as typed so.)
    const typed = new RegExp(`\\b${m.words.replace(/[^a-z0-9 ]/g, '')}\\b`, 'i').exec(u.q.raw)?.[0];
    let words = typed && /^[A-Z]{3,6}$/.test(typed) ? typed : m.words;
    // (The founding MOU is no JIC meeting: it keeps its own name.)
    if (head && !MEETING_HEAD.test(words) && m.value !== '0') words += head;
    if (m !== first && /^the /.test(first.words) && !/^the /.test(words)) words = `the ${words}`;
    return `${text.slice(0, first.start)}${words}${text.slice(last.end)}`.replace(/\s+/g, ' ').trim();
  });
}

/** The longest run of mentions of one type joined by "and" (and bare spaces before it, in a list of three). */
function chainOf(ms: readonly Mention[], text: string, han: boolean): Mention[] | undefined {
  for (let i = 0; i < ms.length - 1; i += 1) {
    const chain = [ms[i] as Mention];
    let joinedByAnd = false;
    for (let j = i + 1; j < ms.length; j += 1) {
      const a = chain[chain.length - 1] as Mention;
      const b = ms[j] as Mention;
      if (b.type !== a.type || b.value === a.value) break;
      const between = text.slice(a.end, b.start);
      if (AND.test(between)) {
        chain.push(b);
        joinedByAnd = true;
        break;
      }
      if (!BARE.test(between)) break;
      chain.push(b);
      // ("NUS和SUSS的项目": the gloss leaves two names side by side.)
      if (han) joinedByAnd = true;
    }
    if (chain.length >= 2 && joinedByAnd) return chain;
  }
  return undefined;
}

const repeatsPreposition = (chain: readonly Mention[], text: string): boolean =>
  chain.slice(1).some((m, i) => / and (?:at|in|for|from|by|on) /.test(text.slice((chain[i] as Mention).end, m.start)));

/** Whether one record (MOU or project) names every one of these partners. */
function joined(chain: readonly Mention[], dataset: Dataset): boolean {
  // (A meeting's named outcome joins its parties too: SIMC and SCIA's mediation-arbitration model.)
  const recordsOf = (m: Mention) =>
    new Set<unknown>(
      [m.value, ...(m.also ?? [])].flatMap((id) => [
        ...dataset.mousOf(id),
        ...dataset.projectsOf(id),
        ...dataset.highlightsOf(id).map((h) => h.text),
      ]),
    );
  const sets = chain.map(recordsOf);
  return [...(sets[0] ?? [])].some((r) => sets.every((s) => s.has(r)));
}

// Two questions in one sentence: "…, and where…", "… and what was it about".
const CLAUSE =
  / and (?:also |then )?(?=(?:(?:on|in|at|by|for|from|with|to) )?(?:how|when|where|who|whom|whose|which|what|why|did|does|do|is|are|was|were|has|have|had) )/;
const ASKING =
  /^(?:how|when|where|who|whom|whose|which|what|why|did|does|do|is|are|was|were|has|have|had|can|could|list|show|name)$/;
// The second question said by its word alone ("… and by whom", "… and when").
const ELLIPSIS = / and (by whom|who|whom|when|where|why)\s*$/;
// Two counts of two things, the second said without its "how many".
const TWO_COUNTS =
  /^ how many (mous|projects|partners|meetings) ((?:were |was )?(?:signed |launched |initiated |announced |held )?(?:at|in|during|from|by) [a-z0-9 ]+?) and (?:how many )?(mous|projects|partners|meetings) ((?:were |was )?(?:signed |launched |initiated |announced |held )?(?:at|in|during|from|by) [a-z0-9 ]+?) $/;
// A count of records first ("how many MOUs did …"), then what they are: "what were they (about)", "which ones", "name them".
const COUNTED_THEN_WHAT = /^how many (mous|projects|agreements) (.+)$/;
const THEM_ASKED =
  /^(?:(?:what|which) (?:were|are|was|is) (?:they|them|those|these|the ones)(?: about| for| on| called)?|who (?:signed|inked|launched|joined) (?:them|they|those|these)|who (?:were|are) (?:they|those|these) (?:signed |launched )?(?:by|with|between)|(?:and )?(?:between|by) whom|(?:what|which) ones(?: were they| are they)?|(?:can you |could you )?(?:name|list) them|what did they (?:cover|do|involve|focus on)|what (?:were|are) they each about)$/;
// A first question that lists records or what a partner did ("what did SYSU join"): its sentence says how many.
const LISTING = /^(?:what|which|list|name|show|give|tell)\b/;
// A pronoun for the one thing the first question names.
const IT = / (?:it|its|there) /;
const THEY = / (?:they|them|their) /;

/** "Who co-chaired the 1st JIC and where was it held": the two questions, the second's pronoun read as the thing. */
function clauses(u: Understanding, dataset: Dataset): string[] | undefined {
  const text = u.q.text;
  const ends = twoEnds(text);
  if (ends) return ends;
  // "Where was the founding MOU signed and by whom": the first question again, asked by the second's word.
  const tail = ELLIPSIS.exec(text);
  const asked = tail ? /^ (how|when|where|who|whom|whose|which|what|why) /.exec(text.slice(0, tail.index + 1)) : null;
  // ("How many MOUs were signed at the 2nd JIC and by whom": the records counted, then who signed them — one list,
  // whose sentence counts them and names their parties, never the count said twice.)
  const listed = tail && /^(?:by whom|who|whom)$/.test(tail[1] ?? '') ? COUNTED_THEN_WHAT.exec(text.trim()) : null;
  if (listed && tail)
    return [
      `which ${listed[1]} ${text
        .slice(0, tail.index)
        .trim()
        .slice(listed[0].length - (listed[2] ?? '').length)}`,
    ];
  if (tail && asked && text.slice(0, tail.index).trim().split(' ').length >= 4)
    return [
      text.slice(0, tail.index).trim(),
      `${tail[1] === 'by whom' ? 'who' : tail[1]} ${text.slice(asked[0].length, tail.index).trim()}`,
    ];
  // "How many projects at the 3rd JIC and MOUs at the 1st?": two counts, each of its own thing at its own meeting.
  const pair = TWO_COUNTS.exec(text);
  if (pair && pair[1] !== pair[3]) return [`how many ${pair[1]} ${pair[2]}`, `how many ${pair[3]} ${pair[4]}`];
  const m = CLAUSE.exec(text);
  if (!m) return undefined;
  const split = meetingShared(u, text, m.index, m.index + m[0].length);
  const one = split?.[0] ?? text.slice(0, m.index).trim();
  const two = text.slice(m.index + m[0].length).trim();
  if (split) return split.length > 1 ? [one, split[1] ?? two] : split;
  // "How many MOUs did the 2nd JIC sign and what were they about": the records counted, then asked what they are — one
  // list ("which MOUs did the 2nd JIC sign"), whose sentence says how many (never the count alone, the rest dropped).
  const counted = COUNTED_THEN_WHAT.exec(one);
  if (counted && THEM_ASKED.test(two)) return [`which ${counted[1]} ${counted[2]}`];
  // "What did NCS sign at the 2nd JIC and how many?": the list alone, whose sentence counts them (never a count of
  // something else — the running total — for the bare "how many").
  if (BARE_COUNT.test(two) && LISTING.test(one)) return [one];
  // ("…at the first JIC and how many at the second": the first count again, of the second's meeting.)
  const again = elided(one, two);
  if (again) return [one, again];
  if (!ASKING.test(one.split(' ')[0] ?? '') || one.split(' ').length < 3 || two.split(' ').length < 2) return undefined;
  const all = things(u);
  // (The SCI is named by no span of its own: "the sci" in the first question is its thing.)
  const sci = u.mentions.find((x) => x.type === 'initiative') && / (?:sci|initiative) /.test(` ${one} `);
  const before = [
    ...all.filter((x) => x.end <= m.index),
    ...(sci && !/ (?:sci|initiative) /.test(` ${two} `)
      ? [{ type: 'initiative', start: 0, end: 0, words: 'the sci', value: 'sci' } as Mention]
      : []),
  ];
  const after = all.filter((x) => x.start >= m.index + m[0].length);
  if (!before.length) return roleThen(one, two);
  if (after.length) return [one, two];
  const leaned = leanOn(one, before, two) ?? ofTheSame(before, two);
  if (leaned) return [one, leaned];
  const seat = seatLeaned(u, before, two, dataset);
  return seat ? [one, ...seat] : undefined;
}

const PERSON_IT = / (?:he|she|him|her|his|hers) /g;

/**
 * "Who was Singapore's co-chair at the 3rd meeting, and had he co-chaired before?": the second question leans by a
 * pronoun on the person the first one's answer names — the seat asked at the one meeting named (the side's holder, or
 * each side's where no side is asked), every reading naming them there. The second question asked of that person at
 * that meeting ("had joseph leong cochaired before the 3rd jic"). Undefined where the seat is no one person.
 */
function seatLeaned(u: Understanding, before: readonly Mention[], two: string, dataset: Dataset): string[] | undefined {
  const padded = ` ${two} `;
  if (!u.flags.chairing || !PERSON_IT.test(padded)) return undefined;
  const thing = before.length === 1 ? before[0] : undefined;
  if (!thing || thing.type !== 'meeting' || thing.value === '0') return undefined;
  const n = Number(thing.value);
  const side = seatAsked(u);
  const names = seatHoldersAt(dataset, n, side);
  if (!names.length) return undefined;
  const at = / (?:before|after|since|prior to) $/.test(padded) ? named(thing) : `at ${named(thing)}`;
  // ("…had he done so before": the co-chairing the first question asks.)
  const asked = padded.replace(/ (?:done|do|did|does) (?:so|that|it|this) /, ' cochaired ');
  return names.slice(0, MAX - 1).map((name) => `${asked.replace(PERSON_IT, ` ${name.toLowerCase()} `).trim()} ${at}`);
}

const LEANING = / (?:it|its|they|them|their|he|she|him|her|his|there|this|that|these|those|one|ones) /;

/**
 * "What is the capital of France and how many MOUs at the 4th JIC?": two questions, one naming nothing the sources hold
 * (no mention in it but a number) and the other something — the one to answer, and the one that may be outside the
 * sources (index.ts traces it: only where it is not understood is it set aside). Undefined where both or neither name
 * something.
 */
export function asideOf(u: Understanding): { asked: string; aside: string } | undefined {
  const text = u.q.text;
  const m = CLAUSE.exec(text);
  if (!m) return undefined;
  const cut = m.index;
  const next = m.index + m[0].length;
  const one = text.slice(0, cut).trim();
  const two = text.slice(next).trim();
  const inOne = u.mentions.some((x) => x.end <= cut && x.type !== 'number');
  const inTwo = u.mentions.some((x) => x.start >= next && x.type !== 'number');
  if (inOne === inTwo || !ASKING.test(one.split(' ')[0] ?? '') || one.split(' ').length < 3) return undefined;
  const aside = inOne ? two : one;
  // ("When was the SCI founded and who signed it": a part that leans on the other by a pronoun is no part apart.)
  if (LEANING.test(` ${aside} `)) return undefined;
  return inOne ? { asked: one, aside: two } : { asked: two, aside: one };
}

// A meeting said first, before the question word ("3rd jic how many mous and who were the cochairs").
const FRONT_ASKS = /^ (?:how|when|where|who|whom|whose|which|what|why|list|name) /;

/**
 * Two questions of one meeting named once, in the first only as a topic put before it ("3rd jic how many mous and who
 * were the cochairs") or in the second only ("how many mous and who were the cochairs at the 3rd jic"): each asked of
 * that meeting. Read as they were, the half without the meeting was dropped (the count alone) or asked of no meeting.
 * Undefined where both halves name things, or neither, or the thing is no JIC meeting.
 */
function meetingShared(u: Understanding, text: string, end: number, start: number): string[] | undefined {
  const all = things(u);
  const before = all.filter((x) => x.end <= end);
  const after = all.filter((x) => x.start >= start);
  const thing = before.length + after.length === 1 ? (before[0] ?? after[0]) : undefined;
  if (!thing || thing.type !== 'meeting' || thing.value === '0') return undefined;
  const one = text.slice(0, end);
  const two = text.slice(start).trim();
  if (after.length) {
    // ("how many mous and who were the cochairs at the 3rd jic": the first half asked at it too.)
    // (Two of one kind — "how many mous and how many projects at the 4th jic" — are one question already.)
    const word = one.trim().split(' ')[0] ?? '';
    if (!ASKING.test(word) || two.startsWith(`${word} `) || OWN_SCOPE.test(` ${one} `)) return undefined;
    return [`${one.trim()} at ${named(thing)}`, two];
  }
  // ("3rd jic how many mous and …": the topic put first, asked after its question; the second half of it too.)
  const rest = one.slice(thing.end);
  if (thing.start > 1 || !FRONT_ASKS.test(rest)) return undefined;
  const first = `${rest.trim()} at ${named(thing)}`;
  // ("2nd jic how many mous and who signed them": the records counted, then who signed them — their list.)
  const counted = COUNTED_THEN_WHAT.exec(first);
  if (counted && THEM_ASKED.test(two)) return [`which ${counted[1]} ${counted[2]}`];
  return [first, leanOn(first, [thing], two) ?? ofTheSame([thing], two) ?? two];
}

// A first question asking who holds a role ("which deputy pm went …"), its role's words before its verb.
const ROLE_FIRST =
  /^(?:which|what) ((?:[a-z]+ ){0,3}[a-z]+) (?:went|came|visited|travelled|traveled|flew|met|led|spoke|said|attended|headed|was|is|[a-z]{3,}ed) /;
const PERSON_PRONOUN = / (he|she|him|her) /g;

/**
 * "Which deputy PM went to Shenzhen in 2024 and who did he meet": the first question names a person by role alone
 * (no thing of its own), the second leans on them by a pronoun — asked of the role ("who did the deputy prime
 * minister meet"). Undefined when the second has no such pronoun.
 */
function roleThen(one: string, two: string): string[] | undefined {
  const role = ROLE_FIRST.exec(`${one} `)?.[1];
  if (!role || !PERSON_PRONOUN.test(` ${two} `)) return undefined;
  return [one, ` ${two} `.replace(PERSON_PRONOUN, ` the ${role} `).trim()];
}

// A second question that states its own scope ("… and how many MOUs in total?"): never asked of the first one's thing.
const OWN_SCOPE = / (?:in total|total|overall|so far|to date|in all|altogether|ever|cumulative|cumulatively|all told) /;

/**
 * "Who co-chaired the 3rd JIC and how many MOUs were signed", "when was the 2nd JIC and who co-chaired": a second
 * question with no thing and no pronoun asks of the first one's meeting — "at" it (a count, a passive), or it as the
 * object ("who co-chaired the 2nd JIC"). Only a meeting: a partner's second question may ask of everything.
 */
function ofTheSame(before: readonly Mention[], two: string): string | undefined {
  const thing = before.length === 1 ? before[0] : undefined;
  // (A JIC meeting only, never the founding MOU; and a pronoun of a person — "what was his role" — is not the meeting.)
  if (!thing || thing.type !== 'meeting' || thing.value === '0' || OWN_SCOPE.test(` ${two} `)) return undefined;
  if (/ (?:he|she|his|her|him|hers|they|them|their|its|it|this|that|these|those) /.test(` ${two} `)) return undefined;
  const passive = / (?:is|are|was|were|been|be) [a-z]+(?:ed|en|ne)$| how many | how much /.test(` ${two}`);
  return `${two} ${passive ? 'at ' : ''}${named(thing)}`;
}

/**
 * A question that leans on the one before ("where was it held", "how many were signed there"), its pronoun read as
 * what the first names: "it"/"there" for its one thing, "they" for its two or more. Undefined when nothing leans.
 */
function leanOn(one: string, before: readonly Mention[], two: string): string | undefined {
  const padded = ` ${two} `;
  if (before.length === 1 && IT.test(padded)) {
    const thing = before[0] as Mention;
    // "Who signed with Keppel and what was it about": "it" is what Keppel signed (its MOU), not Keppel.
    const record =
      thing.type !== 'org'
        ? ''
        : / (?:sign|signs|signed|signing|ink|inked) /.test(` ${one} `)
          ? ' mou'
          : / (?:project|projects|joined|launched) /.test(` ${one} `)
            ? ' project'
            : '';
    // "When was the SCI launched and who signed it": what was signed is its founding MOU, not the initiative.
    const founding = thing.type === 'initiative' && / (?:sign|signs|signed|signing|ink|inked) /.test(padded);
    const as = (w: string) =>
      w === ' there '
        ? ` at ${named(thing)} `
        : w === ' it ' && founding
          ? ' the founding mou '
          : w === ' it ' && record
            ? ` the ${thing.words}${record} `
            : ` ${named(thing)} `;
    return padded.replace(new RegExp(IT.source, 'g'), as).replace(/\s+/g, ' ').trim();
  }
  if (before.length >= 2 && THEY.test(padded)) {
    const names = before.map(named).join(' and ');
    return padded.replace(new RegExp(THEY.source, 'g'), ` ${names} `).trim();
  }
  return undefined;
}

/**
 * Two questions in two sentences, the second leaning on the first ("when was the 3rd JIC? how many projects were
 * launched there?"): the message's question marks split it (question.ts keeps a leaning part whole), each read alone.
 */
function sentencesOf(original: string, reads: Reader, dataset: Dataset): string[] | undefined {
  const halves = original.split(/(?<=\?)\s+/).filter((x) => x.trim());
  if (halves.length !== 2) return undefined;
  const [a, b] = halves.map((h) => reads(h, 'en'));
  if (!a || !b) return undefined;
  const [one, two] = [a.q.text.trim(), b.q.text.trim()];
  if (!ASKING.test(one.split(' ')[0] ?? '') || !ASKING.test(two.split(' ')[0] ?? '') || things(b).length)
    return undefined;
  const leaned = leanOn(one, things(a), two);
  if (leaned) return [one, leaned];
  const seat = seatLeaned(a, things(a), two, dataset);
  return seat ? [one, ...seat] : undefined;
}

// Chinese: two questions split by a comma ("谁共同主持了第一次会议，在哪里举行？"), each asking (the table of
// question.ts's ZH_ASKS), each at least a few characters.
const ZH_COMMA = /[，,]\s*(?:另外|此外|还有|還有|并且|並且|而且)?/;
const ZH_ASKING = /(?:谁|誰|多少|几|幾|什么|什麼|哪|何时|何時|为什么|為什麼|怎么|怎麼|[吗嗎呢])/;

/**
 * A Chinese question of two or three, split at its commas ("第四次会议几号开的，在哪，签了几份备忘录"), each glossed; a
 * part that names nothing asks of the thing the first part that names one names.
 */
function zhClauses(original: string, reads: Reader): string[] | undefined {
  const halves = original.split(ZH_COMMA).map((h) => h.trim());
  if (halves.length < 2 || halves.length > MAX) return undefined;
  // (Each asks, and says enough: four characters, or two with a question word that says what — "在哪", "几号".)
  const asks = (h: string) => {
    const n = [...h.replace(/[\s？?！!；;。]/g, '')].length;
    return ZH_ASKING.test(h) && (n >= 4 || (n >= 2 && ZH_ASKS_WHAT.test(h)));
  };
  if (!halves.every(asks)) return undefined;
  const read = halves.map((h) => reads(reads.gloss(h), 'en'));
  const each = read.map((u) => ({ text: u.q.text.trim(), things: things(u).map(named) }));
  const owner = each.find((x) => x.things.length);
  if (!owner || each.some((x) => !x.text)) return undefined;
  return each.map((x) => (x.things.length ? x.text : `${x.text} ${owner.things.join(' and ')}`));
}

/**
 * "Did NTU and SRI both work with SYSU?", "who are SRI and NTU partnered with": a thing named beside one the sources
 * hold, in the same slot, that no record, person or word of the tables knows ("SRI" is no name on file). Read as one,
 * the question was answered of the known one alone ("Not both" or "the sources don't say so" — of both, FALSE); the
 * unknown one is said to be unrecognised and the question asked of the known one.
 */
export interface UnknownBeside {
  /** The question without the unknown name (and its "both"/"each"). */
  question: string;
  /** The unknown name as typed. */
  unknown: string;
  /** The known thing beside it, by name. */
  known: string;
  /** Organisations whose names' initials are the unknown name ("SRI" → Singapore Rehabilitation Institute). */
  initials: string[];
}

const SIBLING_AFTER = /^ (?:and|&|n|as well as|plus|or|nor) (?:the )?([a-z][a-z0-9-]+) /;
const SIBLING_BEFORE = / (?:both |either |neither )?([a-z][a-z0-9-]+) (?:and|&|n|as well as|plus|or|nor) (?:the )?$/;
// Words that stand beside a name in that slot and are none ("NTU and others", "NTU and its partners").
const NOT_BESIDE =
  /^(?:others?|partners?|friends?|co|company|companies|universit(?:y|ies)|firms?|institutes?|all|any|everyone|anyone|which|what|who|whom|when|where|how|why|them|they|their|its|his|her|so|then|also|too|how|sign|signed|work|worked|join|joined|did|does|do|is|are|was|were|has|have|had)$/;

export function unknownBeside(u: Understanding, raw: string, dataset: Dataset): UnknownBeside | undefined {
  const text = u.q.text;
  if (!/ (?:and|&|n|as well as|plus|or|nor) /.test(text)) return undefined;
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  const rest = new Set(u.rest.split(' '));
  const unknown = (w: string | undefined): w is string =>
    !!w &&
    rest.has(w) &&
    !NOT_BESIDE.test(w) &&
    !isStopWord(w) &&
    !isSpeltInRecords(w, dataset) &&
    !isWordOfAName(w, dataset) &&
    !lex?.words.includes(w) &&
    !u.mentions.some((m) => m.words.split(' ').includes(w));
  for (const m of u.mentions) {
    if ((m.type !== 'org' && m.type !== 'person') || m.negated) continue;
    const after = SIBLING_AFTER.exec(text.slice(m.end))?.[1];
    const before = SIBLING_BEFORE.exec(text.slice(0, m.start))?.[1];
    const word = unknown(after) ? after : unknown(before) ? before : undefined;
    if (!word) continue;
    // Only a name typed as one (a capital: "SRI", "Acme"), or in a message typed all in lower case: a lower-case word
    // beside a name in a message with capitals may be any word. (A name of several words runs on: "Xi Jinping".)
    const at = new RegExp(`\\b${word}\\b`, 'i').exec(raw);
    if (!at || (!/^[A-Z]/.test(at[0]) && /[A-Z]/.test(raw))) continue;
    const typed = `${at[0]}${/^(?:\s+[A-Z][\w-]*)*/.exec(raw.slice(at.index + at[0].length))?.[0] ?? ''}`;
    const question = raw
      .replace(new RegExp(`\\s*,?\\s+(?:and|&|n|as well as|plus|or|nor)\\s+(?:the\\s+)?${typed}\\b`, 'i'), '')
      .replace(new RegExp(`\\b${typed}\\s+(?:and|&|n|as well as|plus|or|nor)\\s+(?:the\\s+)?`, 'i'), '')
      .replace(/\b(?:both|each|either|neither|respectively)\s+/i, '')
      .replace(/\s+(?:both|each|respectively)\b/i, '')
      .replace(/\s+/g, ' ')
      .trim();
    const known = m.type === 'org' ? (dataset.organisation(m.value)?.name ?? m.words) : m.value;
    return { question, unknown: typed, known, initials: namesByInitials(dataset).get(word) ?? [] };
  }
  return undefined;
}

// A follow-up said as the second of two questions ("…, and what about the 3rd?", "… and how about for NCS?").
const FOLLOW_UP = /^ (?:and )?(?:(?:what|how) about|(?:the )?same for)(?: (?:at|for|in|with))? /;

/**
 * "How many MOUs at the 2nd JIC, and what about the 3rd?": the first question asked again of the thing the follow-up
 * names (one thing of the type the first one names once); undefined when it is no such follow-up.
 */
export function followUpOf(first: Understanding, next: Understanding): string | undefined {
  const m = FOLLOW_UP.exec(next.q.text);
  if (!m) return undefined;
  const theirs = things(next);
  // ("What about the 3rd?": an ordinal alone names a meeting only beside the first question's.)
  const ordinal = /^(?:the )?(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth)(?: one)?$/.exec(
    next.q.text.slice(m[0].length).trim(),
  )?.[1];
  const thing: Mention | undefined =
    theirs.length === 1
      ? theirs[0]
      : !theirs.length && ordinal
        ? { type: 'meeting', start: 0, end: 0, words: ordinal, value: '' }
        : undefined;
  if (!thing) return undefined;
  const same = things(first).filter((x) => x.type === thing.type);
  const old = same.length === 1 ? same[0] : undefined;
  if (!old) return undefined;
  const text = first.q.text;
  const head = old.type === 'meeting' ? (MEETING_HEAD.exec(old.words)?.[0] ?? '') : '';
  const words = head && !MEETING_HEAD.test(thing.words) && thing.value !== '0' ? `${thing.words}${head}` : thing.words;
  const lead = /^the /.test(old.words) && !/^the /.test(words) ? `the ${words}` : words;
  return `${text.slice(0, old.start)}${lead}${text.slice(old.end)}`.replace(/\s+/g, ' ').trim();
}
