import { LIMITS } from './limits.js';
import { ButtonStyle, type APIEmbedField } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import type { MeetingFigures } from '../dataset/index.js';
import { NO_MENTIONS, type ReplyData } from '../reply.js';
import { button, buttonRows } from './components.js';
import { encodeAction } from './customId.js';
import { fitReply } from './fit.js';
import { footer } from './footer.js';
import { groupLabel } from './mou.js';
import { demoZoneLine, NOT_STATED } from './parts.js';
import { COLOURS } from './style.js';
import { escape, formatDate, joinLines } from './text.js';

const rep = (n: number | null) => (n === null ? 'not stated' : String(n));

function meetingLine(f: MeetingFigures): string {
  const m = f.meeting;
  const totals = f.reportedTotals ? `; cumulative reported ${f.reportedTotals.projects} projects, ${f.reportedTotals.mous} MOUs` : '';
  return `**${escape(m.name)}** (${formatDate(m.date.value)}): MOUs reported ${rep(f.reportedNewMous)}, on file ${f.mousOnFile}; projects reported ${rep(f.reportedNewProjects)}, on file ${f.projectsOnFile}${f.demoZoneProjects !== null ? ` (+ ${f.demoZoneProjects} Demonstration Zone)` : ''}${totals}`;
}

/** Buttons to switch between the cumulative view and each meeting's, in place. */
function totalsNav(deps: Deps, current: number | null) {
  return buttonRows(
    [
      button('All meetings', encodeAction({ op: 'totals', meeting: null }), current === null ? ButtonStyle.Primary : ButtonStyle.Secondary),
      ...deps.dataset.meetings.map((m) =>
        button(m.number === 0 ? 'Founding' : `JIC ${m.number}`, encodeAction({ op: 'totals', meeting: m.number }), current === m.number ? ButtonStyle.Primary : ButtonStyle.Secondary),
      ),
    ],
    2,
  );
}

function demoZoneLines(deps: Deps): string[] {
  return deps.dataset.meetings.flatMap((m) =>
    m.demoZone ? [`${escape(m.name)}: ${demoZoneLine(m.demoZone)}`] : [],
  );
}

function cumulative(deps: Deps): ReplyData {
  const d = deps.dataset;
  const fig = d.figures;
  const latest = fig.latestTotals;
  const mousOnFile = d.mous.length;
  const joint = d.projects.filter((p) => p.kind === 'joint-project').length;
  const reportedLines = fig.perMeeting.filter((f) => f.reportedNewMous !== null).map((f) => `${f.reportedNewMous} (${escape(f.meeting.name)})`);
  const gap = latest ? latest.mous - fig.sumOfReportedNewMous : 0;
  const reconcile = latest
    ? gap === 0
      ? `The per-meeting MOU counts in the sources add up to ${fig.sumOfReportedNewMous}, matching the reported total of ${latest.mous}.`
      : `The per-meeting MOU counts in the sources add up to **${fig.sumOfReportedNewMous}** (${reportedLines.join(' + ')}), while the cumulative total reported at the ${escape(latest.meeting.name)} is **${latest.mous}**. The sources do not explain the difference of ${Math.abs(gap)}.`
    : 'No source reports cumulative totals.';
  const description = latest
    ? `As of the ${escape(latest.meeting.name)} (${formatDate(latest.meeting.date.value)}), the sources report **${latest.projects} projects** and **${latest.mous} MOUs** in all. On file here are the records the sources name: **${mousOnFile} MOUs** and **${joint} joint projects** (plus the Demonstration Zone).`
    : `On file: ${mousOnFile} MOUs and ${joint} joint projects.`;
  const groups = [...fig.mousPerGroup.entries()].map(([g, n]) => `• ${groupLabel(deps, g)}: ${n}`);
  const countries = [...fig.partnersPerCountry.entries()].map(([c, n]) => `• ${c === 'unclear' ? 'country unclear in the sources' : c}: ${n}`);
  const reportedTotals = fig.perMeeting.flatMap((f) =>
    f.reportedTotals ? [`• ${escape(f.meeting.name)}: ${f.reportedTotals.projects} projects, ${f.reportedTotals.mous} MOUs (${escape(f.meeting.totals?.label ?? '')})`] : [],
  );
  const fields: APIEmbedField[] = [
    { name: 'Reported cumulative totals', value: joinLines(reportedTotals, LIMITS.fieldValue, NOT_STATED) },
    { name: 'Per meeting: reported beside on file', value: joinLines(fig.perMeeting.map((f) => `• ${meetingLine(f)}`)) },
    { name: 'Do the MOU counts add up?', value: reconcile },
    { name: 'MOUs on file per Annex A group', value: joinLines(groups) },
    { name: 'Partners on file per country', value: joinLines(countries) },
    { name: 'Demonstration Zone', value: joinLines(demoZoneLines(deps), LIMITS.fieldValue, 'none on file') },
  ];
  const sources = [...new Set(d.meetings.flatMap((m) => [...(m.totals?.sources ?? []), ...m.newMous.sources]))];
  return fitReply({
    embeds: [{ title: 'SCI totals: reported and on file', color: COLOURS.totals, description, fields, footer: footer(deps, sources) }],
    components: totalsNav(deps, null),
    allowed_mentions: NO_MENTIONS,
  });
}

function atMeeting(deps: Deps, f: MeetingFigures): ReplyData {
  const m = f.meeting;
  const fields: APIEmbedField[] = [
    { name: 'New MOUs', value: `reported: **${rep(f.reportedNewMous)}**${m.newMous.note ? ` (${escape(m.newMous.note)})` : ''}\non file: **${f.mousOnFile}**`, inline: true },
    { name: 'New joint projects', value: `reported: **${rep(f.reportedNewProjects)}**${m.newProjects.note ? ` (${escape(m.newProjects.note)})` : ''}\non file: **${f.projectsOnFile}**`, inline: true },
    {
      name: 'Cumulative totals reported',
      value: m.totals ? `**${m.totals.projects}** projects, **${m.totals.mous}** MOUs (${escape(m.totals.label)})` : NOT_STATED,
    },
    ...(m.demoZone
      ? [{ name: 'Demonstration Zone', value: demoZoneLine(m.demoZone) }]
      : []),
  ];
  return fitReply({
    embeds: [
      {
        title: `Totals at the ${escape(m.name)} (${formatDate(m.date.value)})`,
        color: COLOURS.totals,
        description: 'What the sources report for this meeting, beside the records on file here (the ones the sources name).',
        fields,
        footer: footer(deps, [...m.newMous.sources, ...m.newProjects.sources, ...(m.totals?.sources ?? [])]),
      },
    ],
    components: totalsNav(deps, m.number),
    allowed_mentions: NO_MENTIONS,
  });
}

/**
 * Reported totals beside the records on file: cumulative, or for one meeting by its number; null when
 * there is no such meeting on file.
 */
export function totalsReply(deps: Deps, meetingNumber?: number | null): ReplyData | null {
  if (meetingNumber === undefined || meetingNumber === null) return cumulative(deps);
  const f = deps.dataset.figures.perMeeting.find((x) => x.meeting.number === meetingNumber);
  return f ? atMeeting(deps, f) : null;
}
