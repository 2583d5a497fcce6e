import { LIMITS } from './limits.js';
import type { APIEmbed } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import type { Project } from '../dataset/index.js';
import type { RecordRef } from './customId.js';
import { footer } from './footer.js';
import { describedText, meetingLine, partyLine } from './parts.js';
import { COLOURS } from './style.js';
import { escape, formatDate, joinLines } from './text.js';

/** The records a project card links to: its MOUs, its named partners, its meeting. */
export function projectLinks(p: Project): RecordRef[] {
  return [
    ...p.relatedMous.map((id) => ({ kind: 'mou' as const, id })),
    ...p.partners.flatMap((x) => ('org' in x ? [{ kind: 'organisation' as const, id: x.org }] : [])),
    { kind: 'meeting', id: p.meeting },
  ];
}

export function projectEmbed(deps: Deps, p: Project): APIEmbed {
  const meeting = deps.dataset.meeting(p.meeting);
  const when = meeting ? `the ${meeting.name} (${formatDate(meeting.date.value)})` : 'a meeting not on file';
  const what =
    p.kind === 'demonstration-zone'
      ? `A Demonstration Zone record${p.count ? ` standing for ${p.count} projects` : ''}, announced at ${when}.`
      : `Joint project${p.number ? ` no. ${p.number}` : ''} announced at ${when}.`;
  const partners = p.partners.map((x) => `• ${partyLine(deps, x)}`);
  const mous = p.relatedMous.map((id) => deps.dataset.mou(id)).flatMap((m) => (m ? [`• ${escape(m.name)}`] : []));
  return {
    title: escape(p.name),
    color: COLOURS.project,
    // A name the source gives only in Chinese: our English is a rendering, and says so.
    description: `${what}${p.nameIsRendering ? '\n*The English name is our rendering; the source gives the name in Chinese only.*' : ''}\n\n${describedText(p.description)}`,
    fields: [
      { name: 'Partners', value: joinLines([...partners, ...(p.partnersNote ? [`*${escape(p.partnersNote)}*`] : [])], LIMITS.fieldValue, 'not named in the sources') },
      { name: 'Meeting', value: meetingLine(meeting), inline: true },
      ...(p.topics.length ? [{ name: 'Topics', value: escape(p.topics.join(', ')), inline: true }] : []),
      { name: 'Related MOU', value: joinLines(mous, LIMITS.fieldValue, 'none on file') },
    ],
    footer: footer(deps, p.sources),
  };
}
