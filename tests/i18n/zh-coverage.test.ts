// Every reply kind /ask has, asked by a Chinese reader: the English main and never-false questions put
// through the zh-CN locale, so every plan and reply kind the English pipeline builds is reached. The
// answering sentence must be Chinese: English left in it (less record text, names and quotes as the
// sources wrote them: tests/i18n/english-left.ts) means a reply kind fell back to the English sentence.
import { describe, expect, it } from 'vitest';
import { testDeps } from '../helpers.js';
import { trace, render } from '../../src/answer/index.js';
import { QUESTIONS } from '../answer/questions.js';
import { NEVER_FALSE } from '../answer/never-false.js';
import { answerText } from '../answer/evaluate.js';
import { englishLeftInSentence } from './english-left.js';

/**
 * The share of answering sentences a Chinese reader may still get in English: a ceiling just above the
 * share reached, lowered as reply kinds get their Chinese words (never raised to land). A share, with a
 * little room, so an English question another helper adds of a kind not yet in Chinese does not block
 * their landing. 204/820 (24.9%) at the start of session 4; 44/857 (5.1%) after the two-entity, yes/no, order and comparison sentences; 0/868 after quotes,
 * people not in the sources, authors, the zone and the SCI as a whole. The room left (1.5%) is for a new
 * English kind landed by another helper before its Chinese words (0.5% since session 5: ~5 sentences).
 */
// session 5: 2/1095 (0.18%); session 7: 3/1447 (0.21%) — an outcome figure quoted in its source's English, and a typed
// name ("Jack Ma") the check counts; the ceiling lowered from 0.5% to 0.4% (room for ~1 new English kind).
const CEILING = 0.004;

const deps = testDeps('zh-CN');

describe('/ask in Chinese: every reply kind of the English pipeline', () => {
  const asked = [...QUESTIONS, ...NEVER_FALSE].map((c) => {
    const t = trace(c.q, deps, 'zh-CN');
    const sentence = answerText(render(t.said, deps, 'zh-CN'));
    const left = englishLeftInSentence(sentence, deps.dataset, c.q);
    const r = t.result as { op: string; select?: string; attribute?: string };
    return { q: c.q, kind: [r.op, r.select, r.attribute].filter(Boolean).join(':'), sentence, left };
  });

  it(`answers in Chinese: at most ${CEILING * 100}% of sentences left in English`, () => {
    const english = asked.filter((x) => x.left.length);
    const byKind = new Map<string, number>();
    for (const x of english) byKind.set(x.kind, (byKind.get(x.kind) ?? 0) + 1);
    const report = [...byKind]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => {
        const eg = english.find((x) => x.kind === k);
        return `${k} ×${n}: ${eg?.q} ⟶ ${eg?.sentence.slice(0, 120)}`;
      })
      .join('\n');
    expect(
      english.length / asked.length,
      `${english.length}/${asked.length} sentences in English, by reply kind:\n${report}`,
    ).toBeLessThanOrEqual(CEILING);
  });

  it('the check itself: an English sentence is caught, a Chinese one with record names is not', () => {
    expect(englishLeftInSentence('No record on file joins Keppel and NCS.', deps.dataset)).not.toEqual([]);
    expect(
      englishLeftInSentence('资料中 Keppel 签署了 1 份谅解备忘录：Keppel – Peking University。', deps.dataset),
    ).toEqual([]);
  });
});
