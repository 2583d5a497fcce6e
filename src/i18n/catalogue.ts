import { en, type Messages } from './en.js';
import type { Locale } from './locale.js';
import { zhCN } from './zh-CN.js';
import { zhTW } from './zh-TW.js';

/**
 * Typed catalogues, one plain object per language, rather than i18next: the bot writes three
 * languages from pure functions, so a lookup is a property read, a missing message is a compile
 * error (each catalogue has the English one's type), and a sentence that needs numbers or names is
 * a typed function instead of an interpolation string checked only at run time.
 */
export const CATALOGUES: Readonly<Record<Locale, Messages>> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };

/** The messages to write a reply in. */
export function messages(locale: Locale): Messages {
  return CATALOGUES[locale];
}

/** A date as precise as the source gives it (`2023-12-14`, `2020-06`, `2019`), written for the locale. */
export function formatDate(date: string | null | undefined, locale: Locale): string {
  const m = messages(locale).date;
  if (!date) return m.notStated;
  const [y = date, mm, dd] = date.split('-');
  const month = mm ? m.months[Number(mm) - 1] : undefined;
  return m.format(y, month, month && dd ? Number(dd) : undefined);
}

export type { Messages };
