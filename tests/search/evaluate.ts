import type { RecordKind } from '../../src/dataset/index.js';
import type { EvalCase } from './eval-set.js';

/** Any search: a query and an optional kind filter to ranked `kind:id` keys. */
export type RankFn = (query: string, kinds?: readonly RecordKind[]) => readonly string[];

export interface EvalMiss {
  case: EvalCase;
  /** Where the expected record came (1-based), or null when it was not in the top 10. */
  rank: number | null;
  got: readonly string[];
}

export interface EvalResult {
  total: number;
  top1: number;
  top3: number;
  misses: EvalMiss[];
}

export function evaluate(rank: RankFn, cases: readonly EvalCase[]): EvalResult {
  let top1 = 0;
  let top3 = 0;
  const misses: EvalMiss[] = [];
  for (const c of cases) {
    const got = rank(c.q, c.kinds).slice(0, 10);
    const at = got.indexOf(c.expect);
    if (at === 0) top1++;
    if (at >= 0 && at < 3) top3++;
    if (at !== 0) misses.push({ case: c, rank: at >= 0 ? at + 1 : null, got: got.slice(0, 3) });
  }
  return { total: cases.length, top1, top3, misses };
}

export const describeMiss = (m: EvalMiss) =>
  `${JSON.stringify(m.case.q)}${m.case.kinds ? ` [${m.case.kinds.join(',')}]` : ''} → want ${m.case.expect} (${m.case.why}), ` +
  `rank ${m.rank ?? '>10'}; got ${m.got.join(', ') || 'nothing'}`;
