/**
 * 繁體中文: the sentences /ask writes for zh-TW readers. GENERATED from answer-zh-CN.ts by
 * tests/i18n/write-zh-tw.ts (OpenCC and Taiwan's words): edit answer-zh-CN.ts, then run it again.
 */
import type { AnswerZh } from './answer-zh-CN.js';

export const answerZhTW: AnswerZh = {
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
  // What came between two meetings: the running totals' difference where both are reported, else the counts given.
  betweenTotals: (span: string, n: number, unit: string, x: number, y: number, per: string) =>
    `${span}，新增了 ${n} ${unit}：報導的累計數字從 ${x} 增至 ${y}${per ? `（${per}）` : ''}。`,
  betweenSum: (span: string, n: number, unit: string, verb: string, from: string, per: string, noTotal: string) =>
    `${span}，${from}之後${verb}了 ${n} ${unit}：${per}；來源沒有報導${noTotal}的累計數字可供核對。`,
  // "為什麼…": the sources seldom give reasons; an aim they state is said as theirs, else that they don't say why.
  // "為什麼第二次會議在新加坡舉行": a premise the sources contradict is corrected first.
  notWhatSourcesSay: (said: string) => `來源並不是這麼說的：${said}`,
  whyNeverHappened: (inner: string) => `來源沒有報導這類事，因此也沒有給出原因。來源所述：${inner}`,
  whyAim: (said: string) => `來源沒有直接說明原因，只給出了所述的目標——${said}`,
  whyNone: (said: string) => `來源沒有說明原因。來源所述：${said}`,
  betweenUnknown: (per: string) => `來源沒有給出所需的每個數字：${per}。`,
  betweenSpan: (a: string, b: string) => `從${a}到${b}`,
  perMeeting: (n: number | null, m: string, measure: string) =>
    n === null ? `${m}來源未給出數字` : `${m} ${n} ${measure}`,
  both: (p: number, m: number, at: string) => `據報導，截至${at}，共有 ${p} 個項目和 ${m} 份諒解備忘錄。`,
  atMous: (n: number, at: string, tail: string) => `${at}簽署了 ${n} 份諒解備忘錄；${tail}。`,
  atProjects: (n: number, at: string, tail: string) => `${at}啟動了 ${n} 個新項目；${tail}。`,
  atBoth: (at: string, m: string, p: string) => `${at}${m}，${p}。`,
  mousPart: (n: number | null) => (n === null ? '來源未載明簽署了多少份諒解備忘錄' : `簽署了 ${n} 份諒解備忘錄`),
  projectsPart: (n: number | null) => (n === null ? '來源未載明啟動了多少個項目' : `啟動了 ${n} 個新項目`),
  unknownAt: (what: string, at: string, onFile: number, unit: string) =>
    `來源未載明${at}的${what}數量；${onFile ? `資料中收錄了 ${onFile} ${unit}` : `資料中沒有收錄其中任何一個`}。`,
  meetings: (n: number, list: string) => `已舉行 ${n} 次聯合執委會會議：${list}。來源中沒有更晚的會議。`,
  meetingsOf: (n: number, all: number, list: string) =>
    `來源中的 ${all} 次聯合執委會會議中，符合的有 ${n} 次：${list}。`,
  orgMous: (who: string, n: number, names: string) =>
    `資料中 ${who} 簽署了 ${n} 份諒解備忘錄${names ? `：${names}` : ''}。`,
  orgProjects: (who: string, n: number) => `資料中 ${who} 參與了 ${n} 個項目。`,
  onFileScope: (n: number, unit: string, scope: string) => `資料中${scope}有 ${n} ${unit}${n ? '：' : '。'}`,
  partnersOf: (n: number, label: string, names: string) => `資料中有 ${n} ${label}參與：${names}。`,
  // (The focus areas are the English sources' words, shown as theirs.)
  zoneFocusYes: (area: string, at: string, areas: string) =>
    `是：${area} 是示範區新項目的四個重點領域之一（${at}宣佈）：${areas}。`,
  zoneFocusNo: (at: string, areas: string, asked: string) =>
    `否：來源給出的示範區新項目重點領域有四個（${at}）：${areas}；其中沒有「${asked}」。`,
  zoneProgress: (at: string, text: string) =>
    `是，據中文媒體報導：${at}上，示範園區項目被列為前幾批項目中進展明顯的項目之一（來源原文：${text}）。`,
  zoneProjects: (n: number, at: string, focus: string) =>
    `${at}宣佈在示範區設立 ${n} 個新項目${focus ? `，重點領域為（來源原文）：${focus}` : ''}；來源未列出它們的名稱。`,
  zoneCompanies: (n: number, at: string) =>
    `${at}有 ${n} 家公司簽署諒解備忘錄，成為首批進駐示範區的企業；來源未列出它們的名稱。`,
  /** The start-up area asked what it is: the sources say no more than that it was unveiled. */
  startUpNoMore: '來源沒有更多說明（沒有給出其面積或在示範區中的位置）。',
  // Where a meeting was held: a mode (online, by video) in Chinese words; a place name as the sources
  // write it (English), marked as theirs — its Chinese name (深圳, 重慶) is in no SCI source (more-facts.md).
  // The part of the day a record gives ("on the morning of"), after the date; no source gives an hour.
  partOfDay: { morning: '上午', afternoon: '下午', evening: '晚上' },
  noHour: '來源沒有給出具體鐘點。',
  held: (m: string, date: string, where: string, note = '') => `${m}於${date}${where}${note}。`,
  // Beside a meeting's date, as English gives it: the sources' note on it (the 1st's 17 vs 18 June, in its source's
  // English), else the day its outcomes were announced.
  dateNote: (note: string) => `（來源注，英文原文：${note}）`,
  dateAnnounced: (date: string) => `（${date}公佈）`,
  foundingSigned: (date: string, place: string) => `創始諒解備忘錄於${date}簽署，地點（來源原文）：${place}。`,
  place: (m: string, date: string, where: string, note = '') => `${m}（${date}）${where}${note}。`,
  // Meetings picked by how or where they were held, more than one: how many, before each one's place.
  meetingsHeldBy: (n: number) => `共 ${n} 次聯合執委會會議：`,
  heldInCity: (place: string) => `在${place}舉行`,
  heldIn: (place: string) => `在 ${place} 舉行（地名為來源原文）`,
  modes: {
    'Held virtually': '以線上方式舉行',
    'By video conference': '以視訊會議方式舉行',
    'By video link': '以視訊連線方式舉行',
  } as Readonly<Record<string, string>>,
  chaired: (m: string, date: string, people: string) => `${m}（${date}）由 ${people} 共同主持。`,
  signedBy: (m: string, date: string, people: string) => `${m}（${date}）由 ${people} 簽署。`,
  differ: (m: string, date: string, readings: string) => `關於${m}（${date}）由誰共同主持，來源說法不一：${readings}。`,
  came: (name: string, m: string, date: string) => `${name} 出自${m}（${date}）。`,
  signedWith: (who: string, other: string, m: string) => `${who} 與 ${other} 簽署了諒解備忘錄（${m}）。`,
  joinedWith: (who: string, other: string, m: string) => `${who} 與 ${other} 合作開展了一個項目（${m}）。`,
  joinedAlone: (who: string, m: string) => `${who} 開展了一個項目，來源未列出其他合作方（${m}）。`,
  parties: (names: string, record: string) => `${record} 的簽署方或參與方：${names}。`,
  /** After the first names of a long list in a sentence: how many more (the rest are in the menu under it). */
  moreNames: (n: number) => `等，另有 ${n} 個`,
  more: (n: number) => `……另有 ${n} 項`,
  // Each of several checked ("NUS和SUSS都參與了項目嗎"): the answer for all of them first.
  eachLead: (yes: number, n: number) =>
    yes === n
      ? `是，${n === 2 ? '兩者' : '全部'}都如此：`
      : yes === 0
        ? `${n === 2 ? '兩者' : '全部'}都不如此（按資料中的記錄）：`
        : `並非${n === 2 ? '兩者' : '全部'}都如此（按資料中的記錄）：`,
  seeAll: (meeting: number) => `（全部見 \`/meeting number:${meeting}\`）`,
  noProjectCount: '來源未給出項目數量',
  aboutMeeting: (m: string, date: string, figs: string) => `${m}（${date}）${figs}。`,
  pillars: (n: number, names: string) => `智慧城市合作有 ${n} 個支柱（來源原文）：${names}。`,
  onlySomeNamed: '只列出了部分名稱',
  noOnlySomeNamed: '否，只列出了部分名稱',
  noCountsToCompare: '來源沒有給出可供比較的數字。',
  yes: '是',
  no: '否',
  differs: '來源說法不一',
  // A person's or role's part at one meeting (roster.ts): the verdict, then the meeting's people part by part.
  rosterDid: {
    cochair: '聯合主持了會議',
    session: '主持了會議',
    spoke: '致開幕辭',
    attended: '出席了會議',
  } as Readonly<Record<string, string>>,
  rosterAsk: {
    cochair: '聯合主持',
    chair: '主持',
    session: '主持',
    spoke: '致辭於',
    attended: '出席',
  } as Readonly<Record<string, string>>,
  rosterTitle: {
    '': '官員',
    mayor: '市長',
    'permanent secretary': '常任秘書',
    'deputy prime minister': '副總理',
    'prime minister': '總理',
    minister: '部長',
    secretary: '秘書',
    president: '主席',
    governor: '省長',
    chairman: '主席',
  } as Readonly<Record<string, string>>,
  rosterSide: { China: '中方', Singapore: '新方' } as Readonly<Record<string, string>>,
  rosterYes: (at: string, each: string) => `是：在${at}上，${each}。`,
  rosterNo: (who: string, ask: string, at: string, role: boolean) =>
    role ? `否：沒有${who}${ask}${at}。` : `否：${who}沒有${ask}${at}。`,
  rosterUnsaid: (who: string, ask: string, at: string) => `來源沒有提到${who}${ask}${at}。`,
  rosterAll: (at: string, parts: string) => `來源所載的${at}：${parts}。`,
  rosterElsewhere: (each: string) => `來源在別處提到：${each}。`,
  /** People the sources describe without naming, by the data's description. */
  unnamedPerson: { 'a representative from the Chinese government': '一位中國政府代表' } as Readonly<
    Record<string, string>
  >,
  signedWhat: (name: string, n: number, each: string) => `資料中 ${name} 簽署了 ${n} 份諒解備忘錄：${each}。`,
  alsoJoinedWhat: (n: number, each: string) => `它還參與了 ${n} 個項目：${each}。`,
  namedText: (text: string) => `來源原文：「${text}」`,
  timesOver: (n: number) => `——共 ${n} 次。`,
  recordsLead: (n: number, unit: string, shared: string) => `這 ${n} ${unit}${shared ? `${shared}` : ''}。`,
  allAt: (at: string) => `都出自${at}`,
  allIn: (group: string) => `都屬於${group}組`,
  firstGroupName: '附件A的第一組（來源中該組沒有標題）',
  twinProject: '（同一批合作方也有一個聯合項目。）',
  twinMou: '（同一批合作方也簽署了一份諒解備忘錄。）',
  // A negated fact asked to be confirmed ("…不是在深圳開的，對嗎"): wrong (the fact holds) or right (it doesn't).
  // A statement asked whether it is false ("…是錯的嗎"): it holds, or it doesn't.
  falseAskedTrue: '不，這是對的：',
  falseAskedFalse: '是的，這是錯的：',
  // A negation asked ("一份都沒有…嗎"): the verdict said of it as asked.
  negatedYes: '不，並非如此：',
  negatedNo: '是的，沒錯：',
  negatedWrong: '不對',
  negatedRight: '對',
  didWord: '有',
  didNotWord: '沒有',
  lead: (word: string, rest: string) => `${word}：${rest}`,
  compareSame: (a: string, b: string, what: string) => `相同：${a}和${b}各 ${what}。`,
  /** The two equal, after a word that already answers ("並沒有更多"): no second "相同" lead. */
  bothEach: (a: string, b: string, what: string) => `${a}和${b}各 ${what}，數量相同。`,
  compareMore: (winner: string, a: string, b: string) => `${winner}更多：${a}，${b}。`,
  compareUnknown: (known: string, unknown: string) => `來源沒有給出兩邊的數字：${known}；${unknown}來源未載明。`,
  compareNeither: (a: string, b: string) => `來源沒有給出${a}和${b}的數字，無從比較。`,
  side: (label: string, n: string) => `${label} ${n}`,
  most: (who: string, n: string, each: boolean, unknown: string) =>
    `${who}最多：${n}${each ? '（並列）' : ''}${unknown}。`,
  fewest: (who: string, n: string, each: boolean, unknown: string) =>
    `${who}最少：${n}${each ? '（並列）' : ''}${unknown}。`,
  rankUnknown: (names: string) => `（來源未給出${names}的數字）`,
  every: (most: boolean, byYear: boolean, what: string, rows: string, unknown: string) =>
    `按${byYear ? '年份' : '聯合執委會會議'}列出的${what}數量（${most ? '從多到少' : '從少到多'}）：${rows}${unknown ? `；來源沒有給出${unknown}的數字` : ''}。`,
  fewestUnknown: (unknown: string, what: string, winners: string, n: string) =>
    `來源沒有給出${unknown}的${what}數量，因此無法判斷哪次最少；在有數字的當中，${winners}最少：${n}。`,
  mostParties: (
    all: number,
    unit: string,
    reported: number | undefined,
    winners: string,
    n: number,
    most: boolean,
    silent: number,
  ) =>
    `資料中收錄的 ${all} ${unit}${reported !== undefined ? `（來源共報導 ${reported} ${unit}）` : ''}中，${winners ? `${winners} 列出的合作方${most ? '最多' : '最少'}：${n} 個` : `每一項都列出 ${n} 個合作方，沒有哪一項更${most ? '多' : '少'}`}${silent ? `；來源沒有列出其中 ${silent} 項的合作方` : ''}。`,
  countryMost: (winners: string, n: string, others: string, most: boolean, tie: boolean) =>
    `資料中${winners}${tie ? '並列' : ''}${most ? '最多' : '最少'}：${tie ? '各 ' : ''}${n}${others ? `；${others}` : ''}。`,
  notAt: (asked: string, name: string, where: string) =>
    `關於${asked}的來源沒有提到 ${name}${where ? `；來源在${where}提到它` : ''}。`,
  missing: (about: string, what: string) => `來源未載明${about ? `（${about}）` : ''}：沒有提供${what}。`,
  /** What the sources do say of a plan whose date they never give: the records on file and their meeting. */
  missingSaid: (each: string) => `來源的記載：${each}。`,
  recordsAt: (at: string, mous: string, projects: string) =>
    `${at}${[mous ? `簽署了諒解備忘錄 ${mous}` : '', projects ? `公佈了項目 ${projects}` : ''].filter(Boolean).join('，')}`,
  thatInfo: '這方面的資訊',
  missingWhat: {
    forecasts: '預測（來源只報導已發生的事和各方的意向）',
    'time of day': '具體時間',
    'when it comes about': '日期（來源只報導目標和計劃，沒有說何時實現）',
    'its leaders or founders': '負責人或創辦人',
    'who runs it': '由誰負責',
    'its size': '規模',
    'money or value': '金額或價值',
    'staff or jobs': '員工或崗位',
    'its address or contact': '地址或聯絡方式',
    'how long it runs': '期限',
    attendance: '出席人數',
    'how many people it serves': '服務人數（如學生或會員）',
    'where it is based': '所在地',
    'measure of success or importance': '衡量成效或重要性的標準',
    'size or value of any record': '任何記錄的規模或金額',
    outside: '這方面的資訊（不在智慧城市合作的資料範圍內）',
  } as Readonly<Record<string, string>>,
  unsureNear: '我不確定您在問什麼。以下是來源中最接近的記錄：',
  unsureFollowUp: (near: boolean) =>
    `我不確定您在問什麼：每個問題我都單獨理解，無法判斷這個問題接著哪一個。請把問題完整地問一遍${near ? '。來源中最接近的記錄：' : '。'}`,
  unsureSelf: (sci: string) => `我不確定您在問什麼：我只根據已發表的來源回答關於${sci}的問題。`,
  refKind: { meeting: '會議', mou: '諒解備忘錄', project: '項目', organisation: '合作方' } as Readonly<
    Record<string, string>
  >,
  unsureNone:
    '我不確定您在問什麼，來源中也沒有與之相符的內容。我回答有關智慧城市合作的諒解備忘錄、聯合項目、合作方和聯合執委會會議的問題。',
  hint: (commands: string) => `可能有幫助的指令：${commands}`,
  hintHelp: '試試 `/help` 檢視指令。',
  org: (name: string, kind: string, country: string, mous: number, projects: number) =>
    `${name}（${kind}${country ? `，${country}` : ''}）：資料顯示簽署了 ${mous} 份諒解備忘錄，參與了 ${projects} 個項目。`,
  countryInferred: (c: string) => `${c}，推斷`,
  partnersFrom: (n: number, country: string, label: string, names: string, inferred: number) =>
    `資料中有 ${n} ${label}來自${country}${inferred ? `（其中 ${inferred} 個的國家是我們的推斷，來源未載明）` : ''}：${names}。`,
  kindIs: (word: string, name: string, kind: string, country: string) => `${word}：${name}是${kind}${country}。`,
  notOneCity: '否，並非在某一個城市舉行',
  kindCountry: (c: string) => `，來自${c}`,
  kindCountryInferred: (c: string) => `，來自${c}（推斷，來源未載明國家）`,
  kindCountryUnknown: '；來源未載明其國家',
  notStated: '來源未載明',
  notInGroups: (groups: string) => `不屬於${groups}`,
  inGroup: (heading: string, rendering?: string) => `附件A的「${heading}」${rendering ? `（${rendering}）` : ''}組中`,
  names: (name: string, shown: string) => `來源中${name}的中文名稱：${shown}。`,
  noNames: (name: string) => `來源沒有給出${name}的中文名稱。`,
  quote: (by: string, at: string, text: string) => `${by}在${at}之際說（英文原文）：「${text}」`,
  reported: (by: string, source: string, at: string, text: string) =>
    `據${source}報導（${at}；轉述，非原話），${by}表示：${text}。`,
  rewording: (source: string) => `（${source}刊登的是改寫後的版本，並非原話。）`,
  noQuote: (who: string) => `來源中沒有${who}的引語。`,
  // (The sources print people's names in English: a Chinese name — 王瑞傑 — may be one of theirs, so no "has no quote".)
  namedNoQuote:
    '來源中沒有出現您所問的這個人名，按這個名字查不到其引語（來源中的人名多以英文書寫；如果是中文名，請改用英文名再問）。',
  anyone: '任何人',
  // Partners by what the question narrowed them to (a meeting, the place their names state, an Annex A group, MOUs or projects).
  atMeetings: (meetings: string) => `在${meetings}`,
  aboutTopics: (topics: string) => `關於「${topics}」的`,
  fromCountry: (country: string) => `來自${country}的`,
  namedPlace: (places: string | readonly string[]) =>
    `名稱中含有${[places]
      .flat()
      .map((p) => `「${p}」`)
      .join('或')}的`,
  /** Partners sharing an MOU or project with a party of another kind ('that share an MOU or project with a university'). */
  withCounterpart: (who: string) => `與${who}同在一份諒解備忘錄或項目中的`,
  // "深圳有幾家公司": the sources give no partner's city, so the count is by the place a name states, and says so.
  // (A kind asked that covers several of the data's kinds: those kinds, as the breakdown by kind says them.)
  kindsOnFile: (parts: string) => `其中按資料中的種類：${parts}。`,
  byNameOnly: '來源沒有給出各合作方所在的城市，以上按名稱計。',
  viaMous: '簽署諒解備忘錄的',
  viaProjects: '參與項目的',
  partnersScoped: (n: number, scope: string, label: string, names: string, inferred: number) =>
    `資料中${scope}共有 ${n} ${label}${inferred ? `（其中 ${inferred} 個的國家是我們的推斷，來源未載明）` : ''}：${names}。`,
  noPartners: (scope: string, noun: string) => `資料中沒有${scope}${noun}。`,
  // A kind of organisation no table knows ("hospitals", "business schools"): those whose kind or name says it, or none.
  freeKind: (n: number, kind: string, names: string) => `資料中有 ${n} 個種類或名稱為「${kind}」的合作方：${names}。`,
  // (None of that kind on file: where the outcomes speak of it, their words as the sources wrote them.)
  freeKindSpoken: (kind: string, meetings: string, text: string) => `來源在${meetings}的成果中提到${kind}：${text}`,
  freeKindNone: (kind: string, kinds: string) =>
    `資料中沒有種類或名稱為「${kind}」的合作方（資料中的合作方是${kinds}等）。`,
  // Partners from neither side: none on file; how many of all are from one or the other; whose country is unclear.
  noneElsewhere: (noun: string, both: string, either: string, all: number, fromEither: number, unclear: string) =>
    `資料中沒有來自${both}以外的${noun}：共 ${all} 個，其中 ${fromEither} 個來自${either}${unclear ? `，來源未說明 ${unclear} 的國家` : ''}。`,
  // A pillar's MOUs: the sources file none under a pillar, only the 4th meeting's under Annex A's groups.
  pillarGroups: (pillar: string, groups: string) =>
    `來源沒有說明哪些諒解備忘錄屬於「${pillar}」支柱：來源只按附件A的分組列出第四次會議的諒解備忘錄——${groups}。`,
  byGroupNotPillar: '來源不按支柱整理諒解備忘錄；按附件A的分組（第四次會議的諒解備忘錄）：',
  groupCount: (group: string, n: number) => `${group} ${n} 份`,
  // Annex A's groups themselves ("附件A有幾組？"): how many, each with its MOUs.
  annexGroups: (n: number, groups: string) => `附件A（第四次會議的諒解備忘錄）分為 ${n} 組：${groups}。`,
  zonePlace: (zone: string, place: string) => `${zone}位於 ${place}（地名為來源原文）。`,
  // Who chairs the JIC: each co-chair with the meetings, by side; a meeting whose sources differ says so.
  chairsHead: '來源列出的聯合執委會共同主席：',
  noHead: '來源沒有提到智慧城市合作本身的負責人；其聯合執委會的共同主席：',
  chairSide: { Singapore: '新加坡方面', China: '深圳方面' } as Readonly<Record<string, string>>,
  chairAt: (who: string, meetings: string, note: string) => `${who}（${meetings}${note ? `；${note}` : ''}）`,
  chairDiffer: (meeting: string, named: string, others: string) => `${meeting}：${named}列出其名，${others}`,
  chairOther: (reading: string, names: string) => `${reading}列出的是 ${names}`,
  reading: { 'press release': '新聞稿', 'news reports': '新聞報導' } as Readonly<Record<string, string>>,
  // A name only the sources' text holds.
  mentioned: (name: string, passages: string) => `資料中沒有關於 ${name} 的記錄；來源只是順帶提到：${passages}`,
  mentionedNoQuote: (name: string, passages: string) => `來源中沒有 ${name} 的引語；來源只是順帶提到：${passages}`,
  // What came after a meeting or from a year ("第二次會議以來有什麼新進展"): in order, and where the sources end.
  sinceLead: (from: string) => `自${from}以來，來源按時間順序報導：`,
  sinceYear: (year: string) => `${year}年初`,
  sinceMeeting: (meeting: string, date: string, mous: number | null, projects: number | null) =>
    `${meeting}（${date}）${mous !== null ? `簽署了 ${mous} 份諒解備忘錄` : '來源未給出諒解備忘錄數量'}，${projects !== null ? `啟動了 ${projects} 個新項目` : '來源未給出項目數量'}`,
  sinceEnd: (date: string) => `來源中沒有更晚的內容：最晚的是${date}。`,
  sinceNothing: (from: string) => `自${from}以來，來源沒有報導其他內容。`,
  passage: (when: string, text: string) => `${when}：${text}`,
  // None of a partner's records of the kind asked on file: never "no", since the sources report more than they name.
  noneOnFile: (n: number, unit: string, name: string, reported: number | undefined, at: string) =>
    `資料中${at}的 ${n} ${unit}都沒有提到 ${name}${reported !== undefined && !at ? `（來源共報導 ${reported} ${unit}，但只列出這些的名稱）` : ''}`,
  noneNamedAt: (noun: string, at: string, name: string) =>
    `來源沒有列出${at}的任何${noun}，因此資料中沒有提到 ${name} 的`,
  alsoSigned: (n: number, names: string) => `；它簽署了 ${n} 份諒解備忘錄：${names}`,
  alsoJoined: (n: number, names: string) => `；它參與了 ${n} 個項目：${names}`,
  // Session 4: every reply kind of the English pipeline, in Chinese.
  noMeeting: (which: string, latest: string, date: string) =>
    `來源未載明：來源中沒有${which}。最近的一次是${latest}，於${date}舉行。`,
  laterMeeting: '更晚的聯合執委會會議',
  sourcesLead: (n: number) =>
    `每個回答都出自 ${n} 份公開發表的資料，每項事實都註明陳述它的那一份（\`/about\` 列出它們及連結）。其中：`,
  // The figure a source's text states, in its words (English record text stays as written).
  asAt: (date: string) => `截至${date}`,
  figure: (span: string, asAt: string) => `來源給出的數字：${span}${asAt ? `（${asAt}）` : ''}（來源原文）。`,
  launchUndated: '來源沒有說明它何時啟動；來源報導的是：',
  noneOnDay: (day: string, year: string, those: string) =>
    `來源沒有報導${day}有任何聯合執委會會議或其他事件；${those ? `來源報導的${year}年的是：${those}` : `來源沒有報導${year}年的任何事`}。`,
  dated: (words: string) => `來源給出的日期：${words}（來源原文）。`,
  helpUnread: '我不確定您在問什麼：其中沒有我能讀懂的字詞。',
  helpLead: (name: string) => `請用自己的話提問有關${name}的問題：使用 \`/ask question:\` 或提及我。例如：`,
  helpExamples: [
    '到目前為止簽署了多少份諒解備忘錄？',
    '第三次會議啟動了多少個項目？',
    '誰和 Keppel 簽署了諒解備忘錄？',
    '有哪些中國大學參與？',
    '哪次會議啟動的項目最多？',
    '第四次會議在哪裡舉行？',
    '第四次會議由誰共同主持？',
    '什麼是亞洲中小企業樞紐？',
  ] as readonly string[],
  status: (latest: string) => `來源未載明智慧城市合作現在是否仍在進行。來源記錄的最新情況：${latest}`,
  statusEvent: (date: string, text: string) => `${date}：${text}`,
  statusMeeting: (m: string, date: string) => `來源中最近的聯合執委會會議是${m}（${date}），此後沒有更晚的會議。`,
  launched: (year: string, founding: string) => `智慧城市合作於 ${year} 年啟動${founding}。`,
  launchedFounding: (date: string, place: string) => `；其創始諒解備忘錄於${date}簽署（地點：${place}）`,
  initiative: (name: string, year: string, founding: string, n: number, pillars: string, text: string) =>
    `${name}於 ${year} 年啟動${founding ? `，創始諒解備忘錄於${founding}簽署` : ''}；它有 ${n} 個支柱（來源原文）：${pillars}。來源的描述（英文原文）：「${text}」`,
  committee: (exp: string, n: number, last: string) =>
    `JIC 是智慧城市合作的${exp ? ` ${exp}（` : ''}聯合執委會${exp ? '）' : ''}；已開會 ${n} 次，最近一次在${last}。`,
  announced: (m: string, released: string, held: string) =>
    `宣佈${m}的新聞稿日期為${released}；會議本身於${held}舉行。`,
  announcedBy: (m: string, by: string, released: string, title: string) =>
    `${m}的成果由${by}以新聞稿宣佈${released ? `，新聞稿日期為${released}` : ''}${title ? `（「${title}」）` : ''}。`,
  releaseDated: (by: string, m: string, released: string, held: string, sameDay: boolean) =>
    `${by}關於${m}的新聞稿日期為${released}${sameDay ? '，即會議當天' : `；會議本身於${held}舉行`}。`,
  noAnnounced: (m: string, held: string) => `來源沒有給出${m}單獨的公佈日期；會議於${held}舉行。`,
  title: (title: string) => `該諒解備忘錄的標題：${title}`,
  noTitle: (name: string) => `來源沒有給出 ${name} 的標題。`,
  inGroupOf: (name: string, group: string, rendering?: string) =>
    `${name} 屬於附件A的「${group}」${rendering ? `（${rendering}）` : ''}組。`,
  firstGroup: (name: string) => `${name} 屬於附件A的第一組；來源中該組沒有標題。`,
  noGroup: (name: string) => `${name} 不在附件A中（附件A只列出第四次會議的諒解備忘錄）；來源沒有給它分組。`,
  namedAt: (m: string) => `${m}上提到的成果：`,
  // A partner with no record on file, only outcomes that name it (SIMC): those outcomes, each with its meeting.
  outcomesNaming: (name: string, each: string) =>
    `資料中沒有收錄 ${name} 的諒解備忘錄或項目；來源提到它的成果：${each}。`,
  // The source's own word for the tier (旗艦, 重點), as published.
  tierYes: (name: string) => `是：${name} 是其中之一。`,
  tierNo: (name: string, is: string, asked: string) => `否：來源將 ${name} 列為${is}，而不是${asked}。`,
  tier: (n: number, total: string, m: string, zh: string, spans: string, rendered: boolean) =>
    `${m}啟動的${total}個項目中，有 ${n} 個是${zh}項目${spans ? `，涵蓋${rendered ? '（英文為我們對中文來源的轉述）' : ''} ${spans}` : ''}。`,
  tierNamed: (named: number, unnamed: number) =>
    named
      ? `其中 ${named} 個按名稱收錄在資料中${unnamed > 0 ? `；另外 ${unnamed} 個來源沒有列出名稱` : ''}：`
      : '來源沒有列出其中任何一個的名稱。',
  tierNone: (ms: string, tier: string) => `來源沒有把${ms}的項目分為${tier}。`,
  tierWord: { flagship: '旗艦項目', key: '重點項目' } as Readonly<Record<string, string>>,
  /** Both tiers compared at a meeting: its new projects, each tier's count, and whether they are as many. */
  tiersCompared: (at: string, n: number | null, parts: string, same: boolean) =>
    `${at}啟動的${n !== null ? ` ${n} 個` : ''}新項目中，${parts}${same ? '，兩類數量相同' : ''}`,
  anyMeeting: '任何會議',
  // A role as the sources word it (English), quoted as theirs: a title is no name to translate.
  // A role as the data words it: the English of an English source is its text; of a Chinese source, our rendering.
  role: (name: string, past: boolean, role: string, rendered: boolean) =>
    `${name}${past ? '當時的' : '的'}職務（${rendered ? '英文為我們對中文來源的轉述' : '來源原文'}）：${role}`,
  /** A post held by several people one after another (holders.ts): the latest first, or all in order. */
  holdersNow: (post: string, latest: string, before: string) =>
    `來源提到的最近一任${post}是 ${latest}（來源沒有說明現在是否仍然如此）；在此之前擔任該職務的是 ${before}：`,
  holdersPast: (post: string, n: number, names: string) => `來源先後提到 ${n} 位${post}：${names}：`,
  /** Between holders named in order: "A，然後是 B". */
  holdersThen: '，然後是 ',
  /** Whose a named outcome is, as its text names the owner (owner.ts): the verdict, the owner, the source's words. */
  ownerSaid: (yes: boolean, owner: string, said: string, outcome: string) =>
    `${yes ? '是' : '否'}：${owner ? `它是 ${owner} 的——` : ''}來源原文為「${said}」；${outcome}`,
  holdersAround: (post: string, one: string, them: string, before: boolean) =>
    `在 ${one} ${before ? '之前' : '之後'}，來源提到的${post}是 ${them}：`,
  holdersNoneAround: (post: string, one: string, before: boolean) =>
    `來源沒有提到 ${one} ${before ? '之前' : '之後'}的${post}：${one} 是來源提到的${before ? '最早' : '最近'}一任。`,
  holderNamed: (date: string, by: string) => `${date}的報導（${by}）仍以此職務稱之`,
  noRole: (name: string) => `來源提到了 ${name}，但沒有給出其職務。`,
  signedFounding: '簽署了創始諒解備忘錄',
  coChaired: (ms: string) => `共同主持了${ms}`,
  chairNote: (news: boolean): string =>
    news
      ? '（新聞報導列出其名；新聞稿列出的是一位中國政府代表）'
      : '（新聞稿列出其名；新聞報導列出的是另一位共同主席）',
  meetingsHeld: (n: number, list: string) => `來源中有 ${n} 次聯合執委會會議：${list}。`,
  heldAt: (m: string, where: string) => `${m}${where}`,
  noneHeldIn: (place: string, each: string) => `來源中沒有在 ${place} 舉行的聯合執委會會議：${each}。`,
  withCount: (ms: string, verb: string, n: string, each: boolean) => `${ms}${each ? '各' : ''}${verb}了 ${n}。`,
  noneWithCount: (verb: string, n: string) => `來源中沒有${verb}了 ${n}的聯合執委會會議。`,
  signedVerb: '簽署',
  launchedVerb: '啟動',
  together: (n: string, ms: string, verb: string, each: string, unknown: boolean) =>
    `${ms}合計${verb}了 ${n}（${each}）${unknown ? '；來源沒有給出其他會議的數字' : ''}。`,
  // Every meeting's outcomes, none asked: how many each named, and how to see one meeting's.
  outcomesAt: (m: string, n: number) => `${m}${n} 項`,
  outcomesByMeeting: (each: string, example: string) =>
    `來源按會議列出成果：${each}。可詢問某一次會議（例如「${example}有哪些成果？」）檢視其成果。`,
  /** Every meeting before one with no count of its own: that one's running total less its own count. */
  togetherFromTotals: (ms: string, verb: string, n: string, next: string, total: number, own: number) =>
    `按來源的累計數推算，${ms}合計${verb}了 ${n}：截至${next}累計 ${total}，減去該次會議${verb}的 ${own}；來源沒有給出各次會議的數字。`,
  togetherNone: (ms: string, verb: string, what: string) => `來源沒有給出${ms}${verb}的${what}數量。`,
  togetherAgainst: (total: string, m: string, gap = false) =>
    `；據報導，截至${m}共 ${total}${gap ? '' : '（來源未解釋差異）'}。`,
  eachAt: (n: number, m: string, measure: string) => `${m} ${n} ${measure}`,
  // Records filtered by what the question asked: the scope words, then the count on file.
  filtered: (scope: string, noun: string, n: number, measure: string) =>
    n ? `資料中收錄的${scope}${noun}共 ${n} ${measure}：` : `資料中沒有收錄${scope}${noun}。`,
  atMeetingScope: (ms: string) => `${ms}上`,
  /** Meetings an exclusion takes away ("除了第二次會議的"): the records of the others. */
  notAtMeetingsScope: (ms: string) => `${ms}以外`,
  /** Partners an exclusion takes away ("除了吉寶的"): records naming none of them. */
  notWithOrgsScope: (names: string) => `不涉及${names}`,
  aboutScope: (topics: string) => `關於「${topics}」`,
  withOrgs: (names: string) => `與 ${names} 有關`,
  withKind: (who: string) => `有${who}參與`,
  // A kind or country negated ("沒有中國大學參與的項目"): among the partners each names; those it can't tell, said.
  // Asked of every party ("兩家新加坡公司之間的備忘錄"): records whose parties are all of that kind or country.
  allKind: (who: string) => `各方都是${who}`,
  atLeastKind: (n: number, who: string) => `具名各方中至少有 ${n} 個${who}`,
  partyCountScope: (n: number) => `恰好有 ${n} 方`,
  noneAllKind: (n: number, unit: string, who: string, reported: number | undefined) =>
    `資料中的 ${n} ${unit}中，沒有一項的各方都是${who}${reported !== undefined ? `（來源共報導 ${reported} ${unit}，但只列出這些的名稱）` : ''}。`,
  withNoKind: (who: string) => `具名合作方中沒有${who}`,
  undecided: (n: number, country: boolean) =>
    `（另有 ${n} 項無法判斷：其中有合作方未具名${country ? '，或所具名合作方的國家來源未載明' : ''}）`,
  notKindScope: (kind: string) => `不是${kind}的`,
  notFromCountry: (country: string) => `不來自${country}的`,
  notCountryKind: (who: string) => `不屬於${who}的`,
  withoutScope: (other: string) => `沒有相關${other}記錄`,
  namedScope: (places: string | readonly string[]) =>
    `名稱中含有${[places]
      .flat()
      .map((p) => `「${p}」`)
      .join('或')}的合作方參與`,
  mouNoun: '諒解備忘錄',
  projectNoun: '項目',
  mouMeasure: '份',
  projectMeasure: '個',
  partnerNoun: '合作方',
  // The meetings' outcomes that speak of a topic too (say/also.ts): under the records found, or after none on file.
  spokenToo: (where: string, text: string) => `來源還在${where}的成果中提到了這一主題：${text}`,
  spokenOnly: (where: string, text: string) => `不過來源在${where}的成果中提到了這一主題：${text}`,
  topicNone: (onFile: number, reported: number, unit: string) =>
    `（來源共報導 ${reported} ${unit}，其中 ${onFile} ${unit}按名稱收錄在資料中）`,
  allReported: (n: number, unit: string, verb: string, at: string, onFile: number) =>
    `據${at}後的報導，到目前為止共${verb}了 ${n} ${unit}；其中 ${onFile} ${unit}按名稱收錄在資料中：`,
  notInNo: (mous: boolean): string => (mous ? '沒有任何諒解備忘錄記錄的' : '沒有任何項目記錄的'),
  unnamedPartners: (n: number, kinds: string) => `來源還提到 ${n} 個未具名的合作方：${kinds}。`,
  unnamedMeeting: (n: number, m: string) =>
    `來源報導${m}簽署了 ${n} 份諒解備忘錄，但沒有列出其中任何一份或其簽署方的名稱。`,
  ourRendering: (zh: string, en: string) => `${zh}（英文為我們的譯名：${en}）`,
  moreEach: (n: number) => `……另有 ${n} 項`,
  times: (what: string, n: number) => `${what}（${n} 個）`,
  // Two partners or more: what joins them, or what each did when nothing does.
  didBoth: (w: string, m: string) => `與 ${w} 簽署了一份諒解備忘錄，也合作開展了一個項目（${m}）`,
  didSign: (n: number, w: string, each: boolean, m: string) =>
    n === 1
      ? `與 ${w} 簽署了一份諒解備忘錄（${m}）`
      : `簽署了 ${n} 份諒解備忘錄，${each ? '每份的另一方都是' : '另一方為'} ${w}（${m}）`,
  didJoin: (n: number, w: string, m: string) =>
    !w
      ? `參與了${n === 1 ? '一' : ` ${n} `}個沒有其他合作方的項目（${m}）`
      : n === 1
        ? `與 ${w} 合作開展了一個項目（${m}）`
        : `與 ${w} 合作開展了 ${n} 個項目（${m}）`,
  didNothing: (name: string) => `${name} 沒有任何收錄在資料中的諒解備忘錄或項目`,
  didNothingNamed: (name: string, ms: string) => `${name} 沒有任何收錄在資料中的諒解備忘錄或項目；來源在${ms}提到它`,
  unnamedParty: (x: string) => `${x}（來源未列出名稱）`,
  noOther: '未列出名稱的一方',
  noneJoins: (names: string, at: string) => `資料中沒有${at ? `在${at}` : ''}同時涉及 ${names} 的記錄。`,
  noneJoinsAt: (names: string, at: string, elsewhere: string) =>
    `資料中沒有在${at}同時涉及 ${names} 的記錄或成果${elsewhere ? `；記錄顯示它們在${elsewhere}有合作` : ''}。`,
  // An MOU asked where only a joint project joins them (or the reverse): none of that kind, and what does join them.
  otherKindJoins: (who: string, mous: boolean, reported: number | null, onFile: number, n: number, names: string) =>
    `資料中沒有同時涉及 ${who} 的${mous ? '諒解備忘錄' : '聯合項目'}${reported !== null ? `（來源共報導 ${reported} ${mous ? '份諒解備忘錄' : '個項目'}，但只列出其中 ${onFile} ${mous ? '份' : '個'}的名稱）` : ''}：同時涉及他們的是${n === 1 ? (mous ? '一個聯合項目' : '一份諒解備忘錄') : `${n} ${mous ? '個聯合項目' : '份諒解備忘錄'}`}，而不是${mous ? '諒解備忘錄' : '聯合項目'}——${names}。`,
  // A party the sources never name, asked beside one on file: no record uses that name (which is not "never", and
  // not "it is absent": a short form the data does not hold, 北大, is only a name no record uses).
  strangerJoins: (
    name: string,
    withName: string,
    n?: { mous: number; projects: number; mousOn: number; projectsOn: number },
    chinese?: boolean,
  ) =>
    `資料中的記錄都沒有使用「${name}」這一名稱${chinese ? '（如果它是某個合作方的簡稱，請用全稱再問）' : ''}，因此按這個名稱查不到同時涉及它和 ${withName} 的記錄${n ? `（來源共報導 ${n.mous} 份諒解備忘錄和 ${n.projects} 個項目，但只列出其中 ${n.mousOn} 份諒解備忘錄和 ${n.projectsOn} 個項目的名稱）` : ''}。`,
  noneJoinsTotal: (names: string, mous: number, projects: number, mousOnFile: number, projectsOnFile: number) =>
    `資料中沒有同時涉及 ${names} 的記錄（來源共報導 ${mous} 份諒解備忘錄和 ${projects} 個項目，但只列出其中 ${mousOnFile} 份諒解備忘錄和 ${projectsOnFile} 個項目的名稱）。`,
  brand: (a: string, b: string) => `${a}和${b}是同一品牌下的兩個實體，來源分開列出。`,
  // Who the sources say inked a meeting's MOUs (MCI and IMDA), each meeting with the publishers saying so; then that no
  // MOU on file names the body asked as a party.
  inked: (who: string, each: string) => `來源稱 ${who} 簽署了${each}`,
  inkedAt: (meeting: string, n: number | null, says: string) =>
    `${meeting}的${n ? ` ${n} ` : ''}份諒解備忘錄（${says}）`,
  inkedAnnounced: (by: string) => `${by}稱其宣佈了這些諒解備忘錄的簽署`,
  noneAsParty: (n: number, name: string, reported: number | undefined, at: string) =>
    `；但資料中${at}的 ${n} 份諒解備忘錄都沒有把 ${name} 列為簽署方${reported !== undefined ? `（來源共報導 ${reported} 份諒解備忘錄，但只列出這些的名稱）` : ''}。`,
  noneNamedAsParty: (at: string, name: string) =>
    `；但來源沒有列出${at}任何諒解備忘錄的名稱，因此資料中沒有把 ${name} 列為簽署方的記錄。`,
  // Several records read at once (their text, as the sources put it): how many match, then each in a line.
  recordsMatch: (n: number) => `資料中有 ${n} 條相符的記錄：`,
  twoRecords: (names: string) => `資料中有兩條記錄涉及 ${names}：一份諒解備忘錄和一個聯合項目（並非同一條記錄）。`,
  joinedBy: (names: string) => `${names}：`,
  recordKind: { mou: '諒解備忘錄', project: '項目' } as Readonly<Record<string, string>>,
  recordAt: (kind: string, name: string, at: string, text: string) =>
    `${kind}${kind ? ' ' : ''}${name}（${at}）${text ? `：${text}` : ''}`,
  sameYes: (at: string) => `是：兩者都在${at}有記錄，但資料中沒有同時涉及兩者的記錄。`,
  sameNo: (each: string) => `否：${each}。`,
  onFileAt: (name: string, at: string) => `${name} 的記錄在${at}`,
  joinCount: (n: number, unit: string, names: string, reported: number | undefined, onFile: number, which: string) =>
    `資料中同時涉及 ${names} 的${unit.slice(1)}有 ${n} ${unit.charAt(0)}${reported !== undefined ? `（來源共報導 ${reported} ${unit}，其中 ${onFile} ${unit}按名稱收錄）` : ''}${which ? `：${which}` : ''}。`,
  // Yes or no, said with what backs it; "no" only when the records can say no.
  // (The founding MOU itself named: its signatories are on file, so someone else is a plain No.)
  notFoundingSigner: (name: string, inner: string) => `否：來源列出的創始諒解備忘錄簽署人中沒有「${name}」——${inner}`,
  notSignedPerson: (name: string, inner: string) =>
    `來源沒有提到 ${name} 簽署過任何諒解備忘錄：來源只列出了創始諒解備忘錄的簽署人——${inner}`,
  orderUnknown: (inner: string) => `來源沒有說明諒解備忘錄的簽署先後，只說明它們是在哪次會議簽署的；來源所說：${inner}`,
  partnerNotChair: (name: string, inner: string) => `否：來源把 ${name} 列為合作方，而非聯合主持人；${inner}`,
  notNamedAt: (name: string, at: string, inner: string) => `來源沒有提到 ${name} 出席${at}；${inner}`,
  roleNow: (inner: string) => `來源沒有說明現在由誰擔任該職務；來源給出的是其報導的會議當時的情況：${inner}`,
  notSaid: (inner: string) => `來源沒有這樣說；來源的說法：${inner}`,
  // A yes/no with words no table reads: those words are not checked against the sources, so no 是.
  unreadClaim: (words: string, inner: string) => `無法根據來源確認問題中的「${words}」；來源的說法：${inner}`,
  // Which came first.
  orderMeetings: (verdict: string, first: string, rest: string) => `${verdict}${first}在先，早於${rest}。`,
  orderYes: '是——',
  orderNo: '否——',
  orderUndated: '來源沒有給出兩者的日期',
  orderNeither: (m: string) => `兩者不分先後：都最早見於${m}`,
  orderCantTell: '來源無法判斷哪個在先',
  orderFirst: (names: string) => `${names}在先`,
  orderFrom: (name: string, first: string, more: string) => `${name} 最早見於${first}${more ? `，也見於${more}` : ''}`,
  orderNoDate: (name: string) => `來源沒有給出 ${name} 的日期`,
  // By the things' own dates (an outcome's launch, a meeting's day): each with its date.
  orderOwnDate: (name: string, date: string) => `${name}：${date}`,
  orderSameDay: '兩者不分先後：同一天',
  orderSentence: (verdict: string, lead: string, parts: string) => `${verdict}${lead}：${parts}。`,
  // Quotes (say-zh-quotes.ts): the words as the sources print them; reported speech and rewordings said as such.
  atTimeOf: (at: string) => `在${at}之際`,
  onDay: (date: string) => `於${date}`,
  saidVerbatim: (by: string, when: string, text: string) => `${by}${when}說（英文原文）：「${text}」`,
  reportedMark: '（轉述）',
  yesReported: '是（轉述）',
  onlyRewording: (source: string, by: string) => `只有${source}對 ${by} 講話的改寫版本這樣說，並非 ${by} 的原話。`,
  notInThoseWords: (source: string, by: string) =>
    `原話並非如此：這是${source}對 ${by} 引語的改寫，並非 ${by} 的原話。`,
  ownWords: (by: string, at: string, source: string, text: string) => `${by} 的原話（${at}，據${source}）：「${text}」`,
  printsRewording: (source: string, by: string, at: string, text: string) =>
    `${source}刊登了 ${by} 講話的改寫版本（${at}）：${text}——並非 ${by} 的原話。`,
  noQuoteSaying: (who: string) => `來源中沒有 ${who} 說過這句話的引語。`,
  quotesOnFile: (who: string) => `來源中${who ? ` ${who} ` : ''}的引語：`,
  noneIn: (where: string, who: string) => `${where}中沒有 ${who} 的引語；`,
  pressRelease: '新聞稿',
  aboutMeetings: (ms: string) => `關於${ms}`,
  fromYear: (year: number) => `${year} 年`,
  gaveSpeeches: (at: string, by: string, coChairs: boolean, publisher: string) =>
    `${at}上，${coChairs ? '聯合主席 ' : ''}${by} 致開幕辭（據${publisher}報導）。`,
  speechNotQuoted: (by: string, at: string) => `來源報導 ${by} 在${at}致開幕辭，但沒有引用其內容。`,
  noQuoteFrom: (who: string, where: string, topic: string) =>
    `來源中沒有${who ? ` ${who} ` : ''}${where}${topic ? `談及「${topic}」` : ''}的引語。`,
  alsoOnFile: '另有：',
  // The Demonstration Zone as a whole: what and where, then what each meeting names of it.
  zoneAt: (at: string, parts: string) => `${at}：${parts}。`,
  // A named outcome in its source's words (English record text), marked as theirs beside its meeting.
  /** What a named outcome is, in its text's own (English) words, before the meeting that reported it. */
  defined: (text: string) => `來源這樣介紹它（英文原文）：${text}。`,
  definedAt: (text: string, at: string) => `來源這樣介紹它（英文原文）：${text}。見於${at}。`,
  outcomeAt: (at: string, text: string) => `${at}，來源記載（英文原文）：${text}`,
  zoneAbout: (zone: string, place: string, text: string, timeline: string) =>
    `${zone}${place ? `位於 ${place}（地名為來源原文）` : ''}。來源的描述（英文原文）：「${text}」 來源按會議提到的內容：${timeline}`,
  zoneNoDate: (zone: string, timeline: string) =>
    `來源沒有給出${zone}本身設立的日期。來源按會議提到的內容：${timeline}`,
  noDateFor: (name: string) => `來源沒有給出 ${name} 的日期。`,
  oneBrand: (names: string) => `${names}屬於同一品牌。`,
  // A person the sources never name whose name shares a part with one on file ("王偉中" beside 覃偉中).
  notNamedLike: (name: string, like: string) => `來源沒有提到 ${name}；資料中名字與之最接近的是 ${like}。`,
  // An organisation the sources never name: not "no", since they report more records than they name.
  notNamed: (name: string, mous?: number, projects?: number) =>
    `來源中沒有提到 ${name}：資料中沒有任何諒解備忘錄或項目提到它${mous !== undefined ? `（來源共報導 ${mous} 份諒解備忘錄和 ${projects ?? 0} 個項目，並未全部列出名稱）` : ''}，因此無法斷言它從未參與。`,
  // A name typed in Chinese that no record uses: it may be a partner's short name (北大, 凱德) or the Chinese of a name the
  // sources give only in English (工商銀行, ICBC), so the full or English one is asked for.
  notNamedChinese: (name: string, mous?: number, projects?: number) =>
    `來源中沒有提到 ${name}（來源中的名稱多為英文；如果它是某個合作方的簡稱或中文名，請用全稱或英文名再問）：資料中沒有任何諒解備忘錄或項目提到它${mous !== undefined ? `（來源共報導 ${mous} 份諒解備忘錄和 ${projects ?? 0} 個項目，並未全部列出名稱）` : ''}，因此無法斷言它從未參與。`,
  // Whether one publication names a person (named-in.ts): Yes, No with whom it names instead, or not shown.
  namedYes: (doc: string, people: string) => `是的：${doc}提到了 ${people}。`,
  namedNo: (doc: string, names: string, meeting: string, elsewhere: string) =>
    `沒有：${doc}列出的${meeting}共同主席是 ${names}${elsewhere}。`,
  namedUnknown: (doc: string, people: string, elsewhere: string) => `來源未顯示${doc}提到 ${people}${elsewhere}。`,
  namedElsewhere: (people: string, by: string) => `；提到 ${people} 的是 ${by}`,
  // Who wrote a source document.
  piece: (title: string, publisher: string, date: string) =>
    `${publisher}${date ? `（${date}）` : ''}刊登的${title ? `「${title}」` : '一篇文章'}`,
  wrote: (name: string, pieces: string) =>
    `${name} 撰寫了${pieces}，這是本資料所依據的來源之一；來源中沒有關於 ${name} 的其他資訊。`,
  authorOf: (author: string, piece: string) => `${piece}的作者是 ${author}。`,
  noAuthor: (piece: string) => `來源沒有說明${piece}的作者。`,
  // What a short form stands for (the English words are the sources').
  acronym: (short: string, full: string) => `${short} 是 ${full} 的縮寫（英文名稱為來源原文）。`,
  acronymSpelt: (short: string, spelt: string, full: string) =>
    `${short}：來源寫作 ${spelt}，即 ${full}（英文為來源原文）。`,
  acronymNone: (short: string, name?: string, same?: boolean) =>
    `來源沒有說明 ${short} 是什麼的縮寫${name ? (same ? '：它就是來源給出的合作方名稱。' : `；本資料將其理解為 ${name}（來源給出的名稱）。`) : '。'}`,
  // Comparisons (say-zh-compare.ts): each side with its number and where it comes from.
  toDate: '到目前為止',
  sideNotStated: (side: string, what: string) => `${side}的${what}數量來源未載明`,
  sideValue: (side: string, n: string, onFile: boolean) => `${side}${onFile ? '在資料中有' : ''} ${n}`,
  compareNote: (m: string, text: string) => `${m}的來源還說：${text}`,
  compareNotBoth: (a: string, b: string) => `來源沒有給出兩邊的數字：${a}；${b}。`,
  reportedToDate: '據報導到目前為止',
  bothOnFile: (p: string, m: string) => `；其中 ${p}和 ${m}按名稱收錄在資料中`,
  notStatedOf: (what: string) => `${what}數量未載明`,
  acrossUnknown: (where: string, m: string, p: string) => `來源沒有給出${where}的兩個數字：${m}；${p}。`,
  acrossPair: (where: string, p: string, m: string, onFile: string) => `${where}共有 ${p}、${m}${onFile}`,
  acrossSame: (pair: string) => `數量相同：${pair}。`,
  acrossMore: (more: string, less: string, by: number, pair: string) =>
    `${more}比${less}多${by ? ` ${by} ${more === '項目' ? '個' : '份'}` : ''}：${pair}。`,
  byMeeting: (m: string) => `截至${m}`,
  thresholdUnknown: (where: string, what: string) => `來源沒有說明${where}的${what}數量。`,
  onFileOfThem: (n: number, unit: string) => `；其中 ${n} ${unit}按名稱收錄在資料中`,
  thresholdValue: (where: string, n: string, onFile: string) => `${where}共 ${n}${onFile}。`,
  factorValues: (a: string, x: string, b: string, y: string, factor: number) =>
    `${a} ${x}，${b} ${y}${factor ? `（是其 ${factor} 倍）` : ''}。`,
  factorSaid: (at: string, text: string, a: string, b: string) =>
    `來源這樣說，但沒有給出之前的數字：${at}的來源報導「${text}」；${a}，${b}。`,
  partnersFromSide: (country: string, n: number, label: string) => `來自${country}的 ${n} ${label}`,
  kindCount: (n: number, measure: string, country: string, noun: string) => `${n} ${measure}${country}${noun}`,
  readCaveat: (which: string) => `（其中${which}的國家是我們的推斷，來源未載明）`,
  readOf: (n: number, of: string) => `${of} ${n} 個`,
  partnerSides: (a: string, b: string, caveat: string) => `資料中有 ${a}，${b}${caveat}。`,
  sameWord: '數量相同',
  byN: (n: number, fewer: boolean) => `${fewer ? '少' : '多'} ${n} 個`,
  notMoreWord: (fewer: boolean): string => (fewer ? '並不更少' : '並不更多'),
  sideWins: (side: string, fewer: boolean) => `${side}更${fewer ? '少' : '多'}`,
  noMeetingIn: (years: string, latest: string, side: string, had: string) =>
    `來源中沒有 ${years} 年的聯合執委會會議${latest ? `，最近一次是${latest}` : ''}，因此無從比較；${side}：${had}。`,
  noSize: (a: string, b: string, each: string) => `來源沒有給出 ${a} 或 ${b} 的規模；資料顯示：${each}。`,
  foundingYear: (year: string, date: string, other: string) =>
    `${year} 年沒有舉行聯合執委會會議：當年（${date}）簽署的是創始諒解備忘錄本身，聯合執委會會議簽署的諒解備忘錄都在其後${other}。`,
  otherSigned: (at: string, n: string) => `；${at}簽署了 ${n}`,
  onFileWord: '（資料中收錄）',
  sameBoth: '兩項數字都相同——',
  totalsThen: '（當時報導的累計數字）',
  changed: (p: string, pv: string, q: string, qv: string, diff: number, unit: string) =>
    `從${p}的 ${pv}到${q}的 ${qv}：${diff === 0 ? '沒有變化' : `${diff > 0 ? '多了' : '少了'} ${Math.abs(diff)} ${unit}`}。`,
  totalsRose: (p: number, q: number) => `報導的累計數字則從 ${p} ${q > p ? '增至' : '變為'} ${q}。`,
  noneMore: (fewer: boolean): string => (fewer ? '並沒有更少' : '並沒有更多'),
  /** "相差多少": the gap, with no side asked to be the larger. */
  differBy: (n: number, what: string): string => `相差 ${n} ${what === '項目' ? '個' : '份'}${what}`,
  nMore: (n: number, what: string, fewer: boolean) =>
    `${fewer ? '少' : '多'} ${n} ${what === '項目' ? '個' : '份'}${what}`,
  noTotalFounding: (at: string) => `來源沒有報導${at}時的累計數字：報導累計數字的聯合執委會會議都在它之後。`,
  noTotalSum: (at: string, sum: string, each: string) =>
    `來源沒有報導${at}之後的累計數字；來源給出的各次會議數字相加為 ${sum}（${each}）。`,
  noTotalUnknown: (at: string, what: string, ms: string) =>
    `來源沒有報導${at}之後的累計數字；來源也沒有給出${ms}的${what}數量。`,
  foundingItself: (date: string, n: number, first: string) =>
    `當時（${date}）簽署的正是創始諒解備忘錄本身；聯合執委會會議簽署的諒解備忘錄都在它之後（最早的 ${n} 份在${first}簽署）。`,
  runningTotal: (n: string, m: string) => `截至${m}，據報導累計共有 ${n}。`,
  noRunningTotal: (m: string) => `來源沒有報導${m}時的累計數字。`,
  // Partners ranked by their records, at a meeting or over both kinds; a long tie named in part.
  partnerRank: (scope: string, shown: string, n: number, count: string, most: boolean) =>
    `${scope ? `在${scope}上，` : ''}${n > 5 ? `共有 ${n} 個合作方並列${most ? '最多' : '最少'}（各 ${count}），包括 ${shown} 等` : `${shown}${n > 1 ? '並列' : ''}${most ? '最多' : '最少'}：${n > 1 ? '各 ' : ''}${count}`}。`,
  recordUnit: '條記錄（諒解備忘錄和項目合計）',
  // Every kind ("合作方有哪些型別"): the breakdown.
  kindAll: (total: number, rows: string) => `資料中共有 ${total} 個合作方，按種類：${rows}。`,
  kindMost: (kinds: string, n: number, total: number, rest: string, most: boolean) =>
    `資料中的合作方以${kinds}${most ? '最多' : '最少'}：共 ${total} 個合作方，其中 ${n} 個${rest ? `；其次：${rest}` : ''}。`,
  meetingPartnersMost: (meetings: string, n: string, rest: string, most: boolean, unknown: boolean) =>
    unknown
      ? `資料中${meetings}的記錄沒有列出任何合作方，因此無法判斷哪次最少${rest ? `；${rest}` : ''}。來源報導的記錄多於其列名的記錄，這裡只是資料中的合作方。`
      : `資料中記錄所列合作方${most ? '最多' : '最少'}的是${meetings}：${n}${rest ? `；${rest}` : ''}。來源報導的記錄多於其列名的記錄，這裡只是資料中的合作方。`,
  // One attribute of one thing (attribute.ts): the attribute, or that the sources don't give it.
  attrCountry: (name: string, c: string) => `${name}來自${c}。`,
  attrCountryRead: (name: string, c: string) => `${name}可能來自${c}（這是我們的推斷）；來源未載明其國家。`,
  attrCountryNone: (name: string) => `來源未載明${name}來自哪個國家。`,
  attrKind: (name: string, kind: string, where: string) => `${name}是${kind}${where}。`,
  attrFounded: (name: string, at: string) => `來源未載明${name}的成立時間${at ? `；來源只在${at}提到它` : ''}。`,
  attrDoer: (name: string, at: string, who: string) => `${name}${at ? `（${at}）` : ''}的負責方是 ${who}。`,
  attrNoDoer: (verb: string, name: string, other: string) =>
    `來源未載明由誰${verb}${name}${other ? `；來源只說明其負責方是 ${other}` : ''}。`,
  attrVerb: {
    fund: '出資',
    funds: '出資',
    pay: '出資',
    pays: '出資',
    finance: '出資',
    finances: '出資',
    manage: '管理',
    manages: '管理',
    run: '運營',
    runs: '運營',
    operate: '運營',
    operates: '運營',
    develop: '開發',
    developed: '開發',
    create: '開發',
    created: '開發',
    built: '建設',
    founded: '創立',
    lead: '領導',
    leads: '領導',
  } as Readonly<Record<string, string>>,
  attrDoerDefault: '負責',
  attrSize: (said: string) => `來源未載明其規模或金額。${said ? `來源所述：${said}` : ''}`,
  /** Where a partner is: no address, but its own name places it (attribute.ts `inName`). */
  attrPlaceInName: (name: string, places: string) => `來源未提供${name}的地址，但其名稱標明位於${places}。`,
  attrNoAddress: (name: string) => `來源未提供${name}的地址或所在城市。`,
  attrWhere: (said: string) => `來源未載明其地點。${said ? `來源所述：${said}` : ''}`,
  // Co-chairs across meetings (chairs.ts).
  chairsTally: (name: string, n: number, ms: string, only: string) =>
    `${name} ${n} 次（${ms}${only ? `；${only}` : ''}）`,
  chairsOnly: (m: string, by: string) => `${m}僅據${by}`,
  chairsNewsReports: '新聞報導',
  chairsRelease: '新聞稿',
  chairsMost: (names: string, side: string, n: number, each: boolean) =>
    `${side}共同主持聯合執委會會議次數最多的是 ${names}：${n} 次${each ? '（並列）' : ''}`,
  chairsFewest: (names: string, side: string, n: number, each: boolean) =>
    `${side}共同主持聯合執委會會議次數最少的是 ${names}：${n} 次${each ? '（並列）' : ''}`,
  chairsFewestLevel: (level: string) => `——不計來源說法不一的會議，則 ${level}`,
  chairsCaveat: (m: string, n: number, level: string) =>
    `——這包括來源說法不一的${m}；不計該次則為 ${n} 次${level ? `，與 ${level} 相同` : ''}`,
  chairsAll: (yes: string, n: number, side: string) => `${yes}沒有人${side}共同主持過全部 ${n} 次聯合執委會會議`,
  chairsAllSome: (yes: string, names: string, n: number) => `${yes}${names} 共同主持了全部 ${n} 次聯合執委會會議`,
  chairsBy: (tally: string) => `。據來源：${tally}。`,
  chairsSame: (side: string, a: string, b: string, who: string) => `${side}，${a}和${b}都由 ${who} 共同主持`,
  chairsChanged: (side: string, a: string, x: string, b: string, y: string) =>
    `${side}，${a}由 ${x} 共同主持，${b}由 ${y} 共同主持`,
  chairsDiffer: (side: string, a: string, x: string, b: string, y: string) => `${side}，${a}：${x}；${b}：${y}`,
  chairsReadings: (named: string, who: string, other: string) => `${named}稱為 ${who}，另一說法為 ${other}`,
  chairsOwn: (tally: string) => `據來源，共同主持聯合執委會會議：${tally}。`,
  noAttendanceList: '來源沒有列出出席者名單。',
  chairsNotAChair: (name: string, about: string) =>
    `否：來源沒有把 ${name} 列為聯合執委會會議的共同主持人${about ? `；來源對其的描述（來源原文）：${about}` : ''}。`,
  chairsLatest: (date: string, text: string) => `來源最新的說法（${date}，來源原文）：${text}`,
  chairsNext: (after: boolean, side: string, me: string, next: string, tally: string) =>
    next
      ? `${side}，${after ? `接替 ${me} 的共同主持人是 ${next}` : `${me} 之前的共同主持人是 ${next}`}。據來源：${tally}。`
      : `來源沒有提到${side}在 ${me} ${after ? '之後' : '之前'}的共同主持人。據來源：${tally}。`,
  chairsPeople: (n: number, who: string, side: string, tally: string, unnamed: string) =>
    `來源中${side}具名共同主持聯合執委會會議的${who}共 ${n} 位：${tally}${unnamed ? `。此外，新聞稿稱${unnamed}的共同主持人為一名中國政府代表（未具名）` : ''}。`,
  chairsRole: { '': '人', mayor: '市長', 'permanent secretary': '常任秘書' } as Readonly<Record<string, string>>,
  chairsTogether: (yes: string, a: string, b: string, n: number, ms: string, only: string) =>
    n
      ? `${yes}${a} 和 ${b} 共同主持了 ${n} 次聯合執委會會議：${ms}${only ? `（${only}）` : ''}。`
      : `${yes}${a} 和 ${b} 沒有共同主持過同一次聯合執委會會議。`,
  zoneApart: (no: string, m: string, joint: number, zone: number) =>
    `${no}來源把示範區的 ${zone} 個新項目列在${m}啟動的 ${joint} 個聯合項目之外（新聞稿把示範區列在智慧城市合作的諒解備忘錄和聯合項目之外）。`,
  zoneTotal: (m: string, joint: number, zone: number, sum: number) =>
    `${m}啟動了 ${joint} 個聯合項目；此外，示範區新設立了 ${zone} 個項目：兩者合計 ${sum} 個（來源把示範區列在聯合項目之外）。`,
  zoneMousCounted: (companies: number, total: number) =>
    `來源沒有說明 ${companies} 家公司為進駐示範區簽署的協議是否計入報導的 ${total} 份諒解備忘錄；來源把示範區列在智慧城市合作的諒解備忘錄和聯合項目之外。`,
  chairsBoth: (names: string) => `兩次都由 ${names} 共同主持`,
  chairsNoneBoth: '沒有人兩次都擔任共同主持',
  chairsLead: { yes: '是', no: '否', differ: '來源說法不一' } as Readonly<Record<string, string>>,
  // The first or last meeting held in a place or a way; the time between two meetings (meetingfacts.ts).
  pickMeeting: (first: boolean, how: string, m: string, others: string) =>
    `${how}舉行的${first ? '第一次' : '最後一次'}聯合執委會會議是${m}${others ? `；${first ? '此前' : '此後'}的會議：${others}` : ''}。`,
  pickNone: (how: string, all: string) => `來源中沒有一次聯合執委會會議是${how}舉行的：${all}。`,
  pickHow: { video: '以線上方式（線上或視訊會議）', 'in person': '以線下（面對面）方式' } as Readonly<
    Record<string, string>
  >,
  pickIn: (place: string) => `在${place}`,
  meetingsInYear: (year: number, n: number, ms: string) => `${year} 年舉行了 ${n} 次聯合執委會會議：${ms}`,
  meetingsNoneInYear: (year: number, founding: string, latest: string) =>
    `來源中 ${year} 年沒有舉行聯合執委會會議${founding ? `（創始諒解備忘錄於${founding}簽署）` : latest ? `（來源中最近的一次是${latest}）` : ''}`,
  recordsNoneInYear: (yes: string, years: string, org: string, noun: string, why: string) =>
    `${yes}資料中沒有${org ? ` ${org} ` : ''}在 ${years} 年的${noun}記錄，因為${why}。`,
  recordsNoun: { mous: '諒解備忘錄', projects: '項目', records: '諒解備忘錄或項目' } as Readonly<
    Record<string, string>
  >,
  across: (yes: string, found: string, where: string, per: string) =>
    `${yes}${found ? `${found} 在資料中${where}都有記錄` : `資料中沒有任何合作方${where}都有記錄`}；資料中各次會議記錄所列的合作方：${per}。來源報導的記錄多於其列名的記錄。`,
  acrossBoth: (ms: string) => `在${ms}`,
  acrossMany: '在不止一次會議上',
  // Trends and ratios across meetings (trend.ts).
  trendGrow: (
    lead: string,
    unit: string,
    series: string,
    unknown: readonly string[],
    totals: ReadonlyArray<readonly [string, number]>,
  ) =>
    `${lead ? `${lead}：` : ''}各次會議報導的${unit}數：${series}。${unknown.length ? `來源沒有給出${unknown.join('、')}的數目。` : ''}${totals.length ? `報導的累計數：${totals.map(([m, n]) => `${m}後 ${n}`).join('，')}。` : ''}`,
  trendShare: (meeting: string, own: number, all: number, unit: string, pct: string) =>
    `截至目前報導的 ${all} ${unit === '項目' ? '個' : '份'}${unit}中，有 ${own} ${unit === '項目' ? '個' : '份'}來自${meeting}（${pct}）。`,
  // Records on file against those reported ("有多少比例的諒解備忘錄有名稱"): the share named, and with their partners.
  trendOnFile: (
    unit: string,
    all: number,
    named: number,
    withParties: number,
    pNamed: string,
    pParties: string,
    parties: boolean,
  ) => {
    const m = unit === '項目' ? '個' : '份';
    const them =
      withParties < named ? `，其中 ${withParties} ${m}列出了合作方（${pParties}）` : '，每一' + m + '都列出了合作方';
    return parties && withParties < named
      ? `截至目前報導的 ${all} ${m}${unit}中，資料收錄了合作方的有 ${withParties} ${m}（${pParties}）；按名稱收錄的有 ${named} ${m}（${pNamed}）；其餘 ${all - named} ${m}來源未列出名稱。`
      : `截至目前報導的 ${all} ${m}${unit}中，資料按名稱收錄了 ${named} ${m}（${pNamed}）${them}；其餘 ${all - named} ${m}來源未列出名稱。`;
  },
  trendRatio: (projects: number, mous: number, per: string, pOnFile: number, mOnFile: number) =>
    `截至目前報導共 ${projects} 個項目、${mous} 份諒解備忘錄，約每份備忘錄 ${per} 個項目；資料中按名稱收錄 ${pOnFile} 個項目、${mOnFile} 份備忘錄。`,
  trendRatioAt: (m: string, projects: number, mous: number, per: string) =>
    `${m}：新項目 ${projects} 個、諒解備忘錄 ${mous} 份，約每份備忘錄 ${per} 個項目。`,
  trendTotalDiff: (a: string, b: string, x: number, y: number, unit: string) =>
    `${b}後報導的累計${unit}（${y}）比${a}後（${x}）多 ${y - x}。`,
  trendGrewMore: (a: string, b: string, p: readonly [number, number], m: readonly [number, number]) =>
    `${p[1] - p[0] === m[1] - m[0] ? '兩者增長相同' : p[1] - p[0] > m[1] - m[0] ? '項目增長更多' : '諒解備忘錄增長更多'}：從${a}到${b}，累計項目數增加 ${p[1] - p[0]}（${p[0]} → ${p[1]}），累計諒解備忘錄數增加 ${m[1] - m[0]}（${m[0]} → ${m[1]}）。`,
  trendHighest: (meeting: string, n: number, unit: string) =>
    `${meeting}：此後報導的累計${unit}為 ${n}，是來源中最高的累計數。`,
  trendNoCount: (unit: string) => `來源沒有給出可用於比較的${unit}數目。`,
  /** A meeting's release against the meeting: its date, and the days after (or before) the meeting, or the same day. */
  releaseOn: (by: string, m: string, released: string, days: number, held: string) =>
    `${by ? `${by}關於${m}的新聞稿` : `宣佈${m}的新聞稿`}日期為${released}，${
      days === 0 ? '即會議當天' : days === 1 ? '即會議的次日' : `比會議${days > 0 ? '晚' : '早'} ${Math.abs(days)} 天`
    }（會議於${held}舉行）。`,
  releaseNoDate: (m: string, held: string) => `來源沒有給出宣佈${m}的新聞稿日期；會議於${held}舉行。`,
  releaseNotWhole: '來源沒有給出完整的兩個日期：',
  cameFirst: (a: string, b: string) => `${a}在先，早於${b}；`,
  interval: (a: string, b: string, days: number, span: string) => `${a}與${b}相隔 ${days} 天（${span}）。`,
  spanParts: (y: number, m: number, d: number) =>
    [y ? `${y} 年` : '', m ? `${m} 個月` : '', d ? `${d} 天` : ''].filter(Boolean).join(' ') || '0 天',
  // A claim read whole (src/answer/claim/): the alternative that holds, neither, both; a passage of the sources that
  // says it (at the meeting or date asked, or not, or only as a plan); the SCI's age in a year.
  claimOnline: '線上',
  claimEither: (name: string, said: string) => `${name}：${said}`,
  // Claimed of every meeting and not so: the meetings it does not hold of, and those it does ("否，不是第一次（只有第二次、
  // 第三次）："). Meetings by their ordinal (第一次), a list in 、.
  claimEveryNo: (no: string, yes: string) => `否，不是${no}${yes ? `（只有${yes}）` : ''}：`,
  claimOrdinal: (n: number) => `第${['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n] ?? n}次`,
  claimBoth: (said: string) => `兩者都是：${said}`,
  claimNeither: (said: string) => `都不是：${said}`,
  claimPassageYes: (where: string, text: string) => `是：${where}，來源記載（原文）：${text}`,
  claimPassagePlanned: (where: string, text: string) =>
    `來源只把這說成計劃，沒有報導已經完成：${where}，來源記載（原文）：${text}`,
  claimPassageNo: (not: string, where: string, text: string) => `否，不是${not}：來源記載的是${where}：${text}`,
  claimRanked: (yes: boolean, last: boolean, way: string, meeting: string) =>
    `${yes ? '是' : '否'}：按日期，${last ? '最近一次' : '第一次'}${way === 'online' ? '以線上方式舉行的' : way ? '以線下方式舉行的' : ''}會議是${meeting}。`,
  claimUncounted: (meeting: string, projects: boolean, onFile: number) =>
    `來源沒有說明：來源沒有給出${meeting}的新${projects ? '項目' : '諒解備忘錄'}數目${onFile ? `；資料中有 ${onFile} ${projects ? '個' : '份'}出自該次會議` : '，資料中也沒有出自該次會議的記錄'}。`,
  claimOtherKind: (n: number, projects: boolean) =>
    `${n} 是該次會議${projects ? '啟動的新項目' : '簽署的諒解備忘錄'}數目。`,
  claimFigure: (verdict: string, given: string, where: string, text: string) =>
    `${verdict === 'yes' ? '是' : verdict === 'no' ? '否' : '來源沒有這麼說'}：來源給出的數字是 ${given}（${where}），來源記載（原文）：${text}`,
  claimTimes: (f: number) =>
    f === 1
      ? '數量相同'
      : f === 2
        ? '兩倍'
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
      ? `來源沒有說明：來源沒有給出${a === null ? ma : mb}的新${projects ? '項目' : '諒解備忘錄'}數目。`
      : `${verdict === 'yes' ? '是' : '否'}：${ma} ${a} ${projects ? '個項目' : '份諒解備忘錄'}，${mb} ${b} ${projects ? '個' : '份'}——${how}${verdict === 'yes' ? '' : `，不是${claimed}`}。`,
  claimRole: (name: string, roles: string, place: string) =>
    `否：來源給出的 ${name} 的職務是 ${roles}（原文），不是 ${place} 的。`,
  claimUnsaid: (where: string, text: string) => `來源沒有這麼說；來源所述：${where}，來源記載（原文）：${text}`,
  claimFounding: (date: string, place: string, first: string) =>
    `否：創始諒解備忘錄於${date}在 ${place}（地名為來源原文）簽署，早於第一次聯合執委會會議——${first}。`,
  claimOtherDoer: (by: string, where: string, text: string) =>
    `否：來源說的是「${by}」（原文）——${where}，來源記載（原文）：${text}`,
  // A running total claimed to go from one number to another: the totals reported, meeting by meeting.
  claimChange: (lead: string, series: string, added: string) =>
    `${lead}來源報告的累計總數：${series}${added ? `；各次會議的數字相加為 ${added}（來源未解釋差異）` : ''}。`,
  claimChangeStep: (meeting: string, n: number, mous: boolean) =>
    `${meeting}後累計 ${n} ${mous ? '份諒解備忘錄' : '個項目'}`,
  claimChangeAdded: (meeting: string, n: number) => `${meeting}後 ${n}`,
  // Each meeting's own count, where a change is claimed of them ("from 4 to 8 between the 2nd and 3rd").
  claimChangeOwn: (lead: string, each: string) => `${lead}${each}。`,
  claimChangeOwnStep: (meeting: string, n: number | null, mous: boolean) =>
    n === null ? `${meeting}的新增數目來源未載明` : `${meeting} ${n} ${mous ? '份諒解備忘錄' : '個項目'}`,
  // What kind a thing named is ("X是項目嗎"): a record named for it, or none.
  claimKinds: {
    project: '項目',
    projects: '項目',
    mou: '諒解備忘錄',
    mous: '諒解備忘錄',
    partner: '合作方',
    partners: '合作方',
    company: '公司',
    companies: '公司',
    university: '大學',
    universities: '大學',
  } as Readonly<Record<string, string>>,
  claimIsaYes: (kind: string) => `是：資料中有以它命名的${kind}記錄。`,
  claimIsaNo: (kind: string, where: string) =>
    `來源沒有把它列為${kind || '這類記錄'}，資料中也沒有這樣的記錄。${where ? `來源記載於${where}。` : ''}`,
  // Whether two partners share a record: the records they share, or none.
  claimWithJoined: (a: string, b: string, names: string) => `${a} 與 ${b} 有共同的記錄：${names}`,
  claimWithNone: (a: string, b: string) => `資料中沒有同時涉及 ${a} 和 ${b} 的記錄`,
  claimWithBoth: '兩者都有：',
  claimAge: (yes: boolean, launched: number, asked: number, years: number, claimed: number) =>
    yes
      ? `是：該倡議於 ${launched} 年啟動，${asked} 年是第 ${years} 年（${asked} − ${launched} = ${years}）。`
      : `否：該倡議於 ${launched} 年啟動，${asked} 年時為 ${years} 年，不是 ${claimed} 年。`,
};

/** Kinds of partner as Chinese counts them (measure word and noun). */
export const partnerLabelsZhTW: Readonly<Record<string, string>> = {
  universities: '所大學',
  companies: '家公司',
  partners: '個合作方',
  'research institutes': '個研究機構',
  'government bodies': '個政府機構',
  'law firms': '家律師事務所',
  incubators: '家孵化器',
};
