import type { Deps } from '../command.js';
import type { AnyRecord, RecordKind } from '../dataset/index.js';
import { NO_MENTIONS, type ReplyData } from '../reply.js';
import { recordButton, relatedComponents } from './components.js';
import type { RecordRef } from './customId.js';
import { fitReply } from './fit.js';
import { meetingRecords } from './meeting.js';
import { mouLinks } from './mou.js';
import { organisationLinks } from './organisation.js';
import { projectLinks } from './project.js';
import { escape, plural } from './text.js';

/** How a record of each kind is named in a sentence, and what a partner does with it. */
const NOUN: Record<RecordKind, { one: string; many: string; a: string; verb: string }> = {
  project: { one: 'project', many: 'projects', a: 'a project', verb: 'joined' },
  mou: { one: 'MOU', many: 'MOUs', a: 'an MOU', verb: 'signed' },
  organisation: { one: 'partner', many: 'partners', a: 'a partner', verb: 'worked with' },
  meeting: { one: 'meeting', many: 'meetings', a: 'a meeting', verb: 'took part in' },
};

/** Every word of the "known, but not here" note, in one place. */
const TEXT = {
  noneOfKind: (name: string, wanted: string, rest: string) => `**${name}** has no ${wanted} on file; ${rest}`,
  itDid: (parts: string) => `it ${parts}:`,
  nothingElse: 'nothing else is on file for it either.',
  isA: (name: string, kind: string, wanted: string) => `**${name}** is ${kind}, not ${wanted}.`,
  its: (wanted: string) => `Its ${wanted} on file:`,
  open: 'Open its card below.',
};

/** The records a record's card links to, by kind. */
function links(deps: Deps, found: AnyRecord): RecordRef[] {
  switch (found.kind) {
    case 'project':
      return projectLinks(found.record);
    case 'mou':
      return mouLinks(found.record);
    case 'organisation':
      return organisationLinks(deps, found.record).filter((r) => r.kind !== 'organisation');
    case 'meeting':
      return meetingRecords(deps, found.record);
  }
}

/**
 * A name the data knows, asked for in the wrong command (`/mou query:ntu`): say what it is and where
 * to look, with buttons to the records it does have ("NTU has no MOU on file; it joined 1 project:").
 * Null when the record is unknown. `alias`: the short name it was found by ("NTU"), to name it the
 * way the user did.
 */
export function elsewhereReply(
  deps: Deps,
  ref: RecordRef,
  wanted: readonly RecordKind[],
  alias?: string,
): ReplyData | null {
  const found = deps.dataset.find(ref.kind, ref.id);
  if (!found) return null;
  const all = links(deps, found);
  const wantedRefs = all.filter((r) => wanted.includes(r.kind));
  const name = escape(found.record.name);
  const shortName = alias && alias.length < found.record.name.length ? escape(alias) : name;
  const wantedNoun = wanted.map((k) => NOUN[k].one).join(' or ');
  let lead: string;
  let shown: RecordRef[];
  if (wantedRefs.length > 0) {
    lead = `${TEXT.isA(name, NOUN[found.kind].a, wanted.map((k) => NOUN[k].a).join(' or '))} ${TEXT.its(wanted.map((k) => NOUN[k].many).join(' and '))}`;
    shown = wantedRefs;
  } else if (found.kind === 'organisation') {
    const byKind = (['mou', 'project'] as const)
      .map((k) => ({ k, n: all.filter((r) => r.kind === k).length }))
      .filter((x) => x.n > 0);
    const parts = byKind.map((x) => `${NOUN[x.k].verb} ${plural(x.n, NOUN[x.k].one, NOUN[x.k].many)}`).join(' and ');
    lead = TEXT.noneOfKind(shortName, wantedNoun, parts ? TEXT.itDid(parts) : TEXT.nothingElse);
    shown = all;
  } else {
    lead = `${TEXT.isA(name, NOUN[found.kind].a, wanted.map((k) => NOUN[k].a).join(' or '))} ${TEXT.open}`;
    shown = [];
  }
  const self = recordButton(deps, ref);
  const rows = relatedComponents(deps, shown, 'elsewhere');
  // The record itself first, when its buttons leave room (a select of many records is its own row).
  const components = self ? [...(rows.length === 0 ? [{ type: 1, components: [self] } as const] : []), ...rows] : rows;
  return fitReply({ content: lead, components: components as ReplyData['components'], allowed_mentions: NO_MENTIONS });
}
