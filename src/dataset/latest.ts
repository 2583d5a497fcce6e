import type { Dataset, RecordKind } from './dataset.js';

/** A record named for a list: its kind, id and display name. */
export interface NamedRef {
  kind: RecordKind;
  id: string;
  label: string;
}

/**
 * The latest meeting's records of `kinds` (all kinds when absent): the meeting, then its projects and
 * its MOUs, in data order. Organisations have no meeting of their own: asked for nothing else on file
 * there, the parties to the meeting's MOUs and projects stand in. What an empty query offers, and what
 * "did you mean" shows when nothing is close.
 */
export function latestMeetingRecords(d: Dataset, kinds?: readonly RecordKind[]): NamedRef[] {
  const wanted = (k: RecordKind) => !kinds || kinds.length === 0 || kinds.includes(k);
  const m = d.latestMeeting;
  const mous = d.mousAt(m.id);
  const projects = d.projectsAt(m.id);
  const own: NamedRef[] = [
    { kind: 'meeting' as const, id: m.id, label: m.name },
    ...projects.map((x) => ({ kind: 'project' as const, id: x.id, label: x.name })),
    ...mous.map((x) => ({ kind: 'mou' as const, id: x.id, label: x.name })),
  ].filter((r) => wanted(r.kind));
  if (own.length > 0 || !wanted('organisation')) return own;
  const parties = [...mous.flatMap((x) => x.parties), ...projects.flatMap((x) => x.partners)];
  const orgIds = [...new Set(parties.flatMap((p) => ('org' in p ? [p.org] : [])))];
  return orgIds.flatMap((id) => {
    const o = d.organisation(id);
    return o ? [{ kind: 'organisation' as const, id, label: o.name }] : [];
  });
}
