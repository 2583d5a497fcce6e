import { words, type CardDeps } from './reader.js';
import type { AnyRecord, RecordKind } from '../dataset/index.js';
import { NO_MENTIONS, type ReplyData } from '../reply.js';
import { recordButton, relatedComponents } from './components.js';
import type { RecordRef } from './customId.js';
import { fitReply } from './fit.js';
import { meetingRecords } from './meeting.js';
import { mouLinks } from './mou.js';
import { organisationLinks } from './organisation.js';
import { projectLinks } from './project.js';
import { escape } from './text.js';

/** The records a record's card links to, by kind. */
function links(deps: CardDeps, found: AnyRecord): RecordRef[] {
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
  deps: CardDeps,
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
  const w = words(deps);
  const t = w.elsewhere;
  const wantedNoun = wanted.map((k) => t.one[k]).join(w.or);
  const isA = () => t.isA(name, w.aKind[found.kind], wanted.map((k) => w.aKind[k]).join(w.or));
  const sep = deps.locale === 'en' ? ' ' : '';
  let lead: string;
  let shown: RecordRef[];
  if (wantedRefs.length > 0) {
    lead = `${isA()}${sep}${t.its(wanted.map((k) => w.kinds[k]).join(w.and))}`;
    shown = wantedRefs;
  } else if (found.kind === 'organisation') {
    const byKind = (['mou', 'project'] as const)
      .map((k) => ({ k, n: all.filter((r) => r.kind === k).length }))
      .filter((x) => x.n > 0);
    const parts = byKind.map((x) => w.did[x.k](x.n)).join(w.and);
    lead = t.noneOfKind(shortName, wantedNoun, parts ? t.itDid(parts) : t.nothingElse);
    shown = all;
  } else {
    lead = `${isA()}${sep}${t.open}`;
    shown = [];
  }
  const self = recordButton(deps, ref);
  const rows = relatedComponents(deps, shown, 'elsewhere');
  // The record itself first, when its buttons leave room (a select of many records is its own row).
  const components = self ? [...(rows.length === 0 ? [{ type: 1, components: [self] } as const] : []), ...rows] : rows;
  return fitReply({ content: lead, components: components as ReplyData['components'], allowed_mentions: NO_MENTIONS });
}
