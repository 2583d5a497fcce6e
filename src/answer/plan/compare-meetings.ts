// Two or more meetings set against each other on one attribute ("compare the co-chairs of the 2nd and 3rd JIC",
// "projects to date after JIC 3 vs JIC 4", "1st vs 4th: where were they held?"): that attribute of each meeting.
import { has } from './common.js';
import { seatAsked } from '../chairs.js';
import type { Attribute, Plan, Selection } from './types.js';
import type { PlanContext } from './context.js';

// Words that set things against each other, when the target is not a comparison already.
const SET_AGAINST =
  / (?:vs|versus|compare|compared|comparing|comparison|against|differ|differs|differed|difference|differences|overlap|overlapped|in common|same|side by side) /;

// Something the two share asked ("any overlap?", "in common", "the same"): who sat at both.
const SHARED = / (?:overlap|overlaps|overlapped|overlapping|in common|same|shared|share) /;

// The attribute asked, by its words: a meeting's own fact read for each, in this order of precedence.
const READ: ReadonlyArray<{ words: RegExp; attribute: Attribute }> = [
  {
    words:
      / (?:co ?chairs?|co ?chaired|co ?chairing|chairs|chaired|chairing|chairpersons?|chairmen|chairman|led|leaders?|headed) /,
    attribute: 'chairs',
  },
  {
    words: / (?:where|place|places|venue|venues|location|locations|city|cities|format|formats|mode|modes) /,
    attribute: 'place',
  },
  { words: / (?:when|date|dates|day|days) /, attribute: 'date' },
];
// Two meetings set apart as wholes ("what's the difference between", "how do they differ", "compare"), and the mentions
// such a question holds when it asks about nothing narrower.
const DIFFER = / (?:differ|differs|differed|difference|differences|different|compare|compared|comparing|comparison) /;
const WHOLE: readonly string[] = ['meeting', 'subject'];
// A move over time asked ("did the co-chair change", "how much did the total increase"): trend.ts's or chairs.ts's.
const MOVED =
  / (?:change|changed|changes|grow|grew|growth|increase|increased|increases|rise|rose|fall|fell|drop|dropped|go up|went up|go down|went down|trend|double|doubled) /;
// A count asked of each: the running total reported then, or each meeting's own.
const TOTAL = / (?:totals?|to date|so far|running|cumulative|in all|overall|altogether) /;
const COUNT = / (?:counts?|number|numbers|how many|tally|tallies) /;
const EVERY_MEETING =
  / (?:the (?:four|4)|all (?:the )?(?:four |4 )?|each(?: of the)?|every|the) (?:sci )?(?:jic )?(?:meetings|jics|meeting)\b/;

/**
 * Each meeting's attribute, never their MOU and project counts when something else was asked, nor "which came first".
 * (A yes/no — "did the co-chair change between the 2nd and 3rd?" — is chairs.ts's; a change or trend, trend.ts's.)
 */
export function meetingsCompared({ u, dataset, meetingNums, people }: PlanContext): Plan | undefined {
  // (A change or a person's part across meetings is another reading's: trend.ts, chairs.ts.)
  if (u.target === 'yesno' || people.length || MOVED.test(u.q.text)) return undefined;
  if (u.target !== 'compare' && !SET_AGAINST.test(u.q.text)) return undefined;
  // ("How do the MOU counts at the four JIC meetings compare": every meeting, none named by number.)
  // ("Each meeting's MOUs up to the 3rd vs the total then": a breakdown up to it, compare.ts's — not every meeting.)
  const upTo = meetingNums.length === 1 && u.mentions.some((m) => m.asOf);
  const numbers =
    meetingNums.length < 2 && !upTo && EVERY_MEETING.test(u.q.text)
      ? dataset.meetings.filter((m) => m.number > 0).map((m) => m.number)
      : meetingNums;
  if (numbers.length < 2 || new Set(numbers).size !== numbers.length) return undefined;
  // ("Projects to date": a running total, never a date asked.)
  const text = u.q.text.replace(/ to date /g, ' ');
  const read = READ.find((r) => r.words.test(text));
  // ("Singapore's co-chair at the 2nd vs the 3rd": one side's seat at two meetings is chairs.ts's, that seat alone; so is
  // who sat at both, "any overlap?".)
  if (read?.attribute === 'chairs' && numbers.length === 2 && (seatAsked(u) || SHARED.test(text))) return undefined;
  if (read)
    return {
      op: 'each',
      plans: numbers.map((number) => ({
        op: 'read',
        about: { type: 'meeting', number },
        attribute: read.attribute,
      })),
    };
  const select: Selection | undefined = has(u, 'mou') ? 'mous' : has(u, 'project') ? 'projects' : undefined;
  // "What's the difference between the 3rd and 4th JIC meetings?": nothing narrower asked — when and where each was held,
  // their own counts, and the running totals reported after each (never "the same" by their own counts alone, when
  // they differ in date, place and totals).
  // (Nothing else left in the words: "the mayor at the 1st versus the 2nd" asks the mayor, chairs.ts's.)
  const rest = u.rest.replace(
    /\b(?:differ|differs|differed|difference|differences|different|compare|compared|comparing|comparison)\b/g,
    '',
  );
  if (
    !select &&
    numbers.length === 2 &&
    DIFFER.test(text) &&
    !rest.trim() &&
    !u.mentions.some((m) => !WHOLE.includes(m.type))
  )
    return {
      op: 'each',
      plans: [
        ...numbers.map((number): Plan => ({ op: 'read', about: { type: 'meeting', number }, attribute: 'place' })),
        {
          op: 'compare',
          select: 'both',
          sides: numbers.map((n) => ({ meetings: [n] })),
          cumulative: false,
          difference: false,
        },
        // (The running totals only where the sources report one after each: none after the 1st or 2nd.)
        ...(numbers.every((n) => dataset.meetingByNumber(n)?.totals)
          ? [
              {
                op: 'compare',
                select: 'both',
                sides: numbers.map((n) => ({ meetings: [n] })),
                cumulative: true,
                difference: true,
              } satisfies Plan,
            ]
          : []),
      ],
    };
  const cumulative = TOTAL.test(u.q.text);
  // (Each meeting's own count, two or three named, is compare.ts's: which had more, by how many.)
  if (!select || (!cumulative && (!COUNT.test(u.q.text) || numbers === meetingNums))) return undefined;
  // (Both kinds asked — "project and MOU totals after the 3rd and the 4th" — each meeting's two counts.)
  const both = cumulative && has(u, 'mou') && has(u, 'project');
  return {
    op: 'each',
    plans: numbers.map((n) => ({
      op: 'count',
      select: both ? 'mous' : select,
      filter: { meetings: [n] },
      cumulative,
      before: false,
      ...(both ? { both: true } : {}),
    })),
  };
}

// A running total asked in words no sum of meetings fits: "totals" (one for each), "to date", "so far", "running".
const RUNNING = / (?:totals|to date|so far|running|cumulative|at that point|by then|by that point|at the time) /;
// A yes/no asked as one ("was the total 29 by then?"): the claim's, never a total read out.
const ASKS_YES_NO = /^ (?:is|was|were|are|did|does|do|has|have|had) /;
// What came in between or how far apart ("how many were added between the 3rd and 4th, going by the totals"): a
// difference, another reading's.
const APART = / (?:between|added|difference|gap|more|fewer|less|since|from) /;

/**
 * Running totals asked at the meetings named, not set against each other ("MOU totals at the 3rd and 4th JIC",
 * "projects to date after the 3rd and after the 4th", "total projects by the 3rd and by the 4th", "3rd JIC: total
 * projects and MOUs at that point?"): each meeting's totals then, both kinds if both are asked — never the meetings'
 * own counts added up, which came first, or the meeting's card.
 */
export function runningTotalsAt({ u, meetingNums }: PlanContext): Plan | undefined {
  const numbers = [...new Set(meetingNums)];
  const t = u.q.text;
  if (!numbers.length || !TOTAL.test(t) || MOVED.test(t) || APART.test(t) || ASKS_YES_NO.test(t)) return undefined;
  if (u.mentions.some((m) => !['meeting', 'subject', 'number'].includes(m.type))) return undefined;
  const mous = has(u, 'mou');
  const projects = has(u, 'project');
  if (!mous && !projects) return undefined;
  // (One meeting's total asked as a count is the count reading's; several, each one's when no sum fits the words.)
  const meetings = u.mentions.filter((m) => m.type === 'meeting');
  const eachAfter = meetings.every(
    (m) => /^(?:after|by) /.test(m.words) || / (?:after|by) (?:the )?$/.test(u.q.text.slice(0, m.start)),
  );
  if (numbers.length === 1 ? u.target === 'count' || !RUNNING.test(u.q.text) : !RUNNING.test(u.q.text) && !eachAfter)
    return undefined;
  const plans: Plan[] = numbers.map((n) => ({
    op: 'count',
    select: mous ? 'mous' : 'projects',
    filter: { meetings: [n] },
    cumulative: true,
    before: false,
    ...(mous && projects ? { both: true } : {}),
  }));
  return plans.length === 1 ? plans[0] : { op: 'each', plans };
}

// How much something changed ("by how much", "how much did … grow", "the increase in"; the Chinese gloss's "total
// increase how many"): a difference asked.
const HOW_MUCH = / (?:by )?how (?:much|many) /;
const CHANGED =
  / (?:grow|grew|grown|growth|increase|increased|increases|rise|rose|risen|go up|went up|gone up|jump|jumped|climb|climbed|change|changed|add|added) /;
const DIFFERENCE =
  / (?:difference|differences|gap|increase|increases|growth|rise|jump|change|changes) (?:in|of|between) /;
// The running totals, not one meeting's own count: "the totals", "total MOUs", "in total", "overall".
const RUNNING_TOTAL = / (?:totals?|running|cumulative|in all|overall|altogether|to date|so far) /;

/**
 * "By how much did the totals go up between the 3rd and 4th JIC?", "how much did the totals grow from the 3rd to the
 * 4th?": the running totals reported at the earlier and the later meeting, and the difference between them, both kinds
 * — never the two meetings' own counts added up, nor "totals" read as a name no source gives.
 */
export function totalsChanged({ u, dataset, meetingNums, orgs, people }: PlanContext): Plan | undefined {
  const t = u.q.text;
  if (u.target === 'yesno' || !RUNNING_TOTAL.test(t)) return undefined;
  if (!DIFFERENCE.test(t) && !(HOW_MUCH.test(t) && CHANGED.test(t))) return undefined;
  if (orgs.length || people.length) return undefined;
  if (u.mentions.some((m) => !['meeting', 'subject', 'number'].includes(m.type))) return undefined;
  const named = [...new Set(meetingNums)].sort((a, b) => a - b);
  // ("By how many did the MOU total rise at the 4th JIC?", 累计数在第四次会议上涨了几份: one meeting's change is from the
  // meeting before it — never the total then read as the rise. The first meeting has none before: its total's reading.)
  const only = named.length === 1 ? named[0] : undefined;
  const before = only ? dataset.meetings.filter((m) => m.number > 0 && m.number < only).map((m) => m.number) : [];
  const numbers = only && before.length ? [Math.max(...before), only] : named;
  if (numbers.length !== 2) return undefined;
  if (only) {
    // (What came in between, each kind asked — both when neither or both are named: "how much did the totals rise".)
    const between: [number, number] = [numbers[0] ?? only, only];
    const kinds: Selection[] =
      has(u, 'mou') === has(u, 'project') ? ['mous', 'projects'] : has(u, 'mou') ? ['mous'] : ['projects'];
    const plans: Plan[] = kinds.map((select) => ({
      op: 'count',
      select,
      filter: { meetings: [only] },
      cumulative: false,
      before: false,
      between,
    }));
    return plans.length === 1 ? plans[0] : { op: 'each', plans };
  }
  // (One kind asked — "how many MOUs were added between …, going by the totals" — is the comparison's own reading.)
  if (has(u, 'mou') !== has(u, 'project')) return undefined;
  return {
    op: 'compare',
    select: 'both',
    sides: numbers.map((n) => ({ meetings: [n] })),
    cumulative: true,
    difference: true,
  };
}
