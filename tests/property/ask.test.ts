import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { findCommand, handleCommand, handleMention } from '../../src/router.js';
import { testDeps } from '../helpers.js';
import { datasetWords, fcParams, hostileString, RUNS } from './arbitraries.js';
import { assertValidReply, inputsWellFormed } from './check.js';
import { propertyTimeout, Slowest } from './timing.js';

const deps = testDeps();
const words = datasetWords(deps.dataset);
const slowest = new Slowest();
afterAll(() => slowest.report());

/** Questions built like real ones ("who signed … with …?") around hostile fragments. */
const question = fc.oneof(
  hostileString(words),
  fc
    .tuple(
      fc.constantFrom(
        'who signed an MOU with',
        'what is',
        'how many',
        'when was',
        'where was',
        'which partners',
        'tell me about',
        'what did',
        '',
      ),
      hostileString(words),
      fc.constantFrom('?', '', ' sign?', ' in 2023?', '??!!', ' @everyone'),
    )
    .map(([a, b, c]) => `${a} ${b}${c}`),
);

/** What a mention handler may see: the bot's own mention, possibly nested, possibly nothing else. */
const mentionText = fc
  .tuple(
    fc.constantFrom('', '<@1> ', '<@!1> ', '<@1><@1> ', '@SCI Bot '),
    question,
    fc.constantFrom('', ' <@1>', ' @here'),
  )
  .map(([a, b, c]) => `${a}${b}${c}`);

describe('free text: /ask and mentions', () => {
  it(
    'a mention with any text: a valid reply that pings no one, never a throw',
    () => {
      fc.assert(
        fc.property(mentionText, (text) => {
          const reply = slowest.time('mention', text, () => handleMention(text, deps));
          assertValidReply(reply, `mention ${JSON.stringify(text).slice(0, 200)}`, inputsWellFormed(text));
        }),
        fcParams(),
      );
    },
    propertyTimeout(RUNS),
  );

  // The generic command property covers /ask's declared options; this one aims question-shaped text at it.
  for (const name of ['ask'].filter((n) => findCommand(n) !== undefined))
    it(
      `/${name} with any question: a valid reply, never a throw`,
      () => {
        fc.assert(
          fc.property(question, (q) => {
            const reply = slowest.time('/ask', q, () => handleCommand(name, { question: q }, deps));
            assertValidReply(reply, `/ask ${JSON.stringify(q).slice(0, 200)}`, inputsWellFormed(q));
          }),
          fcParams(),
        );
      },
      propertyTimeout(RUNS),
    );
});
