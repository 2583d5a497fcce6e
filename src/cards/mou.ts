import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import type { Mou } from '../dataset/index.js';
import type { RecordRef } from './customId.js';
import { footer } from './footer.js';
import { describedText, partyLine } from './parts.js';
import { sourceFields } from './sources.js';
import { COLOURS } from './style.js';
import { escape, formatDate } from './text.js';

/** Every word the MOU card says, in one place. */
const TEXT = {
  signed: (when: string, parties: string) => `Signed at ${when} by ${parties}.`,
  noMeeting: 'a meeting not on file',
  title: 'Official title',
  group: 'Annex A group',
  noGroup: 'no Annex A group given in the sources',
  topics: 'Topics',
};

/** The records an MOU card links to: its projects, its named parties, its meeting. */
export function mouLinks(m: Mou): RecordRef[] {
  return [
    ...m.relatedProjects.map((id) => ({ kind: 'project' as const, id })),
    ...m.parties.flatMap((x) => ('org' in x ? [{ kind: 'organisation' as const, id: x.org }] : [])),
    { kind: 'meeting', id: m.meeting },
  ];
}

/** A group label as a reader reads it: the curators' asides about the capture stay in the data. */
export const readerGroupLabel = (label: string) => label.replace(/\s*\([^()]*captur[^()]*\)/gi, '').trim();

/** An Annex A group as a reader names it, escaped for a card. */
export function groupLabel(deps: Deps, groupId: string | null): string {
  if (groupId === null) return TEXT.noGroup;
  return escape(readerGroupLabel(deps.dataset.group(groupId)?.label ?? groupId));
}

/** "A, B and C" */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Who signed and when (the answer) leads, then what it covers; title, group and topics below. */
export function mouEmbed(deps: Deps, m: Mou): APIEmbed {
  const meeting = deps.dataset.meeting(m.meeting);
  const when = meeting ? `the ${escape(meeting.name)} (${formatDate(meeting.date.value)})` : TEXT.noMeeting;
  const parties = andList(m.parties.map((x) => partyLine(deps, x)));
  const fields: APIEmbedField[] = [
    ...(m.title ? [{ name: TEXT.title, value: describedText(m.title) }] : []),
    ...(m.group !== null ? [{ name: TEXT.group, value: groupLabel(deps, m.group), inline: true }] : []),
    ...(m.topics.length ? [{ name: TEXT.topics, value: escape(m.topics.join(', ')), inline: true }] : []),
    ...sourceFields(deps.dataset, [...m.description.sources, ...m.sources]),
  ];
  return {
    title: `MOU: ${escape(m.name)}`,
    color: COLOURS.mou,
    description: `${TEXT.signed(when, parties)}\n\n${describedText(m.description)}`,
    fields,
    footer: footer(deps),
  };
}
