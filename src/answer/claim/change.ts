// "change": a running total claimed to go from one number to another ("did the MOU total go from 21 to 29?", "did
// the projects rise from 29 to 45?"): checked against the totals the sources report meeting by meeting, in time order —
// and against what their per-meeting counts add up to, where those differ (20 and 28 MOUs against 21 and 29 reported).
import type { Dataset, Meeting } from '../../dataset/index.js';
import { mentionsOf } from '../understand.js';
import { meetingDate } from '../format.js';
import type { Said } from '../say/common.js';
import type { ClaimResult, ReadClaim } from './types.js';
import { mark, markAll, type Sentence } from './sentence.js';

// Words of a total changing ("went", "rose", "grew from … to …") and of the total itself ("the count", "running total").
const CHANGE_WORDS = new Set(
  (
    'go goes went gone going rise rises rose risen rising grow grows grew grown growing increase increases increased ' +
    'increasing jump jumps jumped climb climbs climbed move moves moved change changes changed reach reached ' +
    'expand expanded swell swelled from to count counts total totals number tally running cumulative overall ' +
    'between after at by then so far date since'
  ).split(' '),
);

/** change: "from A to B" claimed of the running total of MOUs or projects (at the meetings named, if any). */
export function readChange(s: Sentence): ReadClaim | undefined {
  const m = / from (\d{1,4}) (?:(?:mous?|projects?) )?(?:to|up to|into) (\d{1,4}) /.exec(s.u.q.text);
  const kinds = [...new Set(mentionsOf(s.u, 'subject').filter((x) => x.value === 'mou' || x.value === 'project'))];
  const values = new Set(kinds.map((k) => k.value));
  if (!m || values.size !== 1 || s.people.length || s.outcomes.length || s.places.length || s.when) return undefined;
  if (s.u.mentions.some((x) => !['meeting', 'subject', 'number'].includes(x.type))) return undefined;
  const meetings = [...new Set(s.meetings.map((x) => Number(x.value)))].sort((a, b) => a - b);
  if (meetings.length > 2) return undefined;
  for (const x of [...s.meetings, ...kinds, ...mentionsOf(s.u, 'number')]) mark(s, x);
  s.words.forEach((x, i) => {
    if (x.w === m[1] || x.w === m[2]) s.read[i] = true;
  });
  markAll(s, CHANGE_WORDS);
  return {
    predicate: 'change',
    subject: { type: 'records', select: values.has('mou') ? 'mous' : 'projects' },
    objects: meetings.map((n) => ({ type: 'meeting' as const, number: n })),
    qualifiers: { from: Number(m[1]), count: Number(m[2]) },
  };
}

/** One meeting's running total: as reported, and as its and the earlier meetings' own counts add up. */
export interface Step {
  meeting: number;
  reported: number | null;
  added: number | null;
}

function steps(dataset: Dataset, select: 'mous' | 'projects'): Step[] {
  let sum: number | null = 0;
  return [...dataset.meetings]
    .filter((x) => x.number > 0)
    .sort((a, b) => a.date.value.localeCompare(b.date.value))
    .map((x) => {
      const own = select === 'mous' ? x.newMous.value : x.newProjects.value;
      sum = sum === null || own === null ? null : sum + own;
      const total = x.totals ? (select === 'mous' ? x.totals.mous : x.totals.projects) : null;
      return { meeting: x.number, reported: total ?? null, added: sum };
    });
}

/**
 * Yes: two totals reported, the first number then the second, at the meetings named if any. No: they never go so.
 * Where only what the counts add up to goes so, the sources differ: no Yes or No.
 */
export function changeVerdict(claim: ReadClaim, dataset: Dataset): ClaimResult {
  const select = claim.subject.type === 'records' ? claim.subject.select : 'mous';
  const all = steps(dataset, select);
  const named = claim.objects.flatMap((o) => (o.type === 'meeting' ? [o.number] : []));
  const from = claim.qualifiers.from ?? NaN;
  const to = claim.qualifiers.count ?? NaN;
  const at = (v: number, k: 'reported' | 'added' | 'either') =>
    all.flatMap((x, i) =>
      (k === 'either' ? x.reported === v || x.added === v : x[k] === v) && (!named.length || named.includes(x.meeting))
        ? [i]
        : [],
    );
  const inOrder = (a: number[], b: number[]) => a.some((i) => b.some((j) => j > i));
  const verdict = inOrder(at(from, 'reported'), at(to, 'reported'))
    ? 'yes'
    : inOrder(at(from, 'either'), at(to, 'either'))
      ? 'unknown'
      : 'no';
  const shown = all.filter((x) => x.reported !== null || (x.added !== null && (x.added === from || x.added === to)));
  const meetings = shown.flatMap((x) => {
    const m = dataset.meetingByNumber(x.meeting);
    return m ? [m] : [];
  });
  return {
    op: 'claim',
    claim,
    verdict,
    steps: shown,
    refs: meetings.map((m) => ({ kind: 'meeting' as const, id: m.id })),
    sources: [
      ...new Set(
        meetings.flatMap((m) => [
          ...(m.totals?.sources ?? []),
          ...(shown.some((x) => x.meeting === m.number && x.reported === null)
            ? select === 'mous'
              ? m.newMous.sources
              : m.newProjects.sources
            : []),
        ]),
      ),
    ],
  };
}

/** The totals reported, meeting by meeting, and what the counts add up to where it differs. */
export function sayChange(r: ClaimResult, dataset: Dataset): Said {
  const select = r.claim.subject.type === 'records' ? r.claim.subject.select : 'mous';
  const noun = select === 'mous' ? 'MOUs' : 'projects';
  const name = (m: Meeting) => `the ${m.name.replace(/ meeting$/, '')} (${meetingDate(m)})`;
  const steps = r.steps ?? [];
  const reported = steps.flatMap((x) => {
    const m = dataset.meetingByNumber(x.meeting);
    return m && x.reported !== null ? [`${x.reported} ${noun} after ${name(m)}`] : [];
  });
  const short = (x: Step) => {
    const m = dataset.meetingByNumber(x.meeting);
    return m ? `${x.added} after ${name(m).replace(/ \(.*\)$/, '')}` : '';
  };
  const added = steps.filter((x) => x.reported !== null && x.added !== null && x.added !== x.reported).map(short);
  // (A meeting with no total reported, shown for the number asked: its and the earlier meetings' counts added up.)
  const unreported = steps.filter((x) => x.reported === null && x.added !== null).map(short);
  const lead = r.verdict === 'yes' ? 'Yes: ' : r.verdict === 'no' ? 'No: ' : '';
  const body = `${lead}the totals ${lead ? 'reported' : 'the sources report'} ${reported.length > 1 ? 'went from ' : ''}${reported.join(reported.length > 1 ? ' to ' : '')}`;
  const note =
    (added.length
      ? `; the per-meeting counts they give add up to ${added.join(' and ')} (no source explains the difference)`
      : '') +
    (unreported.length ? `; no total is reported earlier, where the counts add up to ${unreported.join(' and ')}` : '');
  const sentence = `${body.charAt(0).toUpperCase()}${body.slice(1)}${note}.`;
  return { sentence, lines: [], refs: r.refs, sources: r.sources };
}
