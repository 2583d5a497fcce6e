import type { Dataset, Meeting } from '../dataset/index.js';
import { formatDate, messages, type Locale } from '../i18n/index.js';
import type { Item, Result } from './run.js';
import type { Said } from './say.js';
import type { Understanding } from './understand.js';

/**
 * Step 4 in Chinese, for the kinds a Chinese reader asks most (counts, who signed, when, where,
 * which records): the same result as the English sentence, written in the locale's script. Record
 * names and place text stay as the sources wrote them (English); a person's Chinese name from a
 * source is shown beside the English one. A result this does not word (null) is said in English.
 */
type Zh = Exclude<Locale, 'en'>;

const T = {
  'zh-CN': {
    mou: '份谅解备忘录',
    project: '个项目',
    newProject: '个新项目',
    list: '、',
    and: '和',
    onFile: (n: number, unit: string) => (n === 0 ? '资料中没有按名称收录' : `其中 ${n} ${unit}按名称收录在资料中`),
    none: '来源未列出名称，因此资料中没有收录',
    allOnFile: (n: number) => `${n} 项全部收录在资料中`,
    totalMous: (n: number, at: string, sum: string, onFile: string) =>
      `据报道，截至${at}，共签署了 ${n} 份谅解备忘录${sum}；${onFile}。`,
    totalProjects: (n: number, at: string, sum: string, onFile: string) =>
      `据报道，截至${at}，共启动了 ${n} 个项目${sum}；${onFile}。`,
    sum: (n: number) => `（各次会议报道的数字相加为 ${n}）`,
    both: (p: number, m: number, at: string) => `据报道，截至${at}，共有 ${p} 个项目和 ${m} 份谅解备忘录。`,
    atMous: (n: number, at: string, tail: string) => `${at}签署了 ${n} 份谅解备忘录；${tail}。`,
    atProjects: (n: number, at: string, tail: string) => `${at}启动了 ${n} 个新项目；${tail}。`,
    atBoth: (at: string, m: string, p: string) => `${at}${m}，${p}。`,
    mousPart: (n: number | null) => (n === null ? '来源未载明签署了多少份谅解备忘录' : `签署了 ${n} 份谅解备忘录`),
    projectsPart: (n: number | null) => (n === null ? '来源未载明启动了多少个项目' : `启动了 ${n} 个新项目`),
    unknownAt: (what: string, at: string, onFile: number, unit: string) =>
      `来源未载明${at}的${what}数量；资料中收录了 ${onFile} ${unit}。`,
    meetings: (n: number, list: string) => `已举行 ${n} 次联合执委会会议：${list}。来源中没有更晚的会议。`,
    orgMous: (who: string, n: number, names: string) =>
      `资料中 ${who} 签署了 ${n} 份谅解备忘录${names ? `：${names}` : ''}。`,
    orgProjects: (who: string, n: number) => `资料中 ${who} 参与了 ${n} 个项目。`,
    onFileScope: (n: number, unit: string, scope: string) => `资料中${scope}有 ${n} ${unit}${n ? '：' : '。'}`,
    partnersOf: (n: number, label: string, names: string) => `资料中有 ${n} ${label}参与：${names}。`,
    zoneProjects: (n: number, at: string) => `${at}宣布在示范区设立 ${n} 个新项目；来源未列出它们的名称。`,
    zoneCompanies: (n: number, at: string) =>
      `${at}有 ${n} 家公司签署谅解备忘录，成为首批进驻示范区的企业；来源未列出它们的名称。`,
    held: (m: string, date: string, place: string) => `${m}于${date}举行（地点：${place}）。`,
    foundingSigned: (date: string, place: string) => `创始谅解备忘录于${date}签署（地点：${place}）。`,
    place: (m: string, date: string, place: string) => `${m}（${date}）的举行地点：${place}。`,
    chaired: (m: string, date: string, people: string) => `${m}（${date}）由 ${people} 共同主持。`,
    signedBy: (m: string, date: string, people: string) => `${m}（${date}）由 ${people} 签署。`,
    differ: (m: string, date: string, readings: string) =>
      `关于${m}（${date}）由谁共同主持，来源说法不一：${readings}。`,
    came: (name: string, m: string, date: string) => `${name} 出自${m}（${date}）。`,
    signedWith: (who: string, other: string, m: string) => `${who} 与 ${other} 签署了谅解备忘录（${m}）。`,
    joinedWith: (who: string, other: string, m: string) => `${who} 与 ${other} 合作开展了一个项目（${m}）。`,
    parties: (names: string, record: string) => `${record} 的签署方或参与方：${names}。`,
    more: (n: number) => `……另有 ${n} 项`,
    aboutMeeting: (m: string, date: string, figs: string) => `${m}（${date}）${figs}。`,
    pillars: (n: number, names: string) => `智慧城市合作有 ${n} 个支柱：${names}。`,
  },
  'zh-TW': {
    mou: '份諒解備忘錄',
    project: '個項目',
    newProject: '個新項目',
    list: '、',
    and: '和',
    onFile: (n: number, unit: string) => (n === 0 ? '資料中沒有按名稱收錄' : `其中 ${n} ${unit}按名稱收錄在資料中`),
    none: '來源未列出名稱，因此資料中沒有收錄',
    allOnFile: (n: number) => `${n} 項全部收錄在資料中`,
    totalMous: (n: number, at: string, sum: string, onFile: string) =>
      `據報導，截至${at}，共簽署了 ${n} 份諒解備忘錄${sum}；${onFile}。`,
    totalProjects: (n: number, at: string, sum: string, onFile: string) =>
      `據報導，截至${at}，共啟動了 ${n} 個項目${sum}；${onFile}。`,
    sum: (n: number) => `（各次會議報導的數字相加為 ${n}）`,
    both: (p: number, m: number, at: string) => `據報導，截至${at}，共有 ${p} 個項目和 ${m} 份諒解備忘錄。`,
    atMous: (n: number, at: string, tail: string) => `${at}簽署了 ${n} 份諒解備忘錄；${tail}。`,
    atProjects: (n: number, at: string, tail: string) => `${at}啟動了 ${n} 個新項目；${tail}。`,
    atBoth: (at: string, m: string, p: string) => `${at}${m}，${p}。`,
    mousPart: (n: number | null) => (n === null ? '來源未載明簽署了多少份諒解備忘錄' : `簽署了 ${n} 份諒解備忘錄`),
    projectsPart: (n: number | null) => (n === null ? '來源未載明啟動了多少個項目' : `啟動了 ${n} 個新項目`),
    unknownAt: (what: string, at: string, onFile: number, unit: string) =>
      `來源未載明${at}的${what}數量；資料中收錄了 ${onFile} ${unit}。`,
    meetings: (n: number, list: string) => `已舉行 ${n} 次聯合執委會會議：${list}。來源中沒有更晚的會議。`,
    orgMous: (who: string, n: number, names: string) =>
      `資料中 ${who} 簽署了 ${n} 份諒解備忘錄${names ? `：${names}` : ''}。`,
    orgProjects: (who: string, n: number) => `資料中 ${who} 參與了 ${n} 個項目。`,
    onFileScope: (n: number, unit: string, scope: string) => `資料中${scope}有 ${n} ${unit}${n ? '：' : '。'}`,
    partnersOf: (n: number, label: string, names: string) => `資料中有 ${n} ${label}參與：${names}。`,
    zoneProjects: (n: number, at: string) => `${at}宣布在示範區設立 ${n} 個新項目；來源未列出它們的名稱。`,
    zoneCompanies: (n: number, at: string) =>
      `${at}有 ${n} 家公司簽署諒解備忘錄，成為首批進駐示範區的企業；來源未列出它們的名稱。`,
    held: (m: string, date: string, place: string) => `${m}於${date}舉行（地點：${place}）。`,
    foundingSigned: (date: string, place: string) => `創始諒解備忘錄於${date}簽署（地點：${place}）。`,
    place: (m: string, date: string, place: string) => `${m}（${date}）的舉行地點：${place}。`,
    chaired: (m: string, date: string, people: string) => `${m}（${date}）由 ${people} 共同主持。`,
    signedBy: (m: string, date: string, people: string) => `${m}（${date}）由 ${people} 簽署。`,
    differ: (m: string, date: string, readings: string) =>
      `關於${m}（${date}）由誰共同主持，來源說法不一：${readings}。`,
    came: (name: string, m: string, date: string) => `${name} 出自${m}（${date}）。`,
    signedWith: (who: string, other: string, m: string) => `${who} 與 ${other} 簽署了諒解備忘錄（${m}）。`,
    joinedWith: (who: string, other: string, m: string) => `${who} 與 ${other} 合作開展了一個項目（${m}）。`,
    parties: (names: string, record: string) => `${record} 的簽署方或參與方：${names}。`,
    more: (n: number) => `……另有 ${n} 項`,
    aboutMeeting: (m: string, date: string, figs: string) => `${m}（${date}）${figs}。`,
    pillars: (n: number, names: string) => `智慧城市合作有 ${n} 個支柱：${names}。`,
  },
} satisfies Record<Zh, unknown>;

/** Kinds of partner as Chinese counts them (measure word and noun). */
const PARTNER_LABELS: Record<Zh, Record<string, string>> = {
  'zh-CN': {
    universities: '所大学',
    companies: '家公司',
    partners: '个合作方',
    'research institutes': '个研究机构',
    'government bodies': '个政府机构',
  },
  'zh-TW': {
    universities: '所大學',
    companies: '家公司',
    partners: '個合作方',
    'research institutes': '個研究機構',
    'government bodies': '個政府機構',
  },
};

const MAX_LINES = 8;

export function sayZh(r: Result, u: Understanding, dataset: Dataset, locale: Zh): Said | null {
  const t = T[locale];
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
      if (!label || r.filter.country) return null;
      return {
        sentence: t.partnersOf(r.items.length, label, list(r.items.map((i) => i.name))),
        lines: [],
        refs: refs(r.items),
        sources: r.sources,
      };
    }
    case 'list': {
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
      const orgs = (r.filter.orgs ?? []).map((g) => dataset.organisation(g[0] ?? '')?.name ?? '').filter(Boolean);
      if (r.filter.group || r.filter.kind || r.filter.country || r.filter.meetings?.length) return null;
      const scope = orgs.length ? ` ${list(orgs)} ` : '';
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
    default:
      return null;
  }
}
