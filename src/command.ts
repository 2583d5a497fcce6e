import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Dataset } from './dataset/index.js';
import type { SearchEngine } from './search/index.js';
import type { Choice, ReplyData } from './reply.js';
import type { ComponentAction } from './cards/customId.js';
import type { Locale } from './i18n/index.js';

export type OptionValue = string | number | boolean;
/** Parsed options by name, as Discord (or the console) delivered them. */
export type CommandOptions = Readonly<Record<string, OptionValue>>;

/** What Discord registers for one slash command. */
export type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** What every handler answers from: built once at start-up, read-only after. */
export interface Deps {
  dataset: Dataset;
  search: SearchEngine;
  /** The commands' definitions for this dataset, when the build computed them (the start-up snapshot). */
  definitions?: readonly Definition[];
}

/** A command with the definition the router built for it from the loaded data. */
export interface Registered {
  command: Command;
  definition: Definition;
}

/** The commands as the router built them from the loaded data: what /help and /ask's hints read. */
export interface Registry {
  readonly registered: readonly Registered[];
}

export interface CommandContext {
  options: CommandOptions;
  deps: Deps;
  registry: Registry;
  /** The language to answer in: the interaction's `locale` (Discord), `--locale` (console), else English. */
  locale: Locale;
}

export interface AutocompleteContext {
  /** The option the user is typing in, and what they have typed so far. */
  focused: { name: string; value: string };
  options: CommandOptions;
  deps: Deps;
  /** The language the choices' names are written in. */
  locale: Locale;
}

/** Where a click's answer goes: in place of the message the component sits on, or privately to the clicker. */
export type Delivery = 'update' | 'reply';

export type ActionOp = ComponentAction['op'];
export type ActionOf<Op extends ActionOp> = Extract<ComponentAction, { op: Op }>;

/**
 * What one kind of button or select (one `op` of a custom_id) does. `run` answers null when what the
 * custom_id names is no longer on file; the click then gets `gone` (or the router's stale note) privately.
 */
export interface ActionHandler<Op extends ActionOp = ActionOp> {
  op: Op;
  delivery(action: ActionOf<Op>): Delivery;
  run(action: ActionOf<Op>, values: readonly string[], deps: Deps, locale: Locale): ReplyData | null;
  gone?(action: ActionOf<Op>, deps: Deps, locale: Locale): string;
}

/** A handler for any one op. */
export type AnyActionHandler = { [Op in ActionOp]: ActionHandler<Op> }[ActionOp];

/**
 * One slash command and everything about it: a command without an example, a hint or an owner for the
 * buttons its cards carry does not compile.
 */
export interface Command {
  /** The name Discord registers and the router dispatches on. */
  name: string;
  /** The definition Discord registers, built from the loaded data (option choices come from it). */
  define(dataset: Dataset): Definition;
  /** What /help shows to type first: `/project query:quikbot`. */
  example: string;
  /** What it answers, offered when /ask does not understand a question: "a joint project". */
  hint: string;
  execute(ctx: CommandContext): ReplyData;
  autocomplete?(ctx: AutocompleteContext): Choice[];
  /** The buttons and selects this command's cards carry, and what a click on each does. */
  actions?: readonly AnyActionHandler[];
}
