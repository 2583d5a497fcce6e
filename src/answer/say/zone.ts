// The Demonstration Zone: what each meeting names of it, and at which meeting a part of it came.
import { displayName, type Result } from '../run.js';
import type { Dataset, Meeting } from '../../dataset/index.js';
import { mentionsOf, type Understanding } from '../understand.js';
import { capitalise, meetingDate } from '../format.js';
import { normal, type Said, the } from './common.js';
import { demoZoneId, PURPOSE_ASKED } from '../plan/common.js';
import { perDataset } from '../records.js';

/**
 * The Demonstration Zone, as a whole: what it is and where (its own record and place), then, meeting by
 * meeting, what the sources name of it (the records about it, its own short outcomes) — which answers
 * both "what is the zone" and "when was it set up / its start-up area unveiled" (no founding date is given).
 */
export function sayZone(r: Extract<Result, { op: 'read' }>, dataset: Dataset, u: Understanding): Said {
  const z = dataset.initiative.demonstrationZone;
  const rec = r.about.type === 'record' ? dataset.project(r.about.id) : undefined;
  const entries = zoneEntries(dataset);
  // "Which meeting launched the zone's four projects?", "when was the start-up area unveiled?": the meeting whose
  // record holds that part of the zone's story, not the zone's overview.
  const hit = zonePartAsked(r, dataset, u);
  if (hit)
    return {
      sentence: `At ${the(hit.meeting)} (${meetingDate(hit.meeting)}): ${hit.parts.join('; ')}.${START_UP_ASKED.test(u.q.text) ? ' The sources say no more of it (not its size or where in the zone it lies).' : ''}`,
      lines: [],
      refs: [{ kind: 'meeting', id: hit.meeting.id }, ...r.refs],
      sources: [...new Set([...hit.meeting.date.sources, ...r.sources])],
    };
  const timeline = entries.map((e) => `at ${the(e.meeting)} (${meetingDate(e.meeting)}): ${e.parts.join('; ')}`);
  // "What happened at the 4th JIC for the demo park?": that meeting's part of the zone's story alone.
  const one = [...new Set(mentionsOf(u, 'meeting').map((m) => m.value))];
  const at = one.length === 1 && r.attribute === 'about' ? dataset.meetingByNumber(Number(one[0])) : undefined;
  if (at) return zoneAt(at, rec, entries, timeline, r);
  if (r.attribute === 'date')
    return {
      sentence: `The sources give no date on which the ${z?.name ?? 'zone'} itself was set up. What they name of it: ${timeline.join('. And ')}.`,
      lines: [],
      refs: r.refs,
      sources: [...new Set([...r.sources, ...(z?.place?.sources ?? [])])],
    };
  // What it is, where, and what its projects focus on — the record's first two sentences; what they aim at only when
  // asked (a phone screen, not the whole release). Then, a line a meeting, what the sources name of it, each record
  // said as what it is (never a bare name after "their names are not stated", as if it were one of the four).
  // ("What areas do the zone's four new projects focus on?": the record's sentence that says so leads — one attribute
  // asked, not the zone's profile first.)
  const focus = / (?:focus|focuses|focused|focusing|areas?|sectors?|fields?|domains?) /.test(u.q.text)
    ? (rec?.description.text ?? '').split(/(?<=\.)\s+/).find((x) => /\bfocusing on\b|\bfocus on\b/.test(x))
    : undefined;
  const m = rec ? dataset.meeting(rec.meeting) : undefined;
  if (focus && m)
    return {
      sentence: `${focus.replace(/\.$/, '')} (announced at ${the(m)}, ${meetingDate(m)}).`,
      lines: [],
      refs: r.refs,
      sources: r.sources,
    };
  const own = zoneOwnWords(rec?.description.text ?? '', u);
  const place = z?.place ? ` (in ${z.place.value})` : '';
  const name = z?.name ?? rec?.name ?? 'Demonstration Zone';
  const sentence = own.startsWith(`The ${name} `)
    ? `The ${name}${place}${own.slice(`The ${name}`.length)}`
    : `The ${name}${place}: ${own}`;
  const lines = entries.map(
    (e) =>
      `• ${capitalise(the(e.meeting))} (${meetingDate(e.meeting)}): ${e.parts.map((x) => (e.records.has(x) ? `${e.records.get(x) === 'MOU' ? 'An MOU' : 'A project'} on it: ${x}` : x)).join('. ')}.`,
  );
  return {
    sentence,
    lines,
    refs: r.refs,
    sources: [...new Set([...r.sources, ...(z?.place?.sources ?? [])])],
  };
}

/** What one meeting names of the zone: the zone's own projects if announced there, then that meeting's parts. */
function zoneAt(
  at: Meeting,
  rec: { meeting: string; description: { text: string } } | undefined,
  entries: readonly ZoneEntry[],
  timeline: readonly string[],
  r: Extract<Result, { op: 'read' }>,
): Said {
  const entry = entries.find((e) => e.meeting === at);
  // (The zone record's sentence of its new projects, where they were announced at this meeting.)
  const own =
    rec && rec.meeting === at.id
      ? rec.description.text
          .split(/(?<=\.)\s+/)
          .filter((x) => / new projects /.test(` ${x} `))
          .map((x) => x.replace(/\.$/, ''))
      : [];
  const parts = [
    ...own,
    ...(entry?.parts ?? []).map((x) =>
      entry?.records.has(x) ? `${entry.records.get(x) === 'MOU' ? 'An MOU on it' : 'A project on it'}: ${x}` : x,
    ),
  ];
  const refs = [{ kind: 'meeting' as const, id: at.id }, ...r.refs];
  if (!parts.length)
    return {
      sentence: `The sources name nothing of the Demonstration Zone at ${the(at)} (${meetingDate(at)}). What they name of it: ${timeline.join('. And ')}.`,
      lines: [],
      refs,
      sources: r.sources,
    };
  return {
    sentence: `At ${the(at)} (${meetingDate(at)}), for the Demonstration Zone: ${parts.join('. ')}.`,
    lines: [],
    refs,
    sources: [...new Set([...at.date.sources, ...r.sources])],
  };
}

/**
 * The zone record's own words a "what is the zone" answer quotes: what it is and what its projects focus on (the
 * first two sentences); what they aim at too only when the question asks it (en and zh).
 */
export function zoneOwnWords(text: string, u: Understanding): string {
  const said = text.split(/(?<=\.)\s+/);
  // (Said of the zone's own words, "for" anywhere asks it too: "what's the zone for lol".)
  const aims =
    PURPOSE_ASKED.test(u.q.text) ||
    / for /.test(u.q.text) ||
    /目的|目标|目標|为什么|為什麼|为何|為何|旨在|宗旨/.test(u.q.text);
  return said.slice(0, aims ? said.length : 2).join(' ');
}

/**
 * The one meeting whose part of the zone's story says most of what a "which meeting" / "when" question asks ("when
 * was the start-up area unveiled?"), with that part; undefined when none or several say it equally (en and zh).
 */
export function zonePartAsked(
  r: Extract<Result, { op: 'read' }>,
  dataset: Dataset,
  u: Understanding,
): { meeting: Meeting; parts: string[] } | undefined {
  // ("What is the start-up area?": a part of the zone asked by its name is that part's story, not the zone's overview.)
  const partNamed = START_UP_ASKED.test(u.q.text);
  if (
    !partNamed &&
    !/ (?:which|what) (?:jic|jics|meeting|meetings|date|day|year)\b| at which | in which | when /.test(u.q.text)
  )
    return undefined;
  const rec = r.about.type === 'record' ? dataset.project(r.about.id) : undefined;
  const entries = zoneEntries(dataset);
  const asked = u.q.text
    .split(' ')
    .filter((w) => w.length >= 4 && !ZONE_QUESTION_WORDS.test(w))
    .map((w) => w.replace(/s$/, ''));
  // The zone's own record speaks for its meeting too ("Four new projects were established in the Demonstration Zone…").
  const at = rec ? dataset.meeting(rec.meeting) : undefined;
  const own = at && rec ? rec.description.text.split(/(?<=\.)\s+/).map((x) => x.replace(/\.$/, '')) : [];
  const withOwn = at && !entries.some((e) => e.meeting === at) ? [...entries, { meeting: at, parts: [] }] : entries;
  // Each meeting's part that says most of what was asked (the first of equals: its own outcome before the
  // record's wider text); the meetings whose part says most.
  const said = (x: string) => asked.filter((w) => normal(x).includes(` ${w}`)).length;
  const scored = withOwn.map((e) => {
    const parts = [...e.parts, ...(e.meeting === at ? own : [])];
    const best = parts.reduce((b, x) => (said(x) > said(b) ? x : b), parts[0] ?? '');
    return { meeting: e.meeting, parts: best && said(best) ? [best] : [], score: best ? said(best) : 0 };
  });
  const top = Math.max(0, ...scored.map((e) => e.score));
  const hits = scored.filter((e) => e.parts.length && e.score === top);
  return hits.length === 1 && hits[0] ? { meeting: hits[0].meeting, parts: hits[0].parts } : undefined;
}

/** "What is the start-up area?": a part of the zone asked by its name. */
export const START_UP_ASKED =
  / what (?:exactly )?(?:is|was|are|s) (?:exactly )?(?:the |this )?(?:demozone (?:s )?|zone s |demo zone s |demonstration zone s )?start ?up area /;

/** Words of asking about the zone's story, not what part of it is asked about. */
const ZONE_QUESTION_WORDS =
  /^(?:which|what|when|where|were|was|meeting|meetings|jics?|demozone|zone|demo|demonstration|launch\w*|establish\w*|introduc\w*|unveil\w*|held|started?|announc\w*|first|there|their|they|them|this|that|those|these|with|from|into|does|did|have|been)$/;

/** A meeting's part of the zone's story; `records`: which parts are records' names, by what they are (MOU, project). */
export interface ZoneEntry {
  meeting: Meeting;
  parts: string[];
  records: ReadonlyMap<string, string>;
}

/**
 * What each meeting names of the zone (records about it other than the zone's own record, its own short outcomes),
 * built once per Dataset; the English and the Chinese zone sentences both tell this one timeline. (The zone's record
 * is the Dataset's own, so the table depends on nothing but the Dataset.)
 */
export const zoneEntries = perDataset((dataset: Dataset): ZoneEntry[] => {
  const zoneRecord = demoZoneId(dataset);
  const zoneWords = / demonstration (?:zone|park) /;
  const about = (x: { topics: readonly string[]; keywords: readonly string[] }) =>
    [...x.topics, ...x.keywords].some((t) => zoneWords.test(normal(t)));
  const built = dataset.meetings
    .filter((m) => m.number > 0)
    .map((m) => {
      const records = [...dataset.mousAt(m.id), ...dataset.projectsAt(m.id)].filter(
        (x) => about(x) && x.id !== zoneRecord,
      );
      // The meeting's own short outcomes about the zone (long reports of the whole meeting are left to its card).
      const outcomes = m.highlights.filter((h) => zoneWords.test(normal(h.text)) && h.text.length <= 160);
      return {
        meeting: m,
        parts: [...outcomes.map((h) => h.text.replace(/\.$/, '')), ...records.map((x) => displayName(x))],
        records: new Map(records.map((x) => [displayName(x), dataset.mou(x.id) ? 'MOU' : 'project'])),
      };
    })
    .filter((e) => e.parts.length);
  return built;
});
