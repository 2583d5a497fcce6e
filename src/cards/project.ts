import { LIMITS } from './limits.js';
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import type { Project } from '../dataset/index.js';
import type { RecordRef } from './customId.js';
import { footer } from './footer.js';
import { describedText, partyLine } from './parts.js';
import { sourceFields } from './sources.js';
import { COLOURS } from './style.js';
import { escape, formatDate, joinLines } from './text.js';

/** Every word the project card says, in one place. */
const TEXT = {
  joint: (number: number | null, when: string) =>
    `Joint project${number ? ` no. ${number}` : ''}, announced at ${when}.`,
  zone: (count: number | undefined, when: string) =>
    `A Demonstration Zone record${count ? ` standing for ${count} projects` : ''}, announced at ${when}.`,
  noMeeting: 'a meeting not on file',
  partners: 'Partners',
  noPartners: 'not named in the sources',
  topics: 'Topics',
  rendering: 'The English name is our rendering; the source gives the name in Chinese only.',
};

/** The records a project card links to: its MOUs, its named partners, its meeting. */
export function projectLinks(p: Project): RecordRef[] {
  return [
    ...p.relatedMous.map((id) => ({ kind: 'mou' as const, id })),
    ...p.partners.flatMap((x) => ('org' in x ? [{ kind: 'organisation' as const, id: x.org }] : [])),
    { kind: 'meeting', id: p.meeting },
  ];
}

/**
 * What it is and when (the answer) leads; then who, and the topics. The meeting and the related
 * MOU are the card's buttons, so they are not listed again as fields.
 */
export function projectEmbed(deps: Deps, p: Project): APIEmbed {
  const meeting = deps.dataset.meeting(p.meeting);
  const when = meeting ? `the ${escape(meeting.name)} (${formatDate(meeting.date.value)})` : TEXT.noMeeting;
  const what = p.kind === 'demonstration-zone' ? TEXT.zone(p.count, when) : TEXT.joint(p.number, when);
  const partners = p.partners.map((x) => `• ${partyLine(deps, x)}`);
  const fields: APIEmbedField[] = [
    {
      name: TEXT.partners,
      value: joinLines(
        [...partners, ...(p.partnersNote ? [`*${escape(p.partnersNote)}*`] : [])],
        LIMITS.fieldValue,
        TEXT.noPartners,
      ),
    },
    ...(p.topics.length ? [{ name: TEXT.topics, value: escape(p.topics.join(', ')) }] : []),
    ...sourceFields(deps.dataset, [...p.description.sources, ...p.sources]),
  ];
  return {
    title: escape(p.name),
    color: COLOURS.project,
    // A name the source gives only in Chinese: our English is a rendering, and says so.
    description: `${what}${
      p.nameIsRendering
        ? `
*${TEXT.rendering}*`
        : ''
    }

${describedText(p.description)}`,
    fields,
    footer: footer(deps),
  };
}
