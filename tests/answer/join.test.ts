import { describe, expect, it } from 'vitest';
import { testDeps } from '../helpers.js';
import { replyLimitViolations } from '../../src/cards/limits.js';
import { answerQuestion } from '../../src/answer/index.js';
import { joinAnswers } from '../../src/answer/say/join.js';
import type { Said } from '../../src/answer/say.js';
import { answerText } from './evaluate.js';

const deps = testDeps();

const said = (sentence: string, lines: number, refs: string[], sources: string[] = []): Said => ({
  sentence,
  lines: Array.from({ length: lines }, (_, i) => `• ${sentence} line ${i + 1}`),
  refs: refs.map((id) => ({ kind: 'mou' as const, id })),
  sources,
});

/** The buttons' and the select's record ids, in the order shown. */
const opened = (q: string): string[] =>
  JSON.stringify(answerQuestion(q, deps).components ?? [])
    .match(/"custom_id":"[^"]*"|"value":"[^"]*"/g)
    ?.map((x) => x.replace(/^"(?:custom_id|value)":"|"$/g, '')) ?? [];

describe('several answers in one reply: one rule (say/join.ts)', () => {
  it('puts each answer on its own line, its sentence first, in the order asked', () => {
    const j = joinAnswers([said('A.', 0, []), said('B.', 0, []), said('C.', 0, [])]);
    expect(j.sentence).toBe('A.\nB.\nC.');
    // (Through the pipeline: two meetings asked where, one line each.)
    expect(answerText(answerQuestion('where were the 3rd and 4th jic meetings', deps)).split('\n')).toEqual([
      expect.stringMatching(/^The 3rd JIC meeting .*video link/),
      expect.stringMatching(/^The 4th JIC meeting .*Shenzhen/),
    ]);
  });

  it('shares six lines evenly under the sentences and says how many more each had', () => {
    const two = joinAnswers([said('A.', 5, []), said('B.', 1, [])]).sentence.split('\n');
    expect(two).toEqual(['A.', '• A. line 1', '• A. line 2', '• A. line 3', '… and 2 more', 'B.', '• B. line 1']);
    const three = joinAnswers([said('A.', 3, []), said('B.', 3, []), said('C.', 3, [])], 'zh-CN').sentence;
    expect(three.split('\n').filter((l) => l.startsWith('•'))).toHaveLength(6);
    expect(three).not.toMatch(/… and \d+ more/);
  });

  it("keeps every answer's records one click away, each one's first record first, and its sources likewise", () => {
    const j = joinAnswers([said('A.', 0, ['a1', 'a2', 'a3'], ['s1', 's2']), said('B.', 0, ['b1', 'a1'], ['s3'])]);
    expect(j.refs.map((r) => r.id)).toEqual(['a1', 'b1', 'a2', 'a3']);
    expect(j.sources).toEqual(['s1', 's3', 's2']);
    // Two questions in one message: the second answer's record is among those offered, whatever the first had.
    const ids = opened('which MOUs were signed at the 4th JIC? what did DataPost sign?');
    expect(ids.some((x) => /datapost/i.test(x))).toBe(true);
  });

  it('is ephemeral only when every answer is, and stays within Discord limits', () => {
    expect(joinAnswers([{ ...said('A.', 0, []), ephemeral: true }, said('B.', 0, [])]).ephemeral).toBeUndefined();
    expect(
      joinAnswers([
        { ...said('A.', 0, []), ephemeral: true },
        { ...said('B.', 0, []), ephemeral: true },
      ]).ephemeral,
    ).toBe(true);
    const reply = answerQuestion('what happened at the 1st and 2nd JIC? who chaired the 3rd? what is TusStar?', deps);
    expect(replyLimitViolations(reply)).toEqual([]);
  });
});
