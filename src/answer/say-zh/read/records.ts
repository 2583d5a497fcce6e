// readZh's readers of records and the zone (read.ts holds their order).
import { displayName } from '../../run.js';
import { messages } from '../../../i18n/index.js';
import { START_UP_ASKED, zoneEntries, zoneOwnWords, zonePartAsked } from '../../say/zone.js';
import type { Said } from '../../say/common.js';
import { type ReadZhContext, readSaid } from './context.js';

/** A record's title (or that it has none on file). */
export function recordTitle({ r, kit }: ReadZhContext): Said | null | undefined {
  const { t } = kit;
  const a = r.about;
  if ((a.type === 'record' || a.type === 'records') && r.attribute === 'title')
    return readSaid(r, r.readings.map((x) => (x.value ? t.title(x.value) : t.noTitle(x.label ?? ''))).join(' '));
  return undefined;
}

/** The Annex A group a record is filed under. */
export function recordGroup({ r, dataset, locale, kit }: ReadZhContext): Said | null | undefined {
  const { t } = kit;
  const a = r.about;
  if ((a.type === 'record' || a.type === 'records') && r.attribute === 'group')
    return readSaid(
      r,
      r.readings
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
    );
  return undefined;
}

/** The zone's place, whatever was named beside it. */
export function zoneWhere({ r, dataset, kit }: ReadZhContext): Said | null | undefined {
  const { t, script } = kit;
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
  return undefined;
}

/** The zone's own record: the zone as a whole, or the meeting a part of its story is asked of. */
export function zone({ r, u, dataset, kit }: ReadZhContext): Said | null | undefined {
  const { t, at, script, shown } = kit;
  const a = r.about;
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
        // ("启动区是什么": as English, that the sources say no more of it.)
        sentence: `${t.zoneAt(at(hit.meeting), script(hit.parts.map(shown).join('；')))}${START_UP_ASKED.test(u.q.text) ? t.startUpNoMore : ''}`,
        lines: [],
        refs: [{ kind: 'meeting', id: hit.meeting.id }, ...r.refs],
        sources: [...new Set([...hit.meeting.date.sources, ...r.sources])],
      };
    const timeline = zoneEntries(dataset)
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
  return undefined;
}

/** A record's parties. */
export function recordParties({ r, kit }: ReadZhContext): Said | null | undefined {
  const { t, list } = kit;
  const a = r.about;
  if ((a.type === 'record' || a.type === 'records') && r.attribute === 'parties') {
    const parts = r.readings
      .filter((x) => x.value !== null)
      .map((x) => t.parties(list((x.value ?? '').split('|')), x.label ?? ''));
    return parts.length ? readSaid(r, parts.join('')) : null;
  }
  return undefined;
}

/** When a record came: its meeting and date. */
export function recordDate({ r, dataset, kit }: ReadZhContext): Said | null | undefined {
  const { t, meetingName, date } = kit;
  const a = r.about;
  if ((a.type === 'record' || a.type === 'records') && r.attribute === 'date') {
    const i = r.items[0];
    const [mname, d] = (i?.detail ?? '').split('|');
    const m = dataset.meetings.find((x) => x.name === mname);
    // (A record the sources name in Chinese is said by that name, with our English rendering beside it.)
    const rec = i?.ref ? dataset.find(i.ref.kind, i.ref.id) : undefined;
    const name = rec && (rec.kind === 'mou' || rec.kind === 'project') ? kit.shown(displayName(rec.record)) : i?.name;
    return i && m ? readSaid(r, t.came(name ?? i.name, meetingName(m), date(d))) : null;
  }
  return undefined;
}

/** What a record does (or where), as its source puts it. */
export function recordAbout({ r, dataset, kit }: ReadZhContext): Said | null | undefined {
  // (One script per reply: a Chinese name a record's text quotes in simplified is said in the reader's script.)
  const { t, meetingName, date, script } = kit;
  const a = r.about;
  // Several: how many match, each record's text in a line (as English lists them).
  if (a.type === 'records' && (r.attribute === 'about' || r.attribute === 'place') && r.readings.length > 1)
    return readSaid(
      r,
      t.recordsMatch(r.readings.length),
      r.readings.map((x) => `• ${x.label ?? ''}：${script((x.value ?? '').slice(0, 160))}`),
    );
  if (
    (a.type === 'record' || a.type === 'records') &&
    (r.attribute === 'about' || r.attribute === 'place') &&
    r.readings.length === 1
  ) {
    // What a record does, as its source puts it (English record text), under a Chinese label.
    const [mname, d] = (r.items[0]?.detail ?? '').split('|');
    const m = dataset.meetings.find((x) => x.name === mname);
    const x = r.readings[0];
    return m && x?.value ? readSaid(r, `${x.label ?? ''}（${meetingName(m)}，${date(d)}）：${script(x.value)}`) : null;
  }
  return undefined;
}
