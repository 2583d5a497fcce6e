import type { Command } from '../src/command.js';
import { answerQuestion } from '../src/answer/index.js';
import { MAX_QUESTION } from '../src/answer/question.js';
import { applyHide, slash, text, withHide } from './shared/definition.js';

/** `/ask question:<text>`, and every mention of the bot (the router sends mentions here). */
export const ask: Command = {
  definition: withHide(
    slash('ask', 'Ask a question about the Smart City Initiative in your own words').addStringOption((o) =>
      o
        .setName('question')
        .setDescription('e.g. "how many MOUs have been signed?" or "who signed with Keppel?"')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION),
    ),
  ).toJSON(),
  execute: ({ options, deps }) => applyHide(answerQuestion(text(options, 'question'), deps), options),
};
