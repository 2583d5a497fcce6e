import type { ActionHandler, Command } from '../src/command.js';
import { ephemeral } from '../src/reply.js';
import { forReader, totalsReply, type CardDeps } from '../src/cards/index.js';
import { messages } from '../src/i18n/index.js';
import { applyHide, slash, withHide } from './shared/definition.js';
import { matchChoice, meetingChoices } from './shared/dataChoices.js';

const noSuchMeeting = (deps: CardDeps, n: number) =>
  messages(deps.locale).notes.noSuchMeetingNumber(Math.trunc(n), deps.dataset.meetings.map((m) => m.number).join(', '));

/** The buttons under a totals card switch between the cumulative view and each meeting's, in place. */
const switchView: ActionHandler<'totals'> = {
  op: 'totals',
  delivery: () => 'update',
  run: (a, _values, deps, locale) => totalsReply(forReader(deps, locale), a.meeting),
  gone: (a, deps, locale) => noSuchMeeting(forReader(deps, locale), a.meeting ?? -1),
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
  execute: ({ options, deps: shared, locale }) => {
    const deps = forReader(shared, locale);
    const given = options.meeting !== undefined && options.meeting !== '';
    const choice = given ? matchChoice(meetingChoices(deps.dataset), options.meeting) : undefined;
    const reply = given && !choice ? null : totalsReply(deps, choice?.value);
    if (!reply) return ephemeral(messages(locale).notes.noSuchMeeting);
    return applyHide(reply, options);
  },
  actions: [switchView],
};
