// One attribute of one record, person, partner or meeting read out in Chinese (who, when, where, what).
import { displayName, type Item, type Result } from '../run.js';
import type { Understanding } from '../understand.js';
import type { Dataset } from '../../dataset/index.js';
import type { Said } from '../say/common.js';
import { messages } from '../../i18n/index.js';
import { chairsOf, headsInitiative, whatEachDidFacts } from '../facts.js';
import type { Zh, ZhKit } from './kit.js';
import { datedOf, figureOf } from '../say/read.js';
import { zoneEntries, zoneOwnWords, zonePartAsked } from '../say/zone.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function readZh(
  r: Extract<Result, { op: 'read' }>,
  u: Understanding,
  dataset: Dataset,
  locale: Zh,
  kit: ZhKit,
): Said | null {
  const {
    t,
    meetingName,
    date,
    at,
    list,
    heldWhere,
    script,
    shown,
    lines,
    refs,
    person,
    people,
    party,
    didZh,
    eachDid,
    orgsNames,
    orgsAt,
  } = kit;
  /** "as at 30 Jun 2021" in a record's text → "截至2021年6月30日" (the date in the reader's words; any other form kept). */
  const asAtZh = (asAt: string | undefined) => {
    const m = /^as (?:at|of) (\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(asAt ?? '');
    const month = m ? MONTHS.indexOf((m[2] ?? '').slice(0, 3)) + 1 : 0;
    return m && month
      ? t.asAt(date(`${m[3]}-${String(month).padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`))
      : (asAt ?? '');
  };
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
          m.number === 0 ? t.foundingSigned(d, m.place.value) : t.place(meetingName(m), d, heldWhere(m.place.value)),
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
      // What happened there: the counts, that no project count is given, then what its sources report (as English does).
      return {
        sentence: t.aboutMeeting(meetingName(m), d, `${figs ? `，${figs}` : ''}${prj ? '' : `，${t.noProjectCount}`}`),
        lines: lines(r.items.filter((i) => !/^Eight MOUs were signed/.test(i.name))),
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
      const year = /\b(?:launched|initiated) in (\d{4})/i.exec(said)?.[1] ?? (r.readings[0]?.value ?? '').slice(0, 4);
      const founding = dataset.meetingByNumber(0);
      return {
        sentence: t.launched(year, founding ? t.launchedFounding(date(founding.date.value), founding.place.value) : ''),
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
      t.role(
        person(a.name),
        / when /.test(role),
        role,
        kit.rendered(
          about !== undefined
            ? (dataset.person(a.name)?.about?.sources ?? [])
            : dataset.meetings.flatMap((m) =>
                m.people.filter((x) => x.people.some((p) => p.name === a.name)).flatMap((x) => x.sources),
              ),
        ),
      ),
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
      const m = rec ? dataset.meeting(rec.meeting) : dataset.meetings.find((z) => z.name === i.detail?.split('|')[1]);
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
    // Asked for a figure the outcome states ("how many buyers did OneSME have"): its words first, as the source's.
    const f = figureOf(r, u);
    const dated = datedOf(r, u);
    const lead = dated ? t.dated(dated) : f ? t.figure(f.span, asAtZh(f.asAt)) : '';
    return m
      ? { sentence: `${lead}${at(m)}：${r.readings[0].value}`, lines: [], refs: r.refs, sources: r.sources }
      : null;
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
    // "启动区是在哪次会议上揭幕的": the meeting whose part of the zone's story says it (as English), not the overview.
    const hit = zonePartAsked(r, dataset, u);
    if (hit)
      return {
        sentence: t.zoneAt(at(hit.meeting), script(hit.parts.map(shown).join('；'))),
        lines: [],
        refs: [{ kind: 'meeting', id: hit.meeting.id }, ...r.refs],
        sources: [...new Set([...hit.meeting.date.sources, ...r.sources])],
      };
    const timeline = zoneEntries(dataset, zoneId)
      .map((x) => t.zoneAt(at(x.meeting), script(x.parts.map(shown).join('；'))))
      .join('');
    return {
      sentence:
        r.attribute === 'date'
          ? t.zoneNoDate(name, timeline)
          : t.zoneAbout(
              name,
              z?.place?.value ?? '',
              zoneOwnWords(dataset.project(zoneId)?.description.text ?? '', u),
              timeline,
            ),
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
    // (A record the sources name in Chinese is said by that name, with our English rendering beside it.)
    const rec = i?.ref ? dataset.find(i.ref.kind, i.ref.id) : undefined;
    const name = rec && (rec.kind === 'mou' || rec.kind === 'project') ? kit.shown(displayName(rec.record)) : i?.name;
    return i && m
      ? { sentence: t.came(name ?? i.name, meetingName(m), date(d)), lines: [], refs: r.refs, sources: r.sources }
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
    // "TusStar's network size": the figure its own text states, first.
    const figure = figureOf(r, u);
    return {
      sentence: `${figure ? t.figure(figure.span, asAtZh(figure.asAt)) : ''}${didZh(ids, desc(ids[0] ?? ''))}。${describe}${outcome ? t.namedText(outcome.name) : ''}`,
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
