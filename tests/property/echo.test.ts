import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { commandDefinitions, handleCommand, handleMention } from '../../src/router.js';
import type { ReplyData } from '../../src/reply.js';
import { testDeps } from '../helpers.js';
import { datasetWords, fcParams, leafOptions, RUNS } from './arbitraries.js';

// A reply often quotes what the user typed ("I couldn't find “…”"). Quoted text must not take over
// the bot's own text: a bidi override (U+202E) would show the rest of the sentence reversed in
// Discord, and control characters (an ANSI escape) would recolour or rewrite the terminal in the console.
const deps = testDeps();
const words = datasetWords(deps.dataset);
const HAZARD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
const hazard = fc.constantFrom(
  '\u202E',
  '\u202D',
  '\u202B',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u001b[31m',
  '\u001b]0;title\u0007',
  '\u0000',
  '\u0008',
  '\u007f',
  '\u000b',
);

const typedWithHazard = fc
  .tuple(fc.constantFrom('', 'zz', 'qqq xyz', ...words), hazard, fc.constantFrom('', 'abc', ...words))
  .map(([a, h, b]) => `${a}${h}${b}`);

function hazardIn(reply: ReplyData): string | undefined {
  const texts: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') texts.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(reply);
  return texts.find((t) => HAZARD.test(t));
}

const textOptions = commandDefinitions(testDeps()).flatMap((def) =>
  leafOptions(def.options)
    .filter((o) => o.type === ApplicationCommandOptionType.String && !('choices' in o && o.choices?.length))
    .map((o) => ({ command: def.name, option: o.name })),
);

describe('typed text quoted back cannot take over the reply', () => {
  for (const { command, option } of textOptions)
    it(`/${command} ${option}: no bidi override or control character comes back`, () => {
      fc.assert(
        fc.property(typedWithHazard, (typed) => {
          const found = hazardIn(handleCommand(command, { [option]: typed }, deps));
          if (found !== undefined)
            throw new Error(
              `/${command} ${option}:${JSON.stringify(typed)} → the reply holds ${JSON.stringify(found.slice(0, 120))}`,
            );
        }),
        fcParams(Math.min(RUNS, 300)),
      );
    });

  it('a mention: no bidi override or control character comes back', () => {
    fc.assert(
      fc.property(typedWithHazard, (typed) => {
        const found = hazardIn(handleMention(typed, deps));
        if (found !== undefined)
          throw new Error(`mention ${JSON.stringify(typed)} → the reply holds ${JSON.stringify(found.slice(0, 120))}`);
      }),
      fcParams(Math.min(RUNS, 300)),
    );
  });
});
