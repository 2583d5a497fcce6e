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

/**
 * The language of a text with no locale beside it (a mention): Chinese is answered in the script it is
 * written in (traditional if folding it to simplified changes it), anything else in `fallback`.
 */
export function localeOfText(text: string, fallback: Locale = DEFAULT_LOCALE): Locale {
  if (!hasHan(text)) return fallback;
  if (fallback !== 'en') return fallback;
  return foldHan(text) === text ? 'zh-CN' : 'zh-TW';
}

/** Whether a code names a language we answer in (for the console's `--locale`, which rejects typos). */
export function isKnownLocale(code: string): boolean {
  const c = code.trim().toLowerCase().replace(/_/g, '-');
  return c in CODES || c === 'en' || /^en(-[a-z]{2})?$/.test(c);
}
