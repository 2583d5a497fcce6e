import type { Mou, Project } from '../dataset/index.js';
import type { Answer, AnswerContext } from './answer.js';
import { listEmbed, recordEmbed } from './backing.js';
import { joinList, meetingLabel, plural, topicLabel } from './format.js';
import { missingMeeting } from './meetings.js';
import { aboutTopic, hasPartyFrom, jointProjects } from './records.js';

type Row = { kind: 'mou'; record: Mou } | { kind: 'project'; record: Project };

/** One list answer: a sentence that counts, and the records (cards when few, a list when many). */
function listAnswer(ctx: AnswerContext, rows: readonly Row[], what: { one: string; many: string; title: string }): Answer {
  const { dataset } = ctx.deps;
  const mous = rows.filter((r) => r.kind === 'mou').length;
  const projects = rows.length - mous;
  const counted = joinList([...(mous || !projects ? [plural(mous, 'MOU')] : []), ...(projects ? [plural(projects, 'project')] : [])]);
  if (!rows.length)
    return {
      sentence: `No ${wants(ctx).mou && !wants(ctx).project ? 'MOU' : wants(ctx).project && !wants(ctx).mou ? 'project' : 'MOU or project'} on file ${what.one}.`,
      lines: ['The records on file are the ones the sources name; try `/project` or `/mou` to search them.'],
      embeds: [],
    };
  const names = rows.map((r) => `${r.kind === 'mou' ? 'MOU' : 'Project'}: ${r.record.name}`);
  return {
    sentence: `${counted} on file ${rows.length === 1 ? what.one : what.many}: ${names.slice(0, 8).join('; ')}${names.length > 8 ? '; …' : ''}.`,
    embeds:
      rows.length > 3
        ? [listEmbed(dataset, what.title, names.map((n, i) => `${n} (${dataset.meeting(rows[i]?.record.meeting ?? '')?.name ?? ''})`), rows.flatMap((r) => r.record.sources))]
        : rows.flatMap((r) => recordEmbed(ctx.deps, r.kind, r.record.id) ?? []),
  };
}

const is = (phrase: string) => ({ one: `is ${phrase}`, many: `are ${phrase}`, title: phrase.replace(/^./, (c) => c.toUpperCase()) });

function wants(ctx: AnswerContext) {
  const s = ctx.e.subjects;
  const mou = s.has('mou') || !s.has('project');
  const project = s.has('project') || !s.has('mou');
  return { mou, project };
}

function rowsOf(ctx: AnswerContext, mous: readonly Mou[], projects: readonly Project[]): Row[] {
  const w = wants(ctx);
  return [...(w.mou ? mous.map((record) => ({ kind: 'mou' as const, record })) : []), ...(w.project ? projects.map((record) => ({ kind: 'project' as const, record })) : [])];
}

/** "Which projects/MOUs involve X / are about Y / were signed at Z / have a party from C?" */
export function answerInvolve(ctx: AnswerContext): Answer {
  const { e, deps } = ctx;
  const { dataset } = deps;
  const org = e.orgs[0];
  if (org) return listAnswer(ctx, rowsOf(ctx, dataset.mousOf(org.id), dataset.projectsOf(org.id)), { one: `involves ${org.name}`, many: `involve ${org.name}`, title: `Involving ${org.name}` });
  const topic = e.topics[0];
  if (topic) return listAnswer(ctx, rowsOf(ctx, aboutTopic(dataset.mous, topic), aboutTopic(dataset.projects, topic)), is(`about “${topicLabel(topic)}”`));
  if (e.group) return listAnswer(ctx, rowsOf(ctx, dataset.mous.filter((m) => m.group === e.group?.id), []), is(`in the Annex A group “${e.group.label}”`));
  if (e.meeting) {
    if (!e.meeting.found) return missingMeeting(ctx, e.meeting);
    const m = e.meeting.meeting;
    return listAnswer(ctx, rowsOf(ctx, dataset.mousAt(m.id), dataset.projectsAt(m.id)), is(`from ${meetingLabel(m)}`));
  }
  if (e.country) {
    const c = e.country;
    return listAnswer(ctx, rowsOf(ctx, dataset.mous.filter((m) => hasPartyFrom(dataset, m.parties, c)), jointProjects(dataset).filter((p) => hasPartyFrom(dataset, p.partners, c))), { one: `has a party from ${c}`, many: `have a party from ${c}`, title: `With a party from ${c}` });
  }
  return listAnswer(ctx, rowsOf(ctx, dataset.mous, dataset.projects), is('named in the sources'));
}
