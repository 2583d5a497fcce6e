// What tests/i18n/write-zh-tw.ts writes: each zh-TW catalogue as the conversion of its zh-CN one.
// tests/i18n/catalogue.test.ts compares the files on disk with it, so a hand edit of a zh-TW file fails.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { toTaiwan } from './traditional.js';

const dir = new URL('../../src/i18n/', import.meta.url);

/** Each zh-TW file from its zh-CN source: the conversion, then the names and header a zh-TW file has. */
const FILES: readonly { from: string; to: string; adapt: (converted: string) => string }[] = [
  {
    from: 'zh-CN.ts',
    to: 'zh-TW.ts',
    adapt: (t) =>
      t
        .replace(/^\/\*\* 簡體中文 \(Discord's `zh-CN`\)\.(.*)\*\/$/m, (_all, rest: string) =>
          [
            '/**',
            " * 繁體中文 (Discord's `zh-TW`). GENERATED from zh-CN.ts by tests/i18n/write-zh-tw.ts (OpenCC and",
            ` * Taiwan's words, tests/i18n/traditional.ts): edit zh-CN.ts, then run it again.${rest.trimEnd()}`,
            ' */',
          ].join('\n'),
        )
        .replace('export const zhCN', 'export const zhTW')
        .replace("language: '簡體中文'", "language: '繁體中文'"),
  },
  {
    from: 'answer-zh-CN.ts',
    to: 'answer-zh-TW.ts',
    adapt: (t) =>
      [
        '/**',
        ' * 繁體中文: the sentences /ask writes for zh-TW readers. GENERATED from answer-zh-CN.ts by',
        " * tests/i18n/write-zh-tw.ts (OpenCC and Taiwan's words): edit answer-zh-CN.ts, then run it again.",
        ' */',
        "import type { AnswerZh } from './answer-zh-CN.js';",
        '',
        t
          .slice(t.indexOf('export const'))
          .replace('export const answerZhCN = {', 'export const answerZhTW: AnswerZh = {')
          .replace(/\nexport type AnswerZh = typeof answerZhCN;\n/, '')
          .replace('export const partnerLabelsZhCN', 'export const partnerLabelsZhTW'),
      ].join('\n'),
  },
];

/** Every generated zh-TW file: its path and the text it must hold. */
export async function zhTwFiles(): Promise<{ path: string; text: string }[]> {
  return Promise.all(
    FILES.map(async ({ from, to, adapt }) => {
      const path = fileURLToPath(new URL(to, dir));
      const converted = adapt(toTaiwan(readFileSync(new URL(from, dir), 'utf8')));
      return { path, text: await format(converted, { ...(await resolveConfig(path)), filepath: path }) };
    }),
  );
}
