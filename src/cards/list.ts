import type { APIEmbedField } from 'discord-api-types/v10';
import type { Deps } from '../command.js';
import type { Mou } from '../dataset/index.js';
import { NO_MENTIONS, type ReplyData } from '../reply.js';
import { button, buttonRows, recordSelect } from './components.js';
import { encodeAction, type PartnerFilters } from './customId.js';
import { fitReply } from './fit.js';
import { footer } from './footer.js';
import { groupLabel } from './mou.js';
import { partyLine } from './parts.js';
import { COLOURS } from './style.js';
import { escape, joinLines } from './text.js';

/** MOUs a page: six fields of parties keep each page well inside 6000 characters. */
export const PARTNERS_PAGE_SIZE = 6;

/** Each filter: does the MOU match it. Data-driven, so a new filter is one line. */
function matches(deps: Deps, m: Mou, f: PartnerFilters): boolean {
  const countryOk =
    f.country === undefined ||
    m.parties.some((p) => 'org' in p && deps.dataset.organisation(p.org)?.country.toLowerCase() === f.country?.toLowerCase());
  const meetingOk = f.meeting === undefined || deps.dataset.meeting(m.meeting)?.number === f.meeting;
  const groupOk = f.group === undefined || m.group === f.group;
  return countryOk && meetingOk && groupOk;
}

export function filtersText(deps: Deps, f: PartnerFilters): string {
  const parts = [
    f.country ? `partners from ${f.country === 'unclear' ? 'an unclear country' : escape(f.country)}` : '',
    f.meeting !== undefined ? `the ${escape(deps.dataset.meetingByNumber(f.meeting)?.name ?? `meeting ${f.meeting}`)}` : '',
    f.group ? `Annex A group “${groupLabel(deps, f.group)}”` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'none';
}

export function filteredMous(deps: Deps, f: PartnerFilters): Mou[] {
  return deps.dataset.mous.filter((m) => matches(deps, m, f));
}

/** Which partners signed MOUs on file: grouped by MOU, filtered, a page at a time; null when no MOU matches. */
export function partnersReply(deps: Deps, filters: PartnerFilters, page = 0): ReplyData | null {
  const mous = filteredMous(deps, filters);
  if (mous.length === 0) return null;
  const pages = Math.ceil(mous.length / PARTNERS_PAGE_SIZE);
  const p = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  const shown = mous.slice(p * PARTNERS_PAGE_SIZE, (p + 1) * PARTNERS_PAGE_SIZE);
  const fields: APIEmbedField[] = shown.map((m) => ({
    name: `MOU: ${escape(m.name)}`,
    value: joinLines([
      ...m.parties.map((x) => `• ${partyLine(deps, x)}`),
      `*${escape(deps.dataset.meeting(m.meeting)?.name ?? m.meeting)} · ${groupLabel(deps, m.group)}*`,
    ]),
  }));
  const partnerIds = new Set(mous.flatMap((m) => m.parties.flatMap((x) => ('org' in x ? [x.org] : []))));
  const reported = deps.dataset.figures.latestTotals;
  const description = [
    `Partners that signed the MOUs on file, grouped by MOU. Filters: ${filtersText(deps, filters)}.`,
    `${mous.length} MOU${mous.length === 1 ? '' : 's'}, ${partnerIds.size} named partner${partnerIds.size === 1 ? '' : 's'}. Page ${p + 1} of ${pages}.`,
    ...(reported ? [`The sources report ${reported.mous} MOUs in all as of the ${escape(reported.meeting.name)}; only those whose parties the sources name are on file.`] : []),
  ].join('\n');
  const nav = buttonRows([
    p > 0 ? button('◀ Previous', encodeAction({ op: 'partners', filters, page: p - 1 })) : null,
    p < pages - 1 ? button('Next ▶', encodeAction({ op: 'partners', filters, page: p + 1 })) : null,
  ]);
  const select = recordSelect(
    deps,
    encodeAction({ op: 'pick', mode: 'open', tag: 'partners' }),
    'Open an MOU or a partner…',
    [
      ...shown.map((m) => ({ kind: 'mou' as const, id: m.id })),
      ...shown.flatMap((m) => m.parties.flatMap((x) => ('org' in x ? [{ kind: 'organisation' as const, id: x.org }] : []))),
    ],
  );
  const sources = [...new Set(shown.flatMap((m) => m.sources))];
  return fitReply({
    embeds: [{ title: 'Partners by MOU', color: COLOURS.list, description, fields, footer: footer(deps, sources) }],
    components: [...(select ? [select] : []), ...nav],
    allowed_mentions: NO_MENTIONS,
  });
}
