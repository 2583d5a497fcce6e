import { ConverterFactory } from 'opencc-js/core';
import { from, to } from 'opencc-js/preset/cn2t';

/**
 * zh-TW is not hand-copied: it is zh-CN converted by OpenCC (simplified → Taiwan standard, with
 * Taiwan's phrases: 数据 → 資料, 菜单 → 選單, 运行 → 執行), then the few words Taiwan says
 * differently that OpenCC's tables leave alone. tests/i18n/catalogue.test.ts checks every zh-TW
 * message is exactly this conversion of its zh-CN one; tests/i18n/write-zh-tw.ts writes the file.
 */
const OPENCC = ConverterFactory(from.cn ?? [], to.twp ?? []);

/** After OpenCC: Taiwan's words and quotation marks (OpenCC's character tables keep the mainland ones). */
const TAIWAN: readonly [RegExp, string][] = [
  [/命令/g, '指令'],
  [/獲取/g, '取得'],
  [/搜索/g, '搜尋'],
  [/程式碼/g, '代碼'],
  [/報道/g, '報導'],
  // 视频连线 (a video link) is 視訊連線 in Taiwan; OpenCC reads 视频 as 影片 (a film).
  [/影片連線/g, '視訊連線'],
  // The command is /項目 (src/i18n/commands.ts): one word for a project across the bot and its search.
  [/專案/g, '項目'],
  [/“/g, '「'],
  [/”/g, '」'],
];

export function toTaiwan(text: string): string {
  return TAIWAN.reduce((t, [from, to]) => t.replace(from, to), OPENCC(text));
}

/**
 * The words OpenCC's phrase tables changed in a text, beyond character-by-character conversion (数据 → 資料,
 * but also idioms read across a template's join: "7 个中收录" → "7 箇中收錄"). Compared where the two
 * conversions differ, as runs of differing characters.
 */
export function phraseChanges(text: string): string[] {
  const byPhrase = toTaiwan(text);
  // One character at a time, OpenCC has no phrase to read: its character tables alone.
  const characters = [...text].map((ch) => OPENCC(ch)).join('');
  const byCharacter = TAIWAN.reduce((t, [from, to]) => t.replace(from, to), characters);
  if ([...byPhrase].length !== [...byCharacter].length) return [byPhrase];
  const a = [...byPhrase];
  const b = [...byCharacter];
  const runs: string[] = [];
  let run = '';
  for (let i = 0; i <= a.length; i++) {
    if (i < a.length && a[i] !== b[i]) run += a[i];
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  return runs;
}
