import type { Dataset, Mou, Organisation, Project } from '../dataset/index.js';
import type { Locale } from '../i18n/locale.js';
import { KIND_TESTS, partyIds, topOf } from './records.js';
import { joinList, plural } from './format.js';
import { LEXICONS } from './lexicon.js';
import type { Said } from './say/common.js';
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
  /** One partner's own counterparts counted ("how many Singapore partners does SYSU have"), or a number of them
   * claimed ("does SYSU work with two Singapore partners?"): `claimed` is that number. */
  counted?: { claimed?: number };
}

interface Side {
  name: string;
  /** Its counterparts of the kind asked, each with the records that join them. */
  with: Map<string, Array<Mou | Project>>;
}

export interface CounterpartsResult {
  op: 'counterparts';
  counted?: { claimed?: number };
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

// "Two Singapore partners", "3 universities": a number (digits, or a word the lexicon's `numbers` reads), then at
// most two words, then what is counted.
const COUNTED =
  / (?:have|has|had|got|with) (\d+|one|two|three|four|five|six) (?:[a-z]+ ){0,2}?(?:partners?|counterparts?|organi[sz]ations?|universit(?:y|ies)|compan(?:y|ies)|institutions?|institutes?|firms?|part(?:y|ies)) /;
const HOW_MANY =
  / how many (?:[a-z]+ ){0,2}?(?:partners|counterparts|partner organi[sz]ations|organi[sz]ations|universities|companies|institutions|institutes|firms|parties) /;

/**
 * "How many Singapore partners does SYSU have?", "does SYSU work with two Singapore partners?": one partner's own
 * counterparts on file (of the kind or country asked), counted — never a Yes because one record says "Singapore".
 */
export function partnersCounted(c: PlanContext): CounterpartsPlan | undefined {
  const { u } = c;
  if ((u.target !== 'count' && u.target !== 'yesno') || c.orgs.length !== 1) return undefined;
  const m = u.target === 'count' ? HOW_MANY.exec(u.q.text) : COUNTED.exec(u.q.text);
  if (!m || c.meetingNums.length || c.people.length) return undefined;
  // (The parties of one record — "how many parties are in the Hashmeta MOU" — are that record's.)
  if (u.subjects.includes('mou') || u.subjects.includes('project') || u.subjects.includes('demozone')) return undefined;
  if (u.mentions.some((x) => x.type === 'record' || x.type === 'highlight')) return undefined;
  const g = c.orgs[0] ?? [];
  // (A partner whose records leave their other party unnamed — NCS's "technology companies in China" — can't be counted.)
  const records = g.flatMap((id) => [...c.dataset.mousOf(id), ...c.dataset.projectsOf(id)]);
  if (!records.length || records.some((r) => ('parties' in r ? r.parties : r.partners).some((x) => 'unnamed' in x)))
    return undefined;
  const claimed = m[1] ? (LEXICONS.en?.numbers[m[1]] ?? Number(m[1])) : undefined;
  const kind = mentionsOf(u, 'kind')[0]?.value;
  const country = mentionsOf(u, 'country')[0]?.value;
  // (A counterpart whose country the sources leave unclear — Keppel — can't be counted in or out of a country.)
  if (
    country &&
    records.some((r) =>
      partyIds(r).some((id) => !g.includes(id) && c.dataset.organisation(topOf(c.dataset, id))?.country === 'unclear'),
    )
  )
    return undefined;
  return {
    op: 'counterparts',
    groups: [g],
    ...(kind ? { kind } : {}),
    ...(country ? { country } : {}),
    counted: claimed !== undefined ? { claimed } : {},
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
    ...(p.counted ? { counted: p.counted } : {}),
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
  const said = sayIn(r, dataset, locale);
  // (Every branch's Chinese is written in the simplified script: a zh-TW reply is given in the traditional one.)
  return locale === 'zh-TW' ? { ...said, sentence: traditional(said.sentence) } : said;
}

function sayIn(r: CounterpartsResult, dataset: Dataset, locale: Locale): Said {
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
  if (r.counted) return sayCounted(r, dataset, zh, what);
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

/** One partner's counterparts, counted — against the number claimed, if one was. */
function sayCounted(r: CounterpartsResult, dataset: Dataset, zh: boolean, what: string): Said {
  const side = r.sides[0];
  const ids = [...(side?.with.keys() ?? [])];
  const n = ids.length;
  const claimed = r.counted?.claimed;
  const through = (id: string) => {
    const rs = side?.with.get(id) ?? [];
    const at = [...new Set(rs.map((x) => dataset.meeting(x.meeting)?.name.replace(/ meeting$/, '') ?? ''))];
    return zh
      ? `${r.names.get(id) ?? id}（${rs.map((x) => x.name).join('、')}）`
      : `${r.names.get(id) ?? id} (${joinList(rs.map(recordWord))}, ${at.join(', ')})`;
  };
  const verdict = claimed === undefined ? '' : claimed === n ? (zh ? '是的：' : 'Yes: ') : zh ? '否：' : 'No: ';
  // (A country read, not stated — Keppel's — is said as such.)
  const read = r.country
    ? ids.filter((id) => dataset.organisation(id)?.countryStated === false).map((id) => r.names.get(id) ?? id)
    : [];
  const readNote = read.length
    ? zh
      ? `（${read.join('、')}的国别是推断，来源没有写明）`
      : ` (${joinList(read)}'s country is a reading: the sources don't state it)`
    : '';
  const sentence = zh
    ? `${verdict}资料中 ${side?.name ?? ''} 有 ${n} 个${r.country === 'Singapore' ? '新加坡' : r.country === 'China' ? '中国' : ''}${KIND_ZH[r.kind ?? ''] ?? '合作方'}：${ids.map(through).join('；')}${readNote}（来源报道的备忘录和项目多于列出名称的）。`
    : `${verdict}${side?.name ?? ''} has ${plural(n, what, `${what.replace(/y$/, 'ie')}s`)} in the records on file${claimed !== undefined && claimed !== n ? `, not ${claimed}` : ''}${n ? `: ${ids.map(through).join('; ')}` : ''}${readNote} (the sources report more MOUs and projects than they name).`;
  return { sentence, lines: [], refs: r.refs, sources: r.sources };
}

// The simplified characters this module's Chinese uses, in the traditional script (a zh-TW reply holds none of them).
// (Character by character, not text/han.ts toTraditional: OpenCC's phrase table reads "有 0 个中国公司" as "箇中".)
const TRADITIONAL: Readonly<Record<string, string>> = {
  资: '資',
  个: '個',
  来: '來',
  报: '報',
  备: '備',
  录: '錄',
  项: '項',
  称: '稱',
  国: '國',
  别: '別',
  断: '斷',
  没: '沒',
  写: '寫',
  学: '學',
  机: '機',
  构: '構',
  师: '師',
  务: '務',
  于: '於',
  为: '為',
  与: '與',
  记: '記',
  时: '時',
  无: '無',
};
const traditional = (s: string) =>
  s.replace(/[资个来报备录项称国别断没写学机构师务于为与记时无]/g, (ch) => TRADITIONAL[ch] ?? ch);
