import { loadDataset, type Dataset } from '../../src/dataset/index.js';
import { formatDate } from '../../src/cards/index.js';

/**
 * Option choices are part of a command's definition, which Discord registers once; so they are
 * built from the data files when the commands load. If the data cannot load, start-up stops with its
 * own clear message before any command runs, and the choices are simply empty here.
 */
const loaded = loadDataset();
const data: Dataset | null = loaded.ok ? loaded.value : null;

export interface StringChoice { name: string; value: string }
export interface NumberChoice { name: string; value: number }

export const COUNTRY_NAMES: Readonly<Record<string, string>> = { unclear: 'Country unclear in the sources' };

export function countryChoices(d: Dataset | null = data): StringChoice[] {
  if (!d) return [];
  const present = new Set(
    d.mous.flatMap((m) => m.parties.flatMap((p) => ('org' in p ? [d.organisation(p.org)?.country] : []))).filter((c): c is NonNullable<typeof c> => !!c),
  );
  return [...present].sort().map((c) => ({ name: COUNTRY_NAMES[c] ?? c, value: c })).slice(0, 25);
}

/** Meetings that have MOUs on file (the only ones a partners filter can find anything in). */
export function mouMeetingChoices(d: Dataset | null = data): NumberChoice[] {
  if (!d) return [];
  return d.meetings.filter((m) => d.mousAt(m.id).length > 0).map(meetingChoice).slice(0, 25);
}

export function meetingChoices(d: Dataset | null = data): NumberChoice[] {
  return d ? d.meetings.map(meetingChoice).slice(0, 25) : [];
}

/** Ordinal words, so "third" finds the 3rd meeting wherever a meeting is chosen (Discord filters choices by name). */
const ORDINAL_WORDS = ['founding', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** "3 · 3rd (third) JIC meeting (25 Nov 2022)": the number, the name, its ordinal word, the date. */
function meetingChoice(m: Dataset['meetings'][number]): NumberChoice {
  const word = ORDINAL_WORDS[m.number];
  const name = word && m.number > 0 ? m.name.replace(/^(\d+(?:st|nd|rd|th))\b/, `$1 (${word})`) : m.name;
  return { name: `${m.number} · ${name} (${formatDate(m.date.value)})`.slice(0, 100), value: m.number };
}

export function groupChoices(d: Dataset | null = data): StringChoice[] {
  if (!d) return [];
  return d.initiative.mouGroups.map((g) => ({ name: g.label.slice(0, 100), value: g.id })).slice(0, 25);
}

/** A submitted value matched against choices by value or name, in any case (the console sends either). */
export function matchChoice<T extends { name: string; value: string | number }>(choices: readonly T[], raw: unknown): T | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const s = String(raw).trim().toLowerCase();
  return choices.find((c) => String(c.value).toLowerCase() === s || c.name.toLowerCase() === s);
}
