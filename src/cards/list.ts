import { LIMITS } from './limits.js';
import type { Deps } from '../command.js';
import type { Mou, Organisation } from '../dataset/index.js';
import { NO_MENTIONS, type ReplyData } from '../reply.js';
import { recordSelect } from './components.js';
import { encodeAction, type PartnerFilters, type RecordRef } from './customId.js';
import { fitReply } from './fit.js';
import { footer } from './footer.js';
import { andList, groupLabel } from './mou.js';
import { withWhom } from './organisation.js';
import { CAVEATS, countryStatus, countryText, partyLine } from './parts.js';
import { countText, pageNav, paginate } from './paging.js';
import { sourceFields } from './sources.js';
import { COLOURS } from './style.js';
import { escape, plural } from './text.js';

/** Every word the /partners list says, in one place. */
const TEXT = {
  titleByMou: 'Partners by MOU',
  titleByCountry: (country: string) =>
    country === 'unclear' ? 'Partners whose country is not stated' : `Partners from ${country}`,
  mous: (n: number) => plural(n, 'MOU'),
  mouCount: (n: number, partners: number, where: string) =>
    `**${plural(n, 'MOU')}** on file${where}, signed by **${plural(partners, 'named partner')}** (both sides counted).`,
  partnerCount: (n: number, country: string, mous: number, where: string, inferred: number) =>
    `**${plural(n, `partner`)}** ${country === 'unclear' ? `whose country is ${CAVEATS.countryNotStated}` : `from ${country}`} signed ${plural(mous, 'MOU')} on file${where}${inferred ? ` (for ${inferred} of them the country is inferred: ${CAVEATS.countryNotStated})` : ''}.`,
  reported: (mous: number, name: string) =>
    `The sources report ${mous} MOUs in all as of the ${name}; only those whose parties the sources name are on file.`,
  page: (first: number, shown: number, total: number, noun: string) =>
    `Showing ${countText(total, noun, first, shown)}.`,
  select: 'Open an MOU or a partner…',
  filtersNone: 'none',
  atMeeting: (name: string) => ` from the ${name}`,
  inGroup: (label: string) => ` in Annex A group “${label}”`,
};

/** Lines a page holds: a page is at most this many characters of lines (and 25 records to open). */
const PAGE_BUDGET = 3000;

/** Each filter: does the MOU match it. Data-driven, so a new filter is one line. */
const FILTERS: {
  [K in keyof PartnerFilters]-?: (deps: Deps, m: Mou, value: NonNullable<PartnerFilters[K]>) => boolean;
} = {
  country: (deps, m, c) =>
    m.parties.some((p) => 'org' in p && deps.dataset.organisation(p.org)?.country.toLowerCase() === c.toLowerCase()),
  meeting: (deps, m, n) => deps.dataset.meeting(m.meeting)?.number === n,
  group: (_deps, m, g) => m.group === g,
};

function matches(deps: Deps, m: Mou, f: PartnerFilters): boolean {
  return (Object.keys(FILTERS) as (keyof PartnerFilters)[]).every((k) => {
    const v = f[k];
    return v === undefined || (FILTERS[k] as (deps: Deps, m: Mou, v: unknown) => boolean)(deps, m, v);
  });
}

export function filtersText(deps: Deps, f: PartnerFilters): string {
  const parts = [
    f.country
      ? f.country === 'unclear'
        ? `partners whose ${CAVEATS.countryNotStated}`
        : `partners from ${escape(f.country)}`
      : '',
    f.meeting !== undefined
      ? `the ${escape(deps.dataset.meetingByNumber(f.meeting)?.name ?? `meeting ${f.meeting}`)}`
      : '',
    f.group ? `Annex A group “${groupLabel(deps, f.group)}”` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : TEXT.filtersNone;
}

export function filteredMous(deps: Deps, f: PartnerFilters): Mou[] {
  return deps.dataset.mous.filter((m) => matches(deps, m, f));
}

const shortMeeting = (deps: Deps, id: string) => escape(deps.dataset.meeting(id)?.name.replace(/ meeting$/, '') ?? id);

/** One MOU as one line: its name, its meeting, and who signed it (each with its country). */
function mouLine(deps: Deps, m: Mou): string {
  return `• **${escape(m.name)}** (${shortMeeting(deps, m.meeting)}): ${andList(m.parties.map((p) => partyLine(deps, p)))}`;
}

/** One partner: its country, then each MOU it signed among those listed, with whom. */
function partnerLines(deps: Deps, o: Organisation, mous: readonly Mou[]): string {
  const own = new Set([o.id, ...deps.dataset.childrenOf(o.id).map((c) => c.id)]);
  const signed = mous.filter((m) => m.parties.some((p) => 'org' in p && own.has(p.org)));
  return [
    `• **${escape(o.name)}** (${countryText(o)})`,
    ...signed.map((m) => `  ◦ ${escape(m.name)} (${shortMeeting(deps, m.meeting)}): ${withWhom(deps, o, m.parties)}`),
  ].join('\n');
}

interface Entry {
  text: string;
  refs: RecordRef[];
  sources: readonly string[];
}

/**
 * Which partners signed MOUs on file. With `country:`, the partners from that country, each with what
 * it signed and with whom; otherwise the MOUs, each with who signed. All on one page when they fit;
 * paged beyond that, with true counts.
 */
export function partnersReply(deps: Deps, filters: PartnerFilters, page = 0): ReplyData | null {
  const d = deps.dataset;
  const mous = filteredMous(deps, filters);
  // Nothing matches: null, and the command words it (it knows the options the user gave).
  if (mous.length === 0) return null;
  const where = [
    filters.meeting !== undefined
      ? TEXT.atMeeting(escape(d.meetingByNumber(filters.meeting)?.name ?? String(filters.meeting)))
      : '',
    filters.group ? TEXT.inGroup(groupLabel(deps, filters.group)) : '',
  ].join('');
  let entries: Entry[];
  let summary: string;
  let noun: string;
  let title: string;
  if (filters.country) {
    const country = filters.country;
    const partnerIds = [...new Set(mous.flatMap((m) => m.parties.flatMap((p) => ('org' in p ? [p.org] : []))))];
    const partners = partnerIds
      .flatMap((id) => d.organisation(id) ?? [])
      .filter((o) => o.country.toLowerCase() === country.toLowerCase());
    entries = partners.map((o) => {
      const signed = mous.filter((m) => m.parties.some((p) => 'org' in p && p.org === o.id));
      return {
        text: partnerLines(deps, o, signed),
        refs: [{ kind: 'organisation', id: o.id }, ...signed.map((m) => ({ kind: 'mou' as const, id: m.id }))],
        sources: [...o.sources, ...signed.flatMap((m) => m.sources)],
      };
    });
    const inferred = partners.filter((o) => countryStatus(o) === 'inferred').length;
    summary = TEXT.partnerCount(partners.length, country, mous.length, where, inferred);
    noun = plural(partners.length, 'partner');
    title = TEXT.titleByCountry(country);
  } else {
    const partnerIds = new Set(mous.flatMap((m) => m.parties.flatMap((p) => ('org' in p ? [p.org] : []))));
    entries = mous.map((m) => ({
      text: mouLine(deps, m),
      refs: [
        { kind: 'mou', id: m.id },
        ...m.parties.flatMap((p) => ('org' in p ? [{ kind: 'organisation' as const, id: p.org }] : [])),
      ],
      sources: m.sources,
    }));
    summary = TEXT.mouCount(mous.length, partnerIds.size, where);
    noun = TEXT.mous(mous.length);
    title = TEXT.titleByMou;
  }
  const pages = paginate(entries, (e) => e.text.length, PAGE_BUDGET, LIMITS.selectOptions);
  const p = Math.min(Math.max(0, Math.trunc(page)), pages.length - 1);
  const shown = pages[p] ?? [];
  const first = pages.slice(0, p).reduce((n, x) => n + x.length, 0);
  const reported = d.figures.latestTotals;
  const description = [
    summary,
    ...(pages.length > 1 ? [TEXT.page(first, shown.length, entries.length, noun)] : []),
    '',
    ...shown.map((e) => e.text),
    ...(reported && !filters.country && filters.meeting === undefined && !filters.group
      ? ['', TEXT.reported(reported.mous, escape(reported.meeting.name))]
      : []),
  ].join('\n');
  const select = recordSelect(
    deps,
    encodeAction({ op: 'pick', mode: 'open', tag: 'partners' }),
    TEXT.select,
    shown.flatMap((e) => e.refs),
  );
  return fitReply({
    embeds: [
      {
        title,
        color: COLOURS.list,
        description,
        fields: sourceFields(
          d,
          shown.flatMap((e) => e.sources),
        ),
        footer: footer(deps),
      },
    ],
    components: [
      ...(select ? [select] : []),
      ...pageNav(p, pages.length, (n) => encodeAction({ op: 'partners', filters, page: n })),
    ],
    allowed_mentions: NO_MENTIONS,
  });
}
