// Readings about the SCI and its committee themselves: how often the JIC meets, what the JIC is, the names in
// Chinese, whether the SCI is still active, and the markets its aim names.
import { mentionsOf } from '../understand.js';
import type { Plan } from './types.js';
import type { PlanContext } from './context.js';
import { demoZoneId, has } from './common.js';

/** "How often does the JIC meet?", "do they meet every year?": the dates it met; the sources state no schedule. */
export function howOften({ u, meetingNums, orgs }: PlanContext): Plan | undefined {
  if (
    !meetingNums.length &&
    !orgs.length &&
    / (?:meet|meets|met|meeting|meetings|jic|convene|convenes) /.test(u.q.text) &&
    / how (?:often|frequently|regularly) | (?:meet|meets|met|held|convene|convenes) (?:every year|annually|yearly|each year|once a year|regularly) /.test(
      u.q.text,
    )
  )
    return { op: 'read', about: { type: 'committee' }, attribute: 'about' };
  return undefined;
}

/** "What is the JIC called in Chinese?": the names the sources print, whatever the target. */
export function namesInChinese({ u, dataset, about }: PlanContext): Plan | undefined {
  if (
    !/ (?:chinese|mandarin) (?:name|names|title|characters)| (?:name|names|title) in (?:chinese|mandarin) | (?:called|say|write|written|named|spelt|spelled)(?: [a-z]+){0,3} in (?:chinese|mandarin) /.test(
      u.q.text,
    )
  )
    return undefined;
  const named =
    (about?.type === 'record' && about.id === demoZoneId(dataset)) || (has(u, 'demozone') && !about)
      ? ({ type: 'demozone' } as const)
      : (about ??
        (/ (?:jic|committee) /.test(u.q.text) ? ({ type: 'committee' } as const) : ({ type: 'initiative' } as const)));
  return { op: 'names', about: named };
}

/** "What is the JIC?", "what does the joint implementation committee do?": the committee itself, not its meetings. */
export function committeeItself({ u, meetingNums }: PlanContext): Plan | undefined {
  if (
    u.target === 'what' &&
    !u.flags.chairing &&
    / (?:jic|committee) /.test(u.q.text) &&
    !/\b(?:JICs|meetings?|mtgs?)\b/i.test(u.q.raw) &&
    !meetingNums.length &&
    !u.mentions.some((m) => !['subject', 'initiative'].includes(m.type))
  )
    return { op: 'read', about: { type: 'committee' }, attribute: 'about' };
  return undefined;
}

// What the SCI has come to ("what's come out of the SCI so far", "its achievements", "results to date"): done, not aimed
// at ("what does the SCI aim to achieve" asks its aim).
const OUTPUT =
  / (?:come out of|came out of|comes out of|achieved|achievements?|accomplished|accomplishments?|produced|delivered|results?|outputs?|yielded|track record) /;

/** What the SCI has produced overall: the running totals the sources report, never its profile or launch date. */
export function initiativeOutput({ u, meetingNums }: PlanContext): Plan | undefined {
  // (Chinese 成果 reads as the outcomes the sources name meeting by meeting: the gloss keeps that reading.)
  if (u.q.glossed || !mentionsOf(u, 'initiative').length || meetingNums.length || u.subjects.length) return undefined;
  if (!OUTPUT.test(u.q.text)) return undefined;
  if (!['what', 'list', 'when'].includes(u.target) || u.mentions.some((m) => m.type !== 'initiative')) return undefined;
  return { op: 'count', select: 'mous', filter: {}, cumulative: true, before: false, both: true };
}

/** "Is the SCI still active?": the sources record dates, not the present — the latest they record. */
export function initiativeStatus({ u, meetingNums }: PlanContext): Plan | undefined {
  if (
    mentionsOf(u, 'initiative').length &&
    !meetingNums.length &&
    (/ (?:still|active|ongoing|going on|still going|alive|continuing|continue|over|ended|finished|dead) /.test(
      u.q.text,
    ) ||
      / (?:how long|how many years|how old) /.test(u.q.text))
  )
    return { op: 'read', about: { type: 'initiative' }, attribute: 'status' };
  return undefined;
}

/**
 * "Where does the SCI want Singapore firms to tap the Chinese market?", "which market do SG firms get access to under
 * the SCI?": the markets the initiative's stated aim names, never a list of partners from a country.
 */
export function initiativeMarkets({ u, orgs, meetingNums }: PlanContext): Plan | undefined {
  if (
    (u.target === 'where' ||
      / (?:which|what) (?:[a-z]+ ){0,2}(?:markets?|regions?|areas?|countries) /.test(u.q.text)) &&
    / (?:markets?|tap|expand|enter|access|go into|break into|reach|bring|regions?|go|goes|going|head|move) /.test(
      u.q.text,
    ) &&
    // ("Where will Chinese companies go via Singapore?": the route the SCI's aim names, though it names no SCI.)
    (mentionsOf(u, 'initiative').length ||
      / (?:sci|initiative) /.test(u.q.text) ||
      / (?:via|through|by way of) (?:singapore|shenzhen) /.test(u.q.text)) &&
    !orgs.length &&
    !meetingNums.length
  )
    return { op: 'read', about: { type: 'initiative' }, attribute: 'about' };
  return undefined;
}

// Asked where the sources disagree, whatever is asked of ("do the sources disagree on anything", "any discrepancies
// between the reports?").
const DIFFER =
  / (?:disagree|disagrees|disagreed|differ|differs|differed|conflict|conflicts|contradict|contradicts|inconsistent|discrepancy|discrepancies|disagreements?|inconsistenc(?:y|ies)|contradictions?|mismatch(?:es)?) /;

/**
 * "Do the sources disagree on anything?": each place they do, by what the data holds as more than one reading — a
 * meeting's co-chairs named differently, the per-meeting MOU counts against the total, a meeting's date as a release
 * gives it, what the zone's companies signed — each answered as its own question would be.
 */
export function sourcesDiffer({ u, dataset, meetingNums, orgs }: PlanContext): Plan | undefined {
  if (!DIFFER.test(u.q.text) || orgs.length || u.mentions.some((m) => m.type === 'person')) return undefined;
  // ("Do the sources disagree about who co-chaired the 4th JIC?": that meeting's co-chairs, each reading.)
  const [one] = meetingNums;
  if (meetingNums.length === 1 && one !== undefined && u.flags.chairing)
    return { op: 'read', about: { type: 'meeting', number: one }, attribute: 'chairs' };
  if (meetingNums.length) return undefined;
  if (!/ (?:sources?|reports?|articles?|documents?|publications?|they|press|news|releases?) /.test(u.q.text))
    return undefined;
  const plans: Plan[] = [];
  for (const m of dataset.meetings) {
    if (m.people.length > 1)
      plans.push({ op: 'read', about: { type: 'meeting', number: m.number }, attribute: 'chairs' });
    // (A date note that says when a release puts the meeting: "says the meeting was held 'today'".)
    if (/\bheld\b/.test(m.date.note ?? ''))
      plans.push({ op: 'read', about: { type: 'meeting', number: m.number }, attribute: 'date' });
  }
  plans.push({ op: 'count', select: 'mous', filter: {}, cumulative: true, before: false, addsUp: true });
  if (dataset.meetings.some((m) => m.demoZone?.companies))
    plans.push({ op: 'count', select: 'demozone-companies', filter: {}, cumulative: false, before: false });
  return { op: 'each', plans };
}
