import { LIMITS } from './limits.js';
import { andList, meetingName, words, type CardDeps } from './reader.js';
import type { Mou, Organisation } from '../dataset/index.js';
import { NO_MENTIONS, type ReplyData } from '../reply.js';
import { recordSelect } from './components.js';
import { encodeAction, type PartnerFilters, type RecordRef } from './customId.js';
import { fitReply } from './fit.js';
import { footer } from './footer.js';
import { groupLabel } from './mou.js';
import { withWhom } from './organisation.js';
import { countryName, countryStatus, countryText, partyLine } from './parts.js';
import { countText, pageNav, paginate } from './paging.js';
import { sourceFields } from './sources.js';
import { COLOURS } from './style.js';
import { escape } from './text.js';

/** Lines a page holds: a page is at most this many characters of lines (and 25 records to open). */
const PAGE_BUDGET = 3000;

/** Each filter: does the MOU match it. Data-driven, so a new filter is one line. */
const FILTERS: {
  [K in keyof PartnerFilters]-?: (deps: CardDeps, m: Mou, value: NonNullable<PartnerFilters[K]>) => boolean;
} = {
  country: (deps, m, c) =>
    m.parties.some((p) => 'org' in p && deps.dataset.organisation(p.org)?.country.toLowerCase() === c.toLowerCase()),
  meeting: (deps, m, n) => deps.dataset.meeting(m.meeting)?.number === n,
  group: (_deps, m, g) => m.group === g,
};

function matches(deps: CardDeps, m: Mou, f: PartnerFilters): boolean {
  return (Object.keys(FILTERS) as (keyof PartnerFilters)[]).every((k) => {
    const v = f[k];
    return v === undefined || (FILTERS[k] as (deps: CardDeps, m: Mou, v: unknown) => boolean)(deps, m, v);
  });
}

export function filtersText(deps: CardDeps, f: PartnerFilters): string {
  const t = words(deps).list;
  const meeting = f.meeting !== undefined ? deps.dataset.meetingByNumber(f.meeting) : undefined;
  const parts = [
    f.country
      ? f.country === 'unclear'
        ? t.filterUnclear
        : t.filterCountry(escape(countryName(deps, f.country)))
      : '',
    f.meeting !== undefined ? t.filterMeeting(escape(meeting ? meetingName(deps, meeting) : String(f.meeting))) : '',
    f.group ? t.filterGroup(groupLabel(deps, f.group)) : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : t.filtersNone;
}

export function filteredMous(deps: CardDeps, f: PartnerFilters): Mou[] {
  return deps.dataset.mous.filter((m) => matches(deps, m, f));
}

const shortMeeting = (deps: CardDeps, id: string) => {
  const m = deps.dataset.meeting(id);
  if (!m) return escape(id);
  return deps.locale === 'en' ? escape(m.name.replace(/ meeting$/, '')) : meetingName(deps, m);
};

/** A meeting by its number, as the reader names it. */
function meetingOf(deps: CardDeps, n: number): string {
  const m = deps.dataset.meetingByNumber(n);
  return m ? meetingName(deps, m) : String(n);
}

/** One MOU as one line: its name, its meeting, and who signed it (each with its country). */
function mouLine(deps: CardDeps, m: Mou): string {
  const w = words(deps);
  return `• ${w.labelled(
    w.aside(`**${escape(m.name)}**`, shortMeeting(deps, m.meeting)),
    andList(
      deps,
      m.parties.map((p) => partyLine(deps, p)),
    ),
  )}`;
}

/** One partner: its country, then each MOU it signed among those listed, with whom. */
function partnerLines(deps: CardDeps, o: Organisation, mous: readonly Mou[]): string {
  const own = new Set([o.id, ...deps.dataset.childrenOf(o.id).map((c) => c.id)]);
  const signed = mous.filter((m) => m.parties.some((p) => 'org' in p && own.has(p.org)));
  const w = words(deps);
  return [
    `• ${w.aside(`**${escape(o.name)}**`, countryText(deps, o))}`,
    ...signed.map(
      (m) => `  ◦ ${w.labelled(w.aside(escape(m.name), shortMeeting(deps, m.meeting)), withWhom(deps, o, m.parties))}`,
    ),
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
export function partnersReply(deps: CardDeps, filters: PartnerFilters, page = 0): ReplyData | null {
  const d = deps.dataset;
  const w = words(deps);
  const t = w.list;
  const mous = filteredMous(deps, filters);
  // Nothing matches: null, and the command words it (it knows the options the user gave).
  if (mous.length === 0) return null;
  const where = [
    filters.meeting !== undefined ? t.atMeeting(escape(meetingOf(deps, filters.meeting))) : '',
    filters.group ? t.inGroup(groupLabel(deps, filters.group)) : '',
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
    summary =
      country === 'unclear'
        ? t.partnerCountUnclear(partners.length, mous.length, where)
        : t.partnerCount(partners.length, escape(countryName(deps, country)), mous.length, where, inferred);
    noun = w.count.organisation(partners.length);
    title = country === 'unclear' ? t.titleUnclear : t.titleByCountry(escape(countryName(deps, country)));
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
    summary = t.mouCount(mous.length, partnerIds.size, where);
    noun = w.count.mou(mous.length);
    title = t.titleByMou;
  }
  const pages = paginate(entries, (e) => e.text.length, PAGE_BUDGET, LIMITS.selectOptions);
  const p = Math.min(Math.max(0, Math.trunc(page)), pages.length - 1);
  const shown = pages[p] ?? [];
  const first = pages.slice(0, p).reduce((n, x) => n + x.length, 0);
  const reported = d.figures.latestTotals;
  const description = [
    summary,
    ...(pages.length > 1 ? [t.page(countText(deps, entries.length, noun, first, shown.length))] : []),
    '',
    ...shown.map((e) => e.text),
    ...(reported && !filters.country && filters.meeting === undefined && !filters.group
      ? ['', t.reported(reported.mous, escape(meetingName(deps, reported.meeting)))]
      : []),
  ].join('\n');
  const select = recordSelect(
    deps,
    encodeAction({ op: 'pick', mode: 'open', tag: 'partners' }),
    t.select,
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
          deps.locale,
        ),
        footer: footer(deps),
      },
    ],
    components: [
      ...(select ? [select] : []),
      ...pageNav(deps, p, pages.length, (n) => encodeAction({ op: 'partners', filters, page: n })),
    ],
    allowed_mentions: NO_MENTIONS,
  });
}
