import { describe, expect, it } from 'vitest';
import { testDeps } from '../helpers.js';
import { evalSet, nonsense } from './eval-set.js';
import { evalSetZh } from './eval-set-zh.js';
import { describeMiss, evaluate } from './evaluate.js';

const { search } = testDeps();

describe('search evaluation set (written from the source documents)', () => {
  it('has at least 150 queries and at least four for every 4th JIC MOU and project', () => {
    expect(evalSet.length).toBeGreaterThanOrEqual(150);
    const { dataset } = testDeps();
    const atJic4 = [
      ...dataset.mousAt(dataset.latestMeeting.id).map((m) => `mou:${m.id}`),
      ...dataset.projectsAt(dataset.latestMeeting.id).map((p) => `project:${p.id}`),
      `meeting:${dataset.latestMeeting.id}`,
    ];
    const thin = atJic4.filter((key) => evalSet.filter((c) => c.expect === key).length < 4);
    expect(thin).toEqual([]);
  });

  it('every expected record exists in the dataset', () => {
    const { dataset } = testDeps();
    const missing = evalSet.filter((c) => {
      const [kind, id] = c.expect.split(':') as [Parameters<typeof dataset.find>[0], string];
      return !dataset.find(kind, id);
    });
    expect(missing.map((c) => c.expect)).toEqual([]);
  });

  it('finds the expected record first for ≥ 95% of queries and in the top 3 for ≥ 99%', () => {
    const result = evaluate(
      (q, kinds) => search.search(q, { kinds, limit: 10 }).map((h) => `${h.kind}:${h.id}`),
      evalSet,
    );
    const report = `top-1 ${result.top1}/${result.total}, top-3 ${result.top3}/${result.total}\n${result.misses.map(describeMiss).join('\n')}`;
    expect(result.top1 / result.total, report).toBeGreaterThanOrEqual(0.95);
    expect(result.top3 / result.total, report).toBeGreaterThanOrEqual(0.99);
  });

  it('finds the expected record first for ≥ 95% of at least 40 Chinese and mixed queries (simplified, traditional, with Latin words)', () => {
    expect(evalSetZh.length).toBeGreaterThanOrEqual(40);
    const result = evaluate(
      (q, kinds) => search.search(q, { kinds, limit: 10 }).map((h) => `${h.kind}:${h.id}`),
      evalSetZh,
    );
    const report = `top-1 ${result.top1}/${result.total}, top-3 ${result.top3}/${result.total}\n${result.misses.map(describeMiss).join('\n')}`;
    expect(result.top1 / result.total, report).toBeGreaterThanOrEqual(0.95);
  });

  it('every expected record of the Chinese set exists in the dataset', () => {
    const { dataset } = testDeps();
    const missing = evalSetZh.filter((c) => {
      const [kind, id] = c.expect.split(':') as [Parameters<typeof dataset.find>[0], string];
      return !dataset.find(kind, id);
    });
    expect(missing.map((c) => c.expect)).toEqual([]);
  });

  it.each(nonsense)('nonsense %j finds nothing (search, autocomplete and lookup)', (q) => {
    expect(search.search(q)).toEqual([]);
    expect(search.suggest(q)).toEqual([]);
    expect(search.lookup(q)).toEqual({ best: null, others: [] });
  });
});
