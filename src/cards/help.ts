import type { Definition } from '../command.js';
import { messages, type Locale } from '../i18n/index.js';
import { words, type CardDeps } from './reader.js';
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

/** A command's example as a reader of the locale types it: `/项目 查询:quikbot` (Discord's Chinese client shows those names). */
function localisedExample(definition: Definition, example: string, locale: Locale): string {
  if (locale === 'en') return example;
  const [head = '', ...rest] = example.split(' ');
  const name = definition.name_localizations?.[locale] ?? definition.name;
  const options = rest.join(' ').replace(/(^|\s)([a-z_]+):/g, (all, space: string, option: string) => {
    const o = definition.options?.find((x) => x.name === option);
    return o ? `${space}${o.name_localizations?.[locale] ?? option}:` : all;
  });
  return `${head.startsWith('/') ? `/${name}` : head}${options ? ` ${options}` : ''}`;
}

/** Every registered command with its description and its example, as the router lists them. */
export function helpReply(deps: CardDeps, entries: readonly HelpEntry[]): ReplyData {
  const t = words(deps).help;
  const locale = deps.locale;
  const examples = messages(locale).notes.example;
  const fields = entries.slice(0, LIMITS.embedFields).map(({ definition, example: english }) => {
    // The value typed in the reader's language, after the option's name: `/ask question:签署了多少份谅解备忘录？`.
    const typed = examples[definition.name];
    const example = typed ? english.replace(/:.*$/, `:${typed}`) : english;
    const name = locale === 'en' ? undefined : definition.name_localizations?.[locale];
    const description =
      (locale === 'en' ? undefined : definition.description_localizations?.[locale]) ?? definition.description;
    return {
      // The Chinese client shows the localised name; the English one works everywhere (the console too).
      name: name ? `/${name} · /${definition.name}` : `/${definition.name}`,
      value: `${escape(description)}\n${t.example(localisedExample(definition, example, locale).replace(/`/g, "'"))}`,
    };
  });
  return fitReply({
    embeds: [
      {
        title: t.title,
        color: COLOURS.help,
        description: t.description,
        fields,
        footer: { text: dataAsOf(deps) },
      },
    ],
    allowed_mentions: NO_MENTIONS,
  });
}
