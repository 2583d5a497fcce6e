// "change": a running total claimed to go from one number to another ("did the MOU total go from 21 to 29?", "did
// the projects rise from 29 to 45?"): checked against the totals the sources report meeting by meeting, in time order —
// and against what their per-meeting counts add up to, where those differ (20 and 28 MOUs against 21 and 29 reported).
import type { Dataset, Meeting } from '../../dataset/index.js';
import { mentionsOf } from '../understand.js';
import { meetingDate } from '../format.js';
import type { Said } from '../say/common.js';
import type { ClaimResult, ReadClaim } from './types.js';
import { mark, markAll, type Sentence } from './sentence.js';
import { COUNTED } from './words.js';
import { LEXICONS } from '../lexicon.js';

// Words of a total changing ("went", "rose", "grew from … to …") and of the total itself ("the count", "running total").
const CHANGE_WORDS = new Set(
  (
    'go goes went gone going rise rises rose risen rising grow grows grew grown growing increase increases increased ' +
    'increasing jump jumps jumped climb climbs climbed move moves moved change changes changed reach reached ' +
    'expand expanded swell swelled from to count counts total totals number tally running cumulative overall ' +
    'between after at by then so far date since up down fall falls fell fallen falling drop drops dropped dropping ' +
    'decrease decreases decreased decreasing decline declines declined declining dip dipped shrink shrank shrunk ' +
    'slip slipped sink sank slide slid ' +
    // (Each meeting's own count said so: "the MOU count per meeting", "MOUs at each meeting".)
    'per each meeting meetings jic jics'
  ).split(' '),
);

// The way a count is claimed to have gone ("rose to 8", "went down to 4"): a pair of counts the other way is no Yes.
const UP = / (?:up|rise|rises|rose|risen|grew|grow|grows|increase|increased|increases|jump|jumped|climb|climbed) /;
const DOWN =
  / (?:down|fall|falls|fell|drop|dropped|drops|decrease|decreased|decline|declined|dip|dipped|shrank|shrunk|slipped|sank) /;

// A running total asked, never one meeting's own count ("the total", "so far", "to date", "the tally").
const TOTAL = / (?:total|totals|running|cumulative|overall|tally|so far|to date|in all|altogether) /;

/**
 * change: "from A to B" claimed of the MOUs or projects — the running total ("did the MOU total go from 21 to 29?"), or
 * each meeting's own count ("did MOUs rise from 4 to 8 between the 2nd and 3rd meetings?", "did they go from 8 at the
 * 1st meeting to 4 at the 2nd?"). The meetings are objects in the order the numbers are claimed of them: a meeting
 * named right after a number is that number's; else the earlier meeting is the one it went from.
 */
export function readChange(s: Sentence): ReadClaim | undefined {
  // (Each meeting's words stand as one token, so "from 8 at the 1st meeting to 4" reads as "from 8 at M to 4".)
  const spans = [...s.meetings].sort((a, b) => b.start - a.start);
  const text = spans.reduce((t, x) => `${t.slice(0, x.start)}\u0002${x.value}\u0002${t.slice(x.end)}`, s.u.q.text);
  const fromTo =
    / from (\d{1,4}) (?:(?:mous?|projects?) )?(?:(?:at|in|after|by) (?:the )?\u0002(\d+)\u0002 )?(?:to|up to|down to|into) (\d{1,4}) (?:(?:mous?|projects?) )?(?:(?:at|in|after|by) (?:the )?\u0002(\d+)\u0002 )?/.exec(
      text,
    );
  const two = fromTo ? undefined : twoClauses(text);
  const m = fromTo ?? two;
  const kinds = [...new Set(mentionsOf(s.u, 'subject').filter((x) => x.value === 'mou' || x.value === 'project'))];
  const values = new Set(kinds.map((k) => k.value));
  if (!m || values.size !== 1 || s.people.length || s.outcomes.length || s.places.length || s.when) return undefined;
  if (s.u.mentions.some((x) => !['meeting', 'subject', 'number'].includes(x.type))) return undefined;
  const meetings = [...new Set(s.meetings.map((x) => Number(x.value)))].sort((a, b) => a - b);
  if (meetings.length > 2) return undefined;
  // (A meeting named beside a number is that number's: "from 8 at the 2nd to 4 at the 1st" goes from the 2nd.)
  const fromAt = m[2] === undefined ? undefined : Number(m[2]);
  const toAt = m[4] === undefined ? undefined : Number(m[4]);
  const ordered =
    meetings.length === 2 && (fromAt === meetings[1] || toAt === meetings[0]) ? [...meetings].reverse() : meetings;
  for (const x of [...s.meetings, ...kinds, ...mentionsOf(s.u, 'number')]) mark(s, x);
  s.words.forEach((x, i) => {
    if (x.w === m[1] || x.w === m[3]) s.read[i] = true;
  });
  markAll(s, CHANGE_WORDS);
  markAll(s, COUNTED);
  // (The words joining the two clauses are the claim's shape: "and the 2nd only 4", "but the 4th also 14".)
  if (two) markAll(s, new Set((m[0] ?? '').split(' ').filter((w) => /^[a-z]+$/.test(w))));
  const direction = UP.test(s.u.q.text) ? 'up' : DOWN.test(s.u.q.text) ? 'down' : undefined;
  return {
    predicate: 'change',
    subject: { type: 'records', select: values.has('mou') ? 'mous' : 'projects' },
    objects: ordered.map((n) => ({ type: 'meeting' as const, number: n })),
    qualifiers: {
      from: Number(m[1]),
      count: Number(m[3]),
      ...(TOTAL.test(s.u.q.text) ? { total: true } : {}),
      ...(direction ? { direction } : {}),
    },
  };
}

// A count as digits or as a word ("down to four"; never an ordinal, "the second").
const COUNT_WORDS = Object.keys(LEXICONS.en?.numbers ?? {}).filter((w) => !/(?:st|nd|rd|th|ird|rid|ond)$/.test(w));
const NUMBER = `(\\d{1,4}|${COUNT_WORDS.join('|')})`;
// Each meeting's own count said in its own clause — "the 1st meeting signed 8 MOUs and the 2nd went down to 4", "8 MOUs
// at the 1st, then only 4 at the 2nd" — the one change asked between them (as Chinese reads 第一次签了8份，第二次减到4份),
// never the two counts summed. The meeting stands before its number, or right after it.
const MEETING_FIRST = new RegExp(
  ` \\u0002(\\d+)\\u0002 (?:[a-z]+ ){0,4}?${NUMBER} (?:(?:new |joint )?(?:mous?|projects?) )?(?:[a-z]+ ){0,2}?(?:and|but|while|whereas|then|yet) (?:then |only |just )?(?:(?:at|in|by) )?(?:the )?\\u0002(\\d+)\\u0002 (?:[a-z]+ ){0,4}?${NUMBER} (?:(?:mous?|projects?) )?`,
);
const NUMBER_FIRST = new RegExp(
  ` ${NUMBER} (?:(?:new |joint )?(?:mous?|projects?) )?(?:[a-z]+ ){0,2}?(?:at|in|by) (?:the )?\\u0002(\\d+)\\u0002 (?:and|but|while|whereas|then|yet) (?:then |only |just )?(?:[a-z]+ ){0,3}?${NUMBER} (?:(?:mous?|projects?) )?(?:[a-z]+ ){0,1}?(?:at|in|by) (?:the )?\\u0002(\\d+)\\u0002 `,
);

/** The two clauses' numbers and meetings in the shape of "from A at M to B at N" (groups 1–4), as digits. */
function twoClauses(text: string): Array<string | undefined> | undefined {
  const digits = (w: string | undefined) =>
    w === undefined || /^\d/.test(w) ? w : String(LEXICONS.en?.numbers[w] ?? w);
  const a = MEETING_FIRST.exec(text);
  if (a) return [a[0], digits(a[2]), a[1], digits(a[4]), a[3]];
  const b = NUMBER_FIRST.exec(text);
  return b ? [b[0], digits(b[1]), b[2], digits(b[3]), b[4]] : undefined;
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
  // (Each meeting's own count, where no total is asked and the totals never went so: Yes where the two meetings' counts
  // are the two numbers; with meetings named, No — or unknown, a count not given — with their counts.)
  const own = verdict === 'yes' || claim.qualifiers.total ? undefined : ownPair(dataset, select, all, named, from, to);
  const way = claim.qualifiers.direction;
  const fits =
    !!own && own[0]?.count === from && own[1]?.count === to && (!way || (way === 'up' ? to > from : to < from));
  if (own && (fits || (verdict === 'no' && named.length))) {
    const ms = own.flatMap((x) => dataset.meetingByNumber(x.meeting) ?? []);
    return {
      op: 'claim',
      claim,
      verdict: fits ? 'yes' : own.some((x) => x.count === null) ? 'unknown' : 'no',
      own,
      refs: ms.map((m) => ({ kind: 'meeting' as const, id: m.id })),
      sources: [...new Set(ms.flatMap((m) => (select === 'mous' ? m.newMous.sources : m.newProjects.sources)))],
    };
  }
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

/**
 * The two meetings a change of one meeting's own count is claimed between: those named, in the claim's order; the one
 * named and the one before it; none named, two meetings in a row whose counts are the two numbers.
 */
function ownPair(
  dataset: Dataset,
  select: 'mous' | 'projects',
  all: readonly Step[],
  named: readonly number[],
  from: number,
  to: number,
): Array<{ meeting: number; count: number | null }> | undefined {
  const count = (n: number) => {
    const m = dataset.meetingByNumber(n);
    return (select === 'mous' ? m?.newMous.value : m?.newProjects.value) ?? null;
  };
  const pair = (a: number, b: number) => [a, b].map((n) => ({ meeting: n, count: count(n) }));
  const order = all.map((x) => x.meeting);
  const [a, b] = named;
  if (a !== undefined && b !== undefined) return pair(a, b);
  const before = a === undefined ? undefined : order[order.indexOf(a) - 1];
  if (a !== undefined) return before === undefined ? undefined : pair(before, a);
  const i = order.findIndex((n, k) => count(n) === from && k + 1 < order.length && count(order[k + 1] ?? -1) === to);
  return i < 0 ? undefined : pair(order[i] ?? -1, order[i + 1] ?? -1);
}

/** The totals reported, meeting by meeting, and what the counts add up to where it differs. */
export function sayChange(r: ClaimResult, dataset: Dataset): Said {
  const select = r.claim.subject.type === 'records' ? r.claim.subject.select : 'mous';
  const noun = select === 'mous' ? 'MOUs' : 'projects';
  const name = (m: Meeting) => `the ${m.name.replace(/ meeting$/, '')} (${meetingDate(m)})`;
  if (r.own) return sayOwn(r, dataset, noun, name);
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

/** Each meeting's own count, the two in the claim's order ("4 MOUs were signed at the 2nd JIC, then 8 at the 3rd JIC"). */
function sayOwn(r: ClaimResult, dataset: Dataset, noun: string, name: (m: Meeting) => string): Said {
  const verb = noun === 'MOUs' ? 'were signed' : 'were launched';
  const [a, b] = (r.own ?? []).map((x) => ({ ...x, m: dataset.meetingByNumber(x.meeting) }));
  const base = { lines: [], refs: r.refs, sources: r.sources };
  if (!a?.m || !b?.m) return { sentence: '', ...base };
  const none = [a, b].filter((x) => x.count === null);
  const given = [a, b].find((x) => x.count !== null);
  if (none.length)
    return {
      sentence: `The sources don't say: they give no count of the new ${noun} at ${none.map((x) => (x.m ? name(x.m) : '')).join(' or ')}${given?.m ? `; ${given.count} ${noun} ${verb} at ${name(given.m)}` : ''}.`,
      ...base,
    };
  const lead = r.verdict === 'yes' ? 'Yes' : 'No';
  return { sentence: `${lead}: ${a.count} ${noun} ${verb} at ${name(a.m)}, then ${b.count} at ${name(b.m)}.`, ...base };
}
