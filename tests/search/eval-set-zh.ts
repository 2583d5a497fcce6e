import type { EvalCase } from './eval-set.js';

/**
 * Chinese and mixed queries, written from ../shared/sources/more-facts.md (the Chinese names the
 * sources print, and the standard names kept as search aliases) and the way the Chinese press
 * numbers the meetings: simplified and traditional forms, parts of names, names typed without the
 * punctuation, and Chinese beside Latin words.
 */
const P = ['project'] as const;
const M = ['mou'] as const;
const O = ['organisation'] as const;
const J = ['meeting'] as const;

export const evalSetZh: readonly EvalCase[] = [
  // ── standard names (search aliases), simplified and traditional
  { q: '北京大学', expect: 'organisation:peking-university', kinds: O, why: 'name' },
  { q: '北京大學', expect: 'organisation:peking-university', kinds: O, why: 'normalise' },
  { q: '北京', expect: 'organisation:peking-university', kinds: O, why: 'name' },
  { q: '中山大学', expect: 'organisation:sysu-shenzhen', kinds: O, why: 'name' },
  { q: '中山大學', expect: 'organisation:sysu-shenzhen', kinds: O, why: 'normalise' },
  { q: '香港中文大学（深圳）', expect: 'organisation:cuhk-shenzhen', kinds: O, why: 'name' },
  { q: '香港中文大學(深圳)', expect: 'organisation:cuhk-shenzhen', kinds: O, why: 'normalise' },
  { q: '香港中文大学深圳', expect: 'organisation:cuhk-shenzhen', kinds: O, why: 'normalise' },
  { q: '吉宝', expect: 'organisation:keppel', kinds: O, why: 'name' },
  { q: '吉寶', expect: 'organisation:keppel', kinds: O, why: 'normalise' },
  { q: '南洋理工大学', expect: 'organisation:ntu', kinds: O, why: 'name' },
  { q: '南洋理工', expect: 'organisation:ntu', kinds: O, why: 'name' },
  { q: '新加坡国立大学', expect: 'organisation:nus', kinds: O, why: 'name' },
  { q: '新加坡國立大學', expect: 'organisation:nus', kinds: O, why: 'normalise' },
  { q: '金蝶', expect: 'organisation:kingdee-e-invoice', kinds: O, why: 'name' },
  { q: '深圳国际仲裁院', expect: 'organisation:scia', kinds: O, why: 'name' },
  { q: '深圳國際仲裁院', expect: 'organisation:scia', kinds: O, why: 'normalise' },
  { q: '新加坡国际调解中心', expect: 'organisation:simc', kinds: O, why: 'name' },
  { q: '國際調解中心', expect: 'organisation:simc', kinds: O, why: 'normalise' },
  { q: '深圳市商务局', expect: 'organisation:shenzhen-bureau-of-commerce', kinds: O, why: 'name' },
  { q: '商务局', expect: 'organisation:shenzhen-bureau-of-commerce', kinds: O, why: 'name' },
  // ── names the sources print in Chinese
  { q: '新加坡资讯通信媒体发展局', expect: 'organisation:imda', kinds: O, why: 'name' },
  { q: '資訊通信媒體發展局', expect: 'organisation:imda', kinds: O, why: 'normalise' },
  { q: '新加坡通讯及新闻部', expect: 'organisation:mci', kinds: O, why: 'name' },
  { q: '通訊及新聞部', expect: 'organisation:mci', kinds: O, why: 'normalise' },
  { q: '深圳市人民政府', expect: 'organisation:shenzhen-municipal-government', kinds: O, why: 'name' },
  // ── meetings as the Chinese press numbers them, and the people who chaired them
  { q: '第四次会议', expect: 'meeting:jic-4', why: 'meeting' },
  { q: '第4次联委会', expect: 'meeting:jic-4', why: 'meeting' },
  { q: '第三次會議', expect: 'meeting:jic-3', why: 'meeting' },
  { q: '第二次联合执委会会议', expect: 'meeting:jic-2', why: 'meeting' },
  { q: '第一次会议', expect: 'meeting:jic-1', kinds: J, why: 'meeting' },
  { q: '联合执委会第二次会议', expect: 'meeting:jic-2', why: 'meeting' },
  { q: '关于深圳-新加坡智慧城市合作倡议的谅解备忘录', expect: 'meeting:founding', why: 'name' },
  { q: '覃伟中 第四次会议', expect: 'meeting:jic-4', kinds: J, why: 'multi' },
  { q: '覃偉中 2023', expect: 'meeting:jic-4', kinds: J, why: 'multi' },
  { q: '梁颖强 第三次', expect: 'meeting:jic-3', kinds: J, why: 'multi' },
  { q: '梁穎強 2022', expect: 'meeting:jic-3', kinds: J, why: 'multi' },
  { q: '陈如桂 2020', expect: 'meeting:jic-1', kinds: J, why: 'multi' },
  { q: '杨颖仪 2019', expect: 'meeting:founding', kinds: J, why: 'multi' },
  // ── the 3rd meeting's projects, by the Chinese names the press published (BSM-3), whole and in part
  { q: '深新智慧图书馆合作项目', expect: 'project:prj-3-smart-library', why: 'name' },
  { q: '智慧圖書館', expect: 'project:prj-3-smart-library', why: 'normalise' },
  { q: '二氧化碳捕集', expect: 'project:prj-3-carbon-capture-membrane', why: 'topic' },
  { q: '中空纤维膜', expect: 'project:prj-3-carbon-capture-membrane', why: 'topic' },
  { q: '新能源商用车', expect: 'project:prj-3-nev-commercial-vehicles', why: 'topic' },
  { q: '启新汇', expect: 'project:prj-3-qixinhui-platform', why: 'name' },
  { q: '啟新匯產業合作平台', expect: 'project:prj-3-qixinhui-platform', why: 'normalise' },
  { q: '前海人才合作平台', expect: 'project:prj-3-qianhai-talent-platform', kinds: P, why: 'name' },
  { q: '跨境贸易数据 互联互通', expect: 'project:prj-3-trade-data-interconnection', why: 'multi' },
  { q: '中新(深圳)跨境贸易数据国际互联互通项目', expect: 'project:prj-3-trade-data-interconnection', why: 'name' },
  { q: '仁恒 新加坡', expect: 'project:prj-3-renheng-industry-platform', kinds: P, why: 'multi' },
  { q: '深新前海智慧城市合作创新示范园区项目', expect: 'project:prj-3-qianhai-demonstration-park', why: 'name' },
  { q: '示范园区 第三次会议', expect: 'project:prj-3-qianhai-demonstration-park', kinds: P, why: 'multi' },
  // ── Chinese beside Latin words, and Chinese kind words
  { q: 'keppel 北京大学', expect: 'mou:mou-keppel-pku', kinds: M, why: 'multi' },
  { q: '吉宝 北京大学 项目', expect: 'project:prj-keppel-pku', why: 'kind-word' },
  { q: '吉寶北京大學備忘錄', expect: 'mou:mou-keppel-pku', why: 'kind-word' },
  { q: '南洋理工大学 中山大学', expect: 'project:prj-ntu-sysu', kinds: P, why: 'multi' },
  { q: 'ntu 中山大学', expect: 'project:prj-ntu-sysu', kinds: P, why: 'multi' },
  { q: '中山大学 rehabilitation', expect: 'project:prj-rehab-sysu', why: 'multi' },
  { q: 'csijri 香港中文大学（深圳）', expect: 'mou:mou-csijri-cuhk-shenzhen', kinds: M, why: 'multi' },
  { q: '金蝶 datapost', expect: 'mou:mou-datapost-kingdee', why: 'multi' },
  { q: 'quikbot 谅解备忘录', expect: 'mou:mou-quikbot-guardforce', why: 'kind-word' },
  { q: 'quikbot 项目', expect: 'project:prj-quikbot-guardforce', why: 'kind-word' },
  { q: 'capitaland 前海', expect: 'mou:mou-capitaland-qianhai', kinds: M, why: 'multi' },
  { q: 'rajah tann 前海', expect: 'project:prj-rajah-tann-qianhai', kinds: P, why: 'multi' },
  { q: '前海 hand-painted', expect: 'organisation:qianhai-hand-painted', kinds: O, why: 'multi' },
];
