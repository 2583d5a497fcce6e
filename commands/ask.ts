import type { Command } from '../src/command.js';
import { answerQuestion } from '../src/answer/index.js';
import { MAX_QUESTION } from '../src/answer/question.js';
import { applyHide, slash, text, withHide } from './shared/definition.js';
import { commandHints } from './shared/hints.js';

/** `/ask question:<text>`, and every mention of the bot (the router sends mentions here). */
export const ask: Command = {
  name: 'ask',
  define: () =>
    withHide(
      slash('ask', 'Ask a question about the Smart City Initiative in your own words').addStringOption((o) =>
        o
          .setName('question')
          .setDescription('e.g. "how many MOUs have been signed?" or "who signed with Keppel?"')
          .setRequired(true)
          .setMaxLength(MAX_QUESTION),
      ),
    ).toJSON(),
  example: '/ask question:who signed an MOU with Keppel?',
  hint: 'a question in your own words',
  // A question it does not understand is offered the other commands (asking again is no help).
  execute: ({ options, deps, registry, locale }) =>
    applyHide(answerQuestion(text(options, 'question'), deps, commandHints(registry, ['ask']), locale), options),
};
