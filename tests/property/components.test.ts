import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { handleComponent } from '../../src/router.js';
import { testDeps } from '../helpers.js';
import { anyLocale, datasetWords, fcParams, hostileString, RUNS } from './arbitraries.js';
import { assertValidComponentReply, inputsWellFormed, isEphemeral } from './check.js';
import { harvestCustomIds } from './harvest.js';
import { propertyTimeout, Slowest } from './timing.js';

// Buttons and selects outlive the bot version that drew them, and anyone can forge a click: whatever
// custom_id and values arrive, the answer is a valid reply (a polite ephemeral note when it makes no sense).
const deps = testDeps();
const words = datasetWords(deps.dataset);
const real = harvestCustomIds(deps);
const slowest = new Slowest();
afterAll(() => slowest.report());

const realClick = fc.constantFrom(...real);
const realValue = fc.constantFrom(
  ...real.flatMap((c) => c.values.flat()),
  'mou:mou-keppel-pku',
  'project:nope',
  'organisation:ntu',
);
const anyValues = fc.oneof(
  fc.constant([] as string[]),
  fc.array(realValue, { maxLength: 3 }),
  fc.array(fc.oneof(realValue, hostileString(words)), { maxLength: 30 }),
);

const segment = fc.oneof(
  hostileString(words).map((s) => s.slice(0, 40)),
  fc.constantFrom(
    '',
    'v0',
    'v1',
    'v2',
    'v999',
    'open',
    'go',
    'pick',
    'page',
    'totals',
    'partners',
    'mou',
    'project',
    'organisation',
    'meeting',
    'all',
    '-1',
    '99',
    '1000',
    'NaN',
    '__proto__',
    'constructor',
    '..',
    'c=China,c=China',
    'm=4,m=5',
    'g=',
    '=',
    ',',
  ),
);

/** Real ids, changed the ways old messages and forgers change them. */
const mutated = fc.oneof(
  // truncated (a cut-off or hand-typed id)
  fc.tuple(realClick, fc.nat(100)).map(([c, n]) => c.customId.slice(0, n % (c.customId.length + 1))),
  // an older or newer version of the format
  fc
    .tuple(realClick, fc.constantFrom('', 'v0:', 'v2:', 'V1:', 'v1:v1:', 'v1 :'))
    .map(([c, v]) => v + c.customId.replace(/^v\d+:/, '')),
  // one segment forged
  fc.tuple(realClick, fc.nat(), segment).map(([c, i, s]) => {
    const parts = c.customId.split(':');
    parts[i % parts.length] = s;
    return parts.join(':');
  }),
  // a segment added or dropped
  fc
    .tuple(realClick, segment, fc.boolean())
    .map(([c, s, drop]) => (drop ? c.customId.split(':').slice(0, -1).join(':') : `${c.customId}:${s}`)),
  // a character changed, inserted or appended
  fc.tuple(realClick, fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 2 })).map(([c, i, ch]) => {
    const at = i % (c.customId.length + 1);
    return c.customId.slice(0, at) + ch + c.customId.slice(at + 1);
  }),
  // over Discord's 100 (only a forger can send it)
  realClick.map((c) => c.customId + ':' + 'x'.repeat(101)),
);

describe('any click on any component', () => {
  it('harvests real custom_ids to mutate', () => {
    expect(real.length).toBeGreaterThan(0);
    for (const c of real) expect(c.customId.length).toBeLessThanOrEqual(100);
  });

  it(
    'a real custom_id with its real values: a valid reply',
    () => {
      fc.assert(
        fc.property(
          realClick.chain((c) => fc.tuple(fc.constant(c.customId), fc.constantFrom(...c.values))),
          anyLocale,
          ([customId, values], locale) => {
            const r = slowest.time('real click', [customId, values], () =>
              handleComponent(customId, values, deps, locale),
            );
            assertValidComponentReply(r, `click ${customId} ${JSON.stringify(values)}`, true);
          },
        ),
        fcParams(Math.min(RUNS, 2 * real.length + 200)),
      );
    },
    propertyTimeout(RUNS),
  );

  it(
    'a truncated, older-version, forged or mutated custom_id, with any values: a valid reply, never a throw',
    () => {
      fc.assert(
        fc.property(mutated, anyValues, anyLocale, (customId, values, locale) => {
          const r = slowest.time('mutated click', [customId, values], () =>
            handleComponent(customId, values, deps, locale),
          );
          assertValidComponentReply(
            r,
            `click ${JSON.stringify(customId)} ${JSON.stringify(values).slice(0, 200)}`,
            inputsWellFormed([customId, values]),
          );
        }),
        fcParams(),
      );
    },
    propertyTimeout(RUNS),
  );

  it(
    'a custom_id that is not ours at all: a polite ephemeral reply',
    () => {
      const ours = /^v\d+:/;
      fc.assert(
        fc.property(
          hostileString(words).filter((s) => !ours.test(s)),
          anyValues,
          (customId, values) => {
            const r = slowest.time('foreign click', [customId, values], () => handleComponent(customId, values, deps));
            assertValidComponentReply(r, `click ${JSON.stringify(customId).slice(0, 200)}`);
            expect(r.type, 'a click that makes no sense must not replace the message it sits on').toBe('reply');
            expect(isEphemeral(r.data), 'a click that makes no sense is answered privately').toBe(true);
          },
        ),
        fcParams(),
      );
    },
    propertyTimeout(RUNS),
  );
});
