import { LIMITS } from './limits.js';
import type { APIEmbed } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import type { Mou } from '../dataset/index.js';
import type { RecordRef } from './customId.js';
import { footer } from './footer.js';
import { describedText, meetingLine, partyLine } from './parts.js';
import { COLOURS } from './style.js';
import { escape, formatDate, joinLines } from './text.js';

/** The records an MOU card links to: its projects, its named parties, its meeting. */
export function mouLinks(m: Mou): RecordRef[] {
  return [
    ...m.relatedProjects.map((id) => ({ kind: 'project' as const, id })),
    ...m.parties.flatMap((x) => ('org' in x ? [{ kind: 'organisation' as const, id: x.org }] : [])),
    { kind: 'meeting', id: m.meeting },
  ];
}

export function groupLabel(deps: Deps, groupId: string | null): string {
  if (groupId === null) return 'no Annex A group given in the sources';
  return escape(deps.dataset.group(groupId)?.label ?? groupId);
}

export function mouEmbed(deps: Deps, m: Mou): APIEmbed {
  const meeting = deps.dataset.meeting(m.meeting);
  const when = meeting ? `the ${meeting.name} (${formatDate(meeting.date.value)})` : 'a meeting not on file';
  const projects = m.relatedProjects.map((id) => deps.dataset.project(id)).flatMap((p) => (p ? [`• ${escape(p.name)}`] : []));
  return {
    title: `MOU: ${escape(m.name)}`,
    color: COLOURS.mou,
    description: `A memorandum of understanding signed at ${when}.\n\n${describedText(m.description)}`,
    fields: [
      { name: 'Parties', value: joinLines(m.parties.map((x) => `• ${partyLine(deps, x)}`)) },
      { name: 'Official title', value: m.title ? describedText(m.title) : 'not stated in the sources' },
      { name: 'Meeting', value: meetingLine(meeting), inline: true },
      { name: 'Annex A group', value: groupLabel(deps, m.group), inline: true },
      ...(m.topics.length ? [{ name: 'Topics', value: escape(m.topics.join(', ')) }] : []),
      { name: 'Related project', value: joinLines(projects, LIMITS.fieldValue, 'none on file') },
    ],
    footer: footer(deps, m.sources),
  };
}
