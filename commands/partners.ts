import type { ActionHandler, Command } from '../src/command.js';
import { ephemeral } from '../src/reply.js';
import {
  filtersText,
  forReader,
  LIMITS,
  partnersReply,
  type CardDeps,
  type PartnerFilters,
} from '../src/cards/index.js';
import { messages } from '../src/i18n/index.js';
import { choiceName } from '../src/i18n/commands.js';
import { applyHide, slash, withHide } from './shared/definition.js';
import { countryChoices, groupChoices, matchChoice, meetingChoices, mouMeetingChoices } from './shared/dataChoices.js';

const noMouMatches = (deps: CardDeps, filters: PartnerFilters) =>
  messages(deps.locale).notes.noMouMatches(filtersText(deps, filters));

/** The Previous / Next buttons under a /partners page replace it with the page they name. */
const turnPage: ActionHandler<'partners'> = {
  op: 'partners',
  delivery: () => 'update',
  run: (a, _values, deps, locale) => partnersReply(forReader(deps, locale), a.filters, a.page),
  gone: (a, deps, locale) => noMouMatches(forReader(deps, locale), a.filters),
};

/** /partners: which partners signed MOUs on file, grouped by MOU, filtered, a page at a time. */
export const partners: Command = {
  name: 'partners',
  define: (dataset) =>
    withHide(
      slash('partners', 'Which partners signed MOUs: grouped by MOU, by country, meeting or Annex A group')
        .addStringOption((o) =>
          o
            .setName('country')
            .setDescription('Only MOUs with a partner from this country')
            .addChoices(...countryChoices(dataset)),
        )
        .addIntegerOption((o) =>
          o
            .setName('meeting')
            .setDescription('Only MOUs signed at this meeting')
            .addChoices(...mouMeetingChoices(dataset)),
        )
        .addStringOption((o) =>
          o
            .setName('pillar')
            .setDescription('Only MOUs in this Annex A group')
            .addChoices(...groupChoices(dataset)),
        ),
    ).toJSON(),
  example: '/partners country:China meeting:4',
  hint: 'partners by country, meeting or pillar',
  execute: ({ options, deps: shared, locale }) => {
    const deps = forReader(shared, locale);
    const notes = messages(locale).notes;
    // Submitted values are checked against the same lists the definition offers (the console sends any text).
    const filters: PartnerFilters = {};
    const problems: string[] = [];
    const pick = <T extends { name: string; value: string | number }>(
      name: string,
      choices: readonly T[],
      set: (c: T) => void,
    ) => {
      if (options[name] === undefined || options[name] === '') return;
      const c = matchChoice(choices, options[name]);
      if (c) set(c);
      else
        problems.push(
          notes.mustBe(
            name,
            choices.map((x) => choiceName(name, x, locale, deps.dataset)).join(messages(locale).cards.comma),
          ),
        );
    };
    pick('country', countryChoices(deps.dataset), (c) => (filters.country = c.value));
    pick('meeting', meetingChoices(deps.dataset), (c) => (filters.meeting = c.value));
    pick('pillar', groupChoices(deps.dataset), (c) => (filters.group = c.value));
    if (problems.length) return ephemeral(notes.badFilter(problems.join('; ')).slice(0, LIMITS.content));
    const reply = partnersReply(deps, filters, 0);
    return reply ? applyHide(reply, options) : ephemeral(noMouMatches(deps, filters));
  },
  actions: [turnPage],
};
