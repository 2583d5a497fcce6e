import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { chineseNamesFor, meetingName, words, type CardDeps } from './reader.js';
import type { Mou, Organisation, Party, Project } from '../dataset/index.js';
import type { RecordRef } from './customId.js';
import { footer } from './footer.js';
import { countryName, countryStatus, nameWithChinese, partyLine } from './parts.js';
import { sourceFields } from './sources.js';
import { COLOURS } from './style.js';
import { escape, joinLines } from './text.js';

const orgIds = (parties: readonly Party[]) => parties.flatMap((p) => ('org' in p ? [p.org] : []));

/** The records an organisation card links to: parent, sub-units, its MOUs and projects. */
export function organisationLinks(deps: CardDeps, o: Organisation): RecordRef[] {
  return [
    ...(o.parent ? [{ kind: 'organisation' as const, id: o.parent }] : []),
    ...deps.dataset.childrenOf(o.id).map((c) => ({ kind: 'organisation' as const, id: c.id })),
    ...deps.dataset.mousOf(o.id).map((m) => ({ kind: 'mou' as const, id: m.id })),
    ...deps.dataset.projectsOf(o.id).map((p) => ({ kind: 'project' as const, id: p.id })),
  ];
}

/** "with X (China)"; and "through <sub-unit>" when the organisation took part through a sub-unit. */
export function withWhom(deps: CardDeps, o: Organisation, parties: readonly Party[]): string {
  const own = new Set([o.id, ...deps.dataset.childrenOf(o.id).map((c) => c.id)]);
  const others = parties.filter((p) => !('org' in p) || !own.has(p.org)).map((p) => partyLine(deps, p));
  const through = orgIds(parties)
    .filter((id) => id !== o.id && own.has(id))
    .map((id) => deps.dataset.organisation(id)?.name ?? id);
  const w = words(deps);
  return [
    others.length ? w.organisation.with(others.join(w.comma)) : w.organisation.withNobody,
    ...(through.length ? [w.organisation.through(escape(through.join(w.comma)))] : []),
  ].join(deps.locale === 'en' ? '; ' : '；');
}

const shortMeeting = (deps: CardDeps, id: string) => {
  const m = deps.dataset.meeting(id);
  if (!m) return escape(id);
  return deps.locale === 'en' ? escape(m.name.replace(/ meeting$/, '')) : meetingName(deps, m);
};

/** "Country: Singapore, inferred (country not stated in the sources)." */
export function countrySentence(deps: CardDeps, o: Organisation): string {
  const w = words(deps).organisation;
  const status = countryStatus(o);
  if (status === 'unknown') return w.countryUnknown;
  const name = countryName(deps, o.country);
  return status === 'inferred' ? w.countryInferred(name) : w.countryStated(name);
}

/**
 * Who it is and what it has on file lead (one sentence each, never repeated as fields); then what
 * it signed and joined, with whom. Parent and sub-units are the card's buttons.
 */
export function organisationEmbed(deps: CardDeps, o: Organisation): APIEmbed {
  const d = deps.dataset;
  const parent = o.parent ? d.organisation(o.parent) : undefined;
  const mous = d.mousOf(o.id);
  const projects = d.projectsOf(o.id);
  const highlights = d.highlightsOf(o.id);
  const w = words(deps);
  const mouLine = (m: Mou) =>
    `• **${escape(m.name)}**: ${w.aside(withWhom(deps, o, m.parties), shortMeeting(deps, m.meeting))}`;
  const projectLine = (p: Project) =>
    `• **${escape(p.name)}**: ${w.aside(withWhom(deps, o, p.partners), shortMeeting(deps, p.meeting))}`;
  const kind = w.organisation.kind(escape(w.organisation.kinds[o.kind] ?? o.kind));
  const zh = chineseNamesFor(deps, { kind: 'organisation', id: o.id });
  const summary = [
    kind,
    countrySentence(deps, o),
    ...(parent ? [w.organisation.partOf(escape(parent.name))] : []),
    ...(o.aliases.length ? [w.organisation.aka(escape(o.aliases.join(w.comma)))] : []),
    w.organisation.onFile(mous.length, projects.length),
  ].join(deps.locale === 'en' ? ' ' : '');
  const fields: APIEmbedField[] = [
    ...(mous.length ? [{ name: w.organisation.mous(mous.length), value: joinLines(deps, mous.map(mouLine)) }] : []),
    ...(projects.length
      ? [{ name: w.organisation.projects(projects.length), value: joinLines(deps, projects.map(projectLine)) }]
      : []),
    ...(highlights.length
      ? [
          {
            name: w.organisation.highlights,
            value: joinLines(
              deps,
              highlights.map((h) => `• ${w.labelled(escape(meetingName(deps, h.meeting)), escape(h.text))}`),
            ),
          },
        ]
      : []),
    ...sourceFields(
      d,
      [
        ...zh.flatMap((n) => n.sources),
        ...o.sources,
        ...mous.flatMap((m) => m.sources),
        ...projects.flatMap((p) => p.sources),
        ...highlights.flatMap((h) => h.sources),
      ],
      deps.locale,
    ),
  ];
  return {
    title: nameWithChinese(deps, escape(o.name), { kind: 'organisation', id: o.id }),
    color: COLOURS.organisation,
    description: [summary, ...(o.about ? [escape(o.about)] : [])].join('\n\n'),
    fields,
    footer: footer(deps),
  };
}
