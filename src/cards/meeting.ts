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
  // The title gives the name and date; the lead says what it was and where.
  founding: (place: string) => `The founding MOU of the SCI, signed in ${place}.`,
  jic: (place: string) => `Held ${place}.`,
  announced: (date: string) => `Announced ${date}.`,
  figure: (reported: string, noun: string, onFile: number) => `${reported} ${noun} reported (${onFile} on file)`,
  notStated: (noun: string) => `new ${noun}: number not stated in the sources`,
  figures: (parts: string) => `**New**: ${parts}.`,
  totals: (projects: number, mous: number, label: string) =>
    `**In all**: ${projects} projects, ${mous} MOUs reported (${label}).`,
  mousNoun: 'MOUs',
  projectsNoun: 'joint projects',
  zone: 'Demonstration Zone',
  highlights: 'Highlights',
  noHighlights: 'none recorded',
  disagree: 'the sources differ',
  differ: (topic: string) => `The sources differ: ${topic}`,
  seeTotals: '*The sources differ on the running totals: see `/totals`.*',
};

/** Every MOU and project on file from the meeting, for the card's select. */
export function meetingRecords(deps: Deps, m: Meeting): RecordRef[] {
  return [
    ...deps.dataset.mousAt(m.id).map((x) => ({ kind: 'mou' as const, id: x.id })),
    ...deps.dataset.projectsAt(m.id).map((x) => ({ kind: 'project' as const, id: x.id })),
  ];
}

/** The documents that report this meeting's own facts (not the running totals across meetings). */
function meetingOwnSources(m: Meeting): string[] {
  return [
    ...m.date.sources,
    ...(m.announced?.sources ?? []),
    ...m.place.sources,
    ...m.people.flatMap((r) => r.sources),
    ...m.highlights.flatMap((h) => h.sources),
    ...(m.demoZone?.sources ?? []),
    ...m.sources,
  ];
}

/** Every document the card's facts come from, for its one source line. */
function meetingSources(m: Meeting, shown: readonly NonNullable<Meeting['disagreements']>[number][]): string[] {
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
    ...shown.flatMap((x) => x.readings.flatMap((r) => r.sources)),
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
  if (!sameRole || !role)
    return m.people.map((r) => ({ name: escape(r.label), value: r.people.map((p) => `• ${person(p)}`).join('\n') }));
  const key = (p: { name: string; role: string }) => `${p.name}|${p.role}`;
  const common =
    m.people[0]?.people.filter((p) => m.people.every((r) => r.people.some((q) => key(q) === key(p)))) ?? [];
  const commonKeys = new Set(common.map(key));
  const lines = [
    ...common.map((p) => `• ${person(p)}`),
    ...readings.flatMap(({ r, parts }) =>
      r.people.filter((p) => !commonKeys.has(key(p))).map((p) => `• ${person(p)}: *${escape(parts?.[2] ?? '')}*`),
    ),
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
  const place = escape(m.place.value);
  // "Shenzhen" → "in Shenzhen"; "By video link" → "by video link"; "Held virtually" → "virtually".
  const manner = /^(By|Held|Via|Online|Virtually)\b/.exec(m.place.value);
  const where = manner
    ? escape(m.place.value.replace(/^Held\s+/i, '').replace(/^[A-Z]/, (c) => c.toLowerCase()))
    : `in ${place}`;
  const lead = [
    m.number === 0 ? TEXT.founding(place) : TEXT.jic(where),
    ...(m.announced && m.announced.value !== m.date.value ? [TEXT.announced(formatDate(m.announced.value))] : []),
  ].join(' ');
  const figure = (value: number | null, noun: string, onFile: number) =>
    value === null ? `${TEXT.notStated(noun)} (${onFile} on file)` : TEXT.figure(String(value), noun, onFile);
  const mousOnFile = d.mousAt(m.id).length;
  const founding =
    m.number === 0 &&
    m.newMous.value === null &&
    m.newProjects.value === null &&
    mousOnFile === 0 &&
    joint.length === 0;
  const figures = [
    ...(founding
      ? []
      : [
          TEXT.figures(
            `${figure(m.newMous.value, TEXT.mousNoun, mousOnFile)}; ${figure(m.newProjects.value, TEXT.projectsNoun, joint.length)}`,
          ),
        ]),
    ...(m.totals ? [TEXT.totals(m.totals.projects, m.totals.mous, escape(m.totals.label))] : []),
  ];
  // The zone's numbers are said once: by the highlights when they tell it, else in a field of their own.
  const zoneInHighlights = m.highlights.some((h) => /demonstration zone/i.test(h.text));
  // A disagreement the meeting's own documents settle between them is shown here; one that spans
  // meetings (the running MOU total against the sum of each meeting's count) is /totals' to show.
  const mine = new Set(meetingOwnSources(m));
  const disagreements = m.disagreements ?? [];
  const own = disagreements.filter((x) => x.readings.every((r) => r.sources.every((id) => mine.has(id))));
  const elsewhere = disagreements.filter((x) => !own.includes(x));
  const head: APIEmbedField[] = [
    ...peopleFields(m),
    // Where the sources disagree, every reading, before anything optional.
    ...own.map((x) => ({
      name: TEXT.differ(escape(x.topic)),
      value: joinLines(
        [...x.readings.map((r) => `• ${escape(r.text)}`), ...(x.note ? [`*${escape(x.note)}*`] : [])],
        LIMITS.fieldValue,
      ),
    })),
    ...(m.demoZone && !zoneInHighlights ? [{ name: TEXT.zone, value: demoZoneLine(m.demoZone) }] : []),
  ];
  const title = `${escape(m.name)} · ${date}`;
  const description = [lead, ...figures, ...(elsewhere.length ? [TEXT.seeTotals] : [])].join('\n');
  const sources = sourceFields(d, meetingSources(m, own));
  // The highlights get what is left of the card's budget; any beyond it are counted, not cut mid-way.
  // "Data as of the 4th JIC meeting" on the 4th JIC meeting's own card would say its title twice.
  const foot = m.id === d.latestMeeting.id ? {} : { footer: footer(deps) };
  const used =
    embedShownLength({ title, description, fields: [...head, ...sources], ...foot }) + TEXT.highlights.length;
  const room = Math.min(LIMITS.fieldValue, READER_BUDGET.record - 20 - used);
  // Too little room for even one highlight: they are left to /ask rather than cut to nothing.
  const highlights =
    m.highlights.length && room >= 120
      ? [
          {
            name: TEXT.highlights,
            value: joinLines(
              m.highlights.map((h) => `• ${escape(h.text)}`),
              room,
              TEXT.noHighlights,
            ),
          },
        ]
      : [];
  return { title, color: COLOURS.meeting, description, fields: [...head, ...highlights, ...sources], ...foot };
}
