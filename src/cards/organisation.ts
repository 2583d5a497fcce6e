import { LIMITS } from './limits.js';
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import type { Mou, Organisation, Party, Project } from '../dataset/index.js';
import type { RecordRef } from './customId.js';
import { footer } from './footer.js';
import { partyLine } from './parts.js';
import { COLOURS } from './style.js';
import { escape, joinLines } from './text.js';

const orgIds = (parties: readonly Party[]) => parties.flatMap((p) => ('org' in p ? [p.org] : []));

/** The records an organisation card links to: parent, sub-units, its MOUs and projects. */
export function organisationLinks(deps: Deps, o: Organisation): RecordRef[] {
  return [
    ...(o.parent ? [{ kind: 'organisation' as const, id: o.parent }] : []),
    ...deps.dataset.childrenOf(o.id).map((c) => ({ kind: 'organisation' as const, id: c.id })),
    ...deps.dataset.mousOf(o.id).map((m) => ({ kind: 'mou' as const, id: m.id })),
    ...deps.dataset.projectsOf(o.id).map((p) => ({ kind: 'project' as const, id: p.id })),
  ];
}

/** "with X (China)"; and "through <sub-unit>" when the organisation took part through a sub-unit. */
function withWhom(deps: Deps, o: Organisation, parties: readonly Party[]): string {
  const own = new Set([o.id, ...deps.dataset.childrenOf(o.id).map((c) => c.id)]);
  const others = parties.filter((p) => !('org' in p) || !own.has(p.org)).map((p) => partyLine(deps, p));
  const through = orgIds(parties)
    .filter((id) => id !== o.id && own.has(id))
    .map((id) => deps.dataset.organisation(id)?.name ?? id);
  return [
    others.length ? `with ${others.join(', ')}` : 'no other party named',
    ...(through.length ? [`through ${escape(through.join(', '))}`] : []),
  ].join('; ');
}

const meetingName = (deps: Deps, id: string) => escape(deps.dataset.meeting(id)?.name ?? id);

export function organisationEmbed(deps: Deps, o: Organisation): APIEmbed {
  const d = deps.dataset;
  const parent = o.parent ? d.organisation(o.parent) : undefined;
  const children = d.childrenOf(o.id);
  const mous = d.mousOf(o.id);
  const projects = d.projectsOf(o.id);
  const highlights = d.highlightsOf(o.id);
  const country =
    o.country === 'unclear' ? 'Country unclear in the sources' : `Country: ${o.country}`;
  const mouLine = (m: Mou) => `• **${escape(m.name)}**: ${withWhom(deps, o, m.parties)} (${meetingName(deps, m.meeting)})`;
  const projectLine = (p: Project) => `• **${escape(p.name)}**: ${withWhom(deps, o, p.partners)} (${meetingName(deps, p.meeting)})`;
  const fields: APIEmbedField[] = [
    { name: 'Country', value: `${o.country === 'unclear' ? 'unclear' : o.country}${o.countryNote ? ` (${escape(o.countryNote)})` : ''}`, inline: true },
    { name: 'Kind', value: escape(o.kind), inline: true },
    ...(o.aliases.length ? [{ name: 'Also known as', value: escape(o.aliases.join(', ')), inline: true }] : []),
    ...(parent ? [{ name: 'Part of', value: escape(parent.name) }] : []),
    ...(children.length ? [{ name: 'Sub-units', value: joinLines(children.map((c) => `• ${escape(c.name)}`)) }] : []),
    { name: `MOUs signed (${mous.length} on file)`, value: joinLines(mous.map(mouLine), LIMITS.fieldValue, 'none on file') },
    { name: `Projects joined (${projects.length} on file)`, value: joinLines(projects.map(projectLine), LIMITS.fieldValue, 'none on file') },
    ...(highlights.length
      ? [{ name: 'Named in meeting highlights', value: joinLines(highlights.map((h) => `• ${escape(h.meeting.name)}: ${escape(h.text)}`)) }]
      : []),
  ];
  const summary = `${country}. ${o.kind[0]?.toUpperCase() ?? ''}${o.kind.slice(1)}${parent ? `, part of ${parent.name}` : ''}; on file with ${mous.length} MOU${mous.length === 1 ? '' : 's'} and ${projects.length} project${projects.length === 1 ? '' : 's'}.`;
  return {
    title: escape(o.name),
    color: COLOURS.organisation,
    description: [escape(summary), ...(o.about ? [escape(o.about)] : [])].join('\n\n'),
    fields,
    footer: footer(deps, o.sources),
  };
}
