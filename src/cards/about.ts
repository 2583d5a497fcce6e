import type { APIEmbedField } from 'discord-api-types/v10';
import { NO_MENTIONS, type ReplyData } from '../reply.js';
import { fitReply } from './fit.js';
import { dataAsOf } from './footer.js';
import { chineseNamesFor, dateFor, meetingName, words, zhLabel, type CardDeps } from './reader.js';
import { sourceFields } from './sources.js';
import { COLOURS } from './style.js';
import { escape, joinLines } from './text.js';

/** The SCI's own Chinese names (the initiative, its committee, the Demonstration Zone), for a Chinese reader. */
function chineseNamesField(deps: CardDeps): { field: APIEmbedField[]; sources: string[] } {
  const w = words(deps);
  const bodies = [
    { label: w.about.initiative, names: chineseNamesFor(deps, { kind: 'initiative' }) },
    { label: w.about.committee, names: chineseNamesFor(deps, { kind: 'committee' }) },
    { label: w.about.zone, names: chineseNamesFor(deps, { kind: 'demonstrationZone' }) },
  ].filter((b) => b.names.length);
  if (!bodies.length) return { field: [], sources: [] };
  const line = (n: (typeof bodies)[number]['names'][number]) =>
    w.chineseName(
      n.name,
      [zhLabel(deps, n.label), ...(n.rendering ? [w.about.rendering(escape(n.rendering))] : [])]
        .filter(Boolean)
        .join(w.comma),
    );
  return {
    field: [
      {
        name: w.chineseNames,
        value: joinLines(
          deps,
          bodies.map((b) => `• ${w.labelled(b.label, b.names.map(line).join(w.comma))}`),
        ),
      },
    ],
    sources: bodies.flatMap((b) => b.names.flatMap((n) => n.sources)),
  };
}

/** What the SCI is, its pillars, how far the data reaches, what happened since, and every source document. */
export function aboutReply(deps: CardDeps): ReplyData {
  const d = deps.dataset;
  const i = d.initiative;
  const w = words(deps);
  const latest = d.latestMeeting;
  const zh = chineseNamesField(deps);
  const events = i.events ?? [];
  const fields: APIEmbedField[] = [
    ...zh.field,
    { name: w.about.launched, value: escape(i.launched.text) },
    { name: w.about.pillars, value: i.pillars.map((p) => `• ${escape(p.name)}`).join('\n') },
    {
      name: w.about.reach,
      value: w.about.reachText(
        escape(meetingName(deps, latest)),
        dateFor(deps, latest.date.value),
        d.meetings.length,
        d.mous.length,
        d.projects.length,
        d.organisations.length,
      ),
    },
    // Dated events after the meetings on file (the 2024 fifth-anniversary visit), as the source tells them.
    ...(events.length
      ? [
          {
            name: w.about.events,
            value: joinLines(
              deps,
              events.map((e) => `• ${w.labelled(`**${dateFor(deps, e.date)}**`, escape(e.text))}`),
            ),
          },
        ]
      : []),
    // Every document the data cites, once each, as one line of links.
    ...sourceFields(
      d,
      [
        i.summary.sources,
        i.launched.sources,
        ...i.pillars.map((p) => p.sources),
        zh.sources,
        ...events.map((e) => e.sources),
        d.sources.map((s) => s.id),
      ].flat(),
      deps.locale,
    ),
  ];
  return fitReply({
    embeds: [
      {
        title: w.about.title(escape(i.name), escape(i.shortName)),
        color: COLOURS.about,
        description: escape(i.summary.text),
        fields,
        footer: { text: w.about.footer(dataAsOf(deps)) },
      },
    ],
    allowed_mentions: NO_MENTIONS,
  });
}
