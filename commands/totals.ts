import type { ActionHandler, Command, Deps } from '../src/command.js';
import { ephemeral } from '../src/reply.js';
import { totalsReply } from '../src/cards/index.js';
import { applyHide, slash, withHide } from './shared/definition.js';
import { matchChoice, meetingChoices } from './shared/dataChoices.js';

const noSuchMeeting = (deps: Deps, n: number) =>
  `There is no meeting ${Math.trunc(n)} on file. Try \`/totals meeting:<number>\` with one of ${deps.dataset.meetings.map((m) => m.number).join(', ')} (0 is the founding MOU), or \`/totals\` for the cumulative view.`;

/** The buttons under a totals card switch between the cumulative view and each meeting's, in place. */
const switchView: ActionHandler<'totals'> = {
  op: 'totals',
  delivery: () => 'update',
  run: (a, _values, deps) => totalsReply(deps, a.meeting),
  gone: (a, deps) => noSuchMeeting(deps, a.meeting ?? -1),
};

/** /totals: reported totals beside the records on file, cumulative or for one meeting. */
export const totals: Command = {
  name: 'totals',
  define: (dataset) =>
    withHide(
      slash('totals', 'How many projects and MOUs: reported totals beside the records on file').addIntegerOption((o) =>
        o
          .setName('meeting')
          .setDescription('One meeting only (0 = the founding MOU)')
          .addChoices(...meetingChoices(dataset)),
      ),
    ).toJSON(),
  example: '/totals meeting:3',
  hint: 'projects and MOUs, reported and on file',
  execute: ({ options, deps }) => {
    const given = options.meeting !== undefined && options.meeting !== '';
    const choice = given ? matchChoice(meetingChoices(deps.dataset), options.meeting) : undefined;
    const reply = given && !choice ? null : totalsReply(deps, choice?.value);
    if (!reply)
      return ephemeral(`There is no such meeting on file. Try \`/totals\` for all meetings, or \`/totals meeting:4\`.`);
    return applyHide(reply, options);
  },
  actions: [switchView],
};
