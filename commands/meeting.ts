import type { Command } from '../src/command.js';
import { ephemeral } from '../src/reply.js';
import { forReader, meetingReply } from '../src/cards/index.js';
import { messages } from '../src/i18n/index.js';
import { applyHide, slash, withHide } from './shared/definition.js';
import { matchChoice, meetingChoices } from './shared/dataChoices.js';

/** /meeting number: what happened at a JIC meeting (0 = the founding MOU). */
export const meeting: Command = {
  name: 'meeting',
  define: (dataset) =>
    withHide(
      slash('meeting', 'A JIC meeting: date, place, co-chairs, what was signed and launched').addIntegerOption((o) =>
        o
          .setName('number')
          .setDescription('Which meeting (0 = the founding MOU); the latest when left out')
          .addChoices(...meetingChoices(dataset)),
      ),
    ).toJSON(),
  example: '/meeting number:4',
  hint: 'one JIC meeting',
  execute: ({ options, deps: shared, locale }) => {
    const deps = forReader(shared, locale);
    const notes = messages(locale).notes;
    const choices = meetingChoices(deps.dataset);
    // No number: the latest meeting, the one people most often mean.
    if (options.number === undefined || options.number === '')
      return applyHide(meetingReply(deps, deps.dataset.latestMeeting.number) ?? ephemeral(notes.noMeetings), options);
    const choice = matchChoice(choices, options.number);
    const reply = choice ? meetingReply(deps, choice.value) : null;
    if (!reply) return ephemeral(notes.pickMeeting(choices.map((c) => c.value).join(', ')));
    return applyHide(reply, options);
  },
};
