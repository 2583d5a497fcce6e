import type { Definition, Deps } from '../command.js';
import { NO_MENTIONS, type ReplyData } from '../reply.js';
import { fitReply } from './fit.js';
import { LIMITS } from './limits.js';
import { dataAsOf } from './footer.js';
import { COLOURS } from './style.js';
import { escape } from './text.js';

/**
 * Words that ask what the bot can do, typed anywhere words go (a mention, `/ask`, plain console
 * text): they answer with help, never a search. Whole question only, after trimming "?!." and
 * "please", so "help with keppel" is still a question.
 */
const HELP_WORDS = [
  'help',
  'commands',
  'command',
  'command list',
  'list commands',
  'what can you do',
  'what can i ask',
  'what can i ask you',
  'what do you do',
  'how do i use this',
  'how do i use you',
  'how does this work',
  'usage',
  'menu',
  '/help',
  '帮助',
  '幫助',
];
const HELP = new Set(HELP_WORDS);

export function isHelpRequest(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/<@!?\d+>/g, ' ')
    .replace(/[?!.,:;？！。，]+/g, ' ')
    .replace(/\b(please|pls|hi|hello|hey|bot|sci bot|the)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return HELP.has(words) || HELP.has(`${words}s`);
}

/** What /help shows of one command: its definition (name, description) and its example. */
export interface HelpEntry {
  definition: Definition;
  example: string;
}

/** Every registered command with its description and its example, as the router lists them. */
export function helpReply(deps: Deps, entries: readonly HelpEntry[]): ReplyData {
  const fields = entries.slice(0, LIMITS.embedFields).map(({ definition, example }) => ({
    name: `/${definition.name}`,
    value: `${escape(definition.description)}\nExample: \`${example.replace(/`/g, "'")}\``,
  }));
  return fitReply({
    embeds: [
      {
        title: 'SCI Bot: commands',
        color: COLOURS.help,
        description:
          'Look up the Singapore–China (Shenzhen) Smart City Initiative: its MOUs, joint projects, partners and meetings. Options that name a record autocomplete as you type; lookups take `hide:true` to answer only you.',
        fields,
        footer: { text: dataAsOf(deps) },
      },
    ],
    allowed_mentions: NO_MENTIONS,
  });
}
