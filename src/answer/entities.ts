import type { Country, Dataset, MouGroup, Organisation, RecordKind } from '../dataset/index.js';
import type { Deps } from '../command.js';
import { normalise, squash, type SearchHit } from '../search/index.js';
import { findMeetingRef, type MeetingRef } from './meetingRef.js';
import { hasPhrase, type Question } from './question.js';

/** The kinds of thing a question can be about, by the words that name them. */
export type Subject = 'mou' | 'project' | 'partner' | 'demozone' | 'meeting';

const SUBJECT_WORDS: Readonly<Record<Subject, RegExp>> = {
  mou: /\b(?:mou|mous|agreements?)\b/,
  project: /\b(?:projects?|ventures?|collaborations?)\b/,
  partner: /\b(?:partners?|companies|company|organi[sz]ations?|firms?|universities|university|parties|signatories|institutions?)\b/,
  demozone: /\bdemozone\b/,
  meeting: /\b(?:jic|meetings?)\b/,
};

// Country words are read only in phrases that say "from/of that side", because "Singapore" and
// "Shenzhen" also sit in the initiative's own name.
const COUNTRY_PATTERNS: ReadonlyArray<readonly [Country, RegExp]> = [
  ['Singapore', /\b(?:singaporean|singapore based|from singapore|in singapore|singapore side|singapore s side|singapore (?:partners?|companies|company|firms?|organi[sz]ations?|universities|institutions?|parties))\b/],
  ['China', /\b(?:chinese|from china|in china|china side|china based|shenzhen side|from shenzhen|shenzhen based|(?:china|shenzhen) (?:partners?|companies|company|firms?|organi[sz]ations?|universities|institutions?|parties))\b/],
];

const GROUP_CONTEXT = /\b(?:group|pillar|heading|category|section|annex)\b/;

export interface Entities {
  subjects: Set<Subject>;
  meeting?: MeetingRef;
  country?: Country;
  group?: MouGroup;
  /** Topic phrases (normalised) from the records' own topics and keywords. */
  topics: string[];
  /** Organisations named in the question (exactly, or through the search engine). */
  orgs: Organisation[];
  /** The closest records for the words left over, through the search engine. */
  hits: SearchHit[];
  /** People the meetings name (co-chairs, signatories), by name or by role ("the mayor"). */
  people: string[];
}

const ROLE_WORDS = ['mayor', 'permanent secretary'];

/** People named in the question, or whose role it names: from the meetings' readings, never a list in code. */
function findPeople(q: Question, dataset: Dataset): string[] {
  const all = dataset.meetings.flatMap((m) => m.people.flatMap((r) => r.people)).filter((p) => p.role !== 'not named');
  const byName = all.filter((p) => hasPhrase(q, normalise(p.name)) || hasPhrase(q, normalise(p.name.split(' ').slice(-1)[0] ?? '')) && p.name.split(' ').length > 1 && hasPhrase(q, normalise(p.name.split(' ')[0] ?? '')));
  const roles = ROLE_WORDS.filter((r) => hasPhrase(q, r));
  const byRole = roles.length ? all.filter((p) => roles.some((r) => normalise(p.role).includes(r))) : [];
  return [...new Set([...byName, ...byRole].map((p) => p.name))];
}

/** Word lists built once per dataset: its names, aliases, topics and groups in normal form. */
interface Vocabulary {
  orgPhrases: Array<{ phrase: string; org: Organisation }>;
  topics: string[];
  groups: Array<{ phrase: string; group: MouGroup }>;
}

const vocabularies = new WeakMap<Dataset, Vocabulary>();

// Everyday words for topics the records name otherwise (why: "robots", "rehab", "blockchain"
// are how people ask; the records' topics and keywords are how the data files say it).
const TOPIC_SYNONYMS: Readonly<Record<string, string>> = {
  robots: 'robotics',
  robot: 'robotics',
  rehab: 'rehabilitation',
  healthcare: 'healthcare',
  health: 'healthcare',
  education: 'education',
  talents: 'talent',
  sport: 'sports',
  energy: 'energy storage',
  battery: 'energy storage',
  batteries: 'energy storage',
  legal: 'legal services',
  law: 'legal services',
  tourism: 'tourism',
  tourists: 'tourism',
  einvoicing: 'e invoicing',
  invoicing: 'e invoicing',
  smes: 'smes',
  sme: 'smes',
};

function vocabulary(dataset: Dataset): Vocabulary {
  const cached = vocabularies.get(dataset);
  if (cached) return cached;
  const orgPhrases: Vocabulary['orgPhrases'] = [];
  for (const org of dataset.organisations)
    for (const name of [org.name, ...org.aliases]) {
      const phrase = normalise(name);
      if (phrase) orgPhrases.push({ phrase, org });
      const squashed = squash(name);
      if (squashed !== phrase && squashed.length >= 5) orgPhrases.push({ phrase: squashed, org });
    }
  orgPhrases.sort((a, b) => b.phrase.length - a.phrase.length);
  const topicSet = new Set<string>();
  for (const r of [...dataset.mous, ...dataset.projects]) for (const t of [...r.topics, ...r.keywords]) topicSet.add(normalise(t));
  for (const t of Object.values(TOPIC_SYNONYMS)) topicSet.add(t);
  const topics = [...topicSet].filter(Boolean).sort((a, b) => b.length - a.length);
  const groups = dataset.initiative.mouGroups.map((group) => ({
    group,
    phrase: group.id === 'unlabelled' ? 'first group' : normalise(group.label.replace(/^strategic pillar:?/i, '')),
  }));
  const vocab = { orgPhrases, topics, groups };
  vocabularies.set(dataset, vocab);
  return vocab;
}

/** Organisations named exactly (name, alias or squashed name), longest names first, no overlaps. */
function exactOrgs(q: Question, vocab: Vocabulary): Organisation[] {
  let text = q.text;
  const found: Organisation[] = [];
  for (const { phrase, org } of vocab.orgPhrases) {
    const at = text.indexOf(` ${phrase} `);
    if (at < 0) continue;
    if (!found.includes(org)) found.push(org);
    text = `${text.slice(0, at)} ${'#'.repeat(phrase.length)} ${text.slice(at + phrase.length + 2)}`;
  }
  return found;
}

// Words that carry the question's shape, not a name: removed before asking the search engine
// what the rest of the question names.
const SHAPE_WORDS = new Set(
  ('a about all an and any are as at be been by can could did do does for from give had has have how i in info information ' +
    'involve involved involves involving is it its itself list many me much number of on or please show signed sign signs ' +
    'tell that the their them there these they this those to was were what when where which who whom whose why with you ' +
    'mou mous project projects partner partners company companies meeting jic sci joint new so far total count ' +
    'organisation organisations organization organizations agreement agreements about details describe explain ' +
    'happened happen took place held co chaired cochaired cochair cochairs chair chaired date year begin began start started ' +
    'launched founded pillar pillars group annex signatory signatories parties party between bot hey hi hello know ' +
    'made make get got see find look up lookup latest last recent first second third fourth fifth 1st 2nd 3rd 4th 5th ' +
    'one two three four five related concerning regarding topic topics area areas singapore shenzhen china chinese singaporean ' +
    'demozone zone demonstration smart city initiative'
  ).split(' '),
);

/** The words of the question that may name a record, once shape words, numbers and topics are gone. */
export function residual(q: Question, topics: readonly string[]): string {
  let text = q.text;
  for (const t of topics) text = text.split(` ${t} `).join(' ');
  return text
    .trim()
    .split(' ')
    .filter((w) => w && !SHAPE_WORDS.has(w) && !/^\d+(st|nd|rd|th)?$/.test(w))
    .join(' ');
}

export function findEntities(q: Question, deps: Deps): Entities {
  const { dataset } = deps;
  const vocab = vocabulary(dataset);
  const subjects = new Set<Subject>();
  for (const [subject, pattern] of Object.entries(SUBJECT_WORDS) as Array<[Subject, RegExp]>) if (pattern.test(q.text)) subjects.add(subject);
  const country = COUNTRY_PATTERNS.find(([, p]) => p.test(q.text))?.[0];
  const group = GROUP_CONTEXT.test(q.text) ? vocab.groups.find((g) => hasPhrase(q, g.phrase))?.group : undefined;
  const topics = vocab.topics.filter((t) => hasPhrase(q, t));
  for (const w of q.words) {
    const synonym = TOPIC_SYNONYMS[w];
    if (synonym && !topics.includes(synonym)) topics.push(synonym);
  }
  // A topic inside a longer topic found ("energy" in "energy storage") adds nothing.
  const distinctTopics = topics.filter((t) => !topics.some((o) => o !== t && o.includes(t)));
  let orgs = exactOrgs(q, vocab);
  // Topic words stay in what the search engine ranks records by ("success academy" names a
  // project), but not in the name of a partner looked up for the question.
  const words = residual(q, []);
  const rest = residual(q, distinctTopics);
  const hits: SearchHit[] = words ? deps.search.search(words, { limit: 8 }) : [];
  if (rest) {
    if (orgs.length === 0) {
      const best = deps.search.lookup(rest, { kinds: ['organisation'] }).best;
      const org = best ? dataset.organisation(best.id) : undefined;
      if (org) orgs = [org];
    }
  }
  const meeting = findMeetingRef(q, dataset);
  return {
    subjects,
    ...(meeting ? { meeting } : {}),
    ...(country ? { country } : {}),
    ...(group ? { group } : {}),
    topics: distinctTopics,
    orgs,
    hits,
    people: findPeople(q, dataset),
  };
}

/** The hits of one kind, best first. */
export function hitsOf(entities: Entities, kind: RecordKind): SearchHit[] {
  return entities.hits.filter((h) => h.kind === kind);
}
