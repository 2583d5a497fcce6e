/**
 * The words the pipeline understands, as data, keyed by language. Everything a question can name
 * from the records (organisations, people, meetings, topics, groups, highlights) comes from the
 * Dataset; this table holds only the words of the language itself: what a question asks (its
 * target), the kinds of thing it counts, the cues for constraints, and the filler to ignore.
 *
 * Patterns run on the normal form of the question (lower case, punctuation as spaces, padded with a
 * space each side; see question.ts). A language adds its own table; `understand` runs every table
 * (why: a mixed question, "多少 MOUs", should still be read), so a new language needs no new code.
 */
import { SMALL_NUMBER_WORDS } from '../text/number-words.js';
import { TITLE_WORD } from './titles.js';

/** What a question asks for. */
export type Target = 'count' | 'list' | 'who' | 'what' | 'when' | 'where' | 'yesno' | 'compare' | 'most' | 'quote';

/** The kinds of record a question can count or list. */
export type Subject = 'mou' | 'project' | 'meeting' | 'partner' | 'pillar' | 'demozone' | 'company';

export interface Lexicon {
  /** Cues for each target, strongest first; the first target whose cue matches wins, in TARGET_ORDER. */
  targets: Readonly<Record<Target, readonly RegExp[]>>;
  /** Words that name a kind of record. */
  subjects: Readonly<Record<Subject, RegExp>>;
  /** Words that name a kind of organisation: the words map to a test on the data's `kind` field. */
  orgKinds: ReadonlyArray<{ pattern: RegExp; kind: RegExp; label: string }>;
  /** Words that name a side: a country as the data spells it. */
  countries: ReadonlyArray<{ pattern: RegExp; country: string }>;
  /**
   * Cities and regions a question may place partners in ("companies from Shanghai"). The sources give no partner's
   * city, so a place picks the partners whose own names state it, and says so. (Names of places, not SCI facts.)
   */
  places?: readonly string[];
  /** Countries no record's partner is from: a filter that finds none, said as such. */
  otherCountries?: ReadonlyArray<{ pattern: RegExp; country: string }>;
  /** Ordinal and number words. */
  numbers: Readonly<Record<string, number>>;
  /** Cues that a count asks for the running total reported at a meeting, not that meeting's new ones. */
  cumulative: RegExp;
  /** "before the 4th": the total reported at the meeting before. */
  before: RegExp;
  /** Cues of a question about signing (who signed, did X sign). */
  signing: RegExp;
  /** Cues of a question about chairing. */
  chairing: RegExp;
  /** Cues for "the one announced / published" (a release date, not a meeting date). */
  announced: RegExp;
  /** Cues for the latest/earliest meeting. */
  latest: RegExp;
  earliest: RegExp;
  /** The next meeting: never in the sources. */
  next: RegExp;
  /** Least / fewest (vs most). */
  fewest: RegExp;
  /** Attributes the sources never give for anything (money, staff, leaders, addresses…). */
  missing: ReadonlyArray<{ pattern: RegExp; attribute: string }>;
  /** The initiative itself, named. */
  initiative: RegExp;
  /** Words that say how the question is asked, not what it names (removed before fuzzy lookup). */
  filler: RegExp;
  /** Words that ask for help rather than a fact. */
  help: RegExp;
  /** "Where does the data come from?": the documents the answers rest on. */
  sources?: RegExp;
  /** The question asks about the bot itself (its prompt, token, instructions): nothing the sources hold. */
  self?: RegExp;
  /**
   * Words that continue an earlier question ("and in 2023?", "what about Keppel?"). Each question is read on its
   * own, so when nothing after them asks anything, there is nothing to go on.
   */
  followUp?: RegExp;
  /** Words that ask something: what a follow-up needs after its opening words to be a question of its own. */
  asks?: RegExp;
  /** How a meeting was held, asked about: by video (online, virtually, remotely) or in person (face to face). */
  modes?: { video: RegExp; inPerson: RegExp };
  /** Yes and no, as the answer starts. */
  yes: string;
  no: string;
  /** The language's own words a typo is corrected towards (the Dataset adds its names). */
  words: readonly string[];
  /** Words of a title, written capitalised before a name ("Deputy Prime Minister"): never a name themselves. */
  titles?: RegExp;
  /** Words a yes/no question asks with, not about ("does X involve Y?"): never part of the claim checked. */
  claimFiller?: RegExp;
  /** Other forms a claim's word takes in the records' text ("run" → "managed"), as word beginnings. */
  variants?: Readonly<Record<string, readonly string[]>>;
  /** "What does JIC stand for?" */
  expansion: RegExp;
  /**
   * Extra ways this language names a meeting by number, tried before the built-in English ones;
   * group 1 is the number as written (digits, or a word in `numbers`), e.g. /第(\S)次会议/ for Chinese.
   */
  meetingPatterns?: readonly RegExp[];
}

export const TARGET_ORDER: readonly Target[] = [
  'quote',
  'compare',
  'most',
  'count',
  'when',
  'where',
  'yesno',
  'who',
  'list',
  'what',
];

const en: Lexicon = {
  targets: {
    quote: [
      / (?:say|said|says|saying|sya|siad|sayd|quotes?|quoted|speech|remarks?|statements?|comments?|commented|stated) /,
      / (?:what|which) words /,
      / words (?:at|in|on|from|about|during) | (?:exact|own) words /,
      / messages? /,
      // "What did the DPM call the SCI?", "how did Heng describe it?": what someone called it is what they said.
      // (Never the Joint Innovation Call's own name: "what does the joint innovation call fund".)
      / (?:what|how) (?:did|does|do|has|have|had) (?:[a-z]+ ){1,5}(?:(?:call|calls|called) (?:the|it|this|that|them|its|their|singapore|shenzhen|sci|initiative|cooperation|partnership|collaboration|relationship)|describe|described|characterise|characterize|characterised|characterized|label|labelled|labeled) /,
    ],
    compare: [
      / (?:more|fewer|less|bigger|larger|smaller) [a-z0-9 ]*than /,
      / more [a-z ]* or /,
      / (?:compare|compair|comapre|comparison|comparing) /,
      / (?:more|fewer) (?:mous|projects|new projects)[a-z ]* (?:or|vs|versus) /,
      / which had more /,
      / or [a-z0-9 ]*(?:more|fewer|less) (?:mous|projects|new projects) /,
      / how many (?:more|fewer|less) /,
      / vs | versus /,
      / (?:bigger|larger|smaller) (?:[a-z0-9]+ ){0,4}(?:than|or) | or (?:[a-z0-9]+ ){1,5}(?:bigger|larger|smaller) /,
      / (?:difference|differences) between | difference (?:in|of) (?:the )?(?:number of )?(?:new )?(?:mous|projects|agreements) (?:between|from) /,
      / (?:different|differs?) (?:from|to|than) | how (?:do|does|did) [a-z0-9 ]+ differ /,
      / (?:more|fewer) or /,
      / compared (?:with|to) /,
      // "The gap between MOUs and projects", "MOUs against projects at the 2nd": one count set against the other.
      / (?:gap|gaps) between | (?:mous|projects|agreements) (?:against|relative to) (?:the )?(?:new |joint )?(?:mous|projects|agreements) /,
      / as many (?:[a-z]+ ){0,3}as | same (?:number|amount|count) /,
      / (?:greater|higher|lower) (?:[a-z0-9]+ ){0,5}than /,
      /^ rank | rank (?:the )?(?:meetings|years|jic) /,
      / (?:change|changed|grow|grew|increase|increased|decrease|decreased|rise|rose|drop|dropped|fall|fell) (?:[a-z0-9]+ ){0,3}(?:from|between) /,
      // ("Across all the meetings", "over all four meetings": a total asked, the cumulative cue's — never each meeting.)
      / (?:each|every|per) (?:year|meeting|jic) | (?<!(?:across|over|in) )all the (?:years|meetings) | (?:across|over) the (?:years|meetings) /,
      / (?:mous?|projects?) (?:[a-z]+ )?(?:breakdown|broken down|split|by year|by meeting|by jic) | (?:breakdown|split) of (?:the )?(?:mous?|projects?) /,
      / which (?:[a-z0-9]+ ){0,4}(?:more|fewer) /,
      / than [a-z0-9 ]*(?:more|fewer|less) $/,
      // ("Did the 3rd or the 4th JIC sign more?": two sides, then "more" with no unit.)
      / or (?:[a-z0-9]+ ){1,5}(?:more|fewer|less) $/,
      / (?:which|what) (?:side|country) (?:has|had|have|signed|got|brought) (?:more|fewer|less) /,
    ],
    most: [
      / (?:the )?(?:most|fewest|least|biggest|largest|smallest|earliest|first ever|busiest|quietest|slowest) /,
      / (?:the )?(?:most recent|latest|last|newest) (?:jic )?(?:meeting|jic)\b/,
      / which meeting was the (?:earliest|first|last|latest) /,
    ],
    count: [
      / how many /,
      / (?:number|no|count|total|tally) of /,
      / how big /,
      / total number /,
      / how much /,
      / (?:what|whats) (?:is|was|were|are) the totals? /,
      / totals? (?:after|by|so far|to date) /,
      /^ (?:total|tally|count) (?:of )?(?:new )?(?:mous|projects|joint projects) /,
      // "Cumulative projects by the 3rd meeting", "running total of MOUs at the 4th": a count asked, not a list.
      / (?:cumulative|running total(?: of)?) (?:number of )?(?:new )?(?:mous|projects|joint projects|agreements) /,
      / (?:mou|mous|project|projects) (?:count|tally|total) /,
      // "Projects to date after the 3rd JIC?", "MOUs so far?": the records and a running total's words alone, a count.
      /^ (?:(?:the|all|total|new|joint) )*(?:mous|projects|agreements) (?:signed |launched )?(?:to date|so far|in total|altogether|(?:across|over|in) all (?:the )?(?:[a-z0-9]+ )?(?:meetings|jics)) /,
    ],
    when: [
      / (?:when|whens) /,
      / what (?:date|day|year|month) /,
      / (?:date|year) $/,
      / what time /,
      / (?:what|which) hour /,
      / since when /,
      // "what's the date of the 4th meeting": the date asked, not the meeting described.
      / (?:what|whats|what is|what was|give me|tell me) the (?:date|day|year) (?:of|for) /,
      // "Date of the first JIC meeting?", "dates of the 3rd and 4th": the date asked, said as a noun.
      /^ (?:the |exact |exact date |their )?(?:dates?|days?) (?:of|for) /,
    ],
    where: [
      / (?:where|wheres) /,
      / (?:venue|location|located|which (?:city|district|place)|what (?:city|district|place)) /,
    ],
    yesno: [
      /^ (?:did|does|do|is|isnt|was|wasnt|were|are|arent|has|have|had|can|will|would|should) /,
      / right $/,
      / is it true /,
      / true that /,
      // "4th jic held in shenzhen, yes or no?"; "the SUSS project — is it in Shenzhen?": a claim put after its subject
      // (no question word before it asks anything else).
      / (?:yes or no|true or false|yes no) /,
      // "By the 3rd meeting, had 21 MOUs been signed?": a meeting put first (read as "meetingref"), then the question.
      /^ (?:(?:at|in|on|by|during|as of|up to|until|through)(?: the)? )?meetingref (?:did|does|do|is|was|were|are|has|have|had) /,
      // "So 43 projects and 29 MOUs in total now?": a figure put as a claim to confirm.
      /^ (?:ok |okay |and )?so \d/,
      // ("…, don't they?": a tag question, read "do not they".)
      /^(?!.* (?:what|whats|which|how|why|who|whom|whose|where|when|whens|wheres) ).* (?:is|was|are|were|does|did|do|has|have|had) (?:not )?(?:it|they|this|that|he|she) /,
    ],
    who: [
      / (?:who|whom|whose|whos) /,
      / with whom /,
      // "Which person signed it?", "what official led it?": a person asked, as "who" asks one.
      // ("Which Chinese government official co-chaired it?": a person still, whatever describes them.)
      / (?:which|what) (?:[a-z]+ ){0,2}(?:persons?|people|individuals?|officials?|executives?|officers?|signatory person) /,
    ],
    list: [
      // ("what are the 14 projects from 2022": a count before the kind is part of the list's name.)
      / (?:which|list|show|name|what|tell me) (?:[a-z0-9]+ ){0,3}(?:projects|mous|partners|companies|universities|meetings|institutes|bodies|firms|organisations|organizations|outcomes|groups|pillars|parties|members) /,
      / names? of (?:the |all )?(?:[a-z0-9]+ ){0,3}(?:projects|mous|partners|companies|universities|institutes|firms|parties) /,
      / (?:list|show) /,
      // "Name one MOU from the 3rd JIC", "give me a project from 2022": one of the records asked for, as a list.
      /^ (?:name|list|give me|tell me|show me) (?:one|a|an|any|some|two|three|a few) (?:mou|project|partner|agreement|company|university)s? /,
      / (?:name|list|give) (?:every|each|all) /,
      / (?:give|show|send|get) (?:me |us )?(?:all |every |each )?(?:the )?(?:[a-z0-9]+ ){0,2}(?:projects|mous|partners|companies|universities|meetings) /,
      // ("XNode companies in total?", "OneSME partners in all": a sum of what an outcome counts, never a list.)
      /^ (?:partners|companies|universities|institutes|organisations|organizations) (?:at|from|in|of|with) /,
      /^ [a-z]+ (?:partners|companies|universities|institutes|organisations|organizations) (?:at|from|in(?! total | all )|of|with) /,
      / (?:projects|mous) (?:about|on|in|with|involving|for) /,
      / which /,
    ],
    what: [/ (?:what|whats|tell|describe|explain|about|details) /],
  },
  subjects: {
    mou: / (?:mou|mous|agreements?|memorand\w*) /,
    project: / (?:projects?|ventures?|collaborations?|initiatives) /,
    meeting: / (?:jic|jics|meetings?|mtgs?) /,
    partner:
      / (?:partners?|parties|party|signatories|signatory|members|participants|take part|took part|taking part|involved|organisations?|organizations?|orgs|entities) /,
    pillar: / (?:pillars?|focus areas?|core areas?) /,
    demozone: / demozone /,
    company: / (?:companies|company|firms?|businesses) /,
  },
  orgKinds: [
    { pattern: / (?:universities|university|colleges?) /, kind: /universit/, label: 'universities' },
    {
      pattern: / (?:research institutes?|institutes?|research centres?|research centers?|labs?|laboratories) /,
      kind: /institut|laborator/,
      label: 'research institutes',
    },
    {
      pattern:
        / (?:government bodies|government body|government agencies|agencies|ministries|ministry|authorities|bureaus?|governments?) /,
      kind: /government/,
      label: 'government bodies',
    },
    { pattern: / (?:law firms?|legal firms?|lawyers) /, kind: /law/, label: 'law firms' },
    { pattern: / (?:incubators?) /, kind: /incubator/, label: 'incubators' },
    {
      pattern: / (?:companies|company|firms|firm|businesses|business|enterprises) /,
      kind: /company/,
      label: 'companies',
    },
  ],
  countries: [
    {
      pattern:
        / (?:chinese|from china|in china|outside (?:of )?china|china based|china side|shenzhen side|from shenzhen|shenzhen based|mainland) /,
      country: 'China',
    },
    {
      pattern:
        / (?:singaporean|from singapore|outside (?:of )?singapore|singapore based|singapore side|local singapore) /,
      country: 'Singapore',
    },
    {
      pattern:
        / (?:singapore|sg) (?:[a-z]+ )?(?:universities|university|companies|company|firms|firm|partners|partner|parties|party|signatories|signatory|signers?|organisations|organizations|institutes|bodies|agencies|side) /,
      country: 'Singapore',
    },
    {
      pattern:
        / (?:china|shenzhen) (?:[a-z]+ )?(?:universities|university|companies|company|firms|firm|partners|partner|parties|party|signatories|signatory|signers?|organisations|organizations|institutes|bodies|agencies|side) /,
      country: 'China',
    },
  ],
  // Countries no partner on file is from, so "Malaysian partners" is a filter that finds none (never "not sure").
  otherCountries: [
    { pattern: / (?:malaysia|malaysian|malaysians) /, country: 'Malaysia' },
    { pattern: / (?:japan|japanese) /, country: 'Japan' },
    { pattern: / (?:korea|korean|koreans|south korea) /, country: 'Korea' },
    { pattern: / (?:india|indian|indians) /, country: 'India' },
    { pattern: / (?:indonesia|indonesian) /, country: 'Indonesia' },
    { pattern: / (?:thailand|thai) /, country: 'Thailand' },
    { pattern: / (?:vietnam|vietnamese) /, country: 'Vietnam' },
    { pattern: / (?:philippines|filipino|philippine) /, country: 'the Philippines' },
    { pattern: / (?:australia|australian) /, country: 'Australia' },
    { pattern: / (?:america|american|americans|usa|united states) /, country: 'the United States' },
    {
      pattern: / us (?:companies|company|firms|firm|partners|partner|universities|university|based) /,
      country: 'the United States',
    },
    { pattern: / (?:britain|united kingdom|england) /, country: 'the United Kingdom' },
    {
      pattern:
        / (?:british|uk|english) (?:companies|company|firms|firm|partners|partner|universities|university|organisations|organizations|institutes) /,
      country: 'the United Kingdom',
    },
    { pattern: / (?:germany|german) /, country: 'Germany' },
    { pattern: / (?:france|french) /, country: 'France' },
    { pattern: / (?:europe|european) /, country: 'Europe' },
  ],
  places: [
    'qianhai',
    'shenzhen',
    'shanghai',
    'beijing',
    'guangdong',
    'guangzhou',
    'hong kong',
    'chongqing',
    'hangzhou',
    'tianjin',
    'wuhan',
    'nanjing',
    'xiamen',
    'suzhou',
    'dongguan',
    'macau',
    'macao',
  ],
  numbers: {
    first: 1,
    second: 2,
    third: 3,
    thrid: 3,
    fourth: 4,
    forth: 4,
    fifth: 5,
    sixth: 6,
    ...SMALL_NUMBER_WORDS,
  },
  cumulative:
    / (?:(?:across|over|in) all (?:the )?(?:(?:four|4|of the|of) )?(?:jic )?(?:meetings|jics)|in total|total|totals|running total|so far|to date|altogether|overall|cumulative|by the end of|by the|by end|by late|by early|by mid|by 20\d\d|as of|as at|up to|after the|after|had been|have been initiated in total) /,
  before: / (?:before|prior to|ahead of) /,
  signing: / (?:sign|signed|signs|signing|signatories|signatory|agree|agreed|ink|inked) /,
  chairing:
    / (?:chair|chaired|chairs|chairing|cochair|cochaired|cochairs|cochairing|led|lead|leads|headed|hosted|presided) /,
  announced: / (?:announced|announcement|press release|published|release) /,
  latest: / (?:latest|last|most recent|newest|recent) /,
  earliest: / (?:earliest|first ever|oldest) /,
  next: / (?:next|upcoming|future|5th|fifth|coming) /,
  fewest: / (?:fewest|least|smallest|lowest|quietest|slowest) /,
  missing: [
    {
      pattern: / (?:ceo|chief executive|chairman|president|director|boss|founder|founded by|who founded|owner|owns) /,
      attribute: 'its leaders or founders',
    },
    {
      pattern:
        / who (?:runs|ran|heads|headed|leads|led|manages|managed|oversees|oversaw|controls|controlled) | who (?:is|are|was|were) (?:in charge of|(?:the )?(?:head|leader|chief|manager) of|heading|leading|running|managing) | (?:in charge of|head of|leader of) /,
      attribute: 'who runs it',
    },
    // A size or standing claimed of a partner ("is Fooyo a big company?", "is NCS a major player?"): the sources give
    // kinds, never sizes, so never a "Yes" because it is a company.
    {
      pattern:
        / (?:is|was|are|were|not) (?:[a-z]+ ){0,6}(?:a |an )(?:very |really |pretty |quite |rather |fairly )?(?:big|large|huge|small|tiny|major|giant|massive|big name|multinational) (?:[a-z]+ )?(?:company|firm|organisation|organization|partner|player|university|institute|business|corporation|enterprise|startup|bank|group|one) /,
      attribute: 'its size',
    },
    {
      pattern:
        / (?:is|was|are|were|not) (?:[a-z]+ ){0,6}(?:a |an )(?:very |really |pretty |quite |rather |fairly )?(?:leading|famous|well known|prominent|successful|rich|wealthy|profitable|powerful|reputable|top) (?:[a-z]+ )?(?:company|firm|organisation|organization|partner|player|university|institute|business|corporation|enterprise|startup|bank|group|one) /,
      attribute: 'measure of success or importance',
    },
    {
      pattern:
        // ("Does the QuikBot MOU aim to reduce costs?" asks what it is for, never a money figure; a batch's or a
        // network's size is how many it holds: "GIA first batch size?")
        / (?:worth|(?<!(?:reduce|reduces|reduced|reducing|lower|lowers|lowering|cut|cuts|cutting|save|saves|saving|decrease|decreases|decreasing|minimise|minimize|minimising|minimizing|down)) costs?|budget|value|valued|valuation|price|stock|market cap|(?<!(?:batch|batches|cohort|network|group|team|delegation) )size|revenue|(?:the|its|their|what|any|total) funding|funding (?:for|of|amount|size|level|behind)|revenues|turnover|profit|how much funding|invest|invested|investment amount|how much money|how much is|how much did(?! (?:the )?(?:[a-z]+ ){0,5}(?:grow|rise|increase|go up|jump|climb|change|fall|drop|decrease|shrink))|how much does) /,
      attribute: 'money or value',
    },
    { pattern: / (?:employees|staff|headcount|people work|workers|jobs|employment) /, attribute: 'staff or jobs' },
    // A superlative of something no record measures ("the biggest project", "the most successful MOU").
    {
      pattern:
        / (?:biggest|largest|smallest|most expensive|cheapest|most valuable|least valuable|best funded|richest) (?:[a-z]+ )?(?:projects?|mous?|agreements?|deals?|partners?|compan(?:y|ies)|ventures?) | (?:projects?|mous?|partners?|compan(?:y|ies)) (?:is|was|are|were) (?:the )?(?:biggest|largest|richest|most expensive|most valuable) /,
      attribute: 'size or value of any record',
    },
    {
      pattern:
        / (?:most|least) (?:successful|important|impactful|effective|influential|promising|popular|innovative) | (?:best|worst|top) (?:[a-z]+ )?(?:projects?|mous?|agreements?|partners?|ventures?) /,
      attribute: 'measure of success or importance',
    },
    {
      // (The noun: "what's its address?" — never the verb, "does the project address global logistics?".)
      pattern:
        / (?:(?:the|its|their|an|s|email|e mail|office|postal|street|mailing|physical|web) address|address (?:of|for)|headquarters|headquartered|hq|website|web site|phone|email|contact) | address $/,
      attribute: 'its address or contact',
    },
    // Where a partner is (plan.ts keeps this for partners only: meetings and the zone have places on file).
    {
      pattern:
        /^ where (?:is|are|was) .+ (?:based|located|situated) $| (?:which|what) (?:city|town|district|part of [a-z]+) (?:is|are)/,
      attribute: 'where it is based',
    },
    {
      pattern:
        / (?:how long|duration|finish|end date|expire|expires|deadline|complete|completed by)|^ when (?:does|will|did|do) [a-z ]+ (?:end|finish|conclude|wrap up|be done|be completed) /,
      attribute: 'how long it runs',
    },
    // "How many people study at the Success Academy?", "how many users does OneSME have?": people a thing serves.
    {
      pattern:
        / (?:how many|number of) (?:students|learners|trainees|pupils|users|customers|clients|subscribers|visitors|members|residents|tenants|patients) | how many (?:people|persons) (?:study|studied|studying|learn|train|trained|use|used|using|live|lives|visit|visited|work|works|worked|benefit|benefited|enrol|enroll|enrolled) /,
      attribute: 'how many people it serves',
    },
    {
      pattern:
        / (?:how many (?:people|persons|attendees|delegates|guests|officials)|attendance|number of (?:attendees|delegates)) /,
      attribute: 'attendance',
    },
    // "What time of day did the 4th JIC start?", "in the morning or the afternoon?": the sources date meetings, never the
    // hour (the 2nd's "morning" aside).
    {
      pattern:
        / (?:what time|time of day|which hour|what hour|at what hour|at what time|(?:in the )?(?:morning|afternoon|evening) or (?:in )?(?:the )?(?:morning|afternoon|evening|night)) /,
      attribute: 'time of day',
    },
    // "When will Rajah & Tann's Qianhai office open?", "when will the QuikBot–Guardforce robots be deployed?", "when is
    // the pilot expected to go live?", "by when will …", and the gloss of "…什么时候投入使用": plans and aims, never
    // when they come about.
    {
      pattern:
        /^ (?:by )?when (?:will|would|shall|is|are) (?:[a-z&]+ ){1,8}(?:open|start|begin|launch|be set up|be ready|go live|be established|be completed|be built|be operational|be launched|be opened|expand|happen|take effect|(?:be )?deployed|deploy|(?:be )?rolled out|roll out|(?:go|come|be put|get put) (?:into|in) (?:service|operation|use|production|effect)|be in (?:place|service|operation|use)|be used|be available|be commerciali[sz]ed|(?:start|begin) operating|be implemented|be delivered|come online|be up and running) |^ (?:by )?when (?:is|are) (?:[a-z&]+ ){1,8}(?:going|expected|scheduled|due|set|planned|slated) to |^ (?:by )?when (?:does|do) (?:[a-z&]+ ){1,8}(?:go live|open|become operational|take effect|get completed|get built|get deployed|deploy|roll out|go into (?:service|operation|use)|plan to|expect to|intend to) |^ (?:when can (?:we|i|you|people|users) expect|how soon (?:will|would|can|could)|(?:in )?(?:what|which) year (?:will|would)) | when (?:be )?(?:put into (?:use|service|operation)|deployed|go into (?:operation|service)) $/,
      attribute: 'when it comes about',
    },
    { pattern: / (?:population|weather|gdp|capital of|joke|meaning of life|recipe|cook) /, attribute: 'outside' },
  ],
  // ("The Singapore–Shenzhen thing", "the SG-SZ partnership": the initiative by what it joins.)
  initiative:
    / (?:sci|initiative|smart city initiative|(?:singapore|sg) (?:and |x )?(?:shenzhen|sz) (?:thing|partnership|collaboration|cooperation|tie up|programme|program|scheme)|(?:shenzhen|sz) (?:and |x )?(?:singapore|sg) (?:thing|partnership|collaboration|cooperation|tie up|programme|program|scheme)) /,
  filler:
    / (?:please|pls|plz|hey|hi|hello|bot|um|uh|like|just|tell me|can you|could you|i want to know|do you know|answer|now|quick|quickly) /g,
  // (Greetings and "you there?" ask nothing of the sources: the help, never records that share a word — "sup" no "support".)
  help: /^ (?:help|commands|command list|what can you do|how do i use (?:you|this)|usage|(?:hi|hello|hey|hiya|yo|sup|wassup|whassup|howdy|greetings|gm|what is up|whats up)(?: (?:there|bot|all|everyone|guys|folks|mate|friend))?|(?:thanks|thank you|thank u|thx|ty|tysm|cheers)(?: (?:a lot|so much|very much|again|bot|mate|man|buddy|friend))*|good (?:morning|afternoon|evening)|(?:(?:hi|hello|hey|yo) )?(?:are |is )?(?:you|u|anyone|anybody) (?:there|here|around|awake|alive)) $/,
  sources: new RegExp(
    [
      / (?:which|what) sources | sources (?:are )?(?:used|do you use)| where (?:does|do) (?:the |your |this )?(?:data|facts|information|info|answers?) come from | where do you get /
        .source,
      // "Which documents do you use?", "list your sources", "what are your sources?"
      / (?:which|what) (?:documents|docs|references|publications|articles) (?:do|did|does) (?:you|u|the bot|it) (?:use|rely on|draw on|cite|read|know) /
        .source,
      /^ (?:list|show|give me|name) (?:me )?(?:the |your |all )*(?:sources|documents|references) $| (?:what|which) are (?:your|ur|the bots?) (?:sources|documents|references) /
        .source,
      // "Is the MCI press release the only source?", "how old is your info?", "when was your data last updated?"
      / (?:only|sole|single) (?:source|document|reference)(?: (?:you|u|the bot|it) (?:use|uses|have|has|read|reads|rely on|relies on)| of (?:yours|the bot|the data))? $/
        .source,
      / how (?:old|recent|current|fresh|new|up to date|uptodate) (?:is|are) (?:your|ur|the|this|the bots?) (?:info|information|data|dataset|knowledge|sources|facts|answers) | (?:when|how recently) (?:was|were|is|are) (?:your|ur|the|this) (?:info|information|data|dataset|knowledge|sources) (?:last )?(?:updated|collected|gathered|written|published) /
        .source,
      // "How many sources are there?", "how many documents does the bot draw on?": the documents, counted.
      // (Never "how many sources say 43 projects": what the sources say is a claim checked.)
      /^ how many (?:sources|documents|docs|references|publications) (?!(?:say|says|said|report|reports|reported|give|gives|gave|mention|mentions|mentioned|name|names|named|state|states|stated|agree|disagree|differ|list|lists|cite|cites|quote|quotes|call|calls|put|date|dates|confirm|confirms)\b)/
        .source,
    ].join('|'),
  ),
  self: / (?:system prompt|(?:your|ur|the bots?) (?:prompt|instructions|rules|token|password|api key|keys?|secrets?|source code|code|config|configuration|settings|model|training data|env)|(?:discord|bot|api|access|auth) (?:token|key)s?|api keys?|passwords?|credentials|env (?:file|vars?|variables))|(?:what|which) (?:model|llm|ai model) (?:are you|is this|do you use|runs you)| are you (?:an? )?(?:ai|gpt|chatgpt|llm|human|real person|robot) | who (?:made|built|created|programmed|trained) you /,
  followUp:
    /^ (?:(?:and|also|plus|but|or|so|ok|okay|then|hmm|right|oh) )*(?:what about|how about|what of|and what about|same (?:for|with|about|question for|again for)|and|also|plus|then) /,
  asks: / (?:how|when|where|who|whom|whose|which|what|why|did|does|do|is|are|was|were|has|have|had|can|could|will|would|list|show|name|give|tell|compare|count|many|much) /,
  modes: {
    video:
      / (?:virtual|virtually|online|remote|remotely|by video|video link|video conference|videoconference|video call|via video|over video|zoom|teleconference) /,
    inPerson: / (?:in person|face to face|physically|physical|on site|onsite|offline|in real life|irl) /,
  },
  yes: 'Yes',
  no: 'No',
  words: (
    'how many much projects project mous signed sign partners partner meeting meetings when where which who what ' +
    'launched launch universities university companies company chaired cochaired initiated total involved involve ' +
    'agreement agreements memorandum memorandums singapore shenzhen chinese demonstration zone pillars pillar group ' +
    'research institutes government bodies compare between together happened announced unveiled latest first second ' +
    'third fourth tell about describe list show which did does were was have has signatories minister prime weather capital ' +
    'meaning tomorrow today football team best cook rice joke say said says quote quotes words statement ' +
    'statements comments message remarks speech cochair cochairs cochairing chairs chairing signer signers signatory ' +
    // (Words of trends and shares, never "corrected" to a record's word: "proportion" is no "promotion".)
    'proportion proportions percentage percent fraction ratio share trend grew grow growth cumulative ' +
    // (Words of a count changing by a factor: "halve" is no "have".)
    'halve halved halves halving ' +
    // (Words of values the sources never give, never "corrected" to a record's word: a "price" is no "prime".)
    'price prices stock stocks valuation revenue revenues budget budgets funding turnover profit profits salary ' +
    'salaries employees headcount website address population call called calls point purpose ' +
    // (Words of how much a meeting did, never "corrected" to a record's word: "productive" is no "production".)
    'productive eventful fruitful prolific busiest quietest busier quieter ' +
    // (Words of how a meeting was held, a typo of them read as them: "onlin" is "online", never the name Olin.)
    'online offline virtual virtually person physically remote remotely video'
  ).split(' '),
  expansion: / (?:stand for|stands for|short for|acronym|abbreviation|abbreviate|mean by) /,
  titles: TITLE_WORD,
  claimFiller:
    /^(?:involve[sd]?|include[sd]?|incl|including|cover(?:s|ed)?|concern(?:s|ed)?|deal|deals|dealt|mention(?:s|ed)?|really|true|actually|indeed|something|anything|thing|things|any|part|behind|responsible|work|works|worked|working|team|teams|teamed|teaming|collaborate[sd]?|collaborating|cooperate[sd]?|cooperating|partner|partners|partnered|partnering|target|targets|targeted|targeting|targetting)$/,
  variants: {
    run: ['ran', 'manag', 'operat'],
    runs: ['ran', 'manag', 'operat'],
    ran: ['run', 'manag', 'operat'],
    manage: ['run', 'ran', 'operat'],
    managed: ['run', 'ran', 'operat'],
    operate: ['run', 'ran', 'manag'],
    operated: ['run', 'ran', 'manag'],
    // (To conduct or carry out a trial is to run it: "UOB ran two".)
    conduct: ['ran', 'run'],
    conducted: ['ran', 'run'],
    conducts: ['ran', 'run'],
    carried: ['ran', 'run'],
    carry: ['ran', 'run'],
    perform: ['ran', 'run'],
    performed: ['ran', 'run'],
    made: ['develop', 'built', 'build'],
    built: ['develop', 'build'],
    lead: ['led'],
    led: ['lead'],
    set: ['launch', 'establish'],
    // (To enter a market is to establish a presence there; to help is to facilitate: the records' own words.)
    enter: ['establish', 'presence', 'entry'],
    help: ['facilitat', 'support', 'assist', 'promot'],
    helps: ['facilitat', 'support', 'assist', 'promot'],
    asian: ['asia'],
    chinese: ['china'],
    singaporean: ['singapore'],
    started: ['launch', 'establish'],
    start: ['launch', 'establish'],
    // (To lower or cut costs is to reduce them: the records' own verb.)
    lower: ['reduc', 'cut'],
    cut: ['reduc', 'lower'],
    reduce: ['lower', 'cut'],
    ebls: ['ebl', 'electronic bills'],
    ebl: ['ebls', 'electronic bills'],
  },
};

// Chinese (helper "i18n"). A Chinese question is glossed into English words (src/i18n/gloss.ts); what no table reads
// stays in Chinese characters, and a run of them where a party stands is read as a name the sources never give
// ("腾讯和吉宝签了备忘录吗"). Words of the language itself are never such a name ("来源对第四次会议…" is "the sources
// on…", not someone called 来源对): these words, and the particles between them, make a run ordinary.
const ZH_ORDINARY = new Set(
  (
    '来源 资料 文件 文档 档案 报道 报导 报告 新闻 新闻稿 媒体 文章 材料 记录 记载 文献 原文 出处 网站 官网 官方 ' +
    '说法 一致 分歧 不一 不同 矛盾 冲突 区别 差别 提到 提及 提过 写到 写着 说到 说过 讲到 内容 信息 消息 情况 问题 ' +
    '答案 部分 方面 日期 时间 地点 数字 数据 名字 名称 东西 事情 事件 这里 那里 这个 那个 这些 那些 怎么 为什么 ' +
    '如何 是否 有没有 真的 确实 其实 到底 究竟 可能 应该 大家 我们 你们 他们 她们 它们 请问 告诉 知道 觉得 认为 ' +
    '根据 按照 依据 正式 公开 具体 详细 主要 相关 有关 其他 别的 另外 所有 全部 一些 任何 之间 里面 当中 上面'
  ).split(' '),
);
const ZH_PARTICLES = new Set([...'对的了吗呢吧啊里中上下和与跟也都还又在是有说把被将给从向就才很太最么']);

/** Whether a run of Chinese characters is made of words of the language only (never a name no source gives). */
export function isOrdinaryChinese(run: string): boolean {
  if (!/^\p{Script=Han}+$/u.test(run)) return false;
  // Reachable ends of a segmentation into ordinary words (up to four characters) and single particles.
  const ok = [true, ...Array<boolean>(run.length).fill(false)];
  for (let i = 0; i < run.length; i++) {
    if (!ok[i]) continue;
    if (ZH_PARTICLES.has(run[i] ?? '')) ok[i + 1] = true;
    for (let n = 2; n <= 4 && i + n <= run.length; n++) if (ZH_ORDINARY.has(run.slice(i, i + n))) ok[i + n] = true;
  }
  return ok[run.length] === true;
}

/** The lexicons the pipeline reads, by language tag. Add `zh` here to read Chinese questions. */
export const LEXICONS: Readonly<Record<string, Lexicon>> = { en };
