import { commands as COMMANDS } from '../commands/index.js';
import type {
  ActionHandler,
  ActionOp,
  AnyActionHandler,
  Command,
  CommandOptions,
  Definition,
  Deps,
  Registry,
} from './command.js';
import { EPHEMERAL, ephemeral, type Choice, type ComponentReply, type ReplyData } from './reply.js';
import { decodeAction, type ComponentAction } from './cards/customId.js';
import { DEFAULT_LOCALE, localeOfText, messages, type Locale } from './i18n/index.js';
import { localiseDefinition } from './i18n/commands.js';

/** The commands built from the loaded data, and everything that dispatches to them. */
export interface Router extends Registry {
  readonly commands: readonly Command[];
  /** What Discord registers, in the order of `commands`. */
  readonly definitions: readonly Definition[];
  find(name: string): Command | undefined;
  /** A slash command → the reply. Unknown names get a short ephemeral note, never an exception. */
  command(name: string, options: CommandOptions, locale?: Locale): ReplyData;
  /** Autocomplete for one focused option → the command's choices. */
  autocomplete(
    name: string,
    focused: { name: string; value: string },
    options: CommandOptions,
    locale?: Locale,
  ): Choice[];
  /** A button or select click, decoded from its custom_id → the updated message or a new private reply. */
  component(customId: string, values: readonly string[], locale?: Locale): ComponentReply;
  /**
   * Text addressed to the bot (a mention) → the answer /ask gives. A message carries no locale:
   * a question written in Chinese is answered in its script, anything else in `locale`.
   */
  mention(text: string, locale?: Locale): ReplyData;
  /** Which command owns each kind of button or select. */
  readonly owners: ReadonlyMap<ActionOp, string>;
}

const note = (text: string): ComponentReply => ({ type: 'reply', data: ephemeral(text) });

/** Builds the name map, the definitions Discord registers and the action table from the commands. */
export function createRouter(deps: Deps, commands: readonly Command[] = COMMANDS): Router {
  const byName = new Map<string, Command>();
  const actions = new Map<ActionOp, AnyActionHandler>();
  const owners = new Map<ActionOp, string>();
  for (const c of commands) {
    if (byName.has(c.name)) throw new Error(`two commands are named /${c.name}`);
    byName.set(c.name, c);
    for (const a of c.actions ?? []) {
      const owner = owners.get(a.op);
      if (owner !== undefined) throw new Error(`/${c.name} and /${owner} both claim the "${a.op}" action`);
      owners.set(a.op, c.name);
      actions.set(a.op, a);
    }
  }
  // Each definition carries its Chinese names and descriptions (Discord shows them to zh-CN and zh-TW users).
  // The build's snapshot holds them for its data (src/snapshot.ts): taken when they are the commands' own.
  const built = deps.definitions;
  const prebuilt = built?.length === commands.length && commands.every((c, i) => built[i]?.name === c.name);
  const registered = commands.map((command, i) => ({
    command,
    definition: prebuilt ? (built[i] as Definition) : localiseDefinition(command.define(deps.dataset), deps.dataset),
  }));
  const definitions = registered.map((r) => r.definition);
  const registry: Registry = { registered };

  const command = (name: string, options: CommandOptions, locale: Locale = DEFAULT_LOCALE): ReplyData => {
    const found = byName.get(name);
    if (!found) return ephemeral(messages(locale).router.unknownCommand(name.slice(0, 32).replace(/`/g, "'")));
    return found.execute({ options, deps, registry, locale });
  };

  const component = (customId: string, values: readonly string[], locale: Locale = DEFAULT_LOCALE): ComponentReply => {
    const action = decodeAction(customId);
    const handler = action ? (actions.get(action.op) as ActionHandler<ActionOp> | undefined) : undefined;
    if (!action || !handler) return note(messages(locale).router.unknownComponent);
    const data = handler.run(action as ComponentAction, values, deps, locale);
    if (!data) return note(handler.gone?.(action, deps, locale) ?? messages(locale).router.stale);
    if (handler.delivery(action) === 'update') return { type: 'update', data };
    return { type: 'reply', data: { ...data, flags: (data.flags ?? 0) | EPHEMERAL } };
  };

  return {
    commands,
    definitions,
    registered,
    owners,
    find: (name) => byName.get(name),
    command,
    autocomplete: (name, focused, options, locale = DEFAULT_LOCALE) =>
      byName.get(name)?.autocomplete?.({ focused, options, deps, locale }) ?? [],
    component,
    mention: (text, locale = DEFAULT_LOCALE) => command('ask', { question: text }, localeOfText(text, locale)),
  };
}

// The transports and tests hand their Deps to each call; each Deps gets one router, built on first use.
const routers = new WeakMap<Deps, Router>();

export function routerFor(deps: Deps): Router {
  let router = routers.get(deps);
  if (!router) {
    router = createRouter(deps);
    routers.set(deps, router);
  }
  return router;
}

/** A command by name (the command list does not depend on the data; its definitions do). */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** The definitions Discord registers, built from the loaded data: the same the router dispatches on. */
export function commandDefinitions(deps: Deps): readonly Definition[] {
  return routerFor(deps).definitions;
}

export function handleCommand(name: string, options: CommandOptions, deps: Deps, locale?: Locale): ReplyData {
  return routerFor(deps).command(name, options, locale);
}

export function handleAutocomplete(
  name: string,
  focused: { name: string; value: string },
  options: CommandOptions,
  deps: Deps,
  locale?: Locale,
): Choice[] {
  return routerFor(deps).autocomplete(name, focused, options, locale);
}

export function handleComponent(
  customId: string,
  values: readonly string[],
  deps: Deps,
  locale?: Locale,
): ComponentReply {
  return routerFor(deps).component(customId, values, locale);
}

export function handleMention(text: string, deps: Deps, locale?: Locale): ReplyData {
  return routerFor(deps).mention(text, locale);
}
