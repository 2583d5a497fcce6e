// What every Chinese answer writes with (zhKit): the locale's phrases, meeting names, dates, lists and scopes,
// built once per reply and handed to the module for the kind of answer.
import { formatDate, type Locale, messages } from '../../i18n/index.js';
import type { Item, Result } from '../run.js';
import type { Understanding } from '../understand.js';
import type { Dataset, Meeting } from '../../dataset/index.js';
import { ANSWER_ZH, PARTNER_LABELS } from '../../i18n/answer.js';
import { toTraditional } from '../../text/han.js';
import { chineseWord } from '../../i18n/gloss.js';
import type { Filter, Subjectref } from '../plan.js';
import { placeName, type Said, WHOLE_LIST } from '../say/common.js';
import { placesWithin } from '../places.js';
import { fewNames, NAMES_IN_COUNT, NAMES_IN_LIST, partnerNegation, undecidedCount } from '../say/scope.js';
import { type DidGroup, noneOnFileFacts, whatEachDidFacts } from '../facts.js';
import { inkingMeetings, shortName } from '../say/missing.js';

export type Zh = Exclude<Locale, 'en'>;

const MAX_LINES = 8;

/** What every Chinese answer writes with: the locale's phrases, names, dates and lists. */
export function zhKit(r: Result, u: Understanding, dataset: Dataset, locale: Zh) {
  const t = ANSWER_ZH[locale];
  const meetingName = (m: Meeting) => messages(locale).meeting.name(m.number);
  const date = (d: string | null | undefined) => formatDate(d, locale);
  const at = (m: Meeting) => `${meetingName(m)}（${date(m.date.value)}）`;
  const list = (xs: readonly string[]) => xs.join(t.list);
  /** Names in a sentence, as many as fit (a count's fewer than a list's), the rest counted: one phone screen. */
  const someNames = (xs: readonly string[]) => {
    const { shown, more } = fewNames(xs, u.target === 'count' ? NAMES_IN_COUNT : NAMES_IN_LIST);
    return `${list(shown)}${more ? t.moreNames(more) : ''}`;
  };
  /**
   * A place in the Chinese words of the Chinese reports it comes from (HKCD-4 for the 4th meeting, PD-2 for the 2nd:
   * 深圳, 新加坡, 前海 — the initiative's place words, ordinary words that name no record): "Qianhai, Shenzhen" is
   * 深圳前海, "Shenzhen and Singapore" 深圳和新加坡. A place only English sources give, or a city no place word names
   * (重庆: in no source's Chinese on file), stays as the sources write it, marked as theirs.
   */
  const placeZh = (value: string, sources: readonly string[]): string | undefined => {
    if (!sources.some((id) => dataset.source(id)?.language === 'zh')) return undefined;
    const city = (x: string) => dataset.chineseNames.find((n) => n.means === x && n.target.kind === 'initiative')?.name;
    const parts = value.split(/,\s*|\s+and\s+/);
    const zh = parts.map(city);
    if (!zh.every(Boolean)) return undefined;
    return /,/.test(value) ? zh.reverse().join('') : zh.join('和');
  };
  /**
   * How a meeting was held, in Chinese: its mode (online, by video) in Chinese words, the rest of the
   * source's words kept; a place in Chinese where a Chinese report gives it (placeZh), else as the sources write it.
   */
  const heldWhere = (value: string) => {
    const sources = dataset.meetings.find((m) => m.place.value === value)?.place.sources ?? [];
    const mode = Object.keys(t.modes).find((k) => value.startsWith(k));
    if (!mode) {
      const zh = placeZh(value, sources);
      return zh ? t.heldInCity(zh) : t.heldIn(value);
    }
    const rest = value
      .slice(mode.length)
      .trim()
      .replace(/^\((.*)\)$/, '$1');
    return `${t.modes[mode] ?? ''}${rest ? `（${placeZh(rest, sources) ?? rest}）` : ''}`;
  };
  /** Text the data words in English from sources that are all Chinese: our rendering, never "the source's words". */
  const rendered = (sources: readonly string[]) =>
    sources.length > 0 && sources.every((id) => dataset.source(id)?.language === 'zh');
  /** A Chinese name a source prints in simplified characters, in the reader's script (one script per reply). */
  const script = (zh: string) => (locale === 'zh-TW' ? toTraditional(zh) : zh);
  /** A word the pipeline read in English (a topic, an asked area) said back in the gloss's Chinese where it has one. */
  // ("smes" read from 中小企业, whose gloss is "sme": its singular's word.)
  const wordZh = (english: string) =>
    script(chineseWord(english) ?? (/s$/.test(english) ? chineseWord(english.slice(0, -1)) : undefined) ?? english);
  // A name that is our English rendering of the source's Chinese says so in the reader's language.
  const shown = (name: string) => {
    const m = / \(our rendering: (.*)\)$/.exec(name);
    return m ? t.ourRendering(script(name.slice(0, m.index)), script(m[1] ?? '')) : name;
  };
  /** A list under the sentence; a longer one says how many more and, for a meeting's, the command that shows them all. */
  const lines = (items: readonly Item[], meeting?: Meeting) => {
    const cap = items.length <= WHOLE_LIST ? items.length : MAX_LINES;
    return [
      // One script per reply: Chinese a record's text quotes in simplified (启动区) is shown in the reader's script.
      ...items.slice(0, cap).map((i) => `• ${script(shown(i.name))}`),
      ...(items.length > cap ? [t.more(items.length - cap) + (meeting ? t.seeAll(meeting.number) : '')] : []),
    ];
  };
  const refs = (items: readonly Item[]) => items.flatMap((i) => (i.ref ? [i.ref] : []));
  /** A person with the Chinese name a source prints beside (the locale's script where a source gives it). */
  const person = (name: string) => {
    const zh = dataset.person(name)?.zh ?? [];
    const own = zh.find((z) => z.script === (locale === 'zh-TW' ? 'traditional' : 'simplified'));
    const pick = own?.name ?? (zh[0] ? script(zh[0].name) : undefined);
    // Someone a source leaves unnamed ("a representative from the Chinese government"): the description in Chinese.
    return pick ? `${name}（${pick}）` : (t.unnamedPerson[name] ?? name);
  };
  /** "A (role)|B (role)" → the people, roles dropped (they are English record text). */
  const people = (value: string | null) =>
    list(
      (value ?? '')
        .split('|')
        .filter(Boolean)
        .map((p) => person(p.replace(/\s*\(.*\)\s*$/, ''))),
    );

  // An Annex A group alone ("the Talent Exchange group"): the source's heading, with the locale's rendering if any.
  const groupOnly = (f: Filter) =>
    !!f.group && !f.orgs?.length && !f.topics?.length && !f.kind && !f.country && !f.meetings?.length;
  // The source's heading as published, the locale's rendering beside it.
  const groupScope = (id: string) => t.inGroup(dataset.group(id)?.label ?? id, messages(locale).mouGroup[id]);
  /** The records of one Annex A group, counted or listed: one sentence for both. */
  const groupReply = (items: readonly Item[], unit: string, group: string, sources: string[]): Said => ({
    sentence: t.onFileScope(items.length, unit, groupScope(group)),
    lines: lines(items),
    refs: refs(items),
    sources,
  });
  /** Who the sources say inked the MOUs of the meetings asked (all, if none is), when these organisations are among them. */
  const inkedZh = (ids: readonly string[], meetingNums: readonly number[]) => {
    const atMeetings = inkingMeetings(dataset, ids, meetingNums);
    const first = atMeetings[0]?.mousInkedBy?.[0];
    if (!first) return undefined;
    const by = (xs: readonly string[]) => list(xs.map((id) => dataset.source(id)?.publisher ?? id));
    const each = atMeetings.map((m) => {
      const readings = m.mousInkedBy ?? [];
      const inked = readings.filter((x) => x.verb === 'inked').flatMap((x) => x.sources);
      const announced = readings.filter((x) => x.verb !== 'inked').flatMap((x) => x.sources);
      const says = [inked.length ? by(inked) : '', announced.length ? t.inkedAnnounced(by(announced)) : ''];
      return t.inkedAt(at(m), m.newMous.value, says.filter(Boolean).join('；'));
    });
    return {
      sentence: t.inked(list(first.orgs.map((o) => shortName(dataset, o))), list(each)),
      sources: [...new Set(atMeetings.flatMap((m) => (m.mousInkedBy ?? []).flatMap((x) => x.sources)))],
    };
  };
  /** None of a partner's records of the kind asked on file: how many are on file, what the sources report, what it did do. */
  const noneOnFile = (
    asked: 'mous' | 'projects',
    ids: readonly string[],
    name: string,
    meetingNums: readonly number[],
  ) => {
    const f = noneOnFileFacts(dataset, asked, ids, meetingNums);
    const unit = asked === 'mous' ? t.mou : t.project;
    const atMeetings = list(f.meetings.map((m) => meetingName(m)));
    const named = (x: { name: string; meeting: string }) => {
      const m = dataset.meeting(x.meeting);
      return `${x.name}（${m ? meetingName(m) : ''}）`;
    };
    // "新加坡资讯通信媒体发展局签了几份备忘录": the sources say MCI and IMDA inked a meeting's MOUs — said first, then
    // that no MOU on file names it as a party (as English's noneOnFile: never a bare "none names it").
    const inked = asked === 'mous' ? inkedZh(ids, meetingNums) : undefined;
    if (inked)
      return {
        sentence: `${inked.sentence}${f.onFile ? t.noneAsParty(f.onFile, name, f.meetings.length ? undefined : f.reported, atMeetings) : t.noneNamedAsParty(atMeetings, name)}`,
        lines: [],
        refs: f.refs,
        sources: inked.sources,
      };
    const lead =
      f.meetings.length && !f.onFile
        ? t.noneNamedAt(unit.slice(1), atMeetings, name)
        : t.noneOnFile(f.onFile, unit, name, f.reported, atMeetings);
    const also = [
      f.otherMous.length ? t.alsoSigned(f.otherMous.length, list(f.otherMous.map(named))) : '',
      f.otherProjects.length ? t.alsoJoined(f.otherProjects.length, list(f.otherProjects.map(named))) : '',
    ].join('');
    return { sentence: `${lead}${also}。`, lines: [], refs: f.refs };
  };
  // Negated, as say/scope.ts reads it: the country, the kind, or both as one ("不是中国公司的").
  const notScope = (f: Filter) => {
    const n = partnerNegation(f);
    const country = f.country ? (messages(locale).country[f.country] ?? f.country) : '';
    const kind = f.kind ? (PARTNER_LABELS[locale][f.kind] ?? f.kind).slice(1) : '';
    return [
      n.bothAsOne ? t.notCountryKind(`${country}${kind}`) : '',
      n.countryNegated ? t.notFromCountry(country) : '',
      n.kindNegated ? t.notKindScope(kind) : '',
    ].join('');
  };
  /** Partners as the question narrowed them: at a meeting, in a group, by MOUs or projects, from a country, by the place their names state. */
  const partnerScope = (f: Filter) =>
    [
      f.meetings?.length
        ? t.atMeetings(
            list(
              f.meetings.flatMap((n) => {
                const m = dataset.meetingByNumber(n);
                return m ? [meetingName(m)] : [];
              }),
            ),
          )
        : '',
      f.group ? groupScope(f.group) : '',
      f.via === 'mous' ? t.viaMous : f.via === 'projects' ? t.viaProjects : '',
      f.country && (!f.exclude || f.exclude === 'kind')
        ? t.fromCountry(messages(locale).country[f.country] ?? f.country)
        : '',
      // Negated ("不是公司的合作方", "不来自中国的"): the partners outside the kind or country, never those in it.
      f.exclude && (f.kind || f.country) ? notScope(f) : '',
      f.named ? t.namedPlace(placesWithin(f.named).map(placeName)) : '',
      // ("和大学合作的公司": those sharing a record with a party of the other kind, never every company.)
      f.counterpart ? t.withCounterpart(counterpartWho(f.counterpart)) : '',
    ].join('');
  /** Records as the question narrowed them (a group, meetings, topics, no related record, partners, a kind or country): "…的". */
  /** The kind and country a record filter asks of its parties ("中国公司"). */
  const kindWho = (f: Filter) => {
    const label = PARTNER_LABELS[locale][f.kind ?? 'partners'];
    const kind = label ? label.slice(1) : t.partnerNoun;
    return `${f.country ? (messages(locale).country[f.country] ?? f.country) : ''}${kind}`;
  };
  /** The other side a filter asks of a record's parties ("中国大学", "名称中含有“Qianhai”的公司"). */
  const counterpartWho = (c: NonNullable<Filter['counterpart']>) =>
    `${c.named ? t.namedPlace(placesWithin(c.named).map(placeName)) : ''}${kindWho({ kind: c.kind, country: c.country } as Filter)}`;
  /** Meetings by number, named in Chinese and listed (those the data does not hold left out). */
  const meetingsNamed = (nums: readonly number[]) =>
    list(
      nums.flatMap((n) => {
        const m = dataset.meetingByNumber(n);
        return m ? [meetingName(m)] : [];
      }),
    );
  const recordScope = (f: Filter, orgNames: readonly string[]) => {
    const parts = [
      f.group ? groupScope(f.group) : '',
      f.notGroups?.length ? t.notInGroups(list(f.notGroups.map((id) => groupScope(id).replace(/中$/, '')))) : '',
      f.meetings?.length ? t.atMeetingScope(meetingsNamed(f.meetings)) : '',
      f.notMeetings?.length ? t.notAtMeetingsScope(meetingsNamed(f.notMeetings)) : '',
      f.notOrgs?.length
        ? t.notWithOrgsScope(list(f.notOrgs.map((g) => dataset.organisation(g[0] ?? '')?.name ?? '').filter(Boolean)))
        : '',
      f.topics?.length ? t.aboutScope(list(f.topics.map(wordZh))) : '',
      f.without ? t.withoutScope(f.without === 'mous' ? t.mouNoun : t.projectNoun) : '',
      orgNames.length ? t.withOrgs(list(orgNames)) : '',
      f.partyCount !== undefined ? t.partyCountScope(f.partyCount) : '',
      f.named
        ? t.namedScope(placesWithin(f.named).map(placeName))
        : f.kind || f.country
          ? f.atLeast
            ? t.atLeastKind(f.atLeast, kindWho(f))
            : (f.exclude ? t.withNoKind : f.everyParty ? t.allKind : t.withKind)(
                `${kindWho(f)}${f.counterpart && !f.exclude ? `${t.and}${counterpartWho(f.counterpart)}` : ''}`,
              )
          : '',
    ].filter(Boolean);
    return parts.length ? `${parts.join('、')}的` : '';
  };
  /** Records of a kind on file within a scope, listed (a negated kind or country says how many it can't tell). */
  const filtered = (mous: boolean, items: readonly Item[], scope: string): Said => ({
    sentence: undecidedZh(
      t.filtered(scope, mous ? t.mouNoun : t.projectNoun, items.length, mous ? t.mouMeasure : t.projectMeasure),
      mous,
    ),
    lines: lines(items),
    refs: refs(items),
    sources: r.op === 'list' || r.op === 'count' ? r.sources : [],
  });
  function undecidedZh(sentence: string, mous: boolean) {
    const f = r.op === 'list' || r.op === 'count' ? r.filter : undefined;
    const n = f ? undecidedCount(dataset, mous ? 'mous' : 'projects', f) : 0;
    return n && f ? sentence.replace(/([：。])$/, `${t.undecided(n, !!f.country)}$1`) : sentence;
  }
  /** Parties the records mention without naming them; meetings whose MOUs the sources never name. */
  const unnamedNotes = (unnamed: readonly string[] | undefined, meetings: readonly number[] | undefined) => {
    const bare = (x: string) => x.replace(/\s*\(not named in the sources\)/, '');
    const kinds = [...new Set(unnamed ?? [])].map((x) =>
      t.times(bare(x), (unnamed ?? []).filter((y) => y === x).length),
    );
    const silent = (meetings ?? [])
      .map((n) => dataset.meetingByNumber(n))
      .filter((m): m is Meeting => !!m && !!m.newMous.value && dataset.mousAt(m.id).length === 0);
    return [
      unnamed?.length ? t.unnamedPartners(unnamed.length, list(kinds)) : '',
      ...silent.map((m) => t.unnamedMeeting(m.newMous.value ?? 0, at(m))),
    ].join('');
  };
  /** A party the sources describe without naming ("a technology company in China"), said as such. */
  const party = (x: string) => {
    const m = /^(.*?)\s*\(not named in the sources\)$/.exec(x);
    return m ? t.unnamedParty(m[1] ?? '') : x;
  };
  /** What one partner did on file, as one clause (facts.ts: whatEachDidFacts). */
  const didZh = (ids: readonly string[], label?: string) => {
    const f = { ...whatEachDidFacts(dataset, ids) };
    if (label) f.name = label;
    const mt = (m: Meeting | undefined) => (m ? meetingName(m) : '');
    const w = (g: DidGroup) => list(g.with.map(party)) || t.noOther;
    const parts = [
      ...f.both.map((g) => t.didBoth(w(g), mt(g.at))),
      ...f.signed.map((g) => t.didSign(g.n, w(g), g.with.length === 1, mt(g.at))),
      ...f.joined.map((g) => t.didJoin(g.n, list(g.with.map(party)), mt(g.at))),
    ];
    if (parts.length) return `${f.name} ${parts.join('；')}`;
    return f.named.length ? t.didNothingNamed(f.name, list(f.named.map(mt))) : t.didNothing(f.name);
  };
  const eachDid = (about: Subjectref) =>
    about.type === 'orgs' ? about.groups.map((g) => `${didZh(g)}。`).join('') : '';
  const orgsNames = (about: Subjectref) =>
    about.type === 'orgs' ? list(about.groups.map((g) => dataset.organisation(g[0] ?? '')?.name ?? '')) : '';
  const orgsAt = (about: Subjectref) =>
    about.type === 'orgs' && about.meetings?.length
      ? list(about.meetings.flatMap((n) => dataset.meetingByNumber(n) ?? []).map(meetingName))
      : '';
  /** "Did A and B sign at the same meeting?": the meetings each is on file at, and whether they share one. */
  const sameMeetingZh = (about: Subjectref) => {
    if (about.type !== 'orgs' || !/ same (?:meeting|jic|time|day|year|event|round) /.test(u.q.text)) return undefined;
    const ats = about.groups.map((g) => {
      const rs = [...new Set(g.flatMap((id) => [...dataset.mousOf(id), ...dataset.projectsOf(id)]))];
      return [...new Set(rs.map((x) => dataset.meeting(x.meeting)).filter((m): m is Meeting => !!m))];
    });
    const shared = (ats[0] ?? []).filter((m) => ats.every((ms) => ms.includes(m)));
    if (shared.length) return `${t.sameYes(list(shared.map(at)))}${eachDid(about)}`;
    if (ats.some((ms) => !ms.length)) return undefined;
    return t.sameNo(
      about.groups
        .map((g, i) => t.onFileAt(dataset.organisation(g[0] ?? '')?.name ?? '', list((ats[i] ?? []).map(meetingName))))
        .join('，'),
    );
  };
  /** A meeting as the English results name it ("the 4th JIC meeting", "the founding MOU"). */
  const meetingNamed = (x: string) =>
    dataset.meetings.find((m) => x === (m.number === 0 ? 'the founding MOU' : `the ${m.name}`) || x === m.name);
  return {
    t,
    meetingName,
    date,
    at,
    list,
    wordZh,
    someNames,
    heldWhere,
    placeZh,
    script,
    shown,
    lines,
    refs,
    person,
    people,
    groupOnly,
    groupScope,
    groupReply,
    noneOnFile,
    partnerScope,
    recordScope,
    rendered,
    kindWho,
    filtered,
    unnamedNotes,
    party,
    didZh,
    eachDid,
    orgsNames,
    orgsAt,
    sameMeetingZh,
    meetingNamed,
  };
}

export type ZhKit = ReturnType<typeof zhKit>;
