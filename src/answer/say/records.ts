// Two records of one kind side by side: what they share (meeting, Annex A group), then where each differs.
import { displayName, type Ref, type Result } from '../run.js';
import type { Dataset, Mou, Project } from '../../dataset/index.js';
import { joinList, meetingDate, partyName } from '../format.js';
import { type Said, the } from './common.js';

/**
 * Two records of one kind side by side: what they share (meeting, Annex A group), then each one's parties, meeting
 * where they differ, what it covers (its description, cut short) and a twin record of the other kind.
 */
export function sayRecords(r: Extract<Result, { op: 'records' }>, dataset: Dataset): Said {
  const kind = r.kind === 'mou' ? 'MOUs' : 'joint projects';
  const meetingOf = (x: Mou | Project) => dataset.meeting(x.meeting);
  const meetings = [...new Set(r.records.map((x) => x.meeting))];
  const groups = [...new Set(r.records.map((x) => ('group' in x ? x.group : null)))];
  const groupLabel = (id: string | null) =>
    id === 'unlabelled'
      ? "Annex A's first group, whose heading the source lacks"
      : id
        ? `the ${dataset.group(id)?.label.replace(/^Strategic pillar: /, '') ?? id} group of Annex A`
        : '';
  const m0 = meetingOf(r.records[0] as Mou | Project);
  const shared = [
    meetings.length === 1 && m0 ? `both of ${the(m0)} (${meetingDate(m0)})` : '',
    r.kind === 'mou' && groups.length === 1 && groups[0] ? `both in ${groupLabel(groups[0])}` : '',
  ].filter(Boolean);
  const partiesOf = (x: Mou | Project) =>
    joinList(('parties' in x ? x.parties : x.partners).map((p) => partyName(dataset, p)));
  const short = (t: string) => (t.length > 220 ? `${t.slice(0, 220).replace(/\s+\S*$/, '')}…` : t);
  const each = r.records.map((x) => {
    const m = meetingOf(x);
    const twin =
      'relatedProjects' in x && x.relatedProjects.length
        ? ' It has a joint project of the same partners too.'
        : 'relatedMous' in x && x.relatedMous.length
          ? ' It has an MOU of the same partners too.'
          : '';
    const where = [
      meetings.length > 1 && m ? `${the(m)}, ${meetingDate(m)}` : '',
      r.kind === 'mou' && groups.length > 1 && 'group' in x ? groupLabel(x.group) : '',
    ]
      .filter(Boolean)
      .join('; ');
    return `${displayName(x)} (${partiesOf(x)}${where ? `; ${where}` : ''}): ${short(x.description.text)}${twin}`;
  });
  return {
    sentence: `Two ${kind}${shared.length ? `, ${shared.join(', ')}` : ''}. ${each.join(' ')}`.replace(
      /^Two/,
      r.records.length === 3 ? 'Three' : 'Two',
    ),
    lines: [],
    refs: r.records.map((x) => ({ kind: r.kind, id: x.id }) as Ref),
    sources: [...new Set(r.records.flatMap((x) => x.description.sources))],
  };
}
