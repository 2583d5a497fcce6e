// Chinese sentences for one attribute of one thing, co-chairs across meetings, a meeting picked by how or where it
// was held, and the time between two meetings (attribute.ts, chairs.ts, meetingfacts.ts hold the facts).
import { daysBetween, yearsMonthsDays } from '../timing.js';
import type { Dataset } from '../../dataset/index.js';
import type { Result } from '../run.js';
import type { Said } from '../say/common.js';
import type { ZhKit } from './kit.js';
import { messages } from '../../i18n/index.js';
import {
  all,
  fewest,
  personChairs,
  relativeVerdict,
  seatAt,
  seatSame,
  together,
  type ChairRecord,
  type Side,
} from '../chairs.js';

type Zh = 'zh-CN' | 'zh-TW';

export function attributeZh(
  r: Extract<Result, { op: 'attribute' }>,
  dataset: Dataset,
  locale: Zh,
  kit: ZhKit,
): Said | null {
  const { t, at } = kit;
  const base = { lines: [], refs: r.refs, sources: r.sources };
  const country = (c: string) => messages(locale).country[c] ?? c;
  // A brand named as several entities: each one's sentence, in turn (each names its entity).
  if (r.each?.length) {
    const each = r.each.map((x) => attributeZh(x, dataset, locale, kit)?.sentence ?? '').filter(Boolean);
    return each.length ? { sentence: each.join(''), ...base } : null;
  }
  switch (r.ask) {
    case 'country':
      return {
        sentence: !r.value
          ? t.attrCountryNone(r.name)
          : r.how === 'stated'
            ? t.attrCountry(r.name, country(r.value))
            : t.attrCountryRead(r.name, country(r.value)),
        ...base,
      };
    case 'kind': {
      const kinds = messages(locale).cards.organisation.kinds as Readonly<Record<string, string>>;
      if (!r.value) return null;
      return {
        sentence: t.attrKind(r.name, kinds[r.value] ?? r.value, r.note ? t.kindCountry(country(r.note)) : ''),
        ...base,
      };
    }
    case 'founded':
      return { sentence: t.attrFounded(r.name, r.said?.at ? at(r.said.at) : ''), ...base };
    case 'doer': {
      const verb = r.verb?.split(' ')[0] ?? '';
      if (r.value) return { sentence: t.attrDoer(r.name, r.said?.at ? at(r.said.at) : '', r.value), ...base };
      const other = r.note ? (/ by (.+)$/.exec(r.note)?.[1] ?? '') : '';
      return { sentence: t.attrNoDoer(t.attrVerb[verb] ?? t.attrDoerDefault, r.name, other), ...base };
    }
    case 'size':
      return { sentence: t.attrSize(r.said?.text ?? ''), ...base };
    case 'location':
      if (r.inName)
        return {
          sentence: r.inName.length ? t.attrPlaceInName(r.name, r.inName.join('、')) : t.attrNoAddress(r.name),
          ...base,
        };
      return { sentence: t.attrWhere(r.said?.text ?? ''), ...base };
  }
  return null;
}

export function chairsZh(r: Extract<Result, { op: 'chairs' }>, kit: ZhKit): Said | null {
  const { t, meetingName, list, person, date } = kit;
  const base = { lines: [], refs: r.refs, sources: r.sources };
  const name = (n: number) => {
    const m = r.held.find((x) => x.number === n);
    return m ? meetingName(m) : String(n);
  };
  const by = (labels: readonly string[]) =>
    list(labels.map((l) => (/news/.test(l) ? t.chairsNewsReports : t.chairsRelease)));
  const sideZh = (s?: Side) => (s ? (t.chairSide[s] ?? '') : '');
  const tally = (p: ChairRecord) =>
    t.chairsTally(
      person(p.name),
      all(p).length,
      list(all(p).map(name)),
      p.disputed.map((d) => t.chairsOnly(name(d.meeting), by(d.named))).join('；'),
    );
  if (r.ask === 'people') {
    const ps = [...r.people].sort((a, b) => (all(a)[0] ?? 0) - (all(b)[0] ?? 0));
    return {
      sentence: t.chairsPeople(
        ps.length,
        t.chairsRole[r.role ?? ''] ?? t.chairsRole[''] ?? '',
        sideZh(r.side),
        ps.map(tally).join('；'),
        r.unnamed.length ? list(r.unnamed.map((x) => name(x.meeting))) : '',
      ),
      ...base,
    };
  }
  if (r.ask === 'together') {
    const { both, sure, disputed } = together(r);
    const [a, b] = both;
    if (!a || !b) return null;
    const ms = [...sure, ...disputed.map((d) => d.meeting)].sort((x, y) => x - y);
    const yes = r.yesno
      ? `${sure.length ? t.chairsLead.yes : ms.length ? t.chairsLead.differ : t.chairsLead.no}：`
      : '';
    return {
      sentence: t.chairsTogether(
        yes,
        person(a.name),
        person(b.name),
        ms.length,
        list(ms.map(name)),
        disputed.map((d) => t.chairsOnly(name(d.meeting), by(d.named))).join('；'),
      ),
      ...base,
    };
  }
  // ("第三次会议之前梁颖强担任过共同主席吗": Yes or No, then the meetings they co-chaired.)
  if (r.ask === 'relative') {
    const me = r.people.find((p) => p.name === r.person);
    const n = r.pair[0]?.number;
    if (!me || !n) return r.person ? { sentence: t.chairsNotAChair(r.person, r.personAbout ?? ''), ...base } : null;
    const v = relativeVerdict(me, n, r.relative);
    const lead = v === 'yes' ? t.chairsLead.yes : v === 'no' ? t.chairsLead.no : t.chairsLead.differ;
    return { sentence: `${lead}：${t.chairsOwn(tally(me))}`, ...base };
  }
  if (r.ask === 'count' || r.ask === 'successor' || r.ask === 'predecessor') {
    const { me, before, after } = personChairs(r);
    if (!me)
      return r.yesno && r.person ? { sentence: t.chairsNotAChair(r.person, r.personAbout ?? ''), ...base } : null;
    const own = tally(me);
    if (r.ask === 'count' && r.yesno) {
      // (As English: "always" is every meeting held; "still" needs the latest words that say so.)
      const every = all(me).length === r.held.length;
      const lead = r.when === 'always' ? (every ? t.yes : t.no) : r.when === 'now' && !r.latest ? '' : t.yes;
      return {
        sentence: `${lead ? `${lead}：` : ''}${t.chairsOwn(own)}${r.latest ? t.chairsLatest(date(r.latest.date), r.latest.text) : ''}`,
        ...base,
      };
    }
    // (Attending asked: the sources name people at meetings only as co-chairs, and give no list of who attended.)
    if (r.ask === 'count') return { sentence: `${t.chairsOwn(own)}${r.attended ? t.noAttendanceList : ''}`, ...base };
    const next = r.ask === 'successor' ? after : before;
    return {
      sentence: t.chairsNext(
        r.ask === 'successor',
        sideZh(me.side),
        person(me.name),
        list(next.map((p) => person(p.name))),
        own,
      ),
      ...base,
    };
  }
  const ranked = [...r.people].sort((a, b) => all(b).length - all(a).length || b.sure.length - a.sure.length);
  if (r.ask === 'most' || r.ask === 'every') {
    const top = ranked[0];
    if (!top) return null;
    const n = r.held.length;
    const rest = t.chairsBy(ranked.map(tally).join('；'));
    if (r.ask === 'every') {
      const everyone = ranked.filter((p) => all(p).length === n);
      const yes = r.yesno ? `${everyone.length ? t.chairsLead.yes : t.chairsLead.no}：` : '';
      return {
        sentence: everyone.length
          ? `${t.chairsAllSome(yes, list(everyone.map((p) => person(p.name))), n)}${rest}`
          : `${t.chairsAll(yes, n, sideZh(r.side))}${rest}`,
        ...base,
      };
    }
    if (r.fewer) {
      const { least, level } = fewest(ranked);
      return {
        sentence: `${t.chairsFewest(list(least.map((p) => person(p.name))), sideZh(r.side), all(least[0]!).length, least.length > 1)}${level.length ? t.chairsFewestLevel(list(level.map((p) => `${person(p.name)} ${p.sure.length} 次`))) : ''}${t.chairsBy([...ranked].reverse().map(tally).join('；'))}`,
        ...base,
      };
    }
    const max = all(top).length;
    const leaders = ranked.filter((p) => all(p).length === max);
    const level = ranked.filter((p) => p !== top && all(p).length >= top.sure.length).map((p) => person(p.name));
    const caveat =
      leaders.length === 1 && top.disputed.length
        ? t.chairsCaveat(list(top.disputed.map((d) => name(d.meeting))), top.sure.length, list(level))
        : '';
    return {
      sentence: `${t.chairsMost(list(leaders.map((p) => person(p.name))), sideZh(r.side), max, leaders.length > 1)}${caveat}${rest}`,
      ...base,
    };
  }
  const [a, b] = r.pair;
  if (!a || !b) return null;
  const sides: Side[] = r.side ? [r.side] : ['Singapore', 'China'];
  const names = (xs: readonly string[]) => list(xs.map(person));
  const per = sides.map((s) => {
    const x = seatAt(r, a.number, s);
    const y = seatAt(r, b.number, s);
    const same = seatSame(r, a.number, b.number, s);
    const seat = (z: typeof x) =>
      z.sure
        ? names(z.sure)
        : z.disputed
          ? t.chairsReadings(by(z.disputed.readings), person(z.disputed.who), names(z.disputed.instead))
          : '';
    const text =
      same === true
        ? t.chairsSame(sideZh(s), meetingName(a), meetingName(b), seat(x))
        : same === false && x.sure && y.sure
          ? t.chairsChanged(sideZh(s), meetingName(a), seat(x), meetingName(b), seat(y))
          : t.chairsDiffer(sideZh(s), meetingName(a), seat(x), meetingName(b), seat(y));
    return { same, text, who: same ? x.sure : undefined };
  });
  // "第二次和第三次会议都是谁主持的": asked who, the names (never 是 to a who-question, as English).
  if (!r.yesno && r.ask === 'same') {
    const kept = per.flatMap((x) => x.who ?? []);
    const lead = kept.length
      ? t.chairsBoth(names(kept))
      : per.every((x) => x.same === false)
        ? t.chairsNoneBoth
        : t.chairsLead.differ;
    return { sentence: `${lead}：${per.map((x) => x.text).join('；')}。`, ...base };
  }
  // ("第一次和第二次会议的深圳市长是谁": each meeting's seat, with no 是 or 否 before it, as English.)
  if (r.ask === 'seat') return { sentence: `${per.map((x) => x.text).join('；')}。`, ...base };
  const wanted = r.ask !== 'change';
  // (Both seats asked — "the same co-chairs": 是 only where every side kept its co-chair, as English.)
  const lead = r.everySide
    ? per.some((x) => x.same === false)
      ? t.chairsLead.no
      : per.every((x) => x.same === true)
        ? t.chairsLead.yes
        : t.chairsLead.differ
    : per.some((x) => x.same === wanted)
      ? t.chairsLead.yes
      : per.some((x) => x.same === undefined)
        ? t.chairsLead.differ
        : t.chairsLead.no;
  return { sentence: `${lead}：${per.map((x) => x.text).join('；')}。`, ...base };
}

export function pickMeetingZh(r: Extract<Result, { op: 'pickMeeting' }>, kit: ZhKit): Said | null {
  const { t, at, list, heldWhere, meetingName } = kit;
  const base = { lines: [], refs: r.refs, sources: r.sources };
  const how = t.pickHow[r.held] ?? t.pickIn(`${r.held.charAt(0).toUpperCase()}${r.held.slice(1)}`);
  const others = list(r.others.map((m) => `${meetingName(m)}${heldWhere(m.place.value)}`));
  if (!r.meeting) return { sentence: t.pickNone(how, others), ...base };
  return { sentence: t.pickMeeting(r.order === 'first', how, at(r.meeting), others), ...base };
}

export function intervalZh(r: Extract<Result, { op: 'interval' }>, kit: ZhKit): Said | null {
  const { t, date, meetingName } = kit;
  const base = { lines: [], refs: r.refs, sources: r.sources };
  const lead = (yes: boolean) => `${yes ? t.yes : t.no}：`;
  // A meeting and its release (English's sayRelease): the release's day, then how it stands to the meeting's — the
  // order asked leads with 是/否, the days between are said.
  if (r.release) {
    const m = r.from;
    const x = r.release;
    if (!x.date) return { sentence: t.releaseNoDate(meetingName(m), date(m.date.value)), ...base };
    const days = daysBetween(m.date.value, x.date);
    const said = t.releaseOn(x.by ?? '', meetingName(m), date(x.date), days, date(m.date.value));
    if (x.asked === 'gap') return { sentence: said, ...base };
    return {
      sentence: r.verdict === undefined ? `${t.releaseNotWhole}${said}` : `${lead(r.verdict)}${said}`,
      ...base,
    };
  }
  const { years, months, days } = yearsMonthsDays(r.from.date.value, r.to.date.value);
  const name = (m: typeof r.from) => `${meetingName(m)}（${date(m.date.value)}）`;
  // (A gap claimed, yes or no, leads as English's: 否 with the order first where the question put them the wrong way.)
  const verdict =
    r.verdict === undefined
      ? ''
      : r.verdict
        ? lead(true)
        : r.reversed
          ? `${lead(false)}${t.cameFirst(meetingName(r.from), meetingName(r.to))}`
          : lead(false);
  return {
    sentence: `${verdict}${t.interval(name(r.from), name(r.to), r.days, t.spanParts(years, months, days))}`,
    ...base,
  };
}

export function meetingsInZh(r: Extract<Result, { op: 'meetingsIn' }>, dataset: Dataset, kit: ZhKit): Said | null {
  const { t, at, list } = kit;
  const latest = dataset.latestMeeting;
  const parts = r.years.map(({ year, meetings, founding }) =>
    meetings.length
      ? t.meetingsInYear(year, meetings.length, list(meetings.map(at)))
      : t.meetingsNoneInYear(
          year,
          founding ? kit.date(founding.date.value) : '',
          Number(latest.date.value.slice(0, 4)) < year ? at(latest) : '',
        ),
  );
  // Records asked in years with no meeting: none recorded then, because no meeting was held.
  const rec = r.records;
  if (rec)
    return {
      sentence: t.recordsNoneInYear(
        rec.yesno ? `${t.no}：` : '',
        list(r.years.map((y) => String(y.year))),
        rec.org ?? '',
        t.recordsNoun[rec.select] ?? '',
        parts.join('；'),
      ),
      lines: [],
      refs: r.refs,
      sources: r.sources,
    };
  return { sentence: `${parts.join('；')}。`, lines: [], refs: r.refs, sources: r.sources };
}

export function acrossZh(r: Extract<Result, { op: 'across' }>, kit: ZhKit): Said | null {
  const { t, list, meetingName } = kit;
  const where = r.asked.length ? t.acrossBoth(list(r.asked.map(meetingName))) : t.acrossMany;
  const found = list(r.found.map((x) => `${x.name}（${list(x.meetings.map(meetingName))}）`));
  const yes = r.yesno ? `${r.found.length ? t.yes : t.no}：` : '';
  const per = list(r.per.map((x) => `${meetingName(x.meeting)} ${x.partners}`));
  return { sentence: t.across(yes, found, where, per), lines: [], refs: r.refs, sources: r.sources };
}

/** The zone's projects and signings against a meeting's MOUs and joint projects (zoneapart.ts), in Chinese. */
export function zoneApartZh(r: Extract<Result, { op: 'zoneApart' }>, kit: ZhKit): Said | null {
  const { t, meetingName } = kit;
  const m = r.meeting;
  const z = m.demoZone;
  const joint = m.newProjects.value;
  const base = { lines: [], refs: r.refs, sources: r.sources };
  if (r.asked === 'mous')
    return { sentence: t.zoneMousCounted(z?.companies ?? 0, r.claimed ?? m.totals?.mous ?? 0), ...base };
  if (r.asked === 'total')
    return {
      sentence: t.zoneTotal(meetingName(m), joint ?? 0, z?.projects ?? 0, (joint ?? 0) + (z?.projects ?? 0)),
      ...base,
    };
  return { sentence: t.zoneApart(r.yesno ? `${t.no}：` : '', meetingName(m), joint ?? 0, z?.projects ?? 0), ...base };
}
