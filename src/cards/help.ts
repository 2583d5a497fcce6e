import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import { NO_MENTIONS, type ReplyData } from '../reply.js';
import { fitReply } from './fit.js';
import { dataAsOf } from './footer.js';
import { COLOURS } from './style.js';
import { escape } from './text.js';

/** An example per command; a command without one (added later) still shows with its description. */
export const EXAMPLES: Readonly<Record<string, string>> = {
  project: '/project query:quikbot',
  mou: '/mou query:keppel peking',
  partner: '/partner name:pku',
  partners: '/partners country:China meeting:4',
  totals: '/totals meeting:3',
  meeting: '/meeting number:4',
  search: '/search query:energy storage',
  ask: '/ask question:who signed an MOU with Keppel?',
  about: '/about',
  help: '/help',
};

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
    .replace(/[?!.,:;]+/g, ' ')
    .replace(/\b(please|pls|hi|hello|hey|bot|sci bot|the)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return HELP.has(words) || HELP.has(`${words}s`);
}

/** Every registered command with its description and an example, read from the registry. */
export function helpReply(deps: Deps, definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[]): ReplyData {
  const fields = definitions.slice(0, 25).map((def) => ({
    name: `/${def.name}`,
    value: `${escape(def.description)}\nExample: \`${(EXAMPLES[def.name] ?? `/${def.name}`).replace(/`/g, "'")}\``,
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
