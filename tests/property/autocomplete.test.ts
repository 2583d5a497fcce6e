import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { commandDefinitions, handleAutocomplete } from '../../src/router.js';
import { testDeps } from '../helpers.js';
import { anyLocale, commandOptions, datasetWords, fcParams, hostileString, leafOptions, RUNS } from './arbitraries.js';
import { assertValidChoices, inputsWellFormed } from './check.js';
import { propertyTimeout, Slowest } from './timing.js';

// Autocomplete runs on every keystroke: whatever has been typed so far, and whatever the other options
// hold, the answer is ≤ 25 choices with names and values of 1–100 characters.
const deps = testDeps();
const words = datasetWords(deps.dataset);
const slowest = new Slowest();
afterAll(() => slowest.report());

/** What a user has typed so far: often a prefix of a real name, sometimes anything at all. */
const typed = fc.oneof(
  fc.tuple(fc.constantFrom(...words), fc.nat(40)).map(([w, n]) => w.slice(0, n)),
  hostileString(words),
  // Discord caps what autocomplete sends at the option's length; a forger does not.
  hostileString(words).map((s) => s.slice(0, 100)),
);

const focusable = commandDefinitions(testDeps()).flatMap((def) =>
  leafOptions(def.options)
    .filter((o) => 'autocomplete' in o && o.autocomplete)
    .map((o) => ({ def, option: o.name })),
);

describe('autocomplete with anything typed', () => {
  for (const { def, option } of focusable) {
    it(
      `/${def.name} ${option}: ≤ 25 choices, names and values 1–100 characters, never a throw`,
      () => {
        fc.assert(
          fc.property(typed, commandOptions(def.options, words), anyLocale, (value, others, locale) => {
            const choices = slowest.time(`/${def.name} ${option}`, value, () =>
              handleAutocomplete(def.name, { name: option, value }, others, deps, locale),
            );
            assertValidChoices(
              choices,
              `/${def.name} ${option}=${JSON.stringify(value).slice(0, 200)}`,
              inputsWellFormed([value, others]),
            );
          }),
          fcParams(),
        );
      },
      propertyTimeout(RUNS),
    );
  }

  it(
    'a forged autocomplete (any command, any option name, even ones without autocomplete): valid choices',
    () => {
      const names = commandDefinitions(testDeps()).map((d) => d.name);
      const optionNames = commandDefinitions(testDeps()).flatMap((d) => leafOptions(d.options).map((o) => o.name));
      fc.assert(
        fc.property(
          fc.oneof(fc.constantFrom(...names, 'nope', ''), hostileString(words)),
          fc.oneof(fc.constantFrom(...optionNames, '__proto__', 'constructor', ''), hostileString(words)),
          typed,
          (command, option, value) => {
            const choices = handleAutocomplete(command, { name: option, value }, {}, deps);
            assertValidChoices(choices, `forged /${command.slice(0, 40)} ${option.slice(0, 40)}`);
          },
        ),
        fcParams(Math.min(RUNS, 500)),
      );
    },
    propertyTimeout(RUNS),
  );
});
