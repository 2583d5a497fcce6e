import { foldHan, hasHan } from '../text/han.js';

/**
 * The languages replies are written in. Discord sends each user's client language as the
 * interaction's `locale` (`zh-CN`, `zh-TW`, `en-US`, `fr`, …): Chinese is answered in its own
 * script, everything else in English.
 */
export const LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The locales command definitions carry localisations for (Discord's own codes). */
export const LOCALISED = ['zh-CN', 'zh-TW'] as const;
export type LocalisedLocale = (typeof LOCALISED)[number];

/** Codes read as one of ours, lower-cased: Discord's two, and the usual script tags a console user may type. */
const CODES: Readonly<Record<string, Locale>> = {
  'zh-cn': 'zh-CN',
  zh: 'zh-CN',
  'zh-hans': 'zh-CN',
  'zh-sg': 'zh-CN',
  'zh-tw': 'zh-TW',
  'zh-hant': 'zh-TW',
  'zh-hk': 'zh-TW',
  'zh-mo': 'zh-TW',
};

/** Discord's (or a user's) locale code → the language to answer in; anything unknown or absent is English. */
export function localeOf(code: string | null | undefined): Locale {
  if (!code) return DEFAULT_LOCALE;
  return CODES[code.trim().toLowerCase().replace(/_/g, '-')] ?? DEFAULT_LOCALE;
}

// What a question is written in is read from the words that carry its sentence, never from a name quoted in it: "who is
// 覃伟中?" is English with a Chinese name, "QuikBot和谁签了备忘录？" Chinese with an English one. So each side counts only
// its own grammar: English function words and common verbs (a name — Keppel, MOU, QuikBot — is none of them), and the
// Chinese characters of particles, question words and the verbs questions are asked with (a name — 覃伟中,
// 深新前海智慧城市合作创新示范园区 — holds none of them; 有 of 有限公司 excepted). Japanese and Korean letters count
// against Chinese (何件のMOUが…: 何 is a Han character, the sentence is not Chinese).
const ENGLISH_GRAMMAR = new Set(
  (
    "what whats what's who whos who's whom whose which when where wheres where's why how hows how's is isnt isn't are " +
    "arent aren't was wasnt wasn't were be been am do does doesnt doesn't did didnt didn't dont don't has have had can " +
    'could will would should may might the a an of in on at to for from by with and or but not no any some all each ' +
    'every there this that these those it its they them their he she his her me my you your we our us i tell list ' +
    'show give name names many much more most than about after before between since during sign signed signs say ' +
    'said says meet met join joined launch launched happen happened held chair chaired co-chair co-chaired also ' +
    'please anything something'
  ).split(' '),
);
const CHINESE_GRAMMAR =
  /[的了吗嗎呢吧啊么麼什谁誰哪几幾少怎为為何啥是没沒在和与與跟把被过過签簽说說请請诉訴还還就个個些从從对對给給边邊冇咗喺係咩嘅]|有(?!限)/gu;
const LATIN_WORD = /[a-z]+(?:['’-][a-z]+)*/g;
const KANA_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Whether a text is written in Chinese: more of its grammar is Chinese than English (or Japanese/Korean). */
export function writtenInChinese(text: string): boolean {
  if (!hasHan(text)) return false;
  const chinese = text.match(CHINESE_GRAMMAR)?.length ?? 0;
  const other = text.match(KANA_HANGUL)?.length ?? 0;
  const english = (text.toLowerCase().replace(/’/g, "'").match(LATIN_WORD) ?? []).filter((w) =>
    ENGLISH_GRAMMAR.has(w),
  ).length;
  // (A text of names only — "覃伟中", "北京大学" — is as Chinese as its characters.)
  if (chinese === 0 && english === 0) return other === 0;
  return chinese > english && chinese > other;
}

/**
 * The language of a text with no locale beside it (a mention), or asked from an English client: a text written in
 * Chinese is answered in the script it is written in (traditional if folding it to simplified changes it), anything
 * else — English quoting a Chinese name, Japanese — in `fallback`. A Chinese client keeps its own locale.
 */
export function localeOfText(text: string, fallback: Locale = DEFAULT_LOCALE): Locale {
  if (fallback !== 'en' || !writtenInChinese(text)) return fallback;
  return foldHan(text) === text ? 'zh-CN' : 'zh-TW';
}

/** Whether a code names a language we answer in (for the console's `--locale`, which rejects typos). */
export function isKnownLocale(code: string): boolean {
  const c = code.trim().toLowerCase().replace(/_/g, '-');
  return c in CODES || c === 'en' || /^en(-[a-z]{2})?$/.test(c);
}
