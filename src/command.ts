import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Dataset } from './dataset/index.js';
import type { SearchEngine } from './search/index.js';
import type { Choice, ReplyData } from './reply.js';

export type OptionValue = string | number | boolean;
/** Parsed options by name, as Discord (or the console) delivered them. */
export type CommandOptions = Readonly<Record<string, OptionValue>>;

/** What every handler answers from: built once at start-up, read-only after. */
export interface Deps {
  dataset: Dataset;
  search: SearchEngine;
}

export interface CommandContext {
  options: CommandOptions;
  deps: Deps;
}

export interface AutocompleteContext {
  /** The option the user is typing in, and what they have typed so far. */
  focused: { name: string; value: string };
  options: CommandOptions;
  deps: Deps;
}

/** One slash command: its definition (registered with Discord as-is) and its pure handlers. */
export interface Command {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(ctx: CommandContext): ReplyData;
  autocomplete?(ctx: AutocompleteContext): Choice[];
}
