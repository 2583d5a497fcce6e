import type { RecordKind } from '../dataset/index.js';
import { KIND_WORDS } from './entries.js';
import { hanWords, hasHan } from '../text/han.js';
import { normalise } from '../text/normalise.js';

/** Work caps: a pasted essay costs no more than a short question. */
export const MAX_QUERY_CHARS = 400;
export const MAX_WORDS = 12;
/** Fuse's Bitap matcher handles patterns of at most 32 characters. */
export const MAX_WORD_CHARS = 32;

/** Words that carry no meaning for finding a record (questions, glue words). */
const STOPWORDS = new Set(
  (
    'the a an of in on at to for from by with and or is are was were be what who whom which where when how ' +
    'about me my show tell find look up please did does do its it this that these those there any some ' +
    'signed sign between info information details'
  ).split(' '),
);

/** A single query word that names a kind of record (`mou`, `project`, `jic`). */
const KIND_OF_WORD = new Map<string, RecordKind>(
  (Object.entries(KIND_WORDS) as [RecordKind, readonly string[]][]).flatMap(([kind, ws]) =>
    ws.filter((w) => !w.includes(' ')).map((w) => [w, kind] as [string, RecordKind]),
  ),
);

/**
 * Chinese has no spaces to drop glue words by, so they are cut out of a run of characters before it
 * is split into pairs (`北京大学的项目` → 北京大学 + project): question words, particles, "signed".
 * Only words that do not occur inside names: `有` alone would cut `有限公司`, so only `有哪些` is here.
 * Simplified only: queries are folded to simplified before this.
 */
const HAN_STOPWORDS = (
  '什么时候 什么 是什么 是谁 是哪 哪些 哪个 哪家 哪里 哪儿 哪年 哪一年 在哪里 在哪儿 在哪 何时 何地 ' +
  '多少 几个 有哪些 有多少 有没有 请问 关于 告诉我 介绍 介绍一下 一下 查找 查询 搜索 显示 ' +
  '签署了 签署 签订 签约 签了 参与 参加 举行 举办 召开 的 了 吗 呢 吧 谁 是 和 与 及 跟 或'
).split(' ');

/** Chinese words naming a kind of record → the English kind word the index knows. */
const HAN_KIND_WORDS: Readonly<Record<string, string>> = {
  谅解备忘录: 'mou',
  合作备忘录: 'mou',
  备忘录: 'mou',
  协议: 'agreement',
  合作项目: 'project',
  项目: 'project',
  合作伙伴: 'partner',
  伙伴: 'partner',
  合作方: 'partner',
  机构: 'partner',
  组织: 'partner',
  联合执委会: 'jic',
  联委会: 'jic',
  执委会: 'jic',
  会议: 'meeting',
};

// Longest first, so `什么时候` is cut whole before `什么`.
const HAN_CUT = new RegExp(
  [...HAN_STOPWORDS, ...Object.keys(HAN_KIND_WORDS)].sort((a, b) => b.length - a.length).join('|'),
  'gu',
);

/** One normalised query word holding Chinese → its search words (kind words as their English). */
function hanQueryWords(word: string): string[] {
  const cut = word.replace(HAN_CUT, (m) => ` ${HAN_KIND_WORDS[m] ?? ''} `);
  return cut.split(' ').filter(Boolean).flatMap(hanWords);
}

export interface ParsedQuery {
  /** The whole query, normalised (capped), for the exact tier. */
  normal: string;
  /** The words to match, in the order typed (glue words dropped, at most MAX_WORDS). */
  words: string[];
  /** Per word: it only names a kind of record (`mou`, `project`). Such words rank but do not admit. */
  isKind: boolean[];
  /** How many words are not kind words. */
  content: number;
}

export function parseQuery(raw: string): ParsedQuery {
  const normal = normalise(raw.slice(0, MAX_QUERY_CHARS));
  const split = normal ? normal.split(' ') : [];
  const expanded = hasHan(normal) ? [...new Set(split.flatMap((w) => (hasHan(w) ? hanQueryWords(w) : [w])))] : split;
  const all = expanded.slice(0, MAX_WORDS).map((w) => w.slice(0, MAX_WORD_CHARS));
  const kept = all.filter((w) => !STOPWORDS.has(w));
  const isKind = kept.map((w) => KIND_OF_WORD.has(w));
  const content = isKind.filter((k) => !k).length;
  // A query of kind words only ("mous", "projects") matches by them.
  if (content === 0) return { normal, words: kept, isKind: kept.map(() => false), content: kept.length };
  return { normal, words: kept, isKind, content };
}
