import type { Command } from '../src/command.js';
import { answerQuestion } from '../src/answer/index.js';
import { MAX_QUESTION } from '../src/answer/question.js';
import { helpReply, isHelpRequest } from '../src/cards/index.js';
import { applyHide, slash, text, withHide } from './shared/definition.js';
import { commands } from './index.js';

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
  // "help", "commands", "what can you do": help, wherever words are typed (mentions and console text come here too).
  // `commands` is read when a question is asked, not when this module loads (the registry imports this file).
  execute: ({ options, deps }) => {
    const question = text(options, 'question');
    if (isHelpRequest(question)) return applyHide(helpReply(deps, commands.map((c) => c.definition)), options);
    return applyHide(answerQuestion(question, deps), options);
  },
};
