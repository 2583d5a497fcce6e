import { ButtonStyle, type APIEmbedField } from 'discord-api-types/v10';
import { dateFor, meetingName, words, type CardDeps } from './reader.js';
import type { MeetingFigures } from '../dataset/index.js';
import { NO_MENTIONS, type ReplyData } from '../reply.js';
import { balancedRows, button } from './components.js';
import { encodeAction } from './customId.js';
import { fitReply } from './fit.js';
import { footer } from './footer.js';
import { countryName, countryStatus } from './parts.js';
import { sourceFields } from './sources.js';
import { COLOURS } from './style.js';
import { escape } from './text.js';

const DASH = '—';
const ordinal = (name: string) => name.replace(/ JIC meeting$/, '').replace(/ meeting$/, '');
/** A meeting in the table and on its button: "Founding", "4th JIC" (第4次). */
const rowName = (deps: CardDeps, m: MeetingFigures['meeting']) =>
  m.number === 0 ? words(deps).totals.founding : words(deps).totals.jic(m.number, ordinal(m.name));
/** A meeting in a range: "1st" (第1次). */
const short = (deps: CardDeps, m: MeetingFigures['meeting'] | undefined) =>
  m ? words(deps).totals.short(m.number, ordinal(m.name)) : '';
/** Columns a monospace font gives a text: Chinese characters and full-width marks take two. */
const width = (s: string) =>
  s.length +
  (s.match(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g) ?? [])
    .length;
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;
const num = (n: number | null) => (n === null ? DASH : String(n));

/** A monospace table: the first column left-aligned, the rest right-aligned. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? '')))) ?? [];
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => (c === 0 ? padEnd(cell, widths[c] ?? 0) : padStart(cell, widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return ['```', ...rows.map(line), '```'].join('\n');
}

function figuresTable(deps: CardDeps, figures: readonly MeetingFigures[]): string {
  const t = words(deps).totals;
  const rows = figures.map((f) => [
    rowName(deps, f.meeting),
    num(f.reportedNewMous),
    String(f.mousOnFile),
    num(f.reportedNewProjects),
    String(f.projectsOnFile),
    f.reportedTotals ? `${f.reportedTotals.projects}/${f.reportedTotals.mous}` : '',
  ]);
  return table([['', ...t.header], t.subHeader, ...rows]);
}

/**
 * Where the sources report a cumulative MOU total, does the sum of the per-meeting counts reach it?
 * One line per such meeting; none when a JIC meeting's count is not stated (nothing to add up).
 */
function gapLines(deps: CardDeps, figures: readonly MeetingFigures[], upTo?: number): string[] {
  const t = words(deps).totals;
  const jic = figures.filter((f) => f.meeting.number > 0);
  const out: string[] = [];
  jic.forEach((f, i) => {
    if (!f.reportedTotals || (upTo !== undefined && f.meeting.number !== upTo)) return;
    const counted = jic.slice(0, i + 1);
    if (counted.some((x) => x.reportedNewMous === null)) return;
    const sum = counted.reduce((n, x) => n + (x.reportedNewMous ?? 0), 0);
    const expr = `${counted.map((x) => x.reportedNewMous).join(' + ')} = ${sum}`;
    const from = short(deps, counted[0]?.meeting);
    const to = short(deps, f.meeting);
    const name = escape(meetingName(deps, f.meeting));
    out.push(
      sum === f.reportedTotals.mous ? t.adds(from, to, expr, name) : t.gap(from, to, expr, f.reportedTotals.mous, name),
    );
  });
  return out;
}

function zoneLines(deps: CardDeps, figures: readonly MeetingFigures[]): string[] {
  return figures.flatMap((f) =>
    f.meeting.demoZone
      ? [
          words(deps).totals.zone(
            escape(meetingName(deps, f.meeting)),
            f.meeting.demoZone.projects,
            f.meeting.demoZone.companies,
          ),
        ]
      : [],
  );
}

/** "3rd JIC meeting: 14 new projects reported, 8 on file: flagship (旗舰) 4 of 7, key (重点) 4 of 7." */
function groupLines(deps: CardDeps, figures: readonly MeetingFigures[]): string[] {
  const w = words(deps);
  return figures.flatMap((f) =>
    f.projectGroups.length
      ? [
          w.totals.groups(
            escape(meetingName(deps, f.meeting)),
            f.reportedNewProjects ?? f.projectGroups.reduce((n, g) => n + g.reported, 0),
            f.projectsOnFile,
            f.projectGroups
              .map((g) => w.totals.group(w.meeting.tier[g.tier] ?? g.tier, g.zh, g.reported, g.onFile))
              .join(w.comma),
          ),
        ]
      : [],
  );
}

/** "15 from Singapore (6 inferred; …), 17 from China, 2 whose country is not stated". */
function partnersLine(deps: CardDeps): string {
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
    return words(deps).totals.fromCountry(
      from.length,
      countryName(deps, c),
      from.filter((o) => countryStatus(o) === 'inferred').length,
    );
  });
  const unknown = orgs.filter((o) => countryStatus(o) === 'unknown').length;
  const t = words(deps).totals;
  return t.partnersLine([...parts, ...(unknown ? [t.unknownCountry(unknown)] : [])].join(words(deps).comma));
}

/** Buttons to switch between the cumulative view and each meeting's, in place, in full rows. */
function totalsNav(deps: CardDeps, current: number | null) {
  const style = (on: boolean) => (on ? ButtonStyle.Primary : ButtonStyle.Secondary);
  return balancedRows(
    [
      button(words(deps).totals.all, encodeAction({ op: 'totals', meeting: null }), style(current === null)),
      ...deps.dataset.meetings.map((m) =>
        button(rowName(deps, m), encodeAction({ op: 'totals', meeting: m.number }), style(current === m.number)),
      ),
    ],
    2,
  );
}

function totalsSources(figures: readonly MeetingFigures[]): string[] {
  return figures.flatMap((f) => [
    ...(f.meeting.projectGroups ?? []).flatMap((g) => g.sources),
    ...f.meeting.newMous.sources,
    ...f.meeting.newProjects.sources,
    ...(f.meeting.totals?.sources ?? []),
    ...(f.meeting.demoZone?.sources ?? []),
  ]);
}

function cumulative(deps: CardDeps): ReplyData {
  const d = deps.dataset;
  const fig = d.figures;
  const latest = fig.latestTotals;
  const joint = d.projects.filter((p) => p.kind === 'joint-project').length;
  const t = words(deps).totals;
  const lead = latest
    ? `${t.lead(escape(meetingName(deps, latest.meeting)), dateFor(deps, latest.meeting.date.value), latest.projects, latest.mous)}${deps.locale === 'en' ? ' ' : ''}${t.onFile(d.mous.length, joint)}`
    : t.noTotals(d.mous.length, joint);
  const description = [
    lead,
    figuresTable(deps, fig.perMeeting),
    t.legend,
    '',
    ...gapLines(deps, fig.perMeeting),
    ...groupLines(deps, fig.perMeeting),
    ...zoneLines(deps, fig.perMeeting),
  ].join('\n');
  const fields: APIEmbedField[] = [
    { name: t.partners, value: partnersLine(deps) },
    ...sourceFields(d, totalsSources(fig.perMeeting), deps.locale),
  ];
  return fitReply({
    embeds: [{ title: t.title, color: COLOURS.totals, description, fields, footer: footer(deps) }],
    components: totalsNav(deps, null),
    allowed_mentions: NO_MENTIONS,
  });
}

function atMeeting(deps: CardDeps, f: MeetingFigures): ReplyData {
  const m = f.meeting;
  const t = words(deps).totals;
  const description = [
    figuresTable(deps, [f]),
    t.legend,
    '',
    ...gapLines(deps, deps.dataset.figures.perMeeting, m.number),
    ...groupLines(deps, [f]),
    ...zoneLines(deps, [f]),
  ]
    .join('\n')
    .trim();
  return fitReply({
    embeds: [
      {
        title: t.titleAt(escape(meetingName(deps, m)), dateFor(deps, m.date.value)),
        color: COLOURS.totals,
        description,
        fields: sourceFields(deps.dataset, totalsSources([f]), deps.locale),
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
export function totalsReply(deps: CardDeps, meetingNumber?: number | null): ReplyData | null {
  if (meetingNumber === undefined || meetingNumber === null) return cumulative(deps);
  const f = deps.dataset.figures.perMeeting.find((x) => x.meeting.number === meetingNumber);
  return f ? atMeeting(deps, f) : null;
}
