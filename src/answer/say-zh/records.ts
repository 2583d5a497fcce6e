// Two records of one kind side by side, in Chinese.
import { displayName, type Result } from '../run.js';
import type { Dataset } from '../../dataset/index.js';
import type { Said } from '../say/common.js';
import type { ZhKit } from './kit.js';

export function recordsZh(r: Extract<Result, { op: 'records' }>, dataset: Dataset, kit: ZhKit): Said | null {
  const { t, at, list, shown, groupScope, party } = kit;
  // Two or three records side by side: what they share (meeting, Annex A group), then each one's parties and words.
  const recordsOf = r.records;
  const meetingOf = (x: (typeof recordsOf)[number]) => dataset.meeting(x.meeting);
  const meetings = [...new Set(recordsOf.map((x) => x.meeting))];
  const groups = [...new Set(recordsOf.map((x) => ('group' in x ? x.group : null)))];
  const groupLabel = (id: string | null) =>
    id === 'unlabelled' ? t.firstGroupName : id ? groupScope(id).replace(/中$/, '') : '';
  const m0 = recordsOf[0] ? meetingOf(recordsOf[0]) : undefined;
  const shared = [
    meetings.length === 1 && m0 ? t.allAt(at(m0)) : '',
    r.kind === 'mou' && groups.length === 1 && groups[0] ? t.allIn(groupLabel(groups[0])) : '',
  ].filter(Boolean);
  const partiesOf = (x: (typeof recordsOf)[number]) =>
    list(
      ('parties' in x ? x.parties : x.partners).map((p) =>
        'org' in p ? (dataset.organisation(p.org)?.name ?? p.org) : party(p.unnamed),
      ),
    );
  const each = recordsOf.map((x) => {
    const m = meetingOf(x);
    const where = [
      meetings.length > 1 && m ? at(m) : '',
      r.kind === 'mou' && groups.length > 1 && 'group' in x ? groupLabel(x.group) : '',
    ].filter(Boolean);
    const text =
      x.description.text.length > 220
        ? `${x.description.text.slice(0, 220).replace(/\s+\S*$/, '')}…`
        : x.description.text;
    const twin =
      'relatedProjects' in x && x.relatedProjects.length
        ? t.twinProject
        : 'relatedMous' in x && x.relatedMous.length
          ? t.twinMou
          : '';
    return `${shown(displayName(x))}（${partiesOf(x)}${where.length ? `；${where.join('；')}` : ''}）：${text}${twin}`;
  });
  return {
    sentence: `${t.recordsLead(recordsOf.length, r.kind === 'mou' ? t.mou : t.project, shared.join('，'))}${each.join(' ')}`,
    lines: [],
    refs: recordsOf.map((x) => ({ kind: r.kind, id: x.id })),
    sources: [...new Set(recordsOf.flatMap((x) => x.description.sources))],
  };
}
