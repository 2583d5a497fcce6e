import type { Command } from '../../src/command.js';
import { messages } from '../../src/i18n/index.js';
import type { RecordKind } from '../../src/dataset/index.js';
import { ephemeral, type ReplyData } from '../../src/reply.js';
import type { SearchHit } from '../../src/search/index.js';
import {
  elsewhereReply,
  forReader,
  noMatchReply,
  recordReply,
  resultsReply,
  type CardDeps,
} from '../../src/cards/index.js';
import { applyHide, slash, text, withHide } from './definition.js';
import { cardWithOthers, recordChoices, resolveRef } from './records.js';
import { latestMeetingRecords } from '../../src/dataset/latest.js';
import { listedHit } from '../../src/search/index.js';

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

/** Hits this close to the best are as good as it: a query several records answer equally is a topic. */
const TIE = 0.01;
/** Tiers that name one record: never a topic, however many others also match. */
const NAMING = new Set(['exact', 'alias']);

/**
 * Submit: a known record id (or a choice's name) opens it; anything else is searched as free text.
 * One confident best answers with its card and the runners-up; several equally good (a broad topic,
 * `/project query:ai`) answer with the list of every match. A name the data knows as another kind
 * (`/mou query:ntu`) says what it is and where to look. Otherwise a private "did you mean".
 */
export function lookup(deps: CardDeps, spec: LookupSpec, raw: string): ReplyData {
  const notes = messages(deps.locale).notes;
  const query = raw.trim();
  if (!query) return ephemeral(notes.typeSomething(notes.noun[spec.name] ?? spec.noun, spec.example));
  const ref = resolveRef(deps, query, spec.kinds);
  if (ref) return recordReply(deps, ref) ?? ephemeral(notes.gone);
  const { best, others } = deps.search.lookup(query, { kinds: spec.kinds });
  if (best) {
    const all = deps.search.search(query, { kinds: spec.kinds, limit: 500 });
    const tied = all.filter((h) => h.score <= best.score + TIE);
    if (!NAMING.has(best.tier) && tied.length >= 2) return resultsReply(deps, query, all);
    const answer = cardWithOthers(deps, best, others);
    if (answer) return answer;
  }
  const anyKind = deps.search.lookup(query);
  if (anyKind.best && NAMING.has(anyKind.best.tier) && !spec.kinds.includes(anyKind.best.kind)) {
    const elsewhere = elsewhereReply(
      deps,
      anyKind.best,
      spec.kinds,
      anyKind.best.tier === 'alias' ? anyKind.best.matched : undefined,
    );
    if (elsewhere) return elsewhere;
  }
  const near: SearchHit[] = others.length ? others : [...(anyKind.best ? [anyKind.best] : []), ...anyKind.others];
  return noMatchReply(
    deps,
    query,
    near,
    notes.withSuggestion(`/${spec.name} ${spec.option}:`),
    spec.kinds,
    latestMeetingRecords(deps.dataset, spec.kinds).map(listedHit),
  );
}

/** A lookup command: one required, autocompleted option naming a record, and `hide`. */
export function lookupCommand(spec: LookupSpec): Command {
  return {
    name: spec.name,
    define: () =>
      withHide(
        slash(spec.name, spec.description).addStringOption((o) =>
          o
            .setName(spec.option)
            .setDescription(spec.optionDescription)
            .setRequired(true)
            .setAutocomplete(true)
            .setMaxLength(200),
        ),
      ).toJSON(),
    example: spec.example,
    hint: spec.hint,
    execute: ({ options, deps, locale }) =>
      applyHide(lookup(forReader(deps, locale), spec, text(options, spec.option)), options),
    autocomplete: ({ focused, deps, locale }) =>
      focused.name === spec.option ? recordChoices(forReader(deps, locale), focused.value, spec.kinds, 'id') : [],
  };
}
