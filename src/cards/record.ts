import type { APIEmbed } from 'discord-api-types/v10';
import { meetingName, words, type CardDeps } from './reader.js';
import type { AnyRecord } from '../dataset/index.js';
import { NO_MENTIONS, type ReplyData } from '../reply.js';
import { buttonRows, recordButton, recordSelect, relatedComponents, type Row } from './components.js';
import { encodeAction, type RecordRef } from './customId.js';
import { fitReply } from './fit.js';
import { meetingEmbed, meetingRecords } from './meeting.js';
import { mouEmbed, mouLinks } from './mou.js';
import { organisationEmbed, organisationLinks } from './organisation.js';
import { projectEmbed, projectLinks } from './project.js';

/** The meeting before and after, opened in place, and its totals. */
function meetingNav(deps: CardDeps, number: number): Row[] {
  const prev = deps.dataset.meetingByNumber(number - 1);
  const next = deps.dataset.meetingByNumber(number + 1);
  return buttonRows([
    prev ? recordButton(deps, { kind: 'meeting', id: prev.id }, 'go', words(deps).meeting.previous) : null,
    next ? recordButton(deps, { kind: 'meeting', id: next.id }, 'go', words(deps).meeting.next) : null,
  ]);
}

/** Each kind: its embed and its components (related records as buttons or a select). */
function build(deps: CardDeps, found: AnyRecord): { embed: APIEmbed; components: Row[] } {
  switch (found.kind) {
    case 'project':
      return {
        embed: projectEmbed(deps, found.record),
        components: relatedComponents(deps, projectLinks(found.record), 'related'),
      };
    case 'mou':
      return {
        embed: mouEmbed(deps, found.record),
        components: relatedComponents(deps, mouLinks(found.record), 'related'),
      };
    case 'organisation':
      return {
        embed: organisationEmbed(deps, found.record),
        components: relatedComponents(deps, organisationLinks(deps, found.record), 'related'),
      };
    case 'meeting': {
      const m = found.record;
      const select = recordSelect(
        deps,
        encodeAction({ op: 'pick', mode: 'open', tag: 'meeting' }),
        words(deps).openOfMeeting(meetingName(deps, m)),
        meetingRecords(deps, m),
      );
      return { embed: meetingEmbed(deps, m), components: [...(select ? [select] : []), ...meetingNav(deps, m.number)] };
    }
  }
}

/** The full card for any record, with buttons to its related records; null when the id is unknown. */
export function recordReply(deps: CardDeps, ref: RecordRef): ReplyData | null {
  const found = deps.dataset.find(ref.kind, ref.id);
  if (!found) return null;
  const { embed, components } = build(deps, found);
  return fitReply({ embeds: [embed], components, allowed_mentions: NO_MENTIONS });
}

/** The meeting card by its number (0 = the founding MOU); null when there is no such meeting. */
export function meetingReply(deps: CardDeps, number: number): ReplyData | null {
  const m = deps.dataset.meetingByNumber(number);
  return m ? recordReply(deps, { kind: 'meeting', id: m.id }) : null;
}
