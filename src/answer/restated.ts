// Numbers restated in a question before it asks ("If 43 projects were started and 14 came at the 4th meeting, how many
// existed before the 3rd?", "given 29 MOUs in total and 8 at the 4th, how many were signed before it?"): each number is
// checked against the sources — a total to date, a total by a meeting, a meeting's new ones — and one they don't give is
// corrected ("the sources give 43 projects in total, not 50"); then the question after it is answered alone, its bare
// "how many" counting what the numbers count. Read whole, the numbers derailed the question ("14 projects were launched
// at the 4th, 1st and 2nd JIC meetings together": FALSE) or were left standing.
import type { Dataset, Meeting } from '../dataset/index.js';
import { formatDate, joinList } from './format.js';
import { notWhatSourcesSay } from './say/common.js';

// "If / given (that) / with / assuming / suppose … <numbers>, <question>": the clause up to its comma.
const FRAME =
  /^\s*(?:if|given(?: that)?|with|assuming(?: that)?|suppos(?:e|ing)(?: that)?|knowing(?: that)?|say)\s+([^,;?]{3,200}?)\s*[,;]\s*(?:then\s+)?(\S.{3,300})$/i;
// A count in the clause (never a year), with what it counts where it says.
const COUNT =
  /\b(\d{1,3})\b(?!\s*(?:st|nd|rd|th)\b)(?:\s+(?:new\s+|joint\s+)?(projects?|mous?|memorand\w*|agreements?))?/i;
const ORD = '(1st|2nd|3rd|4th|first|second|third|fourth)';
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
// A meeting's own new ones ("at the 4th", "came at the 4th meeting"); a total by a meeting ("by the 3rd", "after the
// 3rd"); a total to date ("in total", "in all", "were started", "so far").
const AT = new RegExp(`\\b(?:at|in|during|from)\\s+(?:the\\s+)?${ORD}\\b`, 'i');
const BY = new RegExp(`\\b(?:by|after|as of|up to|until|through)\\s+(?:the\\s+)?${ORD}\\b`, 'i');
const TOTAL =
  /\b(?:in total|in all|total|altogether|overall|to date|so far|all told|were (?:started|launched|initiated|signed)|(?:have|had) been (?:started|launched|initiated|signed))\b/i;

const THEN = /\b(?:by then|by that (?:time|point|meeting)|then|by that one)\b/i;

type Unit = 'projects' | 'mous';
interface Restated {
  value: number;
  unit: Unit;
  scope: { at: number } | { by: number } | 'total';
}

/** A cheap first test on the question as typed: an "if/given/with/assuming" frame with a digit in it. */
export const mayRestate = (raw: string) => /^\s*(?:if|given|with|assuming|suppos|knowing|say)\b[^,;?]*\d/i.test(raw);

const unitOf = (w: string | undefined): Unit | undefined => (!w ? undefined : /^proj/i.test(w) ? 'projects' : 'mous');
const ordinal = (w: string) => ORDINALS[w.toLowerCase()] ?? Number.parseInt(w, 10);

/** The numbers a frame restates and the question after it; undefined where it restates none. */
export function restatedIn(raw: string): { numbers: Restated[]; rest: string } | undefined {
  const m = FRAME.exec(raw);
  if (!m?.[1] || !m[2]) return undefined;
  const rest = m[2];
  // (What a bare count counts, where the clause never says: the question's own word — "how many MOUs …".)
  let unit = unitOf(/\b(projects?|mous?)\b/i.exec(rest)?.[1]);
  const parts = m[1].split(/\s*(?:,|\band\b|;)\s*/i);
  const numbers: Restated[] = [];
  for (const part of parts) {
    const c = COUNT.exec(part);
    if (!c?.[1]) continue;
    unit = unitOf(c[2]) ?? unit;
    const at = AT.exec(part)?.[1];
    const by = BY.exec(part)?.[1];
    // ("…14 at the 3rd meeting and 29 by then": "then" is the meeting named before it.)
    const before = numbers[numbers.length - 1]?.scope;
    const then = THEN.test(part) && before && before !== 'total' ? ('at' in before ? before.at : before.by) : undefined;
    const scope = at
      ? { at: ordinal(at) }
      : by
        ? { by: ordinal(by) }
        : then
          ? { by: then }
          : TOTAL.test(part)
            ? ('total' as const)
            : undefined;
    // (A number whose scope the clause doesn't say is neither checked nor affirmed: the question is still answered.)
    if (!scope || !unit) continue;
    numbers.push({ value: Number(c[1]), unit, scope });
  }
  if (!numbers.length) return undefined;
  const counted = numbers[numbers.length - 1]?.unit ?? 'projects';
  // ("…and 14 at the 4th, how many came before it?": "it" is the last meeting the numbers name.)
  const last = [...numbers].reverse().find((x) => x.scope !== 'total')?.scope;
  const meeting = last && last !== 'total' ? ('at' in last ? last.at : last.by) : undefined;
  return { numbers, rest: askedOf(rest, counted, meeting) };
}

/** The question after the frame: a bare "how many" counts what the numbers count; a bare ordinal is a JIC meeting. */
function askedOf(rest: string, unit: Unit, meeting: number | undefined): string {
  const word = unit === 'projects' ? 'projects' : 'MOUs';
  const it = meeting ? ['', '1st', '2nd', '3rd', '4th'][meeting] : undefined;
  // ("How many came before the 3rd?" after a count: how many there were before it, never the meeting before it.)
  const asked = rest.replace(/\b(?:came|come|were launched|got launched|were started) before\b/i, 'were there before');
  return (
    it
      ? asked
          .replace(/\b(before|after|since|until|by|at)\s+(?:it|that|that one|then)\b/i, `$1 the ${it} JIC`)
          .replace(/\b(?:it|that meeting|that one)\b/i, `the ${it} JIC`)
      : asked
  )
    .replace(
      /\bhow many\b(?!\s+(?:new\s+|joint\s+)?(?:projects?|mous?|memorand|agreements?|meetings?|jics?|partners?))/i,
      `how many ${word}`,
    )
    .replace(new RegExp(`\\b(the\\s+${ORD})\\b(?!\\s+(?:jic|meeting|sci|committee|one))`, 'i'), '$1 JIC');
}

const unitWords = (unit: Unit, n: number) =>
  unit === 'projects' ? `project${n === 1 ? '' : 's'}` : `MOU${n === 1 ? '' : 's'}`;

/**
 * Each number the sources give otherwise, said as theirs ("the sources give 43 projects in total, not 50"); empty where
 * every number agrees. A count the sources don't give is said so.
 */
export function restatedWrong(numbers: readonly Restated[], dataset: Dataset): { words: string[]; sources: string[] } {
  const words: string[] = [];
  const sources: string[] = [];
  const meeting = (n: number): Meeting | undefined => dataset.meetingByNumber(n);
  for (const x of numbers) {
    const u = unitWords(x.unit, 2);
    if (x.scope === 'total') {
      const t = dataset.figures.latestTotals;
      const value = t ? (x.unit === 'projects' ? t.projects : t.mous) : undefined;
      if (!t || value === undefined || value === x.value) continue;
      words.push(`the sources give ${value} ${u} in total (reported after the ${t.meeting.name}), not ${x.value}`);
      sources.push(...(t.meeting.totals?.sources ?? []));
    } else if ('at' in x.scope) {
      const m = meeting(x.scope.at);
      if (!m) continue;
      const field = x.unit === 'projects' ? m.newProjects : m.newMous;
      if (field.value === x.value) continue;
      words.push(
        field.value === null
          ? `the sources give no count of the ${u} of the ${m.name}`
          : `${field.value} ${unitWords(x.unit, field.value)} ${x.unit === 'projects' ? 'were launched' : 'were signed'} at the ${m.name} (${formatDate(m.date.value)}), not ${x.value}`,
      );
      sources.push(...field.sources);
    } else {
      const m = meeting(x.scope.by);
      if (!m) continue;
      const value = m.totals ? (x.unit === 'projects' ? m.totals.projects : m.totals.mous) : undefined;
      if (value === x.value) continue;
      words.push(
        value === undefined || value === null
          ? `the sources report no total of ${u} by the ${m.name}`
          : `the sources give ${value} ${u} in total by the ${m.name}, not ${x.value}`,
      );
      sources.push(...(m.totals?.sources ?? []));
    }
  }
  return { words, sources: [...new Set(sources)] };
}

/** The correction that leads the answer: "That isn't what the sources say: …." */
export const sayRestated = (words: readonly string[]) => notWhatSourcesSay(`${joinList([...words])}.`);
