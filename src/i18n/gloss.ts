import type { Dataset } from '../dataset/index.js';
import { foldHan, hasHan, HAN_NUMERALS } from '../text/han.js';

/**
 * A Chinese question → the English words the answer pipeline reads (`谁和吉宝签署了谅解备忘录` →
 * `who with keppel signed mous`). The pipeline's understanding is cue-based (a target word, the
 * names, the kinds, the constraints), so a gloss word for word is enough for the common questions,
 * and every table of the pipeline serves both languages. Names come from the data (its Chinese
 * names, sourced or search-only); the words of the language are the table below.
 *
 * Run on the question after it is folded to simplified, so the table holds simplified forms only.
 * Word order is Chinese; the pipeline's cues do not depend on it.
 */

/** Chinese words → English words, longest first within the table (built into one regex). */
const WORDS: Readonly<Record<string, string>> = {
  // what is asked
  多少: 'how many',
  几个: 'how many',
  几份: 'how many',
  几次: 'how many',
  几所: 'how many',
  几家: 'how many',
  几项: 'how many',
  数量: 'number of',
  总数: 'total',
  和谁: 'with whom',
  与谁: 'with whom',
  跟谁: 'with whom',
  同谁: 'with whom',
  谁: 'who',
  哪位: 'who',
  是什么时候: 'when',
  什么时候: 'when',
  什么时间: 'when',
  何时: 'when',
  哪一年: 'what year',
  哪年: 'what year',
  哪天: 'what date',
  日期: 'date',
  在哪里: 'where',
  在哪儿: 'where',
  在哪: 'where',
  哪里: 'where',
  何地: 'where',
  地点: 'where',
  是什么: 'what is',
  什么是: 'what is',
  关于什么: 'what about',
  做什么: 'what do',
  介绍: 'describe',
  有哪些: 'which',
  哪些: 'which',
  哪个: 'which',
  哪一个: 'which',
  列出: 'list',
  // kinds of record
  谅解备忘录: 'mous',
  合作备忘录: 'mous',
  备忘录: 'mous',
  协议: 'agreements',
  联合项目: 'joint projects',
  项目: 'projects',
  合作伙伴: 'partners',
  合作方: 'partners',
  签署方: 'signatories',
  伙伴: 'partners',
  联合执行委员会: 'jic',
  联合执委会: 'jic',
  联委会: 'jic',
  执委会: 'jic',
  会议: 'meetings',
  大学: 'universities',
  高校: 'universities',
  公司: 'companies',
  企业: 'companies',
  研究院: 'research institutes',
  研究所: 'research institutes',
  政府机构: 'government bodies',
  示范园区: 'demonstration zone',
  示范区: 'demonstration zone',
  支柱: 'pillars',
  分组: 'group',
  // what happened
  共同主持: 'cochaired',
  联合主席: 'cochairs',
  主持: 'chaired',
  主席: 'chair',
  签署: 'signed',
  签订: 'signed',
  签约: 'signed',
  签了: 'signed',
  启动: 'launched',
  发起: 'launched',
  推出: 'launched',
  宣布: 'announced',
  举行: 'held',
  召开: 'held',
  举办: 'held',
  参与: 'involved',
  参加: 'involved',
  合作: 'partnered',
  // when in the run of meetings
  到目前为止: 'so far',
  迄今为止: 'so far',
  迄今: 'so far',
  至今: 'so far',
  目前: 'so far',
  累计: 'in total',
  总共: 'in total',
  一共: 'in total',
  总计: 'in total',
  之后: 'after',
  后: 'after',
  开过: 'held',
  组: 'group',
  以后: 'after',
  之前: 'before',
  以前: 'before',
  最近一次: 'latest meeting',
  最近: 'latest',
  最新: 'latest',
  最后一次: 'last meeting',
  新: 'new',
  // topics the records name in English
  人工智能: 'ai',
  体育: 'sports',
  储能: 'energy storage',
  人才交流: 'talent exchange',
  人才: 'talent',
  电子发票: 'e invoicing',
  机器人: 'robotics',
  康复: 'rehabilitation',
  旅游: 'tourism',
  物流: 'logistics',
  音乐: 'music',
  区块链: 'blockchain',
  物联网: 'iot',
  数字孪生: 'digital twin',
  // places and sides
  新加坡的: 'singapore',
  中国的: 'chinese',
  // (/ask, helper "answer", session 3: "中国大学" is Chinese universities; the outcome and pillar words the records spell in English)
  中国: 'chinese',
  中小企业: 'sme',
  亚洲: 'asian',
  枢纽: 'hub',
  数字连接: 'digital connectivity',
  数字互联: 'digital connectivity',
  创新创业: 'innovation and entrepreneurship',
  方面: 'side',
  告诉我: 'tell me',
  想知道: 'i want to know',
  中方: 'chinese',
  新方: 'singapore',
  // /ask (helper "answer"): superlatives, what someone said, attributes the sources never give, Chinese names
  哪一次: 'which',
  哪次: 'which',
  最多: 'most',
  最少: 'fewest',
  说了什么: 'what say',
  说过: 'said',
  讲话: 'speech',
  引语: 'quotes',
  首席执行官: 'ceo',
  总裁: 'president',
  董事长: 'chairman',
  创始人: 'founder',
  中文名称: 'chinese name',
  中文名: 'chinese name',
  // /ask (helper "answer2"): comparisons and what someone said or mentioned
  多多少: 'how many more',
  多还是: 'more or',
  少还是: 'fewer or',
  更多: 'more',
  更少: 'fewer',
  还是: 'or',
  比: 'than',
  多吗: 'more',
  少吗: 'fewer',
  提到: 'mention',
  提及: 'mention',
  疫情: 'pandemic',
  新冠: 'covid',
  // yes or no
  是否: 'did',
  有没有: 'did',
  // "none of / without" (longer words win: 有没有 above stays a yes/no): read as the English "no", so a
  // negation filters the list ("哪些谅解备忘录没有项目" = MOUs with no project), never the unfiltered list.
  没有: 'no',
  没: 'no',
  // /ask in Chinese (helper "i18n", session 4): topics asked "about", roles, the initiative by its common words
  关于: 'about',
  有关: 'about',
  市长: 'mayor',
  副总理: 'deputy prime minister',
  常任秘书: 'permanent secretary',
  部长: 'minister',
  共同主席: 'cochairs',
  深方: 'shenzhen',
  倡议: 'initiative',
  智慧城市合作: 'sci',
  智慧城市: 'smart city',
  开始: 'start',
  成立: 'launched',
  现在: 'now',
  还在: 'still',
  仍在: 'still',
  进行: 'active',
  // what people type: homophone slips (那些 for 哪些, 在那里 for 在哪里, 合做 for 合作), colloquial verbs and words
  那些: 'which',
  在那里: 'where',
  在那儿: 'where',
  哪家: 'which',
  合做: 'partnered',
  签的: 'signed',
  开的: 'held',
  开了: 'held',
  开会: 'held meeting',
  新闻稿: 'press release',
  发布: 'published',
  多少钱: 'how much money',
  投资: 'invest',
  资金: 'funding',
  预算: 'budget',
  总部: 'headquarters based',
  位于: 'located',
  启动区: 'start up area',
  揭幕: 'unveiled',
  开路先锋: 'pathfinder',
  先锋: 'pathfinder',
  哪个先: 'which first',
  谁先: 'who first',
  先: 'first',
  多: 'more',
  旗舰: 'flagship',
  重点: 'key',
  属于: 'in',
  一起: 'together',
  之间: 'between',
  // "X的项目是做什么的": what one record does (singular, as English asks it), not a list of X's projects
  的项目是做什么的: 'project what does it do',
  的项目是干什么的: 'project what does it do',
  的项目做什么: 'project what does it do',
  的谅解备忘录是关于什么的: 'mou what is it about',
  的备忘录是关于什么的: 'mou what is it about',
  是干什么的: 'what do',
  干什么: 'what do',
  为什么: 'why',
  为何: 'why',
  目的: 'aim',
  宗旨: 'aim',
  中小企业中心: 'sme hub',
  联合创新计划: 'joint innovation call',
  研究机构: 'research institutes',
  三大: 'three',
  入驻: 'operate in',
  基金: 'fund',
  这个合作: 'sci',
  这项合作: 'sci',
};
/** "哪三个支柱", "哪两次会议": 哪 with a number and a measure word asks which. */
const WHICH_N = /哪[一二两三四五六七八九十几]?[个份次项家所位]/g;

/** A yes/no question: it ends in 吗 (or 嘛) and asks with no question word of its own. */
const YES_NO = /(?:吗|嘛)[?？!！。\s]*$/;
const ASKS = / (?:who|with whom|when|where|what|which|how many|number of|list|describe) /;
/** 没有 right before what was done, in a yes/no question: "吉宝没有签署…吗" = "did Keppel not sign…". */
const NOT_DONE = /没有?(?=签|参|合作|举|启|召|开|发|宣布|推出)/g;

/** Glue: particles and verbs of being that carry nothing the pipeline reads. */
const GLUE = [
  '的',
  '了',
  '吗',
  '呢',
  '吧',
  '是',
  '和',
  '与',
  '及',
  '跟',
  '有',
  '在',
  '由',
  '请问',
  '一下',
  '个',
  '份',
  '所',
  '家',
  '次',
  '过',
  '要',
  '搞',
];

const ORDINAL = new RegExp(`第([${HAN_NUMERALS.slice(1).join('')}]|\\d{1,2})(?:次|届)`, 'g');
const SUFFIX = ['th', 'st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th'];
const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : SUFFIX[n % 10]}`;

interface Tables {
  names: Array<[string, string]>;
  words: RegExp;
}
const tables = new WeakMap<Dataset, Tables>();

function tablesFor(dataset: Dataset): Tables {
  const cached = tables.get(dataset);
  if (cached) return cached;
  const names: Array<[string, string]> = [];
  for (const n of dataset.chineseNames) {
    const t = n.target;
    const english =
      t.kind === 'organisation'
        ? dataset.organisation(t.id)?.name
        : t.kind === 'person'
          ? t.name
          : t.kind === 'meeting'
            ? dataset.meeting(t.id)?.name
            : t.kind === 'project'
              ? dataset.projects.find((p) => p.id === t.id)?.name
              : t.kind === 'committee'
                ? 'jic'
                : t.kind === 'demonstrationZone'
                  ? 'demonstration zone'
                  : t.kind === 'initiative'
                    ? (n.means ?? 'sci')
                    : undefined;
    if (english) names.push([foldHan(n.name).replace(/[^\p{L}\p{N}]+/gu, ''), english]);
  }
  names.sort((a, b) => b[0].length - a[0].length);
  const words = new RegExp([...Object.keys(WORDS), ...GLUE].sort((a, b) => b.length - a.length).join('|'), 'g');
  const built = { names, words };
  tables.set(dataset, built);
  return built;
}

/**
 * The question's Chinese read into English words; Latin words and digits are kept as typed, and
 * Chinese the tables do not know is kept too (search reads it). Text without Chinese is returned as is.
 */
export function glossChinese(text: string, dataset: Dataset): string {
  if (!hasHan(text)) return text;
  const { names, words } = tablesFor(dataset);
  let t = foldHan(text);
  const yesNo = YES_NO.test(t);
  if (yesNo) t = t.replace(NOT_DONE, ' not ');
  // Names first, so their characters are not read as words (`北京大学` is a name, not "universities").
  // Punctuation inside a name (`香港中文大学（深圳）`) is matched without it.
  const compact = (s: string) => s.replace(/[^\p{L}\p{N}\s]+/gu, '');
  t = compact(t);
  // "新加坡有几家公司": the country before 有 narrows what is counted ("几家新加坡公司"), it is not the SCI.
  t = t.replace(/(新加坡|中国|深圳)有(几|多少)([家所个位]?)/g, '$2$3$1');
  for (const [zh, en] of names) if (t.includes(zh)) t = t.split(zh).join(` ${en} `);
  t = t.replace(ORDINAL, (_m, n: string) => ` ${ordinal(/\d/.test(n) ? Number(n) : HAN_NUMERALS.indexOf(n))} `);
  t = t.replace(/创始(?:谅解)?备忘录/g, ' founding mou ');
  t = t.replace(/(20\d\d)年/g, ' $1 ');
  t = t.replace(WHICH_N, ' which ');
  // "NCS和DataPost哪个先签的": two things and which came first — the 和 between them is English's "or".
  if (/先|更早|最早/.test(t)) t = t.replace(/(?<=\S)(?:和|与|跟)(?=\S)/, ' or ');
  t = t.replace(words, (m) => ` ${WORDS[m] ?? ''} `);
  t = t.replace(/\s+/g, ' ').trim();
  // "华为有没有签署…" / "吉宝是否…": the yes/no word after its subject goes first, as English asks it.
  t = t.replace(/^((?:\S+ ){1,3})did (?!.* did )/, (_m, subject: string) =>
    ASKS.test(` ${subject}`) ? _m : `did ${subject}`,
  );
  return yesNo && !ASKS.test(` ${t} `) && !/^(?:did|is|are|was|were|does|do|has|have) /.test(t) ? `did ${t}` : t;
}
