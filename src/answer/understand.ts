import { boundAt, boundBefore } from './countbound.js';
import { bareTarget } from './bare.js';
import type { Dataset, Meeting, Organisation } from '../dataset/index.js';
import type { Deps } from '../command.js';
import { normalise, squash } from '../search/index.js';
import { LEXICONS, TARGET_ORDER, type Lexicon, type Subject, type Target } from './lexicon.js';
import { questionModes, refold, type Question } from './question.js';
import { anyMatch, anyRow, firstMatch } from '../text/any-of.js';
import { mayMatch } from '../text/literals.js';
import { namedPeople, perDataset } from './records.js';
import { acronymsOf, initialledOrgs, typedInitials } from './acronyms.js';
import { withNamesSpelt } from './shortforms.js';
import { MONTH_WORD, monthNumber } from '../text/months.js';
import { meetingsBounded, meetingsCounted, meetingSpan } from './bounds.js';
import { bareMeetingOrdinal, mask, numberWord, ORD, ordinals } from './ordinal.js';

/**
 * Step 1 of the pipeline: a question in words → what it mentions (with spans in its normal form)
 * and what it asks (the target). Pure; reads only the Dataset and the lexicon.
 */

export type MentionType =
  | 'org'
  | 'record'
  | 'meeting'
  | 'person'
  | 'kind'
  | 'country'
  | 'group'
  | 'pillar'
  | 'topic'
  | 'highlight'
  | 'place'
  | 'subject'
  | 'number'
  | 'initiative';

/** Something the question names, where (character offsets in `text`), and what it resolves to. */
export interface Mention {
  type: MentionType;
  start: number;
  end: number;
  /** The words as found (normal form). */
  words: string;
  /** What it names: an id, a meeting number, a country, a kind label, a number… */
  value: string;
  /** More ids the same words name (a brand with two legal entities). */
  also?: string[];
  /**
   * Taken away by a negation right before it ("MOUs other than Keppel's", "projects not launched at the 4th JIC"):
   * never what the question selects, only what it leaves out (`negatedOf`; `mentionsOf` skips it).
   */
  negated?: boolean;
  /** A meeting named as a point in time the question runs up to ("by mid 2023", "until the 3rd JIC"): bounds.ts. */
  asOf?: boolean;
}

export interface Understanding {
  q: Question;
  /** The language tables that read it. */
  lang: string;
  mentions: Mention[];
  target: Target;
  subjects: Subject[];
  /** Constraint cues found. */
  flags: {
    cumulative: boolean;
    before: boolean;
    signing: boolean;
    chairing: boolean;
    announced: boolean;
    fewest: boolean;
    next: boolean;
    help: boolean;
    /** An attribute the sources never give, when the question asks for one. */
    missing?: string;
  };
  /** Words left once every mention and filler word is gone (what a fuzzy lookup reads). */
  rest: string;
}

/** The question's mentions of one type, in the order they were found. */
export const mentionsOf = (u: Understanding, type: MentionType): Mention[] =>
  u.mentions.filter((m) => m.type === type && !m.negated);

/** The mentions of one type that a negation takes away ("other than Keppel's", "not at the 4th JIC"). */
export const negatedOf = (u: Understanding, type: MentionType): Mention[] =>
  u.mentions.filter((m) => m.type === type && m.negated);

// The words that take something away ("other than", "not counting", "with the exception of"), one list for every
// negation below.
const EXCEPT =
  '(?:other than|except(?: for)?|excluding|exclude|besides|apart from|aside from|but not|not counting|without counting|not including|leaving out|leave out|leaving aside|setting aside|omitting|ignoring|minus|barring|save for|with the exception of)';

// A negation and what may stand between it and the partner it takes away ("other than the", "except for", "not"):
// no verb, so "which partners did not sign with Keppel" is never read as "partners other than Keppel".
const NOT_ORG = new RegExp(
  ` (?:${EXCEPT}|not|non) (?:the |those |(?:the )?ones? )?(?:(?:with|of|by|involving|naming) )?(?:the )?$`,
);
// Before a meeting, the verbs of what it launched or signed may stand between ("not launched at the 4th JIC").
const NOT_MEETING = new RegExp(
  ` (?:${EXCEPT}|not|outside(?: of)?) (?:(?:launched|signed|inked|announced|unveiled|introduced|started|initiated|agreed|made|established|held|from|at|in|of|during|by|the|for|those|ones?|any|that|which|were|was) ){0,5}$`,
);

// Before a kind or a country, only the words that exclude ("partners apart from the Chinese ones", "MOUs except those
// with universities"): a bare "not" there is read by the planner's own negation (no, not, without, non).
const NOT_KIND = new RegExp(` ${EXCEPT} (?:(?:the|those|ones?|any|with|from|of|by|involving|naming|in|an?) ){0,4}$`);

// Before an Annex A group ("not in the talent exchange group", "outside the AI group", "except those under talent exchange").
const NOT_GROUP = new RegExp(
  ` (?:${EXCEPT}|not|outside(?: of)?) (?:(?:in|under|within|from|of|part of|belonging to|listed|filed|the|those|ones?|annex|a|s)\\s){0,5}$`,
);

// A partner's name before its own records' noun ("the Bosum project", "Keppel's MOUs").
const OWN_RECORD = /^(?: s)? (?:joint )?(?:mous?|projects?|agreements?|deals?|partnerships?) /;

// The words every negation above starts with, a space each side: a question without one has no name it takes away.
const NEGATION = new RegExp(` (?:${EXCEPT}|not|non|outside) `);

// A yes/no that asks about others than the partner it takes away ("apart from NCS, did anyone else sign?", "besides
// Keppel, did any other company sign at the 4th JIC?"): the partner is taken away there too.
const SOMEONE_ELSE =
  / (?:anyone|anybody|someone|somebody|any one|any other|other (?:partners?|compan(?:y|ies)|organi[sz]ations?|parties|party|firms?|signatories)|others|another|more) /;
const EXCEPT_ORG = new RegExp(` ${EXCEPT} (?:the )?$`);

/** Marks the partners and meetings a negation right before them takes away (not in a yes/no or a comparison). */
function markNegated(text: string, mentions: Mention[], target: Target): void {
  if (target === 'yesno' && SOMEONE_ELSE.test(text)) {
    for (const m of mentions)
      if (m.type === 'org' && m.start > 0 && EXCEPT_ORG.test(text.slice(Math.max(0, m.start - 30), m.start)))
        m.negated = true;
    return;
  }
  if (target === 'yesno' || target === 'compare') return;
  // (Each pattern reads the words before a name for a negation: where the question holds none, none is found.)
  for (const m of NEGATION.test(text) ? mentions : []) {
    if (m.start <= 0) continue;
    if (m.type === 'kind' || m.type === 'country') {
      if (NOT_KIND.test(text.slice(Math.max(0, m.start - 60), m.start))) m.negated = true;
      continue;
    }
    if (m.type !== 'org' && m.type !== 'meeting' && m.type !== 'group') continue;
    // A range of years ("before 2022") is read as its meetings, not taken away.
    if (m.type === 'meeting' && / (?:since|after|before|prior to|from) /.test(` ${m.words} `)) continue;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    if ((m.type === 'org' ? NOT_ORG : m.type === 'group' ? NOT_GROUP : NOT_MEETING).test(before)) m.negated = true;
  }
  // "Other than QuikBot and Keppel": a name joined to one a negation took away is taken away too.
  const sorted = [...mentions].filter((m) => m.start > 0).sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i += 1) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (
      a?.negated &&
      b &&
      !b.negated &&
      b.type === a.type &&
      /^(?:,|and|or|nor|, and|, or)(?: the)?$/.test(text.slice(a.end, b.start).trim())
    )
      b.negated = true;
  }
  // "Who else apart from Keppel is in the Keppel project", "other than NCS, who signed the NCS MOUs", "besides NUS
  // Business School, who is in the Bosum project": a partner taken away beside one the records are asked by is taken
  // away from the people answered, never from the records (which would leave none, or drop the one asked of). The
  // partner readings already leave the named one out of who is listed.
  for (const m of mentions)
    if (
      m.negated &&
      m.type === 'org' &&
      mentions.some(
        (o) =>
          !o.negated &&
          o.type === 'org' &&
          (o.value === m.value || (target === 'who' && OWN_RECORD.test(text.slice(o.end, o.end + 24)))),
      )
    )
      m.negated = false;
}

interface Phrase {
  phrase: string;
  type: MentionType;
  value: string;
}

/** Phrase tables built once per Dataset: every name, alias, topic, person and highlight name. */
interface Vocabulary {
  phrases: Phrase[];
  /** Highlight key phrases → "meetingNumber:index". */
  highlightWords: Array<{ key: string; words: Set<string> }>;
  brands: Map<string, string[]>;
  /** Every word of every name and topic, for correcting typos. */
  known: Set<string>;
  /**
   * Every word the records' own text spells (descriptions, highlights, quotes, titles): a real word,
   * so never "corrected" into another ("electronic" is no typo of "electric").
   */
  spelt: Set<string>;
  groupPhrases: Map<string, string>;
  byFirst: Map<string, Phrase[]>;
  /** Highlights that speak of the Demonstration Zone (or park): the ones a question about the zone can mean. */
  zoneHighlights: Set<string>;
  /** Each phrase's place in `phrases` (longest first), to try candidates in that order. */
  order: Map<Phrase, number>;
  /** Names written as one word ("capitaland", "tradetrust"): typed with a space inside, they are joined again. */
  oneWord: Set<string>;
  /** Every organisation's name and aliases in normal form, padded: where a part of a name is looked for. */
  orgNames: Array<{ id: string; text: string }>;
  /** The words of `orgNames`, each between two spaces of a padded name: a word looked up once, not in every name. */
  orgNameWords: Set<string>;
  /** `orgNames` as lists of words: where the question's words are looked for in a row. */
  orgNameLists: Array<{ id: string; words: string[] }>;
  /** The words of the people's names the records give ("joseph", "leong"). */
  personWords: Set<string>;
  /** The records' own words shorter than five letters ("uob", "dbs"): never typos, so kept apart from `spelt`. */
  speltShort: Set<string>;
}

// Everyday words for the topics the records name otherwise ("robots" for robotics).
const TOPIC_SYNONYMS: Readonly<Record<string, string>> = {
  robots: 'robotics',
  robot: 'robotics',
  rehab: 'rehabilitation',
  health: 'healthcare',
  talents: 'talent',
  sport: 'sports',
  mma: 'combat sports',
  'martial arts': 'combat sports',
  'mixed martial arts': 'combat sports',
  energy: 'energy storage',
  battery: 'energy storage',
  batteries: 'energy storage',
  legal: 'legal services',
  law: 'legal services',
  tourists: 'tourism',
  invoicing: 'e invoicing',
  einvoicing: 'e invoicing',
  invoice: 'e invoicing',
  'digital humans': 'digital human',
  sme: 'smes',
  'artificial intelligence': 'ai',
};

// An everyday short form of one word a name spells ("the rehab institute": Rehabilitation), from the topic synonyms.
const NAME_SHORT_FORMS = new Map(Object.entries(TOPIC_SYNONYMS).filter(([, v]) => !v.includes(' ')));

// Capitalised words that name nothing by themselves in a highlight's text.
const HIGHLIGHT_STOP = new Set([
  'the',
  'an',
  'a',
  'three',
  'four',
  'eight',
  'work',
  'notable',
  'singapore',
  'shenzhen',
  'china',
  'mou',
  'mous',
  'mou on',
  'ai',
  'imda',
  'sci',
  'r d',
  'smes',
  'b2b',
  'jcbc',
  'mci',
  // ("NCS NEXT": the word alone is everyday English — "next-gen", "the next meeting" — never the NCS outcome.)
  'next',
]);

const vocabulary = perDataset((dataset: Dataset): Vocabulary => {
  const phrases: Phrase[] = [];
  const add = (text: string, type: MentionType, value: string) => {
    const p = normalise(text);
    if (p && p.length >= 2) phrases.push({ phrase: p, type, value });
    const s = squash(text);
    if (s !== p && s.length >= 5) phrases.push({ phrase: s, type, value });
  };
  for (const o of dataset.organisations) for (const name of [o.name, ...o.aliases]) add(name, 'org', o.id);
  // A name's initials, as people shorten it ("SRI" for the Singapore Rehabilitation Institute): read as that name where
  // no other name, alias or word of the records or the language is spelt so (never shown as a name the sources give).
  const taken = new Set(phrases.map((p) => p.phrase));
  for (const [i, id] of initialledOrgs(dataset))
    if (!taken.has(i) && !STOP.has(i)) phrases.push({ phrase: i, type: 'org', value: id });
  // A brand: a name that begins other organisations' names ("ONE Championship", "NCS").
  const brands = new Map<string, string[]>();
  for (const o of dataset.organisations)
    for (const name of [o.name, ...o.aliases]) {
      const p = normalise(name);
      if (p.length < 3) continue;
      const family = dataset.organisations
        .filter((x) => x.id !== o.id && [x.name, ...x.aliases].some((n) => normalise(n).startsWith(`${p} `)))
        .map((x) => x.id);
      if (family.length) brands.set(p, [o.id, ...family]);
    }
  const people = namedPeople(dataset);
  for (const name of people) {
    add(name, 'person', name);
    const parts = normalise(name).split(' ');
    const surname = parts[parts.length - 1];
    // "Leong" alone names Joseph Leong; a two-letter part ("i" of Ying-I) names no one.
    if (parts.length === 2 && surname && surname.length >= 4)
      phrases.push({ phrase: surname, type: 'person', value: name });
    if (parts.length === 2 && parts[0] && parts[0].length >= 3 && !/^(?:the|mr|mrs)$/.test(parts[0]))
      phrases.push({ phrase: parts[0], type: 'person', value: name });
    // ("Yong" alone names Yong Ying-I: a family name first, before a hyphenated given name.)
    if (parts.length === 3 && /-/.test(name) && parts[0] && parts[0].length >= 3)
      phrases.push({ phrase: parts[0], type: 'person', value: name });
  }
  // A meeting's place names it ("the Chongqing signing", "the 15th JCBC").
  for (const m of dataset.meetings)
    for (const n of m.place.value.match(/\b(?:[A-Z]{3,}|[A-Z][a-z]{4,}(?: [A-Z][a-z]+)*)\b/g) ?? []) {
      const p = normalise(n);
      if (
        !/^(?:held|by|shenzhen|singapore|china|video|the)$/.test(p) &&
        !/bilateral cooperation$|^joint council/.test(p)
      )
        phrases.push({ phrase: p, type: 'meeting', value: String(m.number) });
    }
  const topics = new Set<string>();
  for (const r of [...dataset.mous, ...dataset.projects]) for (const t of [...r.topics, ...r.keywords]) topics.add(t);
  for (const t of topics) {
    add(t, 'topic', normalise(t));
    // (A topic of several words in the plural, said in the singular too: "a new-energy vehicle project" asks of
    // new-energy vehicles. Never the other way: a made-up plural would be a word typos are corrected to.)
    const p = normalise(t);
    if (p.includes(' ') && /[a-z]{3}[^s]s$/.test(p)) phrases.push({ phrase: p.slice(0, -1), type: 'topic', value: p });
  }
  for (const [word, topic] of Object.entries(TOPIC_SYNONYMS))
    phrases.push({ phrase: word, type: 'topic', value: topic });
  for (const g of dataset.initiative.mouGroups)
    if (g.id !== 'unlabelled') add(g.label.replace(/^strategic pillar:?\s*/i, ''), 'group', g.id);
  for (const p of dataset.initiative.pillars) add(p.name, 'pillar', p.id);
  // Highlights: each named thing in its text (TradeTrust, Asian SME Hub, SIMC…) names it.
  const highlightWords: Vocabulary['highlightWords'] = [];
  const zoneHighlights = new Set<string>();
  for (const m of dataset.meetings)
    m.highlights.forEach((h, i) => {
      const key = `${m.number}:${i}`;
      const names =
        h.text.match(/\b(?:[A-Z][\w.]*[A-Z][\w.]*s?|[a-z]+[A-Z]\w*|[A-Z][a-z]+(?:[ –-](?:of |and )?[A-Z][\w]+)+)\b/g) ??
        [];
      for (const n of names) {
        // "An Asian SME Hub", "Shenzhen–Singapore Joint Innovation Call": each tail of two words or more names it too.
        const ws = normalise(n).split(' ');
        for (let i = 0; i < ws.length; i += 1) {
          const p = ws.slice(i).join(' ');
          // A name of three capitals is an acronym the text defines ("Global Innovation Alliance (GIA)", "UOB").
          const acronym = i === 0 && ws.length === 1 && /^[A-Z]{3}$/.test(n) && !TOPIC_SYNONYMS[p];
          if (
            (i === 0 || ws.length - i >= 2) &&
            (p.length >= 4 || acronym) &&
            !HIGHLIGHT_STOP.has(p) &&
            !HIGHLIGHT_STOP.has(ws[i] ?? '') &&
            // ("Of China" is no name of Bank of China's: "the president of China" names no outcome.)
            !/^(?:of|and|for)$/.test(ws[i] ?? '') &&
            !people.has(n)
          )
            phrases.push({ phrase: p, type: 'highlight', value: key });
        }
      }
      // A short form the sources define ("electronic Bills of Lading (eBLs)") names every outcome whose text spells its
      // long form, in the plural and the singular ("what is an eBL?", "UOB's eBL trials").
      const spelt = ` ${normalise(h.text)} `;
      for (const x of acronymsOf(dataset).values()) {
        if (x.ref || !spelt.includes(` ${normalise(x.full)} `)) continue;
        for (const form of new Set([x.short, x.short.replace(/(?<=[A-Z])s$/, '')])) {
          const p = normalise(form);
          if (p.length >= 3 && !HIGHLIGHT_STOP.has(p) && !HIGHLIGHT_STOP.has(`${p}s`))
            phrases.push({ phrase: p, type: 'highlight', value: key });
        }
      }
      const words = new Set(
        normalise(h.text)
          .split(' ')
          .filter((w) => w.length >= 5),
      );
      highlightWords.push({ key, words });
      if (/ demonstration (?:zone|park) /.test(` ${normalise(h.text)} `)) zoneHighlights.add(key);
    });
  phrases.sort((a, b) => b.phrase.length - a.phrase.length);
  const known = new Set<string>();
  for (const p of phrases) for (const w of p.phrase.split(' ')) if (w.length >= 4) known.add(w);
  const groupPhrases = new Map(
    dataset.initiative.mouGroups
      .filter((g) => g.id !== 'unlabelled')
      .map((g) => [normalise(g.label.replace(/^strategic pillar:?\s*/i, '')), g.id]),
  );
  // Phrases by their first word: a question is only checked for phrases that start with one of its words.
  const byFirst = new Map<string, Phrase[]>();
  for (const ph of phrases) {
    const first = ph.phrase.split(' ')[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), ph]);
  }
  const order = new Map(phrases.map((ph, i) => [ph, i]));
  const spelt = new Set<string>();
  const speltShort = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const w of normalise(v).split(' ')) (w.length >= 5 ? spelt : speltShort).add(w);
    } else if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk([dataset.meetings, dataset.mous, dataset.projects, dataset.organisations, dataset.initiative]);
  // (Only names the data itself writes as one word: never the squashed forms added for "crimsonlogic".)
  const oneWord = new Set(
    [
      ...dataset.organisations.flatMap((o) => [o.name, ...o.aliases].map(normalise)),
      ...phrases.filter((p) => p.type === 'highlight').map((p) => p.phrase),
      // (A publisher named as one word — "bundstarmedia.com.cn" — typed as two: "bundstar media".)
      ...dataset.sources.map((x) => normalise(x.publisher).split(' ')[0] ?? ''),
    ].filter((p) => p.length >= 6 && !p.includes(' ')),
  );
  const orgNames = dataset.organisations.flatMap((o) =>
    [o.name, ...o.aliases].map((n) => ({ id: o.id, text: ` ${normalise(n)} ` })),
  );
  const personWords = new Set([...people].flatMap((n) => normalise(n).split(' ')));
  const orgNameWords = new Set(orgNames.flatMap((n) => n.text.split(' ').slice(1, -1)));
  const orgNameLists = orgNames.map((n) => ({ id: n.id, words: n.text.trim().split(' ') }));
  const vocab = {
    speltShort,
    personWords,
    orgNames,
    orgNameWords,
    orgNameLists,
    phrases,
    highlightWords,
    zoneHighlights,
    brands,
    known,
    spelt,
    groupPhrases,
    byFirst,
    order,
    oneWord,
  };
  return vocab;
});

/** Levenshtein distance, capped: enough to tell a typo from another word. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const v = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      row.push(v);
      if (v < best) best = v;
    }
    if (best > cap) return cap + 1;
    prev = row;
  }
  return prev[b.length] ?? cap + 1;
}

interface Spelling {
  all: Set<string>;
  byInitial: Map<string, string[]>;
  /** Each unknown word already read → what it reads as (bounded: junk input cannot grow it). */
  corrected: Map<string, string>;
}

/** Known words by first letter, built once per vocabulary and lexicon. */
const spellings = new WeakMap<Vocabulary, Map<Lexicon, Spelling>>();

function spellingOf(vocab: Vocabulary, lex: Lexicon): Spelling {
  const perLex = spellings.get(vocab) ?? new Map<Lexicon, Spelling>();
  spellings.set(vocab, perLex);
  const cached = perLex.get(lex);
  if (cached) return cached;
  const all = new Set([...vocab.known, ...lex.words, ...Object.keys(lex.numbers)]);
  const byInitial = new Map<string, string[]>();
  for (const k of all) if (k.length >= 4) byInitial.set(k[0] ?? '', [...(byInitial.get(k[0] ?? '') ?? []), k]);
  const built = { all, byInitial, corrected: new Map<string, string>() };
  perLex.set(lex, built);
  return built;
}

const CORRECTED_MAX = 4096;

/** Each unknown word of five letters or more, replaced by the one known word a typo away (if only one). */
function correct(text: string, vocab: Vocabulary, lex: Lexicon): string {
  const spelling = spellingOf(vocab, lex);
  const { all, corrected } = spelling;
  const unknown = (w: string) =>
    w.length >= 3 && !all.has(w) && !vocab.spelt.has(w) && !STOP.has(w) && !lex.words.includes(w);
  return text
    .split(' ')
    .map((w, i, ws) => {
      // A name with its possessive's "s" stuck on ("tusstars network", "sysus projects"): the name.
      if (w.length >= 5 && w.endsWith('s') && unknown(w) && namesAlone(w.slice(0, -1), vocab)) return w.slice(0, -1);
      // A short word nothing knows, one letter or one swap from a common small word ("wiht", "sgn"): that word.
      // (A greeting said alone is a word the help knows: "hey" is no "they".)
      // (Never after a word nothing knows, two or more in a row — "Chan Chun Sing" is a name, no "sign".)
      if (w.length >= 3 && w.length < 5 && unknown(w) && !/\d/.test(w) && !lex.help.test(` ${w} `))
        return i >= 2 && unknown(ws[i - 1] ?? '') && unknown(ws[i - 2] ?? '') ? w : (shortTypo(w) ?? w);
      // Only words nothing knows are typos: a word the records or the language spell is left as it is.
      if (w.length < 5 || w.length > 30 || all.has(w) || vocab.spelt.has(w) || /\d/.test(w) || STOP.has(w)) return w;
      let to = corrected.get(w);
      if (to === undefined) {
        to = nearestKnown(w, spelling);
        if (corrected.size >= CORRECTED_MAX) corrected.clear();
        corrected.set(w, to);
      }
      // A name after a word nothing knows is another person's ("Lee Hsien Loong" is no "Leong"): left as typed.
      if (to !== w && vocab.personWords.has(to) && unknown(ws[i - 1] ?? '')) return w;
      return to;
    })
    .join(' ');
}

/** Whether `w` alone is a name on file (a partner's, an outcome's or a person's), not a word of one. */
function namesAlone(w: string, vocab: Vocabulary): boolean {
  return !!vocab.byFirst
    .get(w)
    ?.some((p) => p.phrase === w && (p.type === 'org' || p.type === 'highlight' || p.type === 'person'));
}

/** Whether the language, the records or a name on file spell `w` (no typo, no short form of another name). */
function knownWord(w: string, vocab: Vocabulary, lex: Lexicon): boolean {
  const { all } = spellingOf(vocab, lex);
  return (
    all.has(w) ||
    vocab.spelt.has(w) ||
    vocab.speltShort.has(w) ||
    STOP.has(w) ||
    lex.words.includes(w) ||
    !!vocab.byFirst.get(w)?.some((p) => p.phrase === w)
  );
}

// Small words a short typo is read as ("wiht" → with, "sgn" → sign): only these, as a short word is easily another.
const SHORT_WORDS = [
  'with',
  'sign',
  'from',
  'what',
  'when',
  'have',
  'does',
  'were',
  'that',
  'than',
  'they',
  'many',
  'much',
  'held',
  'into',
  'also',
];

/** The one small word `w` is a typo of — one letter left out, or two letters swapped — if only one. (A letter changed
 * is too often another word: "docs" is no "does", "head" no "held".) */
function shortTypo(w: string): string | undefined {
  const near = SHORT_WORDS.filter((k) => (k.length === w.length + 1 && distance(w, k, 1) <= 1) || swapped(w, k));
  return near.length === 1 ? near[0] : undefined;
}

/** Two words that differ only by two neighbouring letters swapped ("wiht", "with"). */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  // The two places they differ at (counted in a's characters), with no array built: a third difference ends it.
  let first = -1;
  let second = -1;
  let i = 0;
  for (const c of a) {
    if (c !== b[i]) {
      if (first < 0) first = i;
      else if (second < 0) second = i;
      else return false;
    }
    i += 1;
  }
  return first >= 0 && second === first + 1 && a[first] === b[second] && a[second] === b[first];
}

/** The one known word a typo away from `w`, else `w` itself. */
function nearestKnown(w: string, { byInitial }: Spelling): string {
  const cap = w.length >= 8 ? 2 : 1;
  // A word one letter from a known one is a typo of it, unless it is that word's plural or stem ("people" is no typo of "peoples").
  // (Two letters swapped is one slip of the fingers, not two: "fisrt", "frist" are "first".)
  const near = (byInitial.get(w[0] ?? '') ?? []).filter((k) => distance(w, k, cap) <= cap || swapped(w, k));
  // A word cut short by its last letter ("meetin", "onlin", "happenin") is the one word it cuts, never a plural's stem.
  const cut = near.filter((k) => k.length === w.length + 1 && k.startsWith(w));
  if (cut.length === 1 && cut[0] && !cut[0].endsWith('s')) return cut[0];
  if (near.some((k) => k.startsWith(w) || w.startsWith(k))) return w;
  // Several forms of one word ("robotcs": robotics, robots) are still one word: its first known form.
  const stem = near[0]?.slice(0, 5) ?? '';
  if (near.length > 1 && stem.length === 5 && near.every((k) => k.startsWith(stem)) && w.startsWith(stem))
    return near[0] ?? w;
  return near.length === 1 && near[0] ? near[0] : w;
}

/**
 * A one-word name typed as two or three ("capita land", "trade trust", "yi qi ye"), joined back, before any typo
 * is corrected (the halves could be "corrected" into other words). Only where neither half is a name itself.
 */
function joinSplitNames(text: string, vocab: Vocabulary): string {
  const ws = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < ws.length; i += 1) {
    const n = splitNameAt(ws, i, vocab.oneWord);
    if (n) {
      out.push(ws.slice(i, i + n).join(''));
      i += n - 1;
    } else out.push(ws[i] ?? '');
  }
  return out.join(' ');
}

/**
 * How many of the words from `i` on (three, else two; fewer where the text ends) are one name typed apart, or 0.
 * (Read on every question's every word: the joined words are built as strings, no arrays.)
 */
function splitNameAt(ws: readonly string[], i: number, oneWord: ReadonlySet<string>): number {
  for (const n of [3, 2]) {
    const end = Math.min(i + n, ws.length);
    if (end - i < 2) continue;
    let joined = '';
    for (let j = i; j < end; j += 1) joined += ws[j] ?? '';
    if (!oneWord.has(joined)) continue;
    let halfNamed = false;
    for (let j = i; j < end; j += 1) halfNamed ||= oneWord.has(ws[j] ?? '');
    if (!halfNamed) return end - i;
  }
  return 0;
}

/** The phrases whose first word the text holds, each once, longest first (their order in the vocabulary). */
function phrasesStartingIn(text: string, vocab: Vocabulary): Phrase[] {
  const found = new Set<Phrase>();
  for (const w of text.split(' ')) for (const ph of vocab.byFirst.get(w) ?? []) found.add(ph);
  return [...found].sort((a, b) => (vocab.order.get(a) ?? 0) - (vocab.order.get(b) ?? 0));
}

/** Whole-word occurrences of `phrase` in the padded text, where nothing is masked yet. */
function findAll(text: string, phrase: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(` ${phrase} `); at >= 0; at = text.indexOf(` ${phrase} `, at + 1)) out.push(at + 1);
  return out;
}

/** A meeting a list runs up to, as every meeting held up to it (the founding MOU's, none). */
const upToMeeting = (m: Mention, dataset: Dataset): Mention[] =>
  dataset.meetings
    .filter((x) => x.number > 0 && x.number <= Number(m.value))
    .map((x) => ({ type: m.type, start: m.start, end: m.end, words: m.words, value: String(x.number) }));

function meetingByYear(dataset: Dataset, year: number): Meeting | undefined {
  // A JIC meeting held that year; else the founding MOU's signing, if that was the year ("in 2019").
  return (
    dataset.meetings.find((m) => m.number > 0 && m.date.value.startsWith(String(year))) ??
    dataset.meetings.find((m) => m.date.value.startsWith(String(year)))
  );
}

// A number right after a meeting already read, joined by "and", "or" or a comma (a space in the normal form): another
// meeting — never a count of records ("jic 3 and 4 mous" counts), nor a number past the meetings held.
const MORE_MEETINGS =
  /\u0001 (?:and |or |n )?([1-9])(?= (?!(?:new |joint )?(?:mous?|projects?|partners?|agreements?|deals?|companies|firms|times|days|months|years)\b))/;

/** The normal form, with number words read as digits where they name a meeting ("third jic" → "3 jic"). */
interface MeetingPatterns {
  /** A meeting by number ("3rd jic", "jic 3", "meeting no 2", the language's own); global, so reset before use. */
  byNumber: RegExp[];
  /** A bare ordinal, once a meeting is named ("than at the 3rd"). */
  ordinalWord: RegExp;
}

/** A lexicon's meeting patterns, compiled once (they are built from its number words). */
const meetingPatternsByLexicon = new WeakMap<Lexicon, MeetingPatterns>();

function meetingPatternsOf(lex: Lexicon): MeetingPatterns {
  const cached = meetingPatternsByLexicon.get(lex);
  if (cached) return cached;
  const numWords = Object.keys(lex.numbers).join('|');
  const built: MeetingPatterns = {
    byNumber: [
      ...(lex.meetingPatterns ?? []).map(
        (re) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`),
      ),
      new RegExp(
        // ("The fourth committee meeting", "the 4th implementation committee meeting": the committee named in part is
        // the JIC — never "committee" left over as a word a meeting's outcome must say, read as its "committing".)
        ` (?:${ORD}|(${numWords})) (?:sci )?(?:(?:jic|meeting|mtg|joint implementation committee)s?(?: meeting)?|(?:joint |implementation )?committee (?:meeting|session|mtg)s?) `,
        'g',
      ),
      new RegExp(` (?:jic|meeting) (?:no |number |nr |#)?(?:${ORD}|(${numWords})) `, 'g'),
      / jic(\d) /g,
    ],
    ordinalWord: new RegExp(
      ` (?:the )?(${numWords
        .split('|')
        .filter((w) => /st$|nd$|rd$|th$|thrid/.test(w))
        .join('|')}) `,
    ),
  };
  meetingPatternsByLexicon.set(lex, built);
  return built;
}

// A meeting counted back from the latest ("the second-to-last JIC", "the penultimate meeting", "the last but one"):
// its ordinal word ("second") is a place from the end, never the 2nd meeting. Group 1 or 2: how far back (second,
// third); the other forms are one back. A record word right after ("the second-to-last MOU") is no meeting.
const RELATIVE_MEETING =
  / (?:the )?(?:(?:(second|2nd|third|3rd)(?: (?:to|from))?(?: the)? (?:last|latest|final|most recent))|(antepenultimate)|penultimate|(?:last|latest) but one|next to (?:the )?last|(?:one|meeting|jic) before (?:the )?(?:last|latest)(?: one)?|(?:previous|prior)(?= (?:sci )?(?:jic|meeting|mtg)))(?: (?:sci )?(?:jic|meeting|mtg|one)s?(?: meeting)?)? /;
const BACK: Readonly<Record<string, number>> = { second: 1, '2nd': 1, third: 2, '3rd': 2, antepenultimate: 2 };

// A meeting named by its place next to another ("the meeting after the 2nd", "the JIC before the 3rd one", "which
// meeting came after the 3rd JIC"): that neighbour, never the meeting named. (Bare "before the 4th JIC" is a running
// total before it, read elsewhere.) Group 1: after/before; group 2: the ordinal.
const NEIGHBOUR_MEETING =
  / (?:(?:the )?(?:meeting|jic|one|session|mtg)s? (?:that )?(?:(?:came|comes|come|was held|were held|is held|happened|took place|was) )?|(?:happened|happen|came|come|occurred|occur|went on|took place) )(?:right |just |immediately |directly )?(after|following|before|preceding|prior to) (?:the )?([a-z0-9]+)(?: (?:sci )?(?:jic|meeting|one|mtg))?(?: meeting)? /;

function neighbourMeeting(text: string, dataset: Dataset, lex: Lexicon, out: Mention[]): string {
  const m = NEIGHBOUR_MEETING.exec(text);
  const n = m?.[2] ? numberWord(m[2], lex) : undefined;
  if (!m || n === undefined || !/(?:st|nd|rd|th|\d)$/.test(m[2] ?? '')) return text;
  // "Was the 3rd JIC before the 2nd?": a meeting named by its own ordinal is compared, not a neighbour asked.
  const word = /([a-z0-9]+) ?$/.exec(text.slice(0, m.index))?.[1] ?? '';
  if (!m[0].startsWith(' the ') && numberWord(word, lex) !== undefined) return text;
  const next = /^(?:after|following)$/.test(m[1] ?? '') ? n + 1 : n - 1;
  const start = m.index + 1;
  const end = m.index + m[0].length - 1;
  // A neighbour the sources don't have (after the 4th): that number, so the plan says no such meeting is in them.
  // (Before the 1st: the founding MOU, the record of what came before the JIC meetings.)
  if (next >= 1 || dataset.meetingByNumber(next))
    out.push({ type: 'meeting', start, end, words: text.slice(start, end), value: String(next) });
  return mask(text, start, end);
}

/**
 * What was signed or launched after (or before) a meeting ("MOUs signed after the 3rd JIC", "which projects were
 * launched before the 4th meeting", "which meetings came after the 2nd JIC"): the meetings on that side of it, each
 * named — their own counts added up, never the named meeting's own records or its running total. (Before the 1st: the
 * founding MOU; after the last: the number past it, so the plan says no such meeting is in the sources.) A verb must
 * stand right before, so "how many MOUs were there after the 3rd JIC" stays the running total reported then.
 */
const aroundByLexicon = new WeakMap<Lexicon, { around: RegExp; batch: RegExp }>();

/** A lexicon's patterns for "signed after the 3rd JIC" and "the fourth batch", compiled once (built from its ordinals). */
function aroundPatterns(lex: Lexicon): { around: RegExp; batch: RegExp } {
  const cached = aroundByLexicon.get(lex);
  if (cached) return cached;
  const built = {
    around: new RegExp(
      ` (?:(?:signed|sign|inked|launched|launch|started|initiated|added|agreed|announced|unveiled|established|introduced)|(?:meetings|jics|jic meetings)(?: (?:that )?(?:came|come|were held|have been held|had been held|happened|took place|followed|were there|have there been|had there been|were))?)(?: later| earlier)? (after|following|before|prior to|preceding) (?:the )?(${ORD}|${ordinals(lex)})(?: (?:sci )?(?:jic|meeting|mtg|one)s?(?: meeting)?)? `,
    ),
    batch: new RegExp(` (?:the )?(${ORD}|${ordinals(lex)}) (?:batch|round|tranche|wave|lot)(?:es|s)? `),
  };
  aroundByLexicon.set(lex, built);
  return built;
}

function meetingsAround(text: string, dataset: Dataset, lex: Lexicon, out: Mention[]): string {
  const m = aroundPatterns(lex).around.exec(text);
  const n = m?.[2] ? numberWord(m[2], lex) : undefined;
  if (!m || n === undefined) return text;
  const later = /^(?:after|following)$/.test(m[1] ?? '');
  // ("MOUs had been signed after the 3rd JIC", "how many projects had the SCI initiated after the 3rd", "had 43
  // projects been launched after it?": a perfect tense says what stood done then, its running total — not the meetings
  // after it. "Had" may stand a few words back, its subject between.)
  if (later && / (?:(?:has|have) been|had(?: [a-z0-9]+){0,3}) $/.test(text.slice(0, m.index + 1))) return text;
  const held = dataset.meetings.filter((x) => x.number > 0).sort((a, b) => a.number - b.number);
  const side = later ? held.filter((x) => x.number > n) : n <= 1 ? [] : held.filter((x) => x.number < n);
  const numbers = side.length ? side.map((x) => x.number) : later ? [n + 1] : n === 1 ? [0] : [];
  if (!numbers.length) return text;
  const verbAt = m[0].search(/ (?:after|following|before|prior to|preceding) /);
  const start = m.index + verbAt + 1;
  const end = m.index + m[0].length - 1;
  for (const x of numbers) out.push({ type: 'meeting', start, end, words: text.slice(start, end), value: String(x) });
  return mask(text, start, end);
}

// The meeting before or after one named, set against it ("more projects than the year before", "compared with the
// previous one", "than at the prior meeting", "vs the next one"): group 1 before, group 2 after. ("The last one" is the
// latest meeting, read elsewhere; "last time", "last year" are the one before.)
const BESIDE_NAMED =
  / (?:than|compared (?:to|with)|vs|versus|against|over|from|with|to) (?:at |in |with )?(?:the |its )?(?:((?:previous|prior|preceding) (?:sci )?(?:one|meeting|jic|year|time|session)|last (?:time|year)|(?:one|meeting|jic|year|time|session) (?:before|prior)(?: (?:it|that|that one|then))?)|((?:next|following|subsequent) (?:sci )?(?:one|meeting|jic|year|session)|(?:one|meeting|jic|year|session) (?:after|following)(?: (?:it|that|that one))?)) /;
// A meeting named by its number or ordinal ("the 3rd JIC", "jic 3", "the third meeting").
const NUMBERED_MEETING =
  / (?:(?:\d(?:st|nd|rd|th)|first|second|third|fourth) (?:sci )?(?:jic|meeting|one|mtg)|(?:jic|meeting) ?#?\d) /;

/** The meeting before or after the one meeting named, set against it: that neighbour (see BESIDE_NAMED). */
function besideNamed(t: string, out: Mention[]): string {
  const m = BESIDE_NAMED.exec(t);
  const named = [...new Set(out.filter((x) => x.type === 'meeting').map((x) => Number(x.value)))];
  const n = named[0];
  if (!m || named.length !== 1 || n === undefined || n < 1) return t;
  const next = m[1] ? n - 1 : n + 1;
  if (next < 1) return t;
  const start = m.index + m[0].indexOf(m[1] ?? m[2] ?? '');
  const end = start + (m[1] ?? m[2] ?? '').length;
  out.push({ type: 'meeting', start, end, words: t.slice(start, end), value: String(next) });
  return mask(t, start, end);
}

function relativeMeeting(text: string, dataset: Dataset, lex: Lexicon, out: Mention[]): string {
  const around = meetingsAround(text, dataset, lex, out);
  if (around !== text) return around;
  // ("More than the previous meeting" beside a meeting named by number: the one before it, read once that is found.)
  if (BESIDE_NAMED.test(text) && NUMBERED_MEETING.test(text)) return neighbourMeeting(text, dataset, lex, out);
  const m = RELATIVE_MEETING.exec(text);
  if (!m) return neighbourMeeting(text, dataset, lex, out);
  const after = text.slice(m.index + m[0].length);
  if (/^(?:mous?|projects?|agreements?|partners?|records?|items?|entr(?:y|ies)) /.test(after)) return text;
  const held = dataset.meetings.filter((x) => x.number > 0).sort((a, b) => a.number - b.number);
  const back = BACK[m[1] ?? m[2] ?? ''] ?? 1;
  const meeting = held[held.length - 1 - back];
  const start = m.index + 1;
  const end = m.index + m[0].length - 1;
  if (meeting) out.push({ type: 'meeting', start, end, words: text.slice(start, end), value: String(meeting.number) });
  return mask(text, start, end);
}

// Where a party stands: after "with", "and", "between", "as well as"…, or after a question's verb ("did hand-painted and
// …", "what did the Chinese University of Hong Kong sign"). The group is the verb: only a slot first in the question
// reads a part of one word.
// (Or the question's first words: "one champ's projects?", "nanyang tech mous".)
const PARTY_SLOT =
  / (?:with|and|between|alongside|as well as|&) (?:the )?|( )(?:did|does|do|has|have|had|was|were|is|are) (?:the )?|^ (?:the )?/g;
// Words of shape that end a party's name ("… sign an MOU", "… on AI"); the cities and countries may stand inside one.
const ENDS_A_NAME = (w: string) => STOP.has(w) && !/^(?:singapore|shenzhen|china|chinese)$/.test(w);
// The most words read after a slot as a part of a name.
const PART_WORDS = 7;

/** Every word of the lexicon's place names ("hong", "kong"): a place is no word of one partner's own. */
const placeWords = (() => {
  const seen = new WeakMap<Lexicon, Set<string>>();
  return (lex: Lexicon): Set<string> => {
    let s = seen.get(lex);
    if (!s) seen.set(lex, (s = new Set((lex.places ?? []).flatMap((p) => p.split(' ')))));
    return s;
  };
})();

// A word of a name, in the plural, or, after the first, its start cut short ("nanyang tech"): four letters or more,
// never a word of shape ("with", "from").
const sameWord = (asked: string, name: string) =>
  asked === name ||
  asked === `${name}s` ||
  (asked.length >= 4 && name.length > asked.length + 1 && name.startsWith(asked) && !STOP.has(asked));

/**
 * How many of the question's words, from the first, stand in a row in one name's words: one name word may be skipped
 * between two of them when three or more stand ("the qianhai talent service center" of "… Qianhai International Talent
 * Service Center"); fewer than three across a gap count only up to the gap.
 */
function wordsInName(asked: readonly string[], name: readonly string[]): number {
  let best = 0;
  for (let i = name.indexOf(asked[0] ?? ''); i >= 0; i = name.indexOf(asked[0] ?? '', i + 1)) {
    let j = 0;
    let k = i;
    let beforeGap = -1;
    let extra = 0;
    while (j < asked.length && k < name.length) {
      if (sameWord(asked[j] ?? '', name[k] ?? '')) {
        j += 1;
        k += 1;
      } else if (beforeGap < 0 && j > 0 && sameWord(asked[j] ?? '', name[k + 1] ?? '')) {
        beforeGap = j;
        k += 2;
        j += 1;
      } else if (beforeGap < 0 && j > 0 && sameWord(asked[j + 1] ?? '', name[k] ?? '')) {
        // (Or one word of the question's own inside the name: "Singapore Rehabilitation research Institutes", as a
        // gloss of 新加坡康复研究院 says it — never read apart as a kind of its own.)
        beforeGap = j;
        extra = 1;
        j += 2;
        k += 1;
      } else break;
    }
    best = Math.max(best, beforeGap >= 0 && j - extra < 3 ? beforeGap : j);
  }
  return best;
}

/**
 * A part of one partner's name, standing where a party stands ("did Hashmeta and hand-painted sign an MOU?", "with
 * Shenzhen Sports", "as well as the rehab institute", "did the Chinese University of Hong Kong sign…"): the longest run of
 * the question's words found in a row in the names of exactly one organisation. An everyday short form stands for the
 * word the names spell ("rehab" for "rehabilitation", from the topic synonyms). One word is read only where it is the
 * whole run before a word of shape and a word of its own (never a lone word of the language), and only where the
 * question names a partner or asks yes or no; two words, only with a word of their own, or three or more. Topics inside
 * it are its name, not a topic; a part that fits no name, or several, is left as it is (an unknown party stays unknown).
 */
function partsOfNames(text: string, masked: string, vocab: Vocabulary, lex: Lexicon, out: Mention[]): Mention[] {
  const found: Mention[] = [];
  const named = out.some((m) => m.type === 'org') || /^ (?:did|does|do|has|have|had|was|were|is|are) /.test(text);
  const own = (w: string) => w.length >= 4 && !STOP.has(w) && !lex.words.includes(w) && !placeWords(lex).has(w);
  PARTY_SLOT.lastIndex = 0;
  for (let m = PARTY_SLOT.exec(text); m; m = PARTY_SLOT.exec(text)) {
    const start = m.index + m[0].length;
    // (A verb's slot reads one word only first in the question: "did hand-painted …", never "… was ncs …".)
    const verbSlot = m[1] !== undefined;
    const words: string[] = [];
    let end = start;
    for (const w of text.slice(start).split(' ')) {
      const inside = masked.slice(end, end + w.length).includes('\u0001');
      // (Never across a name, person, meeting or record already found; a topic found there is the name's word.)
      if (!w || words.length >= PART_WORDS || (inside && !out.some((x) => x.type === 'topic' && x.start === end)))
        break;
      words.push(w);
      end += w.length + 1;
    }
    const asked = words.map((w) => (vocab.orgNameWords.has(w) ? w : (NAME_SHORT_FORMS.get(w) ?? w)));
    if (!asked[0] || !vocab.orgNameWords.has(asked[0])) continue;
    // The whole run before the first word of shape (the one-word reading).
    const plain = words.findIndex(ENDS_A_NAME);
    const upToShape = plain < 0 ? words.length : plain;
    const lengths = vocab.orgNameLists.map((n) => ({ id: n.id, l: wordsInName(asked, n.words) }));
    let length = Math.max(0, ...lengths.map((x) => x.l));
    // (A run never ends on a word of shape: "the Chinese University of" is no part.)
    while (length > 0 && STOP.has(asked[length - 1] ?? '')) length -= 1;
    const ids = new Set(lengths.filter((x) => length > 0 && x.l >= length).map((x) => x.id));
    const run = asked.slice(0, length);
    const fits =
      length >= 3 ||
      (length === 2 && run.some(own)) ||
      (length === 1 && upToShape === 1 && own(run[0] ?? '') && named && (!verbSlot || m.index === 0));
    // (A part every entity of one brand shares — "one champ" of both ONE Championships — names the brand, as its
    // full name would: its entities together.)
    const brand = fits && ids.size > 1 ? brandOfAll(vocab, ids) : undefined;
    const id = fits && ids.size === 1 ? [...ids][0] : brand?.[0];
    if (!id) continue;
    const stop = start + words.slice(0, length).join(' ').length;
    // The topic its words were read as is the name's word here ("Shenzhen Sports": no "sports" topic).
    for (let i = out.length - 1; i >= 0; i -= 1)
      if (out[i]?.type === 'topic' && (out[i]?.start ?? 0) >= start && (out[i]?.end ?? 0) <= stop) out.splice(i, 1);
    const also = brand?.slice(1);
    const mention: Mention = {
      type: 'org',
      start,
      end: stop,
      words: text.slice(start, stop),
      value: id,
      ...(also?.length ? { also } : {}),
    };
    out.push(mention);
    found.push(mention);
  }
  return found;
}

/** The entities of the one brand that holds every one of these organisations, the brand's own first; else undefined. */
function brandOfAll(vocab: Vocabulary, ids: ReadonlySet<string>): string[] | undefined {
  const fits = [...vocab.brands.values()].filter((family) => [...ids].every((id) => family.includes(id)));
  return fits.sort((a, b) => a.length - b.length)[0];
}

/**
 * "The Shenzhen government bodies", "Shenzhen government agencies": a name's last word and the word after it make a
 * kind of organisation — the kind, in a place, is asked, not the one body whose short name ends there.
 */
function nameEndsInKind(t: string, at: number, phrase: string, lex: Lexicon): boolean {
  const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
  const next = /^ ([a-z]+) /.exec(t.slice(at + phrase.length))?.[1];
  if (!next) return false;
  const pair = ` ${last} ${next} `;
  return lex.orgKinds.some(({ pattern }) => (pattern.exec(pair)?.[0].length ?? 0) === pair.length);
}

/** The entity of a brand that the word right after the brand's name names ("… singapore", "… china", "… shanghai"). */
function brandEntity(
  dataset: Dataset,
  ids: readonly string[],
  after: string,
): { id: string; length: number } | undefined {
  // (Only a word of the entity's own name: "is ONE Championship Chinese?" asks of the brand, not of one entity.)
  const word = /^ (singapore|china|shanghai|shenzhen)(?= )/.exec(after)?.[1];
  if (!word) return undefined;
  const hits = ids.filter((id) => ` ${normalise(dataset.organisation(id)?.name ?? '')} `.includes(` ${word} `));
  const only = hits.length === 1 ? hits[0] : undefined;
  return only ? { id: only, length: word.length + 1 } : undefined;
}

function meetingMentions(text: string, dataset: Dataset, lex: Lexicon, out: Mention[]): string {
  const { byNumber: patterns, ordinalWord } = meetingPatternsOf(lex);
  // ("After 3 meetings": a count of meetings, read before "the first" is read as the 1st.)
  const counted = meetingsCounted(text, lex, out);
  let t = meetingsBounded(
    meetingByDay(relativeMeeting(counted, dataset, lex, out), counted, dataset, out),
    dataset,
    lex,
    out,
  );
  // "The first two meetings", "the last three JICs", "the past 2 meetings": each of those meetings, in order.
  const span =
    / (?:the )?(first|last|latest|past|previous|final|most recent|recent) (two|three|four|2|3|4) (?:sci )?(?:jic meetings?|jic|meetings?)(?= )/.exec(
      t,
    );
  if (span?.[1] && span[2]) {
    const held = dataset.meetings.filter((m) => m.number > 0);
    const n = numberWord(span[2], lex) ?? 0;
    const picked = span[1] === 'first' ? held.slice(0, n) : held.slice(-n);
    if (n > 1 && picked.length === n) {
      const start = span.index + 1;
      const end = span.index + span[0].length;
      for (const m of picked)
        out.push({ type: 'meeting', start, end, words: t.slice(start, end), value: String(m.number) });
      t = mask(t, start, end);
    }
  }
  for (const re of patterns) {
    // Shared global patterns: start each question at its beginning.
    re.lastIndex = 0;
    if (!mayMatch(re, t)) continue;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const n = numberWord(m[1] ?? '', lex) ?? numberWord(m[2] ?? '', lex) ?? NaN;
      if (!Number.isFinite(n)) continue;
      // "The two meetings", "three JIC meetings": a count of meetings, not the 2nd or 3rd one.
      if (
        /^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(m[2] ?? m[1] ?? '') &&
        (/ (?:meetings|jics) $/.test(m[0]) ||
          /^meetings /.test(t.slice(m.index + m[0].length)) ||
          // ("All four JICs": the normal form reads "jics" as "jic"; "all/these/both" before it still counts them.)
          (/^[a-z]+$/.test(m[2] ?? m[1] ?? '') &&
            / (?:all|these|those|every|both|all the) $/.test(t.slice(0, m.index + 1))) ||
          // ("The most MOUs at one meeting", "in any one JIC": a single meeting, not the 1st.)
          (/^ ?one /.test(m[0]) && / (?:at|in|during|from|any|per|each|a|single|for) $/.test(t.slice(0, m.index + 1))))
      )
        continue;
      // The built-in patterns match the padding spaces; a language's own (unpadded) ones may not.
      const start = m.index + (m[0].startsWith(' ') ? 1 : 0);
      const end = m.index + m[0].length - (m[0].endsWith(' ') && m[0].length > 1 ? 1 : 0);
      out.push({ type: 'meeting', start, end, words: t.slice(start, end), value: String(n) });
      t = mask(t, start, end);
      re.lastIndex = 0;
    }
  }
  // "Dates for jic 3 and 4", "jic 1, 2 and 3", "meetings 2 or 3": a meeting's word said once for the numbers after it —
  // each number its own meeting (never a count), one after the other.
  for (let m = MORE_MEETINGS.exec(t); m?.[1] && dataset.meetingByNumber(Number(m[1])); m = MORE_MEETINGS.exec(t)) {
    const start = m.index + m[0].length - 1;
    out.push({ type: 'meeting', start, end: start + 1, words: m[1], value: m[1] });
    t = mask(t, start, start + 1);
  }
  // "The fourth batch of projects", "projects in the 3rd round": the Chinese report calls the 14 projects the 4th JIC
  // confirmed "the fourth batch" (after "the first three batches"), so a numbered batch of projects is the meeting that
  // launched it — its own count, never the running total. (The zone's and XNode's "first batch" are companies.)
  const batch = aroundPatterns(lex).batch.exec(t);
  if (
    batch &&
    / (?:projects?|ventures?) /.test(t) &&
    !/ (?:zone|demozone|park|xnode|gia|accelerator|compan(?:y|ies)|firms?|startups?) /.test(t)
  ) {
    const n = numberWord(batch[1] ?? '', lex);
    if (n !== undefined && n > 0) {
      const start = batch.index + 1;
      const end = batch.index + batch[0].length - 1;
      out.push({ type: 'meeting', start, end, words: t.slice(start, end), value: String(n) });
      t = mask(t, start, end);
    }
  }
  // The founding MOU: "the founding MOU", "the SCI MOU", "the smart city MOU between Singapore and Shenzhen".
  const founding = FOUNDING.exec(t);
  if (founding && / (?:mou|signed|founding) /.test(t)) {
    const start = founding.index + 1;
    const end = founding.index + founding[0].length - 1;
    out.push({ type: 'meeting', start, end, words: t.slice(start, end), value: '0' });
    t = mask(t, start, end);
  }
  // "Since 2019", "after 2021", "before 2022": every meeting held in that range — all of them is "to date" (no
  // meeting named); fewer, each named (their counts are added up, never one meeting's read as the range's).
  // "From 2020 to 2022", "between 2021 and 2023", "2020-2022": every meeting held in those years, the ends included
  // (never only the two years named). A change asked "from 2021 to 2022" compares its two ends: left to them.
  const years =
    / (?:(?:from|between) )?(20\d\d) (?:(?:to|and|through|thru|till|until|up to) )?(?:the end of )?(20\d\d) /.exec(t);
  const [y1, y2] = [Number(years?.[1]), Number(years?.[2])];
  if (
    years &&
    y2 > y1 + 1 &&
    (!/ and /.test(years[0]) || / between /.test(years[0])) &&
    !/ (?:change|changed|changes|grow|grew|growth|double|doubled|increase|increased|rise|rose|fall|fell|drop|dropped|up or down|go up|went up|go down|went down|compare|compared|versus|vs|than|trend) /.test(
      t,
    )
  ) {
    const start = years.index + 1;
    const end = years.index + years[0].length - 1;
    for (const m of dataset.meetings) {
      const y = Number(m.date.value.slice(0, 4));
      if (m.number > 0 && y >= y1 && y <= y2)
        out.push({ type: 'meeting', start, end, words: t.slice(start, end), value: String(m.number) });
    }
    t = mask(t, start, end);
  }
  const since = / (since|after|before|prior to) (20\d\d)(?: onwards?| on)? | from (20\d\d) (?:onwards?|on) /.exec(t);
  if (since) {
    const word = since[1] ?? 'from';
    const year = Number(since[2] ?? since[3]);
    const held = dataset.meetings.filter((m) => m.number > 0);
    const inRange = (y: number) =>
      word === 'after' ? y > year : word === 'before' || word === 'prior to' ? y < year : y >= year;
    const after = held.filter((m) => inRange(Number(m.date.value.slice(0, 4))));
    const start = since.index + 1;
    const end = since.index + since[0].length - 1;
    // Before a year: where a running total was reported at the last meeting in range ("before 2023": 29 projects
    // after the 3rd JIC), or nothing was held before it ("before 2020"), the words are read as before — the total
    // reported before the year's meeting; else the range's meetings are added up ("before 2022": the 1st and 2nd).
    const before = /^(?:before|prior to)$/.test(word);
    // ("Which meetings took place before 2023?" asks for the meetings themselves, whatever totals were reported.)
    const meetingsAsked =
      / (?:which|what|list|name|how many|number of|count) (?:jic |sci )?(?:meetings|jics|jic meetings|jic) /.test(t);
    if (!before || meetingsAsked || (after.length && !after[after.length - 1]?.totals)) {
      if (after.length < held.length)
        for (const m of after)
          out.push({ type: 'meeting', start, end, words: t.slice(start, end), value: String(m.number) });
      t = mask(t, start, end);
    }
  }
  // Years stand for the JIC meeting held that year (or, with nothing held, for the year itself).
  for (let m = / (20\d\d) /.exec(t); m; m = / (20\d\d) /.exec(t)) {
    const y = Number(m[1]);
    const meeting = meetingByYear(dataset, y);
    const start = m.index + 1;
    out.push({
      type: meeting ? 'meeting' : 'number',
      start,
      end: start + 4,
      words: String(y),
      value: meeting ? String(meeting.number) : `year:${y}`,
    });
    t = mask(t, start, start + 4);
  }
  // "The virtual meeting", "the video meetings", "the in-person meeting": the meetings whose place says that mode.
  const mode =
    / (?:the )?(virtual|virtually held|online|video|in person|physical) (?:sci )?(?:jic |joint )?(?:meetings?|jic) /.exec(
      t,
    );
  if (mode?.[1]) {
    const want = mode[1];
    // ("The virtual meetings", "online" are every meeting held at a distance — the 1st "virtually", the 2nd and 3rd by
    // video; "the virtual meeting", one, is the one the sources call virtual.)
    const several = /s $/.test(mode[0]);
    const test = (place: string) =>
      want === 'video'
        ? /video/i.test(place)
        : (/virtual/.test(want) && several) || want === 'online'
          ? /virtual|video/i.test(place)
          : /virtual/.test(want)
            ? /virtual/i.test(place)
            : !/virtual|video/i.test(place);
    const start = mode.index + 1;
    const end = mode.index + mode[0].length - 1;
    // With a meeting named ("was the 2nd JIC an in-person meeting"), the mode is what is claimed of it, not more meetings.
    const named = out.some((m) => m.type === 'meeting');
    for (const m of named ? [] : dataset.meetings.filter((x) => x.number > 0 && test(x.place.value)))
      out.push({ type: 'meeting', start, end, words: t.slice(start, end), value: String(m.number) });
    t = mask(t, start, end);
  }
  t = meetingByPlaceOrDay(t, text, dataset, out);
  // The latest / last / first meeting, named without a number.
  // ("The 2nd JIC vs the latest one": with a meeting named, "the latest one" is the latest meeting.)
  const latest =
    / (?:latest|last|most recent|newest|recent) (?:sci )?(?:jic|meeting)s?(?: meeting)? /.exec(t) ??
    (/ (?:jic|jics|jic\d|meeting|meetings) /.test(text) &&
    / (?:vs|versus|and|or|to|than|with) (?:the )?(?:latest|last|most recent|newest) one /.test(text)
      ? / (?:latest|last|most recent|newest) one /.exec(t)
      : null);
  if (latest) {
    out.push({
      type: 'meeting',
      start: latest.index + 1,
      end: latest.index + latest[0].length - 1,
      words: latest[0].trim(),
      value: String(dataset.latestMeeting.number),
    });
    t = mask(t, latest.index + 1, latest.index + latest[0].length - 1);
  }
  // ("How many more MOUs at the 4th than the 2nd?": ordinals set against each other beside MOUs or projects are meetings.)
  const hasMeeting =
    out.some((m) => m.type === 'meeting') ||
    / (?:meeting|meetings|jic|jics) /.test(text) ||
    // ("Where was the third one held?", "did a minister attend the 4th?": a meeting by its ordinal alone.)
    bareMeetingOrdinal(text) ||
    // ("Did the same person co-chair the 1st and 3rd?", "the mayor at the first and the second": ordinals beside a seat
    // are the meetings it was held at.)
    (/ (?:cochair|cochairs|cochaired|chair|chairs|chaired|mayor|mayors|permanent secretary|perm sec) /.test(text) &&
      / (?:at|the|and|vs|versus|or|between|to|both) (?:\d(?:st|nd|rd|th)|first|second|third|fourth) /.test(text)) ||
    (/ (?:mous?|projects?|agreements?) /.test(text) &&
      / (?:at|than|vs|versus|and|from|to|between|or|after|before|by|until|since) (?:the )?(?:\d(?:st|nd|rd|th)|first|second|third|fourth) (?!(?:new |joint )?(?:mous?|projects?|agreements?) )/.test(
        text,
      ));
  // Once a meeting is named, a bare ordinal names another ("than at the 3rd", "the 1st or the 2nd").
  if (hasMeeting) {
    const ordinalAt = (s: string) => / (?:the )?(\d)(?:st|nd|rd|th) /.exec(s) ?? ordinalWord.exec(s);
    const kept: Array<[number, number]> = [];
    for (let m = ordinalAt(t); m; m = ordinalAt(t)) {
      const n = numberWord(m[1] ?? '', lex);
      const start = m.index + 1;
      const end = m.index + m[0].length - 1;
      // "Which came first, the 2nd or the 3rd?": an order asked, not the 1st meeting.
      // ("Was the founding MOU signed first?", "the first one signed": an order of signing, not the 1st meeting.)
      const asOrder =
        /^[a-z]+$/.test(m[1] ?? '') &&
        (/ (?:came|come|comes|happened|happen|happens|signed|sign|signs|inked) $/.test(t.slice(0, m.index + 1)) ||
          /^ (?:signed|to sign|to be signed|inked|to ink|one signed|ones signed|one to sign) /.test(t.slice(end)));
      // "The first MOU of the 4th JIC", "the 2nd project in Annex B": a place in a list, not a meeting.
      const inList =
        /^ (?:new |joint )?(?:mous?|projects?|agreements?|memorand\w*|items?|entry|entries|records?) /.test(
          t.slice(end),
        );
      if (inList) kept.push([start, end]);
      else if (n !== undefined && !asOrder)
        out.push({ type: 'meeting', start, end, words: t.slice(start, end), value: String(n) });
      t = mask(t, start, end);
    }
    for (const [start, end] of kept) t = `${t.slice(0, start)}${text.slice(start, end)}${t.slice(end)}`;
  }
  t = besideNamed(t, out);
  meetingSpan(text, out);
  return t;
}

// "The meeting in Shenzhen", "the one held in Chongqing", "the Shenzhen JIC"; "the one held online", "the meeting that
// took place in person"; "on Dec 14", "the 25th of November": a meeting named by its place, its way of being held or
// its day without a year (tester7 W29). Read only where no meeting is named already (then it is a claim about it).
const MEETING_WORD = '(?:sci |jic |joint )?(?:meetings?|jics?|ones?|sessions?|gatherings?)';
const PLACED = new RegExp(
  ` (?:the|that) ${MEETING_WORD} (?:that |which )?(?:was |were |got )?(?:held |hosted |convened |conducted |took place |happened |that took place )?(?:in|at) ([a-z]+) `,
);
const PLACE_FIRST = new RegExp(` (?:the|that) ([a-z]+) ${MEETING_WORD} `);
// The same read from Chinese word order, as the gloss gives it ("在深圳举行的会议" → "in shenzhen held meetings").
const PLACED_ZH = new RegExp(` in ([a-z]+) (?:held|hosted|convened) ${MEETING_WORD} `);
const HELD_HOW_ZH = new RegExp(` (online|in person|offline|video conference|video) held ${MEETING_WORD} `);
const HELD_HOW = new RegExp(
  ` (?:the|that) ${MEETING_WORD} (?:that |which )?(?:was |were )?(?:held |conducted |done |run |that took place |took place )?(online|virtually|virtual|remotely|over video|(?:by|via|over) video(?: link| conference| call)?|over zoom|in person|physically|face to face|offline) `,
);
const MONTH = `(${MONTH_WORD})`;
const DAY_MONTH = new RegExp(
  ` (?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH} | ${MONTH} (\\d{1,2})(?:st|nd|rd|th)? | (\\d{1,2}) 月 (\\d{1,2}) (?:日|号) `,
);

function meetingByPlaceOrDay(t: string, text: string, dataset: Dataset, out: Mention[]): string {
  if (out.some((m) => m.type === 'meeting')) return t;
  const push = (re: RegExpExecArray, picked: readonly Meeting[]) => {
    const start = re.index + 1;
    const end = re.index + re[0].length - 1;
    for (const m of picked)
      out.push({ type: 'meeting', start, end, words: t.slice(start, end), value: String(m.number) });
    return picked.length ? mask(t, start, end) : t;
  };
  const remote = (m: Meeting) => /virtual|video/i.test(m.place.value);
  // A city a meeting was held in (the founding MOU's Chongqing too); a video meeting between two cities is in neither.
  const inCity = (city: string) =>
    dataset.meetings.filter((m) => !remote(m) && m.place.value.toLowerCase().split(/[^a-z]+/)[0] === city);
  const placed = PLACED.exec(t) ?? PLACE_FIRST.exec(t) ?? PLACED_ZH.exec(t);
  if (placed?.[1] && inCity(placed[1]).length) return push(placed, inCity(placed[1]));
  const how = HELD_HOW.exec(t) ?? HELD_HOW_ZH.exec(t);
  if (how?.[1]) {
    const away = !/person|physical|face|offline/.test(how[1]);
    return push(
      how,
      dataset.meetings.filter((m) => m.number > 0 && remote(m) === away),
    );
  }
  return t;
}

/** A day and month in the normal form ("14 dec", "the 25th of november", "oct 18"): "-MM-DD" and its span. */
export function dayIn(t: string): { md: string; start: number; end: number } | undefined {
  const day = DAY_MONTH.exec(t);
  if (!day) return undefined;
  // (Chinese "12 月 14 日": the month by its number.)
  const [d, month] = day[1]
    ? [day[1], monthNumber(day[2] ?? '') ?? 0]
    : day[4]
      ? [day[4], monthNumber(day[3] ?? '') ?? 0]
      : [day[6], Number(day[5])];
  const md = `-${String(month).padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
  return { md, start: day.index + 1, end: day.index + day[0].length - 1 };
}

/** "On Dec 14", "the nov 25 meeting": read before meetings by number, so "25 meeting" is never a 25th JIC. */
function meetingByDay(t: string, text: string, dataset: Dataset, out: Mention[]): string {
  const day = dayIn(t);
  if (!day || /^,? (?:of )?20\d\d\b/.test(text.slice(day.end))) return t;
  const held = dataset.meetings.filter((m) => m.date.value.endsWith(day.md));
  if (held.length !== 1 || !held[0]) return t;
  const { start, end } = day;
  out.push({ type: 'meeting', start, end, words: t.slice(start, end), value: String(held[0].number) });
  return mask(t, start, end);
}

const FOUNDING =
  / (?:founding(?: mou)?|founded|(?:the )?sci mou|smart city mou|mou (?:between|of) (?:singapore and shenzhen|shenzhen and singapore)) /;

// "Qin Weizhong - mayor of Shenzhen?", "the Med-Arb Protocol, launched in 2021?": a subject, a break, then what is
// claimed of it, asked with a question mark and no question word — a yes/no.
// (The claim says something: a place, a date, a role — "keppel, pku?" or "NTU: projects?" claim nothing.)
const VERBLESS_CLAIM =
  /^[^?]*[^\s?]\s*(?:[,:;–—]|\s-)\s+[^?]*\b(?:\d+|from|in|at|on|by|launched|held|signed|co-?chaired|chaired|mayor|secretary|minister|based|located|part of|one of|a|an)\b[^?]*\?\s*$/i;

function findTarget(text: string, lex: Lexicon, mentions: readonly Mention[], raw = ''): Target {
  // "When was the last JIC meeting?": the latest meeting is a reference, not a superlative.
  const t = mentions
    .filter((m) => m.type === 'meeting')
    .reduce((acc, m) => mask(acc, m.start, m.end), text)
    .replace(/\u0001+/g, ' meetingref ')
    .replace(/ {2,}/g, ' ');
  for (const target of TARGET_ORDER)
    if (anyMatch(lex.targets[target], t)) {
      // "Is 43 the total number of projects?": a claim to check, though it names a count.
      if (target === 'count') return lex.targets.yesno[0]?.test(t) && !/ how many /.test(t) ? 'yesno' : target;
      // "Who was the mayor when the SCI was founded?": of the question words, the first asked decides
      // (a later "when" or "where" starts a clause, not the question).
      if (WH.includes(target)) return earliest(t, lex, WH) ?? target;
      return target;
    }
  if (VERBLESS_CLAIM.test(raw) && !/ (?:what|whats|how|why|tell|describe|explain|about|details) /.test(t))
    return 'yesno';
  // ("jic 4 in 2023?", "jic 4 signed a tourism mou?": no question word, named things stated — bare.ts.)
  return bareTarget(text, raw, mentions) ?? 'what';
}

/** The targets a question word asks for, chosen by which of them comes first. */
const WH: readonly Target[] = ['when', 'where', 'yesno', 'who'];

function earliest(t: string, lex: Lexicon, targets: readonly Target[]): Target | undefined {
  let best: { target: Target; at: number } | undefined;
  for (const target of targets)
    for (const re of lex.targets[target]) {
      // (Most of the ~20 question words' patterns find nothing: a text without what one needs is not searched.)
      const at = mayMatch(re, t) ? t.search(re) : -1;
      if (at >= 0 && (!best || at < best.at)) best = { target, at };
    }
  return best?.target;
}

/** The text with the words that bound a number claimed ("at least", "or more") blanked out, the number kept. */
function withoutBounds(text: string, mentions: readonly Mention[]): string {
  let out = text;
  for (const m of mentions) {
    if (m.type !== 'number' || m.value.startsWith('year:')) continue;
    const b = boundAt(text, m.start, m.end);
    if (!b) continue;
    const blank = (a: number, z: number) => out.slice(0, a) + ' '.repeat(Math.max(0, z - a)) + out.slice(z);
    out = blank(b.start, m.start - 1);
    // (Only a bound after the number: with none, blanking an empty span would shift the words after it.)
    if (b.end > m.end) out = blank(m.end + 1, b.end);
  }
  return out;
}

/** A lexicon row's pattern (its tables are read through any-of.ts: one scan for a whole table). */
const patternOf = (row: { pattern: RegExp }): RegExp => row.pattern;

const GENERIC_ONLY = /^(?: (?:people|persons?|government|governments|officials?|leaders?|cities|city|individuals?))+ $/;

// Numbers a question claims of records or meetings ("10 MOUs", "three projects").
const CLAIMED_NUMBER =
  / (\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|fourteen) (?=(?:new |joint )*(?:mous?|agreements?|memorand(?:a|ums?)|projects?|companies|meetings|partners|universities) )/g;

const subjectRows = new WeakMap<Lexicon, ReadonlyArray<readonly [Subject, RegExp]>>();

/** A lexicon's subject patterns as rows (built once per lexicon, not per question). */
function subjectsOf(lex: Lexicon): ReadonlyArray<readonly [Subject, RegExp]> {
  let rows = subjectRows.get(lex);
  if (!rows) subjectRows.set(lex, (rows = Object.entries(lex.subjects) as Array<[Subject, RegExp]>));
  return rows;
}

/** Reads a question: its mentions, target and constraint cues. Never throws. */
export function understand(input: string, deps: Deps, lang = 'en', english = true): Understanding {
  return understandQuestion(questionOf(input, deps, lang, english), deps, lang);
}

/**
 * The question as understand reads it, before its mentions: its normal form with names joined and spellings
 * corrected. (Apart, so an answer that needs only the words — whether to split a Chinese question — pays no more.)
 */
export function questionOf(input: string, deps: Deps, lang = 'en', english = true): Question {
  return questionModesOf(input, deps, lang)(english);
}

/**
 * questionOf in either mode (`english`: false for a Chinese question's gloss — English words, with negations its own
 * reader handles), the words read once for both (question.ts questionModes), and corrected once where the two modes
 * leave the same words.
 */
export function questionModesOf(input: string, deps: Deps, lang = 'en'): (english: boolean) => Question {
  const lex = LEXICONS[lang] ?? (LEXICONS.en as Lexicon);
  const modes = questionModes(input);
  const vocab = vocabulary(deps.dataset);
  let last: { text: string; corrected: string } | undefined;
  // (A name's initials the sources never give — "boc" for Bank of China — read as the name, before any typo is
  // corrected: the short form could be "corrected" into another word.)
  const spelt = (read: Question) =>
    withNamesSpelt(joinSplitNames(read.text.trim(), vocab), read.raw, deps.dataset, (w) => knownWord(w, vocab, lex));
  return (english) => {
    const read = modes(english);
    const corrected = last?.text === read.text ? last.corrected : refold(` ${correct(spelt(read), vocab, lex)} `);
    last = { text: read.text, corrected };
    return { ...read, text: corrected, words: corrected.trim() ? corrected.trim().split(' ') : [] };
  };
}

/** understand() of a question questionOf read (with the same lexicon). */
export function understandQuestion(q: Question, deps: Deps, lang = 'en'): Understanding {
  const { dataset } = deps;
  const lex = LEXICONS[lang] ?? (LEXICONS.en as Lexicon);
  const vocab = vocabulary(dataset);
  const mentions: Mention[] = [];
  let t = meetingMentions(q.text, dataset, lex, mentions);
  // "project 6": a project by its number in the source's list.
  for (
    let m = / (?:project|prj|joint project) (?:no |number |#)?(\d{1,2}) /.exec(t);
    m;
    m = / (?:project|prj|joint project) (?:no |number |#)?(\d{1,2}) /.exec(t)
  ) {
    const p = dataset.projects.find((x) => x.number === Number(m?.[1]));
    const start = m.index + 1;
    const end = m.index + m[0].length - 1;
    if (p) mentions.push({ type: 'record', start, end, words: t.slice(start, end), value: `project:${p.id}` });
    t = mask(t, start, end);
  }
  t = annexPlaces(t, dataset, lex, mentions);
  // Names hide their words from the kind and country tables ("Peking University" is no "universities").
  let names = t;
  const candidates = phrasesStartingIn(t, vocab);
  // How many of the question's names name each outcome ("eBL" and "UOB" both name the 2nd JIC's trials).
  // (Counted by where each name starts: "gia" and "gia node" are one name.)
  const namesAt = new Map<string, Set<number>>();
  for (const { phrase, type, value } of candidates)
    for (const at of findAll(t, phrase)) {
      if (type === 'highlight') namesAt.set(value, (namesAt.get(value) ?? new Set<number>()).add(at));
      if (type === 'highlight' && mentions.some((m) => m.type === 'highlight' && m.value === value)) continue;
      if (type === 'meeting' && mentions.some((m) => m.type === 'meeting' && m.value === value)) continue;
      if (type === 'org' && nameEndsInKind(t, at, phrase, lex)) continue;
      const family = type === 'org' ? vocab.brands.get(phrase)?.filter((id) => id !== value) : undefined;
      // "ONE Championship Singapore", "ONE Championship China": a brand with the word that names one of its entities
      // right after is that entity alone, never the brand's other entity.
      const entity = family?.length ? brandEntity(dataset, [value, ...family], t.slice(at + phrase.length)) : undefined;
      const also = entity ? undefined : family;
      const end = at + phrase.length + (entity?.length ?? 0);
      mentions.push({
        type,
        start: at,
        end,
        words: t.slice(at, end),
        value: entity?.id ?? value,
        ...(also?.length ? { also } : {}),
      });
      // Highlights do not hide the organisation or topic words inside them.
      if (type !== 'highlight') t = mask(t, at, end);
      if (type === 'org' || type === 'person' || type === 'meeting') names = mask(names, at, end);
    }
  for (const part of partsOfNames(q.text, t, vocab, lex, mentions)) {
    t = mask(t, part.start, part.end);
    names = mask(names, part.start, part.end);
  }
  // A partner typed by the initials of its name, in capitals ("the SRI project": Singapore Rehabilitation Institute),
  // where the initials name one partner and nothing else on file — never a lower-case word ("sri lanka").
  for (const word of new Set(q.raw.match(/\b[A-Z]{3,6}\b/g) ?? [])) {
    const id = typedInitials(dataset).get(word);
    const at = id ? t.indexOf(` ${word.toLowerCase()} `) : -1;
    if (!id || at < 0) continue;
    mentions.push({ type: 'org', start: at + 1, end: at + 1 + word.length, words: word.toLowerCase(), value: id });
    t = mask(t, at + 1, at + 1 + word.length);
    names = mask(names, at + 1, at + 1 + word.length);
  }
  // A group's words are a topic too ("talent exchange"): a group only where the question speaks of one.
  // "Talent exchange MOUs", "talent exchange agreements": a group's name right before the word for MOUs names the group.
  // "Is the ONE Championship MOU in talent exchange?", "which agreements fall under talent exchange": an MOU placed in
  // a group's name names the group too (an MOU "about" or "on" it is a topic).
  const groupByName = mentions.some(
    (m) =>
      m.type === 'topic' &&
      vocab.groupPhrases.has(m.words) &&
      (followedByMou(q.text, m.words) ||
        new RegExp(
          ` (?:mous?|agreements?)(?: [a-z]+){0,3} (?:in|under|within|into|to) (?:the )?${m.words} (?!mous?|agreements?)`,
        ).test(q.text)),
  );
  const groupContext = groupByName || / (?:group|pillar|heading|category|section|annex) /.test(q.text);
  if (groupContext) {
    for (const m of mentions) {
      const g = m.type === 'topic' ? vocab.groupPhrases.get(m.words) : undefined;
      // (Two groups named — "the talent exchange group vs the AI group" — are both groups, each once.)
      if (g && !mentions.some((x) => x.type === 'group' && (x.value === g || !groupByName2(q.text)))) {
        m.type = 'group';
        m.value = g;
      }
    }
    // "The talent group": a group called by the first word of its name, right before "group".
    if (!mentions.some((x) => x.type === 'group'))
      for (const m of mentions) {
        const g = [...vocab.groupPhrases].find(([phrase]) => phrase.split(' ')[0] === m.words)?.[1];
        if (m.type === 'topic' && g && q.text.includes(` ${m.words} group `)) {
          m.type = 'group';
          m.value = g;
          break;
        }
      }
  }
  // (Most questions name no kind: one scan for all of them first.)
  const kind = (anyRow(lex.orgKinds, names, patternOf) ? lex.orgKinds : [])
    .map((k) => ({ k, m: k.pattern.exec(names) }))
    .filter((x) => x.m)
    .sort((a, b) => (a.m?.index ?? 0) - (b.m?.index ?? 0))[0];
  if (kind?.m)
    mentions.push({
      type: 'kind',
      start: kind.m.index + 1,
      end: kind.m.index + kind.m[0].length - 1,
      words: kind.m[0].trim(),
      value: kind.k.label,
    });
  // A country's words as a mention (the names text is padded with a space on each side, hence the shifts).
  const countryAt = (m: RegExpExecArray, country: string): Mention => ({
    type: 'country',
    start: m.index + 1,
    end: m.index + m[0].length - 1,
    words: m[0].trim(),
    value: country,
  });
  for (const c of anyRow(lex.countries, names, patternOf) ? lex.countries : []) {
    const m = c.pattern.exec(names);
    if (m && !mentions.some((x) => x.type === 'country')) mentions.push(countryAt(m, c.country));
  }
  // "Malaysian partners", "any companies from Japan": a country no partner on file is from (a filter that finds none).
  if (!mentions.some((x) => x.type === 'country') && TAKING_PART.test(names))
    for (const c of lex.otherCountries ?? []) {
      const m = c.pattern.exec(names);
      if (!m) continue;
      mentions.push(countryAt(m, c.country));
      break;
    }
  // "Qianhai companies", "Shenzhen universities", "institutes in Shenzhen", "partners from Shanghai": partners whose
  // own names state the place (never a place inferred). "Shenzhen partners" stays the Chinese side (a country).
  const place = placeAsked(names, lex);
  if (place) {
    const at = names.indexOf(` ${place} `) + 1;
    mentions.push({ type: 'place', start: at, end: at + place.length, words: place, value: place });
    // The place is the filter, not a topic the records speak of, nor the side its country is ("from Shenzhen").
    for (let i = mentions.length - 1; i >= 0; i -= 1) {
      const m = mentions[i];
      if ((m?.type === 'topic' && m.words === place) || (m?.type === 'country' && m.words.includes(place)))
        mentions.splice(i, 1);
    }
  }
  // (Annex A's first group, which has no heading: "the first group", "the first annex a section", "the untitled group".)
  const firstGroup =
    / (?:first|unlabelled|unlabeled|unnamed|untitled|unheaded) (?:annex a |annex |annexe a )?(?:group|section|category|heading) /.exec(
      q.text,
    );
  if (firstGroup) {
    const start = firstGroup.index + 1;
    mentions.push({
      type: 'group',
      start,
      end: start + firstGroup[0].length - 2,
      words: 'first group',
      value: 'unlabelled',
    });
  }
  if (
    / (?:ai|a i) (?:group|pillar|heading|category|section) /.test(q.text) &&
    !mentions.some((m) => m.type === 'group' && (m.value === 'ai' || !groupByName2(q.text)))
  )
    mentions.push({ type: 'group', start: 0, end: 0, words: 'ai', value: 'ai' });
  const kept = mentions.filter((m) => m.type !== 'group' || groupContext);
  for (const [subject, re] of subjectsOf(lex)) {
    const m = mayMatch(re, q.text) ? re.exec(q.text) : null;
    if (m)
      kept.push({
        type: 'subject',
        start: m.index + 1,
        end: m.index + m[0].length - 1,
        words: m[0].trim(),
        value: subject,
      });
  }
  if (lex.initiative.test(q.text)) kept.push({ type: 'initiative', start: 0, end: 0, words: 'sci', value: 'sci' });
  // Numbers the question claims ("10 MOUs", "three MOUs", "two projects"): what a yes/no checks.
  for (const m of mayMatch(CLAIMED_NUMBER, t) ? t.matchAll(CLAIMED_NUMBER) : []) {
    const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : m[1] === 'fourteen' ? 14 : lex.numbers[m[1] ?? ''];
    if (n !== undefined)
      kept.push({
        type: 'number',
        start: (m.index ?? 0) + 1,
        end: (m.index ?? 0) + 1 + (m[1]?.length ?? 0),
        words: m[1] ?? '',
        value: String(n),
      });
  }
  // "Is 43 the total?": in a yes/no question, a lone number is the claim even away from its unit.
  if (!kept.some((m) => m.type === 'number') && lex.targets.yesno[0]?.test(q.text)) {
    const lone = [...t.matchAll(/ (\d{1,4}) (?!st |nd |rd |th )/g)].filter((x) => !/^20\d\d$/.test(x[1] ?? ''));
    // ("Was the project total between 40 and 45?": a range's high end is the claim, its low end the bound boundAt reads
    // before it — never the low end alone, which made "No: 43" of a true range.)
    const high = lone[1] && boundBefore(t.slice(0, (lone[1].index ?? 0) + 1))?.bound;
    const m = typeof high === 'object' && high.between === Number(lone[0]?.[1]) ? lone[1] : lone[0];
    if (m)
      kept.push({
        type: 'number',
        start: m.index + 1,
        end: m.index + 1 + (m[1]?.length ?? 0),
        words: m[1] ?? '',
        value: m[1] ?? '',
      });
  }
  const rest = t
    .replace(lex.filler, ' ')
    .split(/[\s\u0001]+/)
    .filter((w) => w && !STOP.has(w) && !/^\d+(?:st|nd|rd|th)?$/.test(w))
    .join(' ');
  // Words no table knows may still name a partner, misspelt or cut short ("momentum wrks", "hand-painted") — but
  // not a word the question says the records are about ("the MOU about esports" is no typo of a sports group's name).
  const lookFor = (): string => {
    const about = new Set([...q.text.matchAll(ABOUT_WORD)].map((m) => m[1] ?? ''));
    return rest
      .split(' ')
      .filter((w) => !about.has(w))
      .join(' ');
  };
  const nameWords =
    rest &&
    !kept.some((m) =>
      ['org', 'kind', 'country', 'topic', 'person', 'highlight', 'record', 'group', 'place'].includes(m.type),
    )
      ? lookFor()
      : '';
  // A name of short words only ("sun yat sen") is looked up too, but must match almost exactly: short words
  // typed wrong are as likely another word as a name.
  // ("Did the same people co-chair…?": a common noun alone is no misspelt partner — never Shenzhen's People's Government.)
  const nameParts = nameWords && !GENERIC_ONLY.test(` ${nameWords} `) ? nameWords.split(' ') : [];
  const longPart = nameParts.some((w) => w.length >= 4);
  const shortName = !longPart && nameParts.filter((w) => w.length >= 3).length >= 2;
  if (nameWords && (longPart || shortName)) {
    const best = deps.search.lookup(nameWords, { kinds: ['organisation'] }).best;
    if (
      best &&
      best.score <= (longPart ? 0.35 : SHORT_NAME_SCORE) &&
      !kept.some((m) => m.type === 'org' && m.value === best.id)
    )
      kept.push({ type: 'org', start: 0, end: 0, words: nameWords, value: best.id });
  }
  // Long words shared with a highlight name it, when nothing else is named. A question naming the
  // Demonstration Zone only names the zone's own outcomes ("its start-up area"; "its first batch" is the
  // zone's, not another outcome's). With a meeting named, one word that only one of its outcomes says is
  // enough ("who chaired the session at the 2nd meeting").
  const zone = kept.some((m) => m.type === 'subject' && m.value === 'demozone');
  const meetingsNamed = new Set(kept.filter((m) => m.type === 'meeting').map((m) => m.value));
  // The meetings named are all found by now, and they are all the target reads (highlights do not change it).
  // (A number's bound — "at least 8", "20 or more", "more than 25" — is the claim's, never a superlative or a
  // comparison: read with its words set aside.)
  const unbounded = withoutBounds(q.text, kept);
  // (Only where the words left ask a yes/no: a statement of a bound — "signed fewer than 4" — stays a comparison.)
  const bounded = findTarget(q.text, lex, kept, q.raw);
  const target =
    unbounded !== q.text &&
    (bounded === 'most' || bounded === 'compare') &&
    findTarget(unbounded, lex, kept, q.raw) === 'yesno'
      ? 'yesno'
      : bounded;
  markNegated(q.text, kept, target);
  // (A meeting's own words are no outcome's: "the first meeting … the second" shares "first" and "second" with the
  // XNode batches' highlight, which the question never names.)
  const meetingless = kept.filter((m) => m.type === 'meeting').reduce((x, m) => mask(x, m.start, m.end), q.text);
  const overlaps = highlightOverlap(meetingless, vocab);
  if (!kept.some((m) => ['org', 'topic', 'record', 'highlight', 'person'].includes(m.type))) {
    const shared = overlaps.filter(([key]) => !zone || vocab.zoneHighlights.has(key));
    // The one word must be the question's own, not a word of how it named the meeting ("founding").
    const own = t
      .split(' ')
      .filter((w) => w.length >= 6 && !STOP.has(w) && !lex.words.includes(w) && !lex.announced.test(` ${w} `))
      .join(' ');
    const atMeeting = ['who', 'what', 'when', 'where'].includes(target)
      ? highlightOverlap(` ${own} `, vocab).filter(([key]) => meetingsNamed.has(key.split(':')[0] ?? ''))
      : [];
    for (const [key, score] of shared)
      if (score >= 2 || (!zone && atMeeting.length === 1 && atMeeting[0]?.[0] === key))
        kept.push({ type: 'highlight', start: 0, end: 0, words: '(words)', value: key });
  }
  // One name in several highlights ("TradeTrust" at the 2nd and 3rd meetings): the one sharing most words with the question first.
  const overlap = new Map(overlaps);
  const closer = (a: Mention, b: Mention) =>
    a.type === 'highlight' && b.type === 'highlight' ? (overlap.get(b.value) ?? 0) - (overlap.get(a.value) ?? 0) : 0;
  // (Two outcomes named apart: the one more of the question's names name comes first — "eBL trials UOB ran" is the 2nd
  // JIC's trials, which both names name, not the 3rd JIC's pilot only "eBL" names.)
  const namings = (m: Mention) => namesAt.get(m.value)?.size ?? 0;
  const named = (a: Mention, b: Mention) =>
    a.type === 'highlight' && b.type === 'highlight' ? namings(b) - namings(a) : 0;
  kept.sort((a, b) => named(a, b) || a.start - b.start || closer(a, b));
  const subjects = kept.filter((m) => m.type === 'subject').map((m) => m.value as Subject);
  const missing = firstMatch(lex.missing, q.text, patternOf)?.attribute;
  // A point in time a count runs up to is its running total then; the records listed up to it are every meeting's.
  const asOf = kept.some((m) => m.asOf);
  const listed =
    asOf && ['list', 'what', 'who'].includes(target)
      ? kept.flatMap((m) => (m.asOf ? upToMeeting(m, dataset) : [m]))
      : kept;
  return {
    q,
    lang,
    mentions: listed,
    target,
    subjects,
    flags: {
      // "Since 2022": the meetings from then on added up, not a running total reported at one of them.
      cumulative:
        asOf ||
        (lex.cumulative.test(q.text) &&
          !kept.some((m) => m.type === 'meeting' && / (?:since|from|after|before|prior to) /.test(` ${m.words} `))),
      // ("Before 2022" named its meetings already: no running total reported before one of them.)
      before:
        !asOf &&
        lex.before.test(q.text) &&
        !kept.some(
          (m) =>
            m.type === 'meeting' &&
            / (?:before|prior to|preceding) (?:20\d\d|(?:the )?\w+ (?:sci )?(?:jic|meeting|mtg|one)) /.test(
              ` ${m.words} `,
            ),
        ),
      signing: lex.signing.test(q.text),
      chairing: lex.chairing.test(q.text),
      announced: lex.announced.test(q.text),
      fewest: lex.fewest.test(unbounded),
      next: lex.next.test(q.text),
      help: lex.help.test(q.text),
      ...(missing ? { missing } : {}),
    },
    rest,
  };
}

/**
 * "The 2nd project in Annex B", "the first MOU in Annex A", "MOU #3 at the 4th JIC", "item 5 of Annex B": a record by its
 * place in the release's annex list (Annex A: the MOUs with an Annex A group, in its order; Annex B: the numbered
 * projects). Only the meeting whose annexes they are has that order.
 */
type AnnexTry = { re: RegExp; pos: number; kind: number; annex: number };
/** The annex-position patterns, compiled once per lexicon: always tried, and tried when the annexes' meeting is named. */
const annexPatterns = new WeakMap<Lexicon, { always: AnnexTry[]; atMeeting: AnnexTry[] }>();

function annexPatternsOf(lex: Lexicon): { always: AnnexTry[]; atMeeting: AnnexTry[] } {
  const cached = annexPatterns.get(lex);
  if (cached) return cached;
  const words = Object.keys(lex.numbers)
    .filter((w) => /st$|nd$|rd$|th$|thrid/.test(w))
    .join('|');
  const ord = `(\\d{1,2}(?:st|nd|rd|th)?|${words}|last|final)`;
  const kinds = '(projects?|mous?|agreements?|memorandums?|items?|entries|entry|ones?|records?)';
  const built = {
    always: [
      {
        re: new RegExp(
          ` (?:the )?${ord} (?:new )?(?:joint )?${kinds} (?:(?:that is|which is|as) )?(?:listed |named |mentioned |shown )?(?:in|of|on|from|under) (?:the )?annex ([ab]) `,
        ),
        pos: 1,
        kind: 2,
        annex: 3,
      },
      { re: new RegExp(` annex ([ab]) (?:s )?(?:list )?(?:s )?${ord} ${kinds} `), pos: 2, kind: 3, annex: 1 },
      {
        re: new RegExp(` ${kinds} (?:no |number |#)?(\\d{1,2}) (?:in|of|on|from) (?:the )?annex ([ab]) `),
        pos: 2,
        kind: 1,
        annex: 3,
      },
      { re: new RegExp(` annex ([ab]) ${kinds} (?:no |number |#)?(\\d{1,2}) `), pos: 3, kind: 2, annex: 1 },
      // "In annex A, which MOU is listed first?": the annex first, then the record's word and its place.
      {
        re: new RegExp(
          ` annex ([ab]) (?:which|what) ${kinds} (?:is |was |comes |came )?(?:listed |named )?(?:the )?${ord} `,
        ),
        pos: 3,
        kind: 2,
        annex: 1,
      },
      // "Which Annex B project is listed last?", "what annex a mou comes first": the place after the record's word.
      {
        re: new RegExp(
          ` annex ([ab]) ${kinds} (?:is |was |comes |came |appears |sits )?(?:listed |named |shown |placed )?(?:the )?${ord}(?: on the list| in the list| in it)? `,
        ),
        pos: 3,
        kind: 2,
        annex: 1,
      },
    ],
    // "MOU #3 at the 4th JIC", "the first MOU of the 4th JIC": that meeting's annex order.
    atMeeting: [
      { re: new RegExp(` (mou|agreement) (?:no |number |#)?(\\d{1,2}) `), pos: 2, kind: 1, annex: 0 },
      {
        re: new RegExp(` (?:the )?${ord} (mou|agreement|memorandum) (?:signed |listed )?(?:at|of|from|in) `),
        pos: 1,
        kind: 2,
        annex: 0,
      },
      // "Which project is the last one on the 4th JIC's list": the record's word, then its place.
      {
        re: new RegExp(
          ` ${kinds} (?:that |which )?(?:is |was |comes |came )?(?:the )?${ord}(?: one)? (?:listed )?(?:on|in|of) (?:the )?\u0001+(?: s)? (?:list|lists|annex|annexes|release list) `,
        ),
        pos: 2,
        kind: 1,
        annex: 0,
      },
      // "The last project on the 4th JIC's list": the meeting (read already, masked) and its list.
      {
        re: new RegExp(
          ` (?:the )?${ord} ${kinds} (?:listed )?(?:on|in|of) (?:the )?\u0001+(?: s)? (?:list|lists|annex|annexes|release list) `,
        ),
        pos: 1,
        kind: 2,
        annex: 0,
      },
    ],
  };
  annexPatterns.set(lex, built);
  return built;
}

function annexPlaces(text: string, dataset: Dataset, lex: Lexicon, out: Mention[]): string {
  // (Most questions name no annex and no MOU: nothing to look for.)
  if (!/ (?:annex|mou|agreement|memorandum|list) /.test(text)) return text;
  const annexA = dataset.mous.filter((m) => m.group);
  const annexB = dataset.projects
    .filter((p) => typeof p.number === 'number')
    .sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  const annexMeeting = dataset.meeting(annexA[0]?.meeting ?? annexB[0]?.meeting ?? '')?.number;
  const at = (position: string) =>
    position === 'last' || position === 'final' ? -1 : (numberWord(position, lex) ?? /^\d+/.exec(position)?.[0]);
  let t = text;
  const patterns = annexPatternsOf(lex);
  const meetingNamed = out.some((m) => m.type === 'meeting' && Number(m.value) === annexMeeting);
  const tries = meetingNamed ? [...patterns.always, ...patterns.atMeeting] : patterns.always;
  for (const { re, pos, kind, annex } of tries) {
    const m = re.exec(t);
    if (!m) continue;
    const k = m[kind] ?? '';
    const letter = annex ? m[annex] : /^proj/.test(k) ? 'b' : 'a';
    // "The 2nd project in Annex A" asks for something Annex A does not list: left to be read otherwise.
    if ((letter === 'a' && /^proj/.test(k)) || (letter === 'b' && /^(?:mou|agreement|memorand)/.test(k))) continue;
    const list: Array<{ id: string }> = letter === 'a' ? annexA : annexB;
    const n = at(m[pos] ?? '');
    const rec = n === -1 ? list[list.length - 1] : list[Number(n) - 1];
    const start = m.index + 1;
    const end = m.index + m[0].length - 1;
    if (rec)
      out.push({
        type: 'record',
        start,
        end,
        words: t.slice(start, end),
        value: `${letter === 'a' ? 'mou' : 'project'}:${rec.id}`,
      });
    t = mask(t, start, end);
    break;
  }
  return t;
}

const PARTNER_WORDS =
  '(?:universities|university|unis|uni|companies|company|firms|firm|partners|partner|organisations|organizations|orgs|institutes|institute|bodies|agencies|entities|colleges|research institutes|businesses|enterprises)';
const placePatterns = new WeakMap<Lexicon, RegExp[]>();

/** Partners, or taking part: where a country no partner is from is read as a filter. (Built once, not per question.) */
const TAKING_PART = new RegExp(
  ` ${PARTNER_WORDS} | (?:involved|take part|taking part|participate|participating|participants) `,
);

/** The city or region the question places partners in ("Qianhai companies", "partners based in Shanghai"), if any. */
function placeAsked(names: string, lex: Lexicon): string | undefined {
  if (!lex.places?.length) return undefined;
  let res = placePatterns.get(lex);
  if (!res) {
    const all = lex.places.join('|');
    // "The Shenzhen side", "Shenzhen parties" are the Chinese side; "Shenzhen companies", "Shenzhen universities",
    // "Shenzhen-based firms" are the place (those whose names state it, the rest of the Chinese side said beside them).
    const before = lex.places.filter((p) => p !== 'shenzhen').join('|');
    res = [
      new RegExp(` (${before}) (?:based )?(?:[a-z]+ )?${PARTNER_WORDS} `),
      new RegExp(
        ` (?<!(?:singapore|sg|singapores) (?:and |& |x |or )?)(shenzhen) (?:based )?(?:[a-z]+ )?${PARTNER_WORDS} `,
      ),
      new RegExp(` (${all}) based `),
      new RegExp(
        ` ${PARTNER_WORDS} (?:that are |which are |who are |are |were |is |come |comes )?(?:based |located |headquartered |registered |situated )?(?:in|from) (?:the )?(${all}) `,
      ),
      new RegExp(` (?:based|located|headquartered|registered|situated) in (?:the )?(${all}) `),
    ];
    placePatterns.set(lex, res);
  }
  for (const re of res) {
    const m = mayMatch(re, names) ? re.exec(names) : null;
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/** How close a name of short words only must match a partner's name (search scores: 0 is exact). */
const SHORT_NAME_SCORE = 0.05;

/** A word right after "about", "on", "covering"…: what something is about, never a name typed wrong. */
const ABOUT_WORD =
  /(?<! what| how) (?:about|on|involving|regarding|concerning|covering|covers|cover|related to|relating to|focused on|focusing on|in the field of) (?:the |a |an )?([a-z]{4,})(?= )/g;

/** The phrase, then the word for MOUs ("talent exchange MOUs", "ai agreements"). */
export function followedByMou(text: string, phrase: string): boolean {
  if (text.includes(` ${phrase} mou `)) return true;
  let re = mouAfter.get(phrase);
  if (!re) {
    re = new RegExp(` ${phrase} (?:mou |mous|agreements?|memorand)`);
    // Phrases come from the data's tables, so this stays small; a stray caller cannot grow it without bound.
    if (mouAfter.size >= 1024) mouAfter.clear();
    mouAfter.set(phrase, re);
  }
  return re.test(text);
}

/** followedByMou's pattern for each phrase, compiled once. */
const mouAfter = new Map<string, RegExp>();

/** Highlights whose long words the question shares, with how many it shares (most first; equals in table order). */
function highlightOverlap(text: string, vocab: Vocabulary): Array<[string, number]> {
  const words = new Set(text.split(' ').filter((w) => w.length >= 5 && !STOP.has(w)));
  const byWord = highlightsByWord(vocab.highlightWords);
  const shared = new Map<number, number>();
  for (const w of words) for (const i of byWord.get(w) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  return [...shared.keys()]
    .sort((a, b) => a - b)
    .map((i) => [vocab.highlightWords[i]?.key ?? '', shared.get(i) ?? 0] as [string, number])
    .sort((a, b) => b[1] - a[1]);
}

/** Each long word of the highlights → the highlights (their places in the table) that say it, built once per table. */
const wordIndexes = new WeakMap<Vocabulary['highlightWords'], Map<string, number[]>>();

function highlightsByWord(table: Vocabulary['highlightWords']): Map<string, number[]> {
  let index = wordIndexes.get(table);
  if (!index) {
    const built = new Map<string, number[]>();
    table.forEach(({ words }, i) => {
      for (const w of words) built.set(w, [...(built.get(w) ?? []), i]);
    });
    wordIndexes.set(table, (index = built));
  }
  return index;
}

// Words of shape, not of names: never looked up as a name.
const STOP = new Set(
  (
    'a about all an and any are as at be been by can could did do does for from give had has have how i in into is it its ' +
    'list many me much my of on or our show so than that the their them then there these they this those to too us was we were ' +
    'what whats when where which who whom whose why will with would you your s mou mous project projects partner partners ' +
    'company companies meeting meetings jic sci joint new far total count number no agreement agreements signed sign signs ' +
    'signing involved involve involves involving join joins joined joining take part part took place held happen happened launched launch started start ' +
    'begin began initiated chaired chair cochair cochaired co date year years more most fewest least than compare between ' +
    'together work works working partnered partner team up doing do done did get got know tell info information details describe ' +
    'explain right true really yes not there singapore shenzhen china chinese singaporean smart city initiative agree agreed ' +
    'announced unveiled established set decided outcomes named cover covers about mentioned kind kinds type types sort sorts big how ' +
    'other others same each every one ones being been have has had out come came made make ever just also only still please ' +
    'meetingref mtg mtgs uni unis fields field expand expanding into universities university firms firm group groups pillar pillars ' +
    // everyday words around a question ("what is Peppol used for here?"): never what it is about
    'here used use uses using thing things stuff something anything everything anywhere somewhere exactly currently actually lol ok okay ' +
    // who stands behind a record ("which organisations are behind the rehabilitation project?")
    'behind organisations organizations organisation organization parties party ' +
    // the bot's own words, echoed back ("why only 12 MOUs on file?"): never a topic or a name
    'file files record records'
  ).split(' '),
);

/** A word of shape, not of names (never looked up as a name, never a claim's content). */
export const isStopWord = (w: string): boolean => STOP.has(w);

/** Whether the records' own text spells this word (any record, outcome, name or source). */
export function isSpeltInRecords(word: string, dataset: Dataset): boolean {
  const v = vocabulary(dataset);
  return v.spelt.has(word) || v.known.has(word) || v.speltShort.has(word);
}

/** Whether a word (normal form) is a word of some organisation's name or alias: never a name no source gives. */
export function isWordOfAName(word: string, dataset: Dataset): boolean {
  if (word.length < 4) return false;
  const v = vocabulary(dataset);
  // (One word is one of the names' words; words with a space between them are looked for in each name.)
  return word.includes(' ') ? v.orgNames.some((n) => n.text.includes(` ${word} `)) : v.orgNameWords.has(word);
}

/**
 * The question's text (or `text`) with the spans of the mentions `which` picks blanked, the same length, so the other
 * spans still hold: what the question says besides the names it gives.
 */
export function withoutMentions(u: Understanding, which: (m: Mention) => boolean, text = u.q.text): string {
  return u.mentions
    .filter((m) => m.end > m.start && which(m))
    .reduce((t, m) => `${t.slice(0, m.start)}${' '.repeat(m.end - m.start)}${t.slice(m.end)}`, text);
}

/** Organisations a mention names: the one found, and the rest of its brand family. */
export function mentionedOrgIds(u: Understanding): string[][] {
  return u.mentions
    .filter((m) => m.type === 'org' && !m.negated)
    .reduce<string[][]>((acc, m) => {
      const ids = [m.value, ...(m.also ?? [])];
      const same = acc.findIndex((g) => g.includes(m.value));
      if (same < 0) acc.push(ids);
      // ("The ONE Championship MOU … by ONE Championship (Singapore)": the brand named again as one of its entities is
      // that entity, never the brand's other one.)
      else if (!m.also?.length && (acc[same]?.length ?? 0) > 1) acc[same] = [m.value];
      return acc;
    }, []);
}

export type { Organisation };

/** Two Annex A groups asked side by side ("the talent exchange group vs the AI group", "AI or talent exchange group"). */
function groupByName2(t: string): boolean {
  return (
    / (?:vs|versus|or|and|than|compared (?:to|with)|against) /.test(t) &&
    (t.match(/ (?:group|groups|heading|pillar) /g)?.length ?? 0) >= 1
  );
}
