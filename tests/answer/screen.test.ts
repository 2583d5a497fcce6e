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

// "What happened at the 3rd JIC?" was a whole card in the answer (~1,400 characters); two partners' two records were
// both descriptions in one sentence (~1,000). A simple question's answer now fits one phone screen: the answer first in
// a few lines, the rest one click away.
const SCREEN = 800;

describe('a simple question is answered within one phone screen', () => {
  it.each([
    'what went on at the 2nd jic?',
    'what came out of the first meeting?',
    'summarise JIC 4',
    'what happened in 2022?',
  ])('"%s": the counts, three outcomes, and how many more the meeting card holds', (q) => {
    const text = answerText(answerQuestion(q, deps));
    expect(text.length).toBeLessThanOrEqual(SCREEN);
    expect(text).toMatch(/MOUs? (?:was|were) signed/);
    expect(text.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(3);
    expect(text).toMatch(/… and \d+ more on the meeting's card \(below\)$/);
    // (The card is one click away.)
    expect(opened(q).some((x) => /meeting/.test(x))).toBe(true);
  });

  it.each(['did Keppel and PKU sign anything together?', 'has quikbot signed with guardforce'])(
    '"%s": two records of two partners, one line each under the answer',
    (q) => {
      const text = answerText(answerQuestion(q, deps));
      expect(text.length).toBeLessThanOrEqual(SCREEN);
      expect(text).toMatch(/^(?:Yes: )?Two records on file, an MOU and a joint project/);
      expect(text).toMatch(/\n• the MOU .*\n• the project /);
    },
  );

  it('in Chinese too: a meeting overview keeps three outcomes and says how many more', () => {
    const text = answerText(answerQuestion('第二次会议发生了什么？', deps, [], 'zh-CN'));
    expect(text.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(3);
    expect(text).toMatch(/……另有 \d+ 项$/);
  });
});
