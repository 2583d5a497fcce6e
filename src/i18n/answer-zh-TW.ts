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
  zoneProjects: (n: number, at: string) => `${at}宣佈在示範區設立 ${n} 個新項目；來源未列出它們的名稱。`,
  zoneCompanies: (n: number, at: string) =>
    `${at}有 ${n} 家公司簽署諒解備忘錄，成為首批進駐示範區的企業；來源未列出它們的名稱。`,
  held: (m: string, date: string, place: string) => `${m}於${date}舉行（地點：${place}）。`,
  foundingSigned: (date: string, place: string) => `創始諒解備忘錄於${date}簽署（地點：${place}）。`,
  place: (m: string, date: string, place: string) => `${m}（${date}）的舉行地點：${place}。`,
  chaired: (m: string, date: string, people: string) => `${m}（${date}）由 ${people} 共同主持。`,
  signedBy: (m: string, date: string, people: string) => `${m}（${date}）由 ${people} 簽署。`,
  differ: (m: string, date: string, readings: string) => `關於${m}（${date}）由誰共同主持，來源說法不一：${readings}。`,
  came: (name: string, m: string, date: string) => `${name} 出自${m}（${date}）。`,
  signedWith: (who: string, other: string, m: string) => `${who} 與 ${other} 簽署了諒解備忘錄（${m}）。`,
  joinedWith: (who: string, other: string, m: string) => `${who} 與 ${other} 合作開展了一個項目（${m}）。`,
  parties: (names: string, record: string) => `${record} 的簽署方或參與方：${names}。`,
  more: (n: number) => `……另有 ${n} 項`,
  aboutMeeting: (m: string, date: string, figs: string) => `${m}（${date}）${figs}。`,
  pillars: (n: number, names: string) => `智慧城市合作有 ${n} 個支柱：${names}。`,
  yes: '是',
  no: '否',
  differs: '來源說法不一',
  lead: (word: string, rest: string) => `${word}：${rest}`,
  compareSame: (a: string, b: string, what: string) => `相同：${a}和${b}各${what}。`,
  compareMore: (winner: string, a: string, b: string) => `${winner}更多：${a}，${b}。`,
  compareUnknown: (known: string, unknown: string) => `來源沒有給出兩邊的數字：${known}；${unknown}來源未載明。`,
  compareNeither: (a: string, b: string) => `來源沒有給出${a}和${b}的數字，無從比較。`,
  side: (label: string, n: string) => `${label} ${n}`,
  most: (who: string, n: string, each: boolean, unknown: string) =>
    `${who}最多：${n}${each ? '（並列）' : ''}${unknown}。`,
  fewest: (who: string, n: string, each: boolean, unknown: string) =>
    `${who}最少：${n}${each ? '（並列）' : ''}${unknown}。`,
  rankUnknown: (names: string) => `（來源未給出${names}的數字）`,
  notAt: (asked: string, name: string, where: string) =>
    `關於${asked}的來源沒有提到 ${name}${where ? `；來源在${where}提到它` : ''}。`,
  missing: (about: string, what: string) => `來源未載明${about ? `（${about}）` : ''}：沒有提供${what}。`,
  missingWhat: {
    'its leaders or founders': '負責人或創辦人',
    'who runs it': '由誰負責',
    'money or value': '金額或價值',
    'staff or jobs': '員工或崗位',
    'its address or contact': '地址或聯絡方式',
    'how long it runs': '期限',
    attendance: '出席人數',
  } as Readonly<Record<string, string>>,
  unsureNear: '我不確定您在問什麼。以下是來源中最接近的記錄：',
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
  kindCountry: (c: string) => `，來自${c}`,
  kindCountryInferred: (c: string) => `，來自${c}（推斷，來源未載明國家）`,
  kindCountryUnknown: '；來源未載明其國家',
  notStated: '來源未載明',
  inGroup: (heading: string, rendering?: string) => `附件A的「${heading}」${rendering ? `（${rendering}）` : ''}組中`,
  names: (name: string, shown: string) => `來源中${name}的中文名稱：${shown}。`,
  noNames: (name: string) => `來源沒有給出${name}的中文名稱。`,
  quote: (by: string, at: string, text: string) => `${by}在${at}之際說（英文原文）：「${text}」`,
  reported: (by: string, source: string, at: string, text: string) =>
    `據${source}報導（${at}；轉述，非原話），${by}表示：${text}。`,
  rewording: (source: string) => `（${source}刊登的是改寫後的版本，並非原話。）`,
  noQuote: (who: string) => `來源中沒有${who}的引語。`,
  namedNoQuote: '來源中沒有您所問人物的引語。',
  anyone: '任何人',
  // Partners by what the question narrowed them to (a meeting, the place their names state, an Annex A group, MOUs or projects).
  atMeetings: (meetings: string) => `在${meetings}`,
  aboutTopics: (topics: string) => `關於「${topics}」的`,
  fromCountry: (country: string) => `來自${country}的`,
  namedPlace: (place: string) => `名稱中含有「${place}」的`,
  viaMous: '簽署諒解備忘錄的',
  viaProjects: '參與項目的',
  partnersScoped: (n: number, scope: string, label: string, names: string, inferred: number) =>
    `資料中${scope}共有 ${n} ${label}${inferred ? `（其中 ${inferred} 個的國家是我們的推斷，來源未載明）` : ''}：${names}。`,
  noPartners: (scope: string, noun: string) => `資料中沒有${scope}${noun}。`,
  // A pillar's MOUs: the sources file none under a pillar, only the 4th meeting's under Annex A's groups.
  pillarGroups: (pillar: string, groups: string) =>
    `來源沒有說明哪些諒解備忘錄屬於「${pillar}」支柱：來源只按附件A的分組列出第四次會議的諒解備忘錄——${groups}。`,
  byGroupNotPillar: '來源不按支柱整理諒解備忘錄；按附件A的分組（第四次會議的諒解備忘錄）：',
  groupCount: (group: string, n: number) => `${group} ${n} 份`,
  zonePlace: (zone: string, place: string) => `${zone}位於：${place}。`,
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
  passage: (when: string, text: string) => `${when}：${text}`,
  // None of a partner's records of the kind asked on file: never "no", since the sources report more than they name.
  noneOnFile: (n: number, unit: string, name: string, reported: number | undefined, at: string) =>
    `資料中${at}的 ${n} ${unit}都沒有提到 ${name}${reported !== undefined && !at ? `（來源共報導 ${reported} ${unit}，但只列出這些的名稱）` : ''}`,
  noneNamedAt: (noun: string, at: string, name: string) =>
    `來源沒有列出${at}的任何${noun}，因此資料中沒有提到 ${name} 的`,
  alsoSigned: (n: number, names: string) => `；它簽署了 ${n} 份諒解備忘錄：${names}`,
  alsoJoined: (n: number, names: string) => `；它參與了 ${n} 個項目：${names}`,
};

/** Kinds of partner as Chinese counts them (measure word and noun). */
export const partnerLabelsZhTW: Readonly<Record<string, string>> = {
  universities: '所大學',
  companies: '家公司',
  partners: '個合作方',
  'research institutes': '個研究機構',
  'government bodies': '個政府機構',
};
