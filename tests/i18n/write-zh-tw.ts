// Writes src/i18n/zh-TW.ts from src/i18n/zh-CN.ts: `npx tsx tests/i18n/write-zh-tw.ts`, after editing zh-CN.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { toTaiwan } from './traditional.js';

const dir = new URL('../../src/i18n/', import.meta.url);
const source = readFileSync(new URL('zh-CN.ts', dir), 'utf8');
const out = fileURLToPath(new URL('zh-TW.ts', dir));
const converted = toTaiwan(source)
  .replace(/^\/\*\* 簡體中文 \(Discord's `zh-CN`\)\.(.*)\*\/$/m, (_all, rest: string) =>
    [
      '/**',
      " * 繁體中文 (Discord's `zh-TW`). GENERATED from zh-CN.ts by tests/i18n/write-zh-tw.ts (OpenCC and",
      ` * Taiwan's words, tests/i18n/traditional.ts): edit zh-CN.ts, then run it again.${rest.trimEnd()}`,
      ' */',
    ].join('\n'),
  )
  .replace('export const zhCN', 'export const zhTW')
  .replace("language: '簡體中文'", "language: '繁體中文'");
writeFileSync(out, await format(converted, { ...(await resolveConfig(out)), filepath: out }));
console.log(`wrote ${out}`);
