// Readings of which records are asked — the filter the words make: a tier or pillar, the sidelines, the zone, "only"
// one kind, a negation, linked records, an annex, partners by country, the first or latest records, and constraints
// within one record (several parties of a kind, every party of a kind, exactly N parties).
import { SMALL_NUMBER_WORDS } from '../../text/number-words.js';
import { followedByMou, isStopWord, mentionedOrgIds, mentionsOf, type Understanding } from '../understand.js';
import type { Dataset } from '../../dataset/index.js';
import { norm, perDataset } from '../records.js';
import type { Filter, Plan, Selection } from './types.js';
import type { PlanContext } from './context.js';
import { has, ORG_NOUNS, pillarWords, viaAsked } from './common.js';
import { LEXICONS } from '../lexicon.js';
import { annexAsked, linkedAsked } from './asked.js';

/** "How many flagship projects?", "which were the key projects?": a tier the sources sort projects into. */
export function tier({ u, dataset, meetingNums }: PlanContext): Plan | undefined {
  const tier = tierAsked(u.q.text, dataset, meetingNums);
  if (
    (tier === 'flagship' || tier === 'key') &&
    dataset.meetings.some((m) => m.projectGroups?.some((g) => g.tier === tier))
  )
    return {
      op: 'tier',
      tier,
      meetings: meetingNums,
      // ("More flagship or key projects at the 3rd JIC?", "flagship vs key": both tiers, counted against each other.)
      ...(/ flagship /.test(u.q.text) &&
      / key /.test(u.q.text) &&
      (u.target === 'compare' ||
        u.target === 'most' ||
        / (?:or|vs|versus|than|compare|compared|comparison|more|fewer|less|same|equal|as many|split|divided|\d+ (?:flagship|key)) /.test(
          u.q.text,
        ))
        ? { compared: true }
        : {}),
    };
  return undefined;
}

/**
 * The tier of projects asked ("flagship projects", "the key ones"). A tier negated ("the key (not flagship) projects",
 * "which 3rd JIC projects were not flagship") is the other tier the sources sort the same meeting's projects into —
 * only where they sort them into exactly two — never the tier the question excluded.
 */
function tierAsked(t: string, dataset: Dataset, meetingNums: readonly number[]): string | undefined {
  const negated =
    / (?:not|non|other than|besides|except|excluding|rather than|apart from|aside from) (?:the |a |an )?(flagship|key)\b/.exec(
      t,
    );
  // ("The key (not flagship) projects": the tier named as asked wins over the one negated.)
  const named = / (flagship|key) (?:projects?|ones?) /.exec(t.replace(negated?.[0] ?? '\u0000', ' '))?.[1];
  if (named) return named;
  if (negated?.[1]) {
    const tiers = new Set(
      dataset.meetings
        .filter((m) => !meetingNums.length || meetingNums.includes(m.number))
        .flatMap((m) => (m.projectGroups ?? []).map((g) => g.tier as string)),
    );
    tiers.delete(negated[1]);
    return tiers.size === 1 ? [...tiers][0] : negated[1];
  }
  return / flagship /.test(t) ? 'flagship' : undefined;
}

// Words of a yes/no about the pillars that name no pillar ("is X one of the three pillars of the SCI?").
const PILLAR_TALK =
  /^(?:pillar|pillars|sci|initiative|smart|city|cities|one|three|main|key|core|official|part|among|listed|named|same|change|changed|different|differ|still|remain|remained|both|and|over|time|years?|\d+|20\d\d)$/;

// A number of pillars claimed ("three pillars", "3 core pillars"), and the words that carry it ("built on", "has").
const PILLAR_COUNT =
  / (\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:(?:core|main|key|strategic|official|big) )?pillars? /;
const NUMBER_WORDS = SMALL_NUMBER_WORDS;
const COUNT_CARRIER =
  /^(?:built|build|builds|based|base|rests?|rested|resting|stands?|stood|founded|grounded|organi[sz]ed|structured|consists?|consisted|comprises?|comprised|made|composed|focus(?:es|ed)?|centred|centered|around|exactly|only|just|total|has|have|had|having|got|false|true|correct|right|really|actually|collaboration|cooperation)$/;

/**
 * "Is sustainability one of the three pillars?", "is talent exchange a pillar?", "were the pillars the same in 2020
 * and 2023?": the words checked against the SCI's pillars as the sources name them (never records about the word, never
 * the SCI's launch year). The same pillars over time: every source that names them gives these three.
 */
export function pillarClaimed({ u, dataset }: PlanContext): Plan | undefined {
  if (u.target !== 'yesno' || !/ pillars? /.test(u.q.text)) return undefined;
  // (A partner found in a pillar's own word — "innovation" in NCS NEXT Shenzhen Innovation Centre — is no partner asked.)
  const names = dataset.initiative.pillars.map((x) => ` ${norm(x.name)} `).join(' ');
  const partner = u.mentions.some((m) => m.type === 'org' && !names.includes(` ${m.words} `));
  if (partner || u.mentions.some((m) => m.type === 'record' || m.type === 'person')) return undefined;
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  // ("The pillars include talent exchange, right?": "include" is the claim's verb, no word of a pillar's name.)
  const keep = (w: string) => w.length >= 2 && !isStopWord(w) && !PILLAR_TALK.test(w) && !lex?.claimFiller?.test(w);
  // "Do the pillars include talent exchange and digital connectivity?", "…are digital connectivity, innovation and
  // talent, right?": each part named on its own — between "and"s, and each topic found — every one checked.
  let text = u.q.text;
  for (const m of [...u.mentions].filter((x) => x.type === 'topic').sort((x, y) => y.start - x.start))
    text = `${text.slice(0, m.start)} and ${text.slice(m.start, m.end)} and ${text.slice(m.end)}`;
  const parts = text
    .trim()
    .split(' ')
    .slice(1)
    .join(' ')
    .split(/\b(?:and|plus|as well as)\b/)
    .map((part) => part.split(' ').filter(keep))
    .filter((part) => part.length);
  const words = parts.flat();
  const same = / (?:same|change|changed|different|differ|differed|still|remain|remained) /.test(u.q.text);
  // "Is the SCI built on three pillars?", "does it have 4 pillars?", "true or false: it rests on 3 core pillars": a
  // count claimed, checked against the pillars the sources name — its verb is no word of a pillar's name (was "No" to
  // three: "built" was looked for in the pillars).
  const counted = PILLAR_COUNT.exec(u.q.text)?.[1];
  if (counted && !same && words.every((w) => COUNT_CARRIER.test(w)))
    return {
      op: 'check',
      claim: { type: 'pillar', words: [], count: NUMBER_WORDS[counted] ?? Number(counted) },
      plan: { op: 'list', select: 'pillars', filter: {} },
    };
  if (!same && !words.length) return undefined;
  return {
    op: 'check',
    // ("Have the pillars changed?": a change asked — No, the same three.)
    claim: {
      type: 'pillar',
      words: same ? [] : words,
      ...(!same && parts.length > 1 ? { parts } : {}),
      ...(same && / (?:change|changed|different|differ|differed) /.test(u.q.text) ? { changed: true } : {}),
    },
    plan: { op: 'list', select: 'pillars', filter: {} },
  };
}

/**
 * "Digital connectivity MOUs": a pillar's MOUs. The sources never file MOUs under a pillar (only the 4th JIC's under
 * Annex A headings), so say that and give the groups, not MOUs that share a word. ("The talent pillar", "under
 * digital connectivity", "projects in the innovation pillar": a pillar as a filter too.)
 */
export function pillar({ u, dataset, orgs }: PlanContext): Plan | undefined {
  // (What gives no plan whatever pillar is named, tested before the pillars' words are looked for.)
  if (u.target === 'yesno' || orgs.length || u.mentions.some((m) => m.type === 'group')) return undefined;
  const records = has(u, 'mou') || has(u, 'project');
  const pillarAsked = pillarWords(dataset).find(
    ({ full, short, first, under }) =>
      [full, short].some(
        (words, i) =>
          followedByMou(u.q.text, words) ||
          (records && / pillar /.test(u.q.text) && u.q.text.includes(` ${words} `)) ||
          (records && under[i]?.test(u.q.text)),
      ) ||
      (records && first.length >= 5 && u.q.text.includes(` ${first} pillar `)),
  )?.pillar;
  if (pillarAsked)
    return {
      op: 'rank',
      select: has(u, 'project') && !has(u, 'mou') ? 'projects' : 'mous',
      by: 'group',
      order: 'most',
      filter: {},
      pillar: pillarAsked.name,
    };
  return undefined;
}

/**
 * "How many MOUs were signed on the sidelines of the 4th JIC?": the meeting's MOUs (the sources say they were signed
 * on its sidelines) and the zone's four companies' signings there — never "sidelines" as a topic ("0 MOUs about it").
 */
export function sidelines(c: PlanContext): Plan | undefined {
  // (The word first: the selection and the meetings are read only where the sidelines are asked of.)
  return / sidelines? /.test(c.u.q.text) ? sidelinesAsked(c.u, c.dataset, c.select, c.meetingNums) : undefined;
}

/** A meeting whose sources speak of signings on its sidelines (a disagreement or an outcome naming them). */
const sidelinesOf = (dataset: Dataset) =>
  dataset.meetings.filter(
    (m) =>
      m.number > 0 &&
      [...(m.disagreements ?? []).map((d) => d.topic), ...m.highlights.map((h) => h.text)].some((t) =>
        / sidelines /.test(` ${t.toLowerCase()} `),
      ),
  );

function sidelinesAsked(
  u: Understanding,
  dataset: Dataset,
  select: Selection | undefined,
  meetingNums: readonly number[],
): Plan | undefined {
  // ("Were four projects signed on the sidelines?": the press release's summary says so, its body says four companies
  // signed MOUs for the zone — the same signings, read as the sources give them, never "0 projects about sidelines".)
  if (
    !/ sidelines? /.test(u.q.text) ||
    (select && select !== 'mous' && select !== 'demozone-companies' && select !== 'projects')
  )
    return undefined;
  if (!['count', 'list', 'what', 'who', 'yesno'].includes(u.target) || mentionedOrgIds(u).length) return undefined;
  if (meetingNums.length > 1) return undefined;
  const held = sidelinesOf(dataset);
  // A meeting whose sources say nothing of sidelines ("the sidelines of the 3rd JIC"): its MOUs, as signed at it.
  const asked = meetingNums[0] !== undefined ? dataset.meetingByNumber(meetingNums[0]) : undefined;
  // ("The founding MOU was signed on the sidelines of which meeting?": its place says — the 15th JCBC, in Chongqing.)
  if (asked?.number === 0 && /sidelines/i.test(asked.place.value))
    return { op: 'read', about: { type: 'meeting', number: 0 }, attribute: 'place' };
  const m = asked ?? (held.length === 1 ? held[0] : undefined);
  if (!m || m.number === 0) return undefined;
  const mous: Plan = {
    op: 'count',
    select: 'mous',
    filter: { meetings: [m.number] },
    cumulative: false,
    before: false,
  };
  const zone: Plan = { op: 'count', select: 'demozone-companies', filter: {}, cumulative: false, before: false };
  if (u.target === 'yesno' && select !== 'projects') return { op: 'check', claim: { type: 'some' }, plan: mous };
  return m.demoZone?.companies && held.includes(m) ? { op: 'each', plans: [mous, zone] } : mous;
}

// How one thing bears on another ("its link to", "connected with", "what it has to do with", "its role in").
const RELATION =
  / (?:link|links|linked|connection|connections|connected|connects|relation|relationship|related|relate|relates|tie|ties|tied|role|to do with|relevance|relevant|bearing) /;

/** MOUs about the zone: those whose topics name it (the CapitaLand–Qianhai fund for its park). */
export function zoneMous(c: PlanContext): Plan | undefined {
  // (Both readings are of the zone: every other question leaves before its record, selection and filter are read.)
  if (!has(c.u, 'demozone')) return undefined;
  const { u, select, f, record } = c;
  // ("What's the CapitaLand MOU's link to the demo zone?": one record's tie to the zone is in its own words.)
  if (has(u, 'demozone') && record?.type === 'record' && u.target !== 'yesno' && RELATION.test(u.q.text))
    return { op: 'read', about: record, attribute: 'about' };
  if (has(u, 'demozone') && select === 'mous')
    return { op: 'list', select: 'mous', filter: { ...f, topics: [...(f.topics ?? []), 'demonstration zone'] } };
  return undefined;
}

/** "The zone's first batch of companies", "who signed to operate in the zone": the 4 reported, unnamed. */
export function zoneCompanies({ u, select }: PlanContext): Plan | undefined {
  if (select === 'demozone-companies' && ['what', 'who', 'list'].includes(u.target))
    return { op: 'count', select, filter: {}, cumulative: false, before: false };
  return undefined;
}

/**
 * "Which partners only joined projects?", "partners that only signed MOUs": named in that kind and in none of the
 * other (never every partner of that kind, as if "only" were not said).
 */
export function onlyKind(c: PlanContext): Plan | undefined {
  const { u } = c;
  const onlyKind =
    / only (?:joined|join|joins|signed|sign|signs|inked|in|took part in|take part in|have|had|has|appear in|appears in) (?:an? |any |the )?(projects?|mous?|agreements?) /.exec(
      u.q.text,
    )?.[1];
  // (The filter is read only once the words ask this.)
  if (onlyKind && c.select === 'partners' && u.target !== 'yesno' && u.target !== 'compare') {
    const { select, f } = c;
    const via = /^project/.test(onlyKind) ? 'projects' : 'mous';
    const filter: Filter = { ...f, via, without: via === 'mous' ? 'projects' : 'mous' };
    return u.target === 'count'
      ? { op: 'count', select, filter, cumulative: false, before: false }
      : { op: 'list', select, filter };
  }
  return undefined;
}

/**
 * "MOUs other than Keppel's at the 4th JIC", "projects not launched at the 4th JIC", "universities besides PKU": what a
 * negation takes away is left out of what is listed or counted, never listed as the answer.
 */
export function negatedFilter(c: PlanContext): Plan | undefined {
  const { u, select } = c;
  // (The target and the selection first: the filter is read only where they allow this reading.)
  if (
    (select === 'mous' || select === 'projects' || select === 'partners') &&
    u.target !== 'yesno' &&
    u.target !== 'compare' &&
    (c.f.notOrgs || c.f.notMeetings || (c.f.notGroups && select === 'mous'))
  ) {
    const { f } = c;
    // ("Other than QuikBot, who's in the delivery robot project?": who is asked of one record — its partners but the one
    // left out, never the records that don't name it. "Who signed MOUs, not counting QuikBot" is the records.)
    const one = mentionsOf(u, 'subject').some(
      (m) => (m.value === 'project' || m.value === 'mou') && !/s$/.test(m.words),
    );
    if (u.target === 'who' && one && select !== 'partners' && f.notOrgs && !f.notMeetings && !f.notGroups)
      return { op: 'list', select: 'partners', filter: { ...f, via: select } };
    const filter: Filter = select === 'partners' ? { ...f, ...viaAsked(u) } : f;
    return u.target === 'count'
      ? { op: 'count', select, filter, cumulative: false, before: false }
      : { op: 'list', select, filter };
  }
  return undefined;
}

// Partners from none of the countries named ("neither from Singapore nor China", "not from singapore or china", "other
// than Singapore and China"), or from a country other than the sides ("from a third country", "from elsewhere").
const SIDE = '(singapore|singaporean|sg|china|chinese|shenzhen|mainland)';
const NEITHER = new RegExp(
  ` (?:neither|not|non|outside(?: of)?|other than|besides|except|apart from|excluding|beyond|from neither) (?:from |in |based in )?${SIDE}(?: or| nor| and| and from| or from| nor from| or in| nor in) ${SIDE} `,
);
const ELSEWHERE =
  / (?:neither country|neither side|other countr(?:y|ies)|a third country|third countries|any other country|elsewhere|the rest of the world|a different country) /;
const COUNTRY_OF = (w: string) => (/^(?:singapore|singaporean|sg)$/.test(w) ? 'Singapore' : 'China');
/** Every country a partner on file is from (known ones), once per Dataset. */
const countriesOf = perDataset((dataset: Dataset): string[] => [
  ...new Set(dataset.organisations.map((o) => o.country).filter((c) => c !== 'unclear')),
]);

/** "Which partners are neither from Singapore nor China?": those from elsewhere — none on file — never one side's. */
export function neitherCountry(c: PlanContext): Plan | undefined {
  const { u } = c;
  if (u.target === 'yesno' || u.target === 'compare' || u.target === 'most') return undefined;
  // (The countries named first: most questions name none, and their filter and selection are read only after.)
  const named = NEITHER.exec(u.q.text);
  const both = named ? [...new Set([COUNTRY_OF(named[1] ?? ''), COUNTRY_OF(named[2] ?? '')])] : [];
  const notCountries = both.length === 2 ? both : ELSEWHERE.test(u.q.text) ? [...countriesOf(c.dataset)] : undefined;
  if (!notCountries) return undefined;
  const { f, select } = c;
  if (select !== 'partners' && !has(u, 'partner') && !f.kind) return undefined;
  const filter: Filter = {
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.meetings?.length ? { meetings: f.meetings } : {}),
    ...(f.via ? { via: f.via } : {}),
    notCountries,
  };
  // (Counted too as the list: none is the answer, with how many are from the sides and whose country is unclear.)
  return { op: 'list', select: 'partners', filter };
}

/**
 * "Which MOUs have no project?", "partners without an MOU", "projects not linked to any MOU": the negation is a filter
 * (none of that kind on file), never ignored; one that cannot be read so gets "not sure", not every record.
 */
export function negation({ u, select, f }: PlanContext): Plan | undefined {
  const negation = / (?:no(?! of )|without|not|never|none|lacks?|lacking|non|outside(?: of)?) /.exec(u.q.text);
  if (
    !negation ||
    u.target === 'yesno' ||
    u.target === 'compare' ||
    !(select === 'mous' || select === 'projects' || select === 'partners')
  )
    return undefined;
  // ("The first group, the one without a heading": how Annex A's first group is told apart, not a filter.)
  if (
    mentionsOf(u, 'group').some((m) => m.value === 'unlabelled') &&
    / (?:no|without|not|lacks?|lacking) (?:a |any )?(?:heading|header|title|label|name)s? /.test(u.q.text)
  )
    return undefined;
  // Right before a kind or country ("with no Chinese partner", "not from Singapore", "without a university"):
  // that filter negated, never the filter as asked.
  const negated = u.mentions.find(
    (m) =>
      (m.type === 'kind' || m.type === 'country') &&
      m.start > negation.index &&
      m.start - negation.index <= 24 &&
      !/ (?:mous?|projects?) /.test(u.q.text.slice(negation.index, m.start)),
  );
  // Partners of a kind and a country, the other named before the negation ("companies not from China"): only
  // the one after it is negated — never "not (Chinese companies)", which lists Singapore universities as companies.
  // ("Non-Singapore universities": the kind after the country negated is kept as asked too.)
  const other = u.mentions.find(
    (m) =>
      (m.type === 'kind' || m.type === 'country') &&
      m.type !== negated?.type &&
      (m.start < negation.index || / (?:non|outside(?: of)?) $/.test(u.q.text.slice(0, (negated?.start ?? 0) + 0))),
  );
  const exclude =
    select === 'partners' && negated && f.kind && f.country && other ? (negated.type as 'kind' | 'country') : true;
  if (negated && !f.without)
    return u.target === 'count'
      ? { op: 'count', select, filter: { ...f, exclude }, cumulative: false, before: false }
      : { op: 'list', select, filter: { ...f, exclude } };
  const after = u.mentions.filter(
    (m) => m.type === 'subject' && (m.value === 'mou' || m.value === 'project') && m.start > negation.index,
  )[0];
  const without = after ? (after.value === 'mou' ? 'mous' : 'projects') : undefined;
  const what = select === 'partners' ? 'partners' : select;
  if (without && (what === 'partners' || without !== what)) {
    const filter: Filter = { ...f, without };
    return u.target === 'count'
      ? { op: 'count', select: what, filter, cumulative: false, before: false }
      : { op: 'list', select: what, filter };
  }
  // A negation right before a filter this cannot read ("MOUs not about AI"): not sure, never every record.
  if (
    / (?:no|not|never|without) (?:about|on|with|in|from|involving|involve|signed|linked|related|having|any|an?) /.test(
      u.q.text,
    )
  )
    return { op: 'unsure', words: u.rest };
  return undefined;
}

/**
 * "Which MOUs became projects?", "how many MOUs have a matching project?": records linked to one of the other kind on
 * file (the data's twin links), never every record. Yes/no forms: planYesNo.
 */
export function linked({ u, select, f }: PlanContext): Plan | undefined {
  const linked = linkedAsked(u, select);
  if (linked && u.target !== 'yesno' && u.target !== 'compare')
    return u.target === 'count'
      ? { op: 'count', select: linked.select, filter: { ...f, linked: linked.to }, cumulative: false, before: false }
      : { op: 'list', select: linked.select, filter: { ...f, linked: linked.to } };
  return undefined;
}

/** "How many MOUs in Annex A?", "projects listed in the press release": the annex's own records, never the running total. */
export function annex({ u, dataset, orgs, f, select }: PlanContext): Plan | undefined {
  const annex = annexAsked(u, dataset);
  if (annex && ['count', 'list', 'what'].includes(u.target) && !orgs.length && !mentionsOf(u, 'record').length) {
    // ("How many Singapore unis are in the Annex B projects?": the partners of the annex's records, counted.)
    if (select === 'partners') {
      const partners: Filter = { ...f, meetings: [annex.meeting], via: annex.select };
      return u.target === 'count'
        ? { op: 'count', select, filter: partners, cumulative: false, before: false }
        : { op: 'list', select, filter: partners };
    }
    const filter: Filter = { ...f, meetings: [annex.meeting], annex: annex.annex };
    return u.target === 'count'
      ? { op: 'count', select: annex.select, filter, cumulative: false, before: false }
      : { op: 'list', select: annex.select, filter };
  }
  return undefined;
}

// The groups of Annex A themselves asked: "how many groups does Annex A have", "its headings", "which sections is it
// divided into", "what's the heading of the first group", "how are the 4th JIC's MOUs grouped".
const GROUPS_OF_ANNEX =
  / (?:groups?|headings?|headers?|sections?|categor(?:y|ies)|subheadings?|titles?) | (?:divided|split|sorted|grouped|organi[sz]ed|arranged|broken down) (?:into|in|by|under)? ?/;
const WHICH_MOUS =
  / (?:which|what|list|show|name) (?:[a-z]+ )?(?:mous|agreements|memorandums|memoranda) (?:are|were|is) (?:in|under) /;

/**
 * Annex A's groups asked as groups, not their MOUs: every group in the annex's order with its MOUs' count, the first
 * one said to have no heading in the source. (A group's MOUs — "the MOUs in the first group" — are a filter, read
 * later; a group ranked or compared is ranks.ts's.)
 */
export function annexGroups({ u, dataset, orgs }: PlanContext): Plan | undefined {
  if (!['count', 'list', 'what', 'who'].includes(u.target) || orgs.length) return undefined;
  const t = u.q.text;
  const annexA = annexAsked(u, dataset)?.annex === 'A' || / annex a | annexe a /.test(t);
  const grouped =
    / (?:mous|agreements) (?:[a-z]+ ){0,3}(?:grouped|sorted|divided|arranged|organi[sz]ed|categori[sz]ed) /.test(t);
  if (!(annexA || grouped) || !GROUPS_OF_ANNEX.test(t) || WHICH_MOUS.test(t)) return undefined;
  // ("The MOUs in the first group": a group's records, not the groups.)
  const group = mentionsOf(u, 'group');
  if (
    group.length &&
    !/ (?:what|whats|which|give|tell me)(?: is| was| are| were)? (?:the |its )?(?:headings?|headers?|titles?|names?|labels?) | (?:headings?|headers?|titles?|labels?) of | (?:called|titled|named|headed) /.test(
      t,
    )
  )
    return undefined;
  return { op: 'rank', select: 'mous', by: 'group', order: 'most', filter: {}, headings: true };
}

/** "Partners by country", "the split of partners per side": how many partners each country has on file. */
export function partnersByCountry({ u, select, f }: PlanContext): Plan | undefined {
  if (
    / (?:by|per|each|across) (?:country|countries|side|sides) /.test(u.q.text) &&
    (select === 'partners' || has(u, 'partner'))
  )
    return { op: 'rank', select: 'mous', by: 'country', order: 'most', filter: f.kind ? { kind: f.kind } : {} };
  return undefined;
}

/**
 * "The first MOU ever signed", "which project is the oldest": the earliest meeting's records on file, and what came
 * before them that the sources report without naming (said by the sayer) — never every record, never "not sure".
 */
export function earliestRecords({ u, dataset, meetingNums, orgs, f }: PlanContext): Plan | undefined {
  const earliestKind =
    / (?:first|earliest|oldest)(?: ever)? (?:[a-z]+ )?(mous?|projects?|agreements?) /.exec(u.q.text)?.[1] ??
    / (mous?|projects?|agreements?) (?:is|was|are|were|came) (?:the )?(?:first|earliest|oldest) /.exec(u.q.text)?.[1];
  // (A record named by its place in a list — "the first project in Annex B" — is that record, not the earliest.)
  // ("The first SCI MOU": "first" and "SCI MOU" read as meetings are the very words that ask the earliest.)
  const asked = mentionsOf(u, 'meeting').filter((m) => !/^(?:the )?(?:first|sci mou|sci mous)$/.test(m.words));
  if (
    earliestKind &&
    (!meetingNums.length || !asked.length) &&
    !orgs.length &&
    !f.records?.length &&
    u.target !== 'yesno' &&
    u.target !== 'compare'
  ) {
    const sel = /mou|agreement/.test(earliestKind) ? 'mous' : 'projects';
    const first = dataset.meetings.find(
      (m) => m.number > 0 && (sel === 'mous' ? dataset.mousAt(m.id) : dataset.projectsAt(m.id)).length,
    );
    if (first) return { op: 'list', select: sel, filter: { ...f, meetings: [first.number], earliest: true } };
  }
  return undefined;
}

/**
 * "The newest project", "latest MOUs", "most recent agreements": the records of the latest meeting that has any of
 * that kind (reported or on file), said as that meeting's — never "not sure".
 */
export function latestRecords({ u, dataset, meetingNums, orgs, f }: PlanContext): Plan | undefined {
  const latestKind = / (?:latest|newest|most recent|recent|last) (?:[a-z]+ )?(mous?|projects?|agreements?) /.exec(
    u.q.text,
  );
  if (latestKind?.[1] && !meetingNums.length && !orgs.length && !f.records?.length && u.target !== 'yesno') {
    const sel = /mou|agreement/.test(latestKind[1]) ? 'mous' : 'projects';
    const held = dataset.meetings.filter(
      (m) =>
        m.number > 0 &&
        ((sel === 'mous' ? m.newMous.value : m.newProjects.value) ||
          (sel === 'mous' ? dataset.mousAt(m.id) : dataset.projectsAt(m.id)).length),
    );
    const last = held[held.length - 1];
    if (last) return { op: 'list', select: sel, filter: { ...f, meetings: [last.number] } };
  }
  return undefined;
}

/**
 * "MOUs signed by two universities", "which MOUs have two Chinese parties": at least that many parties of the kind or
 * country in one record — never every record with one of them. "Projects with exactly two partners", "only one
 * partner": records with that many parties.
 */
export function withinRecord({ u, f }: PlanContext): Plan | undefined {
  const within = withinRecordAsked(u, f);
  if (within && ['yesno', 'count', 'list', 'what', 'which'].includes(u.target)) {
    const counted = {
      op: 'count',
      select: within.select,
      filter: within.filter,
      cumulative: false,
      before: false,
    } as const;
    if (u.target === 'yesno') return { op: 'check', claim: { type: 'some' }, plan: counted };
    return u.target === 'count' ? counted : { op: 'list', select: within.select, filter: within.filter };
  }
  return undefined;
}

/**
 * "Is there an MOU between two Singapore companies?", "projects whose partners are all Chinese": the kind or country
 * asked of every party of a record — never the partners of that kind who signed anything.
 */
export function everyParty({ u, f }: PlanContext): Plan | undefined {
  const every = everyPartyAsked(u, f);
  if (every && ['yesno', 'count', 'list', 'what', 'which'].includes(u.target)) {
    const filter: Filter = { ...f, everyParty: true };
    const counted = { op: 'count', select: every, filter, cumulative: false, before: false } as const;
    if (u.target === 'yesno') return { op: 'check', claim: { type: 'some' }, plan: counted };
    return u.target === 'count' ? counted : { op: 'list', select: every, filter };
  }
  return undefined;
}

/**
 * The kind of record whose parties must ALL be of the kind or country asked: "between two Singapore companies", "both
 * parties Chinese", "all (of its) partners from Singapore" — with a word for MOUs or projects and no partner named.
 */
function everyPartyAsked(u: Understanding, f: Filter): 'mous' | 'projects' | undefined {
  if (!(f.kind || f.country) || f.orgs?.length || f.exclude) return undefined;
  const t = u.q.text;
  const every =
    / between (?:two|2|both) /.test(t) ||
    / (?:both|all|every|each) (?:of (?:the|its|their) )?(?:parties|partners|sides|signatories|members)(?: of it| in it| of (?:an?|any|the|its|their|one) (?:mou|project|agreement)s?)? (?:are|were|is|was|being|from) /.test(
      t,
    ) ||
    / (?:only|just|purely|solely) (?:singapore|singaporean|chinese|china|shenzhen) (?:parties|partners|companies|firms|universities|organisations|organizations) /.test(
      t,
    );
  if (!every) return undefined;
  const mou = has(u, 'mou');
  const project = has(u, 'project');
  return mou && !project ? 'mous' : project && !mou ? 'projects' : undefined;
}

/** Constraints within one record: at least N parties of a kind or country, or exactly N parties (see the caller). */
function withinRecordAsked(u: Understanding, f: Filter): { select: 'mous' | 'projects'; filter: Filter } | undefined {
  const mou = has(u, 'mou');
  const project = has(u, 'project');
  if (mou === project || f.orgs?.length || f.exclude) return undefined;
  const select = mou ? 'mous' : 'projects';
  const t = u.q.text;
  const n = (w: string) =>
    /^(?:one|1|a single|single|just one|only one)$/.test(w)
      ? 1
      : /^(?:two|2)$/.test(w)
        ? 2
        : /^(?:three|3)$/.test(w)
          ? 3
          : /^(?:four|4)$/.test(w)
            ? 4
            : 0;
  // "exactly two partners", "only one partner", "a single party", "three parties".
  const exact =
    / (?:exactly|precisely|just|only) (one|two|three|four|1|2|3|4) (?:named )?(?:partners?|parties|party|signatories|signatory|organi[sz]ations?|members?) /.exec(
      t,
    ) ??
    / (?:with|has|have|having|involving) (?:only |just )?(a single|one|1) (?:named )?(?:partners?|party|signatory|organi[sz]ation) /.exec(
      t,
    );
  if (exact?.[1] && n(exact[1]) && !f.kind && !f.country) return { select, filter: { ...f, partyCount: n(exact[1]) } };
  // "signed by two universities", "with two Chinese parties", "involving 2 companies" — not "between two" (every party).
  if (!(f.kind || f.country) || / between (?:two|2|both) /.test(t)) return undefined;
  const many =
    / (?:by|with|have|has|having|involving|involve|includes?|including|of|joining|join|among|that|which|where) (?:at least |two or more |2 or more )?(two|2|three|3) (?:[a-z]+ )?(?:[a-z]+ )?(?:universities|companies|firms|institutes|parties|partners|signatories|organisations|organizations|bodies|entities) /.exec(
      t,
    );
  if (!many?.[1]) return undefined;
  return { select, filter: { ...f, atLeast: n(many[1]) } };
}

// ("Are hospitals involved in the SCI?", "did banks take part?": the kind asked whether it takes part, too.)
const KIND_ASKED =
  /^ (?:which|what|list|name|show(?: me)?|give me|are there(?: any)?|is there(?: an?| any)?|(?:are|were|is|was) (?:there )?any|any|how many|(?:the )?number of|do you have(?: any)?|tell me the|(?:are|were|did|do|have|has)(?= [a-z]+ (?:involved|take part|took part|taken part|participate|participated|join|joined|partner|partnered|sign|signed|in the sci|in the initiative|part of)))(?: of)?(?: the| all(?: the)?| any)? ((?:[a-z]+ ){1,4})/;

/** A kind asked in the singular, as its list says it: "bank" → "banks", "charity" → "charities", "chamber of commerce" → "chambers of commerce". */
function pluralOf(kind: string): string {
  const [head = kind, ...rest] = kind.split(' of ');
  const plural = /[^aeiou]y$/.test(head)
    ? `${head.slice(0, -1)}ies`
    : /(?:s|x|ch|sh)$/.test(head)
      ? `${head}es`
      : `${head}s`;
  return [plural, ...rest].join(' of ');
}

/**
 * "List the business schools", "which hospitals take part?", "any banks among the partners?": a kind of organisation
 * the tables don't know — the partners whose own kind or name says it (NUS Business School), or none, never every
 * partner (or every company: "business" is no company here). The kind stays as asked (`kind`), read by run.ts.
 */
export function kindNoTableKnows({ u, dataset }: PlanContext): Plan | undefined {
  if (!['list', 'count', 'who', 'yesno', 'what'].includes(u.target)) return undefined;
  const words = KIND_ASKED.exec(u.q.text)?.[1]?.trim().split(' ');
  if (!words) return undefined;
  // The first words that end in a kind no table knows, as long as it goes ("business schools", not "schools").
  let label: string | undefined;
  for (let j = 1; j <= words.length && !label; j += 1)
    label = words
      .slice(0, j)
      .map((_, i, head) => head.slice(i).join(' '))
      .find((x) => ORG_NOUNS.test(x));
  // (Only as what is asked for, in the plural, with nothing else named: "what hotel hosted the 4th JIC" asks a venue,
  // "projects on clinics" a topic, "which banks ran TradeTrust trials" an outcome's words.)
  // ("Is there any bank in the SCI?", "any hospital?": whether there is one, asked in the singular.)
  if (!label || (!/s$/.test(label) && !/^ (?:is there|was there|are there|any) /.test(u.q.text))) return undefined;
  const before = words.slice(0, words.indexOf(label.split(' ')[0] ?? ''));
  if (
    before.some((w) => !/^(?:singapore|singaporean|sg|chinese|china|shenzhen|local|foreign|big|large|small)$/.test(w))
  )
    return undefined;
  // (A mention inside the kind's own words — "schools" read as a school on file — is the kind, not something named.)
  const start = u.q.text.indexOf(` ${label} `) + 1;
  const inLabel = (m: { start: number; end: number }) => m.start >= start && m.end <= start + label.length;
  // "How many banks took part in the TradeTrust trials?": an outcome named whose own text names that kind ("UOB ran
  // two, DBS one; Bank of China…") — that text answers, never every partner on file counted.
  const outcome = mentionsOf(u, 'highlight').find((m) => !inLabel(m));
  if (outcome) {
    const stem = label.replace(/(?:es|s)$/, '');
    // (Those that name one of the kind — "Bank of China" — before those that only say the word: "involving banks".)
    const at = mentionsOf(u, 'meeting').map((m) => Number(m.value));
    const found = dataset.meetings
      .filter((m) => !at.length || at.includes(m.number))
      .flatMap((m) =>
        m.highlights.flatMap((h, i) => {
          const text = ` ${norm(h.text)} `;
          const names = new RegExp(`\\b${stem.charAt(0).toUpperCase()}${stem.slice(1)}\\b`).test(h.text);
          return text.includes(` ${outcome.words} `) && text.includes(` ${stem}`)
            ? [{ key: `${m.number}:${i}`, names }]
            : [];
        }),
      );
    const naming = found.filter((x) => x.names);
    const keys = (naming.length ? naming : found).map((x) => x.key);
    const read = (key: string) => ({ op: 'read', about: { type: 'highlight', key }, attribute: 'about' }) as const;
    if (keys.length) return keys.length === 1 && keys[0] ? read(keys[0]) : { op: 'each', plans: keys.map(read) };
  }
  if (
    u.mentions.some(
      (m) =>
        ['highlight', 'record', 'org', 'topic', 'person', 'meeting'].includes(m.type) && m.end > m.start && !inLabel(m),
    )
  )
    return undefined;
  const filter: Filter = {
    ...(mentionsOf(u, 'country')[0] ? { country: mentionsOf(u, 'country')[0]?.value } : {}),
    kind: /s$/.test(label) ? label : pluralOf(label),
  };
  // (Counted or asked whether any, the list says it: its number first, or none with where the sources speak of them.)
  return { op: 'list', select: 'partners', filter };
}
