// What a document SAYS about a meeting, in its own words: "what did the 3rd JIC release say about momentum?", "what do
// the 4th JIC's new projects reflect, according to the press release?", "which 3rd JIC projects did the article call
// notable?". The data keeps such sentences word for word as a meeting's `passages` (each citing the documents that
// print it); they are shown in quotation marks as those documents' words, never restated as a fact of ours.
//
// One reading for the family: the passage of the meetings asked that shares most of the question's words, where at least
// one shared word is the passage's own — no record of those meetings says it ("momentum" at the 3rd JIC, where no
// record names Momentum Works; "reflect", "notable", "testament"). A word the records also say ("talent", "Keppel")
// leaves the question to the records.
import type { Dataset, Meeting } from '../dataset/index.js';
import { publisherName } from '../cards/sources.js';
import { formatDate, meetingDate } from './format.js';
import type { Ref } from './run.js';
import type { Plan } from './plan.js';
import type { Said } from './say/common.js';
import { mentionsOf, type Understanding } from './understand.js';
import { publicationsNamed } from './plan/asked.js';
import { norm, perDataset } from './records.js';

export interface WordingPlan {
  op: 'wording';
  /** The passages quoted, by key ("3:4": the 3rd JIC's fifth passage). */
  keys: string[];
}

export interface WordingResult {
  op: 'wording';
  passages: Array<{ at: Meeting; text: string; sources: readonly string[] }>;
  refs: Ref[];
  sources: string[];
}

// "R&D" as one word, however it is typed ("r&d", "R and D", "research and development"): the normal form splits it.
const rnd = (text: string) =>
  text.replace(/\b(?:r\s*(?:&|and|n)?\s*d|research\s+(?:&|and)\s+development)\b/gi, ' rnd ');

/** A word's stem: its ending dropped, its first six letters ("reflects", "reflected" → "reflec"; "notably" → "notabl"). */
const stemOf = (w: string) => w.replace(/(?:ing|ed|es|s)$/, '').slice(0, 6);

/** The stems of a text's words of three letters or more ("aim", "R&D"). */
const stemsOf = (text: string): Set<string> =>
  new Set(
    norm(rnd(text))
      .split(' ')
      .filter((w) => w.length >= 3)
      .map(stemOf),
  );

// The words of asking and of naming a document or meeting: never what the passage is asked about.
const ASKING = stemsOf(
  'what which whom whose does have were they their them that this with from about tell said says according ' +
    'release released press media news article report reported announcement announced statement story coverage ' +
    'write wrote written writeup describe described description call called words wording phrase source sources ' +
    'document paper publish published mention mentioned state stated note noted claim meeting meetings first second ' +
    'third fourth latest last project projects joint agreement agreements memorandum understanding ' +
    'committee implementation singapore shenzhen smart city cities initiative ' +
    // (and the facts other readings answer: what was signed, how many, by whom, in which group)
    'sign signed signing signings sideline sidelines mous memorandums eight fourteen number numbers total totals ' +
    'double doubled doubling company companies partner partners party parties part list name named chinese group ' +
    'groups focus include included including held hold holding chair chaired chairing cochair cochaired host hosted ' +
    'attend attended venue date dated online video person ' +
    // (and the words that join others)
    'under between among across through within without into onto upon over after before during while also other ' +
    'others some such each every both only just very much many more most than then these those there here where ' +
    'when would could should will shall being been going ' +
    'the and for did was are who how its has had new any all not but can out own per via yet may our you her his she ' +
    'him get got one two six ten use sci jic mou yes why area areas',
);

// Everyday words for the one the sources say, by stem ("pay for joint R&D", "finance R&D": the Call "funds" it).
const EVERYDAY: Readonly<Record<string, string>> = { pay: 'fund', paid: 'fund', money: 'fund', financ: 'fund' };

/** Every passage's stems by key, each meeting's records' stems, and the publishers' own words, once per Dataset. */
const stemTables = perDataset((dataset: Dataset) => {
  const passages = new Map<string, Set<string>>();
  const highlights = new Map<string, Set<string>>();
  const records = new Map<number, Set<string>>();
  for (const m of dataset.meetings) {
    (m.passages ?? []).forEach((p, i) => passages.set(`${m.number}:${i}`, stemsOf(p.text)));
    m.highlights.forEach((h, i) => highlights.set(`${m.number}:${i}`, stemsOf(h.text)));
    const own = [...dataset.mous, ...dataset.projects].filter((r) => r.meeting === m.id);
    records.set(
      m.number,
      stemsOf(
        own.map((r) => `${r.name} ${r.description.text} ${r.topics.join(' ')} ${r.keywords.join(' ')}`).join(' '),
      ),
    );
  }
  const publishers = stemsOf(dataset.sources.map((s) => s.publisher).join(' '));
  const all = new Set([...passages.values(), ...highlights.values()].flatMap((s) => [...s]));
  // (The stems a passage says that are no word of asking: what mayAskWording looks for, one lookup a word.)
  const own = new Set([...all].filter((s) => !ASKING.has(s)));
  return { passages, highlights, records, publishers, all, own };
});

/** Whether a message says any word some passage says (of its own): the cheap test before it is read. */
export function mayAskWording(raw: string, dataset: Dataset): boolean {
  const { own } = stemTables(dataset);
  // (Each word once: a long message says the same few words again and again.)
  for (const w of new Set(norm(rnd(raw)).split(' '))) if (w.length >= 3 && own.has(stemOf(w))) return true;
  return false;
}

// A document by its kind ("the press release", "the article").
const KIND_WORDS = 'release|article|announcement|statement|report|write-?up|story|coverage|press';
const DOCUMENT_KIND = new RegExp(`\\b(?:${KIND_WORDS})\\b`, 'i');
// Asked of a document, or of its wording: a cheap first test of the message (most questions name no passage word).
const DOCUMENT = new RegExp(`\\b(?:${KIND_WORDS}|according|describ\\w*|wording|phrase|put it)\\b`, 'i');

/**
 * The passages a question asks for, as a plan, or undefined: a meeting (or a document of one meeting) asked, a
 * target that reads a text (not a count, date, place, yes/no or comparison), and a passage sharing a word of its own.
 * Asked of a meeting alone, an outcome of its own (our summary of its sources) may answer instead.
 */
export function planWording(u: Understanding, dataset: Dataset): Plan | undefined {
  // (A "why" asks a reason, said.ts's: never a passage as if it were one.)
  if (!['what', 'list', 'who', 'quote'].includes(u.target) || u.q.text.includes(' why ')) return undefined;
  // (A person's words are a quote, quotes.ts: "Leong's words on recovery".)
  if (mentionsOf(u, 'person').length) return undefined;
  const tables = stemTables(dataset);
  const asked = [...stemsOf(u.q.text)].map((s) => EVERYDAY[s] ?? s).filter((s) => tables.all.has(s) && !ASKING.has(s));
  if (!asked.length && !u.subjects.includes('demozone')) return undefined;
  // Asked of a document: the documents named ("the Telecom Review article", "MCI/IMDA"), whose passages only.
  if (CHINESE_DOCUMENT.test(u.q.raw)) return undefined;
  const ofDocument = DOCUMENT.test(u.q.raw);
  const docs = ofDocument || PUBLISHERS.test(u.q.raw) ? publicationsNamed(u.q.text, dataset, u.q.raw) : [];
  const docIds = new Set(docs.map((s) => s.id));
  const cites = (sources: readonly string[]) => !docIds.size || sources.some((s) => docIds.has(s));
  // The meetings asked: those named; else those whose passages the documents named print; else, asked of a document
  // ("according to the article, what does the strong momentum show?"), every meeting's.
  const named = new Set(mentionsOf(u, 'meeting').map((m) => Number(m.value)));
  const meetings = dataset.meetings.filter((m) =>
    named.size ? named.has(m.number) : docIds.size ? (m.passages ?? []).some((p) => cites(p.sources)) : ofDocument,
  );
  if (!meetings.length) return undefined;
  // (A publisher's own name is no word of what it said: "Development" in Infocomm Media Development Authority.)
  // (The zone however it is called — "the demo zone", "the demonstration park" — is the passages' Demonstration Zone.)
  const zone = u.subjects.includes('demozone') ? [...ZONE_WORDS] : [];
  const words = [...new Set([...(docIds.size ? asked.filter((s) => !tables.publishers.has(s)) : asked), ...zone])];
  // A name the question gives is the readings of names' — unless, asked of a document, the document says that very
  // word and no record of the meeting does ("what did the 3rd JIC release say about momentum?": Momentum Works signed
  // nothing there).
  // (The publisher named as the one saying — "according to MCI/IMDA" — is the document, no name asked about.)
  const publisher = (words: string) => docIds.size > 0 && [...stemsOf(words)].every((s) => tables.publishers.has(s));
  const names = u.mentions.filter(
    (x) => NAMES.has(x.type) && x.words !== '(words)' && !x.negated && !publisher(x.words),
  );
  const ownAt = (s: string, n: number) => !tables.records.get(n)?.has(s);
  const nameSaid = (n: number, stems: Set<string> | undefined) =>
    names.every((x) => {
      const own = [...stemsOf(x.words)].filter((s) => ownAt(s, n));
      return ofDocument && own.length > 0 && own.every((s) => stems?.has(s));
    });
  // ("What/how does the release say …" asks what a document of ours says; a Chinese report's words are not on file.)
  const asksDocument =
    ['what', 'list'].includes(u.target) && DOCUMENT_KIND.test(u.q.raw) && /^\W*(?:what|how|which)\b/i.test(u.q.raw);
  // By how many of the question's words each text says that no record of its meeting says (then by all it shares).
  const scoreOf = (stems: Set<string> | undefined, n: number) => {
    const hits = words.filter((s) => stems?.has(s));
    const own = hits.filter((s) => ownAt(s, n)).length;
    // (Asked what a document says about something — "what did the press release say about the demonstration zone?" —
    // two of its words are enough, though records say them too.)
    return (own || (asksDocument && hits.length >= 2)) && nameSaid(n, stems) ? own * 10 + hits.length : 0;
  };
  const scored = meetings.flatMap((m) =>
    (m.passages ?? []).flatMap((p, i) => {
      const key = `${m.number}:${i}`;
      const score = cites(p.sources) ? scoreOf(tables.passages.get(key), m.number) : 0;
      return score ? [{ key, score }] : [];
    }),
  );
  const best = Math.max(0, ...scored.map((x) => x.score));
  const keys = scored.filter((x) => x.score === best).map((x) => x.key);
  if (keys.length) return { op: 'wording', keys: keys.slice(0, 3) };
  // (A document named asks its own words; "the 2nd JIC's progress report" asks what was reported.)
  return docIds.size ? undefined : outcomesAsked(u, dataset, words, named);
}

/**
 * A meeting's outcomes asked by what they are, not by a name ("what did the 3rd JIC launch to fund R&D?": the Joint
 * Innovation Call; "what did the 2nd JIC's progress report cover?": its three "Progress on the first phase" outcomes).
 * Only where nothing is named, and the outcome says two of the question's words no record of its meeting says — or
 * one that heads every outcome it is in (the outcomes a report groups under one heading).
 */
function outcomesAsked(u: Understanding, dataset: Dataset, words: string[], named: Set<number>): Plan | undefined {
  if (!['what', 'list'].includes(u.target) || named.size !== 1 || named.has(0)) return undefined;
  if (u.mentions.some((x) => NAMES.has(x.type) && x.words !== '(words)')) return undefined;
  const m = dataset.meetingByNumber([...named][0] ?? -1);
  if (!m) return undefined;
  const tables = stemTables(dataset);
  const own = words.filter((s) => !tables.records.get(m.number)?.has(s));
  const scored = m.highlights.flatMap((h, i) => {
    const key = `${m.number}:${i}`;
    const stems = tables.highlights.get(key);
    const hits = own.filter((s) => stems?.has(s));
    const heads = hits.length === 1 && stemOf(norm(h.text).split(' ')[0] ?? '') === hits[0];
    return hits.length >= 2 || heads ? [{ key, score: hits.length }] : [];
  });
  const best = Math.max(0, ...scored.map((x) => x.score));
  const keys = scored.filter((x) => x.score === best).map((x) => x.key);
  const read = (key: string) => ({ op: 'read', about: { type: 'highlight', key }, attribute: 'about' }) as const;
  return keys.length === 1 && keys[0] ? read(keys[0]) : keys.length ? { op: 'each', plans: keys.map(read) } : undefined;
}

// The mentions that name something (an org, a person, a record, an outcome by its name): the readings of names'.
const NAMES = new Set(['org', 'person', 'record', 'highlight']);
const ZONE_WORDS = stemsOf('demonstration zone');
// One of the Chinese reports (none of whose words are passages on file: they are the English documents').
const CHINESE_DOCUMENT = /\bchinese (?:press|report|media|paper|newspaper|article|news|source|coverage)/i;
// The publishers of the releases, named as the ones saying ("according to MCI/IMDA").
const PUBLISHERS = /\b(?:mci|imda)\b/i;

export function runWording(p: WordingPlan, dataset: Dataset): WordingResult {
  const passages = p.keys.flatMap((key) => {
    const [n, i] = key.split(':').map(Number);
    const at = dataset.meetingByNumber(n ?? -1);
    const passage = at?.passages?.[i ?? -1];
    return at && passage ? [{ at, text: passage.text, sources: passage.sources }] : [];
  });
  return {
    op: 'wording',
    passages,
    refs: [...new Set(passages.map((x) => x.at))].map((m) => ({ kind: 'meeting', id: m.id })),
    sources: [...new Set(passages.flatMap((x) => x.sources))],
  };
}

/** Each passage quoted as its document's words: "Telecom Review Asia's article on the 3rd JIC meeting (…) says: “…”". */
export function sayWording(r: WordingResult, dataset: Dataset): Said {
  const quoted = r.passages.map((x) => {
    const doc = dataset.source(x.sources[0] ?? '');
    const release = doc ? /press release/i.test(doc.publisher) : false;
    const by = doc
      ? `${release ? `The ${publisherName(doc.publisher)} press release` : `${publisherName(doc.publisher)}'s article`}${doc.date ? ` (${formatDate(doc.date)})` : ''}`
      : 'The source';
    return `${by} on the ${x.at.name} (${meetingDate(x.at)}) says: “${x.text}”`;
  });
  return { sentence: quoted.join('\n'), lines: [], refs: r.refs, sources: r.sources };
}
