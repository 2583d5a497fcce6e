import type { Dataset, Meeting } from '../dataset/index.js';
import { formatDate, messages, type Locale } from '../i18n/index.js';
import { joinList } from './format.js';
import type { Item, Result } from './run.js';
import type { Filter } from './plan.js';
import type { Said } from './say.js';
import { chairsOf, headsInitiative, noneOnFileFacts } from './facts.js';
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
  const lines = (items: readonly Item[]) => [
    ...items.slice(0, MAX_LINES).map((i) => `• ${i.name}`),
    ...(items.length > MAX_LINES ? [t.more(items.length - MAX_LINES)] : []),
  ];
  const refs = (items: readonly Item[]) => items.flatMap((i) => (i.ref ? [i.ref] : []));
  /** A person with the Chinese name a source prints beside (the locale's script where a source gives it). */
  const person = (name: string) => {
    const zh = dataset.person(name)?.zh ?? [];
    const pick = zh.find((z) => z.script === (locale === 'zh-TW' ? 'traditional' : 'simplified')) ?? zh[0];
    return pick ? `${name}（${pick.name}）` : name;
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
          sentence: t.meetings(r.items.length, list(r.items.map((i) => i.name))),
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
        if (r.meetings.length === 1 && m0 && unfiltered) {
          if (m0.reported === null)
            return {
              sentence: t.unknownAt(unit.slice(1), at(m0.meeting), m0.onFile, unit),
              lines: lines(r.items),
              refs: [{ kind: 'meeting', id: m0.meeting.id }, ...refs(r.items)],
              sources: r.sources,
            };
          const tail =
            m0.onFile === 0 ? t.none : m0.onFile >= m0.reported ? t.allOnFile(m0.onFile) : t.onFile(m0.onFile, unit);
          return {
            sentence: (mous ? t.atMous : t.atProjects)(m0.reported, at(m0.meeting), tail),
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
        if (r.filter.orgs?.length) {
          const who = list(r.orgNames);
          const n = r.items.length;
          return {
            sentence: mous ? t.orgMous(who, n, list(r.items.slice(0, 4).map((i) => i.name))) : t.orgProjects(who, n),
            lines: mous ? [] : lines(r.items),
            refs: refs(r.items),
            sources: r.sources,
          };
        }
        return null;
      }
      const label = PARTNER_LABELS[locale][r.label];
      // (Partners named in no record of a kind: the English reply, until zh has the words.)
      if (!label || r.filter.without) return null;
      // (Parties the sources mention without naming them are said in the English reply only.)
      if (r.unnamed?.length) return null;
      const scope = partnerScope(r.filter);
      if (!r.items.length)
        return { sentence: t.noPartners(scope, label.slice(1)), lines: [], refs: [], sources: r.sources };
      if (!scope)
        return {
          sentence: t.partnersOf(r.items.length, label, list(r.items.map((i) => i.name))),
          lines: [],
          refs: refs(r.items),
          sources: r.sources,
        };
      return {
        sentence: t.partnersScoped(
          r.items.length,
          scope,
          label,
          list(r.items.map((i) => i.name)),
          r.filter.country
            ? r.items.filter((i) => i.ref && dataset.organisation(i.ref.id)?.countryStated === false).length
            : 0,
        ),
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
              ? ms.map((m) => t.place(meetingName(m), date(m.date.value), m.place.value)).join('')
              : t.meetings(ms.length, list(ms.map(at))),
          lines: [],
          refs: refs(r.items),
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
          lines: lines(r.items),
          refs: [{ kind: 'meeting', id: m.meeting.id }, ...refs(r.items)],
          sources: r.sources,
        };
      }
      if (m) return null;
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
      if (r.filter.group || r.filter.kind || r.filter.country || r.filter.meetings?.length) return null;
      const topics = r.filter.topics?.length ? t.aboutTopics(list(r.filter.topics)) : '';
      const scope = orgs.length ? ` ${list(orgs)} ${topics}` : topics;
      if (!orgs.length && !r.filter.topics?.length) return null;
      return {
        sentence: t.onFileScope(r.items.length, unit, scope),
        lines: lines(r.items),
        refs: refs(r.items),
        sources: r.sources,
      };
    }
    case 'read': {
      const a = r.about;
      if (a.type === 'meeting') {
        const m = dataset.meetingByNumber(a.number);
        if (!m) return null;
        const d = date(m.date.value);
        if (r.attribute === 'date' || (r.attribute === 'about' && u.target === 'when'))
          return {
            sentence: m.number === 0 ? t.foundingSigned(d, m.place.value) : t.held(meetingName(m), d, m.place.value),
            lines: [],
            refs: r.refs,
            sources: r.sources,
          };
        if (r.attribute === 'place' || (r.attribute === 'about' && u.target === 'where'))
          return {
            sentence: m.number === 0 ? t.foundingSigned(d, m.place.value) : t.place(meetingName(m), d, m.place.value),
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
            sentence: t.differ(meetingName(m), d, rs.map((x) => `${x.label ?? ''}：${people(x.value)}`).join('；')),
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
      const zonePlace = r.readings.find((x) => x.label === 'zone place');
      if (zonePlace?.value) {
        const z = dataset.initiative.demonstrationZone;
        const zh = z?.zh?.[0]?.name;
        return {
          sentence: t.zonePlace(zh ? `${zh}（${z?.name ?? ''}）` : (z?.name ?? ''), zonePlace.value),
          lines: [],
          refs: r.refs,
          sources: [...new Set([...zonePlace.sources, ...r.sources])],
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
                          list(d.others.map((o) => t.chairOther(reading(o.reading), list(o.names)))),
                        ),
                      )
                      .join('；'),
                  ),
                ),
              )}`,
          )
          .join('；');
        const publisher = (ids: readonly string[]) => joinList(ids.map((id) => dataset.source(id)?.publisher ?? id));
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
      // (Asked about its project or MOU, the English reply quotes the record's own words: left to it.)
      if (
        a.type === 'org' &&
        r.attribute === 'about' &&
        u.target !== 'who' &&
        !u.subjects.some((x) => x === 'project' || x === 'mou')
      ) {
        // "What is X?": its kind and country as the data holds them, and what it signed or joined.
        const o = dataset.organisation(a.ids[0] ?? '');
        if (!o) return null;
        const kinds = messages(locale).cards.organisation.kinds as Readonly<Record<string, string>>;
        const country =
          o.country === 'unclear'
            ? ''
            : o.countryStated
              ? (messages(locale).country[o.country] ?? o.country)
              : t.countryInferred(messages(locale).country[o.country] ?? o.country);
        const ids = [o.id, ...dataset.childrenOf(o.id).map((c) => c.id)];
        const mous = new Set(ids.flatMap((id) => dataset.mousOf(id).map((m) => m.id))).size;
        const projects = new Set(ids.flatMap((id) => dataset.projectsOf(id).map((p) => p.id))).size;
        return {
          sentence: t.org(o.name, kinds[o.kind] ?? o.kind, country, mous, projects),
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
          ...mous.map((i) => t.signedWith(signer(i), list(others(i)), where(i))),
          ...(mous.length && u.flags.signing
            ? []
            : projects.map((i) => t.joinedWith(signer(i), list(others(i)), where(i)))),
        ];
        return parts.length ? { sentence: parts.join(''), lines: [], refs: r.refs, sources: r.sources } : null;
      }
      return null;
    }
    case 'check': {
      const word = r.verdict === 'yes' ? t.yes : r.verdict === 'no' ? t.no : r.verdict === 'both' ? t.differs : '';
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
      // Yes or no, then the inner answer in Chinese (or the English reply, if that is not worded here).
      const inner = sayZh(r.inner, u, dataset, locale, hints);
      if (!inner) return null;
      return { ...inner, sentence: word ? t.lead(word, inner.sentence) : inner.sentence };
    }
    case 'compare': {
      const [a, b] = r.sides;
      // Partners by country, MOUs against projects, sizes, years with no meeting: the English reply (no zh words yet).
      if (r.across || r.size || r.noMeetingIn || r.select === 'partners' || r.notes) return null;
      if (!a || !b || a.values.length !== 1 || b.values.length !== 1) return null;
      const name = (x: typeof a) => {
        const m = x.isMeeting ? dataset.meetings.find((mm) => mm.name === x.label) : undefined;
        return m ? meetingName(m) : x.label;
      };
      const unitOf = (sel: string) => (sel === 'mous' ? t.mou : t.project);
      const [x, y] = [a.values[0], b.values[0]];
      if (!x || !y) return null;
      const part = (side: typeof a, v: typeof x) => t.side(name(side), `${v.value} ${unitOf(v.select)}`);
      if (x.value === null && y.value === null)
        return { sentence: t.compareNeither(name(a), name(b)), lines: [], refs: [], sources: r.sources };
      if (x.value === null || y.value === null) {
        const [known, unknown] = x.value === null ? [part(b, y), name(a)] : [part(a, x), name(b)];
        return { sentence: t.compareUnknown(known, unknown), lines: [], refs: [], sources: r.sources };
      }
      if (r.difference || x.value !== y.value) {
        const winner = x.value > y.value ? name(a) : name(b);
        return {
          sentence: t.compareMore(winner, part(a, x), part(b, y)),
          lines: [],
          refs: [],
          sources: r.sources,
        };
      }
      return {
        sentence: t.compareSame(name(a), name(b), `${x.value} ${unitOf(x.select)}`),
        lines: [],
        refs: [],
        sources: r.sources,
      };
    }
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
      return {
        sentence:
          (r.by === 'group' && / pillars? /.test(u.q.text) ? t.byGroupNotPillar : '') +
          (r.order === 'most' ? t.most : t.fewest)(
            list(winners.map((x) => label(x.label))),
            `${top.value} ${unit}`,
            winners.length > 1,
            unknown,
          ),
        lines: [],
        refs: winners.flatMap((x) => (x.ref ? [x.ref] : [])),
        sources: r.sources,
      };
    }
    case 'missing':
      return {
        sentence: t.missing(r.about ?? '', t.missingWhat[r.attribute] ?? r.attribute),
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
    case 'quotes': {
      // A claim checked, or a rewording shown beside the words it rewords: the English reply (no zh words yet).
      if (r.claim || r.rewordingOnly || r.speeches || r.silentAt) return null;
      const first = r.quotes[0];
      if (!first)
        return {
          sentence: r.unknownSpeaker ? t.namedNoQuote : t.noQuote(list([...r.people.map(person), ...r.of]) || t.anyone),
          lines: [],
          refs: [],
          sources: [],
        };
      const place = (x: typeof first) => (x.at ? at(x.at) : date(x.date));
      const here = r.quotes.filter((x) => place(x) === place(first));
      const publisher = (ids: readonly string[]) => joinList(ids.map((id) => dataset.source(id)?.publisher ?? id));
      const verbatim = here.filter((x) => x.quote.verbatim);
      const parts = verbatim.length
        ? [
            ...verbatim.map((x) => t.quote(person(x.quote.by), place(x), x.quote.text)),
            ...here.filter((x) => !x.quote.verbatim).map((x) => t.rewording(publisher(x.quote.sources))),
          ]
        : here.map((x) => t.reported(person(x.quote.by), publisher(x.quote.sources), place(x), x.quote.text));
      return {
        sentence: parts.join(''),
        lines: [],
        refs: first.at ? [{ kind: 'meeting', id: first.at.id }] : [],
        sources: [...new Set(here.flatMap((x) => x.quote.sources))],
      };
    }
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
