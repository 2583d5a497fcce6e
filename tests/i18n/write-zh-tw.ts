// Writes the zh-TW catalogues (src/i18n/zh-TW.ts, answer-zh-TW.ts) from their zh-CN sources:
// `npx tsx tests/i18n/write-zh-tw.ts`, after editing a zh-CN file.
import { writeFileSync } from 'node:fs';
import { zhTwFiles } from './zh-tw-files.js';

for (const { path, text } of await zhTwFiles()) {
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
