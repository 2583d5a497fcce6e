import type { Dataset, Mou, Organisation, Project } from '../dataset/index.js';
import type { Locale } from '../i18n/locale.js';
import { KIND_TESTS, partyIds, topOf } from './records.js';
import { joinList } from './format.js';
import type { Ref } from './run.js';
import { mentionsOf, withoutMentions } from './understand.js';
import type { PlanContext } from './plan/context.js';

/**
 * A partner two (or three) partners share: "NTU and the Singapore Rehabilitation Institute both work with which
 * university?", "which partner do Keppel and NTU have in common?". The answer is the organisations named in a record
 * beside EACH of them (of the kind or country asked), with the record that joins each — never the named partners
 * themselves filtered by that kind, and never "none" when each has records with one.
 */
export interface CounterpartsPlan {
  op: 'counterparts';
  groups: string[][];
  kind?: string;
  country?: string;
}

interface Side {
  name: string;
  /** Its counterparts of the kind asked, each with the records that join them. */
  with: Map<string, Array<Mou | Project>>;
}

export interface CounterpartsResult {
  op: 'counterparts';
  kind?: string;
  country?: string;
  sides: Side[];
  /** Counterparts every side shares (top-level organisation ids). */
  shared: string[];
  names: Map<string, string>;
  refs: Ref[];
  sources: string[];
}

// Shared, asked as such ("both", "in common", "each work with"), of a partner ("work with", "partner", a kind).
const SHARED = / (?:both|in common|common|shared?|each|all) /;
const PARTNER =
  / (?:work|works|worked|working|partner|partners|partnered|partnering|counterparts?|sign|signs|signed|collaborate|collaborates|collaborated|cooperate|cooperated|team|teamed)(?: up)?(?: with| in common)? | with (?:which|what|whom|who) | partners? (?:do|did|does) /;

/** The reading: two or more partners named, a partner they share asked (not a yes/no, not a comparison). */
export function counterparts(c: PlanContext): CounterpartsPlan | undefined {
  const { u } = c;
  if (c.orgs.length < 2 || c.orgs.length > 3 || c.meetingNums.length || c.people.length) return undefined;
  if (!['list', 'who', 'what'].includes(u.target)) return undefined;
  // (Read without the names: "Momentum Works" holds no verb.)
  const text = withoutMentions(u, (m) => m.type === 'org' && m.start > 0).replace(/ +/g, ' ');
  if (!SHARED.test(text) || !PARTNER.test(text)) return undefined;
  const kind = mentionsOf(u, 'kind')[0]?.value;
  const country = mentionsOf(u, 'country')[0]?.value;
  return {
    op: 'counterparts',
    groups: c.orgs,
    ...(kind ? { kind } : {}),
    ...(country ? { country } : {}),
  };
}

const fits = (o: Organisation | undefined, p: { kind?: string; country?: string }): o is Organisation =>
  !!o && (!p.country || o.country === p.country) && (!p.kind || (KIND_TESTS[p.kind] ?? /./).test(o.kind));

export function runCounterparts(p: CounterpartsPlan, dataset: Dataset): CounterpartsResult {
  const names = new Map<string, string>();
  const sides = p.groups.map((g) => {
    const own = new Set(g.map((id) => topOf(dataset, id)));
    const records = [...new Set(g.flatMap((id) => [...dataset.mousOf(id), ...dataset.projectsOf(id)]))];
    const side: Side = { name: dataset.organisation(g[0] ?? '')?.name ?? g[0] ?? '', with: new Map() };
    for (const r of records)
      for (const id of partyIds(r)) {
        const top = topOf(dataset, id);
        // (A party of the kind asked, or whose own organisation is: PKU's Shenzhen Graduate School is PKU's.)
        const o = [dataset.organisation(id), dataset.organisation(top)].find((x) => fits(x, p));
        if (own.has(top) || !o) continue;
        names.set(top, dataset.organisation(top)?.name ?? top);
        side.with.set(top, [...new Set([...(side.with.get(top) ?? []), r])]);
      }
    return side;
  });
  const shared = [...(sides[0]?.with.keys() ?? [])].filter((id) => sides.every((s) => s.with.has(id)));
  const joining = shared.flatMap((id) => sides.flatMap((s) => s.with.get(id) ?? []));
  const all = joining.length ? joining : sides.flatMap((s) => [...s.with.values()].flat());
  return {
    op: 'counterparts',
    ...(p.kind ? { kind: p.kind } : {}),
    ...(p.country ? { country: p.country } : {}),
    sides,
    shared,
    names,
    refs: [...new Set(all)].map((r) => ({ kind: 'parties' in r ? 'mou' : 'project', id: r.id }) as Ref).slice(0, 5),
    sources: [...new Set(all.flatMap((r) => r.sources))],
  };
}

const KIND_ZH: Readonly<Record<string, string>> = {
  universities: '大学',
  companies: '公司',
  'research institutes': '研究机构',
  'government bodies': '政府机构',
  'law firms': '律师事务所',
  incubators: '孵化器',
};

const recordWord = (r: Mou | Project) => ('parties' in r ? 'an MOU' : 'a joint project');
const singular = (kind: string | undefined) => (kind ? kind.replace(/ies$/, 'y').replace(/s$/, '') : 'partner');

export function sayCounterparts(
  r: CounterpartsResult,
  dataset: Dataset,
  locale: Locale,
): { sentence: string; lines: string[]; refs: Ref[]; sources: string[] } {
  const zh = locale === 'zh-CN' || locale === 'zh-TW';
  const sides = r.sides.map((s) => s.name);
  const via = (id: string) =>
    r.sides.map((s) => {
      const rs = s.with.get(id) ?? [];
      const at = rs.map((x) => dataset.meeting(x.meeting)?.name.replace(/ meeting$/, '') ?? '').filter(Boolean);
      return zh
        ? `${s.name}：${rs.map((x) => x.name).join('、')}`
        : `${s.name} through ${joinList(rs.map(recordWord))}${at.length ? ` (${[...new Set(at)].join(', ')})` : ''}`;
    });
  const what = `${r.country ? `${r.country === 'China' ? 'Chinese' : r.country === 'Singapore' ? 'Singapore' : r.country} ` : ''}${singular(r.kind)}`;
  if (r.shared.length) {
    const names = r.shared.map((id) => r.names.get(id) ?? id);
    const sentence = zh
      ? `${names.join('、')} 与 ${sides.join('、')} 都有合作记录（${r.shared.flatMap(via).join('；')}）。`
      : `${joinList(names)} ${names.length > 1 ? 'work' : 'works'} with ${sides.length === 2 ? 'both' : 'all of'} ${joinList(sides)}, in the records on file: ${r.shared.flatMap(via).join('; ')}.`;
    return { sentence, lines: [], refs: r.refs, sources: r.sources };
  }
  // None shared: what each works with, so "none" never reads as "they have no partners".
  const each = r.sides.map((s) => {
    const theirs = [...s.with.keys()].map((id) => r.names.get(id) ?? id);
    return zh
      ? `${s.name}：${theirs.length ? theirs.join('、') : '无'}`
      : `${s.name} with ${theirs.length ? joinList(theirs) : `no ${what} on file`}`;
  });
  const sentence = zh
    ? `资料中没有同时与 ${sides.join('、')} 合作的${KIND_ZH[r.kind ?? ''] ?? '合作方'}记录（各自的合作方：${each.join('；')}）。`
    : `No ${what} works with ${sides.length === 2 ? 'both' : 'all of'} ${joinList(sides)} in the records on file (the sources report more MOUs and projects than they name): ${each.join('; ')}.`;
  return { sentence, lines: [], refs: r.refs, sources: r.sources };
}
