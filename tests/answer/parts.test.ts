import { describe, expect, it } from 'vitest';
import { testDeps } from '../helpers.js';
import { replyLimitViolations } from '../../src/cards/limits.js';
import { answerQuestion, plan, trace, understand } from '../../src/answer/index.js';
import { partsOf } from '../../src/answer/parts.js';
import { answerText } from './evaluate.js';

const deps = testDeps();
const partsFor = (q: string) => {
  const u = understand(q, deps);
  return partsOf(u, () => plan(u, deps.dataset), deps, q);
};

describe('parts: two things in one question, each asked on its own', () => {
  it('splits two things of one type in one slot, keeping the rest of the words', () => {
    // ("What are the Hashmeta and Momentum Works projects" is one question: the planner lists each one's records.)
    expect(partsFor('who are the hashmeta and momentum works partners')).toEqual([
      'who are the hashmeta partners',
      'who are the momentum works partners',
    ]);
    // A meeting's head word said once serves both ("the 2nd and 3rd JIC").
    expect(partsFor('where were the founding mou and the 3rd jic held')).toEqual([
      'where were the founding mou held',
      'where were the 3rd jic held',
    ]);
  });

  it('splits two questions joined by "and", the pronoun read as the thing the first names', () => {
    expect(partsFor('who chaired the 2nd jic and in which city was it held')).toEqual([
      'who chaired the 2nd jic',
      'in which city was the 2nd jic held',
    ]);
    expect(partsFor('where was the 4th jic held and how many mous were signed there')).toEqual([
      'where was the 4th jic held',
      'how many mous were signed at the 4th jic',
    ]);
    // "It" after a signing is what was signed.
    expect(partsFor('who did quikbot sign with and what is it for')?.[1]).toBe('what is the quikbot mou for');
  });

  it('keeps one question where the two are asked together, joined by a record, or named with nothing asked', () => {
    for (const q of [
      'did hashmeta and ee music sign an mou together',
      'what did datapost and kingdee sign',
      'what do keppel and ncs have in common',
      'compare the 2nd and 3rd jic',
      'how many mous were signed at the 1st and 2nd jic',
      'NCS and DataPost',
      'which mous were signed at the 2nd and 4th jic',
      'how many mous and how many projects at the 4th jic',
      // (A meeting's named outcome joins its parties as a record does.)
      'what became of the simc and scia partnership',
    ])
      expect(partsFor(q), q).toBeUndefined();
  });

  it('answers each part with the sentence it gets alone, in turn', () => {
    const alone = ['who are the hashmeta partners', 'who are the momentum works partners'].map((q) =>
      answerText(answerQuestion(q, deps)),
    );
    const both = answerText(answerQuestion('who are the hashmeta and momentum works partners', deps));
    expect(both).toBe(alone.join('\n'));
    expect(trace('who are the hashmeta and momentum works partners', deps).parts).toHaveLength(2);
  });

  it('says the joined reply in Chinese, and keeps every reply within Discord limits', () => {
    const zh = answerText(answerQuestion('谁共同主持了第二次会议，在哪里举行？', deps, [], 'zh-CN'));
    expect(zh).toMatch(/共同主持/);
    expect(zh).toMatch(/\n.*视频/);
    for (const q of [
      'what are the nus, suss and ntu projects',
      'what do hashmeta, ee music and quikbot do',
      'who are the partners of keppel and ncs and what did they sign',
    ]) {
      const reply = answerQuestion(q, deps);
      expect(replyLimitViolations(reply), q).toEqual([]);
      expect((reply.content ?? '').length).toBeLessThanOrEqual(2000);
    }
  });
});
