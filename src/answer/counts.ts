import type { Dataset, Meeting } from '../dataset/index.js';
import type { Answer, AnswerContext } from './answer.js';
import { listEmbed, recordEmbed } from './backing.js';
import { formatDate, joinList, meetingLabel, plural, topicLabel } from './format.js';
import { missingMeeting } from './meetings.js';
import { aboutTopic, demoZoneRecords, hasPartyFrom, jointProjects, partnersOnFile } from './records.js';

const stated = (n: number | null) => (n === null ? 'not stated' : String(n));

/** The per-meeting MOU counts as the sources report them, and what is on file. */
function mousPerMeeting(dataset: Dataset) {
  const rows = dataset.figures.perMeeting.filter((f) => f.meeting.number > 0);
  return {
    lines: rows.map((f) => `${f.meeting.name} (${formatDate(f.meeting.date.value)}): ${stated(f.reportedNewMous)} reported, ${f.mousOnFile} on file`),
    sources: rows.flatMap((f) => f.meeting.newMous.sources),
  };
}

function projectsPerMeeting(dataset: Dataset) {
  const rows = dataset.figures.perMeeting.filter((f) => f.meeting.number > 0);
  return {
    lines: rows.map(
      (f) =>
        `${f.meeting.name} (${formatDate(f.meeting.date.value)}): ${stated(f.reportedNewProjects)} new joint projects reported, ${f.projectsOnFile} on file` +
        (f.demoZoneProjects !== null ? `; plus ${f.demoZoneProjects} Demonstration Zone projects` : ''),
    ),
    sources: rows.flatMap((f) => f.meeting.newProjects.sources),
  };
}

function totalMous({ deps }: AnswerContext): Answer {
  const { dataset } = deps;
  const lt = dataset.figures.latestTotals;
  const onFile = dataset.mous.length;
  const per = mousPerMeeting(dataset);
  const sum = dataset.figures.sumOfReportedNewMous;
  const reported = dataset.figures.perMeeting.filter((f) => f.meeting.number > 0 && f.reportedNewMous !== null);
  const lines = [
    `${onFile} of them are on file here (named in the sources).`,
    ...(lt && sum !== lt.mous
      ? [`The per-meeting counts the sources report add to ${sum} (${reported.map((f) => `${f.meeting.name}: ${f.reportedNewMous}`).join(', ')}), not ${lt.mous}; the sources do not explain the difference.`]
      : []),
  ];
  return {
    sentence: lt
      ? `**${lt.mous} MOUs** have been signed as of ${meetingLabel(lt.meeting)}: the total reported (${lt.meeting.totals?.label ?? ''}).`
      : `The sources report no total number of MOUs; ${onFile} are on file.`,
    lines,
    embeds: [listEmbed(dataset, 'MOUs per JIC meeting', per.lines, [...(lt?.meeting.totals?.sources ?? []), ...per.sources])],
  };
}

function totalProjects({ deps }: AnswerContext): Answer {
  const { dataset } = deps;
  const lt = dataset.figures.latestTotals;
  const joint = jointProjects(dataset).length;
  const demo = demoZoneRecords(dataset);
  const demoCount = demo.reduce((n, p) => n + (p.count ?? 1), 0);
  const per = projectsPerMeeting(dataset);
  return {
    sentence: lt
      ? `**${lt.projects} projects** have been initiated as of ${meetingLabel(lt.meeting)}: the total reported (${lt.meeting.totals?.label ?? ''}).`
      : `The sources report no total number of projects.`,
    lines: [
      `${joint} joint projects are on file here (named in the sources)${demoCount ? `, and the Demonstration Zone's ${demoCount} projects are reported separately (${plural(demo.length, 'record')} here).` : '.'}`,
    ],
    embeds: [listEmbed(dataset, 'Projects per JIC meeting', per.lines, [...(lt?.meeting.totals?.sources ?? []), ...per.sources])],
  };
}

function totals(ctx: AnswerContext): Answer {
  const m = totalMous(ctx);
  const p = totalProjects(ctx);
  return { sentence: `${p.sentence} ${m.sentence}`, lines: [...(p.lines ?? []), ...(m.lines ?? [])], embeds: [...p.embeds, ...m.embeds] };
}

function demoZone({ deps }: AnswerContext, meeting?: Meeting): Answer {
  const { dataset } = deps;
  const withZone = dataset.meetings.filter((m) => m.demoZone && (!meeting || m.id === meeting.id));
  const records = demoZoneRecords(dataset).filter((p) => !meeting || p.meeting === meeting.id);
  if (!withZone.length) return { sentence: `The sources report no Demonstration Zone projects${meeting ? ` at ${meetingLabel(meeting)}` : ''}.`, embeds: [] };
  const parts = withZone.map((m) => `${m.demoZone?.projects} new projects were established in the Demonstration Zone at ${meetingLabel(m)}, focusing on ${joinList(m.demoZone?.focus ?? [])}; ${m.demoZone?.companies} companies signed MOUs to be the first batch to operate there.`);
  const note = records.find((r) => r.partnersNote)?.partnersNote;
  return {
    sentence: parts.join(' '),
    lines: note ? [note] : [],
    embeds: records.flatMap((r) => recordEmbed(deps, 'project', r.id) ?? []),
  };
}

function atMeeting(ctx: AnswerContext, meeting: Meeting): Answer {
  const { dataset } = ctx.deps;
  const f = dataset.figures.perMeeting.find((x) => x.meeting.id === meeting.id);
  const subjects = ctx.e.subjects;
  if (subjects.has('demozone')) return demoZone(ctx, meeting);
  const wantMous = subjects.has('mou') || !subjects.has('project');
  const wantProjects = subjects.has('project') || !subjects.has('mou');
  const parts: string[] = [];
  if (wantMous) parts.push(`${stated(f?.reportedNewMous ?? null)} MOUs reported (${f?.mousOnFile ?? 0} on file here)`);
  if (wantProjects) parts.push(`${stated(f?.reportedNewProjects ?? null)} new joint projects reported (${f?.projectsOnFile ?? 0} on file here)`);
  const lines: string[] = [];
  if (meeting.totals) lines.push(`Totals reported then: ${meeting.totals.projects} projects and ${meeting.totals.mous} MOUs (${meeting.totals.label}).`);
  if (wantProjects && meeting.demoZone) lines.push(`Besides, ${meeting.demoZone.projects} new projects were established in the Demonstration Zone.`);
  if (f && (f.reportedNewMous === null || f.reportedNewProjects === null)) lines.push('“Not stated” means the sources give no number for that meeting.');
  return {
    sentence: `At ${meetingLabel(meeting)}: ${parts.join('; ')}.`,
    lines,
    embeds: [recordEmbed(ctx.deps, 'meeting', meeting.id)].flatMap((x) => x ?? []),
  };
}

/** Partners on file, all or from one country, with the count per country. */
export function answerPartners(ctx: AnswerContext): Answer {
  const { dataset } = ctx.deps;
  const all = partnersOnFile(dataset);
  const country = ctx.e.country;
  const per = dataset.figures.partnersPerCountry;
  const shown = country ? all.filter((o) => o.country === country) : all;
  const breakdown = [...per.entries()].map(([c, n]) => `${n} ${c === 'unclear' ? 'whose country is unclear' : `from ${c}`}`);
  return {
    sentence: country
      ? `**${shown.length}** of the partners on file are from ${country}.`
      : `The sources give no total number of partners. **${all.length}** organisations on file signed an MOU or joined a project: ${joinList(breakdown)}.`,
    lines: country ? [`${all.length} partners are on file in all (${joinList(breakdown)}).`] : [],
    embeds: [listEmbed(dataset, country ? `Partners from ${country}` : 'Partners on file', shown.map((o) => `${o.name} (${o.country === 'unclear' ? 'country unclear' : o.country})`), [])],
  };
}

function groups(ctx: AnswerContext): Answer {
  const { dataset } = ctx.deps;
  const per = dataset.figures.mousPerGroup;
  const group = ctx.e.group;
  const label = (id: string | null) => (id === null ? 'no group given in the sources (meetings before the 4th JIC)' : (dataset.group(id)?.label ?? id));
  if (group) {
    const mous = dataset.mous.filter((m) => m.group === group.id);
    return {
      sentence: `**${per.get(group.id) ?? 0}** MOU${(per.get(group.id) ?? 0) === 1 ? '' : 's'} on file ${(per.get(group.id) ?? 0) === 1 ? 'is' : 'are'} in the Annex A group “${group.label}”: ${joinList(mous.map((m) => m.name))}.`,
      embeds: mous.slice(0, 3).flatMap((m) => recordEmbed(ctx.deps, 'mou', m.id) ?? []),
    };
  }
  const lines = [...per.entries()].map(([id, n]) => `${label(id)}: ${n}`);
  return {
    sentence: `MOUs on file per Annex A group (the grouping of the 4th JIC's MOUs): ${lines.join('; ')}.`,
    lines: [`The initiative's three pillars are ${joinList(dataset.initiative.pillars.map((p) => p.name.toLowerCase()))}; the sources do not count MOUs per pillar.`],
    embeds: [listEmbed(dataset, 'MOUs per Annex A group', lines, dataset.initiative.mouGroups.flatMap((g) => g.sources))],
  };
}

function ofOrganisations(ctx: AnswerContext): Answer {
  const { dataset } = ctx.deps;
  const sentences = ctx.e.orgs.slice(0, 3).map((o) => {
    const mous = dataset.mousOf(o.id);
    const projects = dataset.projectsOf(o.id);
    return `${o.name}: ${plural(mous.length, 'MOU')} and ${plural(projects.length, 'project')} on file.`;
  });
  const o = ctx.e.orgs[0];
  return { sentence: sentences.join(' '), embeds: o ? [recordEmbed(ctx.deps, 'organisation', o.id)].flatMap((x) => x ?? []) : [] };
}

function byTopic(ctx: AnswerContext): Answer {
  const { dataset } = ctx.deps;
  const topic = ctx.e.topics[0] ?? '';
  const subjects = ctx.e.subjects;
  const mous = subjects.has('project') && !subjects.has('mou') ? [] : aboutTopic(dataset.mous, topic);
  const projects = subjects.has('mou') && !subjects.has('project') ? [] : aboutTopic(jointProjects(dataset), topic);
  const parts = [...(subjects.has('project') && !subjects.has('mou') ? [] : [plural(mous.length, 'MOU')]), ...(subjects.has('mou') && !subjects.has('project') ? [] : [plural(projects.length, 'joint project')])];
  return {
    sentence: `On file, ${joinList(parts)} ${mous.length + projects.length === 1 ? 'is' : 'are'} about “${topicLabel(topic)}”.`,
    lines: ['These are the records named in the sources; the reported totals are larger.'],
    embeds: [listEmbed(dataset, `About “${topicLabel(topic)}”`, [...mous.map((m) => `MOU: ${m.name}`), ...projects.map((p) => `Project: ${p.name}`)], [...mous, ...projects].flatMap((r) => r.sources))],
  };
}

function byCountry(ctx: AnswerContext): Answer {
  const { dataset } = ctx.deps;
  const country = ctx.e.country as NonNullable<typeof ctx.e.country>;
  if (ctx.e.subjects.has('partner') || (!ctx.e.subjects.has('mou') && !ctx.e.subjects.has('project'))) return answerPartners(ctx);
  const mous = dataset.mous.filter((m) => hasPartyFrom(dataset, m.parties, country));
  const projects = jointProjects(dataset).filter((p) => hasPartyFrom(dataset, p.partners, country));
  const wantMous = ctx.e.subjects.has('mou');
  const list = wantMous ? mous : projects;
  return {
    sentence: `On file, ${plural(list.length, wantMous ? 'MOU' : 'joint project')} ${list.length === 1 ? 'has' : 'have'} a named party from ${country}.`,
    embeds: [listEmbed(dataset, `${wantMous ? 'MOUs' : 'Projects'} with a party from ${country}`, list.map((r) => r.name), list.flatMap((r) => r.sources))],
  };
}

function meetingsCount({ deps }: AnswerContext): Answer {
  const { dataset } = deps;
  const jics = dataset.meetings.filter((m) => m.number > 0);
  const founding = dataset.meetingByNumber(0);
  const last = jics[jics.length - 1];
  return {
    sentence: `**${jics.length}** JIC meetings are in the sources${last ? `, the latest ${meetingLabel(last)}` : ''}${founding ? `; before them, ${meetingLabel(founding)} founded the initiative` : ''}.`,
    embeds: [listEmbed(dataset, 'JIC meetings', jics.map((m) => `${m.name}: ${formatDate(m.date.value)}, ${m.place.value}`), jics.flatMap((m) => m.date.sources))],
  };
}

/** "How many …?": the reported number first, then what is on file, for whatever the question counts. */
export function answerCount(ctx: AnswerContext): Answer {
  const { e } = ctx;
  if (e.meeting && !e.meeting.found) return missingMeeting(ctx, e.meeting);
  if (e.subjects.has('demozone')) return demoZone(ctx, e.meeting?.found ? e.meeting.meeting : undefined);
  if (e.meeting?.found && !/\beach\b|\bper\b|\bevery\b/.test(ctx.q.text)) return atMeeting(ctx, e.meeting.meeting);
  if (e.orgs.length) return ofOrganisations(ctx);
  if (e.group || /\b(?:per|by|each|every) (?:pillar|group)\b|\bpillar\b/.test(ctx.q.text)) return groups(ctx);
  if (e.country) return byCountry(ctx);
  if (e.topics.length && (e.subjects.has('mou') || e.subjects.has('project'))) return byTopic(ctx);
  if (e.subjects.has('mou') && e.subjects.has('project')) return totals(ctx);
  if (e.subjects.has('mou')) return totalMous(ctx);
  if (e.subjects.has('project')) return totalProjects(ctx);
  if (e.subjects.has('partner')) return answerPartners(ctx);
  if (e.subjects.has('meeting')) return meetingsCount(ctx);
  return totals(ctx);
}
