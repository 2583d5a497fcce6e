import type { Answer, AnswerContext } from './answer.js';
import { meetingLabel } from './format.js';
import type { Question } from './question.js';

/**
 * What the sources never state, by how people ask for it. A question that matches gets an honest
 * "the sources don't say" and what they do cover — never a guess.
 */
export const NOT_IN_SOURCES: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  { pattern: /\b(?:how much|money|budget|budgets|dollars?|sgd|usd|rmb|yuan|s\$|funding amount|amount invested|investment amount|invested|cost|costs|price|spent|spend|spending|value of|worth|valuation|revenue|profit)\b/, what: 'how much money was invested, spent or earned' },
  { pattern: /\b(?:jobs?|employment|employees|employ|staff|hires?|hiring|workers|headcount)\b/, what: 'how many jobs were created or people employed' },
  { pattern: /\b(?:next|upcoming|future|coming|planned) (?:sci )?(?:jic|meeting)\b|\bwhen (?:is|will) the next\b/, what: 'when or where the next JIC meeting will be' },
  { pattern: /\b(?:results?|outcomes?|impact|succeeded|progress|status|completed|finished|achieved)\b.*\b(?:projects?|mou|sci|initiative)\b|\b(?:projects?|mou)\b.*\b(?:results?|impact|status|completed|finished|succeeded)\b/, what: 'what the projects and MOUs have achieved since they were announced' },
  { pattern: /\b(?:email|phone|contact|address|website|url)\b/, what: 'contact details' },
  { pattern: /\b(?:weather|stock|share price|population|gdp)\b/, what: 'that (it is not about the initiative)' },
];

export function notInSources(q: Question): string | undefined {
  return NOT_IN_SOURCES.find((row) => row.pattern.test(q.text))?.what;
}

/** The honest answer: what the sources don't say, then what they do cover. */
export function answerNotInSources(ctx: AnswerContext): Answer {
  const what = notInSources(ctx.q) ?? 'that';
  const { dataset } = ctx.deps;
  const lt = dataset.figures.latestTotals;
  return {
    sentence: `The sources don't say ${what}.`,
    lines: [
      `They cover who signed which MOU, the joint projects and their partners, how many projects and MOUs were reported${lt ? ` (${lt.projects} projects and ${lt.mous} MOUs as of ${meetingLabel(lt.meeting)})` : ''}, and when and where each JIC meeting was held and who co-chaired it.`,
      `The latest meeting on file is ${meetingLabel(dataset.latestMeeting)}.`,
    ],
    embeds: [],
  };
}
