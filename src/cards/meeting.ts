import { LIMITS } from './limits.js';
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { chineseNamesFor, dateFor, meetingName, words, zhLabel, type CardDeps } from './reader.js';
import type { Meeting } from '../dataset/index.js';
import type { RecordRef } from './customId.js';
import { footer } from './footer.js';
import { demoZoneLine } from './parts.js';
import { sourceFields } from './sources.js';
import { embedShownLength, READER_BUDGET } from './budget.js';
import { COLOURS } from './style.js';
import { escape, joinLines } from './text.js';
import { messages } from '../i18n/index.js';

/** Every MOU and project on file from the meeting, for the card's select. */
export function meetingRecords(deps: CardDeps, m: Meeting): RecordRef[] {
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
    ...(m.projectGroups ?? []).flatMap((g) => g.sources),
    ...m.highlights.flatMap((h) => h.sources),
    ...shown.flatMap((x) => x.readings.flatMap((r) => r.sources)),
    ...m.sources,
  ];
}

/** A word of the data's people readings ("Co-chairs", "press release") as the reader reads it. */
function peopleWord(deps: CardDeps, text: string): string {
  return escape(deps.locale === 'en' ? text : (messages(deps.locale).cards.people[text] ?? text));
}

/** "Co-chairs (press release)": the role and who says so, each as the reader reads it. */
function readingLabel(deps: CardDeps, label: string): string {
  const parts = READING.exec(label);
  return parts?.[1] && parts[2]
    ? words(deps).aside(peopleWord(deps, parts[1]), peopleWord(deps, parts[2]))
    : peopleWord(deps, label);
}

/** A person's English name, with the Chinese name a source gives beside it for a Chinese reader. */
function personName(deps: CardDeps, name: string): string {
  const zh = chineseNamesFor(deps, { kind: 'person', name }).map((n) => n.name);
  return zh.length ? words(deps).personZh(escape(name), zh.join(words(deps).comma)) : escape(name);
}

/** "Co-chairs (press release)" → ["Co-chairs", "press release"]: the role, and who gives this reading. */
const READING = /^(.*?)\s*\(([^()]+)\)$/;

/**
 * Who chaired or signed. One reading: one field. Readings that differ (the sources disagree): the
 * people they agree on once, then each differing person marked with who says so.
 */
function peopleFields(deps: CardDeps, m: Meeting): APIEmbedField[] {
  const w = words(deps);
  const person = (p: { name: string; role: string }) => w.person(personName(deps, p.name), escape(p.role));
  const readings = m.people.map((r) => ({ r, parts: READING.exec(r.label) }));
  const role = readings[0]?.parts?.[1];
  const sameRole = readings.length > 1 && readings.every((x) => x.parts && x.parts[1] === role);
  if (!sameRole || !role)
    return m.people.map((r) => ({
      name: readingLabel(deps, r.label),
      value: r.people.map((p) => `• ${person(p)}`).join('\n'),
    }));
  const key = (p: { name: string; role: string }) => `${p.name}|${p.role}`;
  const common =
    m.people[0]?.people.filter((p) => m.people.every((r) => r.people.some((q) => key(q) === key(p)))) ?? [];
  const commonKeys = new Set(common.map(key));
  const lines = [
    ...common.map((p) => `• ${person(p)}`),
    ...readings.flatMap(({ r, parts }) =>
      r.people
        .filter((p) => !commonKeys.has(key(p)))
        .map((p) => w.labelled(`• ${person(p)}`, `*${peopleWord(deps, parts?.[2] ?? '')}*`)),
    ),
  ];
  return [{ name: w.meeting.disagree(peopleWord(deps, role)), value: lines.join('\n') }];
}

/**
 * When, where and what was signed lead, in three lines; then who chaired (every reading where the
 * sources differ, each named by who gives it) and the highlights. The MOUs and projects on file are
 * the card's select, so they are not listed again here; the sources are one line of links.
 */
export function meetingEmbed(deps: CardDeps, m: Meeting): APIEmbed {
  const d = deps.dataset;
  const w = words(deps);
  const t = w.meeting;
  const joint = d.projectsAt(m.id).filter((p) => p.kind === 'joint-project');
  const date = dateFor(deps, m.date.value);
  const place = escape(m.place.value);
  const lead = [
    m.number === 0
      ? t.founding(place)
      : deps.locale !== 'en' && t.manner[m.place.value]
        ? t.heldAs(t.manner[m.place.value] ?? place)
        : t.held(place),
    ...(m.announced && m.announced.value !== m.date.value ? [t.announced(dateFor(deps, m.announced.value))] : []),
  ].join(deps.locale === 'en' ? ' ' : '');
  const figure = (value: number | null, noun: string, onFile: number) =>
    value === null ? t.notStated(noun, onFile) : t.figure(String(value), noun, onFile);
  const mousOnFile = d.mousAt(m.id).length;
  const founding =
    m.number === 0 &&
    m.newMous.value === null &&
    m.newProjects.value === null &&
    mousOnFile === 0 &&
    joint.length === 0;
  // The source's groups of the new projects (the 3rd meeting's flagship and key), each reported beside those on file.
  const groups = d.figures.perMeeting.find((f) => f.meeting.id === m.id)?.projectGroups ?? [];
  const figures = [
    ...(founding
      ? []
      : [
          t.figures(
            `${figure(m.newMous.value, t.mousNoun, mousOnFile)}${deps.locale === 'en' ? '; ' : '；'}${figure(m.newProjects.value, t.projectsNoun, joint.length)}`,
          ),
        ]),
    ...(groups.length
      ? [
          t.groups(
            groups
              .map((g) => t.group(t.tier[g.tier] ?? g.tier, g.zh, g.reported, g.onFile))
              .join(deps.locale === 'en' ? '; ' : '；'),
          ),
        ]
      : []),
    ...(m.totals ? [t.totals(m.totals.projects, m.totals.mous, escape(m.totals.label))] : []),
  ];
  // The zone's numbers are said once: by the highlights when they tell it, else in a field of their own.
  const zoneInHighlights = m.highlights.some((h) => /demonstration zone/i.test(h.text));
  // A disagreement the meeting's own documents settle between them is shown here; one that spans
  // meetings (the running MOU total against the sum of each meeting's count) is /totals' to show.
  const mine = new Set(meetingOwnSources(m));
  const disagreements = m.disagreements ?? [];
  const own = disagreements.filter((x) => x.readings.every((r) => r.sources.every((id) => mine.has(id))));
  const elsewhere = disagreements.filter((x) => !own.includes(x));
  const zh = chineseNamesFor(deps, { kind: 'meeting', id: m.id });
  const head: APIEmbedField[] = [
    // The Chinese title a source gives (the founding MOU's), for a Chinese reader.
    ...(zh.length
      ? [
          {
            name: w.chineseNames,
            value: zh.map((n) => `• ${w.chineseName(n.name, zhLabel(deps, n.label))}`).join('\n'),
          },
        ]
      : []),
    ...peopleFields(deps, m),
    // Where the sources disagree, every reading, before anything optional.
    ...own.map((x) => ({
      name: t.differ(escape(x.topic)),
      value: joinLines(
        deps,
        [...x.readings.map((r) => `• ${escape(r.text)}`), ...(x.note ? [`*${escape(x.note)}*`] : [])],
        LIMITS.fieldValue,
      ),
    })),
    ...(m.demoZone && !zoneInHighlights ? [{ name: t.zone, value: demoZoneLine(deps, m.demoZone) }] : []),
  ];
  const title = `${escape(meetingName(deps, m))} · ${date}`;
  const description = [lead, ...figures, ...(elsewhere.length ? [t.seeTotals] : [])].join('\n');
  const sources = sourceFields(
    d,
    [...zh.flatMap((n) => n.sources), ...peopleZhSources(deps, m), ...meetingSources(m, own)],
    deps.locale,
  );
  // The highlights get what is left of the card's budget; any beyond it are counted, not cut mid-way.
  // "Data as of the 4th JIC meeting" on the 4th JIC meeting's own card would say its title twice.
  const foot = m.id === d.latestMeeting.id ? {} : { footer: footer(deps) };
  const used = embedShownLength({ title, description, fields: [...head, ...sources], ...foot }) + t.highlights.length;
  const room = Math.min(LIMITS.fieldValue, READER_BUDGET.record - 20 - used);
  // Too little room for even one highlight: they are left to /ask rather than cut to nothing.
  const highlights =
    m.highlights.length && room >= 120
      ? [
          {
            name: t.highlights,
            value: joinLines(
              deps,
              m.highlights.map((h) => `• ${escape(h.text)}`),
              room,
              t.noHighlights,
            ),
          },
        ]
      : [];
  return { title, color: COLOURS.meeting, description, fields: [...head, ...highlights, ...sources], ...foot };
}

/** The sources of the people's Chinese names shown on the card. */
function peopleZhSources(deps: CardDeps, m: Meeting): string[] {
  return m.people.flatMap((r) =>
    r.people.flatMap((p) => chineseNamesFor(deps, { kind: 'person', name: p.name }).flatMap((n) => n.sources)),
  );
}
