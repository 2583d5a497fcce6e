// readZh's readers of meetings, the SCI, the JIC, people and named outcomes (read.ts holds their order).
import { messages } from '../../../i18n/index.js';
import { chairsOf, headsInitiative } from '../../facts.js';
import { announcingRelease, partClaimed, partOfDay, publisherShown } from '../../timing.js';
import { datedOf, definedHighlight, figureOf, launchedEarlier } from '../../say/read.js';
import { overviewLines, type Said } from '../../say/common.js';
import { type ReadZhContext, asAtZh, readSaid } from './context.js';

/** A meeting: its date, place, announcement, co-chairs (each reading where sources differ) or what happened there. */
export function meeting({ r, u, dataset, kit }: ReadZhContext): Said | null | undefined {
  const { t, meetingName, date, heldWhere, people, script, shown } = kit;
  const a = r.about;
  if (a.type === 'meeting') {
    const m = dataset.meetingByNumber(a.number);
    if (!m) return null;
    const d = date(m.date.value);
    // When or where: one sentence of date and place, led by the one asked (the founding MOU's says both alike).
    const when = r.attribute === 'date' || (r.attribute === 'about' && u.target === 'when');
    const dated = when
      ? t.held
      : r.attribute === 'place' || (r.attribute === 'about' && u.target === 'where')
        ? t.place
        : undefined;
    // (The date asked says what English's does beside it: the sources' note on it, else the day it was announced.)
    const note = !when
      ? ''
      : m.date.note
        ? t.dateNote(m.date.note)
        : m.announced
          ? t.dateAnnounced(date(m.announced.value))
          : '';
    // ("第二次会议是上午还是下午开的": the part of the day its record gives, as English says it.)
    const part = when ? partOfDay(m, u) : undefined;
    // ("第一次会议是晚上开的吗": the part claimed, checked against the record's, as English does.)
    const claimed = part && partClaimed(u);
    if (dated)
      return readSaid(
        r,
        m.number === 0
          ? t.foundingSigned(d, m.place.value)
          : `${claimed ? `${claimed === part ? t.yes : t.no}：` : ''}${dated(meetingName(m), part ? `${d}${t.partOfDay[part]}` : d, heldWhere(m.place.value), note)}${part ? t.noHour : ''}`,
      );
    if (r.attribute === 'announced') {
      // (As English's: who announced it is its press release's publisher; a release dated is said, never "no date".)
      const release = announcingRelease(dataset, m);
      const by = release ? publisherShown(release.publisher) : '';
      if (release && (u.target === 'who' || u.target === 'list'))
        return {
          sentence: t.announcedBy(meetingName(m), by, release.date ? date(release.date) : '', release.title ?? ''),
          lines: [],
          refs: r.refs,
          sources: [release.id],
        };
      const said = m.announced
        ? t.announced(meetingName(m), date(m.announced.value), d)
        : release?.date
          ? t.releaseDated(by, meetingName(m), date(release.date), d, release.date === m.date.value)
          : t.noAnnounced(meetingName(m), d);
      const read = readSaid(r, said);
      return release && !m.announced ? { ...read, sources: [...new Set([release.id, ...read.sources])] } : read;
    }
    if (r.attribute === 'chairs' || r.attribute === 'parties') {
      const rs = r.readings;
      if (rs.length === 1)
        return readSaid(r, (m.number === 0 ? t.signedBy : t.chaired)(meetingName(m), d, people(rs[0]?.value ?? null)));
      return readSaid(
        r,
        t.differ(
          meetingName(m),
          d,
          rs
            .map((x) => {
              const label = (x.label ?? '').replace(/^Co-chairs \((.*)\)$/, '$1');
              return `${t.reading[label] ?? label}：${people(x.value)}`;
            })
            .join('；'),
        ),
      );
    }
    if (r.attribute === 'about') {
      const mous = r.readings.find((x) => x.label === 'mous')?.value;
      const prj = r.readings.find((x) => x.label === 'projects')?.value;
      const figs = [mous ? t.mousPart(Number(mous)) : '', prj ? t.projectsPart(Number(prj)) : '']
        .filter(Boolean)
        .join('，');
      if (m.number === 0) return readSaid(r, t.foundingSigned(d, m.place.value));
      // What happened there: the counts, that no project count is given, then what its sources report (as English does).
      return readSaid(
        r,
        t.aboutMeeting(meetingName(m), d, `${figs ? `，${figs}` : ''}${prj ? '' : `，${t.noProjectCount}`}`),
        overviewLines(
          r.items.filter((i) => !/^Eight MOUs were signed/.test(i.name)),
          t.more,
          (name) => script(shown(name)),
        ),
      );
    }
    return null;
  }
  return undefined;
}

/** The SCI: whether it is still going, when it was launched, or what it is. */
export function initiative({ r, dataset, kit }: ReadZhContext): Said | null | undefined {
  const { t, meetingName, date, list, script } = kit;
  const a = r.about;
  if (a.type === 'initiative') {
    const i = dataset.initiative;
    if (r.attribute === 'status') {
      const e = r.readings.find((x) => x.label?.startsWith('event|'));
      const ml = r.readings.find((x) => x.label?.startsWith('meeting|'));
      const latest = dataset.meetings.find((x) => x.name === ml?.value);
      const first = e?.value?.match(/^[^.]+\./)?.[0] ?? e?.value ?? '';
      return readSaid(
        r,
        t.status(
          [
            e ? t.statusEvent(date(e.label?.split('|')[1]), first) : '',
            latest ? t.statusMeeting(meetingName(latest), date(latest.date.value)) : '',
          ].join(' '),
        ),
      );
    }
    if (r.attribute === 'launched' || r.attribute === 'date') {
      const said = r.readings.map((x) => x.value ?? '').join(' ');
      const year = /\b(?:launched|initiated) in (\d{4})/i.exec(said)?.[1] ?? (r.readings[0]?.value ?? '').slice(0, 4);
      const founding = dataset.meetingByNumber(0);
      return readSaid(
        r,
        t.launched(year, founding ? t.launchedFounding(date(founding.date.value), founding.place.value) : ''),
      );
    }
    // What the SCI is: its names, when it was launched, its pillars in Chinese words; the source's own
    // description after, quoted as it was written.
    const zh = i.zh?.map((x) => script(x.name)) ?? [];
    const founding = dataset.meetingByNumber(0);
    return readSaid(
      r,
      t.initiative(
        `${i.name}（${i.shortName}${zh.length ? `；${list(zh)}` : ''}）`,
        i.launched.value.slice(0, 4),
        founding ? date(founding.date.value) : '',
        r.items.length,
        list(r.items.map((x) => x.name)),
        r.readings[0]?.value ?? '',
      ),
    );
  }
  return undefined;
}

/** The JIC itself (not its co-chairs): what it is and the meetings it held. */
export function committee({ r, kit }: ReadZhContext): Said | null | undefined {
  const { t, date, refs } = kit;
  const a = r.about;
  if (a.type === 'committee' && r.attribute !== 'chairs') {
    const exp = r.readings[0]?.value ?? '';
    return {
      sentence: t.committee(exp, r.items.length, date(r.items[r.items.length - 1]?.detail)),
      lines: [],
      refs: refs(r.items),
      sources: r.sources,
    };
  }
  return undefined;
}

/** A person: their role, the founding MOU they signed, the meetings they co-chaired. */
export function personRole({ r, dataset, kit }: ReadZhContext): Said | null | undefined {
  const { t, meetingName, list, person } = kit;
  const a = r.about;
  if (a.type === 'person') {
    const about = r.readings.find((x) => x.label === 'about')?.value;
    const rs = r.readings.filter((x) => x.label !== 'about');
    if (!rs.length && !about) return readSaid(r, t.noRole(person(a.name)));
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
    return readSaid(r, `${parts.join('；')}。`);
  }
  return undefined;
}

/** A named outcome, in its source's words, dated by its meeting. */
export function highlight({ r, u, dataset, kit }: ReadZhContext): Said | null | undefined {
  const { t, at } = kit;
  const a = r.about;
  if (a.type === 'highlight' && r.readings[0]?.value) {
    // A named outcome, in its source's words (English record text), dated by its meeting.
    const [n] = a.key.split(':').map(Number);
    const m = dataset.meetingByNumber(n ?? -1);
    // Asked for a figure the outcome states ("how many buyers did OneSME have"): its words first, as the source's.
    const f = figureOf(r, u);
    const dated = datedOf(r, u);
    const lead = launchedEarlier(r, u)
      ? t.launchUndated
      : dated
        ? t.dated(dated)
        : f
          ? t.figure(f.span, asAtZh(kit, f.asAt))
          : '';
    // ("TradeTrust 是什么？": what it is, in its text's words, before the meeting that reported it.)
    const def = !lead ? definedHighlight(r, u) : undefined;
    // (In the text's own words whole — record text, as the sources wrote it — then the meeting.)
    if (m && def) return readSaid(r, t.definedAt(r.readings[0].value.replace(/\.$/, ''), at(m)));
    return m ? readSaid(r, `${lead}${t.outcomeAt(at(m), r.readings[0].value)}`) : null;
  }
  return undefined;
}

/** The JIC's co-chairs, side by side, meeting by meeting, with what was said of them. */
export function committeeChairs({ r, u, dataset, locale, kit }: ReadZhContext): Said | null | undefined {
  const { t, date, list, refs, person } = kit;
  const a = r.about;
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
  return undefined;
}
