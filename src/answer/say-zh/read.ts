// One attribute of one record, person, partner or meeting read out in Chinese (who, when, where, what). readZh walks
// READERS in order: the first reader that takes the read gives its sentence (or null: the English stands). To add one:
// a named `(c: ReadZhContext) => Said | null | undefined` in read/ (meetings, records, orgs), placed in READERS just
// before the first reader that would otherwise take its reads, with a one-line why.
import type { Result } from '../run.js';
import type { Understanding } from '../understand.js';
import type { Dataset } from '../../dataset/index.js';
import type { Said } from '../say/common.js';
import type { Zh, ZhKit } from './kit.js';
import type { ReaderZh } from './read/context.js';
import { committee, committeeChairs, highlight, initiative, meeting, personRole } from './read/meetings.js';
import { recordAbout, recordDate, recordGroup, recordParties, recordTitle, zone, zoneWhere } from './read/records.js';
import { orgAbout, orgParties, orgs, orgWhen } from './read/orgs.js';

/** readZh's readers, in the order they are tried. */
export const READERS: readonly ReaderZh[] = [
  meeting, // a meeting: every attribute of it (or null)
  initiative, // the SCI: its status, launch or profile
  committee, // the JIC itself, not its co-chairs
  personRole, // a person: their role and meetings
  recordTitle, // a record's title
  recordGroup, // a record's Annex A group
  zoneWhere, // the zone's place, read beside whatever was named: before the thing's own profile
  orgs, // two partners or more: what joins them
  highlight, // a named outcome with its words
  committeeChairs, // the JIC's co-chairs
  zone, // the zone's own record: the zone as a whole, before a record's parties, date or text
  recordParties, // a record's parties (or null)
  recordDate, // when a record came (or null)
  recordAbout, // what one record does (or null)
  orgWhen, // when a partner took part
  orgAbout, // what a partner is and does (not "who")
  orgParties, // whom a partner signed or joined with (or null)
];

export function readZh(
  r: Extract<Result, { op: 'read' }>,
  u: Understanding,
  dataset: Dataset,
  locale: Zh,
  kit: ZhKit,
): Said | null {
  const c = { r, u, dataset, locale, kit };
  for (const reader of READERS) {
    const said = reader(c);
    if (said !== undefined) return said;
  }
  return null;
}
