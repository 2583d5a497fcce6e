import { LIMITS } from './limits.js';
import type { APIEmbedField } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import { NO_MENTIONS, type ReplyData } from '../reply.js';
import { fitReply } from './fit.js';
import { dataAsOf, sourceLabel } from './footer.js';
import { COLOURS } from './style.js';
import { escape, formatDate, truncate } from './text.js';

/** Lines packed into as few fields as fit a field value each, named "Sources", "Sources (2)", … */
export function chunkFields(name: string, lines: readonly string[], max: number = LIMITS.fieldValue): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) fields.push({ name: fields.length ? `${name} (${fields.length + 1})` : name, value: current.join('\n') });
    current = [];
  };
  for (const raw of lines) {
    const line = truncate(raw, max);
    if ([...current, line].join('\n').length > max) flush();
    current.push(line);
  }
  flush();
  return fields;
}

/** What the SCI is, its pillars, how far the data reaches, and every source document. */
export function aboutReply(deps: Deps): ReplyData {
  const d = deps.dataset;
  const i = d.initiative;
  const latest = d.latestMeeting;
  const sources = d.sources
    // A source whose headline is not on file says what it is instead (never a composed title).
    .map((s) => `• ${escape(sourceLabel(deps.dataset, s.id))}: ${s.title ? `*${escape(truncate(s.title, 110))}*` : escape(s.about ?? '')}`);
  const fields: APIEmbedField[] = [
    { name: 'Launched', value: escape(i.launched.text) },
    { name: 'Pillars', value: i.pillars.map((p) => `• ${escape(p.name)}`).join('\n') },
    {
      name: 'How far the data reaches',
      value: `Up to the ${escape(latest.name)} (${formatDate(latest.date.value)}). On file: ${d.meetings.length} meetings (with the founding MOU), ${d.mous.length} MOUs, ${d.projects.length} project records, ${d.organisations.length} organisations. Where the sources are silent, the bot says so rather than guess.`,
    },
    ...chunkFields('Sources', sources),
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
