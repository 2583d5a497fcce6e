import { HAN_NUMERALS } from '../text/han.js';
import type { Messages } from './en.js';

/** 繁體中文 (Discord's `zh-TW`). Names of records stay as the sources wrote them. */
export const zhTW: Messages = {
  language: '繁體中文',
  date: {
    notStated: '來源未載明日期',
    months: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
    format: (year, month, day) => (month ? (day ? `${year}年${month}月${day}日` : `${year}年${month}月`) : `${year}年`),
  },
  meeting: {
    name: (n) => (n === 0 ? '創始諒解備忘錄' : `第${HAN_NUMERALS[n] ?? n}次聯合執委會會議`),
  },
  country: { Singapore: '新加坡', China: '中國', unclear: '來源中國家不明' },
  mouGroup: {
    unlabelled: '第四次會議第一組（擷取的附件中無標題）',
    'talent-exchange': '人才交流',
    ai: '戰略支柱：人工智慧',
  },
  errors: {
    failed: '抱歉，回答時出了問題。請稍後再試。',
    mentionFailed: '抱歉，回答時出了問題。請再試一次，或使用 `/ask`。',
  },
  answer: { sources: '來源' },
  router: {
    unknownCommand: (name) => `我不認識指令 \`/${name}\`。試試 \`/help\`，看看我能做什麼。`,
    stale: '這個按鈕指向的記錄已不在資料中（資料可能已更新）。請重新執行指令，取得最新的卡片。',
    unknownComponent: '我不認識這個按鈕或選單，它可能來自舊版本的機器人。請重新執行指令，取得最新的卡片。',
  },
  console: {
    locale: (name, code) => `現在用${name}（${code}）回答。`,
    unknownLocale: (code) => `未知的語言代碼「${code}」：請用 en、zh-CN 或 zh-TW。`,
  },
};
