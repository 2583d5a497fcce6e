import type { Dataset, Meeting, Party } from '../dataset/index.js';

import { formatDate } from '../cards/text.js';

// Dates, plurals and cutting text are the cards' helpers, so an answer reads like a card.
export { formatDate, plural, truncate } from '../cards/text.js';

/** A sentence's first letter in upper case. */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Each word's first lower-case letter in capitals: a name no source gives, shown as a name ("Wang Weizhong"). */
export const capitaliseWords = (s: string): string => s.replace(/(?<=^|\s)\p{Ll}/gu, (ch) => ch.toUpperCase());

/** A meeting's date as the answers write it: "14 Dec 2023". */
export const meetingDate = (m: Meeting): string => formatDate(m.date.value);

/**
 * `a`, `a and b`, `a, b and c` — and `a, b, and c` where an item holds "and" of its own, so the last "and" is read as
 * the list's ("digital connectivity, innovation and entrepreneurship, and talent exchange development").
 */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const serial = items.length > 2 && items.some((x) => / and /.test(x));
  return `${items.slice(0, -1).join(', ')}${serial ? ',' : ''} and ${items[items.length - 1]}`;
}

/** A party's display name: the organisation's name, or what the sources say of an unnamed one. */
export function partyName(dataset: Dataset, party: Party): string {
  return 'org' in party ? (dataset.organisation(party.org)?.name ?? party.org) : party.unnamed;
}

/** A meeting's place as a phrase after "held": "in Shenzhen", "virtually", "by video link". */
export function placePhrase(place: string): string {
  if (/^Held /.test(place)) return place.replace(/^Held /, '');
  if (/^By /.test(place)) return place.replace(/^By/, 'by');
  return `in ${place}`;
}
