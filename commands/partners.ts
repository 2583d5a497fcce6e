import type { Command } from '../src/command.js';
import { ephemeral } from '../src/reply.js';
import { partnersReply, type PartnerFilters } from '../src/cards/index.js';
import { applyHide, slash, withHide } from './shared/definition.js';
import { countryChoices, groupChoices, matchChoice, meetingChoices, mouMeetingChoices } from './shared/dataChoices.js';

const countries = countryChoices();
const meetings = mouMeetingChoices();
const groups = groupChoices();

/** /partners: which partners signed MOUs on file, grouped by MOU, filtered, a page at a time. */
export const partners: Command = {
  definition: withHide(
    slash('partners', 'Which partners signed MOUs: grouped by MOU, by country, meeting or Annex A group')
      .addStringOption((o) => o.setName('country').setDescription("Only MOUs with a partner from this country").addChoices(...countries))
      .addIntegerOption((o) => o.setName('meeting').setDescription('Only MOUs signed at this meeting').addChoices(...meetings))
      .addStringOption((o) => o.setName('pillar').setDescription('Only MOUs in this Annex A group').addChoices(...groups)),
  ).toJSON(),
  execute: ({ options, deps }) => {
    // Re-read from the live dataset: the definition's choices were built when the commands loaded.
    const filters: PartnerFilters = {};
    const problems: string[] = [];
    const pick = <T extends { name: string; value: string | number }>(name: string, choices: readonly T[], set: (c: T) => void) => {
      if (options[name] === undefined || options[name] === '') return;
      const c = matchChoice(choices, options[name]);
      if (c) set(c);
      else problems.push(`\`${name}\` must be one of: ${choices.map((x) => x.name).join(', ')}`);
    };
    pick('country', countryChoices(deps.dataset), (c) => (filters.country = c.value));
    pick('meeting', meetingChoices(deps.dataset), (c) => (filters.meeting = c.value));
    pick('pillar', groupChoices(deps.dataset), (c) => (filters.group = c.value));
    if (problems.length) return ephemeral(`I can't use that filter: ${problems.join('; ')}. Try \`/partners\` and pick from the lists.`.slice(0, 2000));
    return applyHide(partnersReply(deps, filters, 0), options);
  },
};
