import type { Dataset } from '../dataset/index.js';
import type { Ref } from './run.js';
import { perDataset } from './records.js';

/**
 * Short forms and what they stand for, as the Dataset spells them out: a name followed by its short form in
 * brackets ("Global Innovation Alliance (GIA)"), a short form followed by its words ("AEO (authorised economic
 * operator)"), an organisation's short name ("MCI", "PKU" where the records write it), the initiative's and its
 * committee's short names, and the record kind whose titles spell it ("Memorandum of Understanding …").
 * Built once per Dataset; never a string in the code.
 */
export interface Expansion {
  /** The short form as the data writes it ("eBLs" is kept as "eBLs"). */
  short: string;
  full: string;
  sources: string[];
  ref?: Ref;
}

const MINOR = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&']);

/** Whether `short`'s letters are the words' first letters, in order (minor words may give a letter or none). */
export function initialsMatch(short: string, words: readonly string[]): boolean {
  // A plural's own small "s" ("eBLs") gives no letter; a capital S does ("SUSS").
  const letters = short
    .replace(/(?<=[A-Z])s$/, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const go = (i: number, j: number): boolean => {
    if (i === letters.length) return words.slice(j).every((w) => MINOR.has(w.toLowerCase()));
    if (j === words.length) return false;
    const w = (words[j] ?? '').toLowerCase();
    if (w.startsWith(letters[i] ?? '') && go(i + 1, j + 1)) return true;
    return MINOR.has(w) && go(i, j + 1);
  };
  return letters.length >= 2 && go(0, 0);
}

/** The shortest tail of `phrase` whose initials give `short` ("15th China–Singapore Joint Council …" → "Joint Council …"). */
function tailFor(short: string, phrase: string): string | undefined {
  const words = phrase.split(/[\s–-]+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const tail = words.slice(i);
    if (MINOR.has((tail[0] ?? '').toLowerCase())) continue;
    if (initialsMatch(short, tail)) {
      // Back to where the words start in the phrase, so its own dashes and spacing are kept.
      const first = tail[0] ?? '';
      const at = phrase.lastIndexOf(first, phrase.length - tail.slice(1).join(' ').length - 1);
      return at >= 0 ? phrase.slice(at) : tail.join(' ');
    }
  }
  return undefined;
}

/** Every short form the Dataset expands, by its lower-case spelling (a plural's singular too). */
export const acronymsOf = perDataset((dataset: Dataset): Map<string, Expansion> => {
  const out = new Map<string, Expansion>();
  const add = (x: Expansion) => {
    for (const key of [x.short.toLowerCase(), x.short.replace(/(?<=[A-Z])s$/, '').toLowerCase()])
      if (key.length >= 2 && !out.has(key)) out.set(key, x);
  };
  add({
    short: dataset.initiative.shortName,
    full: dataset.initiative.name,
    sources: [...dataset.initiative.summary.sources],
  });
  const committee = dataset.initiative.committee;
  if (committee?.shortName) add({ short: committee.shortName, full: committee.name, sources: [...committee.sources] });
  // Texts with their sources: meetings (place, highlights), records' descriptions and titles, organisations' texts.
  const texts: Array<{ text: string; sources: readonly string[] }> = [];
  for (const m of dataset.meetings) {
    texts.push({ text: m.place.value, sources: m.place.sources });
    for (const h of m.highlights) texts.push(h);
  }
  for (const r of [...dataset.mous, ...dataset.projects]) texts.push(r.description);
  for (const o of dataset.organisations) if (o.countryQuote) texts.push(o.countryQuote);
  const spelled =
    /((?:[A-Z][\w’'.]*|of|and|for|the|on)(?:[\s–-]+(?:[A-Z][\w’'.]*|of|and|for|the|on|[a-z]+)){1,8})\s+\(([A-Za-z][A-Za-z/]{1,6})\)/g;
  const backwards = /\b([A-Za-z]*[A-Z][A-Za-z]*)\s+\(([a-z][a-z ]+)\)/g;
  for (const { text, sources } of texts) {
    for (const m of text.matchAll(spelled)) {
      const [, phrase = '', short = ''] = m;
      const full = tailFor(short, phrase);
      if (full) add({ short, full, sources: [...sources] });
    }
    for (const m of text.matchAll(backwards)) {
      const [, short = '', full = ''] = m;
      if (short.length >= 2 && initialsMatch(short, full.split(' '))) add({ short, full, sources: [...sources] });
    }
  }
  // An organisation's short name: its initials, or written in its own records' text ("Keppel and PKU will …").
  const said = (id: string, alias: string) =>
    [...dataset.mousOf(id), ...dataset.projectsOf(id)].some((r) =>
      new RegExp(`\\b${alias}\\b`).test(r.description.text),
    );
  for (const o of dataset.organisations)
    for (const alias of o.aliases)
      if (/^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$/.test(alias) && alias.length <= 6)
        if (initialsMatch(alias, o.name.split(/[\s–-]+/)) || (said(o.id, alias) && !o.name.includes(alias)))
          add({ short: alias, full: o.name, sources: [...o.sources], ref: { kind: 'organisation', id: o.id } });
  // The record kind the MOUs' titles spell out ("Memorandum of Understanding between …").
  const title = dataset.mous.map((x) => x.title?.text ?? '').find((t) => / between /.test(t));
  const kind = title?.split(' between ')[0];
  const mouTitled = dataset.mous.find((x) => x.title?.text.startsWith(kind ?? '\u0000'));
  if (kind && mouTitled && initialsMatch('MOU', kind.split(' ')))
    add({ short: 'MOU', full: kind, sources: [...mouTitled.sources] });
  return out;
});

/** Asked what a short form stands for ("what does MCI stand for?", "IMDA short for", "meaning of eBL"). */
export const SHORT_FORM_ASKED =
  / (?:stand|stands|stood) for | short for | (?:abbreviation|acronym|abbrev)s? | full (?:name|form|title) | expansion of | meaning | mean by | what does (?:the )?[a-z]+ mean(?: $| in )/;

/** The short form a question asks to expand, as typed (found in the raw words), or undefined if it asks none. */
export function acronymAsked(text: string, raw: string, dataset: Dataset): string | undefined {
  if (!SHORT_FORM_ASKED.test(text)) return undefined;
  const known = acronymsOf(dataset);
  const words = raw.split(/[^A-Za-z0-9/]+/).filter(Boolean);
  const found = words.find((w) => known.has(w.toLowerCase()) && (w.length <= 6 || /[A-Z]{2}/.test(w)));
  if (found) return found;
  // Not one the data expands: a word typed as a short form (two capitals or more), or the word the question puts it in.
  const shaped = words.find((w) => /^[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*$/.test(w) && w.length <= 7);
  if (shaped) return shaped;
  // A lower-case word in the slot ("what does ncs stand for"), never a word of the sentence itself ("meaning of life").
  const slot = / (?:does|is) (?:the )?([a-z]{2,6}) (?:stand|stands|short|mean) /.exec(text)?.[1];
  return slot && !/^(?:the|it|this|that|sci|jic|mou)$/.test(slot) ? slot : undefined;
}

// Words of an organisation's name that give no letter to its initials: joining words, and a company's legal form
// ("Co.", "Ltd", "Pte").
const NOT_INITIALLED = /^(?:co|ltd|pte|inc|llp|limited|corp|the|of|and|for)$/i;

/** A name's initials, as candidates: each caller keeps those it can read (see the three tables below). */
export interface Initials {
  /** The first letters of the name's capitalised words, in capitals ("Sun Yat-sen University Shenzhen" → "SYUS"). */
  letters: string;
  /** Whether every word gave a letter (no lower-case word such as "sen" or "painted" was passed over). */
  whole: boolean;
}

/**
 * A name's initials: its words (runs of letters and digits, the bracketed part dropped) less its joining words and legal
 * form, the capitalised ones giving a letter each ("Shenzhen Municipal People's Government" → "SMPG", not whole).
 */
export function initialsOf(name: string): Initials {
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !NOT_INITIALLED.test(w));
  const capitalised = words.filter((w) => /^[A-Z]/.test(w));
  return { letters: capitalised.map((w) => w[0]).join(''), whole: capitalised.length === words.length };
}

/**
 * Each partner's initials in capitals ("SRI" → Singapore Rehabilitation Institute), kept only where they name that one
 * partner and no name, alias, short form or text on file already spells them: how a reader may type a partner the
 * sources never abbreviate. Built once per Dataset.
 */
export const typedInitials = perDataset((dataset: Dataset): Map<string, string> => {
  const count = new Map<string, string[]>();
  for (const o of dataset.organisations) {
    const short = initialsOf(o.name).letters;
    if (short.length >= 3) count.set(short, [...(count.get(short) ?? []), o.id]);
  }
  const taken = new Set(
    [...dataset.organisations.flatMap((o) => [o.name, ...o.aliases]), ...acronymsOf(dataset).keys()].map((x) =>
      x.toLowerCase(),
    ),
  );
  const texts = [
    ...dataset.mous.map((r) => r.description.text),
    ...dataset.projects.map((r) => r.description.text),
    ...dataset.meetings.flatMap((m) => m.highlights.map((h) => h.text)),
  ].join(' ');
  const out = new Map<string, string>();
  for (const [short, ids] of count)
    if (ids.length === 1 && ids[0] && !taken.has(short.toLowerCase()) && !new RegExp(`\\b${short}\\b`, 'i').test(texts))
      out.set(short, ids[0]);
  return out;
});

/**
 * Each organisation's initials in lower case ("sri" → its id) where every word of its name is capitalised, it has three
 * words or more and no other organisation's name shares them: read as that name, as typed in any case. Once per Dataset.
 */
export const initialledOrgs = perDataset((dataset: Dataset): Map<string, string> => {
  const all = dataset.organisations.flatMap((o) => {
    const { letters, whole } = initialsOf(o.name);
    return whole && letters.length >= 3 ? [{ i: letters.toLowerCase(), id: o.id }] : [];
  });
  return new Map(all.filter((x) => all.filter((y) => y.i === x.i).length === 1).map((x) => [x.i, x.id]));
});

/** Organisations' names by their initials in lower case, two letters or more, shared or not ("sri" → [its name]). */
export const namesByInitials = perDataset((dataset: Dataset): ReadonlyMap<string, string[]> => {
  const map = new Map<string, string[]>();
  for (const o of dataset.organisations) {
    const letters = initialsOf(o.name).letters.toLowerCase();
    if (letters.length >= 2) map.set(letters, [...(map.get(letters) ?? []), o.name]);
  }
  return map;
});
