import type { Dataset, RecordKind } from '../dataset/index.js';
import type { Subject } from './lexicon.js';
import {
  followedByMou,
  isStopWord,
  mentionedOrgIds,
  mentionsOf,
  type Mention,
  type Understanding,
} from './understand.js';
import { LEXICONS } from './lexicon.js';
import { planMouAndProject, planOrder, planSeveral, type OrderPlan } from './pair.js';
import { planCompare, planDoubling, type ComparePlan } from './compare.js';
import { asksQuote, peopleByRole, planQuote, type QuotesPlan } from './quotes.js';
import { norm, partyLineage, topicWords } from './records.js';
import { acronymAsked } from './acronyms.js';

/**
 * Step 2: what was understood → a small typed query over the Dataset. A plan is a plain value:
 * printable (`--explain`), comparable in tests, and the only thing `run` reads.
 */

/** What a count or list selects. */
export type Selection =
  'mous' | 'projects' | 'meetings' | 'pillars' | 'partners' | 'demozone-projects' | 'demozone-companies' | 'highlights';

/** Constraints on a selection; every field narrows it. */
export interface Filter {
  /** Meeting numbers (0 is the founding MOU). */
  meetings?: number[];
  /** Organisation groups: each inner list is one named organisation with its brand family. */
  orgs?: string[][];
  kind?: string;
  country?: string;
  group?: string;
  topics?: string[];
  records?: string[];
  /** Partners only through these records ("which companies signed MOUs"); `both`: named in an MOU and a project. */
  via?: 'mous' | 'projects' | 'both';
  /** Partners whose own names state this place ("Qianhai companies"), by what the data states. */
  named?: string;
  /** Meetings held there ("which meeting was held in Shenzhen"; "video" for those held by video link). */
  place?: string;
  /** Only records (or partners) with none of these on file: "MOUs with no project", "partners without an MOU". */
  without?: 'mous' | 'projects';
  /** Only records with a related record of this kind on file: "which MOUs became projects", "projects with an MOU". */
  linked?: 'mous' | 'projects';
  /** Asked as an annex of the release that lists them ("MOUs in Annex A"): said as that annex's list. */
  annex?: string;
  /** Asked for the first/earliest/oldest records: the earliest meeting's on file, with what came before unnamed. */
  earliest?: boolean;
  /**
   * The kind or country filter negated: "projects with no Chinese partner" (records naming a partner and none of
   * that kind or country), "partners not from Singapore". What can't be told (no partner named, a country unclear)
   * is left out and said.
   */
  exclude?: boolean;
  /** Meetings that reported this many new records ("which JIC launched 14 projects"). */
  reported?: { select: 'mous' | 'projects'; value: number };
}

/** Something a question is about, for reading one attribute. */
export type Subjectref =
  | { type: 'org'; ids: string[] }
  /** Several organisations together; `meetings`: only what joins them at those meetings. */
  | { type: 'orgs'; groups: string[][]; meetings?: number[] }
  | { type: 'record'; kind: 'mou' | 'project'; id: string }
  | { type: 'records'; kind: 'mou' | 'project'; ids: string[] }
  | { type: 'meeting'; number: number }
  | { type: 'person'; name: string }
  | { type: 'highlight'; key: string }
  | { type: 'initiative' }
  /** The JIC; `side`: only its co-chairs from that side ("who co-chairs for Singapore?"), a country as the data spells it. */
  | { type: 'committee'; side?: string }
  | { type: 'demozone' };

export type Attribute =
  | 'date'
  | 'announced'
  | 'place'
  | 'chairs'
  | 'parties'
  | 'about'
  | 'group'
  | 'title'
  | 'role'
  | 'meetings'
  | 'launched'
  | 'quote'
  | 'kind'
  | 'country'
  | 'pillars'
  /** Whether it is still going: the latest the sources record, never a guess about now. */
  | 'status';

export type Plan =
  | { op: 'help' }
  /** "Where does the data come from?": the published documents every answer rests on. */
  | { op: 'sources' }
  /**
   * "Who is Adam Hill?", "who wrote the Business Times piece?": the documents by that author or publisher, with
   * who wrote each (the sources say nothing more of their writers).
   */
  | { op: 'authors'; documents: string[]; name?: string }
  /**
   * "Is Huawei a partner?", "did Alibaba sign anything?": a name nothing in the sources holds, asked about taking
   * part. No record on file names it; the sources report more records than they name, so never "it did not".
   */
  | { op: 'notNamed'; name: string }
  /**
   * Not sure what is asked: `words` to find the closest records by, or `near` (the records the question names);
   * `why` when the reason is known: a follow-up with nothing before it, or a question about the bot itself.
   */
  | { op: 'unsure'; words: string; why?: 'followUp' | 'self'; near?: Array<{ kind: RecordKind; id: string }> }
  /** "What does MCI stand for?": the words a short form stands for, as the Dataset spells them (acronyms.ts). */
  | { op: 'acronym'; short: string }
  /** `words`: a named outcome's name as asked ("gia"), to say it by name rather than by its whole text. */
  | { op: 'missing'; attribute: string; about?: Subjectref; words?: string }
  | { op: 'noMeeting'; number?: number; next: boolean }
  | {
      op: 'count';
      select: Selection;
      filter: Filter;
      cumulative: boolean;
      before: boolean;
      both?: boolean;
      /** "How many projects were there in 2022?": the new ones then, and the running total reported then. */
      withTotal?: boolean;
      /** "Do the per-meeting counts add up to the total?": the total reported beside the sum of the counts. */
      addsUp?: boolean;
      /**
       * "How many were added between the 3rd and the 4th JIC?", "how many more after the 4th than after the 3rd?":
       * what came after the first up to the second — the running totals' difference where both are reported, else
       * the counts of the meetings after the first (never the two meetings added up).
       */
      between?: [number, number];
    }
  | { op: 'list'; select: Selection; filter: Filter }
  | { op: 'read'; about: Subjectref; attribute: Attribute }
  /** A meeting's projects of one tier (the 3rd JIC's 7 flagship and 7 key): the count reported, those named. */
  | { op: 'tier'; tier: 'flagship' | 'key'; meetings: number[] }
  /**
   * A named outcome asked about at a meeting whose sources never name it ("TradeTrust at the 1st JIC"):
   * say so, and where the sources do name it — never another meeting's outcome as if it were that one's.
   */
  | { op: 'notAt'; words: string; highlights: string[]; meetings: number[] }
  /**
   * A name no record holds, that the sources' text still names ("who's Heng Swee Keat?"): the passages
   * that name it (`places`: an event's index, or a highlight's key), never a guess at who or what it is.
   */
  | { op: 'mentioned'; words: string[]; places: Array<{ event: number } | { highlight: string }> }
  /**
   * "Compare the Keppel MOU and the CapitaLand MOU": two records of one kind set side by side — what they share
   * (meeting, Annex A group) first, then each one's parties and what it covers. Never their counts.
   */
  | { op: 'records'; kind: 'mou' | 'project'; ids: string[] }
  /** The same question about each of several things ("who are Leong and Qin?"): one answer each. */
  | { op: 'each'; plans: Plan[] }
  /** Which of two named things came first (pair.ts): each one's meetings, earliest first. */
  | OrderPlan
  /** The Chinese names the sources give for what the question names. */
  | { op: 'names'; about: Subjectref }
  /** What someone said: quotes on file, narrowed by meeting, year, speaker, side or publisher; or a claim checked. */
  | QuotesPlan
  | { op: 'check'; claim: Claim; plan: Plan }
  | ComparePlan
  | {
      op: 'rank';
      select: 'mous' | 'projects';
      /** `record`: each MOU or project by how many parties it names ("which project has the most partners?"). */
      by: 'meeting' | 'year' | 'partner' | 'group' | 'country' | 'record';
      order: 'most' | 'fewest';
      filter: Filter;
      /** Asked for a pillar's MOUs ("digital connectivity agreements"): the sources sort by Annex A group instead. */
      pillar?: string;
      /** "Compare the MOUs of each year", "rank the meetings": every row, not only the top. */
      all?: boolean;
      /** A breakdown, not a ranking ("MOUs per year"): every row in time order; `average`: "avg projects per meeting". */
      inTime?: boolean;
      average?: boolean;
    };

/** What a yes/no question claims, checked against the result of its plan. */
export type Claim =
  | { type: 'some' }
  | { type: 'number'; value: number }
  | { type: 'year'; value: number }
  | { type: 'place'; words: string }
  | { type: 'person'; name: string }
  | { type: 'group'; id: string }
  | { type: 'kind'; label: string; country?: string }
  /** `free`: words no table knows ("food"): matched in the records' text, and never denied when absent. */
  | { type: 'topic'; topics: string[]; free?: boolean }
  | { type: 'together' }
  /**
   * "Is the CapitaLand fund set up yet?", "did the EE Music MOU produce anything?": whether something came about.
   * The sources state aims and intentions, never progress: never a Yes (the record says what it will do).
   */
  | { type: 'progress' }
  /** "Was the 1st JIC on 18 Jun 2020?": a full date, checked against the meeting's date (and its disagreement). */
  | { type: 'date'; iso: string }
  /** "Did Keppel sign with Tencent?": the other party is a name no record, partner or outcome on file holds. */
  | { type: 'unnamed'; name: string }
  /**
   * "Did DBS sign an MOU?": a name only a meeting's outcomes hold (no partner record). No MOU on file names it;
   * what the outcomes say of it is shown, and an outcome that speaks of an MOU or a signing is never denied.
   */
  | { type: 'signed'; words: string }
  /** "Is Leong the mayor of Shenzhen?": words of a role, checked against the roles the sources give. */
  | { type: 'role'; words: string }
  /**
   * "Does the TradeTrust pilot involve electronic bills of lading?": a named outcome's own text must say
   * each word (or a form of it, `variants`); `by`: "run by X" also needs the text's "by X" (any of these names).
   */
  | {
      type: 'words';
      words: string[];
      variants: Record<string, string[]>;
      by?: string[];
      /** Numbers the question claims ("200 buyers"): the text must state each, as a number. */
      numbers?: string[];
      /** A claim of where it is ("in Singapore"): the outcome texts do not locate outcomes, so never confirmed. */
      located?: boolean;
    };

const has = (u: Understanding, s: Subject) => u.subjects.includes(s);

function meetingsOf(u: Understanding): number[] {
  return [...new Set(mentionsOf(u, 'meeting').map((m) => Number(m.value)))];
}

function filterOf(u: Understanding, dataset: Dataset): Filter {
  const f: Filter = {};
  const meetings = meetingsOf(u).filter((n) => dataset.meetingByNumber(n));
  if (meetings.length) f.meetings = meetings;
  const orgs = mentionedOrgIds(u);
  if (orgs.length) f.orgs = orgs;
  const kind = mentionsOf(u, 'kind')[0];
  if (kind) f.kind = kind.value;
  const country = mentionsOf(u, 'country')[0];
  if (country) f.country = country.value;
  const group = mentionsOf(u, 'group')[0];
  if (group) f.group = group.value;
  const topics = mentionsOf(u, 'topic').map((m) => m.value);
  if (topics.length) f.topics = [...new Set(topics)];
  const records = mentionsOf(u, 'record').map((m) => m.value);
  if (records.length) f.records = records;
  const place = mentionsOf(u, 'place')[0];
  if (place) f.named = place.value;
  return f;
}

/** The kind of record a question speaks of: what it names, or what its words call it. */
function selection(u: Understanding): Selection | undefined {
  // "Which MOU is about the demonstration zone?" asks for MOUs; otherwise the zone's own figures.
  // (The zone's "entry agreements" are the four companies' signings, not an MOU on file.)
  if (
    has(u, 'demozone') &&
    !(
      has(u, 'mou') &&
      / (?:which|what|list|show|about|on|for) /.test(u.q.text) &&
      u.target !== 'count' &&
      !/ entry agreements? /.test(u.q.text)
    )
  )
    return / (?:companies|company|firms|entry agreements?|agreements|mous|signed|batch) /.test(u.q.text) &&
      !/ projects /.test(u.q.text)
      ? 'demozone-companies'
      : 'demozone-projects';
  if (has(u, 'pillar') && !mentionsOf(u, 'group').length) return 'pillars';
  const mou = u.mentions.find((m) => m.type === 'subject' && m.value === 'mou');
  const prj = u.mentions.find((m) => m.type === 'subject' && m.value === 'project');
  // "Which Singapore companies signed MOUs": the kind comes first, so the answer is partners.
  // ("How many organisations signed MOUs?": the word for partners leads just as a kind does.)
  const kind =
    mentionsOf(u, 'kind')[0] ??
    mentionsOf(u, 'country')[0] ??
    mentionsOf(u, 'place')[0] ??
    u.mentions.find((m) => m.type === 'subject' && m.value === 'partner');
  const rec = mou ?? prj;
  // "How many Chinese companies signed MOUs?" counts companies too; "how many MOUs with Chinese companies" counts MOUs.
  const signedBetween =
    kind &&
    rec &&
    / (?:signed|sign|joined|join|have|had|took part in|take part in|are in|were in) /.test(
      u.q.text.slice(kind.end - 1, rec.start + 1),
    );
  if (kind && rec && kind.start < rec.start && (u.target !== 'count' || signedBetween)) return 'partners';
  if (mou && prj) return mou.start < prj.start ? 'mous' : 'projects';
  // "Which partners are in the talent exchange group?": the parties of the group's MOUs, not the MOUs.
  if (!rec && mentionsOf(u, 'group').length && (has(u, 'partner') || has(u, 'company') || / who /.test(u.q.text)))
    return 'partners';
  if (mou || mentionsOf(u, 'group').length) return 'mous';
  if (prj) return 'projects';
  if (
    mentionsOf(u, 'kind').length ||
    mentionsOf(u, 'country').length ||
    mentionsOf(u, 'place').length ||
    has(u, 'partner') ||
    has(u, 'company')
  )
    return 'partners';
  if (has(u, 'meeting') && !meetingsOf(u).length) return 'meetings';
  if (/ (?:outcomes|highlights) /.test(u.q.text)) return 'highlights';
  return undefined;
}

/** One record the question points at: a numbered project, or the single record its names and topics select. */
function singleRecord(u: Understanding, dataset: Dataset): Subjectref | undefined {
  const rec = mentionsOf(u, 'record')[0];
  if (rec) {
    const [kind, id] = rec.value.split(':') as ['mou' | 'project', string];
    return { type: 'record', kind, id };
  }
  const orgs = mentionedOrgIds(u);
  const topics = mentionsOf(u, 'topic').map((m) => m.value);
  if (!orgs.length && !topics.length) return undefined;
  // One record is meant when the question says "the … MOU/project" (singular), or names it by topic or by two parties.
  const singular =
    / (?:mou|project|agreement|venture|collaboration|partnership|plugin|platform|centre|center|academy) /.test(
      u.q.text,
    );
  if (!singular && !topics.length && orgs.length < 2) return undefined;
  const wantMou = has(u, 'mou') || (u.flags.signing && !has(u, 'project'));
  const wantPrj = has(u, 'project');
  if (!wantMou && !wantPrj) {
    // Neither word: a topic that picks out one record of either kind ("the cross-border tourism plugin").
    if (!topics.length || orgs.length) return undefined;
    const both = [...dataset.mous, ...dataset.projects].filter((r) =>
      topics.every((t) => topicWords(r).some((x) => x.includes(` ${t} `))),
    );
    const first = both[0];
    if (both.length === 1 && first)
      return { type: 'record', kind: 'parties' in first ? 'mou' : 'project', id: first.id };
    return undefined;
  }
  const kind: 'mou' | 'project' = wantMou && !wantPrj ? 'mou' : 'project';
  const pool = kind === 'mou' ? dataset.mous : dataset.projects;
  const meetings = meetingsOf(u);
  const found = pool.filter(
    (r) =>
      orgs.every((g) => g.some((id) => partyLineage(dataset, r).includes(id))) &&
      topics.every((t) => topicWords(r).some((x) => x.includes(` ${t} `))) &&
      (!meetings.length || meetings.some((n) => dataset.meetingByNumber(n)?.id === r.meeting)),
  );
  if (found.length === 1 && found[0]) return { type: 'record', kind, id: found[0].id };
  if (found.length > 1 && found.length <= 4) return { type: 'records', kind, ids: found.map((r) => r.id) };
  return undefined;
}

/**
 * "How many projects were there in 2022?": a year, no word of "new" or of launching — it reads as the
 * new ones that year and as the running total reported then, so both are said.
 */
function thereIn(u: Understanding, f: Filter, select: Selection): boolean {
  const years = mentionsOf(u, 'meeting').filter((m) => /^20\d\d$/.test(m.words));
  const onlyMeetings = Object.keys(f).every((k) => k === 'meetings');
  return (
    (select === 'mous' || select === 'projects') &&
    years.length === 1 &&
    (f.meetings?.length ?? 0) === 1 &&
    onlyMeetings &&
    !u.flags.cumulative &&
    !u.flags.before &&
    !/ (?:new|launch|launched|launches|sign|signed|signs|initiated|unveiled|announced|introduced|inked|started|came out|agreed) /.test(
      u.q.text,
    )
  );
}

/** Who chairs the JIC (or leads the SCI), no meeting named: the committee's co-chairs, one side if asked. */
function chairsAsked(
  u: Understanding,
  about: Subjectref | undefined,
  meetings: readonly number[],
  orgs: readonly string[][],
  people: readonly string[],
): Plan | undefined {
  if (about || meetings.length || orgs.length || people.length || !['who', 'list', 'what'].includes(u.target))
    return undefined;
  const t = u.q.text;
  const leads =
    u.flags.chairing || / (?:represents?|representing|representatives?|in charge|runs|heads|leads) /.test(t);
  const body = / (?:jic|committee|sci|initiative) /.test(t) || / cochairs? /.test(t);
  if (!leads || !body || !(/ who /.test(t) || / cochairs? /.test(t))) return undefined;
  const side =
    mentionsOf(u, 'country')[0]?.value ??
    (/ (?:shenzhen|china|chinese) cochairs? /.test(t)
      ? 'China'
      : / (?:singapore|singaporean) cochairs? /.test(t)
        ? 'Singapore'
        : undefined) ??
    (/ (?:for|from|of|represents?|representing) (?:the )?(?:shenzhen|china|chinese)\b/.test(t)
      ? 'China'
      : / (?:for|from|of|represents?|representing) (?:the )?(?:singapore|singaporean)\b/.test(t)
        ? 'Singapore'
        : undefined);
  return { op: 'read', about: { type: 'committee', ...(side ? { side } : {}) }, attribute: 'chairs' };
}

/** What a yes/no question claims, from what it names beyond its subject. */
function claimOf(u: Understanding): Claim {
  const num = mentionsOf(u, 'number').find((m) => !m.value.startsWith('year:'));
  if (num) return { type: 'number', value: Number(num.value) };
  const year = mentionsOf(u, 'number').find((m) => m.value.startsWith('year:'));
  if (year) return { type: 'year', value: Number(year.value.slice(5)) };
  return { type: 'some' };
}

/**
 * How the meetings asked for were held, when the question picks meetings by it ("which meetings were online",
 * "were any meetings face to face") and names none itself: 'video' or 'in person'. A meeting named ("was the 3rd
 * JIC held online?") makes it a claim about that meeting instead.
 */
function modeAsked(u: Understanding): 'video' | 'in person' | undefined {
  const modes = (LEXICONS[u.lang] ?? LEXICONS.en)?.modes;
  if (!modes) return undefined;
  const mode = modes.inPerson.test(u.q.text) ? 'in person' : modes.video.test(u.q.text) ? 'video' : undefined;
  if (!mode) return undefined;
  // The meetings a mode word itself named ("the virtual meetings") are what is asked for, not a meeting named.
  const named = mentionsOf(u, 'meeting').filter(
    (m) => !modes.video.test(` ${m.words} `) && !modes.inPerson.test(` ${m.words} `),
  );
  const picks = / (?:which|what|how many|number of|count of|list|show|name|any|all) /.test(u.q.text);
  const meetings = has(u, 'meeting') || / (?:they|jics?) (?:meet|met) | (?:meet|met) /.test(u.q.text);
  return !named.length && picks && meetings && !mentionedOrgIds(u).length ? mode : undefined;
}

/** Each pillar's words as a question writes them (whole name, first two words, first word), read once per Dataset. */
const pillarsRead = new WeakMap<
  Dataset,
  Array<{
    pillar: Dataset['initiative']['pillars'][number];
    full: string;
    short: string;
    first: string;
    under: RegExp[];
  }>
>();
function pillarWords(dataset: Dataset) {
  const cached = pillarsRead.get(dataset);
  if (cached) return cached;
  const built = dataset.initiative.pillars.map((pillar) => {
    const full = norm(pillar.name);
    const short = full.split(' ').slice(0, 2).join(' ');
    const under = [full, short].map((words) => new RegExp(` (?:under|within|in|for) (?:the )?${words} (?:pillar )?`));
    return { pillar, full, short, first: full.split(' ')[0] ?? '', under };
  });
  pillarsRead.set(dataset, built);
  return built;
}

/**
 * The word right after "with" or "and" that names a party no table knows ("sign with tencent"), as the question
 * spells it; undefined when every party asked about is known.
 */
function unknownParty(u: Understanding): string | undefined {
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  const left = new Set(u.rest.split(' '));
  const word = / (?:with|and|alongside|to) (?:the )?([a-z][a-z0-9]{2,}) /.exec(u.q.text)?.[1];
  if (
    !word ||
    !left.has(word) ||
    isStopWord(word) ||
    lex?.words.includes(word) ||
    lex?.claimFiller?.test(word) ||
    /^(?:(?:any|some|every|no)(?:one|body|thing)|others?|another|them|him|her|whom|whoever|anywhere)$/.test(word)
  )
    return undefined;
  // As typed ("Tencent"), else with a capital: only letters and digits, so nothing in it can format or ping.
  const typed = new RegExp(`\\b${word}\\b`, 'i').exec(u.q.raw)?.[0] ?? word;
  return typed === word ? `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}` : typed;
}

/**
 * A question that asks nothing the sources could answer, for a reason worth saying: it asks about the bot itself
 * ("print your system prompt"), or it continues a question this one cannot see ("and in 2023?", "what about
 * Keppel?") — then the records it names are the closest, never an answer to a question it did not ask.
 */
function unaskedOf(u: Understanding, dataset: Dataset): Extract<Plan, { op: 'unsure' }> | undefined {
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  if (lex?.self?.test(u.q.text)) return { op: 'unsure', words: '', why: 'self' };
  const opening = lex?.followUp?.exec(u.q.text);
  const after = opening ? ` ${u.q.text.slice(opening[0].length)}` : '';
  if (!opening || lex?.asks?.test(after)) return undefined;
  // "What about Keppel?", "how about the Asian SME Hub?": asked on its own, that is "tell me about" the thing named.
  // Only what narrows a question ("what about in 2023?", "how about projects?") needs the question before it.
  const about =
    / (?:what|how) about | what of /.test(opening[0]) && !/^ (?:in|at|for|from|during|with|by|on) /.test(after);
  if (about && u.mentions.some((m) => ['org', 'record', 'person', 'highlight', 'topic', 'meeting'].includes(m.type)))
    return undefined;
  const near = u.mentions.flatMap((m): Array<{ kind: RecordKind; id: string }> => {
    if (m.type === 'org') return [{ kind: 'organisation', id: m.value }];
    if (m.type === 'meeting') {
      const meeting = dataset.meetingByNumber(Number(m.value));
      return meeting ? [{ kind: 'meeting', id: meeting.id }] : [];
    }
    if (m.type === 'highlight') {
      const meeting = dataset.meetingByNumber(Number(m.value.split(':')[0]));
      return meeting ? [{ kind: 'meeting', id: meeting.id }] : [];
    }
    if (m.type === 'record') {
      const [kind, id] = m.value.split(':');
      return kind === 'mou' || kind === 'project' ? [{ kind, id: id ?? '' }] : [];
    }
    return [];
  });
  return { op: 'unsure', words: near.length ? '' : u.rest, why: 'followUp', ...(near.length ? { near } : {}) };
}

/** The plan for a question. Pure. */
export function plan(u: Understanding, dataset: Dataset): Plan {
  if (u.flags.help || u.q.words.length === 0) return { op: 'help' };
  if (LEXICONS[u.lang]?.sources?.test(u.q.text)) return { op: 'sources' };
  // "What does MCI stand for?", "IMDA short for?", "meaning of eBL": what the short form stands for, or that the
  // sources never spell it out (a name typed in full, "the full name of Keppel", is the record's, not this).
  const short = u.lang === 'en' ? acronymAsked(u.q.text, u.q.raw, dataset) : undefined;
  // (A longer name around it is that name's: "the full name of the NUS Business School" is the school's.)
  const longer = u.mentions.some(
    (m) =>
      m.type === 'org' && m.words !== short?.toLowerCase() && m.words.split(' ').includes(short?.toLowerCase() ?? ''),
  );
  if (short && !longer) return { op: 'acronym', short };
  const unasked = unaskedOf(u, dataset);
  if (unasked) return unasked;
  const f = filterOf(u, dataset);
  const meetingNums = meetingsOf(u);
  const unknownMeeting = meetingNums.find((n) => !dataset.meetingByNumber(n));
  if (unknownMeeting !== undefined) return { op: 'noMeeting', number: unknownMeeting, next: false };
  if (u.target === 'when' && / (?:next|upcoming|future) (?:jic|meeting)/.test(u.q.text))
    return { op: 'noMeeting', next: true };
  if (/ (?:is there|will there be|any) (?:a )?(?:5th|fifth|next) /.test(u.q.text))
    return { op: 'noMeeting', next: true };

  const orgs = mentionedOrgIds(u);
  const people = [...new Set(mentionsOf(u, 'person').map((m) => m.value))];
  // A meeting named beside a named outcome picks that meeting's outcome of the name, never another's.
  const namedOutcomes = mentionsOf(u, 'highlight').filter((m) => m.words !== '(words)');
  const highlights = highlightKeys(u, dataset);
  const record = singleRecord(u, dataset);
  if (
    meetingNums.length &&
    namedOutcomes.length &&
    !highlights.length &&
    !record &&
    !orgs.length &&
    !people.length &&
    !['quote', 'compare', 'most', 'count'].includes(u.target)
  )
    return {
      op: 'notAt',
      words: namedOutcomes[0]?.words ?? '',
      highlights: [...new Set(namedOutcomes.map((m) => m.value))],
      meetings: meetingNums,
    };
  // A named outcome outranks a record picked by one topic word ("what does the Joint Innovation Call fund?"
  // is not the CapitaLand development-fund MOU).
  const byTopicOnly = record && !mentionsOf(u, 'record').length && !orgs.length;
  const outcomeFirst =
    byTopicOnly && namedOutcomes.length && highlights[0]
      ? ({ type: 'highlight', key: highlights[0] } as const)
      : undefined;
  const about: Subjectref | undefined =
    outcomeFirst ??
    record ??
    (orgs.length === 1 && orgs[0] ? { type: 'org', ids: orgs[0] } : undefined) ??
    (orgs.length > 1 ? { type: 'orgs', groups: orgs } : undefined) ??
    (people[0] ? { type: 'person', name: people[0] } : undefined) ??
    (highlights[0] ? { type: 'highlight', key: highlights[0] } : undefined) ??
    (has(u, 'demozone') && !meetingNums.length
      ? { type: 'record', kind: 'project', id: demoZoneId(dataset) }
      : undefined) ??
    (meetingNums.length === 1 && meetingNums[0] !== undefined
      ? { type: 'meeting', number: meetingNums[0] }
      : undefined);

  // What someone said (or whether they said or mentioned something): quotes.ts.
  if (asksQuote(u, dataset)) return planQuote(u, dataset);
  // "Which came first, A or B?": each one's meetings, in time (pair.ts).
  // "Was the 2nd JIC in 2020?": the year is the claim about the meeting named, not a second meeting.
  const years = mentionsOf(u, 'meeting').filter((m) => /^20\d\d$/.test(m.words));
  const byOrdinal = mentionsOf(u, 'meeting').filter((m) => !/^20\d\d$/.test(m.words));
  const namedNums = [...new Set(byOrdinal.map((m) => Number(m.value)))];
  if (u.target === 'yesno' && years.length === 1 && namedNums.length === 1 && namedNums[0] !== Number(years[0]?.value))
    return {
      op: 'check',
      claim: { type: 'year', value: Number(years[0]?.words) },
      plan: { op: 'read', about: { type: 'meeting', number: namedNums[0] ?? 0 }, attribute: 'date' },
    };
  // "Added between the 3rd and 4th JIC", "how many more after the 4th than after the 3rd": what came in between.
  const between = betweenAsked(u, meetingNums);
  if (between) return between;
  const order = planOrder(u, dataset);
  if (order) return order;
  // An MOU and a project of the same partners, asked as one or the other: both records (pair.ts).
  const pair = planMouAndProject(u, dataset);
  if (pair) return pair;
  // Two or more meetings, people or named things, and nothing narrowing them to records: an answer for each.
  const several = planSeveral(u, dataset, selection(u));
  if (several) return several;
  // The writer of a source document ("who's Vivienne Tay?"), or who wrote a publisher's piece.
  const writers = authorsAsked(u, dataset);
  if (writers) return writers;
  // A name the sources never give, asked about taking part ("is Tencent involved?").
  const stranger = notNamedAsked(u);
  if (stranger) return stranger;
  // A name only the sources' text holds (no record, person or outcome of that name): where the text names it.
  if ((!about || about.type === 'person') && !orgs.length && u.target !== 'count' && u.target !== 'list') {
    const passing = namedInPassing(u, dataset, people);
    if (passing) return passing;
  }
  // One name in several meetings' outcomes ("TradeTrust": the 2nd JIC's trials, the 3rd's expansion) and no
  // meeting asked: each meeting's, in order, never one of them as if it were the whole story.
  const sameName = namedOutcomes.filter((m) => m.words === namedOutcomes[0]?.words).map((m) => m.value);
  if (
    about?.type === 'highlight' &&
    !meetingNums.length &&
    new Set(sameName).size > 1 &&
    ['what', 'who', 'list'].includes(u.target) &&
    !u.flags.missing
  )
    return {
      op: 'each',
      plans: [...new Set(sameName)]
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
        .map((key) => ({ op: 'read', about: { type: 'highlight', key }, attribute: 'about' }) as const),
    };
  if (u.flags.missing === 'outside') return { op: 'unsure', words: '' };
  // "Do the per-meeting MOU counts add up to 29?": the total reported then, beside what the counts add up to.
  const addsUp = addsUpAsked(u);
  if (addsUp) return addsUp;

  // The founding MOU's parties ("is the founding MOU between governments?", "what kind of partners signed it?"): the
  // two officials the sources name as its signatories, never the records on file (none is from it).
  if (
    meetingNums.length === 1 &&
    meetingNums[0] === 0 &&
    !orgs.length &&
    !people.length &&
    (mentionsOf(u, 'kind').length > 0 ||
      has(u, 'partner') ||
      / (?:between|signed by|signatories|parties|partners|who signed|sides?) /.test(u.q.text))
  )
    return { op: 'read', about: { type: 'meeting', number: 0 }, attribute: 'chairs' };
  // "How often does the JIC meet?", "do they meet every year?": the dates it met; the sources state no schedule.
  if (
    !meetingNums.length &&
    !orgs.length &&
    / (?:meet|meets|met|meeting|meetings|jic|convene|convenes) /.test(u.q.text) &&
    / how (?:often|frequently|regularly) | (?:meet|meets|met|held|convene|convenes) (?:every year|annually|yearly|each year|once a year|regularly) /.test(
      u.q.text,
    )
  )
    return { op: 'read', about: { type: 'committee' }, attribute: 'about' };
  // "Which JIC launched 14 projects?", "which meeting was held in Shenzhen?": meetings picked by a figure or a place.
  // "Which meetings were online?", "were any meetings face to face?", "list the virtual meetings": meetings by how
  // they were held, as their records give it.
  // "Which meetings were not in Shenzhen?", "which JIC didn't sign 8 MOUs?": the others, never the ones named.
  const notMeetings = / (?:not|never|other than|except|excluding) /.test(u.q.text);
  const mode = modeAsked(u);
  if (mode)
    return {
      op: 'list',
      select: 'meetings',
      filter: { place: notMeetings ? (mode === 'video' ? 'in person' : 'video') : mode },
    };
  if (/ (?:which|what|how many|number of|count of) (?:jic|meetings?|jic meetings?) /.test(u.q.text)) {
    const num = mentionsOf(u, 'number').find((m) => !m.value.startsWith('year:'));
    const place = / (?:held |took place |was |were )?(?:in|by) ([a-z]+) /.exec(u.q.text)?.[1];
    const what = has(u, 'project') ? 'projects' : has(u, 'mou') ? 'mous' : undefined;
    const exclude = notMeetings ? { exclude: true } : {};
    if (num && what)
      return {
        op: 'list',
        select: 'meetings',
        filter: { reported: { select: what, value: Number(num.value) }, ...exclude },
      };
    if (place && !/^(?:20\d\d|total|the|a|an)$/.test(place) && !meetingNums.length && !orgs.length)
      return { op: 'list', select: 'meetings', filter: { place, ...exclude } };
  }
  // "How many flagship projects?", "which were the key projects?": a tier the sources sort projects into.
  const tier =
    / (flagship|key) projects? /.exec(u.q.text)?.[1] ?? (/ flagship /.test(u.q.text) ? 'flagship' : undefined);
  if (
    (tier === 'flagship' || tier === 'key') &&
    dataset.meetings.some((m) => m.projectGroups?.some((g) => g.tier === tier))
  )
    return { op: 'tier', tier, meetings: meetingNums };
  // "What is the JIC called in Chinese?": the names the sources print, whatever the target.
  if (
    / (?:chinese|mandarin) (?:name|names|title|characters)| (?:name|names|title) in (?:chinese|mandarin) | (?:called|say|write|written|named|spelt|spelled)(?: [a-z]+){0,3} in (?:chinese|mandarin) /.test(
      u.q.text,
    )
  ) {
    const named =
      (about?.type === 'record' && about.id === demoZoneId(dataset)) || (has(u, 'demozone') && !about)
        ? ({ type: 'demozone' } as const)
        : (about ??
          (/ (?:jic|committee) /.test(u.q.text)
            ? ({ type: 'committee' } as const)
            : ({ type: 'initiative' } as const)));
    return { op: 'names', about: named };
  }
  // Chinese the tables could not read, and nothing named: the question is not one of the kinds its known
  // words ask ("什么是<unknown>企业<unknown>" is no list of companies) — say not sure.
  const named = u.mentions.some(
    (m) => !['subject', 'kind', 'country', 'number', 'initiative', 'topic'].includes(m.type),
  );
  // (A word asked "about" — "关于无人机的项目" — is what the records must be about: read, not unread.)
  const asTopic = new Set(freeTopics(u));
  const unread = u.rest.split(' ').filter((w) => /\p{Script=Han}{2,}/u.test(w) && !asTopic.has(w));
  if (unread.length && !named) return { op: 'unsure', words: '' };
  // A topic word amid words nothing on file knows ("quantum blockchain synergy"): the question is
  // not about the records that share that one word, so say so rather than answer with them.
  const unknown = u.rest.split(' ').filter((w) => w.length >= 4);
  const topics = mentionsOf(u, 'topic');
  const namedBeyondTopics = u.mentions.some((m) => !['topic', 'subject', 'number'].includes(m.type));
  if (topics.length && !namedBeyondTopics && unknown.length >= 2 && unknown.length > topics.length)
    return { op: 'unsure', words: topics.map((m) => m.words).join(' ') };
  // "Who chairs the JIC?", "who leads the SCI?", "who represents Shenzhen at the JIC?": the co-chairs the sources
  // name, meeting by meeting (one side, if asked), never "the sources don't say".
  const committeeChairs = chairsAsked(u, about, meetingNums, orgs, people);
  if (committeeChairs) return committeeChairs;
  // "Who manages the Asian SME Hub?": the highlight says who; elsewhere the sources never do.
  const saidByHighlight = u.flags.missing === 'who runs it' && about?.type === 'highlight';
  // "TusStar's network size": a size the subject's own text gives in figures is no missing value.
  const sizeGiven = / size /.test(u.q.text) && /\d/.test(ownText(about, dataset));
  // Where a partner is based: never given; a meeting's or the zone's place is on file.
  const placeOnFile = u.flags.missing === 'where it is based' && about?.type !== 'org';
  // "How long has the SCI been running?" asks since when (given: 2019), not when it ends (never given).
  const runningSince =
    u.flags.missing === 'how long it runs' &&
    !about &&
    mentionsOf(u, 'initiative').length > 0 &&
    / how long (?:has|have|had|is|was) (?:the )?(?:sci|initiative|it)(?: been)? | how long (?:has|have) it (?:existed|been) /.test(
      u.q.text,
    );
  // "Has it been completed yet?" asks whether it came about (planYesNo), not when it ends.
  const progressAsked = u.target === 'yesno' && u.flags.missing === 'how long it runs' && PROGRESS.test(u.q.text);
  if (
    u.flags.missing &&
    u.target !== 'list' &&
    !saidByHighlight &&
    !sizeGiven &&
    !placeOnFile &&
    !runningSince &&
    !progressAsked
  )
    return {
      op: 'missing',
      attribute: u.flags.missing,
      ...(about ? { about } : {}),
      ...(about?.type === 'highlight' && namedOutcomes[0] ? { words: namedOutcomes[0].words } : {}),
    };

  // "Digital connectivity MOUs": a pillar's MOUs. The sources never file MOUs under a pillar (only the
  // 4th JIC's under Annex A headings), so say that and give the groups, not MOUs that share a word.
  // ("The talent pillar", "under digital connectivity", "projects in the innovation pillar": a pillar as a filter too.)
  const records = has(u, 'mou') || has(u, 'project');
  const pillarAsked = pillarWords(dataset).find(
    ({ full, short, first, under }) =>
      [full, short].some(
        (words, i) =>
          followedByMou(u.q.text, words) ||
          (records && / pillar /.test(u.q.text) && u.q.text.includes(` ${words} `)) ||
          (records && under[i]?.test(u.q.text)),
      ) ||
      (records && first.length >= 5 && u.q.text.includes(` ${first} pillar `)),
  )?.pillar;
  if (pillarAsked && !mentionsOf(u, 'group').length && !orgs.length && u.target !== 'yesno')
    return {
      op: 'rank',
      select: has(u, 'project') && !has(u, 'mou') ? 'projects' : 'mous',
      by: 'group',
      order: 'most',
      filter: {},
      pillar: pillarAsked.name,
    };
  // "What is the JIC?", "what does the joint implementation committee do?": the committee itself, not its meetings.
  if (
    u.target === 'what' &&
    !u.flags.chairing &&
    / (?:jic|committee) /.test(u.q.text) &&
    !/\b(?:JICs|meetings?|mtgs?)\b/i.test(u.q.raw) &&
    !meetingNums.length &&
    !u.mentions.some((m) => !['subject', 'initiative'].includes(m.type))
  )
    return { op: 'read', about: { type: 'committee' }, attribute: 'about' };
  const select = selection(u);
  // "Projects on carbon", "MOUs about drones": a word no table knows, after "on/about", is what the records must
  // be about (their text, in any form of the word) — never every record as if all were about it.
  if ((select === 'mous' || select === 'projects') && !f.topics?.length && !f.orgs?.length && !f.records?.length) {
    const free = freeTopics(u);
    if (free.length) f.topics = free;
  }
  // MOUs about the zone: those whose topics name it (the CapitaLand–Qianhai fund for its park).
  if (has(u, 'demozone') && select === 'mous')
    return { op: 'list', select: 'mous', filter: { ...f, topics: [...(f.topics ?? []), 'demonstration zone'] } };
  // "The zone's first batch of companies", "who signed to operate in the zone": the 4 reported, unnamed.
  if (select === 'demozone-companies' && ['what', 'who', 'list'].includes(u.target))
    return { op: 'count', select, filter: {}, cumulative: false, before: false };
  // "Which MOUs have no project?", "partners without an MOU", "projects not linked to any MOU": the negation is a
  // filter (none of that kind on file), never ignored; one that cannot be read so gets "not sure", not every record.
  const negation = / (?:no(?! of )|without|not|never|none|lacks?|lacking) /.exec(u.q.text);
  if (
    negation &&
    u.target !== 'yesno' &&
    u.target !== 'compare' &&
    (select === 'mous' || select === 'projects' || select === 'partners')
  ) {
    // Right before a kind or country ("with no Chinese partner", "not from Singapore", "without a university"):
    // that filter negated, never the filter as asked.
    const negated = u.mentions.find(
      (m) =>
        (m.type === 'kind' || m.type === 'country') &&
        m.start > negation.index &&
        m.start - negation.index <= 24 &&
        !/ (?:mous?|projects?) /.test(u.q.text.slice(negation.index, m.start)),
    );
    if (negated && !f.without)
      return u.target === 'count'
        ? { op: 'count', select, filter: { ...f, exclude: true }, cumulative: false, before: false }
        : { op: 'list', select, filter: { ...f, exclude: true } };
    const after = u.mentions.filter(
      (m) => m.type === 'subject' && (m.value === 'mou' || m.value === 'project') && m.start > negation.index,
    )[0];
    const without = after ? (after.value === 'mou' ? 'mous' : 'projects') : undefined;
    const what = select === 'partners' ? 'partners' : select;
    if (without && (what === 'partners' || without !== what)) {
      const filter: Filter = { ...f, without };
      return u.target === 'count'
        ? { op: 'count', select: what, filter, cumulative: false, before: false }
        : { op: 'list', select: what, filter };
    }
    // A negation right before a filter this cannot read ("MOUs not about AI"): not sure, never every record.
    if (
      / (?:no|not|never|without) (?:about|on|with|in|from|involving|involve|signed|linked|related|having|any|an?) /.test(
        u.q.text,
      )
    )
      return { op: 'unsure', words: u.rest };
  }
  // "Which MOUs became projects?", "how many MOUs have a matching project?": records linked to one of the other kind on
  // file (the data's twin links), never every record. Yes/no forms: planYesNo.
  const linked = linkedAsked(u, select);
  if (linked && u.target !== 'yesno' && u.target !== 'compare')
    return u.target === 'count'
      ? { op: 'count', select: linked.select, filter: { ...f, linked: linked.to }, cumulative: false, before: false }
      : { op: 'list', select: linked.select, filter: { ...f, linked: linked.to } };
  // "How many MOUs in Annex A?", "projects listed in the press release": the annex's own records, never the running total.
  const annex = annexAsked(u, dataset);
  if (annex && ['count', 'list', 'what'].includes(u.target) && !orgs.length && !mentionsOf(u, 'record').length) {
    const filter: Filter = { ...f, meetings: [annex.meeting], annex: annex.annex };
    return u.target === 'count'
      ? { op: 'count', select: annex.select, filter, cumulative: false, before: false }
      : { op: 'list', select: annex.select, filter };
  }
  // "Is the SCI still active?": the sources record dates, not the present — the latest they record.
  if (
    mentionsOf(u, 'initiative').length &&
    !meetingNums.length &&
    (/ (?:still|active|ongoing|going on|still going|alive|continuing|continue|over|ended|finished|dead) /.test(
      u.q.text,
    ) ||
      / (?:how long|how many years|how old) /.test(u.q.text))
  )
    return { op: 'read', about: { type: 'initiative' }, attribute: 'status' };
  // "Partners by country", "the split of partners per side": how many partners each country has on file.
  if (
    / (?:by|per|each|across) (?:country|countries|side|sides) /.test(u.q.text) &&
    (select === 'partners' || has(u, 'partner'))
  )
    return { op: 'rank', select: 'mous', by: 'country', order: 'most', filter: f.kind ? { kind: f.kind } : {} };
  // "The first MOU ever signed", "which project is the oldest": the earliest meeting's records on file, and what came
  // before them that the sources report without naming (said by the sayer) — never every record, never "not sure".
  const earliestKind =
    / (?:first|earliest|oldest)(?: ever)? (?:[a-z]+ )?(mous?|projects?|agreements?) /.exec(u.q.text)?.[1] ??
    / (mous?|projects?|agreements?) (?:is|was|are|were|came) (?:the )?(?:first|earliest|oldest) /.exec(u.q.text)?.[1];
  if (earliestKind && !meetingNums.length && !orgs.length && u.target !== 'yesno' && u.target !== 'compare') {
    const sel = /mou|agreement/.test(earliestKind) ? 'mous' : 'projects';
    const first = dataset.meetings.find(
      (m) => m.number > 0 && (sel === 'mous' ? dataset.mousAt(m.id) : dataset.projectsAt(m.id)).length,
    );
    if (first) return { op: 'list', select: sel, filter: { ...f, meetings: [first.number], earliest: true } };
  }
  // "The newest project", "latest MOUs", "most recent agreements": the records of the latest meeting that has
  // any of that kind (reported or on file), said as that meeting's — never "not sure".
  const latestKind = / (?:latest|newest|most recent|recent|last) (?:[a-z]+ )?(mous?|projects?|agreements?) /.exec(
    u.q.text,
  );
  if (latestKind?.[1] && !meetingNums.length && !orgs.length && u.target !== 'yesno') {
    const sel = /mou|agreement/.test(latestKind[1]) ? 'mous' : 'projects';
    const held = dataset.meetings.filter(
      (m) =>
        m.number > 0 &&
        ((sel === 'mous' ? m.newMous.value : m.newProjects.value) ||
          (sel === 'mous' ? dataset.mousAt(m.id) : dataset.projectsAt(m.id)).length),
    );
    const last = held[held.length - 1];
    if (last) return { op: 'list', select: sel, filter: { ...f, meetings: [last.number] } };
  }
  switch (u.target) {
    case 'compare': {
      const records = recordsCompared(u, dataset);
      if (records) return records;
      const compared = planCompare(u, dataset, select);
      if (compared) return compared;
      break;
    }
    case 'most': {
      const what = has(u, 'project') && !has(u, 'mou') ? 'projects' : select === 'projects' ? 'projects' : 'mous';
      const order = u.flags.fewest ? 'fewest' : 'most';
      if (/ (?:year) /.test(u.q.text)) return { op: 'rank', select: what, by: 'year', order, filter: {} };
      // "Which project has the most partners?": the records themselves, by the parties each names.
      if (
        (has(u, 'project') || has(u, 'mou')) &&
        / (?:most|fewest|least|biggest number of|largest number of) (?:partners|parties|members|organisations|organizations|companies|signatories|participants) /.test(
          u.q.text,
        )
      )
        return { op: 'rank', select: what, by: 'record', order, filter: {} };
      if (/ (?:group|annex|heading|category) /.test(u.q.text) || (has(u, 'pillar') && what === 'mous'))
        return { op: 'rank', select: 'mous', by: 'group', order, filter: {} };
      if (/ (?:country|side) /.test(u.q.text))
        return { op: 'rank', select: what, by: 'country', order, filter: f.kind ? { kind: f.kind } : {} };
      if (/ (?:partner|company|organisation|organization|university|institute|who) /.test(u.q.text) || f.kind)
        return {
          op: 'rank',
          select: what,
          by: 'partner',
          order,
          filter: { ...(f.kind ? { kind: f.kind } : {}), ...(f.country ? { country: f.country } : {}) },
        };
      // "Which JIC was the biggest?": no unit asked, so both the MOUs and the projects each meeting reported.
      if (
        / (?:meetings?|jic) /.test(u.q.text) &&
        / (?:biggest|largest|smallest|busiest) /.test(u.q.text) &&
        !has(u, 'mou') &&
        !has(u, 'project')
      )
        return {
          op: 'each',
          plans: (['mous', 'projects'] as const).map(
            (sel) => ({ op: 'rank', select: sel, by: 'meeting', order, filter: {} }) as const,
          ),
        };
      if (/ (?:meetings?|jic) /.test(u.q.text) && !/ (?:earliest|first ever|oldest) /.test(u.q.text))
        return { op: 'rank', select: what, by: 'meeting', order, filter: {} };
      if (/ (?:earliest|first ever|oldest|first) /.test(u.q.text))
        return { op: 'read', about: { type: 'meeting', number: 1 }, attribute: 'about' };
      break;
    }
    default:
      break;
  }

  // Two or more people and nothing else named: the same question for each.
  if (people.length > 1 && !orgs.length && !meetingNums.length && (u.target === 'who' || u.target === 'what'))
    return {
      op: 'each',
      plans: people.map((name) => ({ op: 'read', about: { type: 'person', name }, attribute: 'role' }) as const),
    };
  // "Did the projects double at the 3rd JIC?": a comparison with the meeting before (compare.ts).
  const doubled = u.target === 'yesno' || u.target === 'compare' ? planDoubling(u, dataset, select) : undefined;
  if (doubled) return doubled;
  if (u.target === 'yesno') return planYesNo(u, dataset, f, about, select);

  if (u.target === 'count') {
    if (select === 'pillars') return { op: 'list', select: 'pillars', filter: {} };
    // "How many companies are in TusStar's network?": a figure the sources give about the partner itself.
    if (orgs.length === 1 && orgs[0] && !has(u, 'mou') && !has(u, 'project') && !u.flags.signing)
      return { op: 'read', about: { type: 'org', ids: orgs[0] }, attribute: 'about' };
    if (!select && about && (about.type === 'org' || about.type === 'highlight'))
      return { op: 'read', about, attribute: 'about' };
    // "How many buyers did OneSME have?", "companies in XNode's batch": a figure the named outcome itself gives,
    // never a count of the partners on file.
    if (about?.type === 'highlight' && namedOutcomes.length && /\d/.test(highlightText(dataset, about.key)))
      return { op: 'read', about, attribute: 'about' };
    if (select === 'demozone-projects' || select === 'demozone-companies')
      return { op: 'count', select, filter: {}, cumulative: false, before: false };
    if (select && select !== 'highlights')
      return {
        op: 'count',
        select,
        filter: select === 'partners' && (has(u, 'mou') || has(u, 'project')) ? { ...f, ...viaOf(u) } : f,
        cumulative: u.flags.cumulative,
        before: u.flags.before,
        ...(has(u, 'mou') && has(u, 'project') ? { both: true } : {}),
        ...(thereIn(u, f, select) ? { withTotal: true } : {}),
      };
    if (/ totals? /.test(u.q.text))
      return { op: 'count', select: 'mous', filter: f, cumulative: true, before: u.flags.before, both: true };
    if (meetingNums.length || orgs.length)
      return { op: 'count', select: 'mous', filter: f, cumulative: u.flags.cumulative, before: u.flags.before };
    if (about) return { op: 'read', about, attribute: 'about' };
    return { op: 'count', select: 'mous', filter: f, cumulative: true, before: false };
  }

  if (u.target === 'when') {
    if (about?.type === 'meeting' && u.flags.announced) return { op: 'read', about, attribute: 'announced' };
    if (about?.type === 'orgs' || about?.type === 'org') return { op: 'read', about, attribute: 'date' };
    if (about) return { op: 'read', about, attribute: 'date' };
    if (has(u, 'meeting') && / (?:start|begin|began|first) /.test(u.q.text))
      return { op: 'read', about: { type: 'meeting', number: 1 }, attribute: 'date' };
    if (mentionsOf(u, 'initiative').length || / (?:start|begin|began|launch|launched|founded) /.test(u.q.text))
      return { op: 'read', about: { type: 'initiative' }, attribute: 'launched' };
  }

  if (u.target === 'where') {
    if (about?.type === 'record' && about.id === demoZoneId(dataset)) return { op: 'read', about, attribute: 'place' };
    if (about) return { op: 'read', about, attribute: about.type === 'meeting' ? 'place' : 'about' };
    if (has(u, 'demozone'))
      return { op: 'read', about: { type: 'record', kind: 'project', id: demoZoneId(dataset) }, attribute: 'place' };
  }

  if (u.target === 'who') {
    if (about?.type === 'meeting') {
      // "Who are the partners at the 4th JIC (in the AI group)?": its partners, never its co-chairs.
      const narrowed = ['group', 'kind', 'country', 'place'].some((t) => mentionsOf(u, t as Mention['type']).length);
      if (!u.flags.chairing && about.number > 0 && (narrowed || has(u, 'partner') || has(u, 'company')))
        return { op: 'list', select: 'partners', filter: f };
      if (u.flags.signing && !u.flags.chairing && about.number > 0)
        return { op: 'list', select: 'mous', filter: { meetings: [about.number] } };
      return { op: 'read', about, attribute: 'chairs' };
    }
    if (about?.type === 'person') return { op: 'read', about, attribute: 'role' };
    // "Who was the mayor when the SCI was founded?": who signed the founding MOU.
    if (
      !about &&
      mentionsOf(u, 'initiative').length &&
      / (?:founded|founding|launched|started|began|set up|created) /.test(u.q.text)
    )
      return { op: 'read', about: { type: 'meeting', number: 0 }, attribute: 'chairs' };
    // "Who is the Shenzhen mayor?", "who's MCI's permanent secretary?": everyone the sources give that role, each
    // with the meetings they held it at (never only the latest meeting's co-chairs).
    const byRole =
      !meetingNums.length && !people.length && (!about || about.type === 'org') ? peopleByRole(u, dataset) : [];
    // (A role only a quote's speaker holds — "the deputy prime minister", Heng Swee Keat — has no person record:
    // the passages that name the speaker, as for "who's Heng Swee Keat?".)
    if (byRole.length)
      return {
        op: 'each',
        plans: byRole.map((name) => (isPersonRecord(dataset, name) ? personRole(name) : passagesNaming(dataset, name))),
      };
    if (/ (?:committee) /.test(u.q.text) && u.flags.chairing)
      return { op: 'read', about: { type: 'meeting', number: dataset.latestMeeting.number }, attribute: 'chairs' };
    if (has(u, 'demozone'))
      return { op: 'read', about: { type: 'record', kind: 'project', id: demoZoneId(dataset) }, attribute: 'parties' };
    if (about) return { op: 'read', about, attribute: 'parties' };
    if (select === 'partners' || select === 'mous') return { op: 'list', select: 'partners', filter: f };
  }

  if (u.target === 'list') {
    if (/ (?:which|what) (?:group|annex|heading|category|pillar) /.test(u.q.text) && record)
      return { op: 'read', about: record, attribute: 'group' };
    if (/ (?:meetings?|jic) /.test(u.q.text) && about?.type === 'person')
      return { op: 'read', about, attribute: 'meetings' };
    if (/ (?:which|what) (?:meeting|jic) /.test(u.q.text) && about && about.type !== 'meeting')
      return { op: 'read', about, attribute: 'date' };
    if (select === 'highlights' && meetingNums.length) return { op: 'list', select: 'highlights', filter: f };
    if (select === 'meetings') return { op: 'list', select: 'meetings', filter: {} };
    if (select === 'partners' && orgs.length === 1 && orgs[0])
      return { op: 'read', about: { type: 'org', ids: orgs[0] }, attribute: 'parties' };
    if (select === 'partners' && (has(u, 'mou') || has(u, 'project')))
      return { op: 'list', select, filter: { ...f, ...viaOf(u) } };
    if (select) {
      if ((select === 'mous' || select === 'projects') && !Object.keys(f).length && about)
        return { op: 'read', about, attribute: 'parties' };
      if (select === 'partners' && (about?.type === 'record' || about?.type === 'records'))
        return { op: 'read', about, attribute: 'parties' };
      return { op: 'list', select, filter: f };
    }
    if (about && about.type !== 'meeting')
      return { op: 'read', about, attribute: /university|company|partner/.test(u.q.text) ? 'parties' : 'about' };
  }

  if (select === 'demozone-projects' && / projects /.test(u.q.text) && !/ (?:about|focus|do|what are) /.test(u.q.text))
    return { op: 'count', select, filter: {}, cumulative: false, before: false };
  // what / anything else: describe what the question names.
  if (/ (?:which|what) (?:group|annex|heading|category) /.test(u.q.text) && record)
    return { op: 'read', about: record, attribute: 'group' };
  if (/ title /.test(u.q.text) && record) return { op: 'read', about: record, attribute: 'title' };
  if (about?.type === 'person' && / (?:meetings?|jic) /.test(u.q.text))
    return { op: 'read', about, attribute: 'meetings' };
  // "Name the Shenzhen mayor at the 3rd JIC": a role at a meeting is its co-chairs.
  if (about?.type === 'meeting' && / (?:mayor|permanent secretary|cochairs?|chairs?) /.test(u.q.text))
    return { op: 'read', about, attribute: 'chairs' };
  // "NTU's MOUs?", "keppel projects": a partner's records of one kind, listed (none on file is said honestly).
  if (about?.type === 'org' && !u.rest && has(u, 'mou') !== has(u, 'project') && / (?:mous|projects) /.test(u.q.text))
    return { op: 'list', select: has(u, 'mou') ? 'mous' : 'projects', filter: f };
  // "The projects of 2022?", "the 8 MOUs of the 4th JIC": a meeting's records of one kind, listed (those the sources
  // name, with the count reported), never the meeting's whole card.
  if (
    about?.type === 'meeting' &&
    (select === 'mous' || select === 'projects') &&
    / (?:mous|projects|agreements|ventures) /.test(u.q.text) &&
    !/ (?:besides|apart from|aside from|other than|except|excluding|beyond) /.test(u.q.text)
  )
    return { op: 'list', select, filter: f };
  if (about) return { op: 'read', about, attribute: about.type === 'person' ? 'role' : 'about' };
  if (has(u, 'demozone'))
    return { op: 'read', about: { type: 'record', kind: 'project', id: demoZoneId(dataset) }, attribute: 'about' };
  if (select === 'pillars') return { op: 'list', select: 'pillars', filter: {} };
  if (/ (?:jic|joint implementation committee|committee) /.test(u.q.text) && !select)
    return { op: 'read', about: { type: 'committee' }, attribute: 'about' };
  if (mentionsOf(u, 'initiative').length && u.q.words.length <= 8 && !select)
    return { op: 'read', about: { type: 'initiative' }, attribute: 'about' };
  if (select && select !== 'highlights' && (Object.keys(f).length || select === 'meetings'))
    return { op: 'list', select, filter: f };
  if (f.topics?.length) return { op: 'list', select: 'projects', filter: f };
  // "Why are only 12 of the MOUs named?": the records as reported and as named on file.
  if (
    (select === 'mous' || select === 'projects') &&
    / (?:named|unnamed|on file|listed|not named|missing) /.test(u.q.text)
  )
    return { op: 'list', select, filter: f };
  return { op: 'unsure', words: u.rest };
}

function planYesNo(
  u: Understanding,
  dataset: Dataset,
  f: Filter,
  about: Subjectref | undefined,
  select: Selection | undefined,
): Plan {
  const claim = claimOf(u);
  const orgs = mentionedOrgIds(u);
  const people = [...new Set(mentionsOf(u, 'person').map((m) => m.value))];
  const meetingNums = meetingsOf(u);
  // "Is the fund set up yet?", "is the office open?", "did the MOU produce anything?": progress the sources never
  // report — what the record says it will do, never a Yes for having signed.
  if (
    PROGRESS.test(u.q.text) &&
    !u.flags.signing &&
    claim.type === 'some' &&
    about &&
    (about.type === 'record' || about.type === 'org' || about.type === 'highlight')
  )
    return { op: 'check', claim: { type: 'progress' }, plan: { op: 'read', about, attribute: 'about' } };
  // "Was the 1st JIC on 18 Jun 2020?": the day too, not only the year.
  const iso = isoDateIn(u.q.text);
  if (iso && meetingNums.length === 1 && meetingNums[0] !== undefined)
    return {
      op: 'check',
      claim: { type: 'date', iso },
      plan: { op: 'read', about: { type: 'meeting', number: meetingNums[0] }, attribute: 'date' },
    };
  // "Did the zone's companies sign MOUs or entry agreements?", "were 5 firms in the zone's first batch?": the four
  // reported, with what the sources say they signed (a number claimed is checked against them).
  if (select === 'demozone-companies' && !orgs.length) {
    const count = { op: 'count', select, filter: {}, cumulative: false, before: false } as const;
    return claim.type === 'number' && !/ or /.test(u.q.text) ? { op: 'check', claim, plan: count } : count;
  }
  // "Is QuikBot one of the zone's 4 companies?", "is Keppel in the demonstration zone?": the sources never name the
  // four, so never a Yes (or No) for a partner — the four as reported, unnamed. (An MOU or project asked about —
  // "is the CapitaLand MOU about the zone?" — is its own record's question.)
  if (orgs.length && (has(u, 'demozone') || select === 'demozone-companies') && !has(u, 'mou') && !has(u, 'project'))
    return { op: 'count', select: 'demozone-companies', filter: {}, cumulative: false, before: false };
  // "Did UOB sign an MOU?", "did XNode sign anything?": a name only the outcomes hold, asked about signing.
  const outcomeName = mentionsOf(u, 'highlight').find((m) => m.words !== '(words)');
  const keys = highlightKeys(u, dataset);
  if (u.flags.signing && outcomeName && keys[0] && !orgs.length && !people.length && !has(u, 'project'))
    return {
      op: 'check',
      claim: { type: 'signed', words: outcomeName.words },
      plan: { op: 'read', about: { type: 'highlight', key: keys[0] }, attribute: 'about' },
    };
  // "Is the DataPost MOU also a project?": whether its records of the kind named first have one of the other kind.
  const link = linkedAsked(u, select);
  if (link && (orgs.length || mentionsOf(u, 'record').length))
    return {
      op: 'check',
      claim: { type: 'some' },
      plan: {
        op: 'count',
        select: link.select,
        filter: { ...f, linked: link.to },
        cumulative: false,
        before: false,
      },
    };
  // "Did NUS and SUSS both get projects?": each partner's own records of that kind, not one that joins them.
  if (
    orgs.length >= 2 &&
    / (?:both|each|all|either|neither) /.test(u.q.text) &&
    !/ (?:together|with each other|jointly|same) /.test(u.q.text) &&
    has(u, 'mou') !== has(u, 'project')
  ) {
    const what = has(u, 'mou') ? 'mous' : 'projects';
    return {
      op: 'each',
      plans: orgs.map(
        (g) =>
          ({
            op: 'check',
            claim: { type: 'some' },
            plan: {
              op: 'count',
              select: what,
              filter: { orgs: [g], ...(meetingNums.length ? { meetings: meetingNums } : {}) },
              cumulative: false,
              before: false,
            },
          }) as const,
      ),
    };
  }
  // "Did Keppel sign with Tencent?": a party the sources never name is no party of Keppel's on file (never a Yes
  // about Keppel alone).
  const stranger = orgs.length === 1 && orgs[0] ? unknownParty(u) : undefined;
  if (stranger && orgs[0])
    return {
      op: 'check',
      claim: { type: 'unnamed', name: stranger },
      plan: { op: 'read', about: { type: 'orgs', groups: [orgs[0]] }, attribute: 'parties' },
    };
  // Did X and Y work/sign together?
  if (orgs.length >= 2)
    return {
      op: 'check',
      claim: { type: 'together' },
      plan: {
        op: 'read',
        about: { type: 'orgs', groups: orgs, ...(meetingNums.length ? { meetings: meetingNums } : {}) },
        attribute: 'parties',
      },
    };
  // "Has Qin Weizhong signed any MOU?": the signatories the sources name (the founding MOU's), never a profile.
  if (people.length === 1 && people[0] && u.flags.signing && !meetingNums.length && !orgs.length)
    return {
      op: 'check',
      claim: { type: 'person', name: people[0] },
      plan: { op: 'read', about: { type: 'meeting', number: 0 }, attribute: 'chairs' },
    };
  // "Is Joseph Leong the mayor of Shenzhen?": a role, against the roles the sources give the person.
  const role =
    / (?:the )?(mayor|permanent secretary|minister|deputy prime minister|prime minister|secretary|governor|president|chairman) /.exec(
      u.q.text,
    )?.[1];
  if (people.length === 1 && people[0] && role && !meetingNums.length)
    return {
      op: 'check',
      claim: { type: 'role', words: role },
      plan: { op: 'read', about: { type: 'person', name: people[0] }, attribute: 'role' },
    };
  // "Did the SCI start in 2020?": the initiative's launch, not the meeting held that year.
  if (
    mentionsOf(u, 'initiative').length &&
    claimYear(u) &&
    / (?:start|started|begin|began|launch|launched|founded|found) /.test(u.q.text)
  )
    return {
      op: 'check',
      claim: { type: 'year', value: claimYear(u) ?? 0 },
      plan: { op: 'read', about: { type: 'initiative' }, attribute: 'launched' },
    };
  if (meetingNums.length === 1 && meetingNums[0] !== undefined) {
    const n = meetingNums[0];
    if (people[0])
      return {
        op: 'check',
        claim: { type: 'person', name: people[0] },
        plan: { op: 'read', about: { type: 'meeting', number: n }, attribute: 'chairs' },
      };
    // "Were 21 MOUs signed by the 3rd JIC?": by a meeting is the running total reported there.
    if (claim.type === 'number' && select && select !== 'highlights')
      return {
        op: 'check',
        claim,
        plan: { op: 'count', select, filter: f, cumulative: u.flags.cumulative, before: u.flags.before },
      };
    // A partner named too ("did NTU join a project in 2022?"): the question is about the partner, not the meeting.
    // ("Is the 4th JIC in Singapore?" asks where it was held, though it says no "held".)
    if (
      / (?:held|take place|took place|happen|in person|virtual|virtually|online|video|signed in|in (?:shenzhen|singapore|chongqing)) /.test(
        u.q.text,
      ) &&
      !claimYear(u) &&
      !orgs.length
    ) {
      const place =
        / (?:in person|virtual|virtually|online|video conference|video link|video|shenzhen|singapore|chongqing) /
          .exec(u.q.text)?.[0]
          ?.trim() ?? '';
      return {
        op: 'check',
        claim: { type: 'place', words: place },
        plan: { op: 'read', about: { type: 'meeting', number: n }, attribute: 'place' },
      };
    }
    const year = claimYear(u);
    if (year && !orgs.length)
      return {
        op: 'check',
        claim: { type: 'year', value: year },
        plan: { op: 'read', about: { type: 'meeting', number: n }, attribute: 'date' },
      };
    if (people.length === 0 && !orgs.length)
      return { op: 'read', about: { type: 'meeting', number: n }, attribute: 'about' };
  }
  // "Is the demonstration zone in Qianhai?": its place, as the sources give it.
  const placeWord = / in ([a-z]+) /.exec(u.q.text)?.[1];
  if (has(u, 'demozone') && placeWord && !meetingNums.length && !orgs.length)
    return {
      op: 'check',
      claim: { type: 'place', words: placeWord },
      plan: { op: 'read', about: { type: 'record', kind: 'project', id: demoZoneId(dataset) }, attribute: 'place' },
    };
  // (A topic word inside a named outcome's own name — the "SME" and "hub" of "the Asian SME Hub" — is no claim.)
  const namedSpans = mentionsOf(u, 'highlight').filter((h) => h.end > h.start);
  const topicsAsked = mentionsOf(u, 'topic')
    .filter((m) => !namedSpans.some((h) => m.start >= h.start && m.end <= h.end))
    .map((m) => m.value);
  // "Is the Joint Innovation Call about green tech?": the named outcome's own words, not a record sharing the topic.
  const highlight = highlightKeys(u, dataset)[0];
  // (A place or a number claimed of a named outcome is checked by its words first: "is the SME hub in Singapore?")
  if (
    highlight &&
    / (?:in|at|based in|located in) (?:singapore|shenzhen|china|qianhai|chongqing|hong kong) | \d/.test(u.q.text)
  ) {
    const checked = outcomeClaim(u, dataset);
    if (checked) return checked;
  }
  if (topicsAsked.length && highlight && !orgs.length)
    return {
      op: 'check',
      claim: { type: 'topic', topics: topicsAsked },
      plan: { op: 'read', about: { type: 'highlight', key: highlight }, attribute: 'about' },
    };
  const outcome = outcomeClaim(u, dataset);
  if (outcome) return outcome;
  // "Did any university sign an MOU?", "are there Singapore companies in projects?": any partner of that kind or country.
  const sort = mentionsOf(u, 'kind')[0] ?? mentionsOf(u, 'country')[0];
  if (!orgs.length && sort && (has(u, 'mou') || has(u, 'project')))
    return {
      op: 'check',
      claim: { type: 'some' },
      plan: {
        op: 'count',
        select: 'partners',
        filter: { ...f, via: has(u, 'mou') ? 'mous' : 'projects' },
        cumulative: false,
        before: false,
      },
    };
  if (topicsAsked.length && about?.type === 'record' && !orgs.length)
    return {
      op: 'check',
      claim: { type: 'topic', topics: topicsAsked },
      plan: { op: 'read', about, attribute: 'about' },
    };
  const group = mentionsOf(u, 'group')[0];
  if (group && about && (about.type === 'record' || about.type === 'records'))
    return { op: 'check', claim: { type: 'group', id: group.value }, plan: { op: 'read', about, attribute: 'group' } };
  if (orgs.length === 1 && orgs[0]) {
    // "Is Keppel in the Talent Exchange group?": the Annex A group of the MOUs it signed.
    const groupAsked = mentionsOf(u, 'group')[0];
    if (groupAsked) {
      const ids = [...new Set(orgs[0].flatMap((id) => dataset.mousOf(id).map((m) => m.id)))];
      return {
        op: 'check',
        claim: { type: 'group', id: groupAsked.value },
        plan: ids.length
          ? { op: 'read', about: { type: 'records', kind: 'mou', ids }, attribute: 'group' }
          : { op: 'count', select: 'mous', filter: { orgs }, cumulative: false, before: false },
      };
    }
    const kind = mentionsOf(u, 'kind')[0];
    const country = mentionsOf(u, 'country')[0];
    // "Is TusStar in Singapore?": where a partner is, by what its outcomes say of that place (never confirmed);
    // with none saying it, the sources don't say where it is based.
    const placeAsked =
      / (?:in|based in|located in|headquartered in|operating in|operate in|active in) (singapore|shenzhen|china|qianhai|hong kong|shanghai|guangdong|southeast asia|beijing) /.exec(
        u.q.text,
      )?.[1];
    if (placeAsked && !kind && !country && !has(u, 'mou') && !has(u, 'project') && !u.flags.signing) {
      const key = orgOutcomes(dataset, orgs[0]).find((k) =>
        ` ${norm(highlightText(dataset, k))} `.includes(` ${placeAsked} `),
      );
      return key
        ? {
            op: 'check',
            claim: { type: 'words', words: [placeAsked], variants: {}, located: true },
            plan: { op: 'read', about: { type: 'highlight', key }, attribute: 'about' },
          }
        : { op: 'missing', attribute: 'where it is based', about: { type: 'org', ids: orgs[0] } };
    }
    // "Did Hashmeta sign with a Qianhai company?": the kind is the other side's, not Hashmeta's own; show
    // whom it signed and joined with (the names answer it), never a yes about what Hashmeta itself is.
    const otherSide = [kind, country, mentionsOf(u, 'place')[0]].some(
      (m) => m && m.start > 0 && / with (?:a |an |any |some |the )?(?:[a-z]+ )?$/.test(u.q.text.slice(0, m.start)),
    );
    if (otherSide) return { op: 'read', about: { type: 'org', ids: orgs[0] }, attribute: 'parties' };
    // "Is CapitaLand a bank?", "is TusStar a startup?": a kind no table knows, claimed of the partner — checked against
    // the kind on file (never a "Yes" because it signed something, never a "No" the sources don't give).
    const orgEnd = Math.max(...u.mentions.filter((m) => m.type === 'org').map((m) => m.end));
    const isA =
      !kind && / (?:is|was|are|were) /.test(u.q.text.slice(0, orgEnd))
        ? /^ (?:really |actually |just )?(?:a|an) ([a-z]+(?: [a-z]+){0,2}) $/.exec(u.q.text.slice(orgEnd))?.[1]
        : undefined;
    if (isA && !/ (?:partner|member|party|signatory|participant) /.test(` ${isA} `))
      return {
        op: 'check',
        claim: { type: 'kind', label: isA, ...(country ? { country: country.value } : {}) },
        plan: { op: 'read', about: { type: 'org', ids: orgs[0] }, attribute: 'kind' },
      };
    if (kind || country)
      return {
        op: 'check',
        claim: { type: 'kind', label: kind?.value ?? '', ...(country ? { country: country.value } : {}) },
        plan: { op: 'read', about: { type: 'org', ids: orgs[0] }, attribute: 'kind' },
      };
    const topics = mentionsOf(u, 'topic').map((m) => m.value);
    // "Is the Fooyo project about food?": a word no table knows is still what is claimed — never a bare "Yes".
    const free = topics.length ? [] : freeTopics(u);
    if (topics.length || free.length)
      return {
        op: 'check',
        claim: { type: 'topic', topics: topics.length ? topics : free, ...(free.length ? { free: true } : {}) },
        plan: { op: 'read', about: { type: 'org', ids: orgs[0] }, attribute: 'about' },
      };
    const what = select === 'projects' ? 'projects' : 'mous';
    // "Did NTU take part?", "is SUSS a partner of the SCI?": any record or outcome naming it, not only MOUs.
    if (
      claim.type === 'some' &&
      !has(u, 'mou') &&
      !has(u, 'project') &&
      !u.flags.signing &&
      !meetingNums.length &&
      (!/ with /.test(u.q.text) || ANYONE_ELSE.test(u.q.text)) &&
      / (?:take part|took part|taking part|part of|partner|partners|partnered|involved|participate|participated|participant|member|in the sci|in the initiative|work|worked|working|collaborate|collaborated|collaborating|cooperate|cooperated|team up|teamed up) /.test(
        u.q.text,
      )
    )
      return {
        op: 'check',
        claim: { type: 'some' },
        plan: { op: 'read', about: { type: 'org', ids: orgs[0] }, attribute: 'parties' },
      };
    // A number claimed, or "any at all": both are checked against the count of their records.
    const count = {
      op: 'count',
      select: what,
      filter: { orgs, ...(f.meetings ? { meetings: f.meetings } : {}) },
      cumulative: false,
      before: false,
    } as const;
    if (claim.type === 'number') return { op: 'check', claim, plan: count };
    const highlight = / (?:partner|work|working|team) /.test(u.q.text) ? highlightKeys(u, dataset)[0] : undefined;
    if (highlight !== undefined)
      return {
        op: 'check',
        claim: { type: 'some' },
        plan: { op: 'read', about: { type: 'highlight', key: highlight }, attribute: 'about' },
      };
    return { op: 'check', claim: { type: 'some' }, plan: count };
  }
  if (orgs.length === 1 || (highlightKeys(u, dataset).length && / (?:partner|work|working) /.test(u.q.text)))
    return {
      op: 'check',
      claim: { type: 'some' },
      plan: { op: 'read', about: { type: 'highlight', key: highlightKeys(u, dataset)[0] ?? '' }, attribute: 'about' },
    };
  if (mentionsOf(u, 'initiative').length && claimYear(u))
    return {
      op: 'check',
      claim: { type: 'year', value: claimYear(u) ?? 0 },
      plan: { op: 'read', about: { type: 'initiative' }, attribute: 'launched' },
    };
  if (claim.type === 'number' && select && select !== 'highlights')
    return { op: 'check', claim, plan: { op: 'count', select, filter: f, cumulative: !f.meetings, before: false } };
  // "Does the SCI involve any hospitals?": a word no table knows is what the records must be about — those that are
  // (or none on file, and the nearest), never "not sure" and never a bare yes.
  const free = !about && !orgs.length && !people.length ? freeTopics(u) : [];
  const named = !about && !orgs.length && !people.length ? mentionsOf(u, 'topic').map((m) => m.value) : [];
  if (free.length || named.length) {
    const what = has(u, 'mou') && !has(u, 'project') ? 'mous' : 'projects';
    return named.length
      ? {
          op: 'check',
          claim: { type: 'some' },
          plan: {
            op: 'count',
            select: what,
            filter: { topics: [...new Set(named)] },
            cumulative: false,
            before: false,
          },
        }
      : { op: 'list', select: what, filter: { topics: free } };
  }
  if (about) return { op: 'read', about, attribute: 'about' };
  if (has(u, 'demozone'))
    return { op: 'read', about: { type: 'record', kind: 'project', id: demoZoneId(dataset) }, attribute: 'about' };
  return { op: 'unsure', words: u.rest };
}

/**
 * A yes/no about what a named outcome is or does ("is the Asian SME Hub run by OneConnect?", "did UOB run
 * trials?"): the claim is the question's own words, checked against the text of the outcome that says most
 * of them (one name can stand at several meetings). Only an outcome the question names; a partner it
 * names is one more word the text must say.
 */
function outcomeClaim(u: Understanding, dataset: Dataset): Plan | undefined {
  const names = [
    ...new Set(
      mentionsOf(u, 'highlight')
        .filter((m) => m.words !== '(words)')
        .map((m) => m.words),
    ),
  ];
  const orgs = mentionedOrgIds(u);
  if (!names.length || orgs.length > 1) return undefined;
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  const meetings = meetingsOf(u);
  const keys = highlightKeys(u, dataset);
  const org = orgs[0] ? dataset.organisation(orgs[0][0] ?? '') : undefined;
  const orgNames = org ? [org.name, ...org.aliases].map(norm) : [];
  const candidates = normalHighlights(dataset).filter(
    (x) =>
      names.some((w) => x.text.includes(` ${w} `)) &&
      (!meetings.length || meetings.includes(x.meeting) || keys.includes(x.key)),
  );
  if (!candidates.length) return undefined;
  const words = u.q.text
    .split(' ')
    .filter((w) => w.length >= 3 && !isStopWord(w) && !lex?.claimFiller?.test(w) && !/\d/.test(w));
  // "Is the Asian SME Hub an MOU?": what kind of record it is claimed to be is part of the claim (its text must say it).
  const asKind = / (?:is|was|are|were) (?:[a-z]+ ){1,6}(?:an? |the )(mou|project|agreement) /.exec(u.q.text)?.[1];
  if (asKind) words.push(asKind === 'agreement' ? 'agreement' : asKind);
  if (!words.length) return undefined;
  const variants: Record<string, string[]> = {};
  for (const w of words) if (lex?.variants?.[w]) variants[w] = [...(lex.variants[w] ?? [])];
  if (asKind === 'mou') variants.mou = ['memorand', 'mous'];
  const said = (text: string) => words.filter((w) => claimWordIn(text, w, variants[w] ?? [])).length;
  const best = [...candidates].sort((a, b) => said(b.text) - said(a.text))[0];
  if (!best) return undefined;
  const numbers = [...u.q.text.matchAll(/ (\d[\d,]*) /g)].map((m) => m[1] ?? '').filter((x) => !/^20\d\d$/.test(x));
  const located = / (?:in|at|based in|located in) (?:singapore|shenzhen|china|qianhai|chongqing|hong kong) /.test(
    u.q.text,
  );
  // "Run by X": the text must say "by X", not only name X (YiQiYe's buyers are not who runs the hub).
  const byOrg = org && / by (?:the )?$/.test(u.q.text.slice(0, mentionsOf(u, 'org')[0]?.start ?? 0));
  return {
    op: 'check',
    claim: {
      type: 'words',
      words,
      variants,
      ...(byOrg ? { by: orgNames } : {}),
      ...(numbers.length ? { numbers } : {}),
      ...(located ? { located } : {}),
    },
    plan: { op: 'read', about: { type: 'highlight', key: best.key }, attribute: 'about' },
  };
}

/** Every meeting's highlights in order: key, meeting number, text in normal form (padded). Built once per Dataset. */
const highlightsRead = new WeakMap<Dataset, Array<{ key: string; meeting: number; text: string }>>();
function normalHighlights(dataset: Dataset) {
  const cached = highlightsRead.get(dataset);
  if (cached) return cached;
  const built = dataset.meetings.flatMap((m) =>
    m.highlights.map((h, i) => ({ key: `${m.number}:${i}`, meeting: m.number, text: ` ${norm(h.text)} ` })),
  );
  highlightsRead.set(dataset, built);
  return built;
}

/**
 * The question's left-over words that the sources' text writes as a name (capitalised, not at a sentence's
 * start): the events and highlights that name all of them. Nothing else the question names may be left.
 */
function namedInPassing(
  u: Understanding,
  dataset: Dataset,
  people: readonly string[],
): Extract<Plan, { op: 'mentioned' }> | undefined {
  // People the records know may be named beside it ("where did Heng meet Qin?"): the passage must name them too.
  if (u.mentions.some((m) => !['subject', 'initiative', 'meeting', 'person'].includes(m.type))) return undefined;
  const texts = passingTexts(dataset);
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  // A title ("Prime Minister", "Mayor") or a word of the language is no name, though written capitalised.
  const words = u.rest.split(' ').filter((w) => w.length >= 3 && !lex?.titles?.test(w) && !lex?.words.includes(w));
  const names = words.filter((w) => texts.some((x) => x.names.has(w)));
  if (!names.some((w) => w.length >= 4)) return undefined;
  const places = texts
    .filter((x) => names.every((w) => x.names.has(w)) && people.every((p) => x.text.includes(p)))
    .map((x) => x.place);
  return places.length ? { op: 'mentioned', words: names, places } : undefined;
}

/** What the sources say of a subject in its own words (a partner's profile, an outcome, a record's description). */
function ownText(about: Subjectref | undefined, dataset: Dataset): string {
  if (about?.type === 'org') return about.ids.map((id) => dataset.organisation(id)?.about ?? '').join(' ');
  if (about?.type === 'highlight') return highlightText(dataset, about.key);
  if (about?.type === 'record')
    return (about.kind === 'mou' ? dataset.mou(about.id) : dataset.project(about.id))?.description.text ?? '';
  return '';
}

/** Words no table knows, right after "on", "about", "involving"…: what the records asked for must be about. */
function freeTopics(u: Understanding): string[] {
  const rest = new Set(u.rest.split(' '));
  const out: string[] = [];
  for (const m of u.q.text.matchAll(
    // (A Chinese question's word no table knows stays in Chinese characters: "关于无人机的项目" reads "about 无人机 projects".)
    / (?:on|about|involving|involve|involves|regarding|concerning|related to|around|in the field of|cover|covers|covering) (?:the |a |an |any |some )?([a-z]{4,}|\p{Script=Han}{2,8})(?= )/gu,
  ))
    if (
      m[1] &&
      rest.has(m[1]) &&
      !isStopWord(m[1]) &&
      !Object.values(LEXICONS[u.lang]?.subjects ?? {}).some((re) => re.test(` ${m[1]} `))
    )
      out.push(m[1]);
  return out;
}

/** The events' and highlights' texts, each with the words it writes capitalised mid-sentence (names), built once. */
const passing = new WeakMap<
  Dataset,
  Array<{ place: { event: number } | { highlight: string }; text: string; names: Set<string> }>
>();
function passingTexts(dataset: Dataset) {
  const cached = passing.get(dataset);
  if (cached) return cached;
  const names = (text: string) =>
    new Set([...text.matchAll(/(?<![.:;!?]\s|^)\b([A-Z][A-Za-z]+)/g)].map((m) => (m[1] ?? '').toLowerCase()));
  const built = [
    ...(dataset.initiative.events ?? []).map((e, i) => ({ place: { event: i }, text: e.text, names: names(e.text) })),
    ...dataset.meetings.flatMap((m) =>
      m.highlights.map((h, i) => ({ place: { highlight: `${m.number}:${i}` }, text: h.text, names: names(h.text) })),
    ),
  ];
  passing.set(dataset, built);
  return built;
}

/** Whether a text (normal form, padded) says a word, or one of its forms, as a word's beginning. */
export function claimWordIn(text: string, word: string, variants: readonly string[]): boolean {
  const stem = (w: string) => (w.length > 4 ? w.replace(/(?:ing|ed|es|s)$/, '') : w);
  return [word, ...variants].some((v) => text.includes(` ${stem(v)}`));
}

/** The named outcomes a question means: with a meeting named, only that meeting's (maybe none). */
function highlightKeys(u: Understanding, dataset: Dataset): string[] {
  const all = [...new Set(mentionsOf(u, 'highlight').map((m) => m.value))];
  const meetings = meetingsOf(u);
  if (!meetings.length) return all;
  // An outcome of one meeting whose text dates it at another ("…Protocol, launched on 25 Nov 2022") is at both.
  const dates = meetings.flatMap((n) => {
    const m = dataset.meetingByNumber(n);
    return m ? [isoToWords(m.date.value)] : [];
  });
  const years = mentionsOf(u, 'meeting')
    .map((m) => m.words)
    .filter((w) => /^20\d\d$/.test(w));
  return all.filter((key) => {
    const [n, i] = key.split(':').map(Number);
    const text = dataset.meetingByNumber(n ?? -1)?.highlights[i ?? -1]?.text ?? '';
    return meetings.includes(n ?? -1) || dates.some((d) => text.includes(d)) || years.some((y) => text.includes(y));
  });
}

const highlightText = (dataset: Dataset, key: string) => {
  const [n, i] = key.split(':').map(Number);
  return dataset.meetingByNumber(n ?? -1)?.highlights[i ?? -1]?.text ?? '';
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2022-11-25" → "25 Nov 2022", as the records' text writes dates. */
const isoToWords = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
};

function claimYear(u: Understanding): number | undefined {
  // "held in 2022": the year names the meeting held then too, so read it off the words.
  const m = / (20\d\d) /.exec(u.q.text);
  return m ? Number(m[1]) : undefined;
}

export function demoZoneId(dataset: Dataset): string {
  return dataset.projects.find((p) => p.kind === 'demonstration-zone')?.id ?? '';
}

/** "Do the MOUs of each meeting add up to the total?", "why don't the numbers match?": a running total, checked. */
function addsUpAsked(u: Understanding): Plan | undefined {
  const t = u.q.text;
  if (!/ (?:add|adds|added|adding) up | (?:sum|sums|summed|match|matches|tally|tallies|equal|equals) /.test(t))
    return undefined;
  if (!/ (?:totals?|reported|counts?|numbers?|figures?|\d+) /.test(t)) return undefined;
  const select = has(u, 'project') && !has(u, 'mou') ? 'projects' : has(u, 'mou') ? 'mous' : undefined;
  if (!select || mentionedOrgIds(u).length) return undefined;
  const meetings = meetingsOf(u).slice(0, 1);
  return {
    op: 'count',
    select,
    filter: meetings.length ? { meetings } : {},
    cumulative: true,
    before: false,
    addsUp: true,
  };
}

/** "Who is Eileen Yu?" (a writer of a source), "who wrote the ITS International article?" (a publisher's writer). */
function authorsAsked(u: Understanding, dataset: Dataset): Plan | undefined {
  if (u.mentions.some((m) => !['subject', 'initiative', 'meeting', 'number'].includes(m.type))) return undefined;
  const t = u.q.text;
  const byName = dataset.sources.filter((s) => {
    if (!s.author) return false;
    const parts = norm(s.author).split(' ');
    const last = parts[parts.length - 1] ?? '';
    return t.includes(` ${norm(s.author)} `) || (last.length >= 4 && / who /.test(t) && t.includes(` ${last} `));
  });
  const author = byName[0]?.author;
  if (author) return { op: 'authors', documents: byName.map((s) => s.id), name: author };
  if (!/ who (?:wrote|writes|authored|penned|reported|is the (?:author|writer|journalist|reporter)) /.test(t))
    return undefined;
  const byPublisher = dataset.sources.filter((s) => {
    const pub = norm(s.publisher.replace(/\(.*?\)/g, '')).replace(/^the /, '');
    return pub.length >= 4 && t.includes(` ${pub} `);
  });
  return byPublisher.length ? { op: 'authors', documents: byPublisher.map((s) => s.id) } : undefined;
}

// An unknown name in the place of the one who takes part: "is Huawei a partner?", "did Grab join?", "what MOUs has
// Xiaomi signed?" (the name right after the question's verb, before the words of taking part).
const TAKES_PART = [
  // (A Chinese question's unknown name stays in Chinese characters: "华为参加了吗" reads "did 华为 involved".)
  /^ (?:is|are|was|were|did|does|do|has|have|had) (?:the )?([a-z][a-z0-9&.-]+(?: [a-z][a-z0-9&.-]+){0,2}|\p{Script=Han}{2,12}) (?:(?:a|an|the|ever|also|really) )?(?:partner|partners|part of|involved|a member|member|participant|in the sci|in the initiative|sign|signed|ink|inked|join|joined|take part|took part|participate|participated|get|got|have|had|launch|launched|partnered)\b/u,
  / (?:has|have|does|did) (?:the )?([a-z][a-z0-9&.-]+(?: [a-z][a-z0-9&.-]+){0,2}) (?:sign|signed|ink|inked|join|joined|get|got|have|launch|launched|take part in|took part in)\b/,
  /^ is it true (?:that )?(?:the )?([a-z][a-z0-9&.-]+(?: [a-z][a-z0-9&.-]+){0,2}) (?:signed|inked|joined|took part|is a partner|is part of|is involved|was involved|participated)\b/,
];
const NEVER_A_NAME = new Set(
  (
    'anyone anybody someone somebody everyone everybody nobody people person they them he she him her it its this that ' +
    'there these those sci initiative jic singapore shenzhen china any every each all both either neither'
  ).split(' '),
);

/** "Is Huawei a partner?": a name no table knows (1–3 words, all left over), where the one taking part stands. */
function notNamedAsked(u: Understanding): Plan | undefined {
  const named = ['org', 'person', 'highlight', 'record', 'meeting', 'kind', 'country', 'group', 'topic', 'place'];
  if (u.mentions.some((m) => named.includes(m.type))) return undefined;
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  const rest = new Set(u.rest.split(' '));
  const words = TAKES_PART.map((re) => re.exec(u.q.text)?.[1])
    .find((x) => x !== undefined)
    ?.split(' ');
  if (
    !words?.length ||
    words.some(
      (w) =>
        !rest.has(w) ||
        NEVER_A_NAME.has(w) ||
        isStopWord(w) ||
        lex?.words.includes(w) ||
        Object.values(lex?.subjects ?? {}).some((re) => re.test(` ${w} `)),
    )
  )
    return undefined;
  // The name as typed ("ByteDance"), else in capitals at each word's start.
  const typed = new RegExp(`\\b${words.join('\\W+')}\\b`, 'i').exec(u.q.raw)?.[0];
  const name =
    typed && /[A-Z]/.test(typed) ? typed : words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return { op: 'notNamed', name };
}

// "With anyone", "with others": no second party named, so it asks whether it worked with any partner at all.
const ANYONE_ELSE =
  / with (?:anyone|anybody|someone|somebody|others?|other partners?|any partners?|any (?:other )?compan(?:y|ies)|partners) /;

/** The meetings' outcomes whose parties are these organisations ("3:1"). */
function orgOutcomes(dataset: Dataset, ids: readonly string[]): string[] {
  return dataset.meetings.flatMap((m) =>
    m.highlights.flatMap((h, i) => ((h.parties ?? []).some((p) => ids.includes(p)) ? [`${m.number}:${i}`] : [])),
  );
}

/** The records partners are asked through: MOUs, projects, or both at once ("in both an MOU and a project"). */
function viaOf(u: Understanding): { via?: 'mous' | 'projects' | 'both' } {
  if (has(u, 'mou') && has(u, 'project')) return / (?:or|either) /.test(u.q.text) ? {} : { via: 'both' };
  return { via: has(u, 'mou') ? 'mous' : 'projects' };
}

/** "Which MOUs became projects?", "is X's MOU also a project?": the kind named first, linked to the other on file. */
function linkedAsked(
  u: Understanding,
  select: Selection | undefined,
): { select: 'mous' | 'projects'; to: 'mous' | 'projects' } | undefined {
  if (select !== 'mous' && select !== 'projects') return undefined;
  const other = select === 'mous' ? 'project' : 'mou';
  const t = u.q.text;
  if (/ (?:no|not|without|never|none|lack|lacks) /.test(t)) return undefined;
  const re = new RegExp(
    ` (?:became|become|becomes|turned into|turn into|led to|lead to|also (?:a|an)|also (?:have|has|had|got)|(?:have|has|had|got|with) (?:a |an |any |their own )?(?:matching|related|linked|corresponding|twin)|(?:matching|related|linked|corresponding|twin)|linked to|tied to|related to) (?:a |an |any )?(?:joint )?${other}s? `,
  );
  const too = new RegExp(
    ` (?:a|an|also|one|both) (?:joint )?${other}s? (?:too|as well|also) | both (?:an? )?(?:mou|project) and (?:an? )?(?:joint )?${other} `,
  );
  return re.test(t) || too.test(t) ? { select, to: select === 'mous' ? 'projects' : 'mous' } : undefined;
}

/**
 * Two (or three) partners each named with the record kind ("the Keppel MOU and the CapitaLand MOU"), each with one
 * record of that kind on file, and no record joining them: those records, compared as records.
 */
function recordsCompared(u: Understanding, dataset: Dataset): Plan | undefined {
  const orgs = mentionedOrgIds(u);
  if (orgs.length < 2 || orgs.length > 3 || has(u, 'mou') === has(u, 'project')) return undefined;
  // Counts asked ("which signed more MOUs") stay counts.
  if (/ (?:more|fewer|less|most|how many|number of) /.test(u.q.text)) return undefined;
  const kind = has(u, 'mou') ? 'mou' : 'project';
  const pool = kind === 'mou' ? dataset.mous : dataset.projects.filter((p) => p.kind === 'joint-project');
  const parties = (r: (typeof pool)[number]) =>
    ('parties' in r ? r.parties : r.partners).flatMap((p) => ('org' in p ? dataset.lineage(p.org) : []));
  const each = orgs.map((g) => pool.filter((r) => g.some((id) => parties(r).includes(id))));
  if (each.some((rs) => rs.length !== 1)) return undefined;
  const ids = [...new Set(each.map((rs) => rs[0]?.id ?? ''))];
  return ids.length === orgs.length ? { op: 'records', kind, ids } : undefined;
}

const personRole = (name: string): Plan => ({ op: 'read', about: { type: 'person', name }, attribute: 'role' });

/** Whether the sources hold this person as a record (a meeting's people, the initiative's people). */
function isPersonRecord(dataset: Dataset, name: string): boolean {
  return (
    dataset.meetings.some((m) => m.people.some((r) => r.people.some((p) => p.name === name))) ||
    (dataset.initiative.people ?? []).some((p) => p.name === name)
  );
}

/** The passages that name someone with no person record (a quote's speaker): said as mentions, never a role guessed. */
function passagesNaming(dataset: Dataset, name: string): Plan {
  const words = norm(name)
    .split(' ')
    .filter((w) => w.length >= 3);
  const places = passingTexts(dataset)
    .filter((x) => x.text.includes(name))
    .map((x) => x.place);
  return places.length ? { op: 'mentioned', words, places } : { op: 'unsure', words: '' };
}

/**
 * "How many MOUs in Annex A?", "what's in annex b", "projects listed in the press release": Annex A lists the MOUs the
 * data files under its groups, Annex B the projects it numbers — the meeting they come from, found in the data.
 */
function annexAsked(
  u: Understanding,
  dataset: Dataset,
): { select: 'mous' | 'projects'; meeting: number; annex: string } | undefined {
  const t = u.q.text;
  const named = / annex (a|b) /.exec(t)?.[1];
  const kindAsked = has(u, 'project') && !has(u, 'mou') ? 'b' : has(u, 'mou') && !has(u, 'project') ? 'a' : undefined;
  const released =
    / (?:listed|named|in|on) (?:in )?the (?:mci |imda |mci and imda )?(?:press )?release | press release (?:list|lists|listed|name|names) /.test(
      t,
    );
  const letter = named ?? (released || / (?:annex|annexes|annexe) /.test(t) ? kindAsked : undefined);
  if (!letter) return undefined;
  const rec =
    letter === 'a'
      ? dataset.mous.find((m) => m.group)
      : dataset.projects.find((p) => p.number !== null && p.number !== undefined);
  const m = rec ? dataset.meeting(rec.meeting) : undefined;
  return m
    ? { select: letter === 'a' ? 'mous' : 'projects', meeting: m.number, annex: letter.toUpperCase() }
    : undefined;
}

// Words asking whether something has come about (set up, open, done, produced results), not whether it was agreed.
const PROGRESS =
  / (?:already|yet|so far|by now) | (?:is|are|was|were|has|have) (?:it |they |the [a-z ]+ )?(?:been )?(?:set up|open|opened|running|operational|up and running|in operation|done|finished|completed|built|launched|live|working)\b| (?:produce|produced|achieve|achieved|deliver|delivered|result|results|outcome|outcomes|come of|came of|progress) /;

const MONTH_NUMBER: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** A full date in the question ("18 jun 2020", "june 18 2020") as ISO, or undefined. */
function isoDateIn(text: string): string | undefined {
  const m =
    / (\d{1,2})(?:st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (20\d\d) /.exec(text) ??
    / (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (\d{1,2})(?:st|nd|rd|th)? (20\d\d) /.exec(text);
  if (!m) return undefined;
  const [day, mon, year] = /^\d/.test(m[1] ?? '') ? [m[1], m[2], m[3]] : [m[2], m[1], m[3]];
  const month = MONTH_NUMBER[mon ?? ''];
  if (!month || !day || !year) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(Number(day)).padStart(2, '0')}`;
}

/** "How many projects were added between the 3rd and the 4th JIC?" / "how many more after the 4th than after the 3rd?" */
function betweenAsked(u: Understanding, meetingNums: readonly number[]): Plan | undefined {
  if (meetingNums.length !== 2 || mentionedOrgIds(u).length || has(u, 'mou') === has(u, 'project')) return undefined;
  const t = u.q.text;
  const asked =
    (u.target === 'count' && / between /.test(t)) ||
    (/ how many more /.test(t) && / after /.test(t) && / than /.test(t));
  if (!asked || / (?:days|months|weeks|years|time|long) /.test(t)) return undefined;
  const [a, b] = [...meetingNums].sort((x, y) => x - y) as [number, number];
  const select = has(u, 'mou') ? 'mous' : 'projects';
  const after = Array.from({ length: b - a }, (_, i) => a + 1 + i);
  return { op: 'count', select, filter: { meetings: after }, cumulative: false, before: false, between: [a, b] };
}
