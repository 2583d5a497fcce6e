import { LIMITS } from './limits.js';
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { chineseNamesFor, dateFor, meetingName, words, type CardDeps } from './reader.js';
import type { Project } from '../dataset/index.js';
import type { RecordRef } from './customId.js';
import { footer } from './footer.js';
import { describedText, nameWithChinese, partyLine } from './parts.js';
import { sourceFields } from './sources.js';
import { COLOURS } from './style.js';
import { escape, joinLines } from './text.js';

/**
 * The data's note on the partners. "Not named in the sources." is the bot's own caveat, said in the
 * reader's language; any other note is the curators' text, shown as written.
 */
function partnersNote(deps: CardDeps, note: string | undefined): string | undefined {
  if (!note) return undefined;
  return /^not named in the sources\.?$/i.test(note.trim()) ? words(deps).caveat.unnamed : escape(note);
}

/** The records a project card links to: its MOUs, its named partners, its meeting. */
export function projectLinks(p: Project): RecordRef[] {
  return [
    ...p.relatedMous.map((id) => ({ kind: 'mou' as const, id })),
    ...p.partners.flatMap((x) => ('org' in x ? [{ kind: 'organisation' as const, id: x.org }] : [])),
    { kind: 'meeting', id: p.meeting },
  ];
}

/**
 * What it is and when (the answer) leads; then who, and the topics. The meeting and the related
 * MOU are the card's buttons, so they are not listed again as fields.
 */
export function projectEmbed(deps: CardDeps, p: Project): APIEmbed {
  const meeting = deps.dataset.meeting(p.meeting);
  const w = words(deps);
  const when = meeting
    ? w.meetingRef(escape(meetingName(deps, meeting)), dateFor(deps, meeting.date.value))
    : w.noMeeting;
  const what = p.kind === 'demonstration-zone' ? w.project.zone(p.count, when) : w.project.joint(p.number, when);
  const zh = chineseNamesFor(deps, { kind: 'project', id: p.id });
  const partners = p.partners.map((x) => `• ${partyLine(deps, x)}`);
  const fields: APIEmbedField[] = [
    {
      name: w.project.partners,
      value: joinLines(
        deps,
        [...partners, ...(partnersNote(deps, p.partnersNote) ? [`*${partnersNote(deps, p.partnersNote)}*`] : [])],
        LIMITS.fieldValue,
        w.project.noPartners,
      ),
    },
    ...(p.topics.length ? [{ name: w.project.topics, value: escape(p.topics.join(', ')) }] : []),
    ...sourceFields(
      deps.dataset,
      [...zh.flatMap((n) => n.sources), ...p.description.sources, ...p.sources],
      deps.locale,
    ),
  ];
  return {
    // A name the source gives in Chinese only: a Chinese reader gets that name as the title, our rendering below.
    title:
      p.nameIsRendering && deps.locale !== 'en' && zh[0]
        ? zh[0].name
        : nameWithChinese(deps, escape(p.name), { kind: 'project', id: p.id }),
    color: COLOURS.project,
    // A name the source gives only in Chinese: our English is a rendering, and says so.
    description: `${what}${p.nameIsRendering ? `\n*${w.project.rendering(escape(p.name), zh[0]?.name ?? '')}*` : ''}\n\n${describedText(deps, p.description)}`,
    fields,
    footer: footer(deps),
  };
}
