import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { commandDefinitions, handleCommand } from '../../src/router.js';
import { testDeps } from '../helpers.js';
import { anyLocale, commandOptions, datasetWords, fcParams, hostileString, RUNS } from './arbitraries.js';
import { assertValidReply, inputsWellFormed, isEphemeral } from './check.js';
import { propertyTimeout, Slowest } from './timing.js';

// Every command in the registry, every option it declares: read from the definitions, so a command
// added later is covered without touching this file.
const deps = testDeps();
const words = datasetWords(deps.dataset);
const slowest = new Slowest();
afterAll(() => slowest.report());

describe('any slash command with any options', () => {
  for (const def of commandDefinitions(testDeps())) {
    it(
      `/${def.name}: a valid reply within Discord's limits that pings no one, never a throw`,
      () => {
        fc.assert(
          fc.property(commandOptions(def.options, words), anyLocale, (options, locale) => {
            const reply = slowest.time(`/${def.name}`, options, () => handleCommand(def.name, options, deps, locale));
            const where = `/${def.name} (${locale}) ${JSON.stringify(options).slice(0, 300)}`;
            assertValidReply(reply, where, inputsWellFormed(options));
            // Handlers are pure: the same options give the same reply (no state kept between calls).
            expect(
              JSON.stringify(handleCommand(def.name, options, deps, locale)),
              `${where}: a second call answered differently`,
            ).toBe(JSON.stringify(reply));
          }),
          fcParams(),
        );
      },
      propertyTimeout(RUNS),
    );
  }

  it('a command name the bot does not know: a short ephemeral note', () => {
    const known = new Set(commandDefinitions(testDeps()).map((d) => d.name));
    fc.assert(
      fc.property(
        hostileString(words).filter((n) => !known.has(n)),
        (name) => {
          const reply = handleCommand(name, { query: name }, deps);
          assertValidReply(reply, `unknown command ${JSON.stringify(name).slice(0, 80)}`);
          expect(isEphemeral(reply)).toBe(true);
        },
      ),
      fcParams(Math.min(RUNS, 300)),
    );
  });
});
