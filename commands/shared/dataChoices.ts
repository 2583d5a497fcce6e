import type { Dataset } from '../../src/dataset/index.js';
import { formatDate, LIMITS, readerGroupLabel } from '../../src/cards/index.js';
import { ORDINAL_WORDS } from '../../src/text/ordinals.js';

/**
 * Option choices are part of a command's definition, which Discord registers once: each command's
 * `define(dataset)` builds them from the loaded data, and its handler reads the same lists to check
 * what was submitted.
 */

export interface StringChoice {
  name: string;
  value: string;
}
export interface NumberChoice {
  name: string;
  value: number;
}

export const COUNTRY_NAMES: Readonly<Record<string, string>> = { unclear: 'Country unclear in the sources' };

export function countryChoices(d: Dataset): StringChoice[] {
  const present = new Set(
    d.mous
      .flatMap((m) => m.parties.flatMap((p) => ('org' in p ? [d.organisation(p.org)?.country] : [])))
      .filter((c): c is NonNullable<typeof c> => !!c),
  );
  return [...present]
    .sort()
    .map((c) => ({ name: COUNTRY_NAMES[c] ?? c, value: c }))
    .slice(0, LIMITS.choices);
}

/** Meetings that have MOUs on file (the only ones a partners filter can find anything in). */
export function mouMeetingChoices(d: Dataset): NumberChoice[] {
  return d.meetings
    .filter((m) => d.mousAt(m.id).length > 0)
    .map(meetingChoice)
    .slice(0, LIMITS.choices);
}

export function meetingChoices(d: Dataset): NumberChoice[] {
  return d.meetings.map(meetingChoice).slice(0, LIMITS.choices);
}

/** "3 · 3rd (third) JIC meeting (25 Nov 2022)": the number, the name, its ordinal word, the date. */
function meetingChoice(m: Dataset['meetings'][number]): NumberChoice {
  const word = ORDINAL_WORDS[m.number];
  const name = word && m.number > 0 ? m.name.replace(/^(\d+(?:st|nd|rd|th))\b/, `$1 (${word})`) : m.name;
  return { name: `${m.number} · ${name} (${formatDate(m.date.value)})`.slice(0, LIMITS.choiceName), value: m.number };
}

export function groupChoices(d: Dataset): StringChoice[] {
  return d.initiative.mouGroups
    .map((g) => ({ name: readerGroupLabel(g.label).slice(0, LIMITS.choiceName), value: g.id }))
    .slice(0, LIMITS.choices);
}

/** A submitted value matched against choices by value or name, in any case (the console sends either). */
export function matchChoice<T extends { name: string; value: string | number }>(
  choices: readonly T[],
  raw: unknown,
): T | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const s = String(raw).trim().toLowerCase();
  return choices.find((c) => String(c.value).toLowerCase() === s || c.name.toLowerCase() === s);
}
