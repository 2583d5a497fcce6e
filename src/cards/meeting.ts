import { LIMITS } from './limits.js';
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import type { Meeting } from '../dataset/index.js';
import type { RecordRef } from './customId.js';
import { footer } from './footer.js';
import { demoZoneLine } from './parts.js';
import { sourceFields } from './sources.js';
import { embedShownLength, READER_BUDGET } from './budget.js';
import { COLOURS } from './style.js';
import { escape, formatDate, joinLines } from './text.js';

/** Every word the meeting card says, in one place. */
const TEXT = {
  founding: (date: string, place: string) => `The founding MOU of the SCI, signed ${date} (${place}).`,
  jic: (n: number, date: string, place: string) => `Meeting ${n} of the SCI Joint Implementation Committee (JIC), held ${date} (${place}).`,
  announced: (date: string) => `Announced ${date}.`,
  figures: (what: string, reported: string, onFile: number) => `**${what}**: ${reported} reported, ${onFile} on file`,
  notStated: 'number not stated in the sources',
  totals: (projects: number, mous: number, label: string) => `**In all** (${label}): ${projects} projects, ${mous} MOUs reported`,
  newMous: 'New MOUs',
  newProjects: 'New joint projects',
  zone: 'Demonstration Zone',
  highlights: 'Highlights',
  noHighlights: 'none recorded',
  disagree: 'the sources differ',
};

/** Every MOU and project on file from the meeting, for the card's select. */
export function meetingRecords(deps: Deps, m: Meeting): RecordRef[] {
  return [
    ...deps.dataset.mousAt(m.id).map((x) => ({ kind: 'mou' as const, id: x.id })),
    ...deps.dataset.projectsAt(m.id).map((x) => ({ kind: 'project' as const, id: x.id })),
  ];
}

/** Every document the card's facts come from, for its one source line. */
function meetingSources(m: Meeting): string[] {
  return [
    ...m.date.sources,
    ...(m.announced?.sources ?? []),
    ...m.place.sources,
    ...m.people.flatMap((r) => r.sources),
    ...m.newMous.sources,
    ...m.newProjects.sources,
    ...(m.totals?.sources ?? []),
    ...(m.demoZone?.sources ?? []),
    ...m.highlights.flatMap((h) => h.sources),
    ...m.sources,
  ];
}

/** "Co-chairs (press release)" → ["Co-chairs", "press release"]: the role, and who gives this reading. */
const READING = /^(.*?)\s*\(([^()]+)\)$/;

/**
 * Who chaired or signed. One reading: one field. Readings that differ (the sources disagree): the
 * people they agree on once, then each differing person marked with who says so.
 */
function peopleFields(m: Meeting): APIEmbedField[] {
  const person = (p: { name: string; role: string }) => `${escape(p.name)} (${escape(p.role)})`;
  const readings = m.people.map((r) => ({ r, parts: READING.exec(r.label) }));
  const role = readings[0]?.parts?.[1];
  const sameRole = readings.length > 1 && readings.every((x) => x.parts && x.parts[1] === role);
  if (!sameRole || !role) return m.people.map((r) => ({ name: escape(r.label), value: r.people.map((p) => `• ${person(p)}`).join('\n') }));
  const key = (p: { name: string; role: string }) => `${p.name}|${p.role}`;
  const common = m.people[0]?.people.filter((p) => m.people.every((r) => r.people.some((q) => key(q) === key(p)))) ?? [];
  const commonKeys = new Set(common.map(key));
  const lines = [
    ...common.map((p) => `• ${person(p)}`),
    ...readings.flatMap(({ r, parts }) => r.people.filter((p) => !commonKeys.has(key(p))).map((p) => `• ${person(p)}: *${escape(parts?.[2] ?? '')}*`)),
  ];
  return [{ name: `${escape(role)}: ${TEXT.disagree}`, value: lines.join('\n') }];
}

/**
 * When, where and what was signed lead, in three lines; then who chaired (every reading where the
 * sources differ, each named by who gives it) and the highlights. The MOUs and projects on file are
 * the card's select, so they are not listed again here; the sources are one line of links.
 */
export function meetingEmbed(deps: Deps, m: Meeting): APIEmbed {
  const d = deps.dataset;
  const joint = d.projectsAt(m.id).filter((p) => p.kind === 'joint-project');
  const date = formatDate(m.date.value);
  // "By video link" reads as "(by video link)" inside the sentence; names keep their capitals.
  const place = escape(m.place.value.replace(/^(By|Held|Via|Online|Virtually)\b/, (w) => w.toLowerCase()));
  const reported = (v: number | null) => (v === null ? TEXT.notStated : String(v));
  const lead = [
    m.number === 0 ? TEXT.founding(date, place) : TEXT.jic(m.number, date, place),
    ...(m.announced && m.announced.value !== m.date.value ? [TEXT.announced(formatDate(m.announced.value))] : []),
  ].join(' ');
  const figures = [
    ...(m.number === 0 && m.newMous.value === null && d.mousAt(m.id).length === 0
      ? []
      : [TEXT.figures(TEXT.newMous, reported(m.newMous.value), d.mousAt(m.id).length)]),
    ...(m.number === 0 && m.newProjects.value === null && joint.length === 0 ? [] : [TEXT.figures(TEXT.newProjects, reported(m.newProjects.value), joint.length)]),
    ...(m.totals ? [TEXT.totals(m.totals.projects, m.totals.mous, escape(m.totals.label))] : []),
  ];
  // The zone's numbers are said once: by the highlights when they tell it, else in a field of their own.
  const zoneInHighlights = m.highlights.some((h) => /demonstration zone/i.test(h.text));
  const head: APIEmbedField[] = [
    ...peopleFields(m),
    ...(m.demoZone && !zoneInHighlights ? [{ name: TEXT.zone, value: demoZoneLine(m.demoZone) }] : []),
  ];
  const title = `${escape(m.name)} · ${date}`;
  const description = [lead, ...figures].join('\n');
  const sources = sourceFields(d, meetingSources(m));
  // The highlights get what is left of the card's budget; any beyond it are counted, not cut mid-way.
  const used = embedShownLength({ title, description, fields: [...head, ...sources], footer: footer(deps) }) + TEXT.highlights.length;
  const room = Math.max(200, Math.min(LIMITS.fieldValue, READER_BUDGET.record - 20 - used));
  const highlights = m.highlights.length
    ? [{ name: TEXT.highlights, value: joinLines(m.highlights.map((h) => `• ${escape(h.text)}`), room, TEXT.noHighlights) }]
    : [];
  return { title, color: COLOURS.meeting, description, fields: [...head, ...highlights, ...sources], footer: footer(deps) };
}
