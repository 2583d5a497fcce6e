import type { APIEmbedField } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import { NO_MENTIONS, type ReplyData } from '../reply.js';
import { fitReply } from './fit.js';
import { dataAsOf } from './footer.js';
import { sourceFields } from './sources.js';
import { COLOURS } from './style.js';
import { escape, formatDate } from './text.js';

/** What the SCI is, its pillars, how far the data reaches, and every source document. */
export function aboutReply(deps: Deps): ReplyData {
  const d = deps.dataset;
  const i = d.initiative;
  const latest = d.latestMeeting;
  const fields: APIEmbedField[] = [
    { name: 'Launched', value: escape(i.launched.text) },
    { name: 'Pillars', value: i.pillars.map((p) => `• ${escape(p.name)}`).join('\n') },
    {
      name: 'How far the data reaches',
      value: `Up to the ${escape(latest.name)} (${formatDate(latest.date.value)}). On file: ${d.meetings.length} meetings (with the founding MOU), ${d.mous.length} MOUs, ${d.projects.length} project records, ${d.organisations.length} organisations. Where the sources are silent, the bot says so rather than guess.`,
    },
    // Every document the data cites, once each, as one line of links.
    ...sourceFields(
      d,
      [i.summary.sources, i.launched.sources, ...i.pillars.map((p) => p.sources), d.sources.map((s) => s.id)].flat(),
    ),
  ];
  return fitReply({
    embeds: [
      {
        title: `About: ${escape(i.name)} (${escape(i.shortName)})`,
        color: COLOURS.about,
        description: escape(i.summary.text),
        fields,
        footer: { text: `${dataAsOf(deps)} · Try /help for the commands` },
      },
    ],
    allowed_mentions: NO_MENTIONS,
  });
}
