import { commands as COMMANDS } from '../commands/index.js';
import type { ActionHandler, ActionOp, AnyActionHandler, Command, CommandOptions, Definition, Deps, Registry } from './command.js';
import { EPHEMERAL, ephemeral, type Choice, type ComponentReply, type ReplyData } from './reply.js';
import { decodeAction, type ComponentAction } from './cards/customId.js';

/** The commands built from the loaded data, and everything that dispatches to them. */
export interface Router extends Registry {
  readonly commands: readonly Command[];
  /** What Discord registers, in the order of `commands`. */
  readonly definitions: readonly Definition[];
  find(name: string): Command | undefined;
  /** A slash command → the reply. Unknown names get a short ephemeral note, never an exception. */
  command(name: string, options: CommandOptions): ReplyData;
  /** Autocomplete for one focused option → the command's choices. */
  autocomplete(name: string, focused: { name: string; value: string }, options: CommandOptions): Choice[];
  /** A button or select click, decoded from its custom_id → the updated message or a new private reply. */
  component(customId: string, values: readonly string[]): ComponentReply;
  /** Text addressed to the bot (a mention) → the answer /ask gives. */
  mention(text: string): ReplyData;
  /** Which command owns each kind of button or select. */
  readonly owners: ReadonlyMap<ActionOp, string>;
}

const STALE = 'That button points to something no longer on file (the data may have changed). Run the command again for a fresh card.';
const UNKNOWN = "I don't recognise that button or menu; it may be from an older version of the bot. Run the command again for a fresh card.";

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
  const registered = commands.map((command) => ({ command, definition: command.define(deps.dataset) }));
  const definitions = registered.map((r) => r.definition);
  const registry: Registry = { registered };

  const command = (name: string, options: CommandOptions): ReplyData => {
    const found = byName.get(name);
    if (!found) return ephemeral(`I don't know the command \`/${name.slice(0, 32).replace(/`/g, "'")}\`. Try \`/help\` to see what I can do.`);
    return found.execute({ options, deps, registry });
  };

  const component = (customId: string, values: readonly string[]): ComponentReply => {
    const action = decodeAction(customId);
    const handler = action ? (actions.get(action.op) as ActionHandler<ActionOp> | undefined) : undefined;
    if (!action || !handler) return note(UNKNOWN);
    const data = handler.run(action as ComponentAction, values, deps);
    if (!data) return note(handler.gone?.(action, deps) ?? STALE);
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
    autocomplete: (name, focused, options) => byName.get(name)?.autocomplete?.({ focused, options, deps }) ?? [],
    component,
    mention: (text) => command('ask', { question: text }),
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

export function handleCommand(name: string, options: CommandOptions, deps: Deps): ReplyData {
  return routerFor(deps).command(name, options);
}

export function handleAutocomplete(name: string, focused: { name: string; value: string }, options: CommandOptions, deps: Deps): Choice[] {
  return routerFor(deps).autocomplete(name, focused, options);
}

export function handleComponent(customId: string, values: readonly string[], deps: Deps): ComponentReply {
  return routerFor(deps).component(customId, values);
}

export function handleMention(text: string, deps: Deps): ReplyData {
  return routerFor(deps).mention(text);
}
