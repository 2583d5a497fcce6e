// Phrases that say what a count or a list covers (its scope, the unnamed, the undecided), shared by count.ts
// and list.ts.
import { joinList } from '../format.js';
import type { Dataset, Meeting } from '../../dataset/index.js';
import { outcomePartiesAt } from '../facts.js';
import { type Result, selectRecords, undecided } from '../run.js';
import type { Filter, Selection } from '../plan.js';
import { noun, placeName, placeScope, the } from './common.js';
import { topicSpelling } from './missing.js';
import { withArticle } from '../../text/article.js';

/** How partners take part, when a count or list is narrowed to it: said as a verb ("12 companies signed MOUs") or
 * as a phrase ("partners named in an MOU"). */
export const VIA = {
  mous: { verb: 'signed MOUs', named: 'named in an MOU' },
  projects: { verb: 'joined projects', named: 'named in a project' },
  both: { verb: 'signed an MOU and joined a project', named: 'named in both an MOU and a project' },
} as const;

/** Names joined for the end of a sentence: a last name's own full stop ("Co., Ltd.") ends it. */
export const nameList = (names: readonly string[]) => joinList(names).replace(/\.$/, '');

/** Characters of names a count's sentence shows ("33 partners … : Keppel, PKU … and 29 more"), and a list's. */
export const NAMES_IN_COUNT = 160;
export const NAMES_IN_LIST = 520;

/**
 * The first names that fit `budget` characters (never fewer than three), and how many are left: the answering
 * sentence stays a few lines on a phone whatever the count, the rest one pick away in the menu under it.
 */
export function fewNames(names: readonly string[], budget: number): { shown: string[]; more: number } {
  let used = 0;
  let k = 0;
  for (const n of names) {
    if (k >= 3 && used + n.length > budget) break;
    used += n.length + 2;
    k += 1;
  }
  return { shown: names.slice(0, k), more: names.length - k };
}

/** Names for the end of an English sentence, at most `budget` characters of them, the rest counted. */
export function namesWithin(names: readonly string[], budget: number): string {
  const { shown, more } = fewNames(names, budget);
  return more ? `${shown.join(', ')} and ${more} more` : nameList(shown);
}

/** A country as an adjective before a kind ("Chinese universities"). */
const ADJECTIVE: Readonly<Record<string, string>> = { China: 'Chinese', Singapore: 'Singapore' };

/** Meetings asked about whose reported MOUs the sources never name: why no partner of theirs is on file. */
export function unnamedMeetingsNote(dataset: Dataset, meetings: readonly number[] | undefined): string {
  const silent = (meetings ?? [])
    .map((n) => dataset.meetingByNumber(n))
    .filter((m): m is Meeting => !!m && !!m.newMous.value && dataset.mousAt(m.id).length === 0);
  return silent
    .map(
      (m) =>
        ` The sources report ${noun(m.newMous.value ?? 0, 'mous')} at ${the(m)} but do not name them or their parties.${outcomePartiesNote(dataset, m)}`,
    )
    .join('');
}

/**
 * What the sources do name of a meeting whose MOUs they never name: the organisations in its outcomes, said as
 * that (never as the MOUs' parties), with a later source's word where it calls one of them an MOU.
 */
export const outcomeSources = (dataset: Dataset, meetings: readonly number[] | undefined) =>
  (meetings ?? []).flatMap((n) => {
    const m = dataset.meetingByNumber(n);
    return m && m.newMous.value && !dataset.mousAt(m.id).length
      ? outcomePartiesAt(dataset, m).flatMap((g) => g.sources)
      : [];
  });

export function outcomePartiesNote(dataset: Dataset, m: Meeting): string {
  const groups = outcomePartiesAt(dataset, m);
  if (!groups.length) return '';
  const one = (g: (typeof groups)[number]) => `${joinList(g.names)}${g.label ? ` (${g.label})` : ''}`;
  // An outcome a later source calls an MOU ("the SIMC–SCIA mediation-arbitration MOU of 2020") is said as such first,
  // never among organisations "not said to be parties to its MOUs".
  const called = groups.filter((g) => g.mouYear);
  const rest = groups.filter((g) => !g.mouYear);
  const mou = called.map(
    (g) =>
      ` ${g.mouBy ?? 'A later source'} calls one outcome an MOU of ${g.mouYear}: ${g.label ? `${g.label}, ` : ''}between ${joinList(g.names)}.`,
  );
  return `${mou.join('')}${rest.length ? ` The organisations they name in that meeting's ${called.length ? 'other ' : ''}outcomes (not said to be parties to its MOUs): ${rest.map(one).join('; ')}.` : ''}`;
}

/** Parties the sources mention without naming them: how many, as the sources describe them. */
export function unnamedNote(unnamed: readonly string[] | undefined): string {
  if (!unnamed?.length) return '';
  const bare = (t: string) => t.replace(/\s*\(not named in the sources\)/, '');
  const kinds = [...new Set(unnamed)].map((t) => `${unnamed.filter((x) => x === t).length} × ${bare(t)}`);
  return ` The sources also mention ${unnamed.length} they do not name: ${joinList(kinds)}.`;
}

/** One of a kind: "1 law firm", "1 university". */
export const SINGULAR: Readonly<Record<string, string>> = {
  universities: 'university',
  companies: 'company',
  partners: 'partner',
  'research institutes': 'research institute',
  'government bodies': 'government body',
  'law firms': 'law firm',
  incubators: 'incubator',
};

export function scopeText(
  f: Extract<Result, { op: 'count' }>['filter'],
  dataset: Dataset,
  orgNames: readonly string[],
): string {
  const parts: string[] = [];
  if (f.group) {
    const g = dataset.group(f.group);
    parts.push(
      f.group === 'unlabelled'
        ? "in Annex A's first group (the source shows no heading for it)"
        : `in the ${g?.label.replace(/^Strategic pillar: /, '') ?? f.group} group of Annex A`,
    );
  }
  if (f.topics?.length) {
    const about = joinList(f.topics.map((t) => topicSpelling(dataset, t)));
    parts.push(`about ${f.anyTopic ? about.replace(/ and (?=[^,]*$)/, ' or ') : about}`);
  }
  if (f.without) parts.push(`with no related ${f.without === 'mous' ? 'MOU' : 'project'} on file`);
  if (f.linked) parts.push(`with a related ${f.linked === 'mous' ? 'MOU' : 'joint project'}`);
  if (orgNames.length) parts.push(`with ${joinList(orgNames)}`);
  if (f.partyCount !== undefined)
    parts.push(`with exactly ${f.partyCount} ${f.partyCount === 1 ? 'party' : 'parties'}`);
  if (f.kind || f.country || f.named)
    parts.push(
      f.exclude
        ? `with no ${f.country ? `${ADJECTIVE[f.country] ?? f.country} ` : ''}${(f.kind ?? 'partners').replace(/ies$/, 'y').replace(/s$/, '')}${f.named ? ` with ${placeName(f.named)} in its name` : ''} among their named partners`
        : f.atLeast
          ? `with at least ${f.atLeast} ${f.country ? `${ADJECTIVE[f.country] ?? f.country} ` : ''}${f.kind ?? 'partners'} among their named parties`
          : f.everyParty
            ? `whose parties are all ${f.country ? `${ADJECTIVE[f.country] ?? f.country} ` : ''}${f.kind ?? 'partners'}`
            : `with ${f.country ? `${ADJECTIVE[f.country] ?? f.country} ` : ''}${f.kind ?? 'partners'}${placeScope(f)}${partyOfOtherSide(f)}`,
    );
  if (f.meetings?.length)
    parts.push(
      `from ${joinList(
        f.meetings.map((n) => {
          const m = dataset.meetingByNumber(n);
          return m ? the(m) : '';
        }),
      )}`,
    );
  parts.push(...negatedScope(f, dataset));
  return parts.join(' ');
}

/** A record's party of the other side ("… and a company with Qianhai in its name"), when one was asked. */
function partyOfOtherSide(f: Filter): string {
  const c = f.counterpart;
  if (!c) return '';
  const who = `${c.country ? `${ADJECTIVE[c.country] ?? c.country} ` : ''}${c.kind ? c.kind.replace(/ies$/, 'y').replace(/s$/, '') : 'partner'}${c.named ? ` with ${placeName(c.named)} in its name` : ''}`;
  return ` and ${withArticle(who)}`;
}

/**
 * The other side asked of partners ("…signed with Qianhai firms"): " that share an MOU or project with a company with
 * Qianhai in its name". '' when none was asked.
 */
export function counterpartScope(f: Filter): string {
  const c = f.counterpart;
  if (!c) return '';
  const who = `${c.country ? `${ADJECTIVE[c.country] ?? c.country} ` : ''}${c.kind ? c.kind.replace(/ies$/, 'y').replace(/s$/, '') : 'partner'}${c.named ? ` with ${placeName(c.named)} in its name` : ''}`;
  return ` that share an MOU or project with ${withArticle(who)}`;
}

/** What a negation took away, said as such: "not naming Keppel", "not from the 4th JIC meeting". */
export function negatedScope(
  f: { notOrgs?: string[][] | undefined; notMeetings?: number[] | undefined; notGroups?: string[] | undefined },
  dataset: Dataset,
  partners = false,
): string[] {
  const groups = (f.notGroups ?? []).map((id) =>
    id === 'unlabelled'
      ? "Annex A's first group"
      : `the ${dataset.group(id)?.label.replace(/^Strategic pillar: /, '') ?? id} group`,
  );
  const names = (f.notOrgs ?? []).map((g) => dataset.organisation(g[0] ?? '')?.name ?? '').filter(Boolean);
  const meetings = (f.notMeetings ?? []).map((n) => dataset.meetingByNumber(n)).filter((m) => !!m);
  return [
    names.length
      ? partners
        ? `other than ${joinList(names)}`
        : `not naming ${joinList(names).replace(/ and (?!.* and )/, ' or ')}`
      : '',
    meetings.length ? `not from ${joinList(meetings.map((m) => the(m)))}` : '',
    groups.length ? `in Annex A but not in ${joinList(groups)}` : '',
  ].filter(Boolean);
}

/** A negated filter's records it can't decide, said ("3 more on file name no partner, or one whose country is unclear"). */
export function undecidedNote(dataset: Dataset, select: Selection, f: Filter): string {
  const open = undecidedCount(dataset, select, f);
  return open
    ? ` (${open} other${open === 1 ? '' : 's'} on file can't be told: they leave a partner unnamed${f.country ? ', or name one whose country the sources leave unclear' : ''})`
    : '';
}

/** The words an unnamed party's own description places it by ("a technology company in China"). */
const COUNTRY_WORDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['China', /\b(?:China|Chinese|Shenzhen)\b/],
  ['Singapore', /\bSingapor(?:e|ean)\b/],
];

/** How many records a negated kind or country filter can't decide (a partner unnamed, a country unclear); en and zh. */
export function undecidedCount(dataset: Dataset, select: Selection, f: Filter): number {
  if (!(f.exclude || f.everyParty) || (select !== 'mous' && select !== 'projects')) return 0;
  const { exclude: _e, everyParty: _a, ...rest } = f;
  // Asked of every party: a record could still fit only if every party it names fits and an unnamed one's own
  // description doesn't place it in another country ("a technology company in China" is no Singapore party).
  if (f.everyParty) {
    const { kind: _k, country: _c, ...scope } = rest;
    const fits = new Set(selectRecords(dataset, select, { ...rest, everyParty: false }).map((x) => x.id));
    const elsewhere = (text: string) =>
      !!f.country && COUNTRY_WORDS.some(([c, re]) => c !== f.country && re.test(text));
    return selectRecords(dataset, select, scope).filter((x) => {
      const parties = 'parties' in x ? x.parties : x.partners;
      const named = parties.filter((p) => 'org' in p);
      return (
        parties.length >= 2 &&
        undecided(dataset, x, f) &&
        (!named.length || fits.has(x.id)) &&
        !parties.some((p) => 'unnamed' in p && elsewhere(p.unnamed))
      );
    }).length;
  }
  const { kind: _k, country: _c, ...others } = rest;
  return selectRecords(dataset, select, others).filter((x) => undecided(dataset, x, f)).length;
}

/**
 * Partners narrowed by a kind and/or a country, one or both negated, in words: the noun to count them by and the
 * phrases after it ("companies not from China", "partners from Singapore that are not universities", never
 * "universities that are not universities"). en and zh read the same cases from here.
 */
export function partnerNegation(f: Filter): { kindNegated: boolean; countryNegated: boolean; bothAsOne: boolean } {
  const ex = f.exclude;
  const bothAsOne = ex === true && !!f.kind && !!f.country;
  return {
    kindNegated: !!ex && !!f.kind && ex !== 'country' && !bothAsOne,
    countryNegated: !!ex && !!f.country && ex !== 'kind' && !bothAsOne,
    bothAsOne,
  };
}

export function partnerWords(f: Filter, label: string): { label: string; country: string; kind: string } {
  const n = partnerNegation(f);
  return {
    label: n.kindNegated || n.bothAsOne ? 'partners' : label,
    country: f.notCountries?.length
      ? `from outside ${f.notCountries.join(' and ')}`
      : n.bothAsOne || !f.country
        ? ''
        : `${n.countryNegated ? 'not ' : ''}from ${f.country}`,
    kind: n.bothAsOne ? `that are not ${f.kind} from ${f.country}` : n.kindNegated ? `that are not ${f.kind}` : '',
  };
}
