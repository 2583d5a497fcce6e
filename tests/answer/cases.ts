/**
 * The shape of a question case and the helpers that write its expected facts. Cases are written
 * from ../shared/sources/ by a reader of the documents, not from the bot's output: `must` are the
 * facts the answering sentence has to contain, `not` the false or misleading readings no part of
 * the reply may contain.
 */
export type Kind =
  | 'count'
  | 'list'
  | 'who'
  | 'what'
  | 'when'
  | 'where'
  | 'yesno'
  | 'compare'
  | 'most'
  | 'outcome'
  | 'person'
  | 'quote'
  | 'zone'
  | 'missing'
  | 'two'
  | 'unsure'
  | 'hostile';

export interface Case {
  q: string;
  kind: Kind;
  must: RegExp[];
  not?: RegExp[];
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A literal phrase, case-insensitive, at word boundaries where the phrase has word characters. */
export function w(phrase: string): RegExp {
  const body = esc(phrase).replace(/\s+/g, '\\s+');
  return new RegExp(`${/^\w/.test(phrase) ? '\\b' : ''}${body}${/\w$/.test(phrase) ? '\\b' : ''}`, 'i');
}

const UNITS: Record<string, string> = {
  MOU: 'MOUs?',
  MOUs: 'MOUs?',
  project: 'projects?',
  projects: 'projects?',
  companies: 'compan(?:y|ies)',
  meetings: 'meetings?',
  pillars: 'pillars?',
  universities: 'universit(?:y|ies)',
};

/** A number with its unit at word boundaries: n(29, 'MOUs') matches "29 MOUs", "29 new MOUs", "29 joint projects". */
export function n(value: number, unit: string): RegExp {
  const u = UNITS[unit] ?? esc(unit);
  return new RegExp(`\\b${value}\\s+(?:new\\s+)?(?:joint\\s+)?(?:(?:JIC|Chinese|Singapore)\\s+)?${u}\\b`, 'i');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date written "14 Dec 2023" or "14 December 2023". */
export function d(iso: string): RegExp {
  const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
  return new RegExp(`\\b${day}\\s+(?:${LONG[m - 1]}|${MONTHS[m - 1]})\\.?\\s+${y}\\b`, 'i');
}

/** "the sources don't say" in any of its honest forms. */
export const NOT_STATED =
  /\b(?:not stated|not named|don['’]t (?:say|state|name|give)|do not (?:say|state|name|give)|doesn['’]t (?:say|state)|no source|not (?:say|given|recorded)|unknown to the sources|sources? (?:are|is) silent)\b/i;

/** "I'm not sure what you're asking" in any of its honest forms. */
export const UNSURE =
  /\b(?:not sure|couldn['’]t (?:match|tell|find|understand)|could not (?:match|tell|find|understand)|don['’]t (?:know|understand)|no match)\b/i;

export const c = (kind: Kind, q: string, must: RegExp[], not: RegExp[] = []): Case => ({ q, kind, must, not });
