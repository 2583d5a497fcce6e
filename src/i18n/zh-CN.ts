import { HAN_NUMERALS } from '../text/han.js';
import type { Messages } from './en.js';

/** 简体中文 (Discord's `zh-CN`). Names of records stay as the sources wrote them. */
export const zhCN: Messages = {
  language: '简体中文',
  date: {
    notStated: '来源未载明日期',
    months: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
    format: (year, month, day) => (month ? (day ? `${year}年${month}月${day}日` : `${year}年${month}月`) : `${year}年`),
  },
  meeting: {
    name: (n) => (n === 0 ? '创始谅解备忘录' : `第${HAN_NUMERALS[n] ?? n}次联合执委会会议`),
  },
  country: { Singapore: '新加坡', China: '中国', unclear: '来源中国家不明' },
  mouGroup: {
    unlabelled: '第四次会议第一组（截取的附件中无标题）',
    'talent-exchange': '人才交流',
    ai: '战略支柱：人工智能',
  },
  errors: {
    failed: '抱歉，回答时出了问题。请稍后再试。',
    mentionFailed: '抱歉，回答时出了问题。请再试一次，或使用 `/ask`。',
  },
  answer: { sources: '来源' },
  router: {
    unknownCommand: (name) => `我不认识命令 \`/${name}\`。试试 \`/help\`，看看我能做什么。`,
    stale: '这个按钮指向的记录已不在资料中（数据可能已更新）。请重新运行命令，获取最新的卡片。',
    unknownComponent: '我不认识这个按钮或菜单，它可能来自旧版本的机器人。请重新运行命令，获取最新的卡片。',
  },
  console: {
    locale: (name, code) => `现在用${name}（${code}）回答。`,
    unknownLocale: (code) => `未知的语言代码“${code}”：请用 en、zh-CN 或 zh-TW。`,
  },
};
