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
  differ: (m: string, date: string, readings: string) => `关于${m}（${date}）由谁共同主持，来源说法不一：${readings}。`,
  came: (name: string, m: string, date: string) => `${name} 出自${m}（${date}）。`,
  signedWith: (who: string, other: string, m: string) => `${who} 与 ${other} 签署了谅解备忘录（${m}）。`,
  joinedWith: (who: string, other: string, m: string) => `${who} 与 ${other} 合作开展了一个项目（${m}）。`,
  parties: (names: string, record: string) => `${record} 的签署方或参与方：${names}。`,
  more: (n: number) => `……另有 ${n} 项`,
  aboutMeeting: (m: string, date: string, figs: string) => `${m}（${date}）${figs}。`,
  pillars: (n: number, names: string) => `智慧城市合作有 ${n} 个支柱：${names}。`,
  yes: '是',
  no: '否',
  differs: '来源说法不一',
  lead: (word: string, rest: string) => `${word}：${rest}`,
  compareSame: (a: string, b: string, what: string) => `相同：${a}和${b}各${what}。`,
  compareMore: (winner: string, a: string, b: string) => `${winner}更多：${a}，${b}。`,
  compareUnknown: (known: string, unknown: string) => `来源没有给出两边的数字：${known}；${unknown}来源未载明。`,
  compareNeither: (a: string, b: string) => `来源没有给出${a}和${b}的数字，无从比较。`,
  side: (label: string, n: string) => `${label} ${n}`,
  most: (who: string, n: string, each: boolean, unknown: string) =>
    `${who}最多：${n}${each ? '（并列）' : ''}${unknown}。`,
  fewest: (who: string, n: string, each: boolean, unknown: string) =>
    `${who}最少：${n}${each ? '（并列）' : ''}${unknown}。`,
  rankUnknown: (names: string) => `（来源未给出${names}的数字）`,
  notAt: (asked: string, name: string, where: string) =>
    `关于${asked}的来源没有提到 ${name}${where ? `；来源在${where}提到它` : ''}。`,
  missing: (about: string, what: string) => `来源未载明${about ? `（${about}）` : ''}：没有提供${what}。`,
  missingWhat: {
    'its leaders or founders': '负责人或创办人',
    'who runs it': '由谁负责',
    'money or value': '金额或价值',
    'staff or jobs': '员工或岗位',
    'its address or contact': '地址或联系方式',
    'how long it runs': '期限',
    attendance: '出席人数',
  } as Readonly<Record<string, string>>,
  unsureNear: '我不确定您在问什么。以下是来源中最接近的记录：',
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
  kindCountry: (c: string) => `，来自${c}`,
  kindCountryInferred: (c: string) => `，来自${c}（推断，来源未载明国家）`,
  kindCountryUnknown: '；来源未载明其国家',
  notStated: '来源未载明',
  inGroup: (heading: string, rendering?: string) => `附件A的「${heading}」${rendering ? `（${rendering}）` : ''}组中`,
  names: (name: string, shown: string) => `来源中${name}的中文名称：${shown}。`,
  noNames: (name: string) => `来源没有给出${name}的中文名称。`,
  quote: (by: string, at: string, text: string) => `${by}在${at}之际说（英文原文）：“${text}”`,
  reported: (by: string, source: string, at: string, text: string) =>
    `据${source}报道（${at}；转述，非原话），${by}表示：${text}。`,
  rewording: (source: string) => `（${source}刊登的是改写后的版本，并非原话。）`,
  noQuote: (who: string) => `来源中没有${who}的引语。`,
  namedNoQuote: '来源中没有您所问人物的引语。',
  anyone: '任何人',
  // Partners by what the question narrowed them to (a meeting, the place their names state, an Annex A group, MOUs or projects).
  atMeetings: (meetings: string) => `在${meetings}`,
  aboutTopics: (topics: string) => `关于「${topics}」的`,
  fromCountry: (country: string) => `来自${country}的`,
  namedPlace: (place: string) => `名称中含有“${place}”的`,
  viaMous: '签署谅解备忘录的',
  viaProjects: '参与项目的',
  partnersScoped: (n: number, scope: string, label: string, names: string, inferred: number) =>
    `资料中${scope}共有 ${n} ${label}${inferred ? `（其中 ${inferred} 个的国家是我们的推断，来源未载明）` : ''}：${names}。`,
  noPartners: (scope: string, noun: string) => `资料中没有${scope}${noun}。`,
  // A pillar's MOUs: the sources file none under a pillar, only the 4th meeting's under Annex A's groups.
  pillarGroups: (pillar: string, groups: string) =>
    `来源没有说明哪些谅解备忘录属于「${pillar}」支柱：来源只按附件A的分组列出第四次会议的谅解备忘录——${groups}。`,
  byGroupNotPillar: '来源不按支柱整理谅解备忘录；按附件A的分组（第四次会议的谅解备忘录）：',
  groupCount: (group: string, n: number) => `${group} ${n} 份`,
  zonePlace: (zone: string, place: string) => `${zone}位于：${place}。`,
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
  passage: (when: string, text: string) => `${when}：${text}`,
  // None of a partner's records of the kind asked on file: never "no", since the sources report more than they name.
  noneOnFile: (n: number, unit: string, name: string, reported: number | undefined, at: string) =>
    `资料中${at}的 ${n} ${unit}都没有提到 ${name}${reported !== undefined && !at ? `（来源共报道 ${reported} ${unit}，但只列出这些的名称）` : ''}`,
  noneNamedAt: (noun: string, at: string, name: string) =>
    `来源没有列出${at}的任何${noun}，因此资料中没有提到 ${name} 的`,
  alsoSigned: (n: number, names: string) => `；它签署了 ${n} 份谅解备忘录：${names}`,
  alsoJoined: (n: number, names: string) => `；它参与了 ${n} 个项目：${names}`,
};

export type AnswerZh = typeof answerZhCN;

/** Kinds of partner as Chinese counts them (measure word and noun). */
export const partnerLabelsZhCN: Readonly<Record<string, string>> = {
  universities: '所大学',
  companies: '家公司',
  partners: '个合作方',
  'research institutes': '个研究机构',
  'government bodies': '个政府机构',
};
