import type { APIEmbed } from 'discord-api-types/v10';
import type { Dataset, Meeting, Mou, Organisation, Project, RecordKind } from '../dataset/index.js';
import { LIMITS } from '../cards/limits.js';
import { clip, formatDate, joinList, meetingLabel, partyName, sourcesText } from './format.js';

// The embeds that back an answer. Minimal cards of this module's own: the shared cards
// (src/cards) were not there when this was written; these keep every field within limits.

const field = (name: string, value: string, inline = false) => ({
  name: clip(name, LIMITS.fieldName),
  value: clip(value || '—', LIMITS.fieldValue),
  inline,
});

const footer = (dataset: Dataset, ids: readonly string[]) => ({ text: clip(`Sources: ${sourcesText(dataset, ids)}`, 1000) });

const COLOUR = 0x2b6cb0;

function projectEmbed(dataset: Dataset, p: Project): APIEmbed {
  const meeting = dataset.meeting(p.meeting);
  const partners = p.partners.map((x) => partyName(dataset, x));
  return {
    title: clip(p.name, LIMITS.embedTitle),
    color: COLOUR,
    description: clip(`${p.description.text}${p.description.cutOff ? ' … (the source breaks off here)' : ''}`, 1500),
    fields: [
      field(p.kind === 'demonstration-zone' ? 'Demonstration Zone' : 'Joint project', `${p.number ? `No. ${p.number} in Annex B` : 'not numbered in the sources'}${p.count ? `; stands for ${p.count} projects` : ''}`, true),
      field('Meeting', meeting ? meetingLabel(meeting) : p.meeting, true),
      field('Partners', partners.length ? partners.join('\n') : (p.partnersNote ?? 'not stated in the sources')),
      ...(p.topics.length ? [field('Topics', p.topics.join(', '))] : []),
      ...(p.relatedMous.length ? [field('Related MOU', p.relatedMous.map((id) => dataset.mou(id)?.name ?? id).join('\n'))] : []),
    ],
    footer: footer(dataset, p.sources),
  };
}

function mouEmbed(dataset: Dataset, m: Mou): APIEmbed {
  const meeting = dataset.meeting(m.meeting);
  const group = m.group ? dataset.group(m.group) : undefined;
  return {
    title: clip(`MOU: ${m.name}`, LIMITS.embedTitle),
    color: COLOUR,
    description: clip(`${m.description.text}${m.description.cutOff ? ' … (the source breaks off here)' : ''}`, 1500),
    fields: [
      field('Parties', m.parties.map((x) => partyName(dataset, x)).join('\n')),
      field('Meeting', meeting ? meetingLabel(meeting) : m.meeting, true),
      field('Annex A group', group ? group.label : 'not stated in the sources', true),
      ...(m.title ? [field('Official title', `${m.title.text}${m.title.cutOff ? ' …' : ''}`)] : []),
      ...(m.relatedProjects.length ? [field('Related project', m.relatedProjects.map((id) => dataset.project(id)?.name ?? id).join('\n'))] : []),
    ],
    footer: footer(dataset, m.sources),
  };
}

function organisationEmbed(dataset: Dataset, o: Organisation): APIEmbed {
  const mous = dataset.mousOf(o.id);
  const projects = dataset.projectsOf(o.id);
  const highlights = dataset.highlightsOf(o.id);
  const parent = o.parent ? dataset.organisation(o.parent) : undefined;
  const lines = [
    `${o.kind}, ${o.country === 'unclear' ? 'country not clear from the sources' : o.country}${o.countryNote ? ` (${o.countryNote})` : ''}`,
    ...(o.aliases.length ? [`Also known as: ${o.aliases.join(', ')}`] : []),
    ...(parent ? [`Part of: ${parent.name}`] : []),
    ...(o.about ? [o.about] : []),
  ];
  return {
    title: clip(o.name, LIMITS.embedTitle),
    color: COLOUR,
    description: clip(lines.join('\n'), 1500),
    fields: [
      field('MOUs', mous.length ? mous.map((m) => m.name).join('\n') : 'none on file'),
      field('Projects', projects.length ? projects.map((p) => p.name).join('\n') : 'none on file'),
      ...(highlights.length ? [field('Named in meeting highlights', highlights.map((h) => `${h.meeting.name}: ${h.text}`).join('\n'))] : []),
    ],
    footer: footer(dataset, o.sources),
  };
}

function meetingEmbed(dataset: Dataset, m: Meeting): APIEmbed {
  const figures = dataset.figures.perMeeting.find((f) => f.meeting.id === m.id);
  const stated = (n: number | null) => (n === null ? 'not stated in the sources' : String(n));
  const fields = [
    ...m.people.map((r) => field(r.label, `${r.people.map((p) => `${p.name} (${p.role})`).join('; ')}\n_${sourcesText(dataset, r.sources)}_`)),
    field('New MOUs', `${stated(m.newMous.value)} reported; ${figures?.mousOnFile ?? 0} on file`, true),
    field('New projects', `${stated(m.newProjects.value)} reported; ${figures?.projectsOnFile ?? 0} on file`, true),
    ...(m.totals ? [field('Totals reported', `${m.totals.projects} projects and ${m.totals.mous} MOUs ${m.totals.label}`)] : []),
    ...(m.demoZone ? [field('Demonstration Zone', `${m.demoZone.projects} new projects; ${m.demoZone.companies} companies signed to operate there. Focus: ${m.demoZone.focus.join(', ')}`)] : []),
    ...(m.highlights.length ? [field('Highlights', m.highlights.map((h) => `• ${h.text}`).join('\n'))] : []),
  ];
  return {
    title: clip(m.name, LIMITS.embedTitle),
    color: COLOUR,
    description: clip(`${formatDate(m.date.value)}${m.date.note ? ` (${m.date.note})` : ''}${m.announced ? `; announced ${formatDate(m.announced.value)}` : ''}\n${m.place.value}`, 1000),
    fields,
    footer: footer(dataset, m.sources),
  };
}

/** The card of one record. */
export function recordEmbed(dataset: Dataset, kind: RecordKind, id: string): APIEmbed | undefined {
  const found = dataset.find(kind, id);
  if (!found) return undefined;
  switch (found.kind) {
    case 'project':
      return projectEmbed(dataset, found.record);
    case 'mou':
      return mouEmbed(dataset, found.record);
    case 'organisation':
      return organisationEmbed(dataset, found.record);
    case 'meeting':
      return meetingEmbed(dataset, found.record);
  }
}

/** A list card: one line per item, cut to fit, with its sources. */
export function listEmbed(dataset: Dataset, title: string, lines: readonly string[], sources: readonly string[]): APIEmbed {
  let description = '';
  for (const [i, line] of lines.entries()) {
    const next = `${description}${description ? '\n' : ''}• ${line}`;
    if (next.length > 3000) {
      description += `\n… and ${lines.length - i} more`;
      break;
    }
    description = next;
  }
  return {
    title: clip(title, LIMITS.embedTitle),
    color: COLOUR,
    description: description || 'none on file',
    ...(sources.length ? { footer: footer(dataset, sources) } : {}),
  };
}

export { joinList };
