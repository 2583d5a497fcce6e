import type { Command } from '../src/command.js';
import { answerQuestion } from '../src/answer/index.js';
import { MAX_QUESTION } from '../src/answer/question.js';
import { forReader, helpReply, isHelpRequest } from '../src/cards/index.js';
import { applyHide, slash, text, withHide } from './shared/definition.js';
import { commandHints } from './shared/hints.js';
import { localeOfText } from '../src/i18n/index.js';

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
  // "help", "commands", "what can you do": help, wherever words are typed (mentions and plain
  // console text come here too), never a search that opens some record.
  // A question written in Chinese from a client set to English is answered in Chinese, in the script it is written in
  // (many Chinese readers keep an English client); a Chinese client keeps its own locale.
  execute: ({ options, deps, registry, locale: client }) => {
    const question = text(options, 'question');
    const locale = localeOfText(question, client);
    if (isHelpRequest(question))
      return applyHide(
        helpReply(
          forReader(deps, locale),
          registry.registered.map(({ command, definition }) => ({ definition, example: command.example })),
        ),
        options,
      );
    return applyHide(answerQuestion(question, deps, commandHints(registry, ['ask'], locale), locale), options);
  },
};
