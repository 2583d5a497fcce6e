import { LIMITS } from './limits.js';
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import type { Meeting } from '../dataset/index.js';
import type { RecordRef } from './customId.js';
import { footer, sourceLabels } from './footer.js';
import { demoZoneLine, NOT_STATED } from './parts.js';
import { COLOURS } from './style.js';
import { escape, formatDate, joinLines } from './text.js';

/** Every MOU and project on file from the meeting, for the card's select. */
export function meetingRecords(deps: Deps, m: Meeting): RecordRef[] {
  return [
    ...deps.dataset.mousAt(m.id).map((x) => ({ kind: 'mou' as const, id: x.id })),
    ...deps.dataset.projectsAt(m.id).map((x) => ({ kind: 'project' as const, id: x.id })),
  ];
}

const cite = (deps: Deps, ids: readonly string[]) => `*Sources: ${escape(sourceLabels(deps.dataset, ids).join(" · "))}*`;

/** "reported **8**, on file **8**": what the sources say beside the records the sources name. */
function figure(deps: Deps, value: number | null, onFile: number, sources: readonly string[], note?: string): string {
  const reported = value === null ? NOT_STATED : String(value);
  return `reported **${reported}**${note ? ` (${escape(note)})` : ''}, on file **${onFile}**\n${cite(deps, sources)}`;
}

export function meetingEmbed(deps: Deps, m: Meeting): APIEmbed {
  const d = deps.dataset;
  const mous = d.mousAt(m.id);
  const projects = d.projectsAt(m.id);
  const joint = projects.filter((p) => p.kind === 'joint-project');
  const fields: APIEmbedField[] = [
    { name: 'Date', value: `${formatDate(m.date.value)}${m.date.note ? ` (${escape(m.date.note)})` : ''}\n${cite(deps, m.date.sources)}`, inline: true },
    ...(m.announced ? [{ name: 'Announced', value: `${formatDate(m.announced.value)}\n${cite(deps, m.announced.sources)}`, inline: true }] : []),
    { name: 'Place / format', value: `${escape(m.place.value)}\n${cite(deps, m.place.sources)}`, inline: true },
    // Every reading where the sources differ, each with the sources that give it.
    ...m.people.map((r) => ({
      name: escape(r.label),
      value: `${r.people.map((p) => `• ${escape(p.name)} (${escape(p.role)})`).join('\n')}\n${cite(deps, r.sources)}`,
    })),
    { name: 'New MOUs', value: figure(deps, m.newMous.value, mous.length, m.newMous.sources, m.newMous.note), inline: true },
    { name: 'New joint projects', value: figure(deps, m.newProjects.value, joint.length, m.newProjects.sources, m.newProjects.note), inline: true },
    ...(m.totals
      ? [{ name: 'Cumulative totals reported', value: `**${m.totals.projects}** projects, **${m.totals.mous}** MOUs (${escape(m.totals.label)})\n${cite(deps, m.totals.sources)}` }]
      : []),
    ...(m.demoZone
      ? [{ name: 'Demonstration Zone', value: `${demoZoneLine(m.demoZone)}\n${cite(deps, m.demoZone.sources)}` }]
      : []),
    { name: 'Highlights', value: joinLines(m.highlights.map((h) => `• ${escape(h.text)}`), LIMITS.fieldValue, 'none recorded') },
    ...(mous.length ? [{ name: `MOUs on file (${mous.length})`, value: joinLines(mous.map((x) => `• ${escape(x.name)}`)) }] : []),
    ...(projects.length ? [{ name: `Project records on file (${projects.length})`, value: joinLines(projects.map((x) => `• ${escape(x.name)}`)) }] : []),
  ];
  const what =
    m.number === 0
      ? `The founding MOU of the SCI, signed ${formatDate(m.date.value)}.`
      : `Meeting ${m.number} of the SCI Joint Implementation Committee (JIC), held ${formatDate(m.date.value)}.`;
  return {
    title: `${escape(m.name)} · ${formatDate(m.date.value)}`,
    color: COLOURS.meeting,
    description: escape(what),
    fields,
    footer: footer(deps, m.sources),
  };
}
