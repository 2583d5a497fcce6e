import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import type { Mou, Organisation, Party, Project } from '../dataset/index.js';
import type { RecordRef } from './customId.js';
import { footer } from './footer.js';
import { CAVEATS, countryStatus, partyLine } from './parts.js';
import { sourceFields } from './sources.js';
import { COLOURS } from './style.js';
import { escape, joinLines, plural } from './text.js';

/** Every word the organisation card says, in one place. */
const TEXT = {
  country: {
    stated: (c: string) => `Country: ${c}.`,
    inferred: (c: string) => `Country: ${c}, ${CAVEATS.inferred} (${CAVEATS.countryNotStated}).`,
    unknown: () => 'Country: not stated in the sources.',
  },
  partOf: (parent: string) => `Part of ${parent}.`,
  aka: (names: string) => `Also known as ${names}.`,
  onFile: (mous: number, projects: number) =>
    `On file: ${mous ? plural(mous, 'MOU') : 'no MOU'} and ${projects ? plural(projects, 'project') : 'no project'}.`,
  mous: (n: number) => `MOUs signed (${n})`,
  projects: (n: number) => `Projects joined (${n})`,
  highlights: 'Named in meeting highlights',
  withNobody: 'no other party named',
  with: (names: string) => `with ${names}`,
  through: (names: string) => `through ${names}`,
};

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
export function withWhom(deps: Deps, o: Organisation, parties: readonly Party[]): string {
  const own = new Set([o.id, ...deps.dataset.childrenOf(o.id).map((c) => c.id)]);
  const others = parties.filter((p) => !('org' in p) || !own.has(p.org)).map((p) => partyLine(deps, p));
  const through = orgIds(parties)
    .filter((id) => id !== o.id && own.has(id))
    .map((id) => deps.dataset.organisation(id)?.name ?? id);
  return [
    others.length ? TEXT.with(others.join(', ')) : TEXT.withNobody,
    ...(through.length ? [TEXT.through(escape(through.join(', ')))] : []),
  ].join('; ');
}

const meetingName = (deps: Deps, id: string) => escape(deps.dataset.meeting(id)?.name.replace(/ meeting$/, '') ?? id);

/** "Country: Singapore, inferred (country not stated in the sources)." */
export function countrySentence(o: Organisation): string {
  const status = countryStatus(o);
  return TEXT.country[status](o.country);
}

/**
 * Who it is and what it has on file lead (one sentence each, never repeated as fields); then what
 * it signed and joined, with whom. Parent and sub-units are the card's buttons.
 */
export function organisationEmbed(deps: Deps, o: Organisation): APIEmbed {
  const d = deps.dataset;
  const parent = o.parent ? d.organisation(o.parent) : undefined;
  const mous = d.mousOf(o.id);
  const projects = d.projectsOf(o.id);
  const highlights = d.highlightsOf(o.id);
  const mouLine = (m: Mou) =>
    `• **${escape(m.name)}**: ${withWhom(deps, o, m.parties)} (${meetingName(deps, m.meeting)})`;
  const projectLine = (p: Project) =>
    `• **${escape(p.name)}**: ${withWhom(deps, o, p.partners)} (${meetingName(deps, p.meeting)})`;
  const kind = `${o.kind[0]?.toUpperCase() ?? ''}${o.kind.slice(1)}.`;
  const summary = [
    escape(kind),
    countrySentence(o),
    ...(parent ? [TEXT.partOf(escape(parent.name))] : []),
    ...(o.aliases.length ? [TEXT.aka(escape(o.aliases.join(', ')))] : []),
    TEXT.onFile(mous.length, projects.length),
  ].join(' ');
  const fields: APIEmbedField[] = [
    ...(mous.length ? [{ name: TEXT.mous(mous.length), value: joinLines(mous.map(mouLine)) }] : []),
    ...(projects.length ? [{ name: TEXT.projects(projects.length), value: joinLines(projects.map(projectLine)) }] : []),
    ...(highlights.length
      ? [
          {
            name: TEXT.highlights,
            value: joinLines(highlights.map((h) => `• ${escape(h.meeting.name)}: ${escape(h.text)}`)),
          },
        ]
      : []),
    ...sourceFields(d, [
      ...o.sources,
      ...mous.flatMap((m) => m.sources),
      ...projects.flatMap((p) => p.sources),
      ...highlights.flatMap((h) => h.sources),
    ]),
  ];
  return {
    title: escape(o.name),
    color: COLOURS.organisation,
    description: [summary, ...(o.about ? [escape(o.about)] : [])].join('\n\n'),
    fields,
    footer: footer(deps),
  };
}
