import type { Dataset, Meeting, Quote } from '../dataset/index.js';
import type { Plan } from './plan.js';
import type { Said } from './say.js';
import { capitalise, formatDate, joinList, meetingDate } from './format.js';
import { readText } from './question.js';
import { mentionedOrgIds, mentionsOf, type Understanding, withoutMentions } from './understand.js';
import { norm, perDataset } from './records.js';
import { MONTH_FORMS, monthName } from '../text/months.js';
import { inSenses, LOOSE } from './quote-meaning.js';

/**
 * What someone said. A verbatim quote goes in quotation marks with who and when; a rewording or
 * reported speech never does, and says whose words they are. "Did X say Y?" and "who said Y?" are
 * checked against the words on file; a speaker with no quote on file gets "no quote", never another's.
 */

export interface QuoteOnFile {
  quote: Quote;
  date: string;
  at?: Meeting;
}

export interface QuotesPlan {
  op: 'quotes';
  meetings: number[];
  year?: number;
  /** "In April 2024", "in Dec": the month the words were said or printed (1–12). */
  month?: number;
  people: string[];
  /** Non-persons asked about ("what did Keppel say"): named, never quoted. */
  of?: string[];
  unknownSpeaker?: boolean;
  /** What the quote is about, in the question's words ("about the pandemic"): the quotes that say it first. */
  about?: string[];
  /** "Did Leong say X?", "who said X?": the words a quote must say. */
  claim?: string[];
  /** Asked who said it: every speaker's quotes are searched. */
  whoSaid?: boolean;
  /** "The Singapore side", "the Chinese co-chair": the speakers the sources place on that side. */
  side?: 'Singapore' | 'China';
  /** Printed by these documents ("the press release", "The Straits Times"). */
  printedBy?: string[];
  /** "Was Leong quoted?": a yes or no, then the quote. */
  asksIf?: boolean;
  /** "Is the quote in TechEdt word for word the same?": whether every source prints the speaker's own words. */
  verbatimAsked?: boolean;
  /** The speakers come from a side or a role asked, not from names. */
  byRole?: boolean;
  /** "Who gave a speech at the 4th JIC?": who spoke there (the speeches the sources report), not only whose words are quoted. */
  speakersAsked?: boolean;
}

/** How a claim ("did X say Y?") stands against the quotes on file. */
export type ClaimFound = 'verbatim' | 'reported' | 'reworded' | 'other' | 'none';

export interface QuotesResult {
  op: 'quotes';
  /** The quotes that answer, latest first; `at` is the meeting they speak of, if any. */
  quotes: QuoteOnFile[];
  /** Who and when the question asked about (names as the data gives them). */
  people: string[];
  of: string[];
  meetings: Meeting[];
  year?: number;
  month?: number;
  /** Asked what was said about this, and none of the quotes asked for says it. */
  topic?: string;
  /** Quotes on file the question's narrowing left out (to point to when none answers). */
  others: readonly QuoteOnFile[];
  /** `near`: the quotes found say most of the words claimed, not all of them (a paraphrase). */
  claim?: { found: ClaimFound; whoSaid: boolean; near?: boolean };
  /** Speeches the sources report without quoting them (to say when no quote answers). */
  speeches?: Array<{ by: string; at: Meeting }>;
  /** Asked who spoke at a meeting: those the sources report giving its speeches, by meeting ("the co-chairs" named). */
  speakers?: Array<{ at: Meeting; by: string[]; coChairs: boolean; sources: string[] }>;
  /** Meetings asked about with no quote on file. */
  silentAt?: Meeting[];
  /** The answering words are only a source's rewording: the verbatim quote they reword is shown too. */
  rewordingOnly?: boolean;
  /** The question asked what was said about something. */
  topicAsked?: boolean;
  /** The question names a speaker no quote on file is from. */
  unknownSpeaker?: boolean;
  asksIf?: boolean;
  verbatimAsked?: boolean;
  /** The speakers were found by side or role, not named: any of them answers. */
  byRole?: boolean;
  /** The publications asked about ("the press release"), by publisher. */
  printedBy?: string[];
}

interface Role {
  name: string;
  role: string;
  meeting?: number;
}

/** The quotes and roles on file, read once per Dataset (every quote question searches them all). */
interface QuoteTables {
  quotes: readonly QuoteOnFile[];
  roles: readonly Role[];
  /** The side each person with a role is on, by the roles the sources give them. */
  sides: ReadonlyMap<string, 'Singapore' | 'China' | undefined>;
}

const tablesOf = perDataset((dataset: Dataset): QuoteTables => {
  // Every quote on file (meetings' and dated events'), latest first.
  const quotes = [
    ...dataset.meetings.flatMap((m) => (m.quotes ?? []).map((quote) => ({ quote, date: m.date.value, at: m }))),
    ...(dataset.initiative.events ?? []).flatMap((e) => (e.quotes ?? []).map((quote) => ({ quote, date: e.date }))),
  ].sort((a, b) => b.date.localeCompare(a.date));
  // Everyone the sources give a role, with it: the meetings' people, the initiative's people, quotes' speakers.
  const roles: Role[] = [
    ...dataset.meetings.flatMap((m) =>
      m.people.flatMap((r) => r.people.map((p) => ({ name: p.name, role: p.role, meeting: m.number }))),
    ),
    ...(dataset.initiative.people ?? []).flatMap((p) => (p.about ? [{ name: p.name, role: p.about.text }] : [])),
    ...quotes.flatMap((x) => (x.quote.role ? [{ name: x.quote.by, role: x.quote.role }] : [])),
  ].filter((p) => p.role !== 'not named');
  const sides = new Map<string, 'Singapore' | 'China' | undefined>();
  for (const { name } of roles) {
    const rs = roles.filter((p) => p.name === name).map((p) => p.role);
    sides.set(
      name,
      rs.some((r) => /Shenzhen|Chin/.test(r))
        ? 'China'
        : rs.some((r) => /Singapore|MCI|Communications and Information/.test(r))
          ? 'Singapore'
          : undefined,
    );
  }
  const built = { quotes, roles, sides };
  return built;
});

/** Every quote on file (meetings' and dated events'), latest first. Shared: never change it. */
export const quotesOnFile = (dataset: Dataset): readonly QuoteOnFile[] => tablesOf(dataset).quotes;

const roles = (dataset: Dataset): readonly Role[] => tablesOf(dataset).roles;

/**
 * People named by their role ("the permanent secretary", "the mayor", "the deputy prime minister"):
 * the roles the Dataset gives them (meetings' people, the initiative's people, quotes' speakers), up to
 * " of " or a comma, found in the question. At a meeting asked about, those who held it there first
 * ("the mayor at the 3rd JIC" is Qin, not Chen). The one reading of a role, for quotes and for plans
 * ("who is the mayor?") alike.
 */
// A role put in a place ("the mayor of Singapore", "Beijing's mayor"): the place, in group 1 or 2.
const PLACES = '(singapore|shenzhen|china|beijing|chongqing|shanghai|hong kong|guangzhou)';
export const ROLE_PLACE = new RegExp(
  ` (?:mayor|permanent secretary|perm sec) of (?:the )?${PLACES} | ${PLACES}(?: ?s)? (?:mayor|permanent secretary|perm sec) `,
);

export function peopleByRole(u: Understanding, dataset: Dataset, meetings: readonly number[] = []): string[] {
  // ("The mayor of Singapore", "Beijing's mayor": a role put in a place is held only by someone on that place's side —
  // Shenzhen's mayors are no mayor of Singapore.)
  const placed = ROLE_PLACE.exec(u.q.text);
  const place = placed?.[1] ?? placed?.[2];
  const side = place === 'singapore' ? 'Singapore' : place === 'shenzhen' || place === 'china' ? 'China' : undefined;
  const found = roles(dataset).filter((p) => {
    const role = norm(p.role.split(/,| of | for | \(/)[0] ?? '');
    if (role.length < 5 || !u.q.text.includes(` ${role} `)) return false;
    return !place || (side !== undefined && sideOf(dataset, p.name) === side);
  });
  const there = found.filter((p) => p.meeting !== undefined && meetings.includes(p.meeting));
  return [...new Set((there.length ? there : found).map((p) => p.name))];
}

/** Speakers of quotes on file named in the question by name ("Heng", "Heng Swee Keat"), beyond the people records. */
export function speakersNamed(u: Understanding, dataset: Dataset): string[] {
  return [...new Set(quotesOnFile(dataset).map((x) => x.quote.by))].filter((name) => {
    const parts = norm(name).split(' ');
    return [norm(name), parts[0] ?? '', parts[parts.length - 1] ?? ''].some(
      (p) => p.length >= 4 && u.q.text.includes(` ${p} `),
    );
  });
}

/** The side the sources place someone on, by the roles they give. */
const sideOf = (dataset: Dataset, name: string): 'Singapore' | 'China' | undefined => tablesOf(dataset).sides.get(name);

// Words of asking about a quote, not of what it says.
const QUOTE_WORDS =
  /^(?:what|that|this|they|said|says|say|quote|quotes|quoted|statement|remarks|comments|words|speech|message|jic|meeting|the|them|their|there)$/;

// A quote named by its meeting ("his 3rd JIC quote", "the 4th meeting's remarks"): the words after the meeting's name.
const QUOTE_NAMED =
  /^(?: jic| meeting| jic meeting)?(?: s)? (?:quote|quotes|quotation|quotations|remarks|statement|statements|speech|comments|words|message) /;

// A month asked ("in April 2024", "in dec"): when it was said, never what it was about.
const MONTH_WORD = new RegExp(`^(?:${MONTH_FORMS.join('|')})$`);
/** The month a question places the words in: after "in/during/on/of", or before a year ("april 2024"). */
const MONTH_AT = MONTH_FORMS.map(
  (m) => new RegExp(` (?:in|during|on|of|from) (?:${m}) | (?:${m}) (?:\\d{1,2} )?20\\d\\d `),
);
function monthAsked(text: string): number | undefined {
  const i = MONTH_AT.findIndex((re) => re.test(text));
  return i >= 0 ? i + 1 : undefined;
}
// The initiative itself named ("about the initiative"): what every quote is about, not a topic of one.
const ITSELF = /^(?:initiative|sci)$/;

// Words a claim is made of that say nothing of its content ("did he say THAT it is…").
const CLAIM_FILLER = new Set(
  (
    'a an the that this it its is was are were be been being of to in on for and or as at by with from he she his her ' +
    'would will could can should may might have has had do does did ' +
    'him they them their there anything something ever any all about really actually lot lots much many plenty very quite word words phrase phrases term terms expression wording quote quoted quotes quotation remark remarks statement statements speech speeches comment comments message source sources record records recorded file publicly public jic meeting sci initiative'
  ).split(' '),
);

// ("Did Leong use the words 'common good'?": words used are words said.)
// ("Did Leong claim / state / note that…": verbs of saying something, as much as "say".)
// ("Who used to be the permanent secretary?": "used to" is a time gone by, never words used.)
const SAYING =
  'use|used(?! to )|uses|mention|mentioned|mentions|talk about|talked about|talks about|speak about|spoke about|spoke of|speak of|bring up|brought up|claim|claimed|claims|assert|asserted|note|noted|remark|remarked|state|stated|states';
const SPEECH = new RegExp(` (?:${SAYING}) `);
// The words claimed after a verb of saying ("say", SAYING's, "call", "describe"): group 1.
const CLAIM = new RegExp(` (?:say|said|says|${SAYING}|call|called|calls|describe|described|describes) (.+)$`);
// "Who called the SCI an excellent platform…", "which official described it as a pathfinder…": a quote asked by its
// words, with no speaker named.
const ASKED_BY_WORDS =
  /^ (?:who|which (?:official|person|leader|speaker|one|cochair|mayor|minister|secretary)) (?:\w+ )?(?:said|says|called|calls|described|describes|stated|states|claimed|remarked)\b/;

// Asked whether a source prints the speaker's own words ("word for word the same", "verbatim", "exact words").
const VERBATIM = / (?:word for word|verbatim|exact words|exactly the same|the same words|identical|word by word) /;

// The SCI's own start said as its age ("since its 2019 launch", "launched in 2019"): what the quote is about, never the
// founding MOU as when it was said.
const LAUNCH_YEAR =
  /(?:since (?:its )?|its |launched in |started in |began in |founded in |launch in )(?:19|20)\d\d\b|(?:19|20)\d\d (?:launch|founding|start|inception)\b/;

// "What did Leong call the SCI?", "how did Heng describe it?": words someone used of something (with a speaker).
const CALLED =
  / (?:call|calls|called|describe|describes|described|characterise|characterised|characterize|characterized) (?:the|it|this|that|them|sci|jic|singapore|shenzhen|both) /;
// Anyone at all: "did anyone mention the pandemic?" searches every quote on file.
const ANYONE = / (?:anyone|anybody|someone|somebody|any official|any of them|either of them|the cochairs) /;

// A word that turns a claim around: never matched by most of its other words.
const NEGATING =
  /^(?:not|never|no|nor|none|nothing|neither|without|unlikely|doubt|doubted|doubtful|unsure|against|fail|failed|less|fewer|few|little|lack|lacks|lacked|lacking|hardly|barely|lower|end|ended|stop|stopped)$/;

/**
 * The content words a claim is made of ("an excellent platform for collaboration" → excellent, platform, …); a short
 * word that names a topic ("AI") is content too — never dropped, leaving "most cooperation is about" as the claim.
 */
const claimWords = (claimed: string, topics: ReadonlySet<string> = new Set(), literal = false) =>
  (literal ? ` ${claimed} ` : inSenses(` ${claimed} `))
    .split(' ')
    .filter((w) => w && (w.length >= 3 || /\d/.test(w) || topics.has(w)) && !CLAIM_FILLER.has(w));

/**
 * Whether a quote says the claimed words (each word read by its sense: quote-meaning.ts), or (asked who said them)
 * nearly: a reader's paraphrase keeps most of the meaning ("both cities share a vision of using digital tech…"), three
 * in four of its words and at least three, or every word with some only loosely the same ("covid" for "the pandemic").
 */
function quoteSays(x: QuoteOnFile, claim: readonly string[], nearly: boolean): 'all' | 'near' | undefined {
  const [hits, looseHits] = claimHits(x, claim);
  if (hits === claim.length) return 'all';
  const near = hits + looseHits;
  return nearly && (near === claim.length || (near >= 3 && near * 4 >= claim.length * 3)) ? 'near' : undefined;
}

/** How many claimed words a quote says as they are, and how many only loosely ("covid" for "the pandemic"). */
function claimHits(x: QuoteOnFile, claim: readonly string[]): [number, number] {
  const text = wordsOf(x);
  const loose = (w: string) => w.endsWith(LOOSE);
  return [
    claim.filter((w) => !loose(w) && says(text, w)).length,
    claim.filter((w) => loose(w) && says(text, w.slice(0, -1))).length,
  ];
}

/** Of the quotes that (nearly) say a claim, those that say the most of it (a loose word counting half). */
function closest(xs: readonly QuoteOnFile[], claim: readonly string[]): QuoteOnFile[] {
  const score = (x: QuoteOnFile) => {
    const [hits, loose] = claimHits(x, claim);
    return hits + loose / 2;
  };
  const best = Math.max(0, ...xs.map(score));
  return xs.filter((x) => score(x) === best);
}

/** Whether a question asks what someone said (or whether they said or mentioned something). */
export function asksQuote(u: Understanding, dataset: Dataset): boolean {
  if (u.target === 'quote') return true;
  // Asked who said some words that a quote on file says (or nearly): that quote, whoever said it.
  if (ASKED_BY_WORDS.test(u.q.text)) {
    const claim = claimWords(CLAIM.exec(u.q.text)?.[1] ?? '');
    // (One or two words — "who called the SCI a pathfinder" — only where a quote says them all.)
    const found = (x: QuoteOnFile) =>
      claim.length >= 3 ? quoteSays(x, claim, true) : claim.length > 0 && quoteSays(x, claim, false);
    if (quotesOnFile(dataset).some(found)) return true;
  }
  if (/^ who (?:talked|spoke|speaks|talks|mentioned|brought up) /.test(u.q.text)) return true;
  // ("谁在第二次会议上发言了" reads "who 2nd meeting spoke": who gave a meeting's speeches, the verb after the meeting.)
  if (WHO_SPOKE.test(u.q.text) && / (?:spoke|gave (?:a |an |the )?(?:opening )?(?:speech|speeches)) /.test(u.q.text))
    return true;
  const speaker = () =>
    mentionsOf(u, 'person').length > 0 ||
    speakersNamed(u, dataset).length > 0 ||
    peopleByRole(u, dataset, []).length > 0;
  // "Does TechEdt print Leong's words verbatim?": whether a source prints the speaker's own words.
  const speech = SPEECH.test(u.q.text) || CALLED.test(u.q.text) || VERBATIM.test(u.q.text);
  return speech && (ANYONE.test(u.q.text) || speaker());
}

/** The plan for a question about what someone said. */
export function planQuote(u: Understanding, dataset: Dataset): Plan {
  const text = u.q.text;
  // Chinese the tables could not read: a name no record holds ("王颜说了什么"), or words a quote is claimed to say,
  // which can't be checked against the English quotes — never another's words, never "no one said it".
  const unread = /\p{Script=Han}{2,}/u.test(u.rest);
  // "Did Leong say the SCI was launched in 2019?": a year inside the claim is what was said, not when.
  const claimed0 = /^ (?:who|did|does|do|has|have|had|was|is|were) /.test(text) ? CLAIM.exec(text) : null;
  const claimAt =
    claimed0 &&
    (claimed0[1] ?? '')
      .split(' ')
      .some((w) => w && !CLAIM_FILLER.has(w) && !/^(?:jic|meeting|\d+(?:st|nd|rd|th))$/.test(w))
      ? claimed0.index
      : text.length;
  // "Did Leong mention the pandemic at the 4th JIC?", "… in 2023?": a meeting or year closing the question, after
  // "at/in/during", is when the words were said (never part of what was said: the 3rd JIC's quote is no Yes for the 4th).
  const closing = (m: { start: number; end: number }) =>
    / (?:at|in|during|on) (?:the )?$/.test(text.slice(Math.max(0, m.start - 12), m.start)) &&
    /^(?: (?:jic|meeting|jic meeting|sci jic meeting))? *$/.test(text.slice(m.end));
  // ("Did Leong mention 2019 in his 3rd JIC quote?", "Leong's 4th JIC remarks": a meeting naming the quote is which one.)
  const naming = (m: { end: number }) => QUOTE_NAMED.test(text.slice(m.end));
  const when = (m: { start: number; end: number }) =>
    (m.start < claimAt || closing(m) || naming(m)) &&
    !LAUNCH_YEAR.test(text.slice(Math.max(0, m.start - 20), m.end + 10));
  const meetings = [
    ...new Set(
      mentionsOf(u, 'meeting')
        .filter(when)
        .map((m) => Number(m.value)),
    ),
  ];
  const orgs = mentionedOrgIds(u);
  const year = mentionsOf(u, 'number').find((m) => m.value.startsWith('year:') && when(m));
  const month = monthAsked(text.slice(0, claimAt + 1));
  const named = [...new Set([...mentionsOf(u, 'person').map((m) => m.value), ...speakersNamed(u, dataset)])];
  // "The Singapore co-chair", "what did the Chinese side say": the speakers the sources place there.
  const side =
    / (?:singapore|singaporean|sg) (?:side|cochairs?|co chairs?|officials?|government|representatives?|delegation|ministry|officer) |^ what did singapore say | (?:anyone|someone|people|officials?) from singapore /.test(
      text,
    )
      ? 'Singapore'
      : / (?:chinese|china|shenzhen) (?:side|cochairs?|co chairs?|officials?|government|representatives?|delegation|officer) |^ what did (?:china|shenzhen) say | (?:anyone|someone|people|officials?) from (?:china|shenzhen) /.test(
            text,
          )
        ? 'China'
        : undefined;
  // A side at a meeting asked ("the Chinese co-chair of the 4th JIC"): those of that side the meeting names first.
  const sideAll = side
    ? [...new Set(roles(dataset).map((p) => p.name))].filter((n) => sideOf(dataset, n) === side)
    : [];
  const atMeeting = roles(dataset).filter((p) => p.meeting !== undefined && meetings.includes(p.meeting));
  const sideThere = sideAll.filter((n) => atMeeting.some((p) => p.name === n));
  const bySide = sideThere.length ? sideThere : sideAll;
  const byRole = named.length ? [] : peopleByRole(u, dataset, meetings);
  const speakers = named.length ? named : byRole.length ? byRole : bySide;
  // Printed by a publisher the question names ("the press release", "The Straits Times").
  const printedBy = dataset.sources
    .filter((s) => {
      const pub = norm(s.publisher.replace(/\(.*?\)/g, '')).replace(/^the /, '');
      return (
        (/ press release /.test(text) && /press release/i.test(s.publisher)) ||
        (pub.length >= 5 && text.includes(` ${pub} `))
      );
    })
    .map((s) => s.id);
  // Names, and meetings and years saying when, are not what a quote says: only the words left between them. (A year
  // or meeting inside the claim — "did Leong say it was launched in 2019?" — is what was said, kept.)
  const unnamed = withoutMentions(
    u,
    (m) =>
      !['topic', 'highlight'].includes(m.type) &&
      !((m.type === 'meeting' || (m.type === 'number' && m.value.startsWith('year:'))) && !when(m)),
    text,
  );
  // "Did Leong say the SCI is an excellent platform?", "who said X?": the words claimed.
  // "What's the 'pathfinder' quote about?", "the common good quote: who said it?": a quote named by its own words (in
  // quote marks, or before "quote") is asked for by them — who said it, and what it says — never "no one named".
  // (Only words some quote on file says: "the press release quote" names where it is printed, not what it says; and a
  // yes/no — "did anyone say 'important platform'?" — keeps its Yes.)
  const labelled = named.length ? [] : claimWords(labelOf(u), topicWords0(u), MARKED.test(u.q.raw));
  const label =
    labelled.length && !ASKS_IF.test(text) && quotesOnFile(dataset).some((x) => quoteSays(x, labelled, false))
      ? labelled
      : [];
  const whoSaid = /^ who /.test(text) || ASKED_BY_WORDS.test(text) || label.length > 0;
  const asksIf = ASKS_IF.test(text);
  const claimed = whoSaid || asksIf ? (CLAIM.exec(unnamed)?.[1] ?? '') : '';
  // "What did Leong say about the pandemic?": the words after "about/on" pick the quote that says them.
  // Short words are what it is about when they name a topic ("AI").
  const topicWords = new Set(mentionsOf(u, 'topic').map((m) => m.words));
  // (Words in quote marks are asked word for word: "did Leong say 'covid'?" is not the pandemic.)
  const claim = label.length ? label : claimWords(claimed, topicWords, MARKED.test(u.q.raw));
  const aboutWords = claim.length
    ? []
    : // ("Quotes on file", "statements on record": where the quotes are kept, never what they are about.)
      (
        / (?:about|bout|abt|on|regarding|concerning|re) (?!(?:the )?(?:file|files|record|records|hand)(?: |$))(.+)$/.exec(
          unnamed,
        )?.[1] ??
        // "Leong said pandemic" (a Chinese question read word for word): the words after the verb.
        (!/ (?:what|which|who|any) /.test(text) ? / (?:said|mention|mentioned) (.+)$/.exec(unnamed)?.[1] : undefined) ??
        // "What did Leong say the SCI has built?": the clause after "say" is what the quote says (not "say at/in …").
        / what (?:did|does|has|had) .*? (?:say|said|says) (?:that )?(?!(?:at|in|on|during|when|while|after|before|to|for|back|of|then|there|again|recently|last|this|first|ever|once|so|too|also|exactly|publicly|officially)\b)([a-z].*)$/.exec(
          unnamed,
        )?.[1] ??
        ''
      )
        .split(' ')
        .filter(
          (w) =>
            (w.length >= 4 || topicWords.has(w)) &&
            !QUOTE_WORDS.test(w) &&
            !MONTH_WORD.test(w) &&
            !ITSELF.test(w) &&
            !/\d/.test(w),
        );
  // "What did Heng say?" with no quote on file of him: a speaker no record names is not anyone whose words are on file.
  // (Only the words that could name a speaker: not what the quote is claimed to say, nor filler.)
  const content = new Set([...claim, ...aboutWords]);
  if (unread && (whoSaid || asksIf) && (claim.length || !speakers.length)) return { op: 'unsure', words: '' };
  const unknownSpeaker =
    (unread && !speakers.length) ||
    (!speakers.length &&
      !orgs.length &&
      !side &&
      !printedBy.length &&
      u.rest
        .split(' ')
        .some(
          (w) =>
            w.length >= 3 &&
            !content.has(w) &&
            !CLAIM_FILLER.has(w) &&
            !MONTH_WORD.test(w) &&
            !ITSELF.test(w) &&
            !/^(?:jic|sci|any|quote|quotes|said|say|says|saying|statement|statements|comments|message|words|remarks|speech|release|press|who|anyone|anybody|someone|somebody|everyone|people|mention|mentioned|talk|talked|spoke|speak|bring|brought|call|called|describe|described|official|officials|either|cochairs)$/.test(
              w,
            ),
        ));
  // "Who gave a speech at the 4th JIC?", "who spoke at the 2nd meeting?": who spoke there, asked with no speaker named and
  // no words claimed — the speeches the sources report, never only the one speaker whose words are quoted.
  // ("第四次会议谁发表了讲话" reads "4th meeting who gave a speech": who need not come first.)
  const speakersAsked = WHO_SPOKE.test(text) && !named.length && !claim.length && SPOKE.test(text);
  return {
    op: 'quotes',
    meetings,
    ...(speakersAsked ? { speakersAsked } : {}),
    ...(aboutWords.length ? { about: aboutWords } : {}),
    ...(year ? { year: Number(year.value.slice(5)) } : {}),
    ...(month ? { month } : {}),
    people: whoSaid ? [] : speakers,
    ...(!speakers.length && orgs.length && !whoSaid ? { of: orgs.map((g) => g[0] ?? '') } : {}),
    ...(unknownSpeaker && !whoSaid && !speakersAsked ? { unknownSpeaker } : {}),
    ...(claim.length ? { claim } : {}),
    ...(whoSaid && claim.length ? { whoSaid } : {}),
    ...(side && !named.length ? { side } : {}),
    ...(printedBy.length ? { printedBy } : {}),
    ...(asksIf && !claim.length ? { asksIf: true } : {}),
    ...(asksIf && VERBATIM.test(text) ? { verbatimAsked: true } : {}),
    ...(!named.length && speakers.length ? { byRole: true } : {}),
  };
}

// Words of giving a speech ("who spoke", "gave a speech", "delivered the opening remarks", "addressed the meeting").
const SPOKE = / (?:spoke|speak|speaks|speech|speeches|remarks|address|addressed|addresses|opening|keynote) /;
const WHO_SPOKE = / (?:who|which (?:people|persons|officials|leaders|speakers)) /;

// ("At the 4th JIC, did Leong speak of the pandemic?": a fronted meeting or year, then the question.)
const ASKS_IF =
  /^ (?:(?:at|in|during) (?:the )?[a-z0-9]+(?: jic| meeting| jic meeting)? )?(?:did|does|do|has|have|had|was|is|were) | is it true /;

// Words in quote marks (opened after a space, so "what's" never opens one), or before "quote" ("the pathfinder quote").
const MARKED = /(?:^|\s)['"“‘]([^'"”’]{3,60})['"”’](?=[\s?.,!:;]|$)/;
const LABELLED =
  / (?:the|that|this|a|his|her|their) ((?:[a-z]+ ){1,3})quote |^ (?:which|what) (?:quote|quotation|statement) (?:mentions|mentioned|says|said|talks about|refers to|is about|covers|uses) ((?:[a-z]+ ){1,5})$/;
/** The words a quote is named by in the question (normal form), or "". */
function labelOf(u: Understanding): string {
  const marked = MARKED.exec(u.q.raw)?.[1];
  const labelled = LABELLED.exec(u.q.text);
  return marked ? readText(marked).trim() : (labelled?.[1] ?? labelled?.[2] ?? '').trim();
}
const topicWords0 = (u: Understanding) => new Set(mentionsOf(u, 'topic').map((m) => m.words));

/** A quote's words in the question's normal form ("Smart City Initiative" reads as "sci", as a question does). */
const quoteWords = new WeakMap<Quote, string>();
const wordsOf = (x: QuoteOnFile) => {
  const cached = quoteWords.get(x.quote);
  if (cached !== undefined) return cached;
  // (As written, for words asked word for word, and by sense, for a claim in other words.)
  const written = `${readText(x.quote.text)}${norm(x.quote.text)} `;
  const words = `${written}${inSenses(written)}`;
  quoteWords.set(x.quote, words);
  return words;
};
/** A word, or its stem, at a word's start in the text ("launched", "launch"; "pandemics", "pandemic"). */
const says = (text: string, w: string) => text.includes(` ${w.length > 4 ? w.replace(/(?:ing|ed|es|s)$/, '') : w}`);

export function runQuotes(p: QuotesPlan, dataset: Dataset): QuotesResult {
  const all = quotesOnFile(dataset);
  const meetings = p.meetings.map((n) => dataset.meetingByNumber(n)).filter((m): m is Meeting => !!m);
  const asked = all.filter(
    (x) =>
      (!meetings.length || (x.at && meetings.includes(x.at))) &&
      (p.year === undefined || x.date.startsWith(String(p.year))) &&
      (p.month === undefined || Number(x.date.slice(5, 7)) === p.month) &&
      (!p.people.length || p.people.includes(x.quote.by)) &&
      (!p.printedBy?.length || x.quote.sources.some((s) => p.printedBy?.includes(s))) &&
      !p.of?.length &&
      !p.unknownSpeaker,
  );
  const base = {
    op: 'quotes' as const,
    people: p.people,
    of: p.unknownSpeaker
      ? ['anyone the question names']
      : (p.of ?? []).map((id) => dataset.organisation(id)?.name ?? id),
    ...(p.unknownSpeaker ? { unknownSpeaker: true } : {}),
    ...(p.asksIf ? { asksIf: true } : {}),
    ...(p.verbatimAsked ? { verbatimAsked: true } : {}),
    ...(p.byRole ? { byRole: true } : {}),
    ...(p.printedBy?.length
      ? {
          printedBy: [
            ...new Set(
              p.printedBy.map((id) =>
                /press release/i.test(dataset.source(id)?.publisher ?? '')
                  ? 'the press releases'
                  : (dataset.source(id)?.publisher ?? id),
              ),
            ),
          ],
        }
      : {}),
    meetings,
    ...(p.year !== undefined ? { year: p.year } : {}),
    ...(p.month !== undefined ? { month: p.month } : {}),
  };
  if (p.claim?.length) {
    const claim = p.claim;
    // Asked who said it: nearly those words will do (said as such); asked whether someone said it: every word.
    const hit = (x: QuoteOnFile) => !!quoteSays(x, claim, !!p.whoSaid);
    const pool =
      p.whoSaid || (!p.people.length && !p.side && !p.of?.length && !p.unknownSpeaker)
        ? asked.length
          ? asked
          : all
        : asked;
    // Asked whether someone said it, and no quote of theirs says every word: one that says nearly all of them (a
    // paraphrase, "confident the SCI would remain an important platform") is offered as the closest, never denied —
    // nor confirmed (a word changed may change the meaning). A negated claim is never matched nearly.
    // (Of several that nearly say it, those closest to it: a rewording that keeps more of the words than the speaker's
    // own is the one meant.)
    const exact = closest(pool.filter(hit), claim);
    const hits =
      exact.length || p.whoSaid || claim.some((w) => NEGATING.test(w))
        ? exact
        : closest(
            pool.filter((x) => quoteSays(x, claim, true)),
            claim,
          );
    const verbatim = hits.filter((x) => x.quote.verbatim);
    const reported = hits.filter((x) => !x.quote.verbatim && !/rewording/i.test(x.quote.note ?? ''));
    const reworded = hits.filter((x) => !x.quote.verbatim && /rewording/i.test(x.quote.note ?? ''));
    // A rewording: shown beside the speaker's own words it rewords (same speaker, same place).
    const original = (x: QuoteOnFile) =>
      all.filter((o) => o.quote.verbatim && o.quote.by === x.quote.by && o.at === x.at && o.date === x.date);
    // (The speakers asked first: "did Qin speak about trade in 2023?" — he did, in 2024; never another's words first.)
    const others = all
      .filter((x) => !pool.includes(x) && hit(x))
      .sort((a, b) => Number(p.people.includes(b.quote.by)) - Number(p.people.includes(a.quote.by)));
    // Every quote that says it, the speakers' own words first, then reported speech (said as such).
    const [found, quotes]: [ClaimFound, QuoteOnFile[]] = verbatim.length
      ? ['verbatim', [...verbatim, ...reported]]
      : reported.length
        ? ['reported', reported]
        : reworded.length
          ? ['reworded', [...reworded.flatMap(original), ...reworded]]
          : others.length
            ? ['other', others]
            : ['none', []];
    return {
      ...base,
      quotes,
      others: asked.length ? asked : all,
      claim: {
        found,
        whoSaid: !!p.whoSaid,
        ...(quotes.length && !quotes.some((x) => quoteSays(x, claim, false)) ? { near: true } : {}),
      },
    };
  }
  // Asked what they said about something: the quotes whose words say it, when any does.
  // (Of several words, the quotes that say the most of them: "what did Leong say both sides had worked hard to do".)
  // (Each word by its sense: "covid" finds "the pandemic".)
  const about = (p.about ?? []).map((w) => inSenses(` ${w} `).trim().replace(LOOSE, ''));
  const hits = (x: QuoteOnFile) => about.filter((w) => says(wordsOf(x), w)).length;
  const most = Math.max(0, ...asked.map(hits));
  const byTopic = p.about?.length ? asked.filter((x) => most > 0 && hits(x) === most) : asked;
  // Only a rewording says it: the speaker's own words beside it, and said as such.
  const rewordingOnly =
    byTopic.length > 0 && byTopic.every((x) => !x.quote.verbatim && /rewording/i.test(x.quote.note ?? ''));
  const quotes = rewordingOnly
    ? [
        ...all.filter((o) => o.quote.verbatim && byTopic.some((x) => x.quote.by === o.quote.by && x.at === o.at)),
        ...byTopic,
      ]
    : byTopic;
  const topic = p.about?.length && asked.length && !byTopic.length ? p.about.join(' ') : undefined;
  // No quote: speeches the sources report without quoting them, for the people (and meetings) asked.
  const speeches = asked.length
    ? []
    : p.people.flatMap((by) =>
        dataset.meetings
          .filter((m) => !meetings.length || meetings.includes(m))
          .filter((m) =>
            // A clause that says who gave the speeches: the person by name, or "the co-chairs" where they co-chaired
            // (never a name elsewhere in the sentence: Ai Xuefeng chaired the 2nd meeting's session, the co-chairs spoke).
            m.highlights
              .flatMap((h) => h.text.split(/[;.]|, and /))
              .some(
                (c) =>
                  /gave (?:the |an )?opening speech/i.test(c) &&
                  (c.includes(by) ||
                    (/co-chairs/i.test(c) && m.people.some((r) => r.people.some((x) => x.name === by)))),
              ),
          )
          .map((at) => ({ by, at })),
      );
  const silentAt = quotes.length && meetings.length > 1 ? meetings.filter((m) => !quotes.some((x) => x.at === m)) : [];
  const speakers = p.speakersAsked ? speakersAt(meetings.length ? meetings : dataset.meetings, dataset) : [];
  return {
    ...base,
    quotes,
    ...(speakers.length ? { speakers } : {}),
    ...(topic ? { topic } : {}),
    others: all.filter((x) => !quotes.includes(x)),
    ...(speeches.length ? { speeches } : {}),
    ...(silentAt.length ? { silentAt } : {}),
    ...(rewordingOnly ? { rewordingOnly } : {}),
    ...(p.about?.length ? { topicAsked: true } : {}),
  };
}

/**
 * Who gave a meeting's speeches, as its news says it: a clause that says who gave the opening speeches, naming them
 * ("Qin Weizhong and Joseph Leong attended and gave the opening speeches") or naming the co-chairs (the meeting's own).
 */
function speakersAt(meetings: readonly Meeting[], dataset: Dataset): NonNullable<QuotesResult['speakers']> {
  const known = [...new Set(roles(dataset).map((p) => p.name))];
  return meetings.flatMap((at) =>
    at.highlights.flatMap((h) =>
      h.text
        .split(/[;.]|, and /)
        .filter((c) => /gave (?:the |an )?opening speech/i.test(c))
        .flatMap((c) => {
          const coChairs = /co-chairs/i.test(c);
          const by = coChairs
            ? [...new Set(at.people.flatMap((r) => r.people.filter((x) => x.role !== 'not named').map((x) => x.name)))]
            : known.filter((n) => c.includes(n)).sort((a, b) => c.indexOf(a) - c.indexOf(b));
          return by.length ? [{ at, by, coChairs, sources: h.sources }] : [];
        }),
    ),
  );
}

const the = (m: Meeting) => (m.number === 0 ? 'the founding MOU' : `the ${m.name}`);
/** Where a quote speaks of: "the 4th JIC meeting (14 Dec 2023)", or its date. */
const quotePlace = (x: QuoteOnFile) => (x.at ? `${the(x.at)} (${meetingDate(x.at)})` : formatDate(x.date));

/**
 * Several speakers asked ("what did Leong and Qin say"): each one's latest verbatim quote, else their latest
 * words of any kind; and those the sources never quote. Chosen once for every language's sentence.
 */
export function eachSpeakersWords(r: QuotesResult): { latest: QuoteOnFile[]; none: string[] } {
  const latest = r.people.flatMap((p) => {
    const own = r.quotes.filter((x) => x.quote.by === p);
    const pick = own.find((x) => x.quote.verbatim) ?? own[0];
    return pick ? [pick] : [];
  });
  return { latest, none: r.people.filter((p) => !latest.some((x) => x.quote.by === p)) };
}

export function sayQuotes(r: QuotesResult, dataset: Dataset): Said {
  const publisher = (ids: readonly string[]) => joinList(ids.map((id) => dataset.source(id)?.publisher ?? id));
  // One pointer per speaker and place; "(reported)" only where no verbatim quote stands beside it.
  const pointer = (xs: readonly QuoteOnFile[]) =>
    [...new Set(xs.map((x) => `${x.quote.by}, ${quotePlace(x)}`))].map((key) =>
      xs.some((x) => `${x.quote.by}, ${quotePlace(x)}` === key && x.quote.verbatim)
        ? `• ${key}`
        : `• ${key} (reported)`,
    );
  const placeOf = (x: QuoteOnFile) => `${x.at ? 'at the time of' : 'on'} ${quotePlace(x)}`;
  const verbatimOf = (x: QuoteOnFile) => `${x.quote.by} said, ${placeOf(x)}: “${x.quote.text}”`;
  const reportedOf = (x: QuoteOnFile) =>
    `${x.quote.by} said, as ${publisher(x.quote.sources)} reported (${quotePlace(x)}; reported speech, not ${x.quote.by}'s own words), that ${x.quote.text}.`;
  const refsOf = (x: QuoteOnFile | undefined): Said['refs'] => (x?.at ? [{ kind: 'meeting', id: x.at.id }] : []);
  const sourcesOf = (xs: readonly QuoteOnFile[]) => [...new Set(xs.flatMap((x) => x.quote.sources))];
  if (r.claim) return sayClaim(r, r.claim, { verbatimOf, reportedOf, pointer, publisher, refsOf, sourcesOf, placeOf });
  const first = r.quotes[0];
  // Asked who spoke: who gave the speeches, by meeting, then the words the sources quote from there.
  if (r.speakers?.length) {
    const said = r.speakers.map(
      (s) =>
        `At ${the(s.at)} (${meetingDate(s.at)}), ${s.coChairs ? `the co-chairs, ${joinList(s.by)},` : joinList(s.by)} gave the opening speeches, as ${publisher(s.sources)} reported.`,
    );
    const quoted = r.quotes.filter((x) => x.quote.verbatim && r.speakers?.some((s) => s.at === x.at));
    return {
      sentence: `${said.join(' ')}${quoted.map((x) => ` ${verbatimOf(x)}`).join('')}`,
      lines: [],
      refs: r.speakers.map((s) => ({ kind: 'meeting' as const, id: s.at.id })).slice(0, 3),
      sources: [...new Set([...r.speakers.flatMap((s) => s.sources), ...sourcesOf(quoted)])],
    };
  }
  // None in the publication asked, but the speaker's words are reported elsewhere: say where, never "no quote".
  const elsewhere = r.printedBy?.length ? r.others.filter((x) => r.people.includes(x.quote.by)) : [];
  const shown = elsewhere[0];
  if (!first && shown)
    return {
      sentence: `${r.asksIf ? 'No: ' : ''}${(r.asksIf ? (x: string) => x : capitalise)(joinList(r.printedBy ?? []))} ${(r.printedBy?.length ?? 0) > 1 || /releases$/.test(r.printedBy?.[0] ?? '') ? 'give' : 'gives'} no quote from ${joinList(r.people)}; ${shown.quote.verbatim ? verbatimOf(shown) : reportedOf(shown)}`,
      lines: [],
      refs: refsOf(shown),
      sources: sourcesOf([shown]),
    };
  if (!first) {
    const who = joinList([...r.people, ...r.of]) || 'anyone';
    const where = r.meetings.length
      ? ` at ${joinList(r.meetings.map((m) => the(m)))}`
      : r.year !== undefined
        ? ` in ${r.month ? `${monthName(r.month, 'written')} ` : ''}${r.year}`
        : r.month
          ? ` in ${monthName(r.month, 'written')}`
          : '';
    const speeches = (r.speeches ?? []).map(
      (s) =>
        ` The sources report that ${s.by} gave an opening speech at ${the(s.at)} (${meetingDate(s.at)}), but do not quote it.`,
    );
    return {
      // (Asked whether anything was said at all, the sentence says so in as many words: nothing of it is recorded.)
      sentence: `The sources don't quote ${who}${r.topic ? ` on “${r.topic.replace(/\b[a-z]{2,3}\b/g, (w) => (/^(?:ai|iot|ar|vr)$/.test(w) ? w.toUpperCase() : w))}”` : ''}${where}${r.topic ? '' : `: they don't record ${who === 'anyone' ? "anyone's words" : who.startsWith('anyone ') ? `the words of ${who}` : `${who}'s words`}${where ? ' there' : ''}`}.${speeches.join('')}${r.others.length ? ' The quotes on file:' : ''}`,
      lines: pointer(r.others),
      refs: (r.speeches ?? []).map((s) => ({ kind: 'meeting' as const, id: s.at.id })).slice(0, 3),
      sources: [],
    };
  }
  // Several speakers asked ("what did Leong and Qin say"): each one's latest words, in full.
  if (r.people.length > 1 && !r.byRole) {
    const { latest, none } = eachSpeakersWords(r);
    if (latest.length > 1 || none.length)
      return {
        sentence: `${latest.map((x) => (x.quote.verbatim ? verbatimOf(x) : reportedOf(x))).join(' ')}${none.length ? ` The sources don't quote ${joinList(none)}.` : ''}`,
        lines: [],
        refs: latest.flatMap(refsOf).slice(0, 3),
        sources: sourcesOf(latest),
      };
  }
  const place = quotePlace(first);
  const here = r.quotes.filter((x) => quotePlace(x) === place);
  const verbatim = here.filter((x) => x.quote.verbatim);
  const reworded = here.filter((x) => !x.quote.verbatim);
  // Only a source's rewording answers (what was asked about, or what that source printed): say whose wording it
  // is, never in quotation marks, then the speaker's own words as the other sources print them.
  const v = verbatim[0];
  const parts =
    r.rewordingOnly && v
      ? reworded.map(
          (x) =>
            `${r.topicAsked ? `Only ${publisher(x.quote.sources)}'s rewording of ${x.quote.by}'s words says that` : `${publisher(x.quote.sources)} prints a rewording of ${x.quote.by}'s words, ${placeOf(x)}: ${x.quote.text.replace(/\.$/, '')}`} — not ${x.quote.by}'s words. ${x.quote.by}'s own words, ${placeOf(v)}, as ${publisher(v.quote.sources)} print them: “${v.quote.text}”`,
        )
      : verbatim.length
        ? [
            // "At the time of" a meeting: the sources print the words with the meeting's news, not as a transcript of it.
            ...verbatim.map(verbatimOf),
            ...reworded.map(
              (x) => `(${publisher(x.quote.sources)} prints a rewording of it: not ${x.quote.by}'s words.)`,
            ),
          ]
        : reworded.map(reportedOf);
  // Several meetings asked ("what did Leong say in 2022 vs 2023"): each one's words too, not only a pointer to them.
  const eachAsked =
    r.meetings.length > 1
      ? r.meetings.flatMap((m) => {
          if (m === first.at) return [];
          const there = r.quotes.filter((x) => x.at === m);
          const x = there.find((q) => q.quote.verbatim) ?? there[0];
          return x ? [x] : [];
        })
      : [];
  const rest = r.quotes.filter((x) => quotePlace(x) !== place && !eachAsked.includes(x));
  const silent = (r.silentAt ?? []).map((m) => ` The sources quote no one about ${the(m)}.`);
  // "Is it word for word the same in TechEdt?": No where a source rewords it, said first, then the words themselves.
  if (r.verbatimAsked && v && reworded.length)
    return {
      sentence: `No: ${joinList(reworded.map((x) => publisher(x.quote.sources)))} ${reworded.length > 1 ? 'print rewordings' : 'prints a rewording'} of ${v.quote.by}'s words, not the words themselves. ${verbatimOf(v)}`,
      lines: [],
      refs: refsOf(first),
      sources: sourcesOf(here),
    };
  return {
    sentence: `${r.asksIf ? 'Yes: ' : ''}${[...parts, ...eachAsked.map((x) => (x.quote.verbatim ? verbatimOf(x) : reportedOf(x)))].join(' ')}${silent.join('')}`,
    lines: rest.length ? ['Also on file:', ...pointer(rest)] : [],
    refs: refsOf(first),
    sources: sourcesOf(here),
  };
}

function sayClaim(
  r: QuotesResult,
  claim: NonNullable<QuotesResult['claim']>,
  f: {
    verbatimOf: (x: QuoteOnFile) => string;
    reportedOf: (x: QuoteOnFile) => string;
    pointer: (xs: readonly QuoteOnFile[]) => string[];
    publisher: (ids: readonly string[]) => string;
    refsOf: (x: QuoteOnFile | undefined) => Said['refs'];
    sourcesOf: (xs: readonly QuoteOnFile[]) => string[];
    placeOf: (x: QuoteOnFile) => string;
  },
): Said {
  const who = joinList(r.people) || 'anyone';
  const first = r.quotes[0];
  const base = { lines: [] as string[], refs: f.refsOf(first), sources: f.sourcesOf(r.quotes.slice(0, 3)) };
  // The other quotes that say it too (up to three in all), each as what it is: words, or reported speech.
  const also = r.quotes
    .slice(1, 3)
    .map((x) => ` ${x.quote.verbatim ? f.verbatimOf(x) : f.reportedOf(x)}`)
    .join('');
  // Asked whether someone said words a quote of theirs says only nearly: not in those words; theirs, as they are.
  if (claim.near && !claim.whoSaid && first && (claim.found === 'verbatim' || claim.found === 'reported'))
    return {
      ...base,
      sentence: `Not in exactly those words; the closest on file: ${first.quote.verbatim ? f.verbatimOf(first) : f.reportedOf(first)}`,
    };
  // Asked who said words a quote says only nearly (a paraphrase): no quote says them; the closest, as what it is.
  if (claim.near && claim.whoSaid && first) {
    const re = claim.found === 'reworded' ? r.quotes.find((x) => !x.quote.verbatim) : undefined;
    const own = r.quotes.find((x) => x.quote.verbatim);
    return {
      ...base,
      sentence: `No quote on file says exactly that; the closest ${
        re
          ? `is ${f.publisher(re.quote.sources)}'s rewording of ${re.quote.by}'s words, not ${re.quote.by}'s words.${own ? ` ${re.quote.by}'s words, ${f.placeOf(own)}, as ${f.publisher(own.quote.sources)} print them: “${own.quote.text}”` : ''}`
          : `words: ${first.quote.verbatim ? f.verbatimOf(first) : f.reportedOf(first)}`
      }`,
    };
  }
  const saidIt = ' said it, ';
  switch (claim.found) {
    case 'verbatim':
      return {
        ...base,
        sentence: claim.whoSaid
          ? `${(first ? f.verbatimOf(first) : '').replace(/ said, /, saidIt)}${also}`
          : `Yes: ${first ? f.verbatimOf(first) : ''}${also}`,
      };
    case 'reported':
      return {
        ...base,
        sentence: `${claim.whoSaid ? '' : 'Yes, as reported speech: '}${first ? (claim.whoSaid ? f.reportedOf(first).replace(/ said, /, saidIt) : f.reportedOf(first)) : ''}${also}`,
      };
    case 'reworded': {
      const own = r.quotes.find((x) => x.quote.verbatim);
      const re = r.quotes.find((x) => !x.quote.verbatim);
      if (!re) break;
      const by = re.quote.by;
      return {
        ...base,
        sentence: `${claim.whoSaid ? `Only ${f.publisher(re.quote.sources)}'s rewording of ${by}'s words says that` : `Not in those words: that wording is ${f.publisher(re.quote.sources)}'s rewording of ${by}'s quote`}, not ${by}'s words.${own ? ` ${by}'s words, ${f.placeOf(own)}, as ${f.publisher(own.quote.sources)} print them: “${own.quote.text}”` : ''}`,
      };
    }
    case 'other': {
      // "Did Leong mention the pandemic at the 4th JIC?": he did, at another meeting or in another year — a No for the
      // one asked, with where he said it.
      const asked = r.meetings.length
        ? `at ${joinList(r.meetings.map((m) => (m.number === 0 ? 'the founding MOU' : `the ${m.name}`)))}`
        : r.year !== undefined
          ? `in ${r.year}`
          : '';
      if (first && asked && r.people.includes(first.quote.by))
        return {
          ...base,
          sentence: `Not ${asked}: ${(first.quote.verbatim ? f.verbatimOf(first) : f.reportedOf(first)).replace(/ said, /, ' said it, ')}`,
        };
      return {
        ...base,
        sentence: `The sources don't quote ${who} saying that. ${first ? (first.quote.verbatim ? f.verbatimOf(first) : f.reportedOf(first)).replace(/ said, /, ' said it, ') : ''}`,
      };
    }
    case 'none':
      break;
  }
  return {
    sentence: `The sources don't quote ${who} saying that.${r.others.length ? ` The quotes on file${r.people.length && r.others.every((x) => r.people.includes(x.quote.by)) ? ` from ${who}` : ''}:` : ''}`,
    lines: f.pointer(r.others),
    refs: [],
    sources: [],
  };
}
