import type { ActionHandler, Command } from '../src/command.js';
import { ephemeral } from '../src/reply.js';
import {
  forReader,
  noMatchReply,
  parseRef,
  recordReply,
  searchResultsReply,
  RECORD_KINDS,
} from '../src/cards/index.js';
import { messages } from '../src/i18n/index.js';
import { applyHide, slash, text, withHide } from './shared/definition.js';
import { recordChoices, resolveRef } from './shared/records.js';

/*
 * Opening a record's card from a button or a select is /search's job wherever the button sits: every
 * card links to its related records, and /search is the command that reaches any record. `open` answers
 * the clicker privately (the card stays for everyone); `go` replaces the message in place.
 */
const openRecord: ActionHandler<'record'> = {
  op: 'record',
  delivery: (a) => (a.mode === 'go' ? 'update' : 'reply'),
  run: (a, _values, deps, locale) => recordReply(forReader(deps, locale), a.ref),
};

/** A select's values are record refs `<kind>:<id>`; exactly one is picked. */
const pickRecord: ActionHandler<'pick'> = {
  op: 'pick',
  delivery: (a) => (a.mode === 'go' ? 'update' : 'reply'),
  run: (_a, values, deps, locale) => {
    const ref = values.length === 1 ? parseRef(values[0] ?? '') : null;
    return ref ? recordReply(forReader(deps, locale), ref) : null;
  },
};

/** ◀ ▶ on a results page: the same search, another page, in place. */
const searchPage: ActionHandler<'search'> = {
  op: 'search',
  delivery: () => 'update',
  run: (a, _values, deps, locale) => searchResultsReply(forReader(deps, locale), a.query, a.page),
};

/** /search query: every match across every kind of record, counted truly, 25 a page in a select. */
export const search: Command = {
  name: 'search',
  define: () =>
    withHide(
      slash('search', 'Search everything: projects, MOUs, partners and meetings').addStringOption((o) =>
        o
          .setName('query')
          .setDescription('Any words: a name, an abbreviation, a topic')
          .setRequired(true)
          .setAutocomplete(true)
          .setMaxLength(200),
      ),
    ).toJSON(),
  example: '/search query:energy storage',
  hint: 'any words, across projects, MOUs, partners and meetings',
  execute: ({ options, deps: shared, locale }) => {
    const deps = forReader(shared, locale);
    const notes = messages(locale).notes;
    const query = text(options, 'query').trim();
    if (!query) return ephemeral(notes.searchEmpty);
    const ref = resolveRef(deps, query, RECORD_KINDS, 'ref');
    if (ref) return applyHide(recordReply(deps, ref) ?? ephemeral(notes.gone), options);
    if (deps.search.search(query, { limit: 1 }).length === 0)
      return noMatchReply(deps, query, deps.search.suggest(query), notes.searchOther);
    return applyHide(searchResultsReply(deps, query, 0), options);
  },
  autocomplete: ({ focused, deps, locale }) =>
    focused.name === 'query' ? recordChoices(forReader(deps, locale), focused.value, RECORD_KINDS, 'ref') : [],
  actions: [openRecord, pickRecord, searchPage],
};
