import type { Deps } from '../command.js';
import type { Meeting, Party } from '../dataset/index.js';
import { escape, formatDate } from './text.js';

/** Shared pieces of record cards: how a party, a meeting and a cut-off text are written. */

export const NOT_STATED = 'not stated in the sources';

/** "QuikBot Technologies Pte Ltd (Singapore)"; an unnamed party says so. */
export function partyLine(deps: Deps, party: Party): string {
  if ('unnamed' in party) return `${escape(party.unnamed)}${/not named/i.test(party.unnamed) ? '' : ' (not named in the sources)'}`;
  const org = deps.dataset.organisation(party.org);
  if (!org) return `${escape(party.org)} (no longer on file)`;
  const country = org.country === 'unclear' ? 'country unclear in the sources' : org.country;
  return `${escape(org.name)} (${country})`;
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

/** Text from the data, with its cut-off or completion note made visible. */
export function describedText(d: { text: string; cutOff?: boolean | undefined; note?: string | undefined }): string {
  const body = escape(d.text);
  if (d.cutOff) return `${body}… *(cut off in the source${d.note ? `: ${escape(d.note)}` : ''})*`;
  return d.note ? `${body}\n*Note: ${escape(d.note)}*` : body;
}

/** "8 (MCI and IMDA, 15 Dec 2023)" or "not stated in the sources". */
export function reported(value: number | null): string {
  return value === null ? NOT_STATED : String(value);
}

export const ordinalMeeting = (m: Meeting) => (m.number === 0 ? m.name : m.name.replace(/ meeting$/, ''));
