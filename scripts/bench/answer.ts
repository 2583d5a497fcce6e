/**
 * Bench section: questions in words (src/answer). Accuracy over the question set in
 * tests/answer/questions.ts (facts each answer must show), per kind, and the latency of one whole
 * answer (recognise → answer → cards → limits) per question, in µs.
 */
import { loadDataset } from '../../src/dataset/index.js';
import { buildDeps } from '../../src/deps.js';
import { answerQuestion } from '../../src/answer/index.js';
import { QUESTIONS } from '../../tests/answer/questions.js';
import { describeMiss, judge } from '../../tests/answer/evaluate.js';

export const name = 'Questions in words (src/answer, /ask and mentions)';

const ROUNDS = 50;

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

export function run(): void {
  const loaded = loadDataset();
  if (!loaded.ok) throw new Error('dataset invalid: run npm run check-data');
  const deps = buildDeps(loaded.value);
  const verdicts = QUESTIONS.map((c) => judge(c, deps));
  const byKind = new Map<string, { ok: number; all: number }>();
  for (const v of verdicts) {
    const k = byKind.get(v.case.kind) ?? { ok: 0, all: 0 };
    k.all += 1;
    if (v.ok) k.ok += 1;
    byKind.set(v.case.kind, k);
  }
  const ok = verdicts.filter((v) => v.ok).length;
  console.log(`Accuracy: ${ok}/${verdicts.length} (${((100 * ok) / verdicts.length).toFixed(1)}%) — question set tests/answer/questions.ts\n`);
  console.log('| kind | answered | of |');
  console.log('|---|---|---|');
  for (const [kind, k] of byKind) console.log(`| ${kind} | ${k.ok} | ${k.all} |`);

  // Latency: every question ROUNDS times, after one warm-up pass (the engine's indexes are built once).
  const samples: number[] = [];
  const perQuestion = new Map<string, number[]>();
  for (let r = 0; r < ROUNDS; r += 1)
    for (const c of QUESTIONS) {
      const t0 = process.hrtime.bigint();
      answerQuestion(c.q, deps);
      const us = Number(process.hrtime.bigint() - t0) / 1000;
      if (r === 0) continue;
      samples.push(us);
      const list = perQuestion.get(c.q) ?? [];
      list.push(us);
      perQuestion.set(c.q, list);
    }
  console.log(`\nLatency per answer (µs, ${ROUNDS - 1} rounds × ${QUESTIONS.length} questions): median ${quantile(samples, 0.5).toFixed(0)}, p99 ${quantile(samples, 0.99).toFixed(0)}, max ${Math.max(...samples).toFixed(0)}`);
  const slowest = [...perQuestion.entries()].map(([q, xs]) => [q, quantile(xs, 0.5)] as const).sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log('Slowest questions (median µs):');
  for (const [q, us] of slowest) console.log(`- ${us.toFixed(0)} µs  ${q}`);
  const huge = 'how many '.repeat(2000);
  const t0 = process.hrtime.bigint();
  answerQuestion(huge, deps);
  console.log(`A ${huge.length}-character question: ${(Number(process.hrtime.bigint() - t0) / 1000).toFixed(0)} µs (questions are cut at 500 characters).`);
  const misses = verdicts.filter((v) => !v.ok);
  console.log(misses.length ? `\nMisses:\n${misses.map((m) => `- ${describeMiss(m)}`).join('\n')}` : '\nNo misses.');
}

// Run alone: `npx tsx scripts/bench/answer.ts`.
if (import.meta.url === `file://${process.argv[1]}`) run();
