import { commands } from '../commands/index.js';
import type { Command, CommandOptions, Deps } from './command.js';
import { ephemeral, type Choice, type ComponentReply, type ReplyData } from './reply.js';

const byName = new Map<string, Command>(commands.map((c) => [c.definition.name, c]));

export function findCommand(name: string): Command | undefined {
  return byName.get(name);
}

/** The definitions Discord registers: the same objects the router dispatches on. */
export function commandDefinitions() {
  return commands.map((c) => c.definition);
}

/** A slash command → the reply. Unknown names get a short ephemeral note, never an exception. */
export function handleCommand(name: string, options: CommandOptions, deps: Deps): ReplyData {
  const command = byName.get(name);
  if (!command) return ephemeral(`I don't know the command \`/${name.slice(0, 32)}\`. Try \`/help\` to see what I can do.`);
  return command.execute({ options, deps });
}

/** Autocomplete for one focused option → ≤ 25 choices. */
export function handleAutocomplete(
  name: string,
  focused: { name: string; value: string },
  options: CommandOptions,
  deps: Deps,
): Choice[] {
  const command = byName.get(name);
  return command?.autocomplete?.({ focused, options, deps }) ?? [];
}

/** A button or select click, decoded from its custom_id → the updated message or a new reply. */
export function handleComponent(customId: string, values: readonly string[], deps: Deps): ComponentReply {
  void customId;
  void values;
  void deps;
  return { type: 'reply', data: ephemeral('That button no longer works. Run the command again to get a fresh card.') };
}

/** Text addressed to the bot (a mention) → the answer. */
export function handleMention(text: string, deps: Deps): ReplyData {
  return handleCommand('ask', { question: text }, deps);
}
