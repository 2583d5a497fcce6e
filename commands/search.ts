import type { Command } from '../src/command.js';
import { ephemeral } from '../src/reply.js';
import { noMatchReply, recordReply, searchResultsReply } from '../src/cards/index.js';
import { RECORD_KINDS } from '../src/cards/index.js';
import { applyHide, slash, text, withHide } from './shared/definition.js';
import { recordChoices, resolveRef } from './shared/records.js';

/** /search query: the top matches across every kind of record, with a select to open any. */
export const search: Command = {
  definition: withHide(
    slash('search', 'Search everything: projects, MOUs, partners and meetings')
      .addStringOption((o) =>
        o.setName('query').setDescription('Any words: a name, an abbreviation, a topic').setRequired(true).setAutocomplete(true).setMaxLength(200),
      ),
  ).toJSON(),
  execute: ({ options, deps }) => {
    const query = text(options, 'query').trim();
    if (!query) return ephemeral('Type some words to search for, for example `/search query:energy storage`.');
    const ref = resolveRef(deps, query, RECORD_KINDS, 'ref');
    if (ref) return applyHide(recordReply(deps, ref) ?? ephemeral('That record is no longer on file.'), options);
    if (deps.search.search(query, { limit: 1 }).length === 0) return noMatchReply(deps, query, deps.search.suggest(query), '`/search query:` with other words');
    return applyHide(searchResultsReply(deps, query, 0), options);
  },
  autocomplete: ({ focused, deps }) => (focused.name === 'query' ? recordChoices(deps, focused.value, RECORD_KINDS, 'ref') : []),
};
