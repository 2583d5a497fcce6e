import type { Dataset } from '../dataset/index.js';
import { foldHan, hasHan, HAN_NUMERALS } from '../text/han.js';
import { monthName } from '../text/months.js';
import { longestLiteral, mayMatch, neededBy } from '../text/literals.js';
import { glossNumbers, TIMES_SAID } from './gloss-numbers.js';

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
  // "有几大支柱", "哪几大领域": 大 (major) is only emphasis here.
  哪几大: 'which',
  // "送货机器人是哪两家公司合作的": which two (of a kind).
  哪两家: 'which two',
  哪两个: 'which two',
  哪两所: 'which two',
  哪两位: 'which two',
  几大: 'how many',
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
  在哪天: 'what date',
  几号: 'what date',
  买家: 'buyers',
  采购商: 'buyers',
  供应商: 'suppliers',
  卖家: 'suppliers',
  幾号: 'what date',
  // (A greeting or a thank-you said alone gets the help, as in English — never "not sure".)
  你好: 'hello',
  您好: 'hello',
  大家好: 'hello',
  嗨: 'hi',
  哈喽: 'hello',
  哈啰: 'hello',
  谢谢: 'thanks',
  多谢: 'thanks',
  在吗: 'are you there',
  你是谁: 'what can you do',
  你能做什么: 'what can you do',
  请确认: 'is it true that',
  另外: '',
  此外: '',
  哪一天: 'what date',
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
  // (Who signed, said as people: "创始备忘录的签署人是谁", never 签署 read as the verb and 人 left unread.)
  签署人: 'signatories',
  签字人: 'signatories',
  签约人: 'signatories',
  签署者: 'signatories',
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
  签过: 'signed',
  签: 'signed',
  启动: 'launched',
  发起: 'launched',
  推出: 'launched',
  宣布: 'announced',
  举行: 'held',
  召开: 'held',
  举办: 'held',
  参与: 'involved',
  参加: 'involved',
  参与其中: 'involved',
  加入: 'joined',
  分别: 'respectively',
  第三国: 'a third country',
  全部: 'all',
  上线: 'launched',
  // "配送机器人什么时候投入使用/部署": when a thing is put to use (lexicon.ts: a date the sources never give).
  投入使用: 'put into use',
  投入运营: 'go into operation',
  投入运行: 'go into operation',
  部署: 'deployed',
  结束: 'ended',
  终止: 'terminated',
  退出: 'pulled out',
  撤出: 'pulled out',
  节点: 'node',
  出席: 'attended',
  // "工商银行做过TradeTrust试验吗", "大华银行做了几次试验": ran trials, pilots (never 做 left on the name before it).
  做过: 'ran',
  做了: 'ran',
  // "那个项目是哪两家公司做的": who worked on it (its parties), not what it does.
  做的: 'worked on',
  // "覃伟中当过几次共同主席": how many times someone held a role (English's "was how many times cochair"), never 当 left
  // beside the name.
  当过几次: 'was how many times',
  当了几次: 'was how many times',
  担任过几次: 'was how many times',
  担任了几次: 'was how many times',
  担任几次: 'was how many times',
  出任过几次: 'was how many times',
  做过几次: 'was how many times',
  当过多少次: 'was how many times',
  担任过多少次: 'was how many times',
  // "MOU总数对得上吗": do the counts add up.
  对得上: 'add up',
  // "第二次会议是上午还是下午开的": the part of the day asked.
  几点钟: 'what time',
  几点: 'what time',
  上午: 'in the morning',
  下午: 'in the afternoon',
  晚上: 'in the evening',
  加得起来: 'add up',
  试验: 'trials',
  试点: 'pilots',
  合作: 'partnered',
  // when in the run of meetings
  到目前为止: 'so far',
  到目前: 'so far',
  // (session 9) Who said what, and what the SCI is for, in English's words (W16): "谁说新加坡和深圳有许多互补之处",
  // "谁说智慧城市合作是探路者", "智慧城市合作的目标是什么".
  谁说: 'who said',
  谁说过: 'who said',
  许多: 'many',
  很多: 'many',
  互补之处: 'complementarities',
  互补性: 'complementarities',
  互补: 'complementarities',
  探路者: 'pathfinder',
  官员: 'official',
  // ("哪些国家领导人参与了", "有哪些官员参与"): people as a kind, English's "which state leaders/officials".
  国家领导人: 'state leaders',
  领导人们: 'leaders',
  哪些官员: 'which officials',
  哪些领导: 'which leaders',
  哪些人物: 'which people',
  // (Filler that only stresses the question: "启动区到底是什么".)
  到底: '',
  究竟: '',
  // (session 9) Trends and ratios across meetings in English's words (trend.ts reads them): 比例 ratio, 占…百分之几 share.
  比例: 'ratio',
  // ("有多少比例的谅解备忘录有名称", "第四次会议的项目占多少比例": a share asked, never a ratio of projects to MOUs.)
  多少比例: 'what share',
  什么比例: 'what share',
  占多少比例: 'what share',
  占几成: 'what share',
  比率: 'ratio',
  占比: 'share',
  百分之几: 'what percentage',
  百分比: 'percentage',
  逐次: 'each meeting',
  逐渐: 'steadily',
  不断: 'steadily',
  持续: 'steadily',
  目标: 'goals',
  愿景: 'goals',
  迄今为止: 'so far',
  迄今: 'so far',
  至今: 'so far',
  目前: 'so far',
  // ("谅解备忘录累计数": the running total, as English's.)
  累计数: 'running total',
  累计: 'in total',
  总共: 'in total',
  一共: 'in total',
  总计: 'in total',
  之后: 'after',
  // ("新闻稿是会议当天发的吗", "…是第二天发布的吗", "隔了几天": a release's day against its meeting's, English's "the same
  // day", "the day after", "how many days between" — timing.ts reads them.)
  当天: 'same day',
  当日: 'same day',
  同一天: 'same day',
  同一日: 'same day',
  同日: 'same day',
  后一天: 'the day after',
  第二天: 'the day after',
  次日: 'the day after',
  隔天: 'the day after',
  翌日: 'the day after',
  前一天: 'the day before',
  隔了几天: 'how many days between',
  相隔几天: 'how many days between',
  间隔几天: 'how many days between',
  相差几天: 'how many days between',
  差了几天: 'how many days between',
  差几天: 'how many days between',
  晚了几天: 'how many days later',
  晚几天: 'how many days later',
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
  // ("跟康复护理有关的项目": rehabilitation care, the project's own words.)
  康复护理: 'rehabilitation care',
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
  来自: 'from',
  // (/ask, helper "answer", session 3: "中国大学" is Chinese universities; the outcome and pillar words the records spell in English)
  中国: 'chinese',
  中小企业: 'sme',
  亚洲: 'asian',
  枢纽: 'hub',
  // (session 7) "启迪之星要在新加坡设立中心吗": set up a hub, as English asks it.
  设立: 'set up',
  建立: 'set up',
  开设: 'set up',
  设立中心: 'set up hub',
  设立枢纽: 'set up hub',
  数字连接: 'digital connectivity',
  数字互联: 'digital connectivity',
  创新创业: 'innovation and entrepreneurship',
  方面: 'side',
  告诉我: 'tell me',
  想知道: 'i want to know',
  中方: 'chinese side',
  新方: 'singapore side',
  // /ask (helper "answer"): superlatives, what someone said, attributes the sources never give, Chinese names
  哪一次: 'which',
  哪次: 'which',
  最多: 'most',
  最少: 'fewest',
  说了什么: 'what say',
  说过: 'said',
  讲话: 'speech',
  // ("谁发表了讲话", "谁在第四次会议上致辞": who spoke, never 发表 left as a name no record holds.)
  发表了讲话: 'gave a speech',
  发表讲话: 'gave a speech',
  发表了演讲: 'gave a speech',
  发表演讲: 'gave a speech',
  致开幕辞: 'gave the opening speech',
  致开幕词: 'gave the opening speech',
  开幕致辞: 'opening speech',
  致辞: 'gave a speech',
  演讲: 'speech',
  发言: 'spoke',
  开幕辞: 'opening speech',
  开幕词: 'opening speech',
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
  是不是: 'did',
  // (session 7) colloquial question words
  啥时候: 'when',
  啥时: 'when',
  啥: 'what',
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
  深方: 'shenzhen side',
  倡议: 'initiative',
  智慧城市合作: 'sci',
  智慧城市: 'smart city',
  开始: 'start',
  成立: 'launched',
  现在: 'now',
  还在: 'still',
  仍在: 'still',
  一直: 'always',
  始终: 'always',
  每次都: 'every time',
  // (session 9) What a planned step, a change or an aim is, in English's words: "MUFG计划进行试点吗" (plans to launch
  // pilots), "为什么第四次会议改到新加坡开了" (moved to), "梁颖强为什么辞去…" (resigned), "…取消了" (cancelled),
  // "备忘录的目的是降低成本吗" (reduce costs), "包括人才培养吗" (include talent training).
  进行试点: 'launch pilots',
  开展试点: 'launch pilots',
  启动试点: 'launch pilots',
  推出试点: 'launch pilots',
  进行试验: 'run trials',
  开展试验: 'run trials',
  改到: 'moved to',
  改在: 'moved to',
  移到: 'moved to',
  搬到: 'moved to',
  搬去: 'moved to',
  挪到: 'moved to',
  换到: 'moved to',
  改去: 'moved to',
  改为: 'changed to',
  辞去: 'resigned',
  辞职: 'resigned',
  辞任: 'resigned',
  卸任: 'stepped down',
  下台: 'stepped down',
  取消: 'cancelled',
  被取消: 'cancelled',
  降低成本: 'reduce costs',
  降低: 'reduce',
  成本: 'costs',
  包括: 'include',
  包含: 'include',
  涵盖: 'include',
  培养: 'training',
  多少人: 'how many people',
  几个人: 'how many people',
  几人: 'how many people',
  // (session 9) "覃伟中主持过每一次会议吗", "所有会议都签了备忘录吗": every one of them (never the 是 of "some").
  每一次: 'every',
  每一届: 'every',
  每次: 'every',
  每届: 'every',
  历次: 'every',
  每一个: 'every',
  每个: 'every',
  每: 'every',
  所有: 'all',
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
  // ("新闻稿是哪个机构发的", "是谁发出的": a release or article put out, English's "published".)
  发的: 'published',
  单位: 'organisation',
  发出: 'published',
  发表的: 'published',
  发了: 'published',
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
  // "启动区是什么时候揭牌的": unveiled, as the sources say it (揭幕 above).
  揭牌: 'unveiled',
  // "在深圳举行并且签了8份": two things claimed in one question, each checked (English's "and"); "深圳或者新加坡": either.
  并且: 'and',
  而且: 'and',
  // ("在深圳召开而不是线上", "以视频方式而非在深圳": the alternative set aside, English's "rather than", which no claim reads.)
  而不是: 'rather than',
  而非: 'rather than',
  而并非: 'rather than',
  并同时: 'and',
  同时还: 'and',
  或者: 'or',
  // "X的项目是做什么的": what one record does (singular, as English asks it), not a list of X's projects
  的项目是做什么的: 'project what does it do',
  项目是做什么的: 'project what does it do',
  项目是干什么的: 'project what does it do',
  项目做什么: 'project what does it do',
  的项目是干什么的: 'project what does it do',
  的项目做什么: 'project what does it do',
  项目干什么的: 'project what does it do',
  项目干什么: 'project what does it do',
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
  // (A call for projects, 项目征集: the Joint Innovation Call as readers name it.)
  联合创新项目征集: 'joint innovation call',
  联合创新征集: 'joint innovation call',
  研究机构: 'research institutes',
  三大: 'three',
  入驻: 'operate in',
  // "哪四家公司入园": 入园 (entered the park) is the zone's companies coming to operate in it.
  入园: 'operate in',
  // 深新 / 新深: Shenzhen–Singapore, as Chinese readers shorten the two cities (was 深 and 新 "new").
  深新: 'shenzhen singapore',
  基金: 'fund',
  这个合作: 'sci',
  这项合作: 'sci',
  // /ask in Chinese (helper "i18n", session 5). "有关于X的" is 有 + 关于 (the 于 is not the topic's: 「于东南亚」).
  有关于: 'about',
  涉及: 'involve',
  相关: 'about',
  有关的: 'about',
  相差: 'difference',
  差多少: 'difference',
  相隔: 'apart',
  隔了: 'apart',
  隔: '',
  // Taiwan's words for a project (專案, 計畫 fold to 专案, 计划): the records' projects.
  专案: 'projects',
  计划: 'projects',
  // As of a meeting ("截至第三次会议共有多少个项目" = the running total reported then, not the meeting's own count).
  截至: 'by the',
  截止到: 'by the',
  截止: 'by the',
  为止: 'so far',
  共有: 'in total',
  共计: 'in total',
  新增: 'added',
  增加: 'added',
  // ("累计数在第四次会议上涨了几份": went up — English's change words read it.)
  上涨: 'went up',
  涨了: 'went up',
  // Negation: "哪些合作方不是公司" = partners that are not companies, never the companies. The words with 不 that
  // do not negate what follows are their own entries (longer words win).
  不是: 'not',
  并非: 'not',
  不: 'not',
  不同: 'different',
  不过: 'but',
  不仅: 'not only',
  不少: 'many',
  不确定: 'unsure',
  除了: 'other than',
  除去: 'other than',
  以外: '',
  之外: '',
  // Where a meeting sits in the run of them; how far apart two are.
  倒数第二次: 'second to last',
  倒数第二: 'second to last',
  上一次: 'latest',
  上次: 'latest',
  下一次: 'next',
  下次: 'next',
  多久: 'how long',
  接替: 'replaced',
  接任: 'replaced',
  继任: 'replaced',
  领导: 'leads',
  负责人: 'leads',
  牵头: 'leads',
  带队: 'leads',
  // ("深圳这边谁负责联委会", "谁担任中方主席": in charge of, serves as — a side's co-chair asked, never "not sure".)
  负责: 'in charge of',
  担任: 'serves as',
  这边: 'side',
  那边: 'side',
  发生: 'happened',
  少: 'fewer',
  至少: 'at least',
  什么: 'what',
  什么时后: 'when',
  什么地方: 'where',
  多长时间: 'how long',
  附件: 'annex',
  线上: 'online',
  网上: 'online',
  视频会议: 'video conference',
  视频连线: 'video link',
  连线: 'video link',
  视频: 'video',
  // ("2021年那次会议是怎么开的", "以什么形式举行": how it was held, English's "how … held", "in what format".)
  以什么形式: 'in what format',
  以什么方式: 'in what format',
  是怎么: 'how was it',
  怎么: 'how',
  如何: 'how',
  // ("是远程视频开的吗": held remotely, as English reads it — by video conference.)
  远程: 'remotely',
  视讯: 'video',
  线下: 'in person',
  面对面: 'face to face',
  实地: 'in person',
  记录: 'records',
  // Topics the records speak of (their topics and keywords are English words): the common Chinese words for them.
  东南亚: 'southeast asia',
  大湾区: 'greater bay area',
  粤港澳大湾区: 'greater bay area',
  元宇宙: 'metaverse',
  智慧农业: 'smart agriculture',
  农业: 'agriculture',
  锂电池: 'lithium battery',
  电池: 'batteries',
  电池材料: 'battery materials',
  新能源汽车: 'new energy vehicles',
  电动汽车: 'electric vehicles',
  电动车: 'electric vehicles',
  碳捕集: 'carbon capture',
  碳捕获: 'carbon capture',
  二氧化碳: 'carbon dioxide',
  低碳: 'low carbon',
  绿色能源: 'green energy',
  绿色科技: 'green tech',
  可再生能源: 'renewable energy',
  可持续: 'sustainability',
  大数据: 'big data',
  云计算: 'cloud computing',
  智能计算: 'intelligent computing',
  算力: 'computing',
  算法: 'algorithms',
  数据分析: 'data analysis',
  数据交换: 'data exchange',
  数据科学: 'data science',
  时空数据: 'spatiotemporal data',
  数据: 'data',
  生物医药: 'biomedicine',
  医疗: 'healthcare',
  健康: 'healthcare',
  养老: 'elderly care',
  跨境贸易: 'cross border trade',
  跨境: 'cross border',
  数字贸易: 'digital trade',
  贸易: 'trade',
  数字经济: 'digital economy',
  数字支付: 'digital payment',
  数字人: 'digital human',
  虚拟人: 'virtual humans',
  虚拟现实: 'virtual reality',
  数字化: 'digitalisation',
  电子商务: 'e commerce',
  电商: 'e commerce',
  教育: 'education',
  高等教育: 'tertiary education',
  学生: 'students',
  培训: 'training',
  文化交流: 'cultural exchange',
  文化: 'culture',
  娱乐: 'entertainment',
  动漫: 'animation',
  动画: 'animation',
  音乐教育: 'music education',
  武术: 'martial arts',
  格斗: 'combat sports',
  知识产权: 'intellectual property',
  律师事务所: 'law firm',
  律所: 'law firm',
  律师: 'lawyers',
  法律服务: 'legal services',
  图书馆: 'library',
  智慧图书馆: 'smart library',
  智慧社区: 'smart community',
  智慧园区: 'smart park',
  园区: 'park',
  配送机器人: 'delivery robots',
  无人配送: 'autonomous delivery',
  配送: 'delivery',
  送货机器人: 'delivery robots',
  全球创新联盟: 'Global Innovation Alliance',
  加速器: 'accelerator',
  送货: 'delivery',
  无人机: 'drones',
  电子提单: 'electronic bills of lading',
  金融科技: 'fintech',
  芯片: 'chips',
  量子: 'quantum',
  最后一公里: 'last mile delivery',
  自动化: 'automation',
  交通: 'transport',
  旅行: 'travel',
  游客: 'visitors',
  营销: 'marketing',
  中空纤维膜: 'hollow fibre membrane',
  群体智能: 'swarm intelligence',
  联邦智能: 'federated intelligence',
  传感: 'sensing',
  深科技: 'deep tech',
  新一代信息技术: 'new generation information technology',
  插件: 'plugin',
  代表处: 'representative office',
  // (session 11) Words readers use that no table read: "…启动的项目一样多吗" (the same number), "覃伟中跟王瑞杰是哪天见面的"
  // (met), "这四次会议加起来" (in total).
  一样多: 'the same number',
  同样多: 'the same number',
  一样: 'same',
  相同: 'same',
  见面: 'met',
  会见: 'met',
  会面: 'met',
  会晤: 'met',
  见了: 'met',
  见过: 'met',
  见到: 'met',
  见的: 'met',
  加起来: 'in total',
  加在一起: 'in total',
  合计: 'in total',
  平台: 'platform',
  研究中心: 'research centre',
  联合实验室: 'joint lab',
  实验室: 'lab',
  // (session 6) How far apart, in days, months or years; meetings counted ("开了几次会"); the co-chairs counted.
  多少天: 'how many days',
  几天: 'how many days',
  天数: 'days',
  多少个月: 'how many months',
  几个月: 'how many months',
  多少年: 'how many years',
  几年: 'how many years',
  几次会议: 'how many meetings',
  多少次会议: 'how many meetings',
  几次会: 'how many meetings',
  多少次会: 'how many meetings',
  几位: 'how many',
  多少位: 'how many',
  共同主持人: 'cochairs',
  主持人: 'chairs',
  同一个人: 'same person',
  同一人: 'same person',
  同一位: 'same person',
  同一批人: 'same people',
  同样的人: 'same people',
  换人: 'changed',
  换了人: 'changed',
  换过人: 'changed',
  换过: 'changed',
  换成: 'changed to',
  换的: 'changed',
  更换: 'changed',
  变过: 'changed',
  // Named outcomes and the zone in the words Chinese sources and readers use for them (HKCD-4's 入园协议).
  入园协议: 'zone entry agreements',
  进驻: 'operate in',
  // ("一份都没有公开名称", "没有公布名字": named, as English asks whether a record is named.)
  公开名称: 'named',
  公布名称: 'named',
  公开名字: 'named',
  公布名字: 'named',
  列出名称: 'named',
  列出名字: 'named',
  具名: 'named',
  // ("新加坡一方": a party from Singapore.)
  一方: 'party',
  领域: 'areas',
  方向: 'areas',
  关注: 'focus on',
  聚焦: 'focus on',
  // ("示范区的项目侧重哪些方面", "重点发展哪些产业", "关注什么领域": which areas they focus on — 方面 is no side here, and
  // 什么 before the areas asks which of them, as 哪些 does.)
  侧重于: 'focus on',
  侧重: 'focus on',
  重点发展: 'focus on',
  主攻: 'focus on',
  哪些方面: 'which areas',
  什么方面: 'which areas',
  哪几个方面: 'which areas',
  什么领域: 'which areas',
  哪些领域: 'which areas',
  哪些产业: 'which industries',
  什么产业: 'which industries',
  哪些行业: 'which industries',
  什么行业: 'which industries',
  全称: 'full name',
  成果: 'outcomes',
  进展: 'progress',
  取得: 'achieved',
  // (在哪些 asks which, never where: "重点在哪些领域" = in which areas. 在哪个城市 is where: a rule below.)
  在哪些: 'in which',
  // "示范区的4个项目属于那14个项目吗", "算在那14个项目里吗": whether one set is part of another (zoneapart.ts).
  属于那: 'part of',
  属于这: 'part of',
  算在: 'included in',
  算进: 'included in',
  包括在: 'included in',
  包含在: 'included in',
  那: '',
  这: '',
  // (session 10) Words readers use that no table read: "签备忘录最多的新加坡机构" (an organisation of any kind), "示范区的
  // 新项目集中在哪些领域" (focus on), "可持续发展是三大支柱之一吗" (one of), "没有签任何备忘录"
  // (any), "联合创新计划有多少资金" (how much funding), "示范区有多大" (how big), "调解仲裁协议" (the Med-Arb Protocol),
  // "直接告诉我" (directly: filler).
  机构: 'organisations',
  集中在: 'focus on',
  集中: 'focus on',
  之一: 'one of',
  可持续发展: 'sustainability',
  任何: 'any',
  发展: 'development',
  多少资金: 'how much funding',
  多少经费: 'how much funding',
  多大: 'how big',
  规模: 'size',
  调解: 'mediation',
  仲裁: 'arbitration',
  直接: '',
  政府部门: 'government bodies',
  部门: 'government bodies',
  成功学院: 'success academy',
  // (A name read word for word — 社会科学 "social sciences", 社科 its common short form — never a name the sources give.)
  // ("新加坡" before it is read as a name first: "Singapore university of social sciences".)
  社会科学大学: 'university of social sciences',
  社科大学: 'university of social sciences',
  // The words of partners' names the sources give in English only ("前海服务集团" Qianhai Service Group, "深圳体育产业集团"
  // Shenzhen Sports Industry Group, "前海人才服务中心"): read as those words, so the name is found as English spells it.
  服务集团: 'service group',
  产业集团: 'industry group',
  人才服务中心: 'talent service center',
  服务中心: 'service center',
  手绘: 'hand painted',
  国际: 'international',
  // Cities a reader may put a meeting in (premise.ts checks them; 北京大学 is a name, read before this). (Not 上海 or
  // 香港: partners' names hold Shanghai and Hong Kong.)
  北京: 'beijing',
  广州: 'guangzhou',
  重庆: 'chongqing',
  // (session 6) What one party did for another, as English asks it ("did Temasek fund…"): the pipeline's own verbs.
  资助: 'fund',
  出资: 'fund',
  赞助: 'sponsor',
  帮助: 'help',
  帮忙: 'help',
  支持: 'support',
  供应: 'supply',
};
/** "哪三个支柱", "哪两次会议": 哪 with a number and a measure word asks which. */
const WHICH_N = /哪[一二两三四五六七八九十几]?[个份次项家所位]/g;

/** A yes/no question: it ends in 吗 (or 嘛) and asks with no question word of its own. */
const YES_NO = /(?:吗|嘛)[?？!！。\s]*$/;
const ASKS = / (?:who|with whom|when|where|what|which|how many|number of|list|describe) /;
const ASKS_WORD = / (?:who|with whom|when|where|what|which|how many|list|describe) /;
/** 没有 right before what was done, in a yes/no question: "吉宝没有签署…吗" = "did Keppel not sign…". */
// ("吉宝没有和北京大学签备忘录吗": 没有 before the partner it did it with, too.)
// ("第二次会议没在深圳开": 没 before where it was done, too.)
const NOT_DONE =
  /(?<!有)没有?(?=签|参|合作|举|启|召|开|发|宣布|推出|(?:和|与|跟|同)[^吗没]{1,24}?(?:签|参|合作)|在[^吗没，,]{1,16}?(?:举|召|开|签))/g;

// A quiz's true-or-false frame before a statement ("判断题：", "是非题:", "对错题 ").
const QUIZ_TRUE_FALSE = /^\s*(?:判断题|是非题|对错题)\s*[：:，,、]?\s*/;

/** A tag asking to confirm what was said: "，对吗", "是吧", "对不对". */
const CONFIRM_TAG = /[，,]?\s*(?:对吗|对吧|对么|是吗|是吧|对不对|是不是|没错吧|没错吗|没错吧)[?？!！。\s]*$/;
/** 没有 before the MOU itself ("X和Y之间没有备忘录吗"): no MOU signed, the negation English reads as "not signed". */
const NO_RECORD = /(?:之间)?(?<!有)没有?(?=(?:任何|签过?的?)?(?:谅解)?备忘录)/g;

const MODE_WORDS = '线上|网上|在线|视频会议|视频连线|连线|视频|视讯|线下|面对面|实体|现场';
const HELD_BY = new RegExp(
  `(?:以|通过|采用|采取)\\s*(${MODE_WORDS})(?:\\s*的?\\s*(?:方式|形式))?|(${MODE_WORDS})\\s*的?\\s*(?:方式|形式)`,
  'g',
);
/** "线上举行的会议有哪几次": a clause of how/where/when held before the meetings, then which or how many of them. */
const HELD_MEETINGS =
  /^(?:请问)?\s*(?!第一|首|最)([^，,。？?！!的]{1,16}?)\s*(举行|召开|举办|开)的(?:联合执委会|联委会|执委会)?(?:会议|会)(?:一共|总共|共|都)?(?:有|是)?(哪几次|哪些|哪次|哪一次|哪几场|几次|多少次)[\s?？。!！]*$/;

/** A kind of party, with the side it is from if said ("新加坡大学", "中国公司", "Singapore 企业", "大学"). */
const SIDED_KIND =
  '\\s*(?:Singapore|China|新加坡|中国)?\\s*的?\\s*(?:大学|高校|公司|企业|研究机构|研究院|研究所|政府机构)\\s*';
/** Which or how many partners are asked for. */
const PARTIES_ASKED = '哪些|哪几家|哪几所|哪几个|几家|几所|几个|多少家|多少所|多少个';
/** Which or how many records are asked for. */
const RECORDS_ASKED = '哪些|哪几个|哪几项|哪几份|几个|几项|几份|多少个|多少项|多少份|多少';

/** A count in Chinese numerals before a measure word (not an ordinal, nor 哪/每/同/上/下/这/那 + 一). */
const COUNT_NUMERAL =
  /(?<![第哪每同上下这那前后近单唯统之万])[一二两三四五六七八九十]{1,3}(?=\s*(?:多|余|来)?\s*(?:份|个|项|次|家|所|位|批|天|个月|年(?!\d))|\s*[到至]\s*[一二两三四五六七八九十]{1,3}\s*[份个项家所位])/g;
/** The English record word in a Chinese question ("MOU有几份", "创始mou"), not inside a Latin word. */
const LATIN_MOU = /(?<![A-Za-z])(?:MOUs?|MoUs?|mous?|Mous?)(?![A-Za-z])/g;
/** "X那个备忘录", "X这份MOU", "X那个项目": 那/这 and a measure word between a thing and its record (a count, 那14个, is left). */
const THAT_RECORD = /\s*的?\s*(?<=\S\s*)(?:那|这)一?(?:个|份|项)\s*(?=谅解备忘录|备忘录|项目|专案)/g;
/** 一…九十九 written in Chinese numerals (两 is 2; 十四 14, 四十三 43). */
function hanNumber(n: string): number {
  const d = (c: string | undefined) => (c === '两' ? 2 : c ? HAN_NUMERALS.indexOf(c) : 0);
  const [tens, ones] = n.split('十');
  return n.includes('十') ? (tens ? d(tens) : 1) * 10 + d(ones || undefined) : d(n);
}
// (A year stands for its meeting too: "2023年签了几份备忘录？2022年呢？".)
const NTH_MEETING =
  '(第(?:[一二三四五六七八九]|\\d{1,2})(?:次|届)|20\\d\\d\\s*年)(?:联合执委会|联委会|执委会)?(?:会议|会)?(?:上|中)?\\s*';
const COUNT_VERB = '(签署|签订|签|启动|推出)';
const TWO_CLAUSE_COUNTS = new RegExp(
  `${NTH_MEETING}(?:一共|总共|共)?${COUNT_VERB}了?\\s*(?:几|多少|\\d+)\\s*(份|个|项)?\\s*(?:新的?)?(谅解备忘录|备忘录|项目|MOUs?|MoUs?|mous?)?\\s*[?？]?\\s*[，,；;。?？]\\s*(?:那么?|而|又|那)?\\s*${NTH_MEETING}(?:呢|(?:又|一共|总共|共)?(签署|签订|签|启动|推出)了?\\s*(?:几|多少)\\s*(?:份|个|项)?\\s*(?:新的?)?(?:谅解备忘录|备忘录|项目|MOUs?|MoUs?|mous?)?)`,
);

/** Cantonese words → Mandarin ones (folded to simplified first: 邊個 → 边个). */
const CANTONESE: ReadonlyArray<readonly [RegExp, string]> = [
  [/边个/g, '谁'],
  [/边度|边处/g, '哪里'],
  [/边(?=[次届间家位份个])/g, '哪'],
  [/有冇/g, '有没有'],
  [/係咪|系咪/g, '是不是'],
  [/几多/g, '多少'],
  [/几时/g, '什么时候'],
  [/乜嘢|咩/g, '什么'],
  // ("係做乜嘅": 做乜 is 做什么, 嘅 is 的, 係 before it is 是 — never the 系 of 关系, 体系.)
  [/做乜/g, '做什么'],
  [/嘅/g, '的'],
  [/(?<![关体联])系(?=做|乜|咩|边|几|谁|什么)/g, '是'],
  // (甚麼: Taiwan's written variant of 什麼, folded to 甚么 — not Cantonese, but the same kind of respelling.)
  [/甚么/g, '什么'],
  // (Colloquial Mandarin, the same kind of respelling: "那个项目干嘛的", "是做啥的" ask what it does.)
  [/干嘛|干吗|干啥/g, '干什么'],
  [/做啥/g, '做什么'],
  [/喺/g, '在'],
  [/咗/g, '了'],
  [/唔係|唔系/g, '不是'],
  [/冇/g, '没有'],
  // 同 between two names is 和 ("吉宝同北京大学"); never in 同一, 共同, 相同, 同意, 同时, 合同, 同样.
  [/(?<![共相合])同(?![一意时样期])/g, '和'],
];

/**
 * Whether any of CANTONESE's rules may apply: a text holding none of the texts their matches hold is left as it is by
 * every one of them in turn (nothing replaced, nothing new to match), so most questions skip the 19 searches at once.
 * (A rule whose pattern holds no text it can read, nor one of an alternation's, always runs: then the pattern finds
 * anything.)
 */
/** A text as a pattern that matches it alone. */
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CANTONESE_HOLDS = ((): RegExp => {
  // (Each rule's witness: its longest text, else the texts of an alternation it holds one of.)
  const holds = CANTONESE.map(([re]) => {
    const { all, anyOf } = neededBy(re);
    return all.length ? [longestLiteral(re)] : (anyOf[0] ?? []);
  });
  return holds.some((h) => !h.length) ? /(?:)/ : new RegExp(holds.flat().map(escapeRegExp).join('|'));
})();

const WILL = /(?<![次届])(?:要|会|将会?|打算|计划)(?=在|设|建|开设|签|推出|启动|与|和|跟|扩大|扩展)/;

/** "A和B", "A与B", "A跟B": glue, except beside a word no table reads (see glossChinese). */
const AND = new Set(['和', '与', '跟']);
const AND_MARK = '\u0001';
/** A Latin letter or digit (the gloss puts a space between one and a Chinese character beside it). */
const LATIN = /[a-z0-9]/iu;
/** A word of two or more Chinese characters that no table read: a name the sources never give, or a word unknown. */
const UNREAD = /^\p{Script=Han}{2,}$/u;

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

/**
 * WORDS and GLUE read in one pass, left to right, the longest at each place: what their alternation (`words`, longest
 * first) finds, looked up by the first character among the few lengths of the words that start with it, not searched
 * for with a pattern of ~700 alternatives (the gloss's largest). Only where every word is plain text: else the pattern.
 */
const WORD_TABLE = ((): { words: Set<string>; lengths: Map<number, number[]> } | undefined => {
  const all = [...Object.keys(WORDS), ...GLUE];
  if (all.some((w) => !w || /[\\^$.*+?()[\]{}|]/.test(w))) return undefined;
  const lengths = new Map<number, number[]>();
  for (const w of all) {
    const at = lengths.get(w.charCodeAt(0)) ?? [];
    if (!at.includes(w.length)) at.push(w.length);
    lengths.set(w.charCodeAt(0), at);
  }
  for (const at of lengths.values()) at.sort((a, b) => b - a);
  return { words: new Set(all), lengths };
})();

/** `t.replace(words, to)`: each word of the table in `t` (the longest at each place, left to right) replaced. */
function eachWord(t: string, words: RegExp, to: (word: string) => string): string {
  if (!WORD_TABLE) return t.replace(words, to);
  let out = '';
  let done = 0;
  for (let i = 0; i < t.length;) {
    let word: string | undefined;
    for (const n of WORD_TABLE.lengths.get(t.charCodeAt(i)) ?? []) {
      const w = t.slice(i, i + n);
      if (w.length === n && WORD_TABLE.words.has(w)) {
        word = w;
        break;
      }
    }
    if (word === undefined) i += 1;
    else {
      out += t.slice(done, i) + to(word);
      i += word.length;
      done = i;
    }
  }
  return done ? out + t.slice(done) : t;
}

const N_WORDS = ['', 'one', 'two', 'three', 'four'];
/** What is asked of one organisation, in English: who holds a role, or a figure (none of which the sources give). */
const ATTRIBUTE_WORDS: Readonly<Record<string, string>> = {
  负责人: 'who is the head',
  领导人: 'who is the head',
  领导: 'who is the head',
  老板: 'who is the boss',
  老总: 'who is the boss',
  首席执行官: 'who is the ceo',
  总裁: 'who is the president',
  董事长: 'who is the chairman',
  创始人: 'who is the founder',
  营收: 'revenue',
  营业额: 'revenue',
  收入: 'revenue',
  利润: 'profit',
  员工人数: 'number of staff',
  员工: 'number of staff',
};
/** A year written in Chinese digits ("二〇二二年", "二零二二年"): its four digits. */
const HAN_YEAR = /([〇零一二三四五六七八九]{4})(?=年)/g;
const ORDINAL = new RegExp(`第([${HAN_NUMERALS.slice(1).join('')}]|\\d{1,2})(?:次|届)`, 'g');
const SUFFIX = ['th', 'st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th'];
const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : SUFFIX[n % 10]}`;

interface Tables {
  names: Array<[string, string]>;
  /** Any of `names` (the names are tried one by one only where one is in the text). */
  anyName: RegExp;
  /** The records' long Chinese names (a project's, as BSM-3 publishes them), read again with words left out: by each
   * pair of characters side by side in one, the names it is in and where it first stands in each. */
  long: Map<string, Array<{ zh: string; en: string; from: number }>>;
  words: RegExp;
}

/** At least this share of a long name's characters from where a run starts, in its order, names it. */
const ABRIDGED = 0.7;

/**
 * A record's long Chinese name as a reader shortens it — its own characters in its own order, some left out ("中新跨境贸易
 * 数据互联互通项目" for 中新(深圳)跨境贸易数据国际互联互通项目) — read as its English name. A run starts on two characters
 * side by side in the name and takes each next character found later in it; the longest run that covers ABRIDGED of the
 * name from where it starts, and half the name at least, is read. (Only where 项目 is said: every such name is a project's.)
 */
function abridgedNames(t: string, long: Tables['long']): string {
  if (!t.includes('项目')) return t;
  let best: { at: number; end: number; en: string } | undefined;
  for (let at = 0; at + 1 < t.length; at += 1) {
    // (A run starts on two characters side by side in the name: "跨境贸易…" leaves out the name's "中新(深圳)".)
    for (const { zh, en, from } of long.get(t.slice(at, at + 2)) ?? []) {
      let j = from;
      let k = at;
      for (; k < t.length; k += 1) {
        const next = zh.indexOf(t[k] ?? '', j);
        if (next < 0) break;
        j = next + 1;
      }
      // (What the run leaves out before it is the name's head — 中新(深圳), 深新: "Singapore–Shenzhen" — said or not.)
      // The longest run read names the record (a tail of one name, "…合作平台项目", is no name: half of it at least).
      const run = k - at;
      const named = run >= 6 && run * 2 >= zh.length && run / (zh.length - from) >= ABRIDGED;
      if (named && (!best || run > best.end - best.at)) best = { at, end: k, en };
    }
  }
  return best ? `${t.slice(0, best.at)} ${best.en} ${abridgedNames(t.slice(best.end), long)}` : t;
}
const tables = new WeakMap<Dataset, Tables>();

const NAMES_ASKED = new RegExp(
  `^(?:请问)?(?:来源|资料|新闻稿|报道|报导|文件)(?:里|中)?(?:有没有|是否|有|都)?(?:列出|列明|写出|写明|给出|公布|提到|提供|点出)了?(.+?)的?(?:名字|名称|全名)(?:吗|没有|呢)?$|^(?:请问)?(.+?)(?:有没有|是否|都)?(?:有名字|有名称|具名|有具名|列出名字|列出名称|有列出名字|的名字有列出|的名称有列出|有记录|有收录|收录了|被收录)(?:了)?(?:吗|没有|呢)?$`,
);
const SOURCE_WORDS =
  '(?:各个?|各家|不同的?|几个|几家|多家|两个|两家|这些|所有)?(?:来源|资料|报道|报导|新闻稿?|媒体|文件|文献)(?:之间)?';
const AGREE =
  '(?:是否|是不是)?(?:一致|相同|一样|相符|吻合|统一|有分歧|有出入|有矛盾|矛盾|不一致?|不一样|不同)的?(?:吗|么|嘛|呢)?$';
const SOURCES_AGREE = new RegExp(
  `^(?:请问)?${SOURCE_WORDS}(?:对于?|关于|在)(.+?)(?:上的|的)?(?:说法|描述|记载|报道|记录)?${AGREE}|^(?:请问)?关于(.+?)的?${SOURCE_WORDS}的?(?:说法|描述|记载|报道|记录)?${AGREE}`,
);
// (新闻稿, the press release, likewise: "据新闻稿"; what it is said to say is read below, DOC_SAYS_ZH.)
const SOURCE_NOUN = '(?:来源|资料|文件|文献|媒体|报道|报导|新闻稿|新闻)';
const IN_THE_SOURCES = new RegExp(
  `(?:据|根据|按照|依据)${SOURCE_NOUN}(?:里面?|中|上|当中|显示|说|称|指出|记载|报道|报导)?的?|在?${SOURCE_NOUN}(?:里面?|中|上|当中|显示|说|称|指出|记载|报道|报导)的?`,
  'g',
);
/** A document said to say something ("新闻稿说", "文章有没有提到", "据新闻稿"), the clause it frames after it. */
const DOC_SAYS_ZH =
  /^(?:请问)?\s*(?:(?:据|根据|按照|依据)\s*)?(?:那篇|这篇|该|那份|这份)?(?:新闻稿|新闻发布稿|公告|声明|文章|报告)(?:里面?|中|上)?(?:有没有|是否|是不是|有|都|也)?(?:说|说过|提到|提及|写|写到|写了|称|指出|表示|显示)?(?:了|过)?(?:说)?\s*(.+)$/;
/** X of "do the sources agree on X", asked as X: its co-chairs who, its date when, its place where. */
function asAttribute(x: string): string {
  // ("第四次会议由谁主持": X already asks.)
  if (/谁|哪|什么|多少|几/.test(x)) return x;
  const m = /^(.*?)的?(共同主持人|主持人|联合主席|主席|日期|时间|召开时间|举行时间|地点|举行地点|数量|数字|数目)$/.exec(
    x,
  );
  if (!m) return `${x}是什么`;
  const [, what = '', attribute = ''] = m;
  return /主持|主席/.test(attribute)
    ? `${what}的${attribute}是谁`
    : /日期|时间/.test(attribute)
      ? `${what}是什么时候`
      : /地点/.test(attribute)
        ? `${what}在哪里`
        : `${what}有多少`;
}

// Titles a surname takes in address ("覃市长", "杨常秘", "梁先生").
const SURNAME_TITLES = ['市长', '常任秘书', '常秘', '秘书长', '副总理', '部长', '主任', '书记', '先生', '女士'];

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
  // A university named without its 大学, as readers shorten it ("南洋理工" for 南洋理工大学): its name too, where at least
  // four characters are left (北京, 中山 are a city and a place, never a short name here).
  for (const [zh, en] of [...names])
    if (/^\p{Script=Han}{4,}大学$/u.test(zh) && !names.some(([n]) => n === zh.slice(0, -2)))
      names.push([zh.slice(0, -2), en]);
  // "北大" for 北京大学: a university of two characters and 大学, by the first of them and 大, as readers shorten it —
  // only where no other organisation's Chinese name (outside that university's own units) holds the two in that order
  // ("中大" is 中山大学's and 香港中文大学's both: left unread, said to be a name no record uses).
  for (const [zh, en] of [...names]) {
    const first = /^(\p{Script=Han})\p{Script=Han}大学$/u.exec(zh)?.[1];
    if (!first) continue;
    const short = `${first}大`;
    const apart = new RegExp(`${first}.*大`, 'u');
    if (!names.some(([n, e]) => n === short || (e !== en && !n.includes(zh) && apart.test(n)))) names.push([short, en]);
  }
  // "覃市长", "杨常秘", "梁先生": a person the sources name in Chinese, by surname and title as readers address them —
  // that person, where no one else on file shares the surname (王市长, a surname no one has, stays unread).
  const bySurname = new Map<string, Set<string>>();
  for (const n of dataset.chineseNames)
    if (n.target.kind === 'person') {
      const first = foldHan(n.name)[0] ?? '';
      bySurname.set(first, (bySurname.get(first) ?? new Set()).add(n.target.name));
    }
  for (const [surname, people] of bySurname)
    if (people.size === 1 && /\p{Script=Han}/u.test(surname))
      for (const title of SURNAME_TITLES) names.push([`${surname}${title}`, [...people][0] ?? '']);
  names.sort((a, b) => b[0].length - a[0].length);
  const long: Tables['long'] = new Map();
  const longNames = names.filter(
    ([zh]) =>
      zh.length >= 8 &&
      dataset.chineseNames.some(
        (n) => n.target.kind === 'project' && foldHan(n.name).replace(/[^\p{L}\p{N}]+/gu, '') === zh,
      ),
  );
  for (const [zh, en] of longNames)
    for (let i = 0; i + 1 < zh.length; i += 1) {
      const pair = zh.slice(i, i + 2);
      const at = long.get(pair) ?? [];
      if (!at.some((x) => x.zh === zh)) long.set(pair, [...at, { zh, en, from: i }]);
    }
  const words = new RegExp([...Object.keys(WORDS), ...GLUE].sort((a, b) => b.length - a.length).join('|'), 'g');
  // (No names at all: a pattern that never matches.)
  const anyName = new RegExp(names.map(([zh]) => escapeRegExp(zh)).join('|') || '(?!)');
  const built = { names, anyName, long, words };
  tables.set(dataset, built);
  return built;
}

/**
 * The question's Chinese read into English words; Latin words and digits are kept as typed, and
 * Chinese the tables do not know is kept too (search reads it). Text without Chinese is returned as is.
 */
// The readings' patterns built from the words above, once (glossChinese runs on every Chinese question).
/** Kinds of party a place or side narrows ("深圳有几家公司", "前海的公司"). */
const KINDS = '公司|企业|大学|高校|研究机构|研究院|研究所|政府机构|机构';
const PARTIES = `${KINDS}|合作方|合作伙伴|伙伴|签署方`;
/** Who takes part, said as a whole ("合作方", "参与的机构"), and a kind of them asked ("哪些类型", "什么样的机构"). */
const TAKING_PART =
  '(?:合作方|合作伙伴|伙伴|参与方|参与者|签署方|合作机构|合作单位|参与(?:的|进来的|合作的)?(?:机构|单位|组织|伙伴)|机构|单位|组织)';
const KIND_WORD = '(?:类型|种类|类别|类)';
const KINDS_OF_PARTIES = new RegExp(
  `${TAKING_PART}(?:的)?${KIND_WORD}?(?:都|主要|一共|总共|大致|大概)?(?:有|是|分为|分成|可分为|可以分为|属于|包括)?(?:哪些|哪几|什么|几|多少)(?:种|个|大)?${KIND_WORD}|${TAKING_PART}(?:都|主要|大多)?是(?:些|一些)?(?:什么样|怎样|哪一类|哪类|哪种)的?(?:机构|单位|组织|合作方)|(?:有)?(?:哪些|哪几|什么|几|多少)(?:种|个|大)?${KIND_WORD}的?${TAKING_PART}|${TAKING_PART}的?${KIND_WORD}(?:分布|构成|组成)`,
  'g',
);
/** An ordinal meeting ("第二次", "第3届"), the committee's name after it; a year or a meeting as a point in time. */
const NTH = `第([${HAN_NUMERALS.slice(1).join('')}]|\\d{1,2})(?:次|届)`;
// (The committee's own Chinese name is already " jic " here: names are read first.)
const COMMITTEE = '(?:\\s*jic\\s*|联合执委会|联委会|执委会)?';
const MEETING_WORD = '(?:联合执委会|联委会|执委会)?(?:会议)?';
const POINT = `(20\\d\\d(?=年)|\\d{1,2}(?:st|nd|rd|th))`;
const SHENZHEN_COUNT = new RegExp(`深圳有(几|多少|哪些|哪几)([家所个位]?)(${KINDS})`, 'g');
const SHENZHEN_OF = new RegExp(`(?:位于|在)?深圳(?:的|本地的?)?(${KINDS})`, 'g');
const QIANHAI_COUNT = new RegExp(`前海有(几|多少)([家所个位]?)(${PARTIES})`, 'g');
const QIANHAI_OF = new RegExp(`(?:位于|在)?前海(?:的|本地的?)(${PARTIES})`, 'g');
const WORKS_WITH_KIND = new RegExp(
  `(?:和|与|跟)(${SIDED_KIND})(?:有|之间)?(?:合作|合作过|签约|签过约|联合)的(${SIDED_KIND})`,
  'g',
);
const KIND_WITH_KIND = new RegExp(
  `(${PARTIES_ASKED})(${SIDED_KIND})(?:和|与|跟)(\\s*(?:前海|深圳|Qianhai|Shenzhen)?${SIDED_KIND}(?:在\\s*(?:前海|深圳|Qianhai|Shenzhen))?)\\s*(?:之间)?(?:(签署|签订|签)(?:了|过)?(?:谅解)?(?:备忘录)?|合作|有合作|联合)`,
  'g',
);
const DID_KIND = new RegExp(
  `(?:(签署|签订|签约|签|参与|参加|加入)(?:了|过)?\\s*(?:谅解)?(备忘录|项目)|(签署|签订|签约|签)(?:了|过)?)的(${SIDED_KIND})(?:一共|总共|共)?(?:是|有)?(${PARTIES_ASKED})`,
  'g',
);
const RECORDS_OF_TWO_KINDS = new RegExp(
  `^\\s*(${SIDED_KIND})(?:和|与|跟)(${SIDED_KIND})(?:之间)?(?:合作|联合|共同|签署|签订|签)(?:开展|签署|签订|签)?(?:了|过)?的(项目|谅解备忘录|备忘录)(?:一共|总共|共)?(?:有|是)?(${RECORDS_ASKED})`,
);
const WHICH_RECORDS_OF_TWO_KINDS = new RegExp(
  `(${RECORDS_ASKED})(项目|谅解备忘录|备忘录)(?:是|由)(${SIDED_KIND})(?:和|与|跟)(${SIDED_KIND})(?:之间)?(?:合作|联合|共同|签署|签订|签)(?:开展|签署|签订|签)?(?:了|过)?的`,
);
const MEETING_NEXT_TO = new RegExp(
  `${NTH}${COMMITTEE}(?:会议|会)?(?:(之后|以后|后)的?(?:那|下)?一?|(之前|以前|前)的?(?:那|上)?一?|的?(下|上)一)(?:(?:次|届)${COMMITTEE}(?:会议)?|${COMMITTEE}会议)`,
  'g',
);
const HAPPENED_AROUND = new RegExp(
  `${NTH}${COMMITTEE}(?:会议|会)?(?:结束|开完|召开|举行)?(?:之后|以后|后|之前|以前|前(?!海))(?:都|又|还|另外)?(?:发生|出现|有|签署|签订|签|启动|推出|宣布|做|进行)(?:了|过)?(?:些)?什么(?:事情?|进展)?`,
  'g',
);
const DONE_AROUND = new RegExp(
  `${NTH}${COMMITTEE}(?:会议|会)?(之后|以后|后|之前|以前|前(?!海))(又|还|一共|总共|共)?(签署|签订|签|启动|推出|开|举行|召开)(?:了|过)?(?=多少|几|哪些)`,
  'g',
);
const MEETING_AFTER = new RegExp(
  `${NTH}${COMMITTEE}(?:会议|会)?(?:结束)?(之后|以后|后)(?:还|又)?(?:有|开|开过|举行|举行过|召开|召开过)(?:没有)?(?:别的|其他|新的?)?(?:会议|会)(?:吗|没有)?`,
  'g',
);
// ("第一次会议的备忘录比第二次多几份", "第一次会议签的备忘录比第二次多几份": what is counted may stand before 比.)
const MORE_THAN = new RegExp(
  `${POINT}\\s*年?(${MEETING_WORD})\\s*(?:的?\\s*(?:签署|签订|签|启动|推出)?(?:了)?的?\\s*(谅解备忘录|备忘录|项目|专案|计划))?\\s*比\\s*${POINT}\\s*年?(?:${MEETING_WORD})\\s*(多|少)\\s*(签署了|签了|签署|签|启动了|启动|推出了|推出)?\\s*(?:几|多少)\\s*([份个项次])?\\s*(谅解备忘录|备忘录|项目|专案|计划)?`,
  'g',
);
/** How long one thing is from another ("隔了多久", "相差多少天"): a time asked, never the meetings' records. */
const HOW_LONG_VERB = '(?:相隔|间隔|隔了|隔|相距|距离|差了|相差|差|过了|过)?\\s*了?\\s*';
const HOW_LONG_WORDS = '(?:多久|多长时间|多少天|几天|多少个月|几个月|多少年|几年)';
const HOW_LONG = `${HOW_LONG_VERB}${HOW_LONG_WORDS}`;
/** "第二次和第三次会议隔了多久", "第一次到第二次会议相差多少天": the time between two meetings (how long, in days…). */
const TIME_BETWEEN = new RegExp(
  `${POINT}\\s*年?${MEETING_WORD}\\s*(?:和|与|跟|到|至)\\s*${POINT}\\s*年?(${MEETING_WORD})\\s*(?:之间)?\\s*${HOW_LONG_VERB}(?=${HOW_LONG_WORDS})`,
  'g',
);
const DIFFERENCE = new RegExp(
  `${POINT}\\s*年?${MEETING_WORD}\\s*(?:和|与|跟)\\s*${POINT}\\s*年?(${MEETING_WORD})(.*?)(?:相差|差)了?\\s*(?:几|多少)`,
  'g',
);
const BETWEEN_POINTS = new RegExp(
  `${POINT}\\s*年?${MEETING_WORD}\\s*(?:和|与|跟|到|至|-|—|~)\\s*${POINT}\\s*年?(${MEETING_WORD})\\s*(?:之间|期间|中间)`,
  'g',
);
const SINCE_POINT = new RegExp(
  `(?:(?:自|从)\\s*${POINT}\\s*年?(${MEETING_WORD})\\s*(?:以来|起|开始)|${POINT}\\s*年?(${MEETING_WORD})\\s*以来)`,
  'g',
);
const AFTER_POINT = new RegExp(`${POINT}\\s*年?(${MEETING_WORD})\\s*(?:以后|之后|后)`, 'g');
const BEFORE_POINT = new RegExp(`${POINT}\\s*年?(${MEETING_WORD})\\s*(?:以前|之前|前(?!海))`, 'g');

/** One end of a span: a meeting by its ordinal ("第三次") or a year ("2022年"). */
const SPAN_END = '(?:第([一二三四五六七八九]|\\d{1,2})(?:次|届)|(20\\d\\d)\\s*年?)';
/**
 * A change between two points: "从第三次到第四次会议，项目增加了多少", "2022年到2023年之间备忘录减少了几份", "总数从第三次
 * 会议后到第四次会议后增加了多少" (after each meeting: the totals then, as English's "from after the 3rd to after the 4th").
 */
const SPAN_CHANGE = new RegExp(
  `(?:从|自)?\\s*${SPAN_END}\\s*${MEETING_WORD}\\s*(?:之?后|以后)?\\s*(?:到|至|~|～|—|-)\\s*${SPAN_END}\\s*${MEETING_WORD}\\s*(?:之?后|以后)?\\s*(?:之间|期间)?\\s*[，,]?\\s*([^，,。？?!！\\s]{0,12}?)\\s*(增加|增长|上升|变多|减少|下降|变少|变化|改变|多|少)了?\\s*(?:多少|几)\\s*[个份项]?`,
  'g',
);
/** Every meeting from one to another: "从第一次到第三次会议" (not "…之间": English's "between" reads that). */
const MEETING_SPAN = new RegExp(
  `(?:从|自)?\\s*第([一二三四五六七八九]|\\d)(?:次|届)\\s*${MEETING_WORD}\\s*(?:到|至|~|～|—|-)\\s*第([一二三四五六七八九]|\\d)(?:次|届)\\s*${MEETING_WORD}(?!\\s*${MEETING_WORD}\\s*(?:之间|期间|中间|${HOW_LONG}))`,
  'g',
);
const CHANGE_VERB: ReadonlyArray<readonly [RegExp, string]> = [
  // ("备忘录多了几份": 多 and 少 alone, from one point to the next, are a rise and a fall.)
  [/增加|增长|上升|变多|^多$/, 'increase'],
  [/减少|下降|变少|^少$/, 'drop'],
];
const spanPoint = (n?: string, year?: string) =>
  year ?? `the ${ordinal(n && /\d/.test(n) ? Number(n) : HAN_NUMERALS.indexOf(n ?? ''))} meeting`;

/**
 * `t.replace(re, to)`, not tried where `t` lacks what every match of `re` holds (a text, or one of an alternation's):
 * a question matches a few of the gloss's ~90 rules, and a replace that finds nothing still costs a search (the test
 * costs a few `t.includes`; mayMatch reads each pattern's needs once, kept by its source).
 */
function replaceIn(t: string, re: RegExp, to: string | ((match: string, ...groups: string[]) => string)): string {
  if (!mayMatch(re, t)) return t;
  return typeof to === 'string' ? t.replace(re, to) : t.replace(re, to);
}

// A kind of record (captured: bothKinds reads which), what a partner has of it, and in it.
const KIND_ZH = '(谅解备忘录|合作备忘录|备忘录|联合项目|合作项目|项目)';
const HAS_ZH = '(?:有|签了?|签署了?|签订了?|在|参与了?|参加了?|出现在|是|属于)?';
const IN_ZH = '(?:里面|里|中|之中|上)?';
/** Records of both kinds asked of the same partners, in the ways Chinese says "both". */
const BOTH_KINDS_ZH = new RegExp(
  [
    `既\\s*${HAS_ZH}\\s*${KIND_ZH}\\s*${IN_ZH}\\s*[，,]?\\s*(?:又|也)\\s*${HAS_ZH}\\s*${KIND_ZH}\\s*${IN_ZH}`,
    `同时\\s*${HAS_ZH}\\s*${KIND_ZH}\\s*${IN_ZH}\\s*(?:和|与|跟|及|以及)\\s*${HAS_ZH}\\s*${KIND_ZH}\\s*${IN_ZH}`,
    `(?:有|签了?|在)\\s*${KIND_ZH}\\s*${IN_ZH}\\s*[，,]?\\s*(?:也|又|同时也)\\s*(?:有|参与了?|参加了?|在)\\s*${KIND_ZH}\\s*${IN_ZH}`,
    `${KIND_ZH}\\s*(?:和|与|跟|及)\\s*${KIND_ZH}\\s*(?:两个|两种|两样)?\\s*都\\s*(?:有|在|参与了?|签了?|出现了?)`,
  ].join('|'),
  'g',
);
function bothKinds(m: string, ...kinds: unknown[]): string {
  const said = kinds.filter((k): k is string => typeof k === 'string' && /备忘录|项目/.test(k));
  const [a, b] = said.map((k) => (k.includes('备忘录') ? 'mou' : 'project'));
  if (!a || !b || a === b) return m;
  return ` in both ${a === 'mou' ? 'an' : 'a'} ${a} and ${b === 'mou' ? 'an' : 'a'} ${b} `;
}

/** English → the first Chinese word the table reads as it (built on first use). */
let chineseOf: ReadonlyMap<string, string> | undefined;

/**
 * The Chinese word for an English one the table glosses ("delivery robots" → 配送机器人): a topic a Chinese reply names
 * is said in Chinese, not in the English the pipeline read it as. Undefined where the table has none.
 */
export function chineseWord(english: string): string | undefined {
  chineseOf ??= new Map(
    Object.entries(WORDS)
      .reverse()
      .map(([zh, en]) => [en.toLowerCase(), zh]),
  );
  return chineseOf.get(english.toLowerCase());
}

/** A record's name given (公开了名称, 列出名字, 有名字) — none or any of them asked — is English's "named". */
const NAME_GIVEN =
  /^(?:公开|公布|列出|写出|给出|披露|透露|有)?\s*(?:了|过)?\s*(?:其|它们的|它的|的)?\s*(?:名称|名字|全名)$/;

export function glossChinese(text: string, dataset: Dataset): string {
  if (!hasHan(text)) return text;
  const { names, anyName, long, words } = tablesFor(dataset);
  // (Folded once: OpenCC's pass over the text is the dearest step here, and the end reads the folded question again.)
  const folded = foldHan(text);
  // "创始MOU", "EE Music那个MOU": the record word typed in English is the Chinese one to every reading below (they are
  // written in 备忘录), and "X那个备忘录", "X这个项目" is X's record (那个 points at it, never a word of its own).
  let t = /mou/i.test(folded) ? folded.replace(LATIN_MOU, '备忘录') : folded;
  if (/[这那]/.test(t)) t = t.replace(THAT_RECORD, '的');
  t = replaceIn(t, HAN_YEAR, (y) => [...y].map((c) => (c === '零' ? 0 : HAN_NUMERALS.indexOf(c))).join(''));
  // What people type with a pinyin keyboard: 回忆 (huiyi, "memory") after an ordinal is 会议, the meeting.
  if (t.includes('回忆')) t = t.replace(/(?<=第\S{1,2}[次届])回忆/g, '会议');
  // ("地三次会议": 地, 弟, 递, 帝 are 第 typed by its sound, di, before a number of times.)
  t = replaceIn(t, /[地弟递帝](?=[一二三四五六七八九十\d]{1,2}[次届])/g, '第');
  // "第三、四次会议", "第一、二、三次", "第三和四次": ordinals under one 次, each a meeting ("第三次和第四次").
  if (t.includes('第'))
    t = t.replace(
      /第((?:[一二三四五六七八九](?:次|届)?\s*(?:[、,，]|和|与|跟|及)\s*第?)+)([一二三四五六七八九])(?=次|届)/g,
      (_m, head: string, last: string) =>
        `${[...head.replace(/[^一二三四五六七八九]/g, '')].map((n) => `第${n}次和`).join('')}第${last}`,
    );
  // "判断题：第一次会议是在网上开的，对不对？", "是非题：…。": a quiz's true-or-false frame asks the statement's yes/no
  // (判断题 was read as a person's name); a statement with no question word of its own is asked with 吗.
  if (QUIZ_TRUE_FALSE.test(t)) {
    t = t.replace(QUIZ_TRUE_FALSE, '');
    if (!/(?:吗|嘛|么|吧|对不对|是不是|有没有|[?？])[?？!！。\s]*$/.test(t)) t = t.replace(/[。.!！\s]*$/, '吗');
  }
  // "说第四次会议在深圳举行是错的吗", "第四次会议在深圳举行，这是假的吗", "…这个说法对吗": a statement asked to be judged
  // true or false, as English asks it ("is it false that …", "is it true that …"), never 错 left unread and the
  // statement's own 是 said as if it were the answer.
  t = replaceIn(
    t,
    /^(?:请问)?\s*(?:有人)?(?:说|认为|称)?\s*(.{4,40}?)\s*[，,]?\s*(这个说法|这种说法|这句话|此说法|这话|这)?\s*(?:是)?\s*(错|错误|假|不对|不正确|不真实|对|正确|真|真实)\s*的?\s*(?:吗|嘛)[?？!！。\s]*$/u,
    // (A bare "，对吗" is a tag asking to confirm, read with the other tags below.)
    (m: string, x: string, that: string | undefined, word: string) =>
      /谁|哪|什么|几|多少/.test(x) || (word === '对' && !that)
        ? m
        : ` is it ${/错|假|不/.test(word) ? 'false' : 'true'} that ${x} `,
  );
  // "第四次会议是李强主持的吗": chaired BY someone, as English's passive ("was the 4th meeting chaired by Li Qiang"), so a
  // name no table reads stands where the passive's agent is read (plan/asked.ts), never left as a stray word.
  if (t.includes('主持'))
    t = replaceIn(
      t,
      /是\s*(\p{Script=Han}{2,4}?)\s*(共同)?主持的/gu,
      (_m, who: string, co?: string) => ` ${co ? 'cochaired' : 'chaired'} by ${who} `,
    );
  // "合作方有哪些类型", "参与的机构有哪些类别", "合作伙伴都是什么样的机构", "有哪几类合作方": the kinds of partner, every
  // kind with its count (English's "what kinds of partners are there"), never "not sure".
  if (/[类种样]/.test(t)) t = replaceIn(t, KINDS_OF_PARTIES, ' what kinds of partners are there ');
  // "创始备忘录是李显龙签署的吗": signed BY someone, as English's passive ("was the founding MOU signed by …"), so a name
  // no table reads is the agent checked against its signatories (never the MOU's date and place). (Never a place, a
  // time or a question word: "是在重庆签的", "是谁签的".)
  if (t.includes('签'))
    t = replaceIn(t, /是\s*(\p{Script=Han}{2,4}?)\s*(?:亲自)?(?:签署|签订|签)的/gu, (m: string, who: string) =>
      /^[在于从由]|谁|哪|什么|何|几|时|年|月|天|次|会|[一二两三四五六七八九十双各]|[所家个位方]$|大学|公司|机构|企业|政府/.test(
        who,
      )
        ? m
        : ` signed by ${who} `,
    );
  // "GBA是什么意思", "JIC指的是什么": what a short form or a term means (English's "what does GBA mean").
  t = replaceIn(
    t,
    /^(?:请问)?\s*(.{1,20}?)\s*(?:是什么意思|什么意思|的意思是什么|指的是什么|是指什么|的(?:英文|英语)?全称是什么|(?:英文|英语)?全称是什么|代表什么)[?？。!！\s]*$/u,
    ' what does $1 mean ',
  );
  // "哪位联合主席主持的会议最多": who chaired the most meetings, in English's order ("chaired the most meetings"), never
  // the meetings ranked by their own counts.
  t = replaceIn(
    t,
    /(主持|出席|参加|参与)(?:了|过)?的?(?:(?:联合执委会|联委会|执委会)?(?:会议|会))?的?(?:次数)?最(多|少)(?:次|场)?(?:的?(?:会议|会)(?!议))?/g,
    // (Meetings or times said: "参与最多的项目" is a partner's records, left.)
    (m: string, verb: string, most: string) =>
      /会|次/.test(m)
        ? ` ${verb === '主持' ? 'chaired' : 'attended'} the ${most === '多' ? 'most' : 'fewest'} meetings `
        : m,
  );
  // "梁颖强对智慧城市合作有什么评价", "覃伟中怎么看智慧城市合作": what someone said of it (English's "what did Joseph Leong say
  // about the SCI"), never their profile.
  t = replaceIn(
    t,
    /^(?:请问)?\s*(.{2,20}?)\s*(?:对于?|关于)\s*(.{2,20}?)\s*(?:有|的)?\s*(?:什么|何|哪些)\s*(?:评价|看法|评论|说法)[?？。!！\s]*$/u,
    ' what did $1 say about $2 ',
  );
  t = replaceIn(
    t,
    /^(?:请问)?\s*(.{2,20}?)\s*(?:怎么|如何)\s*(?:评价|看待|看)\s*(.{2,20}?)[?？。!！\s]*$/u,
    ' what did $1 say about $2 ',
  );
  // "2022年底前", "2022年年底之前": the running total by the end of that year (English's "by the end of 2022").
  if (t.includes('底')) t = t.replace(/(20\d\d)\s*年\s*(?:年)?底\s*(?:之前|以前|前|为止)?/g, ' by the end of $1 ');
  // "联合创新计划的资金有多少", "示范区的投资额是多少": an amount of money asked (English's "how much funding"; the sources
  // give none), never a count of the thing's records.
  // (Each of these rules runs only where its words are: the gloss runs on every Chinese question.)
  if (t.includes('多少'))
    t = t.replace(
      /(?:资金|经费|预算|金额|投资额|投资)\s*(?:一共|总共|共)?\s*(?:是|有)?\s*多少(?:钱)?/g,
      ' how much funding ',
    );
  // "示范区的四家公司叫什么名字", "NCS的中国合作方叫什么": the names asked (English's "what are the names of …").
  if (/叫|名/.test(t))
    t = t.replace(
      /^(?:请问)?\s*(.{2,40}?)\s*(?:都|分别)?(?<![文全])(?:叫什么名字|叫做什么|叫什么|的名字是什么|的名称是什么|名字是什么|名称是什么)[?？。!！\s]*$/u,
      ' what are the names of $1 ',
    );
  // "吉宝既签了备忘录又参与了项目吗", "EE Music同时出现在备忘录和项目里吗", "凯德有备忘录也有项目吗", "QuikBot备忘录和项目都有吗":
  // records of both kinds asked of the same partners (English's "in both an MOU and a project"), never one kind's records
  // said as the answer.
  if (/备忘录|项目/.test(t) && /既|同时|也|都|又/.test(t)) t = t.replace(BOTH_KINDS_ZH, bothKinds);
  // Cantonese (Hong Kong readers on a zh-TW client) in Mandarin's words first: 边个 who, 边度 where, 有冇 whether…
  if (CANTONESE_HOLDS.test(t)) for (const [re, to] of CANTONESE) t = replaceIn(t, re, to);
  // "第三次会议的备忘录一份都没有公开名称吗", "…一个也没有中国合作方吗": none of them, asked as English asks it ("were none of
  // the 3rd meeting MOUs named?"), never a count of one with a 没有 that turns the answer round.
  // ("第三次会议的备忘录都没有公开名称吗", "…全都未列出名字吗": 都 after the records is all of them, and "all … not" is none —
  // not after 和, where 都 is "both".)
  if (/没|未/.test(t))
    t = t.replace(
      /^(?:请问)?\s*(.{2,40}?)\s*(?:的?\s*一\s*[份个项家所位次]\s*(?:都|也)|(?<=备忘录|项目|合作方|伙伴|公司|企业)\s*(?:全都|都|全部|全|均))\s*(?:没有|没|未曾|未)\s*(?:被)?\s*(.{1,16}?)\s*(?:吗|嘛)[?？!！。\s]*$/u,
      (m: string, x: string, v: string) =>
        /和|与|跟|及/.test(x)
          ? m
          : NAME_GIVEN.test(v)
            ? ` were none of the ${x} named `
            : /^有/.test(v)
              ? ` did none of the ${x} have ${v.slice(1)} `
              : ` were none of the ${x} ${v} `,
    );
  // "有没有一份第三次会议的备忘录公开了名称", "有任何项目被取消吗": whether any one of them is so (English's "was any … named").
  if (/有没有|有任何/.test(t))
    t = t.replace(
      /^(?:请问)?\s*(?:有没有|有)\s*(?:一\s*[份个项家所位]|任何)\s*(.{2,30}?(?:备忘录|项目))\s*(?:被)?\s*(?!有)(.{1,16}?)\s*(?:了|过)?\s*(?:吗|嘛)?[?？!！。\s]*$/u,
      (_m, x: string, v: string) => ` was any ${x} ${NAME_GIVEN.test(v) ? 'named' : v} `,
    );
  // "有没有银行参与", "哪些医院参与了": a kind of organisation no table knows, asked as a kind (English's "any banks") —
  // never a bank's name (工商银行, 中国银行: a word before it makes it a name, left for the name readings).
  if (/银行|医院/.test(t))
    t = t
      .replace(
        /^(?:请问)?\s*(?:有没有|有)\s*(银行|医院)\s*(?:参与|参加|加入|合作|在内)?\s*(?:了|过)?\s*(?:吗|嘛)?[?？!！。\s]*$/u,
        (_m, k: string) => ` are there any ${k === '银行' ? 'banks' : 'hospitals'} `,
      )
      .replace(
        /(^|有没有|有|哪些|哪家|什么|任何|几家|多少家)\s*(银行|医院)/g,
        (_m, pre: string, k: string) => `${pre} ${k === '银行' ? 'banks' : 'hospitals'} `,
      );
  // "没有任何会议…", "没有一次会议…": none (English's "no meeting"), never a count of one.
  if (t.includes('没有')) t = t.replace(/没有(?:任何|一(?:次|个|份|项|家|所|位))(?=\s*\S)/g, ' no ');
  // "吉宝是一家中国公司吗": 一家 after 是 is English's "a" (what kind it is), never a count of one.
  if (t.includes('是一'))
    t = t.replace(
      /是\s*一\s*[家所个位](?=\S{0,8}?(?:公司|企业|大学|高校|机构|银行|研究院|研究所|实验室|平台|项目))/g,
      '是',
    );
  // "八份", "两次", "十四个": a count in Chinese numerals is its digits ("DBS做了两次试验吗" = ran 2; never a word no table
  // reads, dropped). (Not an ordinal, 第一次, nor which/every/the same one: 哪一个, 每一次, 同一个, 上一次, 这两个.)
  // (Times, 次, as the sources' words say them — "UOB ran two" — so a count of trials is checked against those words.)
  t = t.replace(COUNT_NUMERAL, (n: string, at: number) =>
    t[at + n.length] === '次' && hanNumber(n) < N_WORDS.length
      ? ` ${N_WORDS[hanNumber(n)] ?? ''} `
      : String(hanNumber(n)),
  );
  // "是在新加坡开的还是在深圳开的": the verb said with each alternative is said once, after both ("在新加坡还是在深圳开的"),
  // as English offers two places for one verb — never a second "held" read as another thing claimed.
  if (t.includes('还是'))
    t = t.replace(/(\S{1,8}?)(开|举行|召开|举办)的?\s*还是\s*(在?\S{1,8}?)\2(?=的|吗|嘛|[?？]|$)/g, '$1还是$3$2');
  // "超过12个", "至少8份", "30份以上", "大约30个", "8到10份", "从29个增加到43个", "两倍": a number claimed, in English's
  // words ("more than 12", "at least 8", "about 30", "between 8 and 10", "increase from 29 to 43", "twice"), which the
  // claim reader reads — never the number read as the count claimed (否 to "超过12个吗" of 14).
  // (A negation the bound words held — 不超过, 不少于, 没到 — still makes a 吧 at the end a question to confirm.)
  const negated = /没|不/.test(t);
  t = glossNumbers(t);
  // "第四次会议签的备忘录多过第二次吗", "第二次的项目少于第三次吗", "…超过第三次吗": more or fewer than another meeting is 比
  // said after it.
  if (/[多少][过于]|超过|[高低]于/.test(t))
    t = t.replace(
      /^(.{1,30}?)(多过|多于|超过|高于|少过|少于|低于)\s*(第\S{1,2}[次届](?:联合执委会|联委会|执委会)?(?:会议|会)?|20\d\d\s*年)(.{0,12}?)((?:吗|嘛)?[?？。!！\s]*)$/u,
      (_m, a: string, word: string, b: string, rest: string, end: string) =>
        `${a}比${b}${rest}${/多|超|高/.test(word) ? '多' : '少'}${end}`,
    );
  // "第一次会议签了几份备忘录，第二次签了几份", "第一次签了8份，第二次呢": two meetings' counts asked in two clauses, asked
  // as one ("第一次和第二次会议分别签了几份备忘录"): each meeting's own count, never one of them and the two summed.
  t = replaceIn(
    t,
    TWO_CLAUSE_COUNTS,
    (m: string, a: string, verb: string, measure = '', noun = '', b: string, verb2?: string) =>
      // (Another verb in the second clause asks another count: "…签了几份备忘录，第四次启动了几个项目" is left as two.)
      verb2 && /签/.test(verb2) !== /签/.test(verb)
        ? m
        : `${a}和${b}会议分别${verb}了几${measure || (/签/.test(verb) ? '份' : '个')}${noun || (/签/.test(verb) ? '备忘录' : '项目')}`,
  );
  // "X和Y之间没有备忘录，对吗", "吉宝没和北大签过吧": a statement with a tag asking to confirm it is its yes/no (吗), so a
  // negative one is answered 有/没有 — never a 是 that confirms the negation (W24).
  // (The tag is kept as English's "right" at the end: a negated fact confirmed is answered 不对/对; asked "不是…吗",
  // isn't it, the fact's own 是/否.)
  const tagged = CONFIRM_TAG.test(t);
  // ("第一次会议是2019年在北京开的吧？": a 吧 asked with a question mark confirms the statement too — never a request,
  // "给我讲讲吧", which takes no question mark.)
  const askedTag = /吧[?？]+\s*$/.test(t);
  const confirmTag = tagged || askedTag || (negated && /吧[?？!！。\s]*$/.test(t));
  if (tagged) t = t.replace(CONFIRM_TAG, '吗');
  else if (askedTag) t = t.replace(/吧(?=[?？]+\s*$)/, '吗');
  // "第三次会议跟第二次会议比，备忘录多了几份", "和第二次相比，第三次会议的项目多几个": how many more one has than the
  // other (said with 比 after both), never the two added up.
  t = replaceIn(
    t,
    /^(?:请问)?\s*(?:(第\S{1,2}[次届](?:联合执委会|联委会|执委会)?(?:会议|会)?)\s*(?:跟|和|与|同)\s*(第\S{1,2}[次届](?:联合执委会|联委会|执委会)?(?:会议|会)?)\s*(?:相)?比(?:较|起来)?|(?:跟|和|与|同)\s*(第\S{1,2}[次届](?:联合执委会|联委会|执委会)?(?:会议|会)?)\s*(?:相)?比(?:较|起来)?\s*[，,]?\s*(第\S{1,2}[次届](?:联合执委会|联委会|执委会)?(?:会议|会)?))\s*[，,]?\s*(?:的)?\s*(谅解备忘录|备忘录|项目)?\s*(多|少)了?\s*(?=几|多少)/u,
    (_m, a1?: string, b1?: string, b2?: string, a2?: string, what = '', more = '') =>
      `${a1 ?? a2 ?? ''}${what}比${b1 ?? b2 ?? ''}${more}`,
  );
  // "OneSME比GIA节点先上线吗", "第三次会议比第四次会议早吗": A before B, in English's order ("did A launch before B") —
  // never 先 as "first" beside a 比 read as "than". (A count compared, "比…多签了几份", is read below.)
  t = replaceIn(
    t,
    /^(.{1,30}?)比(.{1,30}?)(?:更|还)?(?:先|早|更早)(?:一些|一点)?([^多少吗嘛?？]{0,6})(?=(?:吗|嘛)[?？!！。\s]*$)/u,
    '$1$3 before $2',
  );
  // "有没有跟腾讯合作的项目", "阿里巴巴有备忘录吗": whether a party took part in any record, asked of it (English's "did X join
  // a project", "did X sign an MOU"), so a name no source gives is said so — never "I'm not sure".
  t = replaceIn(
    t,
    /^(?:请问)?\s*(?:有没有|是否有|有)\s*(?:跟|和|与|同)\s*(.{1,20}?)\s*(?:合作|签署|签订|签约|签|联合)(?:过|了)?的(项目|谅解备忘录|备忘录)[?？。!！\s]*$/u,
    (_m, x: string, what: string) => ` did ${x} ${/备忘录/.test(what) ? 'sign mous' : 'join projects'} `,
  );
  t = replaceIn(
    t,
    /^(?:请问)?\s*([^，,？?\s]{1,20}?)\s*(?<![没不])(?:有没有|有)\s*(?:参与|参加|签署?)?(?:过|了)?\s*(?:任何)?\s*(项目|谅解备忘录|备忘录)(?:吗|没有)?[?？。!！\s]*$/u,
    (m: string, x: string, what: string) =>
      /第|哪|几|多少|什么|谁|会议|没|不/.test(x)
        ? m
        : ` did ${x} ${/备忘录/.test(what) ? 'sign mous' : 'join projects'} `,
  );
  // "有没有来自第三国的合作方": any partners from there, as English asks it (never "did from … partners").
  t = replaceIn(t, /^有没有来自(.{1,12}?)的(.{1,8}?)[?？。!！\s]*$/u, ' any $2 from $1 ');
  // "有什么和金融科技相关的", "有没有关于医疗的项目", "有没有跟旅游有关的": a topic browsed, as English asks it ("which MOUs
  // and projects are about fintech", "are there any projects about healthcare") — was "what fintech about", not sure, or
  // one record's card. (A partner "合作的" is read just above: "有没有跟腾讯合作的项目".)
  t = replaceIn(
    t,
    /^(?:请问)?\s*(?:有什么|有哪些|有啥)\s*(?:关于|和|与|跟|同)\s*(.{1,12}?)\s*(?:相关|有关)?\s*的\s*(项目|谅解备忘录|备忘录|合作|内容|东西|记录)?(?:吗|呢)?[?？。!！\s]*$/u,
    (_m, x: string, what?: string) => ` which ${recordsAsked(what, 'and')} are about ${x} `,
  );
  t = replaceIn(
    t,
    /^(?:请问)?\s*(?:有没有|是否有)\s*(?:关于|和|与|跟|同)\s*(.{1,12}?)\s*(?:相关|有关)?\s*的\s*(项目|谅解备忘录|备忘录|合作|内容|东西|记录)?(?:吗|呢)?[?？。!！\s]*$/u,
    (_m, x: string, what?: string) => ` are there any ${recordsAsked(what, 'or')} about ${x} `,
  );
  // "以视频方式召开", "通过线上形式举行", "在线举行": how a meeting was held, the mode word alone (以/方式 are no words;
  // 视频 alone is by video conference, as English's modes read it).
  t = replaceIn(t, HELD_BY, (_m, a?: string, b?: string) =>
    /^视[频讯]$/.test(a ?? b ?? '') ? '视频会议' : (a ?? b ?? ''),
  );
  t = replaceIn(t, /在线(?![上下])/g, '线上');
  // "线上举行的会议有哪几次", "在深圳召开的会议是哪次": the meetings picked by how, where or when they were held, asked
  // as "哪几次会议是线上举行的" (English's "which meetings were held online"), never each meeting the clause names read
  // as a meeting of its own and described whole.
  // (A year or a city bare before the verb is where or when they were held: "in"; a month is left as asked — English
  // reads "held in December" as a place.)
  t = replaceIn(
    t,
    HELD_MEETINGS,
    (_m, x: string, _verb: string, which: string) =>
      `${which}会议 were held ${/^(?:20\d\d年|新加坡|深圳|前海|中国|重庆)$/.test(x) ? '在' : ''}${x}`,
  );
  // "MUFG计划进行试点吗", "中国银行打算推出试点吗": a plan of its own (English's "plan to"), never 计划 as Taiwan's word for a
  // project.
  t = replaceIn(t, /(?:计划|打算|准备)(?=\s*(?:进行|开展|启动|推出|实施|开始)(?:试点|试验))/g, ' plan to ');
  // "梁颖强参加了几次会议", "第四次会议有多少人出席": who attended (English's "attend"), never the partners taking part.
  t = replaceIn(
    t,
    /(参加|出席|参与|与会)(?:了|过)?(?=\s*(?:几|多少)\s*次(?:联合执委会|联委会|执委会)?(?:会议|会))/g,
    ' attended ',
  );
  t = replaceIn(t, /((?:多少|几个?)人)(?:参加|出席|参与|与会)(?:了|过)?/g, '$1 attended ');
  // "从第三次到第四次会议，项目增加了多少", "2022年到2023年备忘录减少了几份": the change from one point to the other
  // (English's "how many projects increase from the 3rd to the 4th meeting": each one's count, or the totals' when 总数
  // is asked), never the two points' counts added up (W25).
  const spanned = /[到至~～—-]/.test(t);
  if (spanned)
    t = t.replace(
      SPAN_CHANGE,
      (_m, a1?: string, y1?: string, a2?: string, y2?: string, what = '', verb = '') =>
        ` how many ${what} ${CHANGE_VERB.find(([re]) => re.test(verb))?.[1] ?? 'change'} from ${spanPoint(a1, y1)} to ${spanPoint(a2, y2)} `,
    );
  // "从第一次到第三次会议一共签了多少份备忘录": every meeting from the one to the other, ends included (English's "at the
  // 1st, 2nd and 3rd meetings"), never the two ends alone. ("…之间" is read below, as English's "between".)
  if (spanned)
    t = t.replace(MEETING_SPAN, (m: string, a: string, b: string) => {
      const [from, to] = [a, b].map((n) => (/\d/.test(n) ? Number(n) : HAN_NUMERALS.indexOf(n)));
      if (!from || !to || from >= to) return m;
      // ("从第一次到第二次会议，备忘录减半了吗": one count against another, the later against the earlier — English's "from
      // the 1st to the 2nd meeting", never every meeting between them summed.)
      if (TIMES_SAID.test(t)) return ` from the ${ordinal(from)} to the ${ordinal(to)} meeting `;
      const each = Array.from({ length: to - from + 1 }, (_x, i) => ordinal(from + i));
      return ` at the ${each.slice(0, -1).join(', ')} and ${each[each.length - 1] ?? ''} meetings `;
    });
  // "2020年到2022年", "从2021年至2023年": a span of years, ends included (English's "from 2020 to 2022").
  t = replaceIn(
    t,
    /(?:从|自)?\s*(20\d\d)\s*年?\s*(?:到|至|~|～|—|-)\s*(20\d\d)\s*年?(?!\s*(?:之间|期间|中间|\d|月))/g,
    ' from $1 to $2 ',
  );
  // "项目数从29个涨到50个": 数 right after the record is its number (数量), never a word left unread.
  t = replaceIn(t, /(?<=项目|备忘录)数(?![量目字据额])/g, '数量');
  // "备忘录数量每次都增加吗", "项目数有没有下降过": a count rising or falling over the meetings (English's "increase",
  // "drop"), never 增加 as the meetings' "added".
  t = replaceIn(t, /(数量|数目|数字|总数|数)([^，,。？?]{0,8}?)(?:增加|增长|上升|变多)/g, '$1$2 increase ');
  t = replaceIn(t, /(数量|数目|数字|总数|数)([^，,。？?]{0,8}?)(?:下降|减少|变少)/g, '$1$2 drop ');
  // "第一次不是线上举行的会议是哪次": the first held otherwise (English's "the first held in person"), never the 1st.
  t = replaceIn(
    t,
    /第一次\s*不是\s*(?:以|在|通过)?\s*(线上|网上|视频|在线|线下|面对面|实体|现场)(?:方式)?\s*(?:举行|召开|开)?的?/g,
    (_m, mode: string) => ` the first held ${/线下|面对面|实体|现场/.test(mode) ? 'online' : 'in person'} `,
  );
  // "每次会议都在深圳举行吗", "所有项目都有中国合作方吗": every/all said once (English's "every meeting"), never 都 left as a
  // word no table reads. (None, "没有任何会议", is read with the numerals.)
  if (t.includes('都')) t = t.replace(/((?:每|所有|全部|各)[^都，,？?]{0,20}?)都/, '$1');
  // "吉宝为什么退出了…": the why asked first, as English asks it ("why did Keppel pull out").
  t = replaceIn(t, /^([^为，,？?]{1,24}?)(为什么|为何|怎么会)/, '$2$1');
  if (negated || /没|不/.test(t)) t = t.replace(/吧(?=[?？!！。\s]*$)/, '吗');
  const yesNo = YES_NO.test(t) || /有没有|是不是/.test(t);
  if (yesNo) t = t.replace(NOT_DONE, ' not ').replace(NO_RECORD, ' not signed ');
  // Names first, so their characters are not read as words (`北京大学` is a name, not "universities").
  // Punctuation inside a name (`香港中文大学（深圳）`) is matched without it.
  // (A hyphen inside a Latin name stays: "Med-Arb" is two words to the pipeline, "MedArb" none it knows.)
  const compact = (s: string) => s.replace(/[^\p{L}\p{N}\s-]+|(?<![A-Za-z0-9])-|-(?![A-Za-z0-9])/gu, '');
  t = compact(t);
  // "新加坡有几家公司": the country before 有 narrows what is counted ("几家新加坡公司"), it is not the SCI.
  // Shenzhen is a city, not the country: "深圳有几家公司", "深圳的大学" ask for partners in Shenzhen, read as
  // "companies in Shenzhen" (the partners whose own names state it; the sources give no partner's city), never
  // China's. "深圳的合作方" stays the Chinese side, as English reads "Shenzhen partners".
  // (Shenzhen's government bodies are the Chinese side's: "深圳有哪些政府机构" asks for those, never for bodies whose
  // English names happen to state Shenzhen.)
  t = replaceIn(
    t,
    /深圳(?:方面|这边|一方)?(?:有(几|多少|哪些|哪几)([个家]?)|的|本地的?)?政府机构/g,
    '$1$2中国政府机构',
  );
  t = replaceIn(t, SHENZHEN_COUNT, '$1$2$3在深圳');
  t = replaceIn(t, SHENZHEN_OF, '$1在深圳');
  // ("新加坡有哪些政府机构参与": which of them, too — never every side's.)
  t = replaceIn(t, /(新加坡|中国)(?:方面|这边|一方)?有(几|多少|哪些|哪几)([家所个位]?)/g, '$2$3$1');
  // "来源对第四次会议的共同主持人说法一致吗", "关于第一次会议的日期，各报道说法一致吗": do the sources agree on X is X
  // asked ("第四次会议的共同主持人是谁"): where they differ, the answer gives both readings (no source is a name).
  t = replaceIn(t, SOURCES_AGREE, (_m, x1?: string, x2?: string) => asAttribute(x1 ?? x2 ?? ''));
  // "来源有没有列出第三次会议备忘录的名字", "NCS的合作方有名字吗", "示范区的4家公司具名了吗": whether the sources NAME
  // something, asked as English asks it ("do the sources name …", "are … named"), led by what the answer shows.
  t = replaceIn(t, NAMES_ASKED, (_m, x1?: string, x2?: string) =>
    x1 ? ` do the sources name ${x1} ` : ` are ${x2 ?? ''} named `,
  );
  // "报道里吉宝参加了第四次会议吗", "媒体报道第四次会议在深圳开吗", "据资料": where the question places what it asks (the
  // sources are where every answer comes from) — read as nothing, never as a name or a word the answer can't check.
  t = replaceIn(t, IN_THE_SOURCES, ' ');
  // "新闻稿说第四次会议在深圳举行吗", "文章有没有提到第四次会议在哪里举行", "据新闻稿…": what a document is said to say is
  // asked plainly, as English asks "does the press release say X" as X (a document's words are the sources'; never a
  // quote, nor 稿 left as a word no table reads). ("新闻稿说了什么" asks what it says: left as asked.)
  t = replaceIn(t, DOC_SAYS_ZH, (m: string, said: string) =>
    /^\s*(?:了|过)?\s*(?:什么|啥|哪些)/.test(said) ? m : ` ${said}`,
  );
  // Qianhai is a place, not a side: "前海有几家合作方", "前海的公司" ask for the partners whose names state Qianhai
  // (English's "partners in Qianhai"), never every record that mentions it.
  t = replaceIn(t, QIANHAI_COUNT, '$1$2$3在前海');
  t = replaceIn(t, QIANHAI_OF, '$1在前海');
  t = abridgedNames(t, long);
  // (None of them in the text, none is replaced: the names are tried in turn only where one of them is.)
  if (anyName.test(t)) for (const [zh, en] of names) if (t.includes(zh)) t = t.split(zh).join(` ${en} `);
  // "和大学合作的公司有哪些": the companies that work with a university (English's "which companies work with
  // universities"), never the universities; "新加坡公司和中国大学合作的项目有几个", "哪些项目是新加坡大学和中国大学合作的":
  // the records joining one kind and the other ("how many projects involve Singapore companies and Chinese universities"),
  // never the records of the second kind alone.
  t = replaceIn(t, WORKS_WITH_KIND, ' $2 work with $1 ');
  // "第二次会议签备忘录的新加坡公司是哪几家", "参与项目的中国大学有几所": the partners of a kind that did it (English's
  // "which Singapore companies signed MOUs"), never the records they are in.
  t = replaceIn(
    t,
    DID_KIND,
    // ("签约的新加坡企业": signing alone is an MOU's.)
    (_m, verb: string | undefined, what: string | undefined, signed: string | undefined, kind: string, which: string) =>
      ` ${which} ${kind} ${signed || /签/.test(verb ?? '') ? 'signed' : 'joined'} ${signed || /备忘录/.test(what ?? '') ? 'mous' : 'projects'} `,
  );
  // "哪些新加坡公司和前海的公司签了备忘录", "有几家新加坡公司和中国大学签了备忘录": partners of one kind that signed with
  // (or work with) a party of another, as English asks it — never the second kind's partners, nor none at all.
  t = replaceIn(
    t,
    KIND_WITH_KIND,
    (_m, which: string, kind: string, other: string, signed?: string) =>
      ` ${which} ${kind} ${signed ? 'signed mous with' : 'work with'} ${other} `,
  );
  t = replaceIn(t, RECORDS_OF_TWO_KINDS, ' $4 $3 involve $1 and $2 ');
  t = replaceIn(t, WHICH_RECORDS_OF_TWO_KINDS, ' $1 $2 involve $3 and $4 ');
  // "共同主持人一共有几位": the role counted, in English's order ("how many cochairs in total"), never a total of records.
  t = replaceIn(
    t,
    /(共同主持人|主持人|联合主席|市长|常任秘书)(一共|总共|共|累计)?(?:有)?(几|多少)位/g,
    (_m, role: string, total = '', n: string) => `${total}有${n}位${role}`,
  );
  // "吉宝项目有几个合作方", "QuikBot的备忘录有几个签署方": the partners of that one record (English's "how many partners
  // does the Keppel project have"), never how many records the partner is in.
  t = replaceIn(
    t,
    /^(.+?)\s*的?(项目|谅解备忘录|备忘录)(?:一共|总共)?(?:有|共有)(几|多少)(?:个|家|位)?(?:合作方|合作伙伴|伙伴|参与方|签署方)/,
    (_m, x: string, what: string) =>
      ` how many partners does the ${x.trim()} ${/备忘录/.test(what) ? 'mou' : 'project'} have `,
  );
  // "两所大学合作的项目": a record between two of a kind (English's "between two universities"), never any record
  // with one of them. (Never "哪两家公司合作的": which two, asked.)
  t = replaceIn(
    t,
    /(?<!哪)(?:由|是)?(两|二|三|2|3)\s*(?:所|家|个)\s*(大学|高校|公司|企业)(?:之间)?(?:合作|签署|签订|签|联合)(?:开展)?的?/g,
    (_m, n: string, kind: string) =>
      ` between ${/三|3/.test(n) ? 'three' : 'two'} ${/大学|高校/.test(kind) ? 'universities' : 'companies'} `,
  );
  // "哪个项目合作方最多": the record with the most partners, not the partner in the most records.
  t = replaceIn(
    t,
    /哪(?:一)?[个份项](?:联合)?(项目|专案|计划|谅解备忘录|备忘录)的?(?:合作方|合作伙伴|伙伴|签署方|参与方)最(多|少)/g,
    (_m, what: string, most: string) =>
      ` which ${/备忘录/.test(what) ? 'mou' : 'project'} has the ${most === '多' ? 'most' : 'fewest'} partners `,
  );
  // "上上次会议": the one before the last (never the latest); "哪次会议是第一次线下举行的": the first held so (English's
  // "which meeting was the first held in person"), never the 1st meeting.
  // "第二次会议有哪些人讲话": which people is who (never 哪些 and a 人 left unread; 人工智能, 人才, 人员 are words of their own).
  t = replaceIn(t, /有?哪些人(?![工才员民力口])/g, ' who ');
  // "14个项目都有中国合作方吗", "第四次会议的8份备忘录都…", "第二次会议的备忘录都有中国一方吗": records (a count of them or
  // not), then 都, are every one of them (English's "all 14 projects"), never a count of partners with 都 left unread.
  // (Two things before 都 — "第一次和第三次会议都…" — are both: read below.)
  t = replaceIn(
    t,
    /(?<![和与跟及].*)(?:(\d{1,3})\s*[个份项家所次])?\s*((?:新的?)?(?:联合项目|项目|谅解备忘录|备忘录|会议|合作方|合作伙伴|伙伴|公司|企业|大学))\s*(?:里|中|当中)?\s*都(?=\s*(?:有|是|在|由|签|参与|包括|涉及|来自|属于))/g,
    (_m, n: string | undefined, what: string) => ` all ${n ?? ''} ${what} `,
  );
  // "是谁致的开幕辞": 致 before the opening speech is giving it (never a character no table reads).
  t = replaceIn(t, /(?<!一)致(?:了)?的?(?=开幕)/g, ' gave ');
  t = replaceIn(t, /上上一?(?:次|届)/g, ' second to last ');
  t = replaceIn(
    t,
    /第一次\s*(?:以|在)?\s*(线下|面对面|实体|现场|线上|网上|视频|在线)(?:方式)?\s*(?:举行|召开|开)?的?/g,
    (_m, mode: string) => ` the first held ${/线下|面对面|实体|现场/.test(mode) ? 'in person' : 'online'} `,
  );
  // "倒数第二次会议": counted from the end, never the 2nd.
  t = replaceIn(t, /倒数第(二|2)(?:次|届)?/g, ' second to last ');
  // "不是在深圳开的", "在新加坡举行": 在 before a place is English's "in" (elsewhere 在 is glue).
  // (\b is a boundary of Latin words only: a Chinese city is followed by anything.)
  t = replaceIn(t, /在(?=\s*(?:(?:Shenzhen|Singapore|Qianhai|Chongqing|China)\b|重庆|北京|广州|线上|网上))/g, ' in ');
  // "不是新加坡的" = not from Singapore (a country after 不是 … 的 is where a partner is from).
  t = replaceIn(
    t,
    /不是\s*(?:来自)?\s*(Singapore|China|中国)\s*的/g,
    (_m, c: string) => ` not from ${c === '中国' ? 'China' : c} `,
  );
  // "前两次会议" = the first two meetings, "最后两次" = the last two (never the 2nd alone).
  t = replaceIn(
    t,
    /(前|最后|最近)([两二三四]|[2-4])次/g,
    (_m, where: string, n: string) =>
      ` the ${where === '前' ? 'first' : 'last'} ${N_WORDS[/\d/.test(n) ? Number(n) : n === '两' ? 2 : HAN_NUMERALS.indexOf(n)] ?? n} `,
  );
  // "第二次会议之后的那次会议", "第三次会议的上一次会议", "第二次会议之后的会议是哪次": the meeting next to the one
  // named, never the one named. "第二次会议之后发生了什么", "第一次会议以前签了什么" ask what came next (English's
  // "what happened after the 2nd meeting"), in English's order so its neighbour reading reads it; "之后还有会议吗" is
  // English's "was there a meeting after". (A count or a list after it, 之后签了多少/哪些, stays a range, read below.)
  const nth = (n: string) => ordinal(/\d/.test(n) ? Number(n) : HAN_NUMERALS.indexOf(n));
  t = replaceIn(
    t,
    MEETING_NEXT_TO,
    (_m, n: string, after?: string, _before?: string, next?: string) =>
      ` the meeting ${after || next === '下' ? 'after' : 'before'} the ${nth(n)} `,
  );
  t = replaceIn(
    t,
    HAPPENED_AROUND,
    (m: string, n: string) => ` what happened ${/之?后/.test(m) ? 'after' : 'before'} the ${nth(n)} meeting `,
  );
  // "第三次会议之后签了多少份备忘录", "第四次会议之前启动了哪些项目", "第二次会议之后开了哪些会": what was done on that
  // side of the meeting, the verb before it as English has it ("signed after the 3rd meeting"), so English's reading
  // of the meetings around it reads it — never the meeting's own records or its running total.
  t = replaceIn(
    t,
    DONE_AROUND,
    (_m, n: string, side: string, adv = '', verb: string) =>
      ` ${adv}${/开|举行|召开/.test(verb) ? ' meetings were held' : ` ${verb}了`} ${/后/.test(side) ? 'after' : 'before'} the ${nth(n)} meeting `,
  );
  t = replaceIn(t, MEETING_AFTER, (_m, n: string) => ` was there a meeting after the ${nth(n)} `);
  // "第5号项目", "5号项目": the record numbered so in its annex ("project number 5"), never the 5th meeting.
  t = replaceIn(
    t,
    /第?(\d{1,2})号的?(项目|专案|计划|谅解备忘录|备忘录)/g,
    (_m, n: string, what: string) => ` ${/备忘录/.test(what) ? 'mou' : 'project'} number ${n} `,
  );
  // "XNode第二批有几家公司": a batch of companies (XNode's, the zone's first). A batch of projects is left unread: the
  // sources number only the 4th meeting's 14 as a batch, and English reads "the second batch" as no count of its own.
  t = replaceIn(
    t,
    /(首|第([一二三四]))批(?=[^批]*(?:公司|企业|家))/g,
    (_m, _w, n?: string) => ` ${['', 'first', 'second', 'third', 'fourth'][n ? HAN_NUMERALS.indexOf(n) : 1]} batch `,
  );
  // "第四批项目有多少个": the 4th meeting's 14 projects, which HKCD-4 calls the fourth batch — the one batch of projects
  // a source numbers (English reads "the fourth batch" so).
  t = replaceIn(t, /第四批的?(?=项目|专案)/g, ' fourth batch ');
  // "深新智慧城市合作的谅解备忘录是在哪里签的": THE initiative's MOU, asked where, when or by whom it was signed, is the
  // founding MOU (one signing) — never "the SCI's MOUs", which were signed at many meetings (was not sure).
  t = replaceIn(
    t,
    /(?:深新|新深)?(?:智慧城市合作|智慧城市倡议|这个合作|这项合作|这个倡议)的?(?:谅解|合作)?备忘录(?=\s*(?:是|最早|最初|当初)?\s*(?:在|于|由)?\s*(?:哪里|哪儿|哪|何处|何地|哪个城市|哪座城市|什么时候|何时|哪天|哪一天|哪年|哪一年|谁)\s*(?:签|和|与))/g,
    ' founding mou ',
  );
  // "第四次会啥时候开的", "第三次会在哪开": 会 alone after an ordinal is the meeting, and 开 (held) what it did.
  if (/第\S{1,2}[次届](?:会|联委会|执委会|会议)/.test(t)) {
    t = t.replace(/([次届])会(?!议)/g, '$1会议');
    t = t.replace(/(?<![召举展公离])开(?=的|了|过|吗|嘛|呀|啊|呢|\s|$)/g, ' held ');
  }
  // "首次联合执委会会议", "首届会议", "首次线下": the first (首次 is 第一次).
  t = replaceIn(t, /首(?=[次届])/g, '第一');
  // "第三次联委会一共宣布了几个新项目", "2022年一共启动了几个项目": 一共 right before what that one meeting (or year) did is
  // its own count (English's "how many new projects did the 3rd JIC announce in total"), never the running total by then
  // (截至/到…为止 ask that: left).
  if (!/截至|截止|为止|累计|迄今|至今|到目前|以来|之前|以前|之后|以后/.test(t))
    t = t.replace(
      /(第\S{1,2}[次届](?:联合执委会|联委会|执委会)?(?:会议|会)?\s*(?:上|中)?\s*|(?<!到|至)20\d\d\s*年\s*(?:里|内|中|全年)?\s*)(?:一共|总共|共)(?=\s*(?:签|启动|宣布|推出|公布))/g,
      '$1',
    );
  // "第三次会议上小米签了什么": 上 after the meeting is "at" it, never the first character of the name after it.
  t = replaceIn(t, /会议上(?![海下])/g, '会议 ');
  t = replaceIn(t, ORDINAL, (_m, n: string) => ` ${ordinal(/\d/.test(n) ? Number(n) : HAN_NUMERALS.indexOf(n))} `);
  t = replaceIn(t, /创始(?:谅解)?备忘录/g, ' founding mou ');
  // "Med-Arb协议": a protocol the sources name in English (协议 is agreement and protocol both; 入园协议 stays agreements).
  t = replaceIn(t, /(?<=[A-Za-z]|仲裁)\s*协议/g, ' protocol ');
  // Before/after a year or a meeting, and between two, in English's order ("2021年以后" = "after 2021"): the
  // pipeline reads the range from the word before it, and a year left before "after" reads as that year's meeting.
  const the = (point: string) => (/^20/.test(point) ? '' : 'the ');
  // "第四次会议比第二次会议多签了几份备忘录": how many more (or fewer) one has than the other, in English's order —
  // never the two added up. "第一次和第二次会议的备忘录相差多少": the difference between them, as how many more.
  t = replaceIn(
    t,
    MORE_THAN,
    (
      _m,
      a: string,
      word: string,
      before: string | undefined,
      b: string,
      more: string,
      verb = '',
      measure = '',
      after?: string,
    ) =>
      // (No record word: "比第一次少签了几份" counts MOUs — 份 and signing are an MOU's, 启动/推出 a project's.)
      ` ${the(a)}${a} ${word} ${verb} how many ${more === '多' ? 'more' : 'fewer'} ${after ?? before ?? (measure === '份' || /签/.test(verb) ? 'mous' : /启动|推出/.test(verb) ? 'projects' : '')} than ${the(b)}${b} ${word} `,
  );
  t = replaceIn(
    t,
    TIME_BETWEEN,
    (_m, a: string, b: string, word: string) => ` between ${the(a)}${a} and ${b} ${word} `,
  );
  t = replaceIn(
    t,
    DIFFERENCE,
    (_m, a: string, b: string, word: string, rest: string) =>
      ` difference between ${the(a)}${a} and ${b} ${word} ${rest} how many more `,
  );
  // "第三次会议的项目比备忘录多几个", "备忘录比项目少几份": how many more (or fewer) one has than the other, in English's
  // order, never the two counts side by side with no difference said. (多多少 is read whole, below.)
  if (t.includes('比'))
    t = t.replace(/(?<=比[^，,。？?比]{1,20}?)(多|少)了?\s*(?:几|(?<!多)多少)/g, (_m, more: string) =>
      more === '多' ? ' how many more ' : ' how many fewer ',
    );
  t = replaceIn(
    t,
    BETWEEN_POINTS,
    (_m, a: string, b: string, word: string) => ` between ${the(a)}${a} and ${b} ${word} `,
  );
  // "2021年以来", "自2022年起", "从第二次会议开始": that point and after (English's "since").
  t = replaceIn(t, SINCE_POINT, (_m, a1?: string, w1?: string, a2?: string, w2?: string) => {
    const a = a1 ?? a2 ?? '';
    return ` since ${the(a)}${a} ${w1 ?? w2 ?? ''} `;
  });
  t = replaceIn(t, AFTER_POINT, (_m, a: string, word: string) => ` after ${the(a)}${a} ${word} `);
  t = replaceIn(t, BEFORE_POINT, (_m, a: string, word: string) => ` before ${the(a)}${a} ${word} `);
  // "OneSME是2021年上线的吗", "第二次会议是在2021年开的吗": the year a thing is said to be done IN (never the year's
  // meeting standing beside it as a second thing asked).
  // "第三次会议是11月26号开的吗", "2023年12月14日": a day in English's words ("on 26 november"), so a date claimed is checked
  // as English checks it, with or without its year.
  if (/月/.test(t))
    t = t.replace(
      /(?:是在|是|在|于)?\s*(?:(20\d\d)\s*年)?\s*(1[0-2]|0?[1-9])\s*月\s*([12]\d|3[01]|0?[1-9])\s*(?:日|号)/g,
      (_m, y: string | undefined, n: string, d: string) =>
        ` on ${Number(d)} ${monthName(Number(n), 'word')} ${y ?? ''} `,
    );
  t = replaceIn(t, /(?:是在|是|在)\s*(?=20\d\d年)/g, ' in ');
  // ("第四次会议是在12月开的吗": a month said to be when, too — "in december".)
  t = replaceIn(t, /(?:是在|是|在|于)\s*(?=(?:20\d\d年)?(?:1[0-2]|0?[1-9])月(?![\d日号份]))/g, ' in ');
  // "2021年9月", "10月" with no day: the month in English's words ("September 2021"), so a month claimed is checked as
  // English checks it (a day after it — "12月14日" — is a date, read whole).
  // ("2021年7月之前", "10月以后": before or after it, in English's order — "before july 2021" — never the month then a
  // "before" that reads nothing.)
  t = replaceIn(
    t,
    /(?:(20\d\d)年)?(1[0-2]|0?[1-9])月(?![\d日号份])\s*(之前|以前|前(?!海)|之后|以后|后|以来)?/g,
    (_m, y: string | undefined, n: string, side?: string) =>
      ` ${side ? `${/前/.test(side) ? 'before' : /以来/.test(side) ? 'since' : 'after'} ` : ''}${monthName(Number(n), 'word')} ${y ?? ''} `,
  );
  t = replaceIn(t, /(20\d\d)年/g, ' $1 ');
  // "在哪个城市举行": which city is where (before 哪个 is read as which).
  t = replaceIn(t, /在?哪(?:个|座|一个|一座|两个|两座|几个|几座)城市/g, ' where ');
  // "IMDA的负责人是谁", "QuikBot的营收是多少": an attribute of one thing, in English's order ("who is the head of IMDA"),
  // so the pipeline reads the attribute asked (the sources give none), never the thing's outcomes.
  t = replaceIn(
    t,
    /([^\s的]+(?: [^\s的]+){0,5}) ?的(负责人|领导人|领导|老板|老总|首席执行官|总裁|董事长|创始人|营收|营业额|收入|利润|员工人数|员工)是(谁|哪位|多少|几)/g,
    (m: string, x: string, role: string) =>
      // (A meeting's or the initiative's leaders are its co-chairs, which the sources do name: left as asked.)
      /会|委|jic|sci|\d(?:st|nd|rd|th)|合作|倡议/i.test(x)
        ? m
        : ATTRIBUTE_WORDS[role]?.startsWith('who')
          ? ` ${ATTRIBUTE_WORDS[role]} of ${x} `
          : ` what is the ${ATTRIBUTE_WORDS[role] ?? role} of ${x} `,
  );
  // "QuikBot的备忘录是哪次签的", "EE Music的备忘录是在哪次会议签的": at which meeting that one record came (English's "at
  // which meeting was the QuikBot MOU signed"), never the partner's profile.
  if (t.includes('哪'))
    t = t.replace(
      /^(?:请问)?\s*([^，,？?]{2,40}?)\s*的?(谅解备忘录|备忘录|项目)\s*(?:是|都是)?\s*(?:在)?\s*哪一?(?:次|届)(?:联合执委会|联委会|执委会)?(?:会议|会)?\s*(?:上|中)?\s*(签署|签订|签|启动|推出|宣布|公布)(?:的|了)?[?？。!！\s]*$/u,
      (_m, x: string, what: string, verb: string) =>
        // (A count before the record, "NCS的三份备忘录", says how many, not which: the record alone.)
        ` at which meeting was the ${x.replace(/\s*的?\s*(?:这|那)?\s*\d+\s*[份个项]$/, '')} ${/备忘录/.test(what) ? 'mou' : 'project'} ${/签/.test(verb) ? 'signed' : 'launched'} `,
    );
  // "是哪次会议签的": which one meeting (English reads "which meetings" as a list of them).
  t = replaceIn(t, /哪一?(?:次|届)(?:联合执委会|联委会|执委会)?(?:会议|会)上?/g, ' which meeting ');
  t = replaceIn(t, WHICH_N, ' which ');
  // "NCS和DataPost哪个先签的": two things and which came first — the 和 between them is English's "or".
  // "NCS是新加坡公司还是中国公司": an either/or about one thing, asked as English asks it ("is NCS … or …").
  // (Each kind offered is one thing's, in the singular as English asks it — "a Singapore company or a Chinese company" —
  // never "Singapore companies", a group of partners the thing is not.)
  if (/还是/.test(t) && !/谁|哪|什么|多少|几|何时|为什么|怎么/.test(t))
    t = `is ${t.replace(/是(?=[^是]*还是)/, ' ')}`.replace(
      /(?:一家|一所|一个)?\s*(Singapore|China|新加坡|中国)?\s*的?\s*(公司|企业|大学|高校)(?=\s*(?:还是|吗|嘛|呢|[?？。]|$))/g,
      (_m, c: string | undefined, kind: string) =>
        ` a ${c ? (/Singapore|新加坡/.test(c) ? 'Singapore ' : 'Chinese ') : ''}${/大学|高校/.test(kind) ? 'university' : 'company'} `,
    );
  // "NUS和SUSS都参与了项目吗": two things asked of both — the 和 between them is "and", 都 is "both".
  if (/(?:和|与|跟)[^都]*都/.test(t))
    t = t.replace(/(?<=\S)\s*(?:和|与|跟)\s*(?=\S[^都]*都)/, ' and ').replace(/都/g, ' both ');
  // "2020年和2023年哪年签的备忘录多": which of two has more is a comparison (哪年 is not "when").
  const moreOfTwo = /(?:和|与|跟).*哪(?:一)?(?:年|个|次|方|边)[^哪]*(?<!最)(?:多|少)/.test(t);
  if (moreOfTwo) t = t.replace(/哪(?:一)?年/, '哪个');
  // "最早和最近的会议": both ends asked (parts.ts twoEnds), never which of two came first.
  t = t.replace(/最早\s*(?:和|与|跟)\s*(?=最(?:近|晚|后|新))/, 'earliest and ');
  if (/先|更早|最早/.test(t) || moreOfTwo) t = t.replace(/(?<=\S)\s*(?:和|与|跟)\s*(?=\S)/, ' or ');
  // "Rajah & Tann是谁", "启动区是什么": a name alone asked who or what it is, in English's order ("who is X": its
  // profile, never only whom it joined; "what is the start-up area"). (Not "和吉宝签约的是谁": a verb asks who did it.)
  t = replaceIn(
    t,
    /^\s*([^签参合主和与跟的是谁]{2,40}?)\s*是(?:(谁|哪位|什么人)|什么(?:东西)?)[\s?？。!！]*$/u,
    // ("储能项目是什么": a record named by its topic stays as asked — English reads it as that record.)
    (m: string, x: string, who?: string) => (who ? ` who is ${x} ` : /(?:项目|备忘录)$/.test(x) ? m : ` what is ${x} `),
  );
  t = eachWord(t, words, (m) => (AND.has(m) ? ` ${AND_MARK} ` : ` ${WORDS[m] ?? ''} `));
  // "既不是新加坡的也不是中国的": neither … nor, as English says it (never two "not"s read as one country kept).
  t = replaceIn(t, /既\s*not\s+(.+?)\s*也\s*not\s+/u, ' neither $1 nor ');
  // Chinese no table reads stays as typed, apart from any Latin word it was written against ("TradeTrust电子提单").
  if (LATIN.test(t)) t = t.replace(/(?<=[a-z0-9])(?=\p{Script=Han})|(?<=\p{Script=Han})(?=[a-z0-9])/giu, ' ');
  // "腾讯和吉宝签过备忘录吗": beside a name no table knows, 和 is English's "and" (the pipeline then reads that name as
  // a party no source names, never dropping it for a 是 about Keppel alone); elsewhere it is glue.
  // (Without a 和 marked, the words stay as they are: only their spaces are made one, below.)
  if (t.includes(AND_MARK)) {
    const parts = t.split(/\s+/);
    t = parts
      .map((x, i) =>
        x !== AND_MARK ? x : UNREAD.test(parts[i - 1] ?? '') || UNREAD.test(parts[i + 1] ?? '') ? 'and' : '',
      )
      .join(' ');
  }
  t = t.replace(/\s+/g, ' ').trim();
  // "每次会议", "所有会议": every meeting, one by one, as English asks it ("did every meeting sign MOUs").
  t = replaceIn(t, /\b(every|no) meetings\b/g, '$1 meeting');
  // "第四次会议" is one meeting: "the 4th meeting", as English says it (never "4th meetings", which premise.ts does not
  // read as one meeting named: "为什么第四次会议搬到了新加坡" went unchecked).
  // (Two meetings stay two: "between the 3rd and 4th meetings".)
  t = replaceIn(t, /(?<!\b(?:and|or|to|,) (?:the )?)\b(\d{1,2}(?:st|nd|rd|th)) (jic )?meetings\b/g, '$1 $2meeting');
  // Chinese has no plural: "几位市长" counts mayors ("how many mayors"), never meetings.
  t = replaceIn(
    t,
    /\bhow many (mayor|minister|deputy prime minister|permanent secretary|chair|cochair)(?= |$)/g,
    (_m, role: string) => `how many ${role.replace(/y$/, 'ie')}s`,
  );
  // "华为有没有签署…" / "吉宝是否…": the yes/no word after its subject goes first, as English asks it.
  // ("南洋理工大学跟华为有没有…": two names, the one no table reads among them, stand before it as one subject.)
  t = replaceIn(t, /^((?:\S+ ){1,3}|(?:\S+ ){1,4}and (?:\S+ ){1,4})did (?!.* did )/, (_m, subject: string) =>
    ASKS_WORD.test(` ${subject}`) ? _m : `did ${subject}`,
  );
  // "启迪之星要在新加坡设立中心吗": what someone will do is asked as English asks it ("will …"), never "did" (has it
  // happened yet, which the sources don't say). (会 after 次/届 is a meeting: "第四次会在深圳开吗".)
  const will = WILL.test(folded);
  // ("备忘录数量每次都增加吗": a 数量 — "number of" — in a question ending in 吗 names what is asked about, no question word.)
  const endsInMa = YES_NO.test(folded);
  const out =
    yesNo && !(endsInMa ? ASKS_WORD : ASKS).test(` ${t} `) && !/^(?:did|is|are|was|were|does|do|has|have) /.test(t)
      ? `${will ? 'will' : 'did'} ${t}`
      : t;
  return confirmTag ? `${out} right` : out;
}

/** The records a topic is browsed in, by the word asked ("项目", "备忘录", or anything: both kinds). */
function recordsAsked(what: string | undefined, join: 'and' | 'or'): string {
  if (what === '项目') return 'projects';
  if (what && /备忘录/.test(what)) return 'mous';
  return `mous ${join} projects`;
}
