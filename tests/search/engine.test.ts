import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testDeps } from '../helpers.js';
import type { RecordKind } from '../../src/dataset/index.js';
import { createSearchEngineFromEntries, type IndexEntry } from '../../src/search/index.js';

const { search, dataset } = testDeps();
const keys = (q: string, kinds?: readonly RecordKind[]) =>
  search.search(q, { kinds, limit: 10 }).map((h) => `${h.kind}:${h.id}`);

describe('tiers', () => {
  it('an exact abbreviation outranks a fuzzy match: `ntu` finds NTU, never Momentum', () => {
    const hits = search.search('ntu');
    expect(hits[0]).toMatchObject({ kind: 'organisation', id: 'ntu', tier: 'alias', matched: 'NTU' });
    expect(hits.map((h) => h.id)).not.toContain('momentum-works');
    expect(hits.map((h) => h.id)).not.toContain('mou-momentum-qianhai-talent');
  });

  it('an exact name is the exact tier with score 0', () => {
    expect(search.search('Keppel')[0]).toMatchObject({ id: 'keppel', tier: 'exact', score: 0 });
  });

  it('a record found through its partner says so and ranks by that partner match', () => {
    const hit = search.search('ntu', { kinds: ['project'] })[0];
    expect(hit).toMatchObject({ id: 'prj-ntu-sysu', tier: 'partner', matched: 'NTU' });
    expect(hit?.score).toBeLessThan(0.3);
  });

  it('a prefix is the prefix tier, a typo the fuzzy tier, description words the description tier', () => {
    expect(search.search('quik', { kinds: ['organisation'] })[0]).toMatchObject({ id: 'quikbot', tier: 'prefix' });
    expect(search.search('kepel', { kinds: ['organisation'] })[0]).toMatchObject({ id: 'keppel', tier: 'fuzzy' });
    expect(search.search('lithium battery', { kinds: ['mou'] })[0]).toMatchObject({
      id: 'mou-csijri-cuhk-shenzhen',
      tier: 'topic',
    });
    expect(search.search('commercialization potential')[0]).toMatchObject({
      id: 'mou-csijri-cuhk-shenzhen',
      tier: 'description',
    });
  });

  it('scores rise (worsen) from exact to alias to fuzzy', () => {
    const exact = search.search('Keppel')[0]?.score ?? 1;
    const alias = search.search('PKU')[0]?.score ?? 1;
    const fuzzy = search.search('kepel')[0]?.score ?? 1;
    expect(exact).toBeLessThan(alias);
    expect(alias).toBeLessThan(fuzzy);
  });
});

describe('sub-units are found through their parent', () => {
  it('`peking university` and `pku` find the Shenzhen Graduate School and the Keppel–PKU project', () => {
    for (const q of ['peking university', 'pku']) {
      expect(keys(q, ['organisation']).slice(0, 3)).toContain('organisation:pku-shenzhen-graduate-school');
      expect(keys(q, ['project'])[0]).toBe('project:prj-keppel-pku');
    }
  });

  it('`nus` finds NUS Business School and its project', () => {
    expect(keys('nus', ['organisation']).slice(0, 2)).toEqual(['organisation:nus', 'organisation:nus-business-school']);
    expect(keys('nus', ['project'])[0]).toBe('project:prj-nus-bosum');
  });
});

describe('kind filter and kind words', () => {
  it('returns only the kinds asked for', () => {
    for (const kind of ['project', 'mou', 'organisation', 'meeting'] as const)
      expect(search.search('shenzhen', { kinds: [kind] }).every((h) => h.kind === kind)).toBe(true);
  });

  it('a kind word in the query picks the MOU or the project of a pair', () => {
    expect(keys('hashmeta project')[0]).toBe('project:prj-hashmeta-hand-painted');
    expect(keys('hashmeta mou')[0]).toBe('mou:mou-hashmeta-hand-painted');
  });
});

describe('lookup', () => {
  it('answers a confident query and offers close runners-up', () => {
    const result = search.lookup('quikbot');
    expect(result.best).toMatchObject({ kind: 'organisation', id: 'quikbot' });
    expect(result.others.map((h) => h.id)).toEqual(
      expect.arrayContaining(['mou-quikbot-guardforce', 'prj-quikbot-guardforce']),
    );
    expect(result.others.length).toBeLessThanOrEqual(5);
  });

  it('with words it cannot place, answers nothing and offers the closest records ("did you mean")', () => {
    const result = search.lookup('keppel zzzqqq');
    expect(result.best).toBeNull();
    expect(result.others[0]?.id).toMatch(/keppel/);
  });

  it('nonsense gives no best and nothing to offer', () => {
    expect(search.lookup('zzzqqq')).toEqual({ best: null, others: [] });
  });
});

describe('suggest (autocomplete)', () => {
  it('an empty query offers the latest meeting and its records, at most 25', () => {
    const hits = search.suggest('');
    const latest = dataset.latestMeeting.id;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(25);
    for (const h of hits) {
      const rec = dataset.find(h.kind, h.id)?.record;
      expect(rec && ('meeting' in rec ? rec.meeting : rec.id)).toBe(latest);
    }
    expect(search.suggest('', { kinds: ['mou'] }).every((h) => h.kind === 'mou')).toBe(true);
  });

  it('never offers more than 25, even when asked for more', () => {
    expect(search.suggest('s', { limit: 100 }).length).toBeLessThanOrEqual(25);
    expect(search.suggest('shenzhen', { limit: 100 }).length).toBe(25);
  });

  it('every prefix of a name, from the third letter, offers that record', () => {
    const name = 'guardforce';
    for (let i = 3; i <= name.length; i++)
      expect(search.suggest(name.slice(0, i), { kinds: ['organisation'] }).map((h) => h.id)).toContain('guardforce');
  });
});

describe('robustness', () => {
  it('never throws and returns well-formed hits for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'grapheme' }),
          fc.constantFrom('__proto__', 'constructor', '.*+?^${}()|[]\\', '\uD800', 'a'.repeat(6000)),
        ),
        (q) => {
          for (const hits of [search.search(q), search.suggest(q)])
            for (const h of hits) {
              expect(h.score).toBeGreaterThanOrEqual(0);
              expect(h.score).toBeLessThanOrEqual(1);
              expect(dataset.find(h.kind, h.id)).toBeDefined();
            }
          search.lookup(q);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a query past 32 characters, and one of 6000 characters of junk, still works', () => {
    expect(keys('Singapore Rehabilitation Institute Sun Yat-sen University Shenzhen')[0]).toBe(
      'project:prj-rehab-sysu',
    );
    const junk = Array.from({ length: 1000 }, (_, i) => `zq${i}x`).join(' ');
    expect(search.search(junk)).toEqual([]);
    // Only the first words count, so a pasted essay costs what its opening costs.
    expect(keys('quikbot guardforce delivery robots project '.repeat(150))[0]).toBe('project:prj-quikbot-guardforce');
  });
});

describe('synthetic entries', () => {
  it('the entry-level engine indexes plain records and honours the latest meeting', () => {
    const entries: IndexEntry[] = [
      {
        kind: 'project',
        id: 'p1',
        label: 'Alpha Robotics',
        meeting: 'm2',
        fields: { name: ['Alpha Robotics'], topic: ['robots'] },
      },
      {
        kind: 'project',
        id: 'p2',
        label: 'Beta Farming',
        meeting: 'm1',
        fields: { name: ['Beta Farming'], topic: ['agriculture'] },
      },
    ];
    const engine = createSearchEngineFromEntries(entries, { latestMeeting: 'm2' });
    expect(engine.search('robot')[0]?.id).toBe('p1');
    expect(engine.search('agricultre')[0]?.id).toBe('p2');
    expect(engine.suggest('').map((h) => h.id)).toEqual(['p1']);
  });
});
