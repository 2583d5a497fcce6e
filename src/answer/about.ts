import type { RecordKind } from '../dataset/index.js';
import type { Answer, AnswerContext } from './answer.js';
import { recordComponents, recordEmbed } from './backing.js';
import { truncate, joinList, meetingLabel, plural } from './format.js';
import { answerMeeting, missingMeeting } from './meetings.js';
import { demoZoneRecords } from './records.js';
import { answerFallback } from './fallback.js';

const PREFERRED: ReadonlyArray<readonly [string, RecordKind]> = [
  ['mou', 'mou'],
  ['project', 'project'],
  ['partner', 'organisation'],
  ['meeting', 'meeting'],
];

/** One record's card, with a sentence that says what it is. */
export function answerRecord(ctx: AnswerContext, kind: RecordKind, id: string): Answer {
  const { dataset } = ctx.deps;
  const found = dataset.find(kind, id);
  if (!found) return answerFallback(ctx);
  const embeds = [recordEmbed(ctx.deps, kind, id)].flatMap((x) => x ?? []);
  const components = recordComponents(ctx.deps, kind, id);
  switch (found.kind) {
    case 'meeting':
      return { ...answerMeeting(ctx, found.record), components };
    case 'organisation': {
      const o = found.record;
      const mous = dataset.mousOf(o.id);
      const projects = dataset.projectsOf(o.id);
      return {
        sentence: `**${o.name}** is a ${o.kind}${o.country === 'unclear' ? '' : ` (${o.country}${o.countryStated ? '' : ', not stated outright in the sources'})`}; on file it signed ${plural(mous.length, 'MOU')} and joined ${plural(projects.length, 'project')}.`,
        embeds,
        components,
      };
    }
    case 'mou': {
      const m = found.record;
      const meeting = dataset.meeting(m.meeting);
      return { sentence: `**${m.name}** is an MOU signed at ${meeting ? meetingLabel(meeting) : m.meeting}: ${truncate(m.description.text, 300)}`, embeds, components };
    }
    case 'project': {
      const p = found.record;
      const meeting = dataset.meeting(p.meeting);
      return { sentence: `**${p.name}** is a ${p.kind === 'demonstration-zone' ? 'Demonstration Zone record' : 'joint project'} from ${meeting ? meetingLabel(meeting) : p.meeting}: ${truncate(p.description.text, 300)}`, embeds, components };
    }
  }
}

/** "What is / tell me about …": the meeting, partner or record named, else the closest records. */
export function answerAbout(ctx: AnswerContext): Answer {
  const { e, deps } = ctx;
  const { dataset } = deps;
  if (e.meeting) return e.meeting.found ? answerMeeting(ctx, e.meeting.meeting) : missingMeeting(ctx, e.meeting);
  if (e.subjects.has('demozone')) {
    const r = demoZoneRecords(dataset)[0];
    if (r) return answerRecord(ctx, 'project', r.id);
  }
  // A kind word in the question ("the QuikBot project", "the Keppel MOU") picks among same-named records.
  const kinds = PREFERRED.filter(([word]) => e.subjects.has(word as never)).map(([, kind]) => kind);
  const hit = e.hits.find((h) => kinds.includes(h.kind)) ?? (kinds.length ? undefined : e.hits[0]);
  const org = e.orgs[0];
  if (org) {
    const mou = kinds.includes('mou') ? dataset.mousOf(org.id)[0] : undefined;
    const project = kinds.includes('project') ? dataset.projectsOf(org.id)[0] : undefined;
    if (mou) return answerRecord(ctx, 'mou', mou.id);
    if (project) return answerRecord(ctx, 'project', project.id);
    return answerRecord(ctx, 'organisation', org.id);
  }
  if (hit) return answerRecord(ctx, hit.kind, hit.id);
  if (/\b(?:sci|initiative)\b/.test(ctx.q.text)) {
    const i = dataset.initiative;
    return {
      sentence: `The **${i.name}** (${i.shortName}): ${i.summary.text}`,
      lines: [`Its pillars: ${joinList(i.pillars.map((p) => p.name.toLowerCase()))}.`],
      embeds: [],
    };
  }
  return answerFallback(ctx);
}
