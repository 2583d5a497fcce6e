import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataFiles, defaultDataDir, formatDataError, parseDataset, readDataTexts, type DataFileKey } from '../../src/dataset/index.js';
import { buildDeps } from '../../src/deps.js';
import { fcParams, hostileString, RUNS } from '../property/arbitraries.js';

// Random hand-edits of the real data: whatever the edit, loading gives a dataset or a list of messages
// that each name a data file — never an exception.
const original = readDataTexts(defaultDataDir());
if (!original.ok) throw new Error('data files unreadable');
const texts = original.value;
const keys = Object.keys(dataFiles) as DataFileKey[];
const fileNames = new Set(Object.values(dataFiles).map((f) => `data/${f.file}`));

type Path = (string | number)[];
function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}
const parsed = Object.fromEntries(keys.map((k) => [k, JSON.parse(texts[k])])) as Record<DataFileKey, unknown>;
const pathsOf = Object.fromEntries(keys.map((k) => [k, paths(parsed[k])])) as Record<DataFileKey, Path[]>;

type Edit = { op: 'delete' } | { op: 'set'; value: unknown } | { op: 'duplicate' };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constant({ op: 'delete' } as const),
  fc.constant({ op: 'duplicate' } as const),
  fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileString(), fc.constantFrom(null, '', [], {}, 0, -1, 1.5, true, '2023-02-30', 'jic-4', 'keppel')).map((value) => ({ op: 'set', value }) as const),
);

function apply(root: unknown, path: Path, e: Edit): unknown {
  if (path.length === 0) return e.op === 'set' ? e.value : e.op === 'delete' ? undefined : [root, root];
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (e.op === 'set') parent[last] = e.value;
  else if (Array.isArray(parent) && typeof last === 'number') {
    if (e.op === 'delete') parent.splice(last, 1);
    else parent.splice(last, 0, structuredClone(parent[last]));
  } else if (e.op === 'delete') delete parent[last];
  else parent[`${String(last)}Copy`] = parent[last];
  return copy;
}

/** A structural edit (a field deleted, changed or copied) or a textual one (a cut, a stray character). */
const brokenTexts = fc.oneof(
  fc.constantFrom(...keys).chain((key) =>
    fc.tuple(fc.constant(key), fc.nat(pathsOf[key].length - 1), edit).map(([k, i, e]) => {
      const value = apply(parsed[k], pathsOf[k][i]!, e);
      return { ...texts, [k]: value === undefined ? '' : JSON.stringify(value, null, 2) };
    }),
  ),
  fc.tuple(fc.constantFrom(...keys), fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ unit: 'binary', maxLength: 3 }), fc.nat(20)).map(([k, at, insert, cut]) => {
    const t = texts[k];
    const i = Math.floor(at * t.length);
    return { ...texts, [k]: t.slice(0, i) + insert + t.slice(i + cut) };
  }),
);

describe('any hand-edit of the data', () => {
  it('loads, or fails with messages that each name a data file — never throws', () => {
    fc.assert(
      fc.property(brokenTexts, (edited) => {
        const result = parseDataset(edited);
        if (result.ok) {
          // Still valid: the bot must be able to start from it.
          buildDeps(result.value);
          return;
        }
        expect(result.error.length).toBeGreaterThan(0);
        for (const e of result.error) {
          const line = formatDataError(e);
          expect(fileNames.has(line.split(':')[0]!), line).toBe(true);
          expect(e.message.trim().length, line).toBeGreaterThan(0);
        }
      }),
      fcParams(Math.max(200, Math.floor(RUNS / 2))),
    );
  }, 120_000);
});
