import type { Deps } from '../command.js';
import type { Meeting, Organisation, Party } from '../dataset/index.js';
import { escape, formatDate } from './text.js';

/** Shared pieces of record cards: how a party, a meeting and a cut-off text are written. */

export const NOT_STATED = 'not stated in the sources';

/**
 * The reader's words for the caveats the data keeps. Curators' reasoning (why a country was
 * inferred, what the capture lacks) stays in the data; a reader gets one short plain phrase.
 */
export const CAVEATS = {
  countryNotStated: 'country not stated in the sources',
  inferred: 'inferred',
  cutOff: 'the source text breaks off here',
  unnamed: 'not named in the sources',
} as const;

/** How the sources establish an organisation's country: stated, our reading (`countryStated: false`), or unknown. */
export function countryStatus(org: Organisation): 'stated' | 'inferred' | 'unknown' {
  if (org.country === 'unclear') return 'unknown';
  return org.countryStated ? 'stated' : 'inferred';
}

/** "Singapore", "Singapore, inferred" or "country not stated in the sources": never an inference as plain fact. */
export function countryText(org: Organisation): string {
  const status = countryStatus(org);
  if (status === 'unknown') return CAVEATS.countryNotStated;
  return status === 'inferred' ? `${org.country}, ${CAVEATS.inferred}` : org.country;
}

/** "QuikBot Technologies Pte Ltd (Singapore)"; "Keppel (Singapore, inferred)"; an unnamed party says so. */
export function partyLine(deps: Deps, party: Party): string {
  if ('unnamed' in party)
    return `${escape(party.unnamed)}${/not named/i.test(party.unnamed) ? '' : ` (${CAVEATS.unnamed})`}`;
  const org = deps.dataset.organisation(party.org);
  if (!org) return `${escape(party.org)} (no longer on file)`;
  return `${escape(org.name)} (${countryText(org)})`;
}

/** "4th JIC meeting · 14 Dec 2023". */
export function meetingLine(meeting: Meeting | undefined): string {
  if (!meeting) return NOT_STATED;
  return `${escape(meeting.name)} · ${formatDate(meeting.date.value)}`;
}

/**
 * The Demonstration Zone's projects and its first companies, kept as two facts: the sources do not
 * say the four projects are the four companies'.
 */
export function demoZoneLine(zone: NonNullable<Meeting['demoZone']>): string {
  return (
    `**${zone.projects}** new projects, focusing on ${escape(zone.focus.join(', '))}; ` +
    `${zone.companies} companies (not named in the sources) signed MOUs to be the first batch to operate in the zone.`
  );
}

/**
 * Text from the data as the source wrote it; where the source breaks off, one plain phrase says so.
 * The curators' notes on the capture stay in the data.
 */
export function describedText(d: { text: string; cutOff?: boolean | undefined; note?: string | undefined }): string {
  const body = escape(d.text);
  return d.cutOff ? `${body}… *(${CAVEATS.cutOff})*` : body;
}

/** "8 (MCI and IMDA, 15 Dec 2023)" or "not stated in the sources". */
export function reported(value: number | null): string {
  return value === null ? NOT_STATED : String(value);
}

export const ordinalMeeting = (m: Meeting) => (m.number === 0 ? m.name : m.name.replace(/ meeting$/, ''));
