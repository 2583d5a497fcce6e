import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { andList, dateFor, meetingName, words, type CardDeps } from './reader.js';
import type { Mou } from '../dataset/index.js';
import { messages } from '../i18n/index.js';
import type { RecordRef } from './customId.js';
import { footer } from './footer.js';
import { describedText, partyLine, zhSources } from './parts.js';
import { sourceFields } from './sources.js';
import { COLOURS } from './style.js';
import { escape } from './text.js';

/** The records an MOU card links to: its projects, its named parties, its meeting. */
export function mouLinks(m: Mou): RecordRef[] {
  return [
    ...m.relatedProjects.map((id) => ({ kind: 'project' as const, id })),
    ...m.parties.flatMap((x) => ('org' in x ? [{ kind: 'organisation' as const, id: x.org }] : [])),
    { kind: 'meeting', id: m.meeting },
  ];
}

/** A group label as a reader reads it: the curators' asides about the capture stay in the data. */
export const readerGroupLabel = (label: string) => label.replace(/\s*\([^()]*captur[^()]*\)/gi, '').trim();

/** An Annex A group as a reader names it, escaped for a card. */
export function groupLabel(deps: CardDeps, groupId: string | null): string {
  if (groupId === null) return words(deps).mou.noGroup;
  const label = escape(readerGroupLabel(deps.dataset.group(groupId)?.label ?? groupId));
  // The source's heading stays; a Chinese reader gets our rendering of it beside.
  const zh = deps.locale === 'en' ? undefined : messages(deps.locale).mouGroup[groupId];
  return zh ? `${zh}（${label}）` : label;
}

/** Who signed and when (the answer) leads, then what it covers; title, group and topics below. */
export function mouEmbed(deps: CardDeps, m: Mou): APIEmbed {
  const meeting = deps.dataset.meeting(m.meeting);
  const w = words(deps);
  const when = meeting
    ? w.meetingRef(escape(meetingName(deps, meeting)), dateFor(deps, meeting.date.value))
    : w.noMeeting;
  const parties = andList(
    deps,
    m.parties.map((x) => partyLine(deps, x)),
  );
  const fields: APIEmbedField[] = [
    ...(m.title ? [{ name: w.mou.title, value: describedText(deps, m.title) }] : []),
    ...(m.group !== null ? [{ name: w.mou.group, value: groupLabel(deps, m.group), inline: true }] : []),
    ...(m.topics.length ? [{ name: w.mou.topics, value: escape(m.topics.join(', ')), inline: true }] : []),
    ...sourceFields(
      deps.dataset,
      [...m.parties.flatMap((x) => ('org' in x ? zhSources(deps, x.org) : [])), ...m.description.sources, ...m.sources],
      deps.locale,
    ),
  ];
  return {
    title: w.mou.heading(escape(m.name)),
    color: COLOURS.mou,
    description: `${w.mou.signed(when, parties)}\n\n${describedText(deps, m.description)}`,
    fields,
    footer: footer(deps),
  };
}
