import { describe, expect, it } from 'vitest';
import { testDeps } from '../helpers.js';
import { replyLimitViolations } from '../../src/cards/limits.js';
import { QUESTIONS } from './questions.js';
import { describeMiss, judge } from './evaluate.js';

const THRESHOLD = 0.9;

describe('answers to questions in words', () => {
  const deps = testDeps();
  const verdicts = QUESTIONS.map((c) => judge(c, deps));

  it('has at least 80 questions, covering every kind', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(80);
    const kinds = new Set(QUESTIONS.map((c) => c.kind));
    for (const k of ['count', 'whoSigned', 'about', 'involve', 'meeting', 'initiative', 'notInSources']) expect(kinds).toContain(k);
  });

  it(`answers at least ${THRESHOLD * 100}% with the facts the sources give`, () => {
    const misses = verdicts.filter((v) => !v.ok);
    const accuracy = (verdicts.length - misses.length) / verdicts.length;
    const report = `${verdicts.length - misses.length}/${verdicts.length} answered; misses:\n${misses.map(describeMiss).join('\n')}`;
    expect(accuracy, report).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('fits every answer within Discord limits, never pinging', () => {
    for (const v of verdicts) expect(replyLimitViolations(v.reply), v.case.q).toEqual([]);
  });
});
