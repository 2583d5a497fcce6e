import { createRequire } from 'node:module';
import type { ConverterFunction } from 'opencc-js/core';

/**
 * Chinese text for search: one script (traditional folded to simplified) and words made of
 * character pairs, since Chinese is written without spaces between words.
 *
 * The folding uses OpenCC's tables (opencc-js): phrase-aware (`什麼` → `什么`, not `什幺`), with the
 * Taiwan and Hong Kong variant forms (`覃偉中`, `梁穎強` → `覃伟中`, `梁颖强`). Its tables are loaded
 * and its trie built on first use (~30 ms), so importing this module costs nothing and a run that
 * folds no Chinese text (a one-shot English answer from the build's snapshot) never pays. They are
 * loaded with require (opencc-js's CommonJS build, the same tables) because only that can happen
 * synchronously on first use; so the `ask` bundle does not carry them either.
 */

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;

let converter: ConverterFunction | undefined;

function loadConverter(): ConverterFunction {
  const requireCjs = createRequire(import.meta.url);
  const { ConverterFactory, Locale } = requireCjs('opencc-js/t2cn') as typeof import('opencc-js/t2cn');
  return ConverterFactory(Locale.from.hk ?? [], Locale.from.tw ?? [], Locale.to.cn ?? []);
}

/** Whether the text holds any Chinese character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * Traditional and variant forms → simplified; text without Chinese characters is returned as is.
 * Folded to a fixed point: a few table entries chain (`麼` → `么` → `幺`), and normalising twice
 * must give what normalising once gave.
 */
export function foldHan(text: string): string {
  if (!hasHan(text)) return text;
  converter ??= loadConverter();
  let out = text;
  for (let i = 0; i < 3; i++) {
    const next = converter(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * The search words of one space-free piece of normalised text: Latin and digit runs whole, Chinese
 * runs as overlapping character pairs (`北京大学` → 北京 京大 大学; one character alone stays one).
 * Pairs let a name be found from any part of it (`大学`, `北京`) without a dictionary to cut words.
 */
export function hanWords(token: string): string[] {
  if (!hasHan(token)) return [token];
  const out: string[] = [];
  for (const run of token.match(HAN_RUN) ?? []) {
    if (!hasHan(run)) {
      out.push(run);
      continue;
    }
    const chars = Array.from(run);
    if (chars.length === 1) out.push(run);
    for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  }
  return out;
}

/** Chinese numerals for meeting ordinals (`第四次会议`). */
export const HAN_NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

let toTw: ConverterFunction | undefined;

function loadToTaiwan(): ConverterFunction {
  const requireCjs = createRequire(import.meta.url);
  const { ConverterFactory, Locale } = requireCjs('opencc-js/cn2t') as typeof import('opencc-js/cn2t');
  return ConverterFactory(Locale.from.cn ?? [], Locale.to.tw ?? []);
}

/**
 * A name a source prints in simplified characters, in Taiwan's traditional characters (`杨颖仪` →
 * `楊穎儀`), for a zh-TW reader: the same name in the reader's script, by OpenCC's simplified →
 * traditional tables. Those hold phrases as well as characters, and a phrase can take another
 * character than the one it has alone (`个中` → `箇中`, where `个` alone is `個`); Taiwan's own
 * vocabulary table is not applied. Loaded on first use, like the folding tables.
 */
export function toTraditional(text: string): string {
  if (!hasHan(text)) return text;
  toTw ??= loadToTaiwan();
  return toTw(text);
}
