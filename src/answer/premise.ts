// A premise a question takes for granted ("since the 1st JIC was in Shenzhen, who attended?", "Keppel signed with
// Tsinghua, what was it about?", "who co-chaired the 4th JIC in Singapore?"): checked as the yes/no it states, and
// where the sources say otherwise, corrected before the question is answered — never silently accepted.
import { singleCheck } from './claim/verify.js';
import type { Claim } from './plan/types.js';
import type { Deps } from '../command.js';
import type { Dataset } from '../dataset/index.js';
import { perDataset } from './records.js';
import { plan } from './plan.js';
import { run } from './run.js';
import { say, type Said } from './say.js';
import type { Understanding } from './understand.js';
import type { Reader } from './reader.js';
import { sayVerdict, superlativeVerdict } from './superlative.js';
import { lowerFirst, notWhatSourcesSay } from './say/common.js';

// "Since / given that / now that / as / because X, <question>": X is the premise (up to the comma, or up to the
// question word when no comma is typed).
// (Each part bounded and its classes apart, so no text makes the match backtrack without end: a run of 6,000 newlines
// once took 87 s.)
const CLAUSE_COMMA =
  /^\s*(?:since|given that|given|now that|seeing that|considering that|considering|assuming that|assuming|as|because) +(\S[^,;:?\n]{5,200}?)[ \t]?[,;:][ \t]*(\S.*)$/i;
const CLAUSE_BARE =
  /^ (?:since|given that|now that|seeing that|considering that|assuming that|because) (.{6,}?) (?=(?:who|whom|whose|what|when|where|which|how|why) )/;
// "Keppel signed with Tsinghua, what was it about?": a statement, a comma, then a question.
const STATEMENT_THEN_QUESTION =
  /^\s*(\S[^,;:?\n]{5,200}?)[ \t]?[,;:][ \t]*((?:(?:so|then|and|but|ok|okay|now|well)[ \t,]{1,3})?(?:who|whom|whose|what|when|where|which|how|why|did|does|do|is|are|was|were|has|have|had|can|could|tell me|list|name)\b.*)$/i;
// A statement states something: a verb of what happened, and no question word first.
const STATES =
  /\b(?:signed|sign|inked|launched|held|hosted|chaired|co-?chaired|joined|was|were|is|are|has|had|have|started|began|took place)\b/i;
const ASKS_FIRST =
  /^\s*(?:who|whom|whose|what|when|where|which|how|why|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|tell|list|show|name|give|please|hi|hey|hello|so|and|but|also|if|whether)\b/i;

// A clause with no subject of its own, fronted ("Launched in September 2020, what is OneSME?"): a participle first.
const PARTICIPLE =
  /^\s*(?:(?:first|originally|jointly|newly|officially|already|only) )?(?:[a-z]+-?[a-z]+ed|held|set up|built|begun|run|known|led|chosen|made|given|taken|won|sent|put)\b/i;

/** The premise a question states before asking, as written (undefined when it states none). */
export function premiseIn(
  question: string,
  u: Understanding,
  read: (text: string, lang: string) => Understanding,
): MeetingPremise | undefined {
  const clause = CLAUSE_COMMA.exec(question)?.[1] ?? CLAUSE_BARE.exec(u.q.text)?.[1];
  if (clause) return { premise: withMeeting(clause), clause: true };
  const statement = STATEMENT_THEN_QUESTION.exec(question);
  const stated = statement?.[1];
  // "Launched in September 2020, what is OneSME?": the fronted clause says something of what the question asks
  // about — checked of that (OneSME was launched in September 2020), never of whatever its date alone names.
  if (stated && statement[2] && PARTICIPLE.test(stated)) {
    const subject = read(statement[2], 'en').mentions.find(
      (m) => SUBJECTS.has(m.type) && !(m.type === 'meeting' && /(?:^|\s)20\d\d$/.test(m.words)),
    );
    return subject ? { premise: `${subject.words} was ${stated.trim()}`, rest: statement[2], alone: true } : undefined;
  }
  if (stated && STATES.test(stated) && !ASKS_FIRST.test(stated)) return { premise: stated };
  return meetingPremise(u);
}

// A meeting by its ordinal alone, before what it did ("since the 4th had the most MOUs"): read alone, the clause names
// no meeting ("the 4th" of what?), and its claim went unchecked.
const BARE_ORDINAL =
  /\b(the (?:1st|2nd|3rd|4th|first|second|third|fourth|last|latest))(?= (?:one )?(?:had|has|have|was|were|is|signed|launched|saw|got|produced|inked|started|unveiled|brought|led|topped)\b)/i;
/** The clause with a bare ordinal read as the JIC meeting it counts ("the 4th had …" → "the 4th JIC had …"). */
const withMeeting = (clause: string) => clause.replace(BARE_ORDINAL, '$1 JIC');

/** A premise a question puts on one meeting: what it states, and the question without it where that reads it apart. */
export interface MeetingPremise {
  premise: string;
  /**
   * The question with the premise's words taken out, answered after a correction: a year beside a numbered meeting
   * reads as a second meeting; a fronted clause's names as things asked.
   */
  rest?: string;
  /** The rest is the question whether or not the premise holds (a fronted clause only sets the scene). */
  alone?: boolean;
  /** Stated in a clause of its own ("since …, <question>"): the question after it is what is asked, premise true or not. */
  clause?: boolean;
}

// Places a question may put a meeting in (the sources' cities, and cities a reader may guess wrongly).
const CITY = '(?:singapore|shenzhen|chongqing|beijing|shanghai|hong kong|qianhai|guangzhou|tianjin|suzhou|macau)';
// How a meeting was held, as a reader may put it: in one place in person, or online.
const MODE = '(?:in person|physically|physical|face to face|online|virtually|virtual|by video(?: link| conference)?)';
const MONTH =
  '(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)';
// Verbs that put a meeting somewhere or at some time ("held", "hosted", "took place", "met"; "moved/relocated to").
const HELD =
  '(?:(?:that |which |when it )?(?:was |were |is |got |get )?(?:held|hosted|convened|staged|organi[sz]ed|(?:took|take|takes|taking) place|happen(?:ed|ing|s)?|occur(?:red|s)?|met|meet|meeting|sat|signed|inked))';
const MOVED =
  '(?:(?:was |were |got |get |been )?(?:moved|relocated|shifted|switched|transferred|changed|brought)(?: over)? to)';
// After the meeting: "(meeting) [held|moved to] in Singapore", "… in 2022", "… in December 2022", "… held online".
const AFTER = new RegExp(
  `^ (?:meeting )?(?:(?:${HELD} )?(?:in|at) (${CITY})|${MOVED} (${CITY})|(?:${HELD} )?(?:in|during|of|from) ((?:${MONTH} )?20\\d\\d)|(?:${HELD} )?(${MODE})) `,
);
// Before it: "the Singapore-hosted 4th JIC", "the 2022 4th JIC", "the in-person 3rd JIC", "relocate the 4th JIC to …".
const BEFORE = new RegExp(
  ` (?:(${CITY}) (?:hosted|held|based)|(20\\d\\d)|(in person|physical|face to face|online|virtual)) (?:the )?$`,
);
const MOVING = / (?:move|moved|moving|relocat\w*|shift\w*|transfer\w*) (?:the )?$/;
const MOVED_TO = new RegExp(`^ (?:meeting )?to (${CITY}) `);

/**
 * "Who co-chaired the 4th JIC in Singapore?", "why was the 4th JIC moved to Singapore?", "what happened at the 2022 4th
 * JIC?", "what was agreed at the in-person 3rd JIC?": a place, a year or a way of meeting put on one meeting named by its
 * number, where the question asks something else of it — a premise ("the 4th JIC was held in Singapore"), checked
 * before the question is answered.
 */
export function meetingPremise(u: Understanding): MeetingPremise | undefined {
  // (A yes/no states its claim itself; a comparison or ranking sets meetings side by side.)
  if (['yesno', 'compare', 'most', 'quote'].includes(u.target)) return undefined;
  // (Never "the first meeting held in Shenzhen", which picks a meeting by place.)
  if (/ (?:first|last|earliest|latest|only|which|what) (?:sci )?(?:jic|meeting)/.test(u.q.text)) return undefined;
  // (A place beside what was announced or published of it is where that was done: "who announced the outcomes of the
  // 4th JIC in Singapore" — MCI and IMDA, in Singapore — no claim of where the meeting was.)
  // (Nor a year beside what someone said of it: "what did Qin say about the 4th JIC in 2024".)
  // (A move put on the meeting is its own, whatever else is asked: "after the 3rd JIC moved to Singapore, what was
  // announced?")
  const told =
    / (?:announc\w*|publish\w*|releas\w*|report\w*|say|said|says|told|tell|spoke|speak|wrote|written|press) /;
  // (A year or a city read as the meeting it points to is the premise's, not a second meeting named.)
  const numbered = u.mentions.filter(
    (m) => m.type === 'meeting' && !/(?:^|\s)20\d\d$/.test(m.words) && !new RegExp(`^${CITY}$`).test(m.words),
  );
  const m = numbered.length === 1 ? numbered[0] : undefined;
  if (!m) return undefined;
  const t = u.q.text;
  const after = AFTER.exec(t.slice(m.end));
  const before = BEFORE.exec(t.slice(0, m.start));
  const moved = MOVING.test(t.slice(0, m.start)) ? MOVED_TO.exec(t.slice(m.end))?.[1] : undefined;
  if (told.test(t) && !after?.[2] && !moved) return undefined;
  // ("…at the 4th JIC in Singapore and Shenzhen": two places joined are the initiative's, never where it was held.)
  const joined = !!after && /^ (?:and|or|&) /.test(t.slice(m.end + after[0].length - 1));
  const city = (joined ? undefined : (after?.[1] ?? after?.[2])) ?? before?.[1] ?? moved;
  const when = after?.[3] ?? before?.[2];
  const mode = after?.[4] ?? before?.[3];
  // (The founding MOU, meeting 0, was signed somewhere on some day; a meeting was held.)
  const held = `the ${m.words} was ${m.value === '0' ? 'signed' : 'held'}`;
  if (city) return { premise: `${held} in ${city}` };
  if (mode && m.value !== '0')
    return { premise: `${held} ${/^(?:online|virtual|by video)/.test(mode) ? 'online' : 'in person'}` };
  if (!when) return undefined;
  // (The year's words taken out, the numbered meeting is asked alone: "who co-chaired the 3rd JIC in 2023" → the 3rd.)
  const span = after ? [m.end, m.end + after[0].length - 1] : [m.start - (before?.[0].length ?? 0) + 1, m.start];
  return {
    premise: `${held} in ${when}`,
    rest: `${t.slice(0, span[0])} ${t.slice(span[1])}`.replace(/\s+/g, ' ').trim(),
  };
}

// A way of meeting claimed, said as itself ("not online", "not in person"); any other place is a city ("not in Beijing").
const MODE_CLAIMED =
  /^(?:online|virtual|virtually|by video(?: link| conference)?|in person|physically|physical|face to face)$/;

/**
 * A correction that ends by naming what was claimed ("…was held in Shenzhen, not in Beijing."), for a place, a way of
 * meeting or a year put on a meeting; any other claim (or a sentence of several) is left as it is.
 */
export function notAsClaimed(no: string, claim: Claim | undefined): string {
  if (!claim || /\.\s+\S/.test(no.trim())) return no;
  // (A meeting held by video between the two cities was in neither one alone: "not in one city", never "not in Shenzhen".)
  if (claim.type === 'place' && /^(?:shenzhen|singapore)$/i.test(claim.words) && /video|virtual/i.test(no))
    return no.replace(/\.?\s*$/, ', not in one city.');
  const claimed =
    claim.type === 'place'
      ? MODE_CLAIMED.test(claim.words)
        ? claim.words
        : `in ${claim.words.replace(/\b[a-z]/g, (c) => c.toUpperCase())}`
      : claim.type === 'year'
        ? `in ${claim.value}`
        : undefined;
  return claimed ? no.replace(/\.?\s*$/, `, not ${claimed}.`) : no;
}

// What a premise's yes/no says when the sources say otherwise: "No: …", "No, not in one city: …", "No record on file
// names X …", "The sources don't name X at …".
const CONTRADICTED = /^No(?:, not in one city)?: (.+)$/s;
const NOT_NAMED = /^(?:No record on file names |The sources don't name |[^:]{1,80} is not named in the sources)/;

/**
 * The premise checked: where the sources contradict it, the sentence that says so ("That isn't what the sources say:
 * the 1st JIC meeting (17 Jun 2020) was held virtually."), else undefined (the question is answered as it is).
 */
export function premiseCorrection(
  premise: string,
  deps: Deps,
  read: (text: string, lang: string) => Understanding,
  ask?: (question: string) => Said,
): Correction | undefined {
  const asked = read(`is it true that ${premise}`, 'en');
  // (A claim read whole that runs one existing check is that check: its claim's type says what was claimed.)
  const planned = plan(asked, deps.dataset);
  const checked = planned.op === 'claim' ? (singleCheck(planned) ?? planned) : planned;
  // "Since the 2nd JIC had the most MOUs, …": a superlative claimed, checked against the ranking.
  if (checked.op === 'rank') {
    const ranked = run(checked, deps);
    const top = superlativeVerdict(asked, checked, ranked, deps.dataset);
    const ranking = say(ranked, asked, deps.dataset, 'en');
    // ("Since the 3rd launched the most projects, who co-chaired it?": true as far as the sources count — said after
    // the answer, never left unsaid. True jointly is true: the answer alone.)
    if (!top && ranked.op === 'rank' && ranked.unknown.length)
      return {
        ...ranking,
        sentence: `(As far as the sources count: ${lowerFirst(ranking.sentence)})`,
        qualifies: true,
      };
    if (top?.verdict !== 'no') return undefined;
    const said = sayVerdict(top, ranking);
    return { ...said, sentence: notWhatSourcesSay(said.sentence.replace(/^No: /, '')) };
  }
  // "Since Lee Hsien Loong co-chaired the 3rd JIC, …", "as Heng Swee Keat co-chaired the 4th JIC, …": a seat put on
  // someone — a name the sources never give, or a person they name elsewhere — checked against the seat's holders.
  const seat = ask ? seatClaimed(premise, asked, deps, ask) : undefined;
  if (seat) return seat;
  // (A person's co-chairing at one meeting is checked by the co-chairs' own reading: "since Joseph Leong co-chaired the
  // first JIC meeting, …".)
  const chairs = checked.op === 'chairs' && checked.ask === 'relative';
  if (asked.target !== 'yesno' || (checked.op !== 'check' && checked.op !== 'notNamed' && !chairs)) return undefined;
  // ("Projects launched up to early 2023, how many?": a year that bounds a count claims no meeting was held then.)
  if (checked.op === 'check' && checked.claim.type === 'year' && asked.mentions.some((m) => m.asOf)) return undefined;
  const said = say(run(checked, deps), asked, deps.dataset, 'en');
  const no = CONTRADICTED.exec(said.sentence)?.[1];
  const claim = checked.op === 'check' ? checked.claim : undefined;
  if (no) return { ...said, sentence: notWhatSourcesSay(notAsClaimed(no, claim)) };
  if (NOT_NAMED.test(said.sentence)) return { ...said, sentence: said.sentence.split(/(?<=\.)\s/)[0] ?? said.sentence };
  return undefined;
}

/**
 * What a yes/no's No says, as a correction: the words after "No:" / "No," — or, where "No" opens a sentence as its
 * determiner ("No 5th JIC meeting is in the sources: …"), the whole sentence (its "No" is the denial, never dropped).
 */
export function deniedBy(sentence: string): string | undefined {
  const answer = /^No(?:[:,]| —)\s*(.+)$/s.exec(sentence)?.[1];
  if (answer) return answer;
  return /^No [a-z0-9]/i.test(sentence) ? `no ${sentence.slice(3)}` : undefined;
}

/** A premise's correction; `qualifies`: true as stated only in part ("jointly"), said after the answer. */
export type Correction = Said & { qualifies?: boolean };

// A seat put on someone by name, as typed ("Lee Hsien Loong co-chaired the 3rd JIC"): the name (capitalised words), the
// verb, and the meeting after it.
const SEAT_CLAIM =
  /^\s*((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+(?:was\s+|were\s+)?(?:co-?chair(?:ed)?|chaired|chairing|presided over|headed|led)\s+(?:the\s+)?(.{3,40}?)\s*$/;

/**
 * A seat at a meeting claimed of someone: where the whole question's answer says No, that is the correction; where the
 * name is no one the sources give, said so, with who held the seat.
 */
function seatClaimed(premise: string, asked: Understanding, deps: Deps, ask: (q: string) => Said): Said | undefined {
  const m = SEAT_CLAIM.exec(premise);
  if (!m?.[1] || !m[2]) return undefined;
  const meetings = asked.mentions.filter((x) => x.type === 'meeting' && Number(x.value) > 0);
  if (meetings.length !== 1) return undefined;
  const known =
    asked.mentions.some((x) => x.type === 'person' || x.type === 'org') || namedAnywhere(m[1].trim(), deps.dataset);
  if (!known) {
    // (A name the sources never give: said so, with who did hold the seat.)
    const who = ask(`who co-chaired the ${m[2]}?`);
    if (!/co-?chair/i.test(who.sentence)) return undefined;
    return {
      ...who,
      sentence: notWhatSourcesSay(`they don't name ${m[1].trim()}; ${lowerFirst(who.sentence)}`),
    };
  }
  const said = ask(`is it true that ${premise}?`);
  const no = deniedBy(said.sentence);
  return no ? { ...said, sentence: notWhatSourcesSay(no) } : undefined;
}

/** Every text on file that may name a person (people, meetings' outcomes and quotes, events), lower case: once. */
const namingTexts = perDataset((dataset: Dataset) =>
  [
    ...dataset.people.map((p) => p.name),
    ...dataset.meetings.flatMap((m) => [
      ...m.highlights.map((h) => h.text),
      ...m.people.flatMap((g) => g.people.map((p) => p.name)),
      ...(m.quotes ?? []).map((q) => q.by),
    ]),
    ...(dataset.initiative.events ?? []).map((e) => e.text),
  ]
    .join(' \n ')
    .toLowerCase(),
);
/** Whether the sources name someone anywhere ("Heng Swee Keat", named in the 2024 visit only). */
const namedAnywhere = (name: string, dataset: Dataset) => namingTexts(dataset).includes(name.toLowerCase());

// What a question after its premise calls the premise's subject: "how many did IT sign", "what were ITS MOUs about".
const PRONOUN = / (?:it|its|they|their|them|he|his|she|her) /;
const SUBJECTS = new Set(['meeting', 'org', 'record', 'person', 'highlight', 'initiative']);

/**
 * The question after a premise clause ("since the 2nd JIC had the most MOUs, how many did it sign?" → "how many did
 * 2nd jic sign"), its pronoun read as the premise's subject; undefined where the clause has no question after it or
 * the question needs the clause to be understood ("…, who attended?").
 */
export function questionAfter(question: string, u: Understanding, read: Reader): string | undefined {
  const comma = CLAUSE_COMMA.exec(question);
  const bare = comma ? undefined : CLAUSE_BARE.exec(u.q.text);
  const premise = comma?.[1] ?? bare?.[1];
  const rest = comma?.[2] ?? (bare ? u.q.text.slice(bare[0].length) : undefined);
  if (!premise || !rest) return undefined;
  // (The question's words alone find its pronoun — the words its reading would hold: its mentions are read only where
  // no pronoun stands for the premise's subject.)
  const text = read.question(rest, 'en').text;
  const pronoun = PRONOUN.exec(text);
  // (The premise is read for its subject only where a pronoun stands for it.)
  // ("It" is a thing, "he" or "she" a person: "since Yong Ying-I chaired the 4th meeting, when did it happen?" asks of
  // the meeting, never of her.)
  const person = pronoun ? /^ (?:he|his|she|her) $/.test(pronoun[0]) : false;
  const thing = pronoun ? /^ (?:it|its) $/.test(pronoun[0]) : false;
  const said = pronoun ? read(withMeeting(premise), 'en').mentions : [];
  const subject = said.find(
    (m) => SUBJECTS.has(m.type) && (person ? m.type === 'person' : thing ? m.type !== 'person' : true),
  )?.words;
  if (pronoun && subject)
    return `${text.slice(0, pronoun.index)} ${subject} ${text.slice(pronoun.index + pronoun[0].length)}`.trim();
  if (read(rest, 'en').mentions.some((m) => SUBJECTS.has(m.type))) return rest;
  // ("Since Chen Rugui chaired the 2nd JIC, how many MOUs were signed?": a question naming nothing is asked of the one
  // meeting its premise names.)
  if (pronoun) return undefined;
  const meetings = read(withMeeting(premise), 'en').mentions.filter(
    (m) => m.type === 'meeting' && !/^20\d\d$/.test(m.words),
  );
  const only = meetings.length === 1 ? meetings[0] : undefined;
  return only ? `${rest.replace(/[?.!\s]+$/, '')} at the ${only.words}?` : undefined;
}

/**
 * "There's no MOU between QuikBot and Guardforce, correct?": the answer was worked out for the positive claim, so its
 * Yes or No is said of the negated statement as asked — the records show one: "No, that isn't so"; they show none:
 * "Yes, that's right". Any other opening (the sources differ, don't say, a count) stands as it is. Asked whether it is
 * false ("is it false that …?"): "No, it is true" or "Yes, it is false".
 */
export function asNegated(said: Said, falseAsked = false): Said {
  const m = /^(Yes|No)(?:, [^:]{0,40})?: /.exec(said.sentence);
  if (!m) return said;
  const lead = falseAsked
    ? m[1] === 'Yes'
      ? 'No, it is true: '
      : 'Yes, it is false: '
    : m[1] === 'Yes'
      ? "No, that isn't so: "
      : "Yes, that's right: ";
  return { ...said, sentence: `${lead}${said.sentence.slice(m[0].length)}` };
}

/** The answer to the question, after the correction of its premise (their sources and records together). */
export function corrected(correction: Said, answer: Said): Said {
  // ("The 3rd JIC was in Shenzhen, which venue?": an answer the correction already says — held by video link — is not
  // said twice.)
  const bare = (x: string) =>
    x
      .toLowerCase()
      .replace(/^(?:yes|no): /, '')
      .replace(/[.\s]+$/, '');
  const again =
    bare(correction.sentence).includes(bare(answer.sentence)) || saysNothingMore(answer.sentence, correction.sentence);
  return {
    ...answer,
    sentence: again ? correction.sentence.trim() : `${correction.sentence.trim()} ${answer.sentence}`,
    refs: [...correction.refs, ...answer.refs].slice(0, 5),
    sources: [...new Set([...correction.sources, ...answer.sources])],
  };
}

// Words that frame a sentence rather than state a fact: "The sources don't say: no 5th JIC meeting is in them" states
// nothing "That isn't what the sources say: no 5th JIC meeting is in the sources: the latest …" has not; "the only
// signatories they name are the founding MOU's" nothing "the founding MOU was signed by … — not X" has not.
const FRAMING = new Set(
  'the a an is are was were in on them they it its that this what isnt dont doesnt say says sources source record records no latest name names only signatories'.split(
    ' ',
  ),
);
const factWords = (sentence: string): string[] =>
  sentence
    .toLowerCase()
    // (A possessive is its noun: "the founding MOU's" says "mou", never a word "mous" of its own.)
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !FRAMING.has(w));

/** Every fact word of the answer is in the correction already (and it has some): said once is enough. */
function saysNothingMore(answer: string, correction: string): boolean {
  const facts = factWords(answer);
  if (!facts.length) return false;
  const said = new Set(factWords(correction));
  return facts.every((w) => said.has(w));
}
