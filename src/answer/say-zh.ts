import type { Dataset, Meeting } from '../dataset/index.js';
import { formatDate, messages, type Locale } from '../i18n/index.js';
import { toTraditional } from '../text/han.js';
import { displayName, type Item, type Result } from './run.js';
import type { Filter } from './plan.js';
import type { Said } from './say.js';
import {
  asksFoundingSignatory,
  chairsOf,
  headsInitiative,
  noneOnFileFacts,
  whatEachDidFacts,
  type DidGroup,
} from './facts.js';
import type { Subjectref } from './plan.js';
import { sayCompareZh } from './say-zh-compare.js';
import { sayQuotesZh } from './say-zh-quotes.js';
import type { Understanding } from './understand.js';
import { ANSWER_ZH, PARTNER_LABELS } from '../i18n/answer.js';

/**
 * Step 4 in Chinese, for the kinds a Chinese reader asks most (counts, who signed, when, where,
 * which records): the same result as the English sentence, written in the locale's script. Record
 * names and place text stay as the sources wrote them (English); a person's Chinese name from a
 * source is shown beside the English one. A result this does not word (null) is said in English.
 */
type Zh = Exclude<Locale, 'en'>;

const MAX_LINES = 8;
/**
 * A list this short is shown whole: one meeting's records (the 4th JIC's 14 projects) answer "which
 * projects" only when every one is named, and 15 one-line names still fit a phone screen.
 */
const WHOLE_LIST = 15;

export function sayZh(
  r: Result,
  u: Understanding,
  dataset: Dataset,
  locale: Zh,
  hints: readonly string[] = [],
): Said | null {
  const t = ANSWER_ZH[locale];
  const meetingName = (m: Meeting) => messages(locale).meeting.name(m.number);
  const date = (d: string | null | undefined) => formatDate(d, locale);
  const at = (m: Meeting) => `${meetingName(m)}（${date(m.date.value)}）`;
  const list = (xs: readonly string[]) => xs.join(t.list);
  /**
   * How a meeting was held, in Chinese: its mode (online, by video) in Chinese words, the rest of the
   * source's words kept; a place name as the sources write it. 深圳 and 重庆 are not shown: more-facts.md
   * lists 深圳 among the standard Chinese names no SCI source gives (search aliases only, never shown as a
   * sourced fact), and the place is a fact these sources state only in English.
   */
  const heldWhere = (value: string) => {
    const mode = Object.keys(t.modes).find((k) => value.startsWith(k));
    if (!mode) return t.heldIn(value);
    const rest = value
      .slice(mode.length)
      .trim()
      .replace(/^\((.*)\)$/, '$1');
    return `${t.modes[mode] ?? ''}${rest ? `（${rest}）` : ''}`;
  };
  /** A Chinese name a source prints in simplified characters, in the reader's script (one script per reply). */
  const script = (zh: string) => (locale === 'zh-TW' ? toTraditional(zh) : zh);
  // A name that is our English rendering of the source's Chinese says so in the reader's language.
  const shown = (name: string) => {
    const m = / \(our rendering: (.*)\)$/.exec(name);
    return m ? t.ourRendering(script(name.slice(0, m.index)), script(m[1] ?? '')) : name;
  };
  /** A list under the sentence; a longer one says how many more and, for a meeting's, the command that shows them all. */
  const lines = (items: readonly Item[], meeting?: Meeting) => {
    const cap = items.length <= WHOLE_LIST ? items.length : MAX_LINES;
    return [
      ...items.slice(0, cap).map((i) => `• ${shown(i.name)}`),
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
      f.country ? t.fromCountry(messages(locale).country[f.country] ?? f.country) : '',
      f.named ? t.namedPlace(f.named.charAt(0).toUpperCase() + f.named.slice(1)) : '',
    ].join('');
  /** Records as the question narrowed them (a group, meetings, topics, no related record, partners, a kind or country): "…的". */
  const recordScope = (f: Filter, orgNames: readonly string[]) => {
    const label = PARTNER_LABELS[locale][f.kind ?? 'partners'];
    const kind = label ? label.slice(1) : t.partnerNoun;
    const parts = [
      f.group ? groupScope(f.group) : '',
      f.meetings?.length
        ? t.atMeetingScope(
            list(
              f.meetings.flatMap((n) => {
                const m = dataset.meetingByNumber(n);
                return m ? [meetingName(m)] : [];
              }),
            ),
          )
        : '',
      f.topics?.length ? t.aboutScope(list(f.topics.map(script))) : '',
      f.without ? t.withoutScope(f.without === 'mous' ? t.mouNoun : t.projectNoun) : '',
      orgNames.length ? t.withOrgs(list(orgNames)) : '',
      f.named
        ? t.namedScope(f.named.charAt(0).toUpperCase() + f.named.slice(1))
        : f.kind || f.country
          ? t.withKind(`${f.country ? (messages(locale).country[f.country] ?? f.country) : ''}${kind}`)
          : '',
    ].filter(Boolean);
    return parts.length ? `${parts.join('、')}的` : '';
  };
  /** Records of a kind on file within a scope, listed. */
  const filtered = (mous: boolean, items: readonly Item[], scope: string): Said => ({
    sentence: t.filtered(scope, mous ? t.mouNoun : t.projectNoun, items.length, mous ? t.mouMeasure : t.projectMeasure),
    lines: lines(items),
    refs: refs(items),
    sources: r.op === 'list' || r.op === 'count' ? r.sources : [],
  });
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
  switch (r.op) {
    case 'count': {
      if (r.reportedOnly) {
        const { value, noun, at: m } = r.reportedOnly;
        return {
          sentence: noun === 'projects' ? t.zoneProjects(value, at(m)) : t.zoneCompanies(value, at(m)),
          lines: [],
          refs: refs(r.items),
          sources: r.sources,
        };
      }
      if (r.select === 'meetings')
        return {
          sentence: t.meetings(
            r.items.length,
            list(
              r.items.map((i) => {
                const m = i.ref ? dataset.meeting(i.ref.id) : undefined;
                return m ? at(m) : i.name;
              }),
            ),
          ),
          lines: [],
          refs: refs(r.items),
          sources: r.sources,
        };
      if (r.select === 'mous' || r.select === 'projects') {
        const mous = r.select === 'mous';
        const unit = mous ? t.mou : t.project;
        if (r.total && r.meetings.length <= 1) {
          const m = r.total.at;
          if (r.both && r.total.other !== undefined) {
            const [p, mo] = mous ? [r.total.other, r.total.value] : [r.total.value, r.total.other];
            return {
              sentence: t.both(p, mo, at(m)),
              lines: [],
              refs: [{ kind: 'meeting', id: m.id }],
              sources: r.sources,
            };
          }
          const onFileN = mous
            ? dataset.mous.length
            : dataset.projects.filter((p) => p.kind === 'joint-project').length;
          const sum = r.sumReported !== undefined && r.sumReported !== r.total.value ? t.sum(r.sumReported) : '';
          const onFile = r.meetings.length || r.before ? '' : t.onFile(onFileN, unit);
          const sentence = (mous ? t.totalMous : t.totalProjects)(r.total.value, at(m), sum, onFile).replace(
            /；。$/,
            '。',
          );
          return { sentence, lines: [], refs: [{ kind: 'meeting', id: m.id }], sources: r.sources };
        }
        if (r.noTotalAt && !r.total) {
          // No running total reported there: say so, and add up the per-meeting counts the sources give, if all are given.
          const atM = r.noTotalAt;
          const upTo = dataset.meetings.filter((x) => x.number > 0 && x.number <= atM.number);
          if (!upTo.length)
            return {
              sentence: t.noTotalFounding(at(atM)),
              lines: [],
              refs: [{ kind: 'meeting', id: atM.id }],
              sources: [...atM.date.sources],
            };
          const counts = upTo.map((x) => (mous ? x.newMous.value : x.newProjects.value));
          const known = counts.every((x): x is number => x !== null);
          return {
            sentence: known
              ? t.noTotalSum(
                  at(atM),
                  `${counts.reduce((a, b) => a + b, 0)} ${unit}`,
                  list(
                    upTo.map((x, i) =>
                      t.eachAt(counts[i] ?? 0, meetingName(x), mous ? t.mouMeasure : t.projectMeasure),
                    ),
                  ),
                )
              : t.noTotalUnknown(
                  at(atM),
                  unit.slice(1),
                  list(upTo.filter((_, i) => counts[i] === null).map(meetingName)),
                ),
            lines: [],
            refs: [{ kind: 'meeting', id: atM.id }],
            sources: [...new Set(upTo.flatMap((x) => (mous ? x.newMous.sources : x.newProjects.sources)))],
          };
        }
        const [m0, a0] = [r.meetings[0], r.also?.[0]];
        if (r.also?.length === 1 && r.meetings.length === 1 && m0 && a0) {
          const [fm, fp] = mous ? [m0, a0] : [a0, m0];
          return {
            sentence: t.atBoth(at(m0.meeting), t.mousPart(fm.reported), t.projectsPart(fp.reported)),
            lines: [],
            refs: [{ kind: 'meeting', id: m0.meeting.id }],
            sources: r.sources,
          };
        }
        const unfiltered = !r.filter.orgs && !r.filter.topics && !r.filter.group && !r.filter.kind && !r.filter.country;
        if (r.meetings.length > 1 && unfiltered) {
          const known = r.meetings.filter((x) => x.reported !== null);
          return {
            sentence: t.together(
              `${known.reduce((a, x) => a + (x.reported ?? 0), 0)} ${mous ? t.mou : t.newProject}`,
              list(r.meetings.map((x) => meetingName(x.meeting))),
              mous ? t.signedVerb : t.launchedVerb,
              list(
                known.map((x) =>
                  t.eachAt(x.reported ?? 0, meetingName(x.meeting), mous ? t.mouMeasure : t.projectMeasure),
                ),
              ),
              known.length < r.meetings.length,
            ),
            lines: [],
            refs: r.meetings.map((x) => ({ kind: 'meeting' as const, id: x.meeting.id })),
            sources: r.sources,
          };
        }
        if (r.meetings.length === 1 && m0 && unfiltered) {
          // The founding: no JIC meeting, no count of its own; the MOU signed then is the founding MOU itself.
          const first = dataset.meetingByNumber(1);
          if (m0.reported === null && m0.meeting.number === 0 && mous && first)
            return {
              sentence: t.foundingItself(date(m0.meeting.date.value), first.newMous.value ?? 0, meetingName(first)),
              lines: [],
              refs: [{ kind: 'meeting', id: m0.meeting.id }],
              sources: [...m0.meeting.date.sources, ...first.newMous.sources],
            };
          if (m0.reported === null)
            return {
              sentence: t.unknownAt(unit.slice(1), at(m0.meeting), m0.onFile, unit),
              lines: lines(r.items),
              refs: [{ kind: 'meeting', id: m0.meeting.id }, ...refs(r.items)],
              sources: r.sources,
            };
          const tail =
            m0.onFile === 0 ? t.none : m0.onFile >= m0.reported ? t.allOnFile(m0.onFile) : t.onFile(m0.onFile, unit);
          // Asked "how many were there" that year: the running total reported then as well, or that none was.
          const running = r.withTotal
            ? m0.totals !== null
              ? t.runningTotal(`${m0.totals} ${unit}`, meetingName(m0.meeting))
              : t.noRunningTotal(meetingName(m0.meeting))
            : '';
          return {
            sentence: (mous ? t.atMous : t.atProjects)(m0.reported, at(m0.meeting), tail) + running,
            lines: [],
            refs: [{ kind: 'meeting', id: m0.meeting.id }, ...refs(r.items)],
            sources: r.sources,
          };
        }
        if (groupOnly(r.filter)) return groupReply(r.items, unit, r.filter.group ?? '', r.sources);
        const soleOrg = r.filter.orgs?.length === 1 ? r.filter.orgs[0] : undefined;
        if (!r.items.length && soleOrg && !r.filter.kind && !r.filter.country && !r.filter.group && !r.filter.topics)
          return {
            ...noneOnFile(mous ? 'mous' : 'projects', soleOrg, r.orgNames[0] ?? '', r.filter.meetings ?? []),
            sources: r.sources,
          };
        const onlyOrgs =
          !r.filter.kind &&
          !r.filter.country &&
          !r.filter.group &&
          !r.filter.topics &&
          !r.filter.meetings?.length &&
          !r.filter.without;
        // Two partners or more: the records that join them, counted (what each did when none does).
        if ((r.filter.orgs?.length ?? 0) >= 2 && onlyOrgs) {
          const total = dataset.figures.latestTotals;
          const about: Subjectref = { type: 'orgs', groups: (r.filter.orgs ?? []).map((g) => [...g]) };
          const onFileN = mous
            ? dataset.mous.length
            : dataset.projects.filter((p) => p.kind === 'joint-project').length;
          const sentence = t.joinCount(
            r.items.length,
            unit,
            list(r.orgNames),
            total ? (mous ? total.mous : total.projects) : undefined,
            onFileN,
            list(r.items.map((i) => i.name)),
          );
          return {
            sentence: r.items.length ? sentence : `${sentence}${eachDid(about)}`,
            lines: [],
            refs: refs(r.items),
            sources: r.sources,
          };
        }
        if (r.filter.orgs?.length && onlyOrgs) {
          const who = list(r.orgNames);
          const n = r.items.length;
          return {
            sentence: mous ? t.orgMous(who, n, list(r.items.slice(0, 4).map((i) => i.name))) : t.orgProjects(who, n),
            lines: mous ? [] : lines(r.items),
            refs: refs(r.items),
            sources: r.sources,
          };
        }
        return filtered(mous, r.items, recordScope(r.filter, r.orgNames));
      }
      const label = PARTNER_LABELS[locale][r.label];
      if (!label) return null;
      // Partners named in no record of a kind; parties the sources mention without naming them, said after.
      const scope = `${r.filter.without ? t.notInNo(r.filter.without === 'mous') : ''}${partnerScope(r.filter)}`;
      const notes = unnamedNotes(r.unnamed, r.filter.meetings);
      if (!r.items.length)
        return { sentence: t.noPartners(scope, label.slice(1)) + notes, lines: [], refs: [], sources: r.sources };
      if (!scope)
        return {
          sentence: t.partnersOf(r.items.length, label, list(r.items.map((i) => i.name))) + notes,
          lines: [],
          refs: refs(r.items),
          sources: r.sources,
        };
      return {
        sentence:
          t.partnersScoped(
            r.items.length,
            scope,
            label,
            list(r.items.map((i) => i.name)),
            r.filter.country
              ? r.items.filter((i) => i.ref && dataset.organisation(i.ref.id)?.countryStated === false).length
              : 0,
          ) + notes,
        lines: [],
        refs: refs(r.items),
        sources: r.sources,
      };
    }
    case 'list': {
      // Partners of a kind or country read the same whether counted or listed.
      if (r.select === 'partners')
        return sayZh(
          { ...r, op: 'count', total: null, cumulative: false, before: false, orgNames: [] },
          u,
          dataset,
          locale,
          hints,
        );
      if (r.select === 'meetings' && !r.filter.place && !r.filter.reported) {
        // Every meeting: each one's place (asked where) or its date.
        const ms = r.items.flatMap((i) => (i.ref ? [dataset.meeting(i.ref.id)] : [])).filter((m): m is Meeting => !!m);
        return {
          sentence:
            u.target === 'where'
              ? ms.map((m) => t.place(meetingName(m), date(m.date.value), heldWhere(m.place.value))).join('')
              : t.meetings(ms.length, list(ms.map(at))),
          lines: [],
          refs: refs(r.items),
          sources: r.sources,
        };
      }
      if (r.select === 'meetings') {
        // Meetings picked by place or by a count they reported.
        const ms = r.items.flatMap((i) => (i.ref ? [dataset.meeting(i.ref.id)] : [])).filter((m): m is Meeting => !!m);
        const want = r.filter.reported;
        const cap = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);
        // Excluded by a figure ("不是8份"): each meeting with its own figure, never the figure excluded; with none
        // left, every counted meeting with its (equal) figure.
        const figureOf = (m: Meeting) => (want?.select === 'mous' ? m.newMous.value : m.newProjects.value);
        const counted = ms.length ? ms : dataset.meetings.filter((m) => m.number > 0 && figureOf(m) !== null);
        const sentence =
          want && r.filter.exclude
            ? counted
                .map((m) =>
                  t.withCount(
                    at(m),
                    want.select === 'mous' ? t.signedVerb : t.launchedVerb,
                    `${figureOf(m) ?? 0} ${want.select === 'mous' ? t.mou : t.newProject}`,
                    false,
                  ),
                )
                .join('')
            : want
              ? ms.length
                ? t.withCount(
                    list(ms.map(at)),
                    want.select === 'mous' ? t.signedVerb : t.launchedVerb,
                    `${want.value} ${want.select === 'mous' ? t.mou : t.newProject}`,
                    ms.length > 1,
                  )
                : t.noneWithCount(
                    want.select === 'mous' ? t.signedVerb : t.launchedVerb,
                    `${want.value} ${want.select === 'mous' ? t.mou : t.newProject}`,
                  )
              : ms.length
                ? ms.map((m) => t.place(meetingName(m), date(m.date.value), heldWhere(m.place.value))).join('')
                : t.noneHeldIn(
                    messages(locale).country[cap(r.filter.place ?? '')] ?? cap(r.filter.place ?? ''),
                    dataset.meetings
                      .filter((m) => m.number > 0)
                      .map((m) => t.heldAt(meetingName(m), heldWhere(m.place.value)))
                      .join('；'),
                  );
        return { sentence, lines: [], refs: refs(r.items), sources: r.sources };
      }
      if (r.select === 'highlights') {
        const m = r.meetings[0]?.meeting;
        return {
          sentence: t.namedAt(m ? at(m) : ''),
          lines: lines(r.items),
          refs: m ? [{ kind: 'meeting', id: m.id }] : [],
          sources: r.sources,
        };
      }
      if (r.select === 'pillars')
        return {
          sentence: t.pillars(r.items.length, list(r.items.map((i) => i.name))),
          lines: [],
          refs: [],
          sources: r.sources,
        };
      if (r.select !== 'mous' && r.select !== 'projects') return null;
      const mous = r.select === 'mous';
      const unit = mous ? t.mou : t.project;
      const m = r.meetings.length === 1 ? r.meetings[0] : undefined;
      if (m && m.reported !== null) {
        const tail =
          r.items.length === 0
            ? t.none
            : r.items.length >= m.reported
              ? t.allOnFile(r.items.length)
              : t.onFile(r.items.length, unit);
        return {
          sentence: `${(mous ? t.atMous : t.atProjects)(m.reported, at(m.meeting), tail).replace(/。$/, '：')}`,
          lines: lines(r.items, m.meeting),
          refs: [{ kind: 'meeting', id: m.meeting.id }, ...refs(r.items)],
          sources: r.sources,
        };
      }
      if (m)
        return {
          sentence: t.unknownAt(unit.slice(1), at(m.meeting), r.items.length, unit),
          lines: lines(r.items),
          refs: [{ kind: 'meeting', id: m.meeting.id }, ...refs(r.items)],
          sources: r.sources,
        };
      if (groupOnly(r.filter)) return groupReply(r.items, unit, r.filter.group ?? '', r.sources);
      const soleOrg = r.filter.orgs?.length === 1 ? r.filter.orgs[0] : undefined;
      if (!r.items.length && soleOrg && !r.filter.kind && !r.filter.country && !r.filter.group && !r.filter.topics)
        return {
          ...noneOnFile(
            mous ? 'mous' : 'projects',
            soleOrg,
            dataset.organisation(soleOrg[0] ?? '')?.name ?? '',
            r.filter.meetings ?? [],
          ),
          sources: r.sources,
        };
      const orgs = (r.filter.orgs ?? []).map((g) => dataset.organisation(g[0] ?? '')?.name ?? '').filter(Boolean);
      const scope = recordScope(r.filter, orgs);
      const total = dataset.figures.latestTotals;
      // Every record, no filter: what the sources report in all, then how many are on file by name.
      if (!scope && total)
        return {
          sentence: t.allReported(
            mous ? total.mous : total.projects,
            unit,
            mous ? t.signedVerb : t.launchedVerb,
            at(total.meeting),
            r.items.length,
          ),
          lines: lines(r.items),
          refs: refs(r.items),
          sources: [...(total.meeting.totals?.sources ?? []), ...r.sources],
        };
      // None about a topic: none of those on file, which the sources report more of.
      const topicsOnly = !!r.filter.topics?.length && Object.keys(r.filter).every((k) => k === 'topics');
      if (!r.items.length && topicsOnly && total) {
        const onFileN = mous ? dataset.mous.length : dataset.projects.filter((p) => p.kind === 'joint-project').length;
        const said = filtered(mous, r.items, scope);
        return {
          ...said,
          sentence: said.sentence.replace(/。$/, `${t.topicNone(onFileN, mous ? total.mous : total.projects, unit)}。`),
        };
      }
      return filtered(mous, r.items, scope);
    }
    case 'read': {
      const a = r.about;
      if (a.type === 'meeting') {
        const m = dataset.meetingByNumber(a.number);
        if (!m) return null;
        const d = date(m.date.value);
        if (r.attribute === 'date' || (r.attribute === 'about' && u.target === 'when'))
          return {
            sentence:
              m.number === 0 ? t.foundingSigned(d, m.place.value) : t.held(meetingName(m), d, heldWhere(m.place.value)),
            lines: [],
            refs: r.refs,
            sources: r.sources,
          };
        if (r.attribute === 'place' || (r.attribute === 'about' && u.target === 'where'))
          return {
            sentence:
              m.number === 0
                ? t.foundingSigned(d, m.place.value)
                : t.place(meetingName(m), d, heldWhere(m.place.value)),
            lines: [],
            refs: r.refs,
            sources: r.sources,
          };
        if (r.attribute === 'announced')
          return {
            sentence: m.announced
              ? t.announced(meetingName(m), date(m.announced.value), d)
              : t.noAnnounced(meetingName(m), d),
            lines: [],
            refs: r.refs,
            sources: r.sources,
          };
        if (r.attribute === 'chairs' || r.attribute === 'parties') {
          const rs = r.readings;
          if (rs.length === 1)
            return {
              sentence: (m.number === 0 ? t.signedBy : t.chaired)(meetingName(m), d, people(rs[0]?.value ?? null)),
              lines: [],
              refs: r.refs,
              sources: r.sources,
            };
          return {
            sentence: t.differ(
              meetingName(m),
              d,
              rs
                .map((x) => {
                  const label = (x.label ?? '').replace(/^Co-chairs \((.*)\)$/, '$1');
                  return `${t.reading[label] ?? label}：${people(x.value)}`;
                })
                .join('；'),
            ),
            lines: [],
            refs: r.refs,
            sources: r.sources,
          };
        }
        if (r.attribute === 'about') {
          const mous = r.readings.find((x) => x.label === 'mous')?.value;
          const prj = r.readings.find((x) => x.label === 'projects')?.value;
          const figs = [mous ? t.mousPart(Number(mous)) : '', prj ? t.projectsPart(Number(prj)) : '']
            .filter(Boolean)
            .join('，');
          if (m.number === 0)
            return { sentence: t.foundingSigned(d, m.place.value), lines: [], refs: r.refs, sources: r.sources };
          return {
            sentence: t.aboutMeeting(meetingName(m), d, figs ? `，${figs}` : ''),
            lines: [],
            refs: r.refs,
            sources: r.sources,
          };
        }
        return null;
      }
      if (a.type === 'initiative') {
        const i = dataset.initiative;
        if (r.attribute === 'status') {
          const e = r.readings.find((x) => x.label?.startsWith('event|'));
          const ml = r.readings.find((x) => x.label?.startsWith('meeting|'));
          const latest = dataset.meetings.find((x) => x.name === ml?.value);
          const first = e?.value?.match(/^[^.]+\./)?.[0] ?? e?.value ?? '';
          return {
            sentence: t.status(
              [
                e ? t.statusEvent(date(e.label?.split('|')[1]), first) : '',
                latest ? t.statusMeeting(meetingName(latest), date(latest.date.value)) : '',
              ].join(' '),
            ),
            lines: [],
            refs: r.refs,
            sources: r.sources,
          };
        }
        if (r.attribute === 'launched' || r.attribute === 'date') {
          const said = r.readings.map((x) => x.value ?? '').join(' ');
          const year =
            /\b(?:launched|initiated) in (\d{4})/i.exec(said)?.[1] ?? (r.readings[0]?.value ?? '').slice(0, 4);
          const founding = dataset.meetingByNumber(0);
          return {
            sentence: t.launched(
              year,
              founding ? t.launchedFounding(date(founding.date.value), founding.place.value) : '',
            ),
            lines: [],
            refs: r.refs,
            sources: r.sources,
          };
        }
        // What the SCI is: its names, when it was launched, its pillars in Chinese words; the source's own
        // description after, quoted as it was written.
        const zh = i.zh?.map((x) => script(x.name)) ?? [];
        const founding = dataset.meetingByNumber(0);
        return {
          sentence: t.initiative(
            `${i.name}（${i.shortName}${zh.length ? `；${list(zh)}` : ''}）`,
            i.launched.value.slice(0, 4),
            founding ? date(founding.date.value) : '',
            r.items.length,
            list(r.items.map((x) => x.name)),
            r.readings[0]?.value ?? '',
          ),
          lines: [],
          refs: r.refs,
          sources: r.sources,
        };
      }
      if (a.type === 'committee' && r.attribute !== 'chairs') {
        const exp = r.readings[0]?.value ?? '';
        return {
          sentence: t.committee(exp, r.items.length, date(r.items[r.items.length - 1]?.detail)),
          lines: [],
          refs: refs(r.items),
          sources: r.sources,
        };
      }
      if (a.type === 'person') {
        const about = r.readings.find((x) => x.label === 'about')?.value;
        const rs = r.readings.filter((x) => x.label !== 'about');
        if (!rs.length && !about)
          return { sentence: t.noRole(person(a.name)), lines: [], refs: r.refs, sources: r.sources };
        const role = about ?? rs[rs.length - 1]?.value ?? '';
        const chaired = rs.filter((x) => !x.label?.startsWith('0|'));
        const byMeeting = new Map<string, string[]>();
        for (const x of chaired) {
          const [, label = '', mname = ''] = (x.label ?? '').split('|');
          byMeeting.set(mname, [...(byMeeting.get(mname) ?? []), label]);
        }
        const ms = [...byMeeting].map(([mname, labels]) => {
          const m = dataset.meetings.find((x) => x.name === mname);
          const one = labels.length === 1 && /\(/.test(labels[0] ?? '');
          return `${m ? meetingName(m) : mname}${one ? t.chairNote(/news/.test(labels[0] ?? '')) : ''}`;
        });
        const parts = [
          t.role(person(a.name), / when /.test(role), role),
          rs.some((x) => x.label?.startsWith('0|')) ? t.signedFounding : '',
          ms.length ? t.coChaired(list(ms)) : '',
        ].filter(Boolean);
        return { sentence: `${parts.join('；')}。`, lines: [], refs: r.refs, sources: r.sources };
      }
      if ((a.type === 'record' || a.type === 'records') && r.attribute === 'title')
        return {
          sentence: r.readings.map((x) => (x.value ? t.title(x.value) : t.noTitle(x.label ?? ''))).join(' '),
          lines: [],
          refs: r.refs,
          sources: r.sources,
        };
      if ((a.type === 'record' || a.type === 'records') && r.attribute === 'group')
        return {
          sentence: r.readings
            .map((x) =>
              x.value === null
                ? t.noGroup(x.label ?? '')
                : x.value === 'unlabelled'
                  ? t.firstGroup(x.label ?? '')
                  : t.inGroupOf(
                      x.label ?? '',
                      dataset.group(x.value)?.label ?? x.value,
                      messages(locale).mouGroup[x.value],
                    ),
            )
            .join(''),
          lines: [],
          refs: r.refs,
          sources: r.sources,
        };
      const zonePlace = r.readings.find((x) => x.label === 'zone place');
      if (zonePlace?.value) {
        const z = dataset.initiative.demonstrationZone;
        const zh = z?.zh?.[0] ? script(z.zh[0].name) : undefined;
        return {
          sentence: t.zonePlace(zh ? `${zh}（${z?.name ?? ''}）` : (z?.name ?? ''), zonePlace.value),
          lines: [],
          refs: r.refs,
          sources: [...new Set([...zonePlace.sources, ...r.sources])],
        };
      }
      if (a.type === 'orgs') {
        const names = orgsNames(a);
        if (!r.items.length)
          return {
            sentence: `${t.noneJoins(names, orgsAt(a))}${eachDid(a)}`,
            lines: [],
            refs: r.refs,
            sources: r.sources,
          };
        const o = (g: readonly string[]) => dataset.organisation(g[0] ?? '');
        const [x, y] = a.groups.map(o);
        // Two entities of one brand: what each entity did, never one's record as both's.
        if (x && y && a.groups.length === 2 && x.parent !== y.id && y.parent !== x.id) {
          const brand = (n: string) => n.split(' ').slice(0, 2).join(' ');
          const kinds = messages(locale).cards.organisation.kinds as Readonly<Record<string, string>>;
          const desc = (z: typeof x) =>
            `${z.name}（${kinds[z.kind] ?? z.kind}${z.country === 'unclear' ? '' : `，${messages(locale).country[z.country] ?? z.country}`}）`;
          if (brand(x.name) === brand(y.name))
            return {
              sentence: `${t.brand(desc(x), desc(y))}${eachDid(a)}`,
              lines: [],
              refs: r.refs,
              sources: r.sources,
            };
        }
        const atOf = (i: Item) => {
          const ref = i.ref;
          const rec = ref ? (ref.kind === 'mou' ? dataset.mou(ref.id) : dataset.project(ref.id)) : undefined;
          const m = rec
            ? dataset.meeting(rec.meeting)
            : dataset.meetings.find((z) => z.name === i.detail?.split('|')[1]);
          return m ? `${meetingName(m)}，${date(m.date.value)}` : '';
        };
        const both = r.items.some((i) => i.ref?.kind === 'mou') && r.items.some((i) => i.ref?.kind === 'project');
        const body = r.items
          .map((i) =>
            i.detail?.startsWith('highlight|')
              ? t.recordAt('', i.name.replace(/\.$/, ''), atOf(i), '')
              : t.recordAt(both ? (t.recordKind[i.ref?.kind ?? ''] ?? '') : '', i.name, atOf(i), i.detail ?? ''),
          )
          .join('；');
        return {
          sentence: `${both ? t.twoRecords(names) : t.joinedBy(names)}${body}`,
          lines: [],
          refs: r.refs,
          sources: r.sources,
        };
      }
      if (a.type === 'highlight' && r.readings[0]?.value) {
        // A named outcome, in its source's words (English record text), dated by its meeting.
        const [n] = a.key.split(':').map(Number);
        const m = dataset.meetingByNumber(n ?? -1);
        return m ? { sentence: `${at(m)}：${r.readings[0].value}`, lines: [], refs: r.refs, sources: r.sources } : null;
      }
      if (a.type === 'committee' && r.attribute === 'chairs') {
        const { sides, events } = chairsOf(r);
        const meetings = (ns: readonly number[]) => list(ns.map((n) => messages(locale).meeting.name(n)));
        const reading = (x: string) => t.reading[x] ?? x;
        const body = sides
          .map(
            (x) =>
              `${t.chairSide[x.side] ?? x.side}：${list(
                x.people.map((p) =>
                  t.chairAt(
                    person(p.name),
                    meetings(p.meetings),
                    p.differ
                      .map((d) =>
                        t.chairDiffer(
                          messages(locale).meeting.name(d.meeting),
                          list(d.named.map(reading)),
                          list(d.others.map((o) => t.chairOther(reading(o.reading), list(o.names.map(person))))),
                        ),
                      )
                      .join('；'),
                  ),
                ),
              )}`,
          )
          .join('；');
        const publisher = (ids: readonly string[]) => list(ids.map((id) => dataset.source(id)?.publisher ?? id));
        const said = events
          .map((e) =>
            e.verbatim
              ? t.quote(person(e.by), date(e.date), e.text)
              : t.reported(person(e.by), publisher(e.sources), date(e.date), e.text),
          )
          .join('');
        return {
          sentence: `${headsInitiative(u) ? t.noHead : t.chairsHead}${body}。${said}`,
          lines: [],
          refs: refs(r.items),
          sources: r.sources,
        };
      }
      // The zone's own record (alone, or among those a question's words picked): the zone as a whole.
      const zoneId =
        a.type === 'record' || a.type === 'records'
          ? (a.type === 'record' ? [a.id] : a.ids).find(
              (id) => a.kind === 'project' && dataset.project(id)?.kind === 'demonstration-zone',
            )
          : undefined;
      if (zoneId && (r.attribute === 'about' || r.attribute === 'date')) {
        const z = dataset.initiative.demonstrationZone;
        const zh = z?.zh?.[0] ? script(z.zh[0].name) : undefined;
        const name = zh ? `${zh}（${z?.name ?? ''}）` : (z?.name ?? '');
        const timeline = zoneTimelineZh(dataset, zoneId)
          .map((x) => t.zoneAt(at(x.meeting), script(x.parts.map(shown).join('；'))))
          .join('');
        return {
          sentence:
            r.attribute === 'date'
              ? t.zoneNoDate(name, timeline)
              : t.zoneAbout(name, z?.place?.value ?? '', dataset.project(zoneId)?.description.text ?? '', timeline),
          lines: [],
          refs: r.refs,
          sources: [...new Set([...r.sources, ...(z?.place?.sources ?? [])])],
        };
      }
      if ((a.type === 'record' || a.type === 'records') && r.attribute === 'parties') {
        const parts = r.readings
          .filter((x) => x.value !== null)
          .map((x) => t.parties(list((x.value ?? '').split('|')), x.label ?? ''));
        return parts.length ? { sentence: parts.join(''), lines: [], refs: r.refs, sources: r.sources } : null;
      }
      if ((a.type === 'record' || a.type === 'records') && r.attribute === 'date') {
        const i = r.items[0];
        const [mname, d] = (i?.detail ?? '').split('|');
        const m = dataset.meetings.find((x) => x.name === mname);
        return i && m
          ? { sentence: t.came(i.name, meetingName(m), date(d)), lines: [], refs: r.refs, sources: r.sources }
          : null;
      }
      if (
        (a.type === 'record' || a.type === 'records') &&
        (r.attribute === 'about' || r.attribute === 'place') &&
        r.readings.length === 1
      ) {
        // What a record does, as its source puts it (English record text), under a Chinese label.
        const [mname, d] = (r.items[0]?.detail ?? '').split('|');
        const m = dataset.meetings.find((x) => x.name === mname);
        const x = r.readings[0];
        return m && x?.value
          ? {
              sentence: `${x.label ?? ''}（${meetingName(m)}，${date(d)}）：${x.value}`,
              lines: [],
              refs: r.refs,
              sources: r.sources,
            }
          : null;
      }
      if (a.type === 'org' && u.target === 'when') {
        // When a partner took part: each record or outcome naming it, with its meeting and date.
        const dated = r.items.map((i) => {
          const d = (i.detail ?? '').split('|');
          const m = dataset.meetings.find((x) => x.name === d[d.length - 2]);
          const what = i.detail?.startsWith('highlight|') ? i.name.replace(/\.$/, '') : i.name;
          return `${what}（${m ? `${meetingName(m)}，` : ''}${date(d[d.length - 1])}）`;
        });
        return {
          sentence: dated.length ? `${r.name}：${dated.join('；')}。` : t.noDateFor(r.name),
          lines: [],
          refs: r.refs,
          sources: r.sources,
        };
      }
      if (a.type === 'org' && r.attribute === 'about' && u.target !== 'who') {
        // "What is X / what does X do?": its kind and country as the data holds them, what it did on file,
        // and with one or two records with one partner, what they do (the record's own words).
        const kinds = messages(locale).cards.organisation.kinds as Readonly<Record<string, string>>;
        const desc = (id: string) => {
          const o = dataset.organisation(id);
          if (!o) return id;
          const country =
            o.country === 'unclear'
              ? ''
              : o.countryStated
                ? (messages(locale).country[o.country] ?? o.country)
                : t.countryInferred(messages(locale).country[o.country] ?? o.country);
          return `${o.name}（${kinds[o.kind] ?? o.kind}${country ? `，${country}` : ''}）`;
        };
        const ids = a.ids;
        const family = ids.length > 1 && !ids.some((id) => ids.includes(dataset.organisation(id)?.parent ?? ''));
        const signed = r.items.filter((i) => i.detail?.startsWith('mou|'));
        // "What did DataPost sign?": what it signed first (each MOU with its meeting and date), then what it says.
        if (u.flags.signing && signed.length && !family && (u.target === 'what' || u.target === 'list')) {
          const whenOf = (i: Item) => {
            const d = (i.detail ?? '').split('|');
            const m = dataset.meetings.find((x) => x.name === d[d.length - 2]);
            return `${m ? `${meetingName(m)}，` : ''}${date(d[d.length - 1])}`;
          };
          const joined = r.items.filter((i) => i.detail?.startsWith('project|'));
          const one = signed.length === 1 && signed[0]?.ref ? dataset.mou(signed[0].ref.id) : undefined;
          return {
            sentence:
              t.signedWhat(r.name, signed.length, signed.map((i) => `${i.name}（${whenOf(i)}）`).join('；')) +
              (one ? `${one.description.text} ` : '') +
              (joined.length
                ? t.alsoJoinedWhat(joined.length, joined.map((i) => `${i.name}（${whenOf(i)}）`).join('；'))
                : ''),
            lines: [],
            refs: r.refs,
            sources: r.sources,
          };
        }
        if (family)
          return {
            sentence: `${t.oneBrand(list(ids.map(desc)))}${ids.map((id) => `${didZh([id])}。`).join('')}`,
            lines: [],
            refs: r.refs,
            sources: r.sources,
          };
        const f = whatEachDidFacts(dataset, ids);
        const groups = f.both.length + f.signed.length + f.joined.length;
        const records = r.items.filter((i) => i.ref?.kind === 'mou' || i.ref?.kind === 'project');
        const last = records[records.length - 1]?.ref;
        const rec = last ? (last.kind === 'mou' ? dataset.mou(last.id) : dataset.project(last.id)) : undefined;
        const text = rec?.description.text ?? '';
        const describe =
          groups === 1 && records.length <= 2 && text
            ? text.length > 400
              ? `${text.slice(0, 400).replace(/\s+\S*$/, '')}…`
              : text
            : '';
        // Named only in a meeting's outcome (TusStar): what that outcome says, in its source's words.
        const outcome = records.length ? undefined : r.items.find((i) => i.detail?.startsWith('highlight|'));
        return {
          sentence: `${didZh(ids, desc(ids[0] ?? ''))}。${describe}${outcome ? t.namedText(outcome.name) : ''}`,
          lines: [],
          refs: r.refs,
          sources: r.sources,
        };
      }
      if (a.type === 'org' && (r.attribute === 'parties' || u.target === 'who')) {
        const ids = a.ids;
        const own = new Set(
          ids.flatMap((id) => [dataset.organisation(id)?.name ?? id, ...dataset.childrenOf(id).map((c) => c.name)]),
        );
        const detail = (i: Item) => (i.detail ?? '').split('|');
        const others = (i: Item) =>
          detail(i)
            .slice(1, -2)
            .filter((n) => !own.has(n));
        const signer = (i: Item) =>
          detail(i)
            .slice(1, -2)
            .find((n) => own.has(n)) ?? r.name;
        const where = (i: Item) => {
          const d = detail(i);
          const m = dataset.meetings.find((x) => x.name === d[d.length - 2]);
          return m ? `${meetingName(m)}，${date(d[d.length - 1])}` : date(d[d.length - 1]);
        };
        const mous = r.items.filter((i) => i.detail?.startsWith('mou|'));
        const projects = r.items.filter((i) => i.detail?.startsWith('project|'));
        const parts = [
          ...mous.map((i) => t.signedWith(signer(i), list(others(i).map(party)), where(i))),
          ...(mous.length && u.flags.signing
            ? []
            : projects.map((i) => t.joinedWith(signer(i), list(others(i).map(party)), where(i)))),
        ];
        // The same signing said several times (NCS's three MOUs, each with an unnamed company): once, with how many.
        const counted = [...new Set(parts)].map((x) => {
          const k = parts.filter((y) => y === x).length;
          return k > 1 ? x.replace(/。$/, t.timesOver(k)) : x;
        });
        return counted.length ? { sentence: counted.join(''), lines: [], refs: r.refs, sources: r.sources } : null;
      }
      return null;
    }
    case 'check': {
      // A negative question ("吉宝没有签署谅解备忘录吗"): 是/否 would answer the negation, so say 有/没有 (did, did not).
      const negated = / not /.test(u.q.text);
      const word =
        r.verdict === 'yes'
          ? negated
            ? t.didWord
            : t.yes
          : r.verdict === 'no'
            ? negated
              ? t.didNotWord
              : t.no
            : r.verdict === 'both'
              ? t.differs
              : '';
      // "Is NCS a Singapore company?": the kind and country as the data holds them, and how sure.
      if (r.claim.type === 'kind' && r.inner.op === 'read' && r.inner.about.type === 'org') {
        const o = dataset.organisation(r.inner.about.ids[0] ?? '');
        if (!o) return null;
        const kinds = messages(locale).cards.organisation.kinds as Readonly<Record<string, string>>;
        const c = messages(locale).country[o.country] ?? o.country;
        const where =
          o.country === 'unclear'
            ? t.kindCountryUnknown
            : o.countryStated
              ? t.kindCountry(c)
              : t.kindCountryInferred(c);
        return {
          sentence: t.kindIs(r.verdict === 'unknown' ? t.notStated : word, o.name, kinds[o.kind] ?? o.kind, where),
          lines: [],
          refs: r.inner.refs,
          sources: r.inner.sources,
        };
      }
      // "Did NTU sign an MOU?" when none on file names it: none of those on file, which is not "no".
      if (r.verdict === 'no' && r.inner.op === 'count' && r.claim.type === 'some')
        return {
          ...noneOnFile(
            r.inner.select === 'projects' ? 'projects' : 'mous',
            r.inner.filter.orgs?.[0] ?? [],
            r.inner.orgNames[0] ?? '',
            r.inner.filter.meetings ?? [],
          ),
          sources: r.inner.sources,
        };
      // "Did Keppel sign with NUS?" when no record joins them: none on file, which is not "no".
      if (r.verdict === 'no' && r.claim.type === 'together' && r.inner.op === 'read') {
        const ia = r.inner.about;
        const base = { lines: [], refs: r.inner.refs, sources: r.inner.sources };
        const scoped = orgsAt(ia);
        if (scoped) {
          const elsewhere = (r.inner.readings.find((x) => x.label === 'elsewhere')?.value ?? '')
            .split('|')
            .filter(Boolean)
            .map((x) => {
              const m = meetingNamed(x);
              return m ? meetingName(m) : x;
            });
          return { ...base, sentence: t.noneJoinsAt(orgsNames(ia), scoped, list(elsewhere)) };
        }
        const same = sameMeetingZh(ia);
        if (same) return { ...base, sentence: same };
        const total = dataset.figures.latestTotals;
        return {
          ...base,
          sentence: total
            ? `${t.noneJoinsTotal(orgsNames(ia), total.mous, total.projects, dataset.mous.length, dataset.projects.filter((p) => p.kind === 'joint-project').length)}${eachDid(ia)}`
            : `${t.noneJoins(orgsNames(ia), '')}${eachDid(ia)}`,
        };
      }
      if (r.claim.type === 'together' && r.inner.op === 'read') {
        const same = sameMeetingZh(r.inner.about);
        if (same) return { sentence: same, lines: [], refs: r.inner.refs, sources: r.inner.sources };
      }
      // Yes or no, then the inner answer in Chinese (or the English reply, if that is not worded here).
      const inner = sayZh(r.inner, u, dataset, locale, hints);
      if (!inner) return null;
      // "Has Qin Weizhong signed any MOU?": the only signatories the sources name are the founding MOU's.
      if (asksFoundingSignatory(r, u))
        return {
          ...inner,
          sentence:
            r.verdict === 'yes' ? t.lead(t.yes, inner.sentence) : t.notSignedPerson(r.claim.name, inner.sentence),
        };
      // "Was Joseph Leong at the 2nd JIC?": the sources list co-chairs, not who attended: not named is no "No".
      if (r.verdict === 'no' && r.claim.type === 'person' && !u.flags.chairing && r.inner.op === 'read') {
        const ia = r.inner.about;
        const m = ia.type === 'meeting' ? dataset.meetingByNumber(ia.number) : undefined;
        return { ...inner, sentence: t.notNamedAt(r.claim.name, m ? meetingName(m) : r.inner.name, inner.sentence) };
      }
      // "Is Chen Rugui still mayor?": the sources give roles at dated meetings, not who holds them now.
      if (r.claim.type === 'role' && / (?:still|now|currently|today|at present|anymore|any more) /.test(u.q.text))
        return { ...inner, sentence: t.roleNow(inner.sentence) };
      // A text that does not say what was asked: silence is not denial.
      if (r.verdict === 'unknown' && (r.claim.type === 'words' || (r.claim.type === 'topic' && r.claim.free)))
        return { ...inner, sentence: t.notSaid(inner.sentence) };
      return { ...inner, sentence: word ? t.lead(word, inner.sentence) : inner.sentence };
    }
    case 'compare':
      return sayCompareZh(r, u, dataset, locale, didZh);
    case 'rank': {
      const top = r.rows[0];
      if (!top) return null;
      const winners = r.rows.filter((x) => x.value === top.value);
      const label = (x: string) => {
        if (r.by === 'meeting') {
          const m = dataset.meetings.find((mm) => mm.name === x);
          return m ? meetingName(m) : x;
        }
        if (r.by === 'year') return `${x} 年`;
        if (r.by === 'group') return messages(locale).mouGroup[x] ?? dataset.group(x)?.label ?? x;
        if (r.by === 'country') return messages(locale).country[x] ?? x;
        return x;
      };
      const unit = r.select === 'mous' ? t.mou : t.project;
      // Asked for a pillar's MOUs: the sources file none under a pillar; say so and give Annex A's groups.
      if (r.by === 'group' && r.pillar)
        return {
          sentence: t.pillarGroups(r.pillar, list(r.rows.map((x) => t.groupCount(label(x.label), x.value)))),
          lines: [],
          refs: [],
          sources: r.sources,
        };
      const unknown = r.unknown.length ? t.rankUnknown(list(r.unknown.map(label))) : '';
      const done = (sentence: string): Said => ({
        sentence,
        lines: [],
        refs: winners.flatMap((x) => (x.ref ? [x.ref] : [])),
        sources: r.sources,
      });
      // "Compare each year": every meeting's (or year's) count, in order, and those the sources give none for.
      if (r.all)
        return done(
          t.every(
            r.order === 'most',
            r.by === 'year',
            unit.slice(1),
            r.rows.map((x) => `${label(x.label)} ${x.value} ${unit}`).join('；'),
            r.unknown.length ? list(r.unknown.map(label)) : '',
          ),
        );
      // The fewest where some meetings or years have no count: those could have had fewer, so it can't be told.
      if ((r.by === 'meeting' || r.by === 'year') && r.order === 'fewest' && r.unknown.length)
        return done(
          t.fewestUnknown(
            list(r.unknown.map(label)),
            unit.slice(1),
            list(winners.map((x) => label(x.label))),
            `${top.value} ${unit}`,
          ),
        );
      // Records by how many parties they name (not a count of records).
      if (r.by === 'record') {
        const total = dataset.figures.latestTotals;
        const reported = total ? (r.select === 'mous' ? total.mous : total.projects) : undefined;
        return done(
          t.mostParties(
            r.rows.length + r.unknown.length,
            unit,
            reported,
            winners.length === r.rows.length ? '' : list(winners.map((x) => shown(x.label))),
            top.value,
            r.order === 'most',
            r.unknown.length,
          ),
        );
      }
      // Partners of a kind by country: a count of partners, never of MOUs.
      if (r.by === 'country') {
        const kind = PARTNER_LABELS[locale][u.mentions.find((m) => m.type === 'kind')?.value ?? 'partners'] ?? '';
        return done(
          t.countryMost(
            list(winners.map((x) => label(x.label))),
            `${top.value} ${kind}`,
            r.rows
              .filter((x) => !winners.includes(x))
              .map((x) => `${label(x.label)} ${x.value} ${kind}`)
              .join('；'),
            r.order === 'most',
            winners.length > 1,
          ),
        );
      }
      return done(
        (r.by === 'group' && / pillars? /.test(u.q.text) ? t.byGroupNotPillar : '') +
          (r.order === 'most' ? t.most : t.fewest)(
            list(winners.map((x) => label(x.label))),
            `${top.value} ${unit}`,
            winners.length > 1,
            unknown,
          ),
      );
    }
    case 'order': {
      const name = (x: (typeof r.things)[number]) =>
        x.isMeeting && x.meetings[0] ? meetingName(x.meetings[0]) : x.name;
      if (r.things.every((x) => x.isMeeting && x.meetings[0])) {
        const inOrder = [...r.things].sort((p, q) => (p.meetings[0]?.number ?? 0) - (q.meetings[0]?.number ?? 0));
        const dated = inOrder.map((x) => `${name(x)}（${date(x.meetings[0]?.date.value)}）`);
        const [p, q] = r.things.map((x) => x.meetings[0]?.number ?? 0);
        const verdict =
          r.claim && p !== undefined && q !== undefined
            ? (r.claim === 'before' ? p < q : p > q)
              ? t.orderYes
              : t.orderNo
            : '';
        return {
          sentence: t.orderMeetings(verdict, dated[0] ?? '', list(dated.slice(1))),
          lines: [],
          refs: inOrder.flatMap((x) => x.meetings.map((m) => ({ kind: 'meeting' as const, id: m.id }))).slice(0, 3),
          sources: r.sources,
        };
      }
      const dated = r.things.filter((x) => x.meetings.length);
      const min = Math.min(...dated.map((x) => x.meetings[0]?.number ?? 99));
      const earliest = dated.filter((x) => (x.meetings[0]?.number ?? 99) === min);
      const lead =
        dated.length < r.things.length
          ? t.orderUndated
          : earliest.length === dated.length
            ? t.orderNeither(earliest[0]?.meetings[0] ? meetingName(earliest[0].meetings[0]) : '')
            : t.orderFirst(list(earliest.map(name)));
      const [p, q] = r.things.map((x) => x.meetings[0]?.number);
      const verdict =
        r.claim && p !== undefined && q !== undefined && dated.length === r.things.length
          ? (r.claim === 'before' ? p < q : p > q)
            ? t.orderYes
            : t.orderNo
          : '';
      const parts = r.things
        .map((x) =>
          x.meetings[0]
            ? t.orderFrom(name(x), at(x.meetings[0]), list(x.meetings.slice(1).map(meetingName)))
            : t.orderNoDate(name(x)),
        )
        .join('；');
      return {
        sentence: t.orderSentence(verdict, lead, parts),
        lines: [],
        refs: [...new Set(r.things.flatMap((x) => x.meetings))]
          .map((m) => ({ kind: 'meeting' as const, id: m.id }))
          .slice(0, 3),
        sources: r.sources,
      };
    }
    case 'records': {
      // Two or three records side by side: what they share (meeting, Annex A group), then each one's parties and words.
      const recordsOf = r.records;
      const meetingOf = (x: (typeof recordsOf)[number]) => dataset.meeting(x.meeting);
      const meetings = [...new Set(recordsOf.map((x) => x.meeting))];
      const groups = [...new Set(recordsOf.map((x) => ('group' in x ? x.group : null)))];
      const groupLabel = (id: string | null) =>
        id === 'unlabelled' ? t.firstGroupName : id ? groupScope(id).replace(/中$/, '') : '';
      const m0 = recordsOf[0] ? meetingOf(recordsOf[0]) : undefined;
      const shared = [
        meetings.length === 1 && m0 ? t.allAt(at(m0)) : '',
        r.kind === 'mou' && groups.length === 1 && groups[0] ? t.allIn(groupLabel(groups[0])) : '',
      ].filter(Boolean);
      const partiesOf = (x: (typeof recordsOf)[number]) =>
        list(
          ('parties' in x ? x.parties : x.partners).map((p) =>
            'org' in p ? (dataset.organisation(p.org)?.name ?? p.org) : party(p.unnamed),
          ),
        );
      const each = recordsOf.map((x) => {
        const m = meetingOf(x);
        const where = [
          meetings.length > 1 && m ? at(m) : '',
          r.kind === 'mou' && groups.length > 1 && 'group' in x ? groupLabel(x.group) : '',
        ].filter(Boolean);
        const text =
          x.description.text.length > 220
            ? `${x.description.text.slice(0, 220).replace(/\s+\S*$/, '')}…`
            : x.description.text;
        const twin =
          'relatedProjects' in x && x.relatedProjects.length
            ? t.twinProject
            : 'relatedMous' in x && x.relatedMous.length
              ? t.twinMou
              : '';
        return `${shown(displayName(x))}（${partiesOf(x)}${where.length ? `；${where.join('；')}` : ''}）：${text}${twin}`;
      });
      return {
        sentence: `${t.recordsLead(recordsOf.length, r.kind === 'mou' ? t.mou : t.project, shared.join('，'))}${each.join(' ')}`,
        lines: [],
        refs: recordsOf.map((x) => ({ kind: r.kind, id: x.id })),
        sources: [...new Set(recordsOf.flatMap((x) => x.description.sources))],
      };
    }
    case 'notNamed':
      return {
        // (A name typed in Chinese is read in simplified characters: shown back in the reader's script.)
        sentence: t.notNamed(script(r.name), r.mous, r.projects),
        lines: [],
        refs: [],
        sources: [],
      };
    case 'acronym':
      return {
        sentence: r.full
          ? r.spelt
            ? t.acronymSpelt(r.short, r.spelt, r.full)
            : t.acronym(r.short, r.full)
          : t.acronymNone(r.short, r.name, r.name?.toLowerCase() === r.short.toLowerCase()),
        lines: [],
        refs: r.refs,
        sources: r.sources,
      };
    case 'authors': {
      const piece = (x: (typeof r.documents)[number]) =>
        t.piece(x.title ?? '', x.publisher, x.date ? date(x.date) : '');
      return {
        sentence: r.name
          ? t.wrote(r.name, list(r.documents.map(piece)))
          : r.documents.map((x) => (x.author ? t.authorOf(x.author, piece(x)) : t.noAuthor(piece(x)))).join(''),
        lines: [],
        refs: [],
        sources: r.documents.map((x) => x.id),
      };
    }
    case 'noMeeting':
      return {
        sentence: t.noMeeting(
          r.number !== undefined ? messages(locale).meeting.name(r.number) : t.laterMeeting,
          meetingName(r.latest),
          date(r.latest.date.value),
        ),
        lines: [],
        refs: [{ kind: 'meeting', id: r.latest.id }],
        sources: [...r.latest.date.sources],
      };
    case 'sources':
      return {
        sentence: t.sourcesLead(r.documents.length),
        lines: lines(
          r.documents.map((x) => ({
            name: `${x.publisher}${x.title ? `：${x.title}` : ''}${x.date ? `（${date(x.date)}）` : ''}`,
          })),
        ),
        refs: [],
        sources: r.documents.slice(0, 4).map((x) => x.id),
      };
    case 'tier': {
      const tier = t.tierWord[r.tier] ?? r.tier;
      const g = r.groups[0];
      if (!g)
        return {
          sentence: t.tierNone(r.asked.length ? list(r.asked.map(meetingName)) : t.anyMeeting, tier),
          lines: [],
          refs: [],
          sources: [],
        };
      return {
        sentence:
          t.tier(
            g.count,
            g.newProjects === null ? '' : ` ${g.newProjects} `,
            at(g.meeting),
            script(g.zh),
            g.spans ?? '',
          ) + t.tierNamed(g.items.length, g.count - g.items.length),
        lines: lines(g.items),
        refs: refs(g.items).slice(0, 5),
        sources: r.sources,
      };
    }
    case 'missing':
      return {
        // An attribute with no Chinese words yet: "that information", never the English key.
        sentence: t.missing((r.about ?? '').replace(/^the /, ''), t.missingWhat[r.attribute] ?? t.thatInfo),
        lines: [],
        refs: r.refs.slice(0, 3),
        sources: [],
      };
    case 'unsure':
      return {
        sentence: r.near.length ? t.unsureNear : t.unsureNone,
        lines: [],
        refs: r.near.slice(0, 3),
        sources: [],
        hint: hints.length ? t.hint(hints.join(' · ')) : t.hintHelp,
      };
    case 'names': {
      if (!r.names.length)
        return { sentence: t.noNames(r.name.replace(/^the /, '')), lines: [], refs: r.refs, sources: [] };
      return {
        sentence: t.names(r.name.replace(/^the /, ''), list(r.names.map((x) => x.name))),
        lines: [],
        refs: r.refs.slice(0, 3),
        sources: [...new Set(r.names.flatMap((x) => x.sources))],
      };
    }
    case 'quotes':
      return sayQuotesZh(r, dataset, locale, person);
    case 'mentioned': {
      const passages = r.passages.map((x) => t.passage(x.at ? at(x.at) : date(x.date), x.text)).join(' ');
      return {
        sentence: (u.target === 'quote' ? t.mentionedNoQuote : t.mentioned)(r.name, passages),
        lines: [],
        refs: r.refs.slice(0, 3),
        sources: r.sources,
      };
    }
    case 'notAt':
      return {
        sentence: t.notAt(list(r.asked.map(at)), r.name, list(r.at.map((m) => meetingName(m)))),
        lines: [],
        refs: r.refs.slice(0, 3),
        sources: r.sources,
      };
    default:
      return null;
  }
}

/** What each meeting names of the Demonstration Zone (its short outcomes, the records about it), built once per Dataset. */
const zoneTimelines = new WeakMap<Dataset, Array<{ meeting: Meeting; parts: string[] }>>();
function zoneTimelineZh(dataset: Dataset, zoneRecord: string): Array<{ meeting: Meeting; parts: string[] }> {
  const cached = zoneTimelines.get(dataset);
  if (cached) return cached;
  const zoneWords = /\bdemonstration (?:zone|park)\b/i;
  const about = (x: { topics: readonly string[]; keywords: readonly string[] }) =>
    [...x.topics, ...x.keywords].some((w) => zoneWords.test(w));
  const built = dataset.meetings
    .filter((m) => m.number > 0)
    .map((m) => ({
      meeting: m,
      parts: [
        ...m.highlights
          .filter((h) => zoneWords.test(h.text) && h.text.length <= 160)
          .map((h) => h.text.replace(/\.$/, '')),
        ...[...dataset.mousAt(m.id), ...dataset.projectsAt(m.id)]
          .filter((x) => about(x) && x.id !== zoneRecord)
          .map((x) => displayName(x)),
      ],
    }))
    .filter((x) => x.parts.length);
  zoneTimelines.set(dataset, built);
  return built;
}
