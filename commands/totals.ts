import type { Command } from '../src/command.js';
import { ephemeral } from '../src/reply.js';
import { totalsReply } from '../src/cards/index.js';
import { applyHide, slash, withHide } from './shared/definition.js';
import { matchChoice, meetingChoices } from './shared/dataChoices.js';

/** /totals: reported totals beside the records on file, cumulative or for one meeting. */
export const totals: Command = {
  definition: withHide(
    slash('totals', 'How many projects and MOUs: reported totals beside the records on file')
      .addIntegerOption((o) => o.setName('meeting').setDescription('One meeting only (0 = the founding MOU)').addChoices(...meetingChoices())),
  ).toJSON(),
  execute: ({ options, deps }) => {
    if (options.meeting === undefined || options.meeting === '') return applyHide(totalsReply(deps), options);
    const choice = matchChoice(meetingChoices(deps.dataset), options.meeting);
    if (!choice) return ephemeral(`There is no such meeting on file. Try \`/totals\` for all meetings, or \`/totals meeting:4\`.`);
    return applyHide(totalsReply(deps, choice.value), options);
  },
};
