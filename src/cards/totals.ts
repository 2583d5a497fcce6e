import { ButtonStyle, type APIEmbedField } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import type { MeetingFigures } from '../dataset/index.js';
import { NO_MENTIONS, type ReplyData } from '../reply.js';
import { balancedRows, button } from './components.js';
import { encodeAction } from './customId.js';
import { fitReply } from './fit.js';
import { footer } from './footer.js';
import { countryStatus } from './parts.js';
import { sourceFields } from './sources.js';
import { COLOURS } from './style.js';
import { escape, formatDate } from './text.js';

/** Every word the totals view says, in one place. */
const TEXT = {
  title: 'SCI totals: reported and on file',
  titleAt: (name: string, date: string) => `Totals at the ${name} (${date})`,
  lead: (name: string, date: string, projects: number, mous: number) =>
    `As of the ${name} (${date}) the sources report **${projects} projects** and **${mous} MOUs** in all.`,
  onFile: (mous: number, joint: number) =>
    `On file here are the records the sources name: **${mous} MOUs** and **${joint} joint projects** (plus the Demonstration Zone).`,
  noTotals: (mous: number, joint: number) =>
    `No source reports cumulative totals. On file: ${mous} MOUs and ${joint} joint projects.`,
  header: ['', 'MOUs', 'MOUs', 'Proj.', 'Proj.', 'In all'],
  subHeader: ['Meeting', 'rep', 'file', 'rep', 'file', 'P/M'],
  founding: 'Founding',
  jic: (ordinal: string) => `${ordinal} JIC`,
  legend:
    '*rep*: reported by the sources · *file*: records on file (the ones the sources name) · *—*: not stated in the sources · *In all*: cumulative projects/MOUs reported',
  zone: (name: string, projects: number, companies: number) =>
    `${name} also: ${projects} Demonstration Zone projects (one record on file); ${companies} companies, not named in the sources, signed MOUs to operate in the zone.`,
  gap: (from: string, to: string, sum: string, total: number, name: string) =>
    `MOUs ${from}–${to}: ${sum} reported, but ${total} in all reported at the ${name}; the sources do not explain the difference.`,
  adds: (from: string, to: string, sum: string, name: string) =>
    `MOUs ${from}–${to}: ${sum} reported, matching the total reported at the ${name}.`,
  partners: 'Partners on file',
  partnersLine: (parts: string) => `Organisations that signed an MOU or joined a project on file: ${parts}.`,
  fromCountry: (n: number, country: string, inferred: number) =>
    `${n} from ${country}${inferred ? ` (${inferred} inferred; country not stated in the sources)` : ''}`,
  unknownCountry: (n: number) => `${n} whose country is not stated in the sources`,
  all: 'All meetings',
};

const DASH = '—';
const ordinal = (name: string) => name.replace(/ JIC meeting$/, '').replace(/ meeting$/, '');
const rowName = (f: MeetingFigures) => (f.meeting.number === 0 ? TEXT.founding : TEXT.jic(ordinal(f.meeting.name)));
const num = (n: number | null) => (n === null ? DASH : String(n));

/** A monospace table: the first column left-aligned, the rest right-aligned. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return ['```', ...rows.map(line), '```'].join('\n');
}

function figuresTable(figures: readonly MeetingFigures[]): string {
  const rows = figures.map((f) => [
    rowName(f),
    num(f.reportedNewMous),
    String(f.mousOnFile),
    num(f.reportedNewProjects),
    String(f.projectsOnFile),
    f.reportedTotals ? `${f.reportedTotals.projects}/${f.reportedTotals.mous}` : '',
  ]);
  return table([TEXT.header, TEXT.subHeader, ...rows]);
}

/**
 * Where the sources report a cumulative MOU total, does the sum of the per-meeting counts reach it?
 * One line per such meeting; none when a JIC meeting's count is not stated (nothing to add up).
 */
function gapLines(figures: readonly MeetingFigures[], upTo?: number): string[] {
  const jic = figures.filter((f) => f.meeting.number > 0);
  const out: string[] = [];
  jic.forEach((f, i) => {
    if (!f.reportedTotals || (upTo !== undefined && f.meeting.number !== upTo)) return;
    const counted = jic.slice(0, i + 1);
    if (counted.some((x) => x.reportedNewMous === null)) return;
    const sum = counted.reduce((n, x) => n + (x.reportedNewMous ?? 0), 0);
    const expr = `${counted.map((x) => x.reportedNewMous).join(' + ')} = ${sum}`;
    const from = ordinal(counted[0]?.meeting.name ?? '');
    const to = ordinal(f.meeting.name);
    out.push(
      sum === f.reportedTotals.mous
        ? TEXT.adds(from, to, expr, escape(f.meeting.name))
        : TEXT.gap(from, to, expr, f.reportedTotals.mous, escape(f.meeting.name)),
    );
  });
  return out;
}

function zoneLines(figures: readonly MeetingFigures[]): string[] {
  return figures.flatMap((f) =>
    f.meeting.demoZone
      ? [TEXT.zone(escape(f.meeting.name), f.meeting.demoZone.projects, f.meeting.demoZone.companies)]
      : [],
  );
}

/** "15 from Singapore (6 inferred; …), 17 from China, 2 whose country is not stated". */
function partnersLine(deps: Deps): string {
  const d = deps.dataset;
  const ids = new Set(
    [...d.mous.flatMap((m) => m.parties), ...d.projects.flatMap((p) => p.partners)].flatMap((p) =>
      'org' in p ? [p.org] : [],
    ),
  );
  const orgs = [...ids].flatMap((id) => d.organisation(id) ?? []);
  const countries = [...new Set(orgs.filter((o) => o.country !== 'unclear').map((o) => o.country))].sort();
  const parts = countries.map((c) => {
    const from = orgs.filter((o) => o.country === c && countryStatus(o) !== 'unknown');
    return TEXT.fromCountry(from.length, c, from.filter((o) => countryStatus(o) === 'inferred').length);
  });
  const unknown = orgs.filter((o) => countryStatus(o) === 'unknown').length;
  return TEXT.partnersLine([...parts, ...(unknown ? [TEXT.unknownCountry(unknown)] : [])].join(', '));
}

/** Buttons to switch between the cumulative view and each meeting's, in place, in full rows. */
function totalsNav(deps: Deps, current: number | null) {
  const style = (on: boolean) => (on ? ButtonStyle.Primary : ButtonStyle.Secondary);
  return balancedRows(
    [
      button(TEXT.all, encodeAction({ op: 'totals', meeting: null }), style(current === null)),
      ...deps.dataset.meetings.map((m) =>
        button(
          m.number === 0 ? TEXT.founding : TEXT.jic(ordinal(m.name)),
          encodeAction({ op: 'totals', meeting: m.number }),
          style(current === m.number),
        ),
      ),
    ],
    2,
  );
}

function totalsSources(figures: readonly MeetingFigures[]): string[] {
  return figures.flatMap((f) => [
    ...f.meeting.newMous.sources,
    ...f.meeting.newProjects.sources,
    ...(f.meeting.totals?.sources ?? []),
    ...(f.meeting.demoZone?.sources ?? []),
  ]);
}

function cumulative(deps: Deps): ReplyData {
  const d = deps.dataset;
  const fig = d.figures;
  const latest = fig.latestTotals;
  const joint = d.projects.filter((p) => p.kind === 'joint-project').length;
  const lead = latest
    ? `${TEXT.lead(escape(latest.meeting.name), formatDate(latest.meeting.date.value), latest.projects, latest.mous)} ${TEXT.onFile(d.mous.length, joint)}`
    : TEXT.noTotals(d.mous.length, joint);
  const description = [
    lead,
    figuresTable(fig.perMeeting),
    TEXT.legend,
    '',
    ...gapLines(fig.perMeeting),
    ...zoneLines(fig.perMeeting),
  ].join('\n');
  const fields: APIEmbedField[] = [
    { name: TEXT.partners, value: partnersLine(deps) },
    ...sourceFields(d, totalsSources(fig.perMeeting)),
  ];
  return fitReply({
    embeds: [{ title: TEXT.title, color: COLOURS.totals, description, fields, footer: footer(deps) }],
    components: totalsNav(deps, null),
    allowed_mentions: NO_MENTIONS,
  });
}

function atMeeting(deps: Deps, f: MeetingFigures): ReplyData {
  const m = f.meeting;
  const description = [
    figuresTable([f]),
    TEXT.legend,
    '',
    ...gapLines(deps.dataset.figures.perMeeting, m.number),
    ...zoneLines([f]),
  ]
    .join('\n')
    .trim();
  return fitReply({
    embeds: [
      {
        title: TEXT.titleAt(escape(m.name), formatDate(m.date.value)),
        color: COLOURS.totals,
        description,
        fields: sourceFields(deps.dataset, totalsSources([f])),
        footer: footer(deps),
      },
    ],
    components: totalsNav(deps, m.number),
    allowed_mentions: NO_MENTIONS,
  });
}

/**
 * Reported totals beside the records on file: cumulative, or for one meeting by its number; null when
 * there is no such meeting on file (the command words that).
 */
export function totalsReply(deps: Deps, meetingNumber?: number | null): ReplyData | null {
  if (meetingNumber === undefined || meetingNumber === null) return cumulative(deps);
  const f = deps.dataset.figures.perMeeting.find((x) => x.meeting.number === meetingNumber);
  return f ? atMeeting(deps, f) : null;
}
