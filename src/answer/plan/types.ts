// The plan's shape (Plan, Filter, Selection, Subjectref, Attribute, Claim): the typed query step 2 writes and
// run.ts reads, kept apart so the planners and everything that reads a plan import only the types.
import type { RecordKind } from '../../dataset/index.js';
import type { OrderPlan } from '../pair.js';
import type { CounterpartsPlan } from '../counterparts.js';
import type { QuotesPlan } from '../quotes.js';
import type { EventPlan } from '../events.js';
import type { ZoneCheckPlan } from '../zonecheck.js';
import type { WordingPlan } from '../wording.js';
import type { ComparePlan } from '../compare.js';
import type { AttributePlan } from '../attribute.js';
import type { ChairsPlan } from '../chairs.js';
import type { AcrossPlan, IntervalPlan, MeetingsInPlan, PickMeetingPlan } from '../meetingfacts.js';
import type { TrendPlan } from '../trend.js';
import type { ZoneApartPlan } from '../zoneapart.js';
import type { RosterPlan } from '../roster.js';
import type { HoldersPlan } from '../holders.js';
import type { OwnerPlan } from '../owner.js';
import type { ClaimPlan } from '../claim/types.js';
import type { Bound } from '../countbound.js';

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
  /**
   * A record about ANY of the topics, not all of them: topics asked as one area or as alternatives ("projects in talent
   * and education", "MOUs on robotics or logistics"), never read as a record that must be about each.
   */
  anyTopic?: boolean;
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
   * is left out and said. Partners asked by a kind and a country with only one of them negated ("companies not from
   * China", "Singapore partners that are not universities"): 'country' or 'kind', the other kept as asked.
   */
  exclude?: boolean | 'kind' | 'country';
  /** Partners a negation takes away ("MOUs other than Keppel's", "universities besides PKU"): records naming none of
   * them (with their brand family and sub-units); partners other than them. */
  notOrgs?: string[][];
  /** Meetings a negation takes away ("projects not launched at the 4th JIC", "MOUs except the 4th JIC's"). */
  notMeetings?: number[];
  /** Annex A groups a negation takes away ("4th JIC MOUs not in the talent exchange group"). */
  notGroups?: string[];
  /**
   * Partners from none of these countries ("neither from Singapore nor China", "other than Singapore and China"): one
   * whose country the sources leave unclear is never counted as from elsewhere (it is said apart).
   */
  notCountries?: string[];
  /**
   * The kind or country asked of EVERY party ("an MOU between two Singapore companies", "projects whose partners are
   * all Chinese"): records naming two or more parties, all of them that kind or country. A record that leaves a
   * party unnamed, or names one whose country is unclear, can't be told (left out and said).
   */
  everyParty?: boolean;
  /**
   * A constraint on the OTHER side of a partner's records ("Singapore companies that signed with Qianhai firms",
   * "companies that partnered with universities"): partners named in a record beside a party of that kind, country
   * or place. The kind, country and place outside it are the partners' own.
   */
  counterpart?: { kind?: string; country?: string; named?: string };
  /** At least this many named parties of the kind or country asked ("MOUs signed by two universities"). */
  atLeast?: number;
  /** Exactly this many parties, named or described ("projects with exactly two partners", "only one partner"). */
  partyCount?: number;
  /** Words beside the topics that only a meeting's outcome holds ("agriculture" robots): that outcome said too. */
  topicsAlso?: string[];
  /** Meetings that reported this many new records ("which JIC launched 14 projects"). */
  reported?: {
    select: 'mous' | 'projects';
    value: number;
    /** The value is this factor of that meeting's own count ("double the MOUs of the 2nd"): it is left out, and said. */
    of?: { meeting: number; factor: number };
  };
}

/** Something a question is about, for reading one attribute. */
export type Subjectref =
  | { type: 'org'; ids: string[] }
  /** Several organisations together; `meetings`: only what joins them at those meetings. */
  | {
      type: 'orgs';
      groups: string[][];
      meetings?: number[];
      /** "Did X sign an MOU with Y?", "is there a project between X and Y?": only records of that kind join them. */
      only?: 'mous' | 'projects';
    }
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
  /** `naming`: only the documents that name one thing ("which release mentions TusStar"), as it is said. */
  | { op: 'sources'; naming?: { words: string; ids: string[] } }
  /**
   * "Who is Adam Hill?", "who wrote the Business Times piece?": the documents by that author or publisher, with
   * who wrote each (the sources say nothing more of their writers).
   */
  /** `ask`: asked when a named publication's piece came out, or its title ("when was the ITS International article
   * published?") — else who wrote it. */
  | { op: 'authors'; documents: string[]; name?: string; ask?: 'when' | 'title' | 'where' | 'what' }
  /** "Does the TechEdt piece name Qin Weizhong?": whether those documents name these people (named-in.ts). */
  | { op: 'namedIn'; documents: string[]; people: string[] }
  /**
   * "Is Huawei a partner?", "did Alibaba sign anything?": a name nothing in the sources holds, asked about taking
   * part. No record on file names it; the sources report more records than they name, so never "it did not".
   */
  | {
      op: 'notNamed';
      name: string;
      /** A person named with a title ("Mayor Wang"): the people the sources name beside, and the year asked. */
      person?: { beside: string[]; year?: number };
      /** A name sharing one part with a person the sources name ("Wang Weizhong"): that person. */
      like?: string;
    }
  /**
   * "What happened on 14 Dec 2022?": a full date on which the sources report no meeting and no event — said so, with
   * the meetings they report that year (never the year's meeting as if it were held that day).
   */
  | { op: 'noneOnDay'; iso: string }
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
      /** Asked whether the per-meeting counts add up to the total: 'yesno' when asked as a yes/no (a Yes/No leads). */
      addsUp?: boolean | 'yesno';
      /**
       * "How many were added between the 3rd and the 4th JIC?", "how many more after the 4th than after the 3rd?":
       * what came after the first up to the second — the running totals' difference where both are reported, else
       * the counts of the meetings after the first (never the two meetings added up).
       */
      between?: [number, number];
    }
  | {
      op: 'list';
      select: Selection;
      filter: Filter;
      /** Every meeting listed with these of its attributes ("list each JIC meeting with its date and place"). */
      show?: Array<'date' | 'place'>;
      /** Each record with what it covers (an MOU's name gives only its parties): "what are their MOUs about". */
      describe?: boolean;
    }
  | { op: 'read'; about: Subjectref; attribute: Attribute }
  /** A meeting's projects of one tier (the 3rd JIC's 7 flagship and 7 key): the count reported, those named. */
  /** `compared`: both tiers asked against each other ("more flagship or key projects?"): each tier's count. */
  | { op: 'tier'; tier: 'flagship' | 'key'; meetings: number[]; compared?: boolean }
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
  /** A partner two or three named partners share (counterparts.ts). */
  | CounterpartsPlan
  /** The Chinese names the sources give for what the question names. */
  | { op: 'names'; about: Subjectref }
  /** What someone said: quotes on file, narrowed by meeting, year, speaker, side or publisher; or a claim checked. */
  | QuotesPlan
  /** A dated event outside the meetings (events.ts): where, when or what. */
  | EventPlan
  | ZoneCheckPlan
  | WordingPlan
  /** A yes/no read whole into one claim (subject, predicate, objects, qualifiers) and checked by its predicate's verifier. */
  | ClaimPlan
  /**
   * `also`: the question's own words beyond its claim ("did QuikBot and Guardforce agree to build drones?": build,
   * drones) — a Yes only where the records behind it say each of them.
   */
  | {
      op: 'check';
      claim: Claim;
      plan: Plan;
      also?: string[];
      /** Asked as done ("did … expand", "have … launched"): never a Yes on an outcome that states it only as to come. */
      done?: boolean;
    }
  | ComparePlan
  /** One attribute of one thing: a partner's country or kind, who runs a named outcome, a size never given (attribute.ts). */
  | AttributePlan
  /** Co-chairs across meetings: who co-chaired the most, all of them, a side's change between two (chairs.ts). */
  | ChairsPlan
  /** The first or last meeting held in a place or a way; the time between two meetings (meetingfacts.ts). */
  | PickMeetingPlan
  | IntervalPlan
  | MeetingsInPlan
  /** The zone's projects and signings against a meeting's MOUs and joint projects (zoneapart.ts). */
  | ZoneApartPlan
  /** A person's or a role's part at one meeting, checked part by part (roster.ts). */
  | RosterPlan
  /** A post held by several people one after another, each with the meetings that name them (holders.ts). */
  | HoldersPlan
  /** Whose a named outcome is, where its text names the owner (owner.ts). */
  | OwnerPlan
  | AcrossPlan
  /** Trends and ratios across meetings' counts and running totals (trend.ts). */
  | TrendPlan
  | {
      op: 'rank';
      select: 'mous' | 'projects';
      /** `record`: each MOU or project by how many parties it names ("which project has the most partners?"). */
      /** `kind`: partners on file by their kind ("the most common type of partner"); `meetingPartners`: each meeting's
       * partners named in its records on file ("which meeting had the most partners"). */
      by: 'meeting' | 'year' | 'partner' | 'group' | 'country' | 'record' | 'kind' | 'meetingPartners';
      order: 'most' | 'fewest';
      filter: Filter;
      /** Asked for a pillar's MOUs ("digital connectivity agreements"): the sources sort by Annex A group instead. */
      pillar?: string;
      /** "Compare the MOUs of each year", "rank the meetings": every row, not only the top. */
      all?: boolean;
      /** A breakdown, not a ranking ("MOUs per year"): every row in time order; `average`: "avg projects per meeting". */
      inTime?: boolean;
      average?: boolean;
      /** Partners by their records of both kinds ("who is in the most records", "the most active partner"). */
      records?: boolean;
      /** `by: 'group'`: only these Annex A groups, set side by side ("the talent exchange group vs the AI group"). */
      groups?: string[];
      /** `by: 'group'`: the groups themselves asked ("how many groups does Annex A have", "its headings"), in order. */
      headings?: boolean;
      /** `by: 'meeting'`: only the meetings up to this one ("per-meeting MOUs up to the 3rd"), against its total. */
      upTo?: number;
      /** `by: 'partner'`: only the partners in this many records ("which company signed three MOUs"); `kind` as asked. */
      tally?: { n: number; atLeast: boolean; kind?: string };
    };

/** What a yes/no question claims, checked against the result of its plan. */
export type Claim =
  /** `every`: asked of every partner of a sort in the records asked ("did each of the 4th JIC universities sign an
   * MOU?"): those the count finds against all of that sort there, a number claimed. */
  | { type: 'some'; every?: boolean }
  /** `each`: asked of every meeting named ("did the 3rd and 4th JIC each launch 14?"), never of their sum. */
  /** `bound`: the number as claimed, "over 20", "at least 8", "about 30" (countbound.ts), never the bare number. */
  /** `other`: a second number claimed of the other kind at once ("43 projects and 29 MOUs?"): both must hold. */
  | { type: 'number'; value: number; each?: boolean; bound?: Bound; other?: number }
  | { type: 'year'; value: number }
  | { type: 'place'; words: string }
  /** `partners`: how many partner organisations are named where a person is claimed ("did Keppel co-chair the 4th JIC?"). */
  | { type: 'person'; name: string; partners?: number }
  | { type: 'group'; id: string }
  /** `city`: a Chinese city asked of a partner ("a Shenzhen firm"): the sources give countries, so only its name can place it. */
  | { type: 'kind'; label: string; country?: string; city?: string }
  /** `free`: words no table knows ("food"): matched in the records' text, and never denied when absent. */
  /** `kind`: only the partner's records of that kind ("did X join the combat sports project?": its projects). */
  /** `ordinal`: "its first office in China": the ordinal claimed, against the one the records' words give. */
  | { type: 'topic'; topics: string[]; free?: boolean; kind?: 'mou' | 'project'; ordinal?: string }
  | { type: 'together' }
  /**
   * "Was Keppel the first to sign?": an order of signing claimed. The sources never say in what order MOUs were signed
   * (only at which meeting): never a Yes or No, what they do say.
   */
  | { type: 'order' }
  /**
   * "Is the CapitaLand fund set up yet?", "did the EE Music MOU produce anything?": whether something came about.
   * The sources state aims and intentions, never progress: never a Yes (the record says what it will do).
   */
  | { type: 'progress' }
  /** "Is sustainability one of the pillars?": words checked against the SCI's pillars (none: "the same pillars?"). */
  | { type: 'pillar'; words: string[]; parts?: string[][]; changed?: boolean; count?: number }
  /** "Was the 1st JIC on 18 Jun 2020?": a full date, checked against the meeting's date (and its disagreement). */
  | { type: 'date'; iso: string }
  /**
   * "Was OneSME launched in 2021?", "…on the day of the 3rd meeting?": a date claimed of an act a named outcome's own
   * text dates (`act`, the question's verb: "launched in Sept 2020"); as precise as the question (year, month, day).
   */
  | { type: 'dated'; act: string; year: number; month?: number; day?: number }
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
   * "Is Qin Weizhong from Singapore?", "is Joseph Leong Chinese?": a country claimed of a person — the side their roles
   * serve (the sources give no one's nationality).
   */
  | { type: 'side'; country: string }
  /**
   * "Does the TradeTrust pilot involve electronic bills of lading?": a named outcome's own text must say
   * each word (or a form of it, `variants`); `by`: "run by X" also needs the text's "by X" (any of these names).
   */
  | {
      type: 'words';
      words: string[];
      variants: Record<string, string[]>;
      by?: string[];
      /** "Is TradeTrust run by IMDA?": the text calls it the body's own ("IMDA's TradeTrust pilot") — so it says who runs it. */
      owned?: boolean;
      /** Numbers the question claims ("200 buyers"): the text must state each, as a number. */
      numbers?: string[];
      /** A claim of where it is ("in Singapore"): the outcome texts do not locate outcomes, so never confirmed. */
      located?: boolean;
      /** "Did MUFG plan a pilot?": an intention claimed — the subject's own clause must state one ("to launch", "will"). */
      planned?: boolean;
      /** "Its first office": the ordinal claimed, against the one the text gives. */
      ordinal?: string;
      /** "10 companies in each batch": the number claimed of every numbered part the text gives. */
      everyPart?: boolean;
    };
