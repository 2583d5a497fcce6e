import type { Answerer } from './answer.js';
import { answerAbout } from './about.js';
import { answerCount } from './counts.js';
import type { Entities } from './entities.js';
import { answerInvolve } from './lists.js';
import { answerBegan, answerCoChairs, answerPeople, answerPillars, answerWhen, answerWhere } from './meetings.js';
import type { Question } from './question.js';
import { answerWhoSigned } from './signed.js';
import { answerNotInSources, notInSources } from './unanswerable.js';

export type Intent = 'notInSources' | 'people' | 'count' | 'coChairs' | 'began' | 'when' | 'where' | 'pillars' | 'whoSigned' | 'involve' | 'about';

/**
 * What a question asks, as a table: each row adds its weight when its pattern matches the
 * question's normal form (and its condition on the entities holds). The intent with the highest
 * total wins; ties go to the row listed first. No row matching: `about` (the card of the record
 * named) or the closest records.
 */
export interface IntentRule {
  intent: Intent;
  pattern: RegExp;
  weight: number;
  when?: (e: Entities) => boolean;
}

const noMeetingNamed = (e: Entities) => !e.meeting || (e.meeting.found && e.meeting.meeting.number === 0);

export const INTENT_RULES: readonly IntentRule[] = [
  { intent: 'count', pattern: /\bhow many\b/, weight: 6 },
  { intent: 'people', pattern: /\b(?:who|what|tell|role|position|title)\b/, weight: 4, when: (e) => e.people.length > 0 && !e.meeting },
  { intent: 'count', pattern: /\b(?:number of|count|tally)\b/, weight: 3 },
  { intent: 'count', pattern: /\b(?:in total|total|so far|to date|altogether)\b/, weight: 1 },
  { intent: 'count', pattern: /\b(?:per|by|each|every) (?:pillar|group)\b/, weight: 4 },
  { intent: 'coChairs', pattern: /\bcochair\w*\b/, weight: 7 },
  { intent: 'coChairs', pattern: /\bchair(?:ed|s|ing|man|person)?\b/, weight: 6 },
  { intent: 'coChairs', pattern: /\bwho (?:led|leads|lead|headed|heads|presided|hosted)\b/, weight: 5 },
  { intent: 'began', pattern: /\b(?:begin|began|begun|start|started|starts|launch|launched|founded|founding|inception|kick(?:ed)? off|created|established)\b/, weight: 5, when: noMeetingNamed },
  { intent: 'began', pattern: /\bhow old\b|\bsince when\b/, weight: 5 },
  { intent: 'when', pattern: /\bwhen\b/, weight: 4 },
  { intent: 'when', pattern: /\b(?:what|which) (?:date|day|year|month)\b|\bdate\b/, weight: 3 },
  { intent: 'where', pattern: /\bwhere\b/, weight: 4 },
  { intent: 'where', pattern: /\b(?:venue|location|what city|which city|held in|virtual|virtually|online|in person)\b/, weight: 3 },
  { intent: 'pillars', pattern: /\bpillars?\b/, weight: 5, when: (e) => !e.group && !e.subjects.has('mou') && !e.subjects.has('project') },
  { intent: 'pillars', pattern: /\b(?:focus areas?|core areas?|priorities|key areas)\b/, weight: 4, when: (e) => !e.subjects.has('mou') && !e.subjects.has('project') },
  { intent: 'whoSigned', pattern: /\bwho\b.*\bsign\w*\b/, weight: 7 },
  { intent: 'whoSigned', pattern: /\b(?:signed with|with whom|signatories|signatory|signers?|parties to|parties of|the parties)\b/, weight: 5 },
  { intent: 'whoSigned', pattern: /\bwho\b.*\b(?:partners?|involved|behind|party|parties|with)\b/, weight: 3 },
  { intent: 'whoSigned', pattern: /\bwhich (?:partners|companies|organi[sz]ations|universities|firms|institutions|parties)\b/, weight: 4 },
  { intent: 'whoSigned', pattern: /\bwho\b/, weight: 1 },
  { intent: 'whoSigned', pattern: /\b(?:partners|companies|organi[sz]ations|universities|firms|parties)\b.*\bsign\w*\b/, weight: 5 },
  { intent: 'whoSigned', pattern: /\b(?:did|has|have)\b.*\bsign\w*\b/, weight: 5 },
  { intent: 'involve', pattern: /\bwhat did\b.*\b(?:sign|join|do)\b/, weight: 7 },
  { intent: 'involve', pattern: /\b(?:which|list|show|any|all|name)\b.*\b(?:projects?|mous?|collaborations?|agreements?|ventures?)\b/, weight: 4 },
  { intent: 'involve', pattern: /\bwhat\b.*\b(?:projects|mous|collaborations|agreements|ventures)\b/, weight: 4 },
  { intent: 'involve', pattern: /\b(?:involv\w*|about|related to|relating to|concerning|on|in|with|featuring|joined|join|part of|from)\b/, weight: 1 },
  { intent: 'about', pattern: /\b(?:what is|what s|whats|what are|what was|tell me|who is|who s|describe|explain|details|info|information|show me|look up|lookup)\b/, weight: 3 },
  { intent: 'about', pattern: /\bwhat happened\b|\bwhat was (?:announced|signed)\b/, weight: 5 },
];

const ANSWERERS: Readonly<Record<Intent, Answerer>> = {
  notInSources: answerNotInSources,
  people: answerPeople,
  count: answerCount,
  coChairs: answerCoChairs,
  began: answerBegan,
  when: answerWhen,
  where: answerWhere,
  pillars: answerPillars,
  whoSigned: answerWhoSigned,
  involve: answerInvolve,
  about: answerAbout,
};

/** Each intent's score for this question, highest first (what the recogniser saw, for tests and bench). */
export function scoreIntents(q: Question, e: Entities): Array<{ intent: Intent; score: number }> {
  const scores = new Map<Intent, number>();
  for (const rule of INTENT_RULES)
    if (rule.pattern.test(q.text) && (!rule.when || rule.when(e))) scores.set(rule.intent, (scores.get(rule.intent) ?? 0) + rule.weight);
  const order = [...new Set(INTENT_RULES.map((r) => r.intent))];
  return [...scores.entries()].map(([intent, score]) => ({ intent, score })).sort((a, b) => b.score - a.score || order.indexOf(a.intent) - order.indexOf(b.intent));
}

/** The intent of a question: what the sources never say comes first, then the best-scoring row. */
export function recogniseIntent(q: Question, e: Entities): Intent {
  if (notInSources(q)) return 'notInSources';
  return scoreIntents(q, e)[0]?.intent ?? 'about';
}

export function answererFor(intent: Intent): Answerer {
  return ANSWERERS[intent];
}
