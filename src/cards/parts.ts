import type { Meeting, Organisation, Party, RecordKind } from '../dataset/index.js';
import { messages } from '../i18n/index.js';
import { chineseNamesFor, words, type CardDeps } from './reader.js';
import { escape } from './text.js';

/**
 * Shared pieces of record cards: how a party, a meeting and a cut-off text are written. The words are
 * the catalogue's (src/i18n), in the reader's language; curators' reasoning (why a country was
 * inferred, what the capture lacks) stays in the data, and a reader gets one short plain phrase.
 */

/** How the sources establish an organisation's country: stated, our reading (`countryStated: false`), or unknown. */
export function countryStatus(org: Organisation): 'stated' | 'inferred' | 'unknown' {
  if (org.country === 'unclear') return 'unknown';
  return org.countryStated ? 'stated' : 'inferred';
}

/** A country as the reader names it ("China", "中国"); English reads the data's own word. */
export function countryName(deps: CardDeps, country: string): string {
  return deps.locale === 'en' ? country : (messages(deps.locale).country[country] ?? country);
}

/** "Singapore", "Singapore, inferred" or "country not stated in the sources": never an inference as plain fact. */
export function countryText(deps: CardDeps, org: Organisation): string {
  const w = words(deps);
  const status = countryStatus(org);
  if (status === 'unknown') return w.caveat.countryNotStated;
  const name = countryName(deps, org.country);
  return status === 'inferred' ? w.inferredCountry(name) : name;
}

/** A record's name, with the Chinese name a source gives beside it for a Chinese reader. */
export function nameWithChinese(deps: CardDeps, name: string, target: { kind: RecordKind; id: string }): string {
  const zh = chineseNamesFor(deps, target).map((n) => n.name);
  return zh.length ? words(deps).aside(name, zh.join(words(deps).comma)) : name;
}

/** The sources of the Chinese names shown for an organisation (for the card's source line). */
export function zhSources(deps: CardDeps, orgId: string): string[] {
  return chineseNamesFor(deps, { kind: 'organisation', id: orgId }).flatMap((n) => n.sources);
}

/** "QuikBot Technologies Pte Ltd (Singapore)"; "Keppel (Singapore, inferred)"; an unnamed party says so. */
export function partyLine(deps: CardDeps, party: Party): string {
  const w = words(deps);
  if ('unnamed' in party)
    return /not named/i.test(party.unnamed) && deps.locale === 'en'
      ? escape(party.unnamed)
      : w.aside(escape(party.unnamed), w.caveat.unnamed);
  const org = deps.dataset.organisation(party.org);
  if (!org) return w.aside(escape(party.org), w.caveat.gone);
  return w.aside(nameWithChinese(deps, escape(org.name), { kind: 'organisation', id: org.id }), countryText(deps, org));
}

/**
 * The Demonstration Zone's projects and its first companies, kept as two facts: the sources do not
 * say the four projects are the four companies'.
 */
export function demoZoneLine(deps: CardDeps, zone: NonNullable<Meeting['demoZone']>): string {
  return words(deps).meeting.zoneLine(zone.projects, escape(zone.focus.join(', ')), zone.companies);
}

/**
 * Text from the data as the source wrote it; where the source breaks off, one plain phrase says so.
 * The curators' notes on the capture stay in the data.
 */
export function describedText(
  deps: CardDeps,
  d: { text: string; cutOff?: boolean | undefined; note?: string | undefined },
): string {
  const body = escape(d.text);
  return d.cutOff ? `${body}… *(${words(deps).caveat.cutOff})*` : body;
}
