import type { Dataset, Mou, Project } from '../dataset/index.js';

/**
 * What the pipeline reads off one MOU or project again and again (its parties, their families, its topic
 * words), read once per record: the Dataset is read-only, so a question never rebuilds these by scanning it.
 */

const partyIdsRead = new WeakMap<Mou | Project, string[]>();
const lineageRead = new WeakMap<Mou | Project, string[]>();
const topicWordsRead = new WeakMap<Mou | Project, string[]>();

/** Lower case, every run of other characters one space (the form topic words are compared in). */
export const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A record's named parties (organisation ids; parties named only by description have none). Shared: never change it. */
export function partyIds(r: Mou | Project): readonly string[] {
  let ids = partyIdsRead.get(r);
  if (!ids) {
    ids = ('parties' in r ? r.parties : r.partners).flatMap((p) => ('org' in p ? [p.org] : []));
    partyIdsRead.set(r, ids);
  }
  return ids;
}

/** A record's named parties and every organisation above each (a school's record is its university's too). */
export function partyLineage(dataset: Dataset, r: Mou | Project): readonly string[] {
  let ids = lineageRead.get(r);
  if (!ids) {
    ids = partyIds(r).flatMap((id) => dataset.lineage(id));
    lineageRead.set(r, ids);
  }
  return ids;
}

/** A record's topics and keywords in normal form, padded with a space each side for whole-word tests. */
export function topicWords(r: Mou | Project): readonly string[] {
  let words = topicWordsRead.get(r);
  if (!words) {
    words = [...r.topics, ...r.keywords].map((x) => ` ${norm(x)} `);
    topicWordsRead.set(r, words);
  }
  return words;
}

/**
 * A value built from a Dataset the first time it is asked for, and kept as long as that Dataset lives: the tables a
 * question reads (words, stems, quotes, …) are built once per Dataset, never per question.
 */
export function perDataset<T>(build: (dataset: Dataset) => T): (dataset: Dataset) => T {
  const built = new WeakMap<Dataset, T>();
  return (dataset) => {
    const hit = built.get(dataset);
    if (hit !== undefined || built.has(dataset)) return hit as T;
    const value = build(dataset);
    built.set(dataset, value);
    return value;
  };
}

/** The five-letter stems of a text's words of five letters or more ("focused" → "focus"), the stems outcomes match by. */
export function longStems(text: string): Set<string> {
  return new Set(
    norm(text)
      .split(' ')
      .filter((w) => w.length >= 5)
      .map((w) => w.slice(0, 5)),
  );
}

/** Each meeting highlight's long stems, by its key ("4:0"), once per Dataset. */
export const highlightStems = perDataset((dataset: Dataset): Map<string, Set<string>> => {
  const built = new Map<string, Set<string>>();
  for (const m of dataset.meetings) m.highlights.forEach((h, i) => built.set(`${m.number}:${i}`, longStems(h.text)));
  return built;
});

/** The kinds of organisation a question names, by what the data's `kind` says (kept here: run.ts and the readings share it). */
export const KIND_TESTS: Readonly<Record<string, RegExp>> = {
  universities: /universit/,
  'research institutes': /institute|laborator/,
  'government bodies': /government/,
  'law firms': /law/,
  incubators: /incubator/,
  companies: /company/,
};

/**
 * The data's kinds of these partners, each with its count, in order of count ("research institute 1, research
 * laboratory 1, institute 1"), where they are of more than one kind — what a kind asked counts when one of KIND_TESTS'
 * words covers several of the data's kinds ("research institutes" counts the laboratories and institutes too). Empty
 * where they are all of one kind.
 */
export function kindParts(kinds: readonly string[]): Array<{ label: string; value: number }> {
  const per = new Map<string, number>();
  for (const k of kinds) per.set(k, (per.get(k) ?? 0) + 1);
  if (per.size < 2) return [];
  return [...per].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value);
}

/** The KIND_TESTS word a kind the data gives falls under ("research laboratory" → "research institutes"), if any. */
export function kindWordOf(kind: string): string | undefined {
  return Object.keys(KIND_TESTS).find((k) => KIND_TESTS[k]?.test(kind));
}

/** An organisation's top-level one (a school's university): what partners are counted as. */
export const topOf = (dataset: Dataset, id: string): string => dataset.lineage(id).slice(-1)[0] ?? id;

/**
 * The names of the people the sources give, each once, in the data's order: every meeting's (co-chairs and the rest),
 * then the initiative's own. `unnamed`: with the meetings' people given by role only ("a representative from the
 * Chinese government", role "not named"); `quoted`: with those quoted at the dated events.
 */
export function namedPeople(dataset: Dataset, { unnamed = false, quoted = false } = {}): ReadonlySet<string> {
  return new Set([
    ...dataset.meetings
      .flatMap((m) => m.people.flatMap((r) => r.people))
      .filter((p) => unnamed || p.role !== 'not named')
      .map((p) => p.name),
    ...(dataset.initiative.people ?? []).map((p) => p.name),
    ...(quoted ? (dataset.initiative.events ?? []).flatMap((e) => (e.quotes ?? []).map((q) => q.by)) : []),
  ]);
}

const everyPerson = perDataset((dataset: Dataset) => namedPeople(dataset, { unnamed: true }));

/** Whether the sources hold this person (a meeting's people, by name or by role, or the initiative's): else a stranger. */
export const personOnFile = (dataset: Dataset, name: string): boolean => everyPerson(dataset).has(name);
