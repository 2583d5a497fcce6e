import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Command } from '../src/command.js';
import { answerQuestion } from '../src/answer/index.js';
import { MAX_QUESTION } from '../src/answer/question.js';

const definition: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'ask',
  description: 'Ask a question about the Smart City Initiative in your own words',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'e.g. "how many MOUs have been signed?" or "who signed with Keppel?"',
      required: true,
      max_length: MAX_QUESTION,
    },
  ],
};

/** `/ask question:<text>`, and every mention of the bot (the router sends mentions here). */
export const ask: Command = {
  definition,
  execute: ({ options, deps }) => answerQuestion(typeof options.question === 'string' ? options.question : '', deps),
};
