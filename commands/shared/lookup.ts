import type { Command, Deps } from '../../src/command.js';
import type { RecordKind } from '../../src/dataset/index.js';
import { ephemeral, type ReplyData } from '../../src/reply.js';
import type { SearchHit } from '../../src/search/index.js';
import { noMatchReply, recordReply } from '../../src/cards/index.js';
import { applyHide, slash, text, withHide } from './definition.js';
import { cardWithOthers, recordChoices, resolveRef } from './records.js';

export interface LookupSpec {
  name: string;
  description: string;
  option: string;
  optionDescription: string;
  kinds: readonly RecordKind[];
  /** "a project's name", for the messages. */
  noun: string;
  example: string;
  /** What it looks up, offered when /ask does not understand a question. */
  hint: string;
}

/**
 * Submit: a known record id opens it; anything else is searched as free text. A confident best
 * answers with its card and the runners-up; otherwise a private "did you mean" with the closest
 * records (of any kind, when none of this kind is close) and the command to try.
 */
export function lookup(deps: Deps, spec: LookupSpec, raw: string): ReplyData {
  const query = raw.trim();
  if (!query)
    return ephemeral(`Type ${spec.noun}, for example \`${spec.example}\`. Suggestions appear as you type.`);
  const ref = resolveRef(deps, query, spec.kinds);
  if (ref) return recordReply(deps, ref) ?? ephemeral('That record is no longer on file. Try the command again.');
  const { best, others } = deps.search.lookup(query, { kinds: spec.kinds });
  const answer = best ? cardWithOthers(deps, best, others) : null;
  if (answer) return answer;
  let near: SearchHit[] = others;
  if (near.length === 0) {
    const anyKind = deps.search.lookup(query);
    near = [...(anyKind.best ? [anyKind.best] : []), ...anyKind.others];
  }
  return noMatchReply(deps, query, near, `\`/${spec.name} ${spec.option}:\` with a name from the suggestions`, spec.kinds);
}

/** A lookup command: one required, autocompleted option naming a record, and `hide`. */
export function lookupCommand(spec: LookupSpec): Command {
  return {
    name: spec.name,
    define: () =>
      withHide(
        slash(spec.name, spec.description).addStringOption((o) =>
          o.setName(spec.option).setDescription(spec.optionDescription).setRequired(true).setAutocomplete(true).setMaxLength(200),
        ),
      ).toJSON(),
    example: spec.example,
    hint: spec.hint,
    execute: ({ options, deps }) => applyHide(lookup(deps, spec, text(options, spec.option)), options),
    autocomplete: ({ focused, deps }) => (focused.name === spec.option ? recordChoices(deps, focused.value, spec.kinds, 'id') : []),
  };
}
