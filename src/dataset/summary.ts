import type { Dataset } from './dataset.js';

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const stated = (n: number | null) => (n === null ? 'not stated' : String(n));

/** Partners on file from `country` whose country the sources do not state. */
function notStated(d: Dataset, country: string): number {
  const ids = new Set(
    [...d.mous.flatMap((m) => m.parties), ...d.projects.flatMap((p) => p.partners)].flatMap((p) =>
      'org' in p ? [p.org] : [],
    ),
  );
  return [...ids].filter((id) => {
    const o = d.organisation(id);
    return o?.country === country && !o.countryStated;
  }).length;
}

/** The one-screen summary `npm run check-data` prints: counts per kind and per meeting. */
export function formatSummary(d: Dataset): string {
  const f = d.figures;
  const lines = [
    'Data is valid.',
    `  ${d.sources.length} sources, ${d.meetings.length} meetings, ${d.organisations.length} organisations, ${d.mous.length} MOUs, ${d.projects.length} project records`,
    '',
    `  ${pad('meeting', 18)}${pad('date', 12)}${pad('MOUs reported/on file', 23)}${pad('projects reported/on file', 27)}totals reported`,
    ...f.perMeeting.map((m) =>
      [
        '  ' + pad(m.meeting.name, 18),
        pad(m.meeting.date.value, 12),
        pad(`${stated(m.reportedNewMous)} / ${m.mousOnFile}`, 23),
        pad(
          `${stated(m.reportedNewProjects)} / ${m.projectsOnFile}${m.demoZoneProjects ? ` (+${m.demoZoneProjects} Demo Zone)` : ''}`,
          27,
        ),
        m.reportedTotals ? `${m.reportedTotals.projects} projects, ${m.reportedTotals.mous} MOUs` : '—',
      ].join(''),
    ),
    '',
    `  MOUs per Annex A group: ${[...f.mousPerGroup].map(([g, n]) => `${g === null ? 'no group given' : (d.group(g)?.label ?? g)}: ${n}`).join('; ')}`,
    `  Partners per country: ${[...f.partnersPerCountry].map(([c, n]) => `${c}: ${n}${c === 'unclear' ? '' : ` (${notStated(d, c)} not stated in the sources)`}`).join('; ')}`,
    ...f.perMeeting
      .filter((m) => m.projectGroups.length)
      .map(
        (m) =>
          `  ${m.meeting.name} project groups: ${m.projectGroups.map((g) => `${g.tier} (${g.zh}) ${g.reported} reported, ${g.onFile} on file`).join('; ')}`,
      ),
    `  Sum of per-meeting MOU counts reported: ${f.sumOfReportedNewMous}` +
      (f.latestTotals ? ` (reported total after the ${f.latestTotals.meeting.name}: ${f.latestTotals.mous})` : ''),
  ];
  return lines.join('\n');
}
