// "Did the 2nd JIC sign the most MOUs?", "since Keppel joined the most projects, …": a superlative claimed of one
// meeting, year or partner. The ranking is worked out as for "which … the most", and the claim checked against its
// top: Yes where the one claimed is at the top (jointly where tied), No where another is — with the one claimed's own
// count — never the ranking alone, which neither confirms nor denies what was asked.
import type { Dataset } from '../dataset/index.js';
import type { Plan } from './plan.js';
import type { Result } from './run.js';
import type { Said } from './say.js';
import { mentionsOf, type Understanding } from './understand.js';
import { topOf } from './run.js';

// A yes/no opener ("did …", "was …", "is it true that …"): a claim, not "which … the most".
const CLAIMS = /^ (?:did|does|do|was|were|is|are|has|have|had)\b| (?:is it true|true that|right|correct) /;

/** Whether the words claim something (a yes/no, "is it true", "right?"): a superlative verdict is said only then. */
export const superlativeClaimed = (text: string): boolean => CLAIMS.test(text);

/** The row of the ranking the question claims is at its top (its label and count), and whether it is. */
function claimed(u: Understanding, r: Extract<Result, { op: 'rank' }>, dataset: Dataset) {
  const meetingIds = mentionsOf(u, 'meeting').flatMap((m) => {
    const n = Number(m.value);
    const meeting = /^20\d\d$/.test(m.words) ? undefined : dataset.meetingByNumber(n);
    return meeting ? [meeting.id] : [];
  });
  const years = mentionsOf(u, 'meeting')
    .filter((m) => /^20\d\d$/.test(m.words))
    .map((m) => m.words);
  const orgIds = [...new Set(mentionsOf(u, 'org').map((m) => topOf(dataset, m.value)))];
  const wanted =
    r.by === 'meeting' && meetingIds.length === 1
      ? (row: (typeof r.rows)[number]) => row.ref?.id === meetingIds[0]
      : r.by === 'year' && years.length === 1
        ? (row: (typeof r.rows)[number]) => row.label === years[0]
        : r.by === 'partner' && orgIds.length === 1
          ? (row: (typeof r.rows)[number]) => row.ref?.id === orgIds[0]
          : undefined;
  if (!wanted) return undefined;
  const label =
    r.by === 'meeting'
      ? `the ${dataset.meeting(meetingIds[0] ?? '')?.name ?? ''}`
      : r.by === 'year'
        ? (years[0] ?? '')
        : (dataset.organisation(orgIds[0] ?? '')?.name ?? '');
  return { row: r.rows.find(wanted), label };
}

/**
 * Whether the superlative the question claims holds, from the ranking: 'yes', 'jointly' (at the top with others),
 * 'no' (another is above it), or undefined where the question claims none or the sources can't tell (no count for it).
 */
export function superlativeVerdict(
  u: Understanding,
  p: Plan,
  r: Result,
  dataset: Dataset,
): { verdict: 'yes' | 'jointly' | 'no'; label: string; value: number; unit: string } | undefined {
  if (p.op !== 'rank' || r.op !== 'rank' || r.all || !CLAIMS.test(u.q.text)) return undefined;
  const c = claimed(u, r, dataset);
  const top = r.rows[0];
  if (!c || !top) return undefined;
  // (A partner with no record of the kind counted has none: below any partner with one.)
  const value = c.row?.value ?? (r.by === 'partner' ? 0 : undefined);
  if (value === undefined) return undefined;
  const winners = r.rows.filter((x) => x.value === top.value);
  // (Its count said with what it counts: "the 2nd JIC meeting: 4 MOUs", never a bare "4".)
  const unit = p.records ? 'record' : p.select === 'projects' ? 'project' : 'MOU';
  if (value !== top.value) return { verdict: 'no', label: c.label, value, unit };
  // (The most, where another meeting has no count: it could have had more — not confirmed.)
  if (r.unknown.length) return undefined;
  return { verdict: winners.length > 1 ? 'jointly' : 'yes', label: c.label, value, unit };
}

/** The ranking's sentence led by the verdict: "No: the 1st, 3rd and 4th JIC meetings signed the most MOUs: 8 MOUs each (the 2nd JIC meeting: 4)." */
export function sayVerdict(v: NonNullable<ReturnType<typeof superlativeVerdict>>, said: Said): Said {
  const sentence = said.sentence.replace(/^The (?=[a-z0-9])/, 'the ');
  if (v.verdict === 'no')
    return {
      ...said,
      sentence: `No: ${sentence.replace(/\.$/, '')} (${v.label}: ${v.value} ${v.unit}${v.value === 1 ? '' : 's'}).`,
    };
  return { ...said, sentence: `${v.verdict === 'jointly' ? 'Yes, jointly' : 'Yes'}: ${sentence}` };
}

/**
 * "Was the 4th the biggest meeting?": a size asked by both counts, ranked each (an `each` of rankings). The verdicts
 * combined: No where another leads by either count, Yes only where it leads by both, "Not alone" where it ties at the
 * top; Yes by the counts given where a count it was ranked by is missing for some meeting (it could have had more).
 */
export function eachVerdictLead(u: Understanding, p: Plan, r: Result, dataset: Dataset): string | undefined {
  if (p.op !== 'each' || r.op !== 'each' || !CLAIMS.test(u.q.text)) return undefined;
  if (p.plans.length < 2 || !p.plans.every((x) => x.op === 'rank')) return undefined;
  const vs = p.plans.map((x, i) => {
    const ri = r.results[i];
    return ri ? superlativeVerdict(u, x, ri, dataset)?.verdict : undefined;
  });
  if (vs.includes('no')) return 'No';
  if (vs.includes('jointly')) return 'Not alone';
  if (vs.every((v) => v === 'yes')) return 'Yes';
  if (vs.includes('yes')) return 'Yes, by the counts the sources give';
  return undefined;
}
