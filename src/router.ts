import { commands } from '../commands/index.js';
import type { Command, CommandOptions, Deps } from './command.js';
import { EPHEMERAL, ephemeral, type Choice, type ComponentReply, type ReplyData } from './reply.js';
import { decodeAction, parseRef, partnersReply, recordReply, searchResultsReply, totalsReply, type ComponentAction } from './cards/index.js';

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
  if (!command) return ephemeral(`I don't know the command \`/${name.slice(0, 32).replace(/`/g, "'")}\`. Try \`/help\` to see what I can do.`);
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

const STALE = 'That button points to something no longer on file (the data may have changed). Run the command again for a fresh card.';
const UNKNOWN = "I don't recognise that button or menu; it may be from an older version of the bot. Run the command again for a fresh card.";

const note = (text: string): ComponentReply => ({ type: 'reply', data: ephemeral(text) });

/** `open`: a new private answer for the one who clicked (the card stays for everyone); `go`: in place. */
function deliver(mode: 'open' | 'go', data: ReplyData | null): ComponentReply {
  if (!data) return note(STALE);
  return mode === 'go' ? { type: 'update', data } : { type: 'reply', data: { ...data, flags: (data.flags ?? 0) | EPHEMERAL } };
}

/** Each action a custom_id can carry → what it answers. */
const actions: { [K in ComponentAction['op']]: (a: Extract<ComponentAction, { op: K }>, values: readonly string[], deps: Deps) => ComponentReply } = {
  record: (a, _values, deps) => deliver(a.mode, recordReply(deps, a.ref)),
  pick: (a, values, deps) => {
    const ref = values.length === 1 ? parseRef(values[0] ?? '') : null;
    return ref ? deliver(a.mode, recordReply(deps, ref)) : note(STALE);
  },
  // Paging and switching views replace the message they sit on.
  partners: (a, _values, deps) => ({ type: 'update', data: partnersReply(deps, a.filters, a.page) }),
  totals: (a, _values, deps) => ({ type: 'update', data: totalsReply(deps, a.meeting) }),
  search: (a, _values, deps) => ({ type: 'update', data: searchResultsReply(deps, a.query, a.page) }),
};

/** A button or select click, decoded from its custom_id → the updated message or a new reply. */
export function handleComponent(customId: string, values: readonly string[], deps: Deps): ComponentReply {
  const action = decodeAction(customId);
  if (!action) return note(UNKNOWN);
  const run = actions[action.op] as (a: ComponentAction, values: readonly string[], deps: Deps) => ComponentReply;
  const result = run(action, values, deps);
  // A filter or meeting that no longer exists answers with an ephemeral note: never replace a card with it.
  if (result.type === 'update' && result.data.flags && (result.data.flags & EPHEMERAL) !== 0 && action.op !== 'pick' && action.op !== 'record')
    return { type: 'reply', data: result.data };
  return result;
}

/** Text addressed to the bot (a mention) → the answer. */
export function handleMention(text: string, deps: Deps): ReplyData {
  return handleCommand('ask', { question: text }, deps);
}
