/**
 * 简体中文: the sentences /ask writes for zh-CN readers (src/answer/say-zh.ts). The zh-TW ones
 * (answer-zh-TW.ts) are GENERATED from this file by tests/i18n/write-zh-tw.ts (OpenCC and Taiwan's
 * words): edit this file, then run `npx tsx tests/i18n/write-zh-tw.ts`. Functions take what the
 * sentence needs; none reads data.
 */
export const answerZhCN = {
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
  // What came between two meetings: the running totals' difference where both are reported, else the counts given.
  betweenTotals: (span: string, n: number, unit: string, x: number, y: number, per: string) =>
    `${span}，新增了 ${n} ${unit}：报道的累计数字从 ${x} 增至 ${y}${per ? `（${per}）` : ''}。`,
  betweenSum: (span: string, n: number, unit: string, verb: string, from: string, per: string, noTotal: string) =>
    `${span}，${from}之后${verb}了 ${n} ${unit}：${per}；来源没有报道${noTotal}的累计数字可供核对。`,
  // "为什么…": the sources seldom give reasons; an aim they state is said as theirs, else that they don't say why.
  // "为什么第二次会议在新加坡举行": a premise the sources contradict is corrected first.
  notWhatSourcesSay: (said: string) => `来源并不是这么说的：${said}`,
  whyNeverHappened: (inner: string) => `来源没有报道这类事，因此也没有给出原因。来源所述：${inner}`,
  whyAim: (said: string) => `来源没有直接说明原因，只给出了所述的目标——${said}`,
  whyNone: (said: string) => `来源没有说明原因。来源所述：${said}`,
  betweenUnknown: (per: string) => `来源没有给出所需的每个数字：${per}。`,
  betweenSpan: (a: string, b: string) => `从${a}到${b}`,
  perMeeting: (n: number | null, m: string, measure: string) =>
    n === null ? `${m}来源未给出数字` : `${m} ${n} ${measure}`,
  both: (p: number, m: number, at: string) => `据报道，截至${at}，共有 ${p} 个项目和 ${m} 份谅解备忘录。`,
  atMous: (n: number, at: string, tail: string) => `${at}签署了 ${n} 份谅解备忘录；${tail}。`,
  atProjects: (n: number, at: string, tail: string) => `${at}启动了 ${n} 个新项目；${tail}。`,
  atBoth: (at: string, m: string, p: string) => `${at}${m}，${p}。`,
  mousPart: (n: number | null) => (n === null ? '来源未载明签署了多少份谅解备忘录' : `签署了 ${n} 份谅解备忘录`),
  projectsPart: (n: number | null) => (n === null ? '来源未载明启动了多少个项目' : `启动了 ${n} 个新项目`),
  unknownAt: (what: string, at: string, onFile: number, unit: string) =>
    `来源未载明${at}的${what}数量；${onFile ? `资料中收录了 ${onFile} ${unit}` : `资料中没有收录其中任何一个`}。`,
  meetings: (n: number, list: string) => `已举行 ${n} 次联合执委会会议：${list}。来源中没有更晚的会议。`,
  meetingsOf: (n: number, all: number, list: string) =>
    `来源中的 ${all} 次联合执委会会议中，符合的有 ${n} 次：${list}。`,
  orgMous: (who: string, n: number, names: string) =>
    `资料中 ${who} 签署了 ${n} 份谅解备忘录${names ? `：${names}` : ''}。`,
  orgProjects: (who: string, n: number) => `资料中 ${who} 参与了 ${n} 个项目。`,
  onFileScope: (n: number, unit: string, scope: string) => `资料中${scope}有 ${n} ${unit}${n ? '：' : '。'}`,
  partnersOf: (n: number, label: string, names: string) => `资料中有 ${n} ${label}参与：${names}。`,
  // (The focus areas are the English sources' words, shown as theirs.)
  zoneFocusYes: (area: string, at: string, areas: string) =>
    `是：${area} 是示范区新项目的四个重点领域之一（${at}宣布）：${areas}。`,
  zoneFocusNo: (at: string, areas: string, asked: string) =>
    `否：来源给出的示范区新项目重点领域有四个（${at}）：${areas}；其中没有“${asked}”。`,
  zoneProgress: (at: string, text: string) =>
    `是，据中文媒体报道：${at}上，示范园区项目被列为前几批项目中进展明显的项目之一（来源原文：${text}）。`,
  zoneProjects: (n: number, at: string, focus: string) =>
    `${at}宣布在示范区设立 ${n} 个新项目${focus ? `，重点领域为（来源原文）：${focus}` : ''}；来源未列出它们的名称。`,
  zoneCompanies: (n: number, at: string) =>
    `${at}有 ${n} 家公司签署谅解备忘录，成为首批进驻示范区的企业；来源未列出它们的名称。`,
  /** The start-up area asked what it is: the sources say no more than that it was unveiled. */
  startUpNoMore: '来源没有更多说明（没有给出其面积或在示范区中的位置）。',
  // Where a meeting was held: a mode (online, by video) in Chinese words; a place name as the sources
  // write it (English), marked as theirs — its Chinese name (深圳, 重庆) is in no SCI source (more-facts.md).
  // The part of the day a record gives ("on the morning of"), after the date; no source gives an hour.
  partOfDay: { morning: '上午', afternoon: '下午', evening: '晚上' },
  noHour: '来源没有给出具体钟点。',
  held: (m: string, date: string, where: string, note = '') => `${m}于${date}${where}${note}。`,
  // Beside a meeting's date, as English gives it: the sources' note on it (the 1st's 17 vs 18 June, in its source's
  // English), else the day its outcomes were announced.
  dateNote: (note: string) => `（来源注，英文原文：${note}）`,
  dateAnnounced: (date: string) => `（${date}公布）`,
  foundingSigned: (date: string, place: string) => `创始谅解备忘录于${date}签署，地点（来源原文）：${place}。`,
  place: (m: string, date: string, where: string, note = '') => `${m}（${date}）${where}${note}。`,
  // Meetings picked by how or where they were held, more than one: how many, before each one's place.
  meetingsHeldBy: (n: number) => `共 ${n} 次联合执委会会议：`,
  heldInCity: (place: string) => `在${place}举行`,
  heldIn: (place: string) => `在 ${place} 举行（地名为来源原文）`,
  modes: {
    'Held virtually': '以线上方式举行',
    'By video conference': '以视频会议方式举行',
    'By video link': '以视频连线方式举行',
  } as Readonly<Record<string, string>>,
  chaired: (m: string, date: string, people: string) => `${m}（${date}）由 ${people} 共同主持。`,
  signedBy: (m: string, date: string, people: string) => `${m}（${date}）由 ${people} 签署。`,
  differ: (m: string, date: string, readings: string) => `关于${m}（${date}）由谁共同主持，来源说法不一：${readings}。`,
  came: (name: string, m: string, date: string) => `${name} 出自${m}（${date}）。`,
  signedWith: (who: string, other: string, m: string) => `${who} 与 ${other} 签署了谅解备忘录（${m}）。`,
  joinedWith: (who: string, other: string, m: string) => `${who} 与 ${other} 合作开展了一个项目（${m}）。`,
  joinedAlone: (who: string, m: string) => `${who} 开展了一个项目，来源未列出其他合作方（${m}）。`,
  parties: (names: string, record: string) => `${record} 的签署方或参与方：${names}。`,
  /** After the first names of a long list in a sentence: how many more (the rest are in the menu under it). */
  moreNames: (n: number) => `等，另有 ${n} 个`,
  more: (n: number) => `……另有 ${n} 项`,
  // Each of several checked ("NUS和SUSS都参与了项目吗"): the answer for all of them first.
  eachLead: (yes: number, n: number) =>
    yes === n
      ? `是，${n === 2 ? '两者' : '全部'}都如此：`
      : yes === 0
        ? `${n === 2 ? '两者' : '全部'}都不如此（按资料中的记录）：`
        : `并非${n === 2 ? '两者' : '全部'}都如此（按资料中的记录）：`,
  seeAll: (meeting: number) => `（全部见 \`/meeting number:${meeting}\`）`,
  noProjectCount: '来源未给出项目数量',
  aboutMeeting: (m: string, date: string, figs: string) => `${m}（${date}）${figs}。`,
  pillars: (n: number, names: string) => `智慧城市合作有 ${n} 个支柱（来源原文）：${names}。`,
  onlySomeNamed: '只列出了部分名称',
  noOnlySomeNamed: '否，只列出了部分名称',
  noCountsToCompare: '来源没有给出可供比较的数字。',
  yes: '是',
  no: '否',
  differs: '来源说法不一',
  // A person's or role's part at one meeting (roster.ts): the verdict, then the meeting's people part by part.
  rosterDid: {
    cochair: '联合主持了会议',
    session: '主持了会议',
    spoke: '致开幕辞',
    attended: '出席了会议',
  } as Readonly<Record<string, string>>,
  rosterAsk: {
    cochair: '联合主持',
    chair: '主持',
    session: '主持',
    spoke: '致辞于',
    attended: '出席',
  } as Readonly<Record<string, string>>,
  rosterTitle: {
    '': '官员',
    mayor: '市长',
    'permanent secretary': '常任秘书',
    'deputy prime minister': '副总理',
    'prime minister': '总理',
    minister: '部长',
    secretary: '秘书',
    president: '主席',
    governor: '省长',
    chairman: '主席',
  } as Readonly<Record<string, string>>,
  rosterSide: { China: '中方', Singapore: '新方' } as Readonly<Record<string, string>>,
  rosterYes: (at: string, each: string) => `是：在${at}上，${each}。`,
  rosterNo: (who: string, ask: string, at: string, role: boolean) =>
    role ? `否：没有${who}${ask}${at}。` : `否：${who}没有${ask}${at}。`,
  rosterUnsaid: (who: string, ask: string, at: string) => `来源没有提到${who}${ask}${at}。`,
  rosterAll: (at: string, parts: string) => `来源所载的${at}：${parts}。`,
  rosterElsewhere: (each: string) => `来源在别处提到：${each}。`,
  /** People the sources describe without naming, by the data's description. */
  unnamedPerson: { 'a representative from the Chinese government': '一位中国政府代表' } as Readonly<
    Record<string, string>
  >,
  signedWhat: (name: string, n: number, each: string) => `资料中 ${name} 签署了 ${n} 份谅解备忘录：${each}。`,
  alsoJoinedWhat: (n: number, each: string) => `它还参与了 ${n} 个项目：${each}。`,
  namedText: (text: string) => `来源原文：“${text}”`,
  timesOver: (n: number) => `——共 ${n} 次。`,
  recordsLead: (n: number, unit: string, shared: string) => `这 ${n} ${unit}${shared ? `${shared}` : ''}。`,
  allAt: (at: string) => `都出自${at}`,
  allIn: (group: string) => `都属于${group}组`,
  firstGroupName: '附件A的第一组（来源中该组没有标题）',
  twinProject: '（同一批合作方也有一个联合项目。）',
  twinMou: '（同一批合作方也签署了一份谅解备忘录。）',
  // A negated fact asked to be confirmed ("…不是在深圳开的，对吗"): wrong (the fact holds) or right (it doesn't).
  // A statement asked whether it is false ("…是错的吗"): it holds, or it doesn't.
  falseAskedTrue: '不，这是对的：',
  falseAskedFalse: '是的，这是错的：',
  // A negation asked ("一份都没有…吗"): the verdict said of it as asked.
  negatedYes: '不，并非如此：',
  negatedNo: '是的，没错：',
  negatedWrong: '不对',
  negatedRight: '对',
  didWord: '有',
  didNotWord: '没有',
  lead: (word: string, rest: string) => `${word}：${rest}`,
  compareSame: (a: string, b: string, what: string) => `相同：${a}和${b}各 ${what}。`,
  /** The two equal, after a word that already answers ("并没有更多"): no second "相同" lead. */
  bothEach: (a: string, b: string, what: string) => `${a}和${b}各 ${what}，数量相同。`,
  compareMore: (winner: string, a: string, b: string) => `${winner}更多：${a}，${b}。`,
  compareUnknown: (known: string, unknown: string) => `来源没有给出两边的数字：${known}；${unknown}来源未载明。`,
  compareNeither: (a: string, b: string) => `来源没有给出${a}和${b}的数字，无从比较。`,
  side: (label: string, n: string) => `${label} ${n}`,
  most: (who: string, n: string, each: boolean, unknown: string) =>
    `${who}最多：${n}${each ? '（并列）' : ''}${unknown}。`,
  fewest: (who: string, n: string, each: boolean, unknown: string) =>
    `${who}最少：${n}${each ? '（并列）' : ''}${unknown}。`,
  rankUnknown: (names: string) => `（来源未给出${names}的数字）`,
  every: (most: boolean, byYear: boolean, what: string, rows: string, unknown: string) =>
    `按${byYear ? '年份' : '联合执委会会议'}列出的${what}数量（${most ? '从多到少' : '从少到多'}）：${rows}${unknown ? `；来源没有给出${unknown}的数字` : ''}。`,
  fewestUnknown: (unknown: string, what: string, winners: string, n: string) =>
    `来源没有给出${unknown}的${what}数量，因此无法判断哪次最少；在有数字的当中，${winners}最少：${n}。`,
  mostParties: (
    all: number,
    unit: string,
    reported: number | undefined,
    winners: string,
    n: number,
    most: boolean,
    silent: number,
  ) =>
    `资料中收录的 ${all} ${unit}${reported !== undefined ? `（来源共报道 ${reported} ${unit}）` : ''}中，${winners ? `${winners} 列出的合作方${most ? '最多' : '最少'}：${n} 个` : `每一项都列出 ${n} 个合作方，没有哪一项更${most ? '多' : '少'}`}${silent ? `；来源没有列出其中 ${silent} 项的合作方` : ''}。`,
  countryMost: (winners: string, n: string, others: string, most: boolean, tie: boolean) =>
    `资料中${winners}${tie ? '并列' : ''}${most ? '最多' : '最少'}：${tie ? '各 ' : ''}${n}${others ? `；${others}` : ''}。`,
  notAt: (asked: string, name: string, where: string) =>
    `关于${asked}的来源没有提到 ${name}${where ? `；来源在${where}提到它` : ''}。`,
  missing: (about: string, what: string) => `来源未载明${about ? `（${about}）` : ''}：没有提供${what}。`,
  /** What the sources do say of a plan whose date they never give: the records on file and their meeting. */
  missingSaid: (each: string) => `来源的记载：${each}。`,
  recordsAt: (at: string, mous: string, projects: string) =>
    `${at}${[mous ? `签署了谅解备忘录 ${mous}` : '', projects ? `公布了项目 ${projects}` : ''].filter(Boolean).join('，')}`,
  thatInfo: '这方面的信息',
  missingWhat: {
    forecasts: '预测（来源只报道已发生的事和各方的意向）',
    'time of day': '具体时间',
    'when it comes about': '日期（来源只报道目标和计划，没有说何时实现）',
    'its leaders or founders': '负责人或创办人',
    'who runs it': '由谁负责',
    'its size': '规模',
    'money or value': '金额或价值',
    'staff or jobs': '员工或岗位',
    'its address or contact': '地址或联系方式',
    'how long it runs': '期限',
    attendance: '出席人数',
    'how many people it serves': '服务人数（如学生或会员）',
    'where it is based': '所在地',
    'measure of success or importance': '衡量成效或重要性的标准',
    'size or value of any record': '任何记录的规模或金额',
    outside: '这方面的信息（不在智慧城市合作的资料范围内）',
  } as Readonly<Record<string, string>>,
  unsureNear: '我不确定您在问什么。以下是来源中最接近的记录：',
  unsureFollowUp: (near: boolean) =>
    `我不确定您在问什么：每个问题我都单独理解，无法判断这个问题接着哪一个。请把问题完整地问一遍${near ? '。来源中最接近的记录：' : '。'}`,
  unsureSelf: (sci: string) => `我不确定您在问什么：我只根据已发表的来源回答关于${sci}的问题。`,
  refKind: { meeting: '会议', mou: '谅解备忘录', project: '项目', organisation: '合作方' } as Readonly<
    Record<string, string>
  >,
  unsureNone:
    '我不确定您在问什么，来源中也没有与之相符的内容。我回答有关智慧城市合作的谅解备忘录、联合项目、合作方和联合执委会会议的问题。',
  hint: (commands: string) => `可能有帮助的命令：${commands}`,
  hintHelp: '试试 `/help` 查看命令。',
  org: (name: string, kind: string, country: string, mous: number, projects: number) =>
    `${name}（${kind}${country ? `，${country}` : ''}）：资料显示签署了 ${mous} 份谅解备忘录，参与了 ${projects} 个项目。`,
  countryInferred: (c: string) => `${c}，推断`,
  partnersFrom: (n: number, country: string, label: string, names: string, inferred: number) =>
    `资料中有 ${n} ${label}来自${country}${inferred ? `（其中 ${inferred} 个的国家是我们的推断，来源未载明）` : ''}：${names}。`,
  kindIs: (word: string, name: string, kind: string, country: string) => `${word}：${name}是${kind}${country}。`,
  notOneCity: '否，并非在某一个城市举行',
  kindCountry: (c: string) => `，来自${c}`,
  kindCountryInferred: (c: string) => `，来自${c}（推断，来源未载明国家）`,
  kindCountryUnknown: '；来源未载明其国家',
  notStated: '来源未载明',
  notInGroups: (groups: string) => `不属于${groups}`,
  inGroup: (heading: string, rendering?: string) => `附件A的「${heading}」${rendering ? `（${rendering}）` : ''}组中`,
  names: (name: string, shown: string) => `来源中${name}的中文名称：${shown}。`,
  noNames: (name: string) => `来源没有给出${name}的中文名称。`,
  quote: (by: string, at: string, text: string) => `${by}在${at}之际说（英文原文）：“${text}”`,
  reported: (by: string, source: string, at: string, text: string) =>
    `据${source}报道（${at}；转述，非原话），${by}表示：${text}。`,
  rewording: (source: string) => `（${source}刊登的是改写后的版本，并非原话。）`,
  noQuote: (who: string) => `来源中没有${who}的引语。`,
  // (The sources print people's names in English: a Chinese name — 王瑞杰 — may be one of theirs, so no "has no quote".)
  namedNoQuote:
    '来源中没有出现您所问的这个人名，按这个名字查不到其引语（来源中的人名多以英文书写；如果是中文名，请改用英文名再问）。',
  anyone: '任何人',
  // Partners by what the question narrowed them to (a meeting, the place their names state, an Annex A group, MOUs or projects).
  atMeetings: (meetings: string) => `在${meetings}`,
  aboutTopics: (topics: string) => `关于「${topics}」的`,
  fromCountry: (country: string) => `来自${country}的`,
  namedPlace: (places: string | readonly string[]) =>
    `名称中含有${[places]
      .flat()
      .map((p) => `“${p}”`)
      .join('或')}的`,
  /** Partners sharing an MOU or project with a party of another kind ('that share an MOU or project with a university'). */
  withCounterpart: (who: string) => `与${who}同在一份谅解备忘录或项目中的`,
  // "深圳有几家公司": the sources give no partner's city, so the count is by the place a name states, and says so.
  // (A kind asked that covers several of the data's kinds: those kinds, as the breakdown by kind says them.)
  kindsOnFile: (parts: string) => `其中按资料中的种类：${parts}。`,
  byNameOnly: '来源没有给出各合作方所在的城市，以上按名称计。',
  viaMous: '签署谅解备忘录的',
  viaProjects: '参与项目的',
  partnersScoped: (n: number, scope: string, label: string, names: string, inferred: number) =>
    `资料中${scope}共有 ${n} ${label}${inferred ? `（其中 ${inferred} 个的国家是我们的推断，来源未载明）` : ''}：${names}。`,
  noPartners: (scope: string, noun: string) => `资料中没有${scope}${noun}。`,
  // A kind of organisation no table knows ("hospitals", "business schools"): those whose kind or name says it, or none.
  freeKind: (n: number, kind: string, names: string) => `资料中有 ${n} 个种类或名称为“${kind}”的合作方：${names}。`,
  // (None of that kind on file: where the outcomes speak of it, their words as the sources wrote them.)
  freeKindSpoken: (kind: string, meetings: string, text: string) => `来源在${meetings}的成果中提到${kind}：${text}`,
  freeKindNone: (kind: string, kinds: string) =>
    `资料中没有种类或名称为“${kind}”的合作方（资料中的合作方是${kinds}等）。`,
  // Partners from neither side: none on file; how many of all are from one or the other; whose country is unclear.
  noneElsewhere: (noun: string, both: string, either: string, all: number, fromEither: number, unclear: string) =>
    `资料中没有来自${both}以外的${noun}：共 ${all} 个，其中 ${fromEither} 个来自${either}${unclear ? `，来源未说明 ${unclear} 的国家` : ''}。`,
  // A pillar's MOUs: the sources file none under a pillar, only the 4th meeting's under Annex A's groups.
  pillarGroups: (pillar: string, groups: string) =>
    `来源没有说明哪些谅解备忘录属于「${pillar}」支柱：来源只按附件A的分组列出第四次会议的谅解备忘录——${groups}。`,
  byGroupNotPillar: '来源不按支柱整理谅解备忘录；按附件A的分组（第四次会议的谅解备忘录）：',
  groupCount: (group: string, n: number) => `${group} ${n} 份`,
  // Annex A's groups themselves ("附件A有几组？"): how many, each with its MOUs.
  annexGroups: (n: number, groups: string) => `附件A（第四次会议的谅解备忘录）分为 ${n} 组：${groups}。`,
  zonePlace: (zone: string, place: string) => `${zone}位于 ${place}（地名为来源原文）。`,
  // Who chairs the JIC: each co-chair with the meetings, by side; a meeting whose sources differ says so.
  chairsHead: '来源列出的联合执委会共同主席：',
  noHead: '来源没有提到智慧城市合作本身的负责人；其联合执委会的共同主席：',
  chairSide: { Singapore: '新加坡方面', China: '深圳方面' } as Readonly<Record<string, string>>,
  chairAt: (who: string, meetings: string, note: string) => `${who}（${meetings}${note ? `；${note}` : ''}）`,
  chairDiffer: (meeting: string, named: string, others: string) => `${meeting}：${named}列出其名，${others}`,
  chairOther: (reading: string, names: string) => `${reading}列出的是 ${names}`,
  reading: { 'press release': '新闻稿', 'news reports': '新闻报道' } as Readonly<Record<string, string>>,
  // A name only the sources' text holds.
  mentioned: (name: string, passages: string) => `资料中没有关于 ${name} 的记录；来源只是顺带提到：${passages}`,
  mentionedNoQuote: (name: string, passages: string) => `来源中没有 ${name} 的引语；来源只是顺带提到：${passages}`,
  // What came after a meeting or from a year ("第二次会议以来有什么新进展"): in order, and where the sources end.
  sinceLead: (from: string) => `自${from}以来，来源按时间顺序报道：`,
  sinceYear: (year: string) => `${year}年初`,
  sinceMeeting: (meeting: string, date: string, mous: number | null, projects: number | null) =>
    `${meeting}（${date}）${mous !== null ? `签署了 ${mous} 份谅解备忘录` : '来源未给出谅解备忘录数量'}，${projects !== null ? `启动了 ${projects} 个新项目` : '来源未给出项目数量'}`,
  sinceEnd: (date: string) => `来源中没有更晚的内容：最晚的是${date}。`,
  sinceNothing: (from: string) => `自${from}以来，来源没有报道其他内容。`,
  passage: (when: string, text: string) => `${when}：${text}`,
  // None of a partner's records of the kind asked on file: never "no", since the sources report more than they name.
  noneOnFile: (n: number, unit: string, name: string, reported: number | undefined, at: string) =>
    `资料中${at}的 ${n} ${unit}都没有提到 ${name}${reported !== undefined && !at ? `（来源共报道 ${reported} ${unit}，但只列出这些的名称）` : ''}`,
  noneNamedAt: (noun: string, at: string, name: string) =>
    `来源没有列出${at}的任何${noun}，因此资料中没有提到 ${name} 的`,
  alsoSigned: (n: number, names: string) => `；它签署了 ${n} 份谅解备忘录：${names}`,
  alsoJoined: (n: number, names: string) => `；它参与了 ${n} 个项目：${names}`,
  // Session 4: every reply kind of the English pipeline, in Chinese.
  noMeeting: (which: string, latest: string, date: string) =>
    `来源未载明：来源中没有${which}。最近的一次是${latest}，于${date}举行。`,
  laterMeeting: '更晚的联合执委会会议',
  sourcesLead: (n: number) =>
    `每个回答都出自 ${n} 份公开发表的资料，每项事实都注明陈述它的那一份（\`/about\` 列出它们及链接）。其中：`,
  // The figure a source's text states, in its words (English record text stays as written).
  asAt: (date: string) => `截至${date}`,
  figure: (span: string, asAt: string) => `来源给出的数字：${span}${asAt ? `（${asAt}）` : ''}（来源原文）。`,
  launchUndated: '来源没有说明它何时启动；来源报道的是：',
  noneOnDay: (day: string, year: string, those: string) =>
    `来源没有报道${day}有任何联合执委会会议或其他事件；${those ? `来源报道的${year}年的是：${those}` : `来源没有报道${year}年的任何事`}。`,
  dated: (words: string) => `来源给出的日期：${words}（来源原文）。`,
  helpUnread: '我不确定您在问什么：其中没有我能读懂的字词。',
  helpLead: (name: string) => `请用自己的话提问有关${name}的问题：使用 \`/ask question:\` 或提及我。例如：`,
  helpExamples: [
    '到目前为止签署了多少份谅解备忘录？',
    '第三次会议启动了多少个项目？',
    '谁和 Keppel 签署了谅解备忘录？',
    '有哪些中国大学参与？',
    '哪次会议启动的项目最多？',
    '第四次会议在哪里举行？',
    '第四次会议由谁共同主持？',
    '什么是亚洲中小企业枢纽？',
  ] as readonly string[],
  status: (latest: string) => `来源未载明智慧城市合作现在是否仍在进行。来源记录的最新情况：${latest}`,
  statusEvent: (date: string, text: string) => `${date}：${text}`,
  statusMeeting: (m: string, date: string) => `来源中最近的联合执委会会议是${m}（${date}），此后没有更晚的会议。`,
  launched: (year: string, founding: string) => `智慧城市合作于 ${year} 年启动${founding}。`,
  launchedFounding: (date: string, place: string) => `；其创始谅解备忘录于${date}签署（地点：${place}）`,
  initiative: (name: string, year: string, founding: string, n: number, pillars: string, text: string) =>
    `${name}于 ${year} 年启动${founding ? `，创始谅解备忘录于${founding}签署` : ''}；它有 ${n} 个支柱（来源原文）：${pillars}。来源的描述（英文原文）：“${text}”`,
  committee: (exp: string, n: number, last: string) =>
    `JIC 是智慧城市合作的${exp ? ` ${exp}（` : ''}联合执委会${exp ? '）' : ''}；已开会 ${n} 次，最近一次在${last}。`,
  announced: (m: string, released: string, held: string) =>
    `宣布${m}的新闻稿日期为${released}；会议本身于${held}举行。`,
  announcedBy: (m: string, by: string, released: string, title: string) =>
    `${m}的成果由${by}以新闻稿宣布${released ? `，新闻稿日期为${released}` : ''}${title ? `（“${title}”）` : ''}。`,
  releaseDated: (by: string, m: string, released: string, held: string, sameDay: boolean) =>
    `${by}关于${m}的新闻稿日期为${released}${sameDay ? '，即会议当天' : `；会议本身于${held}举行`}。`,
  noAnnounced: (m: string, held: string) => `来源没有给出${m}单独的公布日期；会议于${held}举行。`,
  title: (title: string) => `该谅解备忘录的标题：${title}`,
  noTitle: (name: string) => `来源没有给出 ${name} 的标题。`,
  inGroupOf: (name: string, group: string, rendering?: string) =>
    `${name} 属于附件A的「${group}」${rendering ? `（${rendering}）` : ''}组。`,
  firstGroup: (name: string) => `${name} 属于附件A的第一组；来源中该组没有标题。`,
  noGroup: (name: string) => `${name} 不在附件A中（附件A只列出第四次会议的谅解备忘录）；来源没有给它分组。`,
  namedAt: (m: string) => `${m}上提到的成果：`,
  // A partner with no record on file, only outcomes that name it (SIMC): those outcomes, each with its meeting.
  outcomesNaming: (name: string, each: string) =>
    `资料中没有收录 ${name} 的谅解备忘录或项目；来源提到它的成果：${each}。`,
  // The source's own word for the tier (旗舰, 重点), as published.
  tierYes: (name: string) => `是：${name} 是其中之一。`,
  tierNo: (name: string, is: string, asked: string) => `否：来源将 ${name} 列为${is}，而不是${asked}。`,
  tier: (n: number, total: string, m: string, zh: string, spans: string, rendered: boolean) =>
    `${m}启动的${total}个项目中，有 ${n} 个是${zh}项目${spans ? `，涵盖${rendered ? '（英文为我们对中文来源的转述）' : ''} ${spans}` : ''}。`,
  tierNamed: (named: number, unnamed: number) =>
    named
      ? `其中 ${named} 个按名称收录在资料中${unnamed > 0 ? `；另外 ${unnamed} 个来源没有列出名称` : ''}：`
      : '来源没有列出其中任何一个的名称。',
  tierNone: (ms: string, tier: string) => `来源没有把${ms}的项目分为${tier}。`,
  tierWord: { flagship: '旗舰项目', key: '重点项目' } as Readonly<Record<string, string>>,
  /** Both tiers compared at a meeting: its new projects, each tier's count, and whether they are as many. */
  tiersCompared: (at: string, n: number | null, parts: string, same: boolean) =>
    `${at}启动的${n !== null ? ` ${n} 个` : ''}新项目中，${parts}${same ? '，两类数量相同' : ''}`,
  anyMeeting: '任何会议',
  // A role as the sources word it (English), quoted as theirs: a title is no name to translate.
  // A role as the data words it: the English of an English source is its text; of a Chinese source, our rendering.
  role: (name: string, past: boolean, role: string, rendered: boolean) =>
    `${name}${past ? '当时的' : '的'}职务（${rendered ? '英文为我们对中文来源的转述' : '来源原文'}）：${role}`,
  /** A post held by several people one after another (holders.ts): the latest first, or all in order. */
  holdersNow: (post: string, latest: string, before: string) =>
    `来源提到的最近一任${post}是 ${latest}（来源没有说明现在是否仍然如此）；在此之前担任该职务的是 ${before}：`,
  holdersPast: (post: string, n: number, names: string) => `来源先后提到 ${n} 位${post}：${names}：`,
  /** Between holders named in order: "A，然后是 B". */
  holdersThen: '，然后是 ',
  /** Whose a named outcome is, as its text names the owner (owner.ts): the verdict, the owner, the source's words. */
  ownerSaid: (yes: boolean, owner: string, said: string, outcome: string) =>
    `${yes ? '是' : '否'}：${owner ? `它是 ${owner} 的——` : ''}来源原文为“${said}”；${outcome}`,
  holdersAround: (post: string, one: string, them: string, before: boolean) =>
    `在 ${one} ${before ? '之前' : '之后'}，来源提到的${post}是 ${them}：`,
  holdersNoneAround: (post: string, one: string, before: boolean) =>
    `来源没有提到 ${one} ${before ? '之前' : '之后'}的${post}：${one} 是来源提到的${before ? '最早' : '最近'}一任。`,
  holderNamed: (date: string, by: string) => `${date}的报道（${by}）仍以此职务称之`,
  noRole: (name: string) => `来源提到了 ${name}，但没有给出其职务。`,
  signedFounding: '签署了创始谅解备忘录',
  coChaired: (ms: string) => `共同主持了${ms}`,
  chairNote: (news: boolean): string =>
    news
      ? '（新闻报道列出其名；新闻稿列出的是一位中国政府代表）'
      : '（新闻稿列出其名；新闻报道列出的是另一位共同主席）',
  meetingsHeld: (n: number, list: string) => `来源中有 ${n} 次联合执委会会议：${list}。`,
  heldAt: (m: string, where: string) => `${m}${where}`,
  noneHeldIn: (place: string, each: string) => `来源中没有在 ${place} 举行的联合执委会会议：${each}。`,
  withCount: (ms: string, verb: string, n: string, each: boolean) => `${ms}${each ? '各' : ''}${verb}了 ${n}。`,
  noneWithCount: (verb: string, n: string) => `来源中没有${verb}了 ${n}的联合执委会会议。`,
  signedVerb: '签署',
  launchedVerb: '启动',
  together: (n: string, ms: string, verb: string, each: string, unknown: boolean) =>
    `${ms}合计${verb}了 ${n}（${each}）${unknown ? '；来源没有给出其他会议的数字' : ''}。`,
  // Every meeting's outcomes, none asked: how many each named, and how to see one meeting's.
  outcomesAt: (m: string, n: number) => `${m}${n} 项`,
  outcomesByMeeting: (each: string, example: string) =>
    `来源按会议列出成果：${each}。可询问某一次会议（例如“${example}有哪些成果？”）查看其成果。`,
  /** Every meeting before one with no count of its own: that one's running total less its own count. */
  togetherFromTotals: (ms: string, verb: string, n: string, next: string, total: number, own: number) =>
    `按来源的累计数推算，${ms}合计${verb}了 ${n}：截至${next}累计 ${total}，减去该次会议${verb}的 ${own}；来源没有给出各次会议的数字。`,
  togetherNone: (ms: string, verb: string, what: string) => `来源没有给出${ms}${verb}的${what}数量。`,
  togetherAgainst: (total: string, m: string, gap = false) =>
    `；据报道，截至${m}共 ${total}${gap ? '' : '（来源未解释差异）'}。`,
  eachAt: (n: number, m: string, measure: string) => `${m} ${n} ${measure}`,
  // Records filtered by what the question asked: the scope words, then the count on file.
  filtered: (scope: string, noun: string, n: number, measure: string) =>
    n ? `资料中收录的${scope}${noun}共 ${n} ${measure}：` : `资料中没有收录${scope}${noun}。`,
  atMeetingScope: (ms: string) => `${ms}上`,
  /** Meetings an exclusion takes away ("除了第二次会议的"): the records of the others. */
  notAtMeetingsScope: (ms: string) => `${ms}以外`,
  /** Partners an exclusion takes away ("除了吉宝的"): records naming none of them. */
  notWithOrgsScope: (names: string) => `不涉及${names}`,
  aboutScope: (topics: string) => `关于「${topics}」`,
  withOrgs: (names: string) => `与 ${names} 有关`,
  withKind: (who: string) => `有${who}参与`,
  // A kind or country negated ("没有中国大学参与的项目"): among the partners each names; those it can't tell, said.
  // Asked of every party ("两家新加坡公司之间的备忘录"): records whose parties are all of that kind or country.
  allKind: (who: string) => `各方都是${who}`,
  atLeastKind: (n: number, who: string) => `具名各方中至少有 ${n} 个${who}`,
  partyCountScope: (n: number) => `恰好有 ${n} 方`,
  noneAllKind: (n: number, unit: string, who: string, reported: number | undefined) =>
    `资料中的 ${n} ${unit}中，没有一项的各方都是${who}${reported !== undefined ? `（来源共报道 ${reported} ${unit}，但只列出这些的名称）` : ''}。`,
  withNoKind: (who: string) => `具名合作方中没有${who}`,
  undecided: (n: number, country: boolean) =>
    `（另有 ${n} 项无法判断：其中有合作方未具名${country ? '，或所具名合作方的国家来源未载明' : ''}）`,
  notKindScope: (kind: string) => `不是${kind}的`,
  notFromCountry: (country: string) => `不来自${country}的`,
  notCountryKind: (who: string) => `不属于${who}的`,
  withoutScope: (other: string) => `没有相关${other}记录`,
  namedScope: (places: string | readonly string[]) =>
    `名称中含有${[places]
      .flat()
      .map((p) => `“${p}”`)
      .join('或')}的合作方参与`,
  mouNoun: '谅解备忘录',
  projectNoun: '项目',
  mouMeasure: '份',
  projectMeasure: '个',
  partnerNoun: '合作方',
  // The meetings' outcomes that speak of a topic too (say/also.ts): under the records found, or after none on file.
  spokenToo: (where: string, text: string) => `来源还在${where}的成果中提到了这一主题：${text}`,
  spokenOnly: (where: string, text: string) => `不过来源在${where}的成果中提到了这一主题：${text}`,
  topicNone: (onFile: number, reported: number, unit: string) =>
    `（来源共报道 ${reported} ${unit}，其中 ${onFile} ${unit}按名称收录在资料中）`,
  allReported: (n: number, unit: string, verb: string, at: string, onFile: number) =>
    `据${at}后的报道，到目前为止共${verb}了 ${n} ${unit}；其中 ${onFile} ${unit}按名称收录在资料中：`,
  notInNo: (mous: boolean): string => (mous ? '没有任何谅解备忘录记录的' : '没有任何项目记录的'),
  unnamedPartners: (n: number, kinds: string) => `来源还提到 ${n} 个未具名的合作方：${kinds}。`,
  unnamedMeeting: (n: number, m: string) =>
    `来源报道${m}签署了 ${n} 份谅解备忘录，但没有列出其中任何一份或其签署方的名称。`,
  ourRendering: (zh: string, en: string) => `${zh}（英文为我们的译名：${en}）`,
  moreEach: (n: number) => `……另有 ${n} 项`,
  times: (what: string, n: number) => `${what}（${n} 个）`,
  // Two partners or more: what joins them, or what each did when nothing does.
  didBoth: (w: string, m: string) => `与 ${w} 签署了一份谅解备忘录，也合作开展了一个项目（${m}）`,
  didSign: (n: number, w: string, each: boolean, m: string) =>
    n === 1
      ? `与 ${w} 签署了一份谅解备忘录（${m}）`
      : `签署了 ${n} 份谅解备忘录，${each ? '每份的另一方都是' : '另一方为'} ${w}（${m}）`,
  didJoin: (n: number, w: string, m: string) =>
    !w
      ? `参与了${n === 1 ? '一' : ` ${n} `}个没有其他合作方的项目（${m}）`
      : n === 1
        ? `与 ${w} 合作开展了一个项目（${m}）`
        : `与 ${w} 合作开展了 ${n} 个项目（${m}）`,
  didNothing: (name: string) => `${name} 没有任何收录在资料中的谅解备忘录或项目`,
  didNothingNamed: (name: string, ms: string) => `${name} 没有任何收录在资料中的谅解备忘录或项目；来源在${ms}提到它`,
  unnamedParty: (x: string) => `${x}（来源未列出名称）`,
  noOther: '未列出名称的一方',
  noneJoins: (names: string, at: string) => `资料中没有${at ? `在${at}` : ''}同时涉及 ${names} 的记录。`,
  noneJoinsAt: (names: string, at: string, elsewhere: string) =>
    `资料中没有在${at}同时涉及 ${names} 的记录或成果${elsewhere ? `；记录显示它们在${elsewhere}有合作` : ''}。`,
  // An MOU asked where only a joint project joins them (or the reverse): none of that kind, and what does join them.
  otherKindJoins: (who: string, mous: boolean, reported: number | null, onFile: number, n: number, names: string) =>
    `资料中没有同时涉及 ${who} 的${mous ? '谅解备忘录' : '联合项目'}${reported !== null ? `（来源共报道 ${reported} ${mous ? '份谅解备忘录' : '个项目'}，但只列出其中 ${onFile} ${mous ? '份' : '个'}的名称）` : ''}：同时涉及他们的是${n === 1 ? (mous ? '一个联合项目' : '一份谅解备忘录') : `${n} ${mous ? '个联合项目' : '份谅解备忘录'}`}，而不是${mous ? '谅解备忘录' : '联合项目'}——${names}。`,
  // A party the sources never name, asked beside one on file: no record uses that name (which is not "never", and
  // not "it is absent": a short form the data does not hold, 北大, is only a name no record uses).
  strangerJoins: (
    name: string,
    withName: string,
    n?: { mous: number; projects: number; mousOn: number; projectsOn: number },
    chinese?: boolean,
  ) =>
    `资料中的记录都没有使用“${name}”这一名称${chinese ? '（如果它是某个合作方的简称，请用全称再问）' : ''}，因此按这个名称查不到同时涉及它和 ${withName} 的记录${n ? `（来源共报道 ${n.mous} 份谅解备忘录和 ${n.projects} 个项目，但只列出其中 ${n.mousOn} 份谅解备忘录和 ${n.projectsOn} 个项目的名称）` : ''}。`,
  noneJoinsTotal: (names: string, mous: number, projects: number, mousOnFile: number, projectsOnFile: number) =>
    `资料中没有同时涉及 ${names} 的记录（来源共报道 ${mous} 份谅解备忘录和 ${projects} 个项目，但只列出其中 ${mousOnFile} 份谅解备忘录和 ${projectsOnFile} 个项目的名称）。`,
  brand: (a: string, b: string) => `${a}和${b}是同一品牌下的两个实体，来源分开列出。`,
  // Who the sources say inked a meeting's MOUs (MCI and IMDA), each meeting with the publishers saying so; then that no
  // MOU on file names the body asked as a party.
  inked: (who: string, each: string) => `来源称 ${who} 签署了${each}`,
  inkedAt: (meeting: string, n: number | null, says: string) =>
    `${meeting}的${n ? ` ${n} ` : ''}份谅解备忘录（${says}）`,
  inkedAnnounced: (by: string) => `${by}称其宣布了这些谅解备忘录的签署`,
  noneAsParty: (n: number, name: string, reported: number | undefined, at: string) =>
    `；但资料中${at}的 ${n} 份谅解备忘录都没有把 ${name} 列为签署方${reported !== undefined ? `（来源共报道 ${reported} 份谅解备忘录，但只列出这些的名称）` : ''}。`,
  noneNamedAsParty: (at: string, name: string) =>
    `；但来源没有列出${at}任何谅解备忘录的名称，因此资料中没有把 ${name} 列为签署方的记录。`,
  // Several records read at once (their text, as the sources put it): how many match, then each in a line.
  recordsMatch: (n: number) => `资料中有 ${n} 条相符的记录：`,
  twoRecords: (names: string) => `资料中有两条记录涉及 ${names}：一份谅解备忘录和一个联合项目（并非同一条记录）。`,
  joinedBy: (names: string) => `${names}：`,
  recordKind: { mou: '谅解备忘录', project: '项目' } as Readonly<Record<string, string>>,
  recordAt: (kind: string, name: string, at: string, text: string) =>
    `${kind}${kind ? ' ' : ''}${name}（${at}）${text ? `：${text}` : ''}`,
  sameYes: (at: string) => `是：两者都在${at}有记录，但资料中没有同时涉及两者的记录。`,
  sameNo: (each: string) => `否：${each}。`,
  onFileAt: (name: string, at: string) => `${name} 的记录在${at}`,
  joinCount: (n: number, unit: string, names: string, reported: number | undefined, onFile: number, which: string) =>
    `资料中同时涉及 ${names} 的${unit.slice(1)}有 ${n} ${unit.charAt(0)}${reported !== undefined ? `（来源共报道 ${reported} ${unit}，其中 ${onFile} ${unit}按名称收录）` : ''}${which ? `：${which}` : ''}。`,
  // Yes or no, said with what backs it; "no" only when the records can say no.
  // (The founding MOU itself named: its signatories are on file, so someone else is a plain No.)
  notFoundingSigner: (name: string, inner: string) => `否：来源列出的创始谅解备忘录签署人中没有“${name}”——${inner}`,
  notSignedPerson: (name: string, inner: string) =>
    `来源没有提到 ${name} 签署过任何谅解备忘录：来源只列出了创始谅解备忘录的签署人——${inner}`,
  orderUnknown: (inner: string) => `来源没有说明谅解备忘录的签署先后，只说明它们是在哪次会议签署的；来源所说：${inner}`,
  partnerNotChair: (name: string, inner: string) => `否：来源把 ${name} 列为合作方，而非联合主持人；${inner}`,
  notNamedAt: (name: string, at: string, inner: string) => `来源没有提到 ${name} 出席${at}；${inner}`,
  roleNow: (inner: string) => `来源没有说明现在由谁担任该职务；来源给出的是其报道的会议当时的情况：${inner}`,
  notSaid: (inner: string) => `来源没有这样说；来源的说法：${inner}`,
  // A yes/no with words no table reads: those words are not checked against the sources, so no 是.
  unreadClaim: (words: string, inner: string) => `无法根据来源确认问题中的“${words}”；来源的说法：${inner}`,
  // Which came first.
  orderMeetings: (verdict: string, first: string, rest: string) => `${verdict}${first}在先，早于${rest}。`,
  orderYes: '是——',
  orderNo: '否——',
  orderUndated: '来源没有给出两者的日期',
  orderNeither: (m: string) => `两者不分先后：都最早见于${m}`,
  orderCantTell: '来源无法判断哪个在先',
  orderFirst: (names: string) => `${names}在先`,
  orderFrom: (name: string, first: string, more: string) => `${name} 最早见于${first}${more ? `，也见于${more}` : ''}`,
  orderNoDate: (name: string) => `来源没有给出 ${name} 的日期`,
  // By the things' own dates (an outcome's launch, a meeting's day): each with its date.
  orderOwnDate: (name: string, date: string) => `${name}：${date}`,
  orderSameDay: '两者不分先后：同一天',
  orderSentence: (verdict: string, lead: string, parts: string) => `${verdict}${lead}：${parts}。`,
  // Quotes (say-zh-quotes.ts): the words as the sources print them; reported speech and rewordings said as such.
  atTimeOf: (at: string) => `在${at}之际`,
  onDay: (date: string) => `于${date}`,
  saidVerbatim: (by: string, when: string, text: string) => `${by}${when}说（英文原文）：“${text}”`,
  reportedMark: '（转述）',
  yesReported: '是（转述）',
  onlyRewording: (source: string, by: string) => `只有${source}对 ${by} 讲话的改写版本这样说，并非 ${by} 的原话。`,
  notInThoseWords: (source: string, by: string) =>
    `原话并非如此：这是${source}对 ${by} 引语的改写，并非 ${by} 的原话。`,
  ownWords: (by: string, at: string, source: string, text: string) => `${by} 的原话（${at}，据${source}）：“${text}”`,
  printsRewording: (source: string, by: string, at: string, text: string) =>
    `${source}刊登了 ${by} 讲话的改写版本（${at}）：${text}——并非 ${by} 的原话。`,
  noQuoteSaying: (who: string) => `来源中没有 ${who} 说过这句话的引语。`,
  quotesOnFile: (who: string) => `来源中${who ? ` ${who} ` : ''}的引语：`,
  noneIn: (where: string, who: string) => `${where}中没有 ${who} 的引语；`,
  pressRelease: '新闻稿',
  aboutMeetings: (ms: string) => `关于${ms}`,
  fromYear: (year: number) => `${year} 年`,
  gaveSpeeches: (at: string, by: string, coChairs: boolean, publisher: string) =>
    `${at}上，${coChairs ? '联合主席 ' : ''}${by} 致开幕辞（据${publisher}报道）。`,
  speechNotQuoted: (by: string, at: string) => `来源报道 ${by} 在${at}致开幕辞，但没有引用其内容。`,
  noQuoteFrom: (who: string, where: string, topic: string) =>
    `来源中没有${who ? ` ${who} ` : ''}${where}${topic ? `谈及“${topic}”` : ''}的引语。`,
  alsoOnFile: '另有：',
  // The Demonstration Zone as a whole: what and where, then what each meeting names of it.
  zoneAt: (at: string, parts: string) => `${at}：${parts}。`,
  // A named outcome in its source's words (English record text), marked as theirs beside its meeting.
  /** What a named outcome is, in its text's own (English) words, before the meeting that reported it. */
  defined: (text: string) => `来源这样介绍它（英文原文）：${text}。`,
  definedAt: (text: string, at: string) => `来源这样介绍它（英文原文）：${text}。见于${at}。`,
  outcomeAt: (at: string, text: string) => `${at}，来源记载（英文原文）：${text}`,
  zoneAbout: (zone: string, place: string, text: string, timeline: string) =>
    `${zone}${place ? `位于 ${place}（地名为来源原文）` : ''}。来源的描述（英文原文）：“${text}” 来源按会议提到的内容：${timeline}`,
  zoneNoDate: (zone: string, timeline: string) =>
    `来源没有给出${zone}本身设立的日期。来源按会议提到的内容：${timeline}`,
  noDateFor: (name: string) => `来源没有给出 ${name} 的日期。`,
  oneBrand: (names: string) => `${names}属于同一品牌。`,
  // A person the sources never name whose name shares a part with one on file ("王伟中" beside 覃伟中).
  notNamedLike: (name: string, like: string) => `来源没有提到 ${name}；资料中名字与之最接近的是 ${like}。`,
  // An organisation the sources never name: not "no", since they report more records than they name.
  notNamed: (name: string, mous?: number, projects?: number) =>
    `来源中没有提到 ${name}：资料中没有任何谅解备忘录或项目提到它${mous !== undefined ? `（来源共报道 ${mous} 份谅解备忘录和 ${projects ?? 0} 个项目，并未全部列出名称）` : ''}，因此无法断言它从未参与。`,
  // A name typed in Chinese that no record uses: it may be a partner's short name (北大, 凯德) or the Chinese of a name the
  // sources give only in English (工商银行, ICBC), so the full or English one is asked for.
  notNamedChinese: (name: string, mous?: number, projects?: number) =>
    `来源中没有提到 ${name}（来源中的名称多为英文；如果它是某个合作方的简称或中文名，请用全称或英文名再问）：资料中没有任何谅解备忘录或项目提到它${mous !== undefined ? `（来源共报道 ${mous} 份谅解备忘录和 ${projects ?? 0} 个项目，并未全部列出名称）` : ''}，因此无法断言它从未参与。`,
  // Whether one publication names a person (named-in.ts): Yes, No with whom it names instead, or not shown.
  namedYes: (doc: string, people: string) => `是的：${doc}提到了 ${people}。`,
  namedNo: (doc: string, names: string, meeting: string, elsewhere: string) =>
    `没有：${doc}列出的${meeting}共同主席是 ${names}${elsewhere}。`,
  namedUnknown: (doc: string, people: string, elsewhere: string) => `来源未显示${doc}提到 ${people}${elsewhere}。`,
  namedElsewhere: (people: string, by: string) => `；提到 ${people} 的是 ${by}`,
  // Who wrote a source document.
  piece: (title: string, publisher: string, date: string) =>
    `${publisher}${date ? `（${date}）` : ''}刊登的${title ? `“${title}”` : '一篇文章'}`,
  wrote: (name: string, pieces: string) =>
    `${name} 撰写了${pieces}，这是本资料所依据的来源之一；来源中没有关于 ${name} 的其他信息。`,
  authorOf: (author: string, piece: string) => `${piece}的作者是 ${author}。`,
  noAuthor: (piece: string) => `来源没有说明${piece}的作者。`,
  // What a short form stands for (the English words are the sources').
  acronym: (short: string, full: string) => `${short} 是 ${full} 的缩写（英文名称为来源原文）。`,
  acronymSpelt: (short: string, spelt: string, full: string) =>
    `${short}：来源写作 ${spelt}，即 ${full}（英文为来源原文）。`,
  acronymNone: (short: string, name?: string, same?: boolean) =>
    `来源没有说明 ${short} 是什么的缩写${name ? (same ? '：它就是来源给出的合作方名称。' : `；本资料将其理解为 ${name}（来源给出的名称）。`) : '。'}`,
  // Comparisons (say-zh-compare.ts): each side with its number and where it comes from.
  toDate: '到目前为止',
  sideNotStated: (side: string, what: string) => `${side}的${what}数量来源未载明`,
  sideValue: (side: string, n: string, onFile: boolean) => `${side}${onFile ? '在资料中有' : ''} ${n}`,
  compareNote: (m: string, text: string) => `${m}的来源还说：${text}`,
  compareNotBoth: (a: string, b: string) => `来源没有给出两边的数字：${a}；${b}。`,
  reportedToDate: '据报道到目前为止',
  bothOnFile: (p: string, m: string) => `；其中 ${p}和 ${m}按名称收录在资料中`,
  notStatedOf: (what: string) => `${what}数量未载明`,
  acrossUnknown: (where: string, m: string, p: string) => `来源没有给出${where}的两个数字：${m}；${p}。`,
  acrossPair: (where: string, p: string, m: string, onFile: string) => `${where}共有 ${p}、${m}${onFile}`,
  acrossSame: (pair: string) => `数量相同：${pair}。`,
  acrossMore: (more: string, less: string, by: number, pair: string) =>
    `${more}比${less}多${by ? ` ${by} ${more === '项目' ? '个' : '份'}` : ''}：${pair}。`,
  byMeeting: (m: string) => `截至${m}`,
  thresholdUnknown: (where: string, what: string) => `来源没有说明${where}的${what}数量。`,
  onFileOfThem: (n: number, unit: string) => `；其中 ${n} ${unit}按名称收录在资料中`,
  thresholdValue: (where: string, n: string, onFile: string) => `${where}共 ${n}${onFile}。`,
  factorValues: (a: string, x: string, b: string, y: string, factor: number) =>
    `${a} ${x}，${b} ${y}${factor ? `（是其 ${factor} 倍）` : ''}。`,
  factorSaid: (at: string, text: string, a: string, b: string) =>
    `来源这样说，但没有给出之前的数字：${at}的来源报道“${text}”；${a}，${b}。`,
  partnersFromSide: (country: string, n: number, label: string) => `来自${country}的 ${n} ${label}`,
  kindCount: (n: number, measure: string, country: string, noun: string) => `${n} ${measure}${country}${noun}`,
  readCaveat: (which: string) => `（其中${which}的国家是我们的推断，来源未载明）`,
  readOf: (n: number, of: string) => `${of} ${n} 个`,
  partnerSides: (a: string, b: string, caveat: string) => `资料中有 ${a}，${b}${caveat}。`,
  sameWord: '数量相同',
  byN: (n: number, fewer: boolean) => `${fewer ? '少' : '多'} ${n} 个`,
  notMoreWord: (fewer: boolean): string => (fewer ? '并不更少' : '并不更多'),
  sideWins: (side: string, fewer: boolean) => `${side}更${fewer ? '少' : '多'}`,
  noMeetingIn: (years: string, latest: string, side: string, had: string) =>
    `来源中没有 ${years} 年的联合执委会会议${latest ? `，最近一次是${latest}` : ''}，因此无从比较；${side}：${had}。`,
  noSize: (a: string, b: string, each: string) => `来源没有给出 ${a} 或 ${b} 的规模；资料显示：${each}。`,
  foundingYear: (year: string, date: string, other: string) =>
    `${year} 年没有举行联合执委会会议：当年（${date}）签署的是创始谅解备忘录本身，联合执委会会议签署的谅解备忘录都在其后${other}。`,
  otherSigned: (at: string, n: string) => `；${at}签署了 ${n}`,
  onFileWord: '（资料中收录）',
  sameBoth: '两项数字都相同——',
  totalsThen: '（当时报道的累计数字）',
  changed: (p: string, pv: string, q: string, qv: string, diff: number, unit: string) =>
    `从${p}的 ${pv}到${q}的 ${qv}：${diff === 0 ? '没有变化' : `${diff > 0 ? '多了' : '少了'} ${Math.abs(diff)} ${unit}`}。`,
  totalsRose: (p: number, q: number) => `报道的累计数字则从 ${p} ${q > p ? '增至' : '变为'} ${q}。`,
  noneMore: (fewer: boolean): string => (fewer ? '并没有更少' : '并没有更多'),
  /** "相差多少": the gap, with no side asked to be the larger. */
  differBy: (n: number, what: string): string => `相差 ${n} ${what === '项目' ? '个' : '份'}${what}`,
  nMore: (n: number, what: string, fewer: boolean) =>
    `${fewer ? '少' : '多'} ${n} ${what === '项目' ? '个' : '份'}${what}`,
  noTotalFounding: (at: string) => `来源没有报道${at}时的累计数字：报道累计数字的联合执委会会议都在它之后。`,
  noTotalSum: (at: string, sum: string, each: string) =>
    `来源没有报道${at}之后的累计数字；来源给出的各次会议数字相加为 ${sum}（${each}）。`,
  noTotalUnknown: (at: string, what: string, ms: string) =>
    `来源没有报道${at}之后的累计数字；来源也没有给出${ms}的${what}数量。`,
  foundingItself: (date: string, n: number, first: string) =>
    `当时（${date}）签署的正是创始谅解备忘录本身；联合执委会会议签署的谅解备忘录都在它之后（最早的 ${n} 份在${first}签署）。`,
  runningTotal: (n: string, m: string) => `截至${m}，据报道累计共有 ${n}。`,
  noRunningTotal: (m: string) => `来源没有报道${m}时的累计数字。`,
  // Partners ranked by their records, at a meeting or over both kinds; a long tie named in part.
  partnerRank: (scope: string, shown: string, n: number, count: string, most: boolean) =>
    `${scope ? `在${scope}上，` : ''}${n > 5 ? `共有 ${n} 个合作方并列${most ? '最多' : '最少'}（各 ${count}），包括 ${shown} 等` : `${shown}${n > 1 ? '并列' : ''}${most ? '最多' : '最少'}：${n > 1 ? '各 ' : ''}${count}`}。`,
  recordUnit: '条记录（谅解备忘录和项目合计）',
  // Every kind ("合作方有哪些类型"): the breakdown.
  kindAll: (total: number, rows: string) => `资料中共有 ${total} 个合作方，按种类：${rows}。`,
  kindMost: (kinds: string, n: number, total: number, rest: string, most: boolean) =>
    `资料中的合作方以${kinds}${most ? '最多' : '最少'}：共 ${total} 个合作方，其中 ${n} 个${rest ? `；其次：${rest}` : ''}。`,
  meetingPartnersMost: (meetings: string, n: string, rest: string, most: boolean, unknown: boolean) =>
    unknown
      ? `资料中${meetings}的记录没有列出任何合作方，因此无法判断哪次最少${rest ? `；${rest}` : ''}。来源报道的记录多于其列名的记录，这里只是资料中的合作方。`
      : `资料中记录所列合作方${most ? '最多' : '最少'}的是${meetings}：${n}${rest ? `；${rest}` : ''}。来源报道的记录多于其列名的记录，这里只是资料中的合作方。`,
  // One attribute of one thing (attribute.ts): the attribute, or that the sources don't give it.
  attrCountry: (name: string, c: string) => `${name}来自${c}。`,
  attrCountryRead: (name: string, c: string) => `${name}可能来自${c}（这是我们的推断）；来源未载明其国家。`,
  attrCountryNone: (name: string) => `来源未载明${name}来自哪个国家。`,
  attrKind: (name: string, kind: string, where: string) => `${name}是${kind}${where}。`,
  attrFounded: (name: string, at: string) => `来源未载明${name}的成立时间${at ? `；来源只在${at}提到它` : ''}。`,
  attrDoer: (name: string, at: string, who: string) => `${name}${at ? `（${at}）` : ''}的负责方是 ${who}。`,
  attrNoDoer: (verb: string, name: string, other: string) =>
    `来源未载明由谁${verb}${name}${other ? `；来源只说明其负责方是 ${other}` : ''}。`,
  attrVerb: {
    fund: '出资',
    funds: '出资',
    pay: '出资',
    pays: '出资',
    finance: '出资',
    finances: '出资',
    manage: '管理',
    manages: '管理',
    run: '运营',
    runs: '运营',
    operate: '运营',
    operates: '运营',
    develop: '开发',
    developed: '开发',
    create: '开发',
    created: '开发',
    built: '建设',
    founded: '创立',
    lead: '领导',
    leads: '领导',
  } as Readonly<Record<string, string>>,
  attrDoerDefault: '负责',
  attrSize: (said: string) => `来源未载明其规模或金额。${said ? `来源所述：${said}` : ''}`,
  /** Where a partner is: no address, but its own name places it (attribute.ts `inName`). */
  attrPlaceInName: (name: string, places: string) => `来源未提供${name}的地址，但其名称标明位于${places}。`,
  attrNoAddress: (name: string) => `来源未提供${name}的地址或所在城市。`,
  attrWhere: (said: string) => `来源未载明其地点。${said ? `来源所述：${said}` : ''}`,
  // Co-chairs across meetings (chairs.ts).
  chairsTally: (name: string, n: number, ms: string, only: string) =>
    `${name} ${n} 次（${ms}${only ? `；${only}` : ''}）`,
  chairsOnly: (m: string, by: string) => `${m}仅据${by}`,
  chairsNewsReports: '新闻报道',
  chairsRelease: '新闻稿',
  chairsMost: (names: string, side: string, n: number, each: boolean) =>
    `${side}共同主持联合执委会会议次数最多的是 ${names}：${n} 次${each ? '（并列）' : ''}`,
  chairsFewest: (names: string, side: string, n: number, each: boolean) =>
    `${side}共同主持联合执委会会议次数最少的是 ${names}：${n} 次${each ? '（并列）' : ''}`,
  chairsFewestLevel: (level: string) => `——不计来源说法不一的会议，则 ${level}`,
  chairsCaveat: (m: string, n: number, level: string) =>
    `——这包括来源说法不一的${m}；不计该次则为 ${n} 次${level ? `，与 ${level} 相同` : ''}`,
  chairsAll: (yes: string, n: number, side: string) => `${yes}没有人${side}共同主持过全部 ${n} 次联合执委会会议`,
  chairsAllSome: (yes: string, names: string, n: number) => `${yes}${names} 共同主持了全部 ${n} 次联合执委会会议`,
  chairsBy: (tally: string) => `。据来源：${tally}。`,
  chairsSame: (side: string, a: string, b: string, who: string) => `${side}，${a}和${b}都由 ${who} 共同主持`,
  chairsChanged: (side: string, a: string, x: string, b: string, y: string) =>
    `${side}，${a}由 ${x} 共同主持，${b}由 ${y} 共同主持`,
  chairsDiffer: (side: string, a: string, x: string, b: string, y: string) => `${side}，${a}：${x}；${b}：${y}`,
  chairsReadings: (named: string, who: string, other: string) => `${named}称为 ${who}，另一说法为 ${other}`,
  chairsOwn: (tally: string) => `据来源，共同主持联合执委会会议：${tally}。`,
  noAttendanceList: '来源没有列出出席者名单。',
  chairsNotAChair: (name: string, about: string) =>
    `否：来源没有把 ${name} 列为联合执委会会议的共同主持人${about ? `；来源对其的描述（来源原文）：${about}` : ''}。`,
  chairsLatest: (date: string, text: string) => `来源最新的说法（${date}，来源原文）：${text}`,
  chairsNext: (after: boolean, side: string, me: string, next: string, tally: string) =>
    next
      ? `${side}，${after ? `接替 ${me} 的共同主持人是 ${next}` : `${me} 之前的共同主持人是 ${next}`}。据来源：${tally}。`
      : `来源没有提到${side}在 ${me} ${after ? '之后' : '之前'}的共同主持人。据来源：${tally}。`,
  chairsPeople: (n: number, who: string, side: string, tally: string, unnamed: string) =>
    `来源中${side}具名共同主持联合执委会会议的${who}共 ${n} 位：${tally}${unnamed ? `。此外，新闻稿称${unnamed}的共同主持人为一名中国政府代表（未具名）` : ''}。`,
  chairsRole: { '': '人', mayor: '市长', 'permanent secretary': '常任秘书' } as Readonly<Record<string, string>>,
  chairsTogether: (yes: string, a: string, b: string, n: number, ms: string, only: string) =>
    n
      ? `${yes}${a} 和 ${b} 共同主持了 ${n} 次联合执委会会议：${ms}${only ? `（${only}）` : ''}。`
      : `${yes}${a} 和 ${b} 没有共同主持过同一次联合执委会会议。`,
  zoneApart: (no: string, m: string, joint: number, zone: number) =>
    `${no}来源把示范区的 ${zone} 个新项目列在${m}启动的 ${joint} 个联合项目之外（新闻稿把示范区列在智慧城市合作的谅解备忘录和联合项目之外）。`,
  zoneTotal: (m: string, joint: number, zone: number, sum: number) =>
    `${m}启动了 ${joint} 个联合项目；此外，示范区新设立了 ${zone} 个项目：两者合计 ${sum} 个（来源把示范区列在联合项目之外）。`,
  zoneMousCounted: (companies: number, total: number) =>
    `来源没有说明 ${companies} 家公司为进驻示范区签署的协议是否计入报道的 ${total} 份谅解备忘录；来源把示范区列在智慧城市合作的谅解备忘录和联合项目之外。`,
  chairsBoth: (names: string) => `两次都由 ${names} 共同主持`,
  chairsNoneBoth: '没有人两次都担任共同主持',
  chairsLead: { yes: '是', no: '否', differ: '来源说法不一' } as Readonly<Record<string, string>>,
  // The first or last meeting held in a place or a way; the time between two meetings (meetingfacts.ts).
  pickMeeting: (first: boolean, how: string, m: string, others: string) =>
    `${how}举行的${first ? '第一次' : '最后一次'}联合执委会会议是${m}${others ? `；${first ? '此前' : '此后'}的会议：${others}` : ''}。`,
  pickNone: (how: string, all: string) => `来源中没有一次联合执委会会议是${how}举行的：${all}。`,
  pickHow: { video: '以线上方式（线上或视频会议）', 'in person': '以线下（面对面）方式' } as Readonly<
    Record<string, string>
  >,
  pickIn: (place: string) => `在${place}`,
  meetingsInYear: (year: number, n: number, ms: string) => `${year} 年举行了 ${n} 次联合执委会会议：${ms}`,
  meetingsNoneInYear: (year: number, founding: string, latest: string) =>
    `来源中 ${year} 年没有举行联合执委会会议${founding ? `（创始谅解备忘录于${founding}签署）` : latest ? `（来源中最近的一次是${latest}）` : ''}`,
  recordsNoneInYear: (yes: string, years: string, org: string, noun: string, why: string) =>
    `${yes}资料中没有${org ? ` ${org} ` : ''}在 ${years} 年的${noun}记录，因为${why}。`,
  recordsNoun: { mous: '谅解备忘录', projects: '项目', records: '谅解备忘录或项目' } as Readonly<
    Record<string, string>
  >,
  across: (yes: string, found: string, where: string, per: string) =>
    `${yes}${found ? `${found} 在资料中${where}都有记录` : `资料中没有任何合作方${where}都有记录`}；资料中各次会议记录所列的合作方：${per}。来源报道的记录多于其列名的记录。`,
  acrossBoth: (ms: string) => `在${ms}`,
  acrossMany: '在不止一次会议上',
  // Trends and ratios across meetings (trend.ts).
  trendGrow: (
    lead: string,
    unit: string,
    series: string,
    unknown: readonly string[],
    totals: ReadonlyArray<readonly [string, number]>,
  ) =>
    `${lead ? `${lead}：` : ''}各次会议报道的${unit}数：${series}。${unknown.length ? `来源没有给出${unknown.join('、')}的数目。` : ''}${totals.length ? `报道的累计数：${totals.map(([m, n]) => `${m}后 ${n}`).join('，')}。` : ''}`,
  trendShare: (meeting: string, own: number, all: number, unit: string, pct: string) =>
    `截至目前报道的 ${all} ${unit === '项目' ? '个' : '份'}${unit}中，有 ${own} ${unit === '项目' ? '个' : '份'}来自${meeting}（${pct}）。`,
  // Records on file against those reported ("有多少比例的谅解备忘录有名称"): the share named, and with their partners.
  trendOnFile: (
    unit: string,
    all: number,
    named: number,
    withParties: number,
    pNamed: string,
    pParties: string,
    parties: boolean,
  ) => {
    const m = unit === '项目' ? '个' : '份';
    const them =
      withParties < named ? `，其中 ${withParties} ${m}列出了合作方（${pParties}）` : '，每一' + m + '都列出了合作方';
    return parties && withParties < named
      ? `截至目前报道的 ${all} ${m}${unit}中，资料收录了合作方的有 ${withParties} ${m}（${pParties}）；按名称收录的有 ${named} ${m}（${pNamed}）；其余 ${all - named} ${m}来源未列出名称。`
      : `截至目前报道的 ${all} ${m}${unit}中，资料按名称收录了 ${named} ${m}（${pNamed}）${them}；其余 ${all - named} ${m}来源未列出名称。`;
  },
  trendRatio: (projects: number, mous: number, per: string, pOnFile: number, mOnFile: number) =>
    `截至目前报道共 ${projects} 个项目、${mous} 份谅解备忘录，约每份备忘录 ${per} 个项目；资料中按名称收录 ${pOnFile} 个项目、${mOnFile} 份备忘录。`,
  trendRatioAt: (m: string, projects: number, mous: number, per: string) =>
    `${m}：新项目 ${projects} 个、谅解备忘录 ${mous} 份，约每份备忘录 ${per} 个项目。`,
  trendTotalDiff: (a: string, b: string, x: number, y: number, unit: string) =>
    `${b}后报道的累计${unit}（${y}）比${a}后（${x}）多 ${y - x}。`,
  trendGrewMore: (a: string, b: string, p: readonly [number, number], m: readonly [number, number]) =>
    `${p[1] - p[0] === m[1] - m[0] ? '两者增长相同' : p[1] - p[0] > m[1] - m[0] ? '项目增长更多' : '谅解备忘录增长更多'}：从${a}到${b}，累计项目数增加 ${p[1] - p[0]}（${p[0]} → ${p[1]}），累计谅解备忘录数增加 ${m[1] - m[0]}（${m[0]} → ${m[1]}）。`,
  trendHighest: (meeting: string, n: number, unit: string) =>
    `${meeting}：此后报道的累计${unit}为 ${n}，是来源中最高的累计数。`,
  trendNoCount: (unit: string) => `来源没有给出可用于比较的${unit}数目。`,
  /** A meeting's release against the meeting: its date, and the days after (or before) the meeting, or the same day. */
  releaseOn: (by: string, m: string, released: string, days: number, held: string) =>
    `${by ? `${by}关于${m}的新闻稿` : `宣布${m}的新闻稿`}日期为${released}，${
      days === 0 ? '即会议当天' : days === 1 ? '即会议的次日' : `比会议${days > 0 ? '晚' : '早'} ${Math.abs(days)} 天`
    }（会议于${held}举行）。`,
  releaseNoDate: (m: string, held: string) => `来源没有给出宣布${m}的新闻稿日期；会议于${held}举行。`,
  releaseNotWhole: '来源没有给出完整的两个日期：',
  cameFirst: (a: string, b: string) => `${a}在先，早于${b}；`,
  interval: (a: string, b: string, days: number, span: string) => `${a}与${b}相隔 ${days} 天（${span}）。`,
  spanParts: (y: number, m: number, d: number) =>
    [y ? `${y} 年` : '', m ? `${m} 个月` : '', d ? `${d} 天` : ''].filter(Boolean).join(' ') || '0 天',
  // A claim read whole (src/answer/claim/): the alternative that holds, neither, both; a passage of the sources that
  // says it (at the meeting or date asked, or not, or only as a plan); the SCI's age in a year.
  claimOnline: '线上',
  claimEither: (name: string, said: string) => `${name}：${said}`,
  // Claimed of every meeting and not so: the meetings it does not hold of, and those it does ("否，不是第一次（只有第二次、
  // 第三次）："). Meetings by their ordinal (第一次), a list in 、.
  claimEveryNo: (no: string, yes: string) => `否，不是${no}${yes ? `（只有${yes}）` : ''}：`,
  claimOrdinal: (n: number) => `第${['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n] ?? n}次`,
  claimBoth: (said: string) => `两者都是：${said}`,
  claimNeither: (said: string) => `都不是：${said}`,
  claimPassageYes: (where: string, text: string) => `是：${where}，来源记载（原文）：${text}`,
  claimPassagePlanned: (where: string, text: string) =>
    `来源只把这说成计划，没有报道已经完成：${where}，来源记载（原文）：${text}`,
  claimPassageNo: (not: string, where: string, text: string) => `否，不是${not}：来源记载的是${where}：${text}`,
  claimRanked: (yes: boolean, last: boolean, way: string, meeting: string) =>
    `${yes ? '是' : '否'}：按日期，${last ? '最近一次' : '第一次'}${way === 'online' ? '以线上方式举行的' : way ? '以线下方式举行的' : ''}会议是${meeting}。`,
  claimUncounted: (meeting: string, projects: boolean, onFile: number) =>
    `来源没有说明：来源没有给出${meeting}的新${projects ? '项目' : '谅解备忘录'}数目${onFile ? `；资料中有 ${onFile} ${projects ? '个' : '份'}出自该次会议` : '，资料中也没有出自该次会议的记录'}。`,
  claimOtherKind: (n: number, projects: boolean) =>
    `${n} 是该次会议${projects ? '启动的新项目' : '签署的谅解备忘录'}数目。`,
  claimFigure: (verdict: string, given: string, where: string, text: string) =>
    `${verdict === 'yes' ? '是' : verdict === 'no' ? '否' : '来源没有这么说'}：来源给出的数字是 ${given}（${where}），来源记载（原文）：${text}`,
  claimTimes: (f: number) =>
    f === 1
      ? '数量相同'
      : f === 2
        ? '两倍'
        : f === 3
          ? '三倍'
          : f === 0.5
            ? '一半'
            : `${Math.round(Number(f) * 100) / 100} 倍`,
  claimRatio: (
    verdict: string,
    a: number | null,
    ma: string,
    b: number | null,
    mb: string,
    projects: boolean,
    how: string,
    claimed: string,
  ) =>
    a === null || b === null
      ? `来源没有说明：来源没有给出${a === null ? ma : mb}的新${projects ? '项目' : '谅解备忘录'}数目。`
      : `${verdict === 'yes' ? '是' : '否'}：${ma} ${a} ${projects ? '个项目' : '份谅解备忘录'}，${mb} ${b} ${projects ? '个' : '份'}——${how}${verdict === 'yes' ? '' : `，不是${claimed}`}。`,
  claimRole: (name: string, roles: string, place: string) =>
    `否：来源给出的 ${name} 的职务是 ${roles}（原文），不是 ${place} 的。`,
  claimUnsaid: (where: string, text: string) => `来源没有这么说；来源所述：${where}，来源记载（原文）：${text}`,
  claimFounding: (date: string, place: string, first: string) =>
    `否：创始谅解备忘录于${date}在 ${place}（地名为来源原文）签署，早于第一次联合执委会会议——${first}。`,
  claimOtherDoer: (by: string, where: string, text: string) =>
    `否：来源说的是“${by}”（原文）——${where}，来源记载（原文）：${text}`,
  // A running total claimed to go from one number to another: the totals reported, meeting by meeting.
  claimChange: (lead: string, series: string, added: string) =>
    `${lead}来源报告的累计总数：${series}${added ? `；各次会议的数字相加为 ${added}（来源未解释差异）` : ''}。`,
  claimChangeStep: (meeting: string, n: number, mous: boolean) =>
    `${meeting}后累计 ${n} ${mous ? '份谅解备忘录' : '个项目'}`,
  claimChangeAdded: (meeting: string, n: number) => `${meeting}后 ${n}`,
  // Each meeting's own count, where a change is claimed of them ("from 4 to 8 between the 2nd and 3rd").
  claimChangeOwn: (lead: string, each: string) => `${lead}${each}。`,
  claimChangeOwnStep: (meeting: string, n: number | null, mous: boolean) =>
    n === null ? `${meeting}的新增数目来源未载明` : `${meeting} ${n} ${mous ? '份谅解备忘录' : '个项目'}`,
  // What kind a thing named is ("X是项目吗"): a record named for it, or none.
  claimKinds: {
    project: '项目',
    projects: '项目',
    mou: '谅解备忘录',
    mous: '谅解备忘录',
    partner: '合作方',
    partners: '合作方',
    company: '公司',
    companies: '公司',
    university: '大学',
    universities: '大学',
  } as Readonly<Record<string, string>>,
  claimIsaYes: (kind: string) => `是：资料中有以它命名的${kind}记录。`,
  claimIsaNo: (kind: string, where: string) =>
    `来源没有把它列为${kind || '这类记录'}，资料中也没有这样的记录。${where ? `来源记载于${where}。` : ''}`,
  // Whether two partners share a record: the records they share, or none.
  claimWithJoined: (a: string, b: string, names: string) => `${a} 与 ${b} 有共同的记录：${names}`,
  claimWithNone: (a: string, b: string) => `资料中没有同时涉及 ${a} 和 ${b} 的记录`,
  claimWithBoth: '两者都有：',
  claimAge: (yes: boolean, launched: number, asked: number, years: number, claimed: number) =>
    yes
      ? `是：该倡议于 ${launched} 年启动，${asked} 年是第 ${years} 年（${asked} − ${launched} = ${years}）。`
      : `否：该倡议于 ${launched} 年启动，${asked} 年时为 ${years} 年，不是 ${claimed} 年。`,
};

export type AnswerZh = typeof answerZhCN;

/** Kinds of partner as Chinese counts them (measure word and noun). */
export const partnerLabelsZhCN: Readonly<Record<string, string>> = {
  universities: '所大学',
  companies: '家公司',
  partners: '个合作方',
  'research institutes': '个研究机构',
  'government bodies': '个政府机构',
  'law firms': '家律师事务所',
  incubators: '家孵化器',
};
