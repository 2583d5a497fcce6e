import { formatDate as formatLocaleDate, type Locale } from '../i18n/index.js';
import { LIMITS } from './limits.js';
import { words } from './reader.js';

export const ELLIPSIS = '…';

/**
 * Shortens `text` to at most `max` characters, cutting at a word boundary and ending with "…".
 * A single overlong word is cut mid-word rather than dropped. Never splits a surrogate pair or
 * leaves a dangling backslash that would escape the ellipsis.
 */
export function truncate(text: string, max: number): string {
  if (max <= 0) return '';
  if (text.length <= max) return text;
  if (max === 1) return ELLIPSIS;
  let cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  // Only back up to a word boundary when it keeps most of the text; otherwise cut the word.
  if (space > max * 0.3) cut = cut.slice(0, space);
  cut = cut.replace(/[\uD800-\uDBFF]$/, '').replace(/[\s,;:–—-]+$/, '');
  // An odd run of trailing backslashes would escape the ellipsis: drop one.
  const slashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (slashes % 2 === 1) cut = cut.slice(0, -1);
  return `${cut}${ELLIPSIS}`;
}

// Characters that start or end inline markdown (bold, italic, underline, strike, code, spoiler, masked links).
const INLINE_MARKS = /[\\*_~`|[\]]/g;

/**
 * Escapes Discord markdown (and defuses @mentions and masked links) in text from users or the data.
 * Hand-written rather than discord.js's escapeMarkdown: its italic pattern backtracks through
 * look-behinds and cost ~0.8 ms on one long meeting card; this is one linear pass per rule, and
 * over-escaping is harmless (Discord shows `\_` as `_`).
 */
export function escape(text: string): string {
  return text
    .replace(INLINE_MARKS, '\\$&')
    .replace(/^(\s*)(#{1,3}\s|-#\s|>|[-+]\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.')
    .replace(/@/g, '@\u200b')
    .replace(/<(?=[@#:/a-z])/gi, '<\u200b');
}

// Control characters (a terminal obeys ESC sequences) and bidi overrides and isolates (Discord would
// show the rest of the bot's sentence reversed), all invisible; newlines and tabs are kept.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Text with the invisible characters that can reorder or restyle what is shown around it removed. */
export function withoutControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** User text to echo back: one line, escaped, at most `max` characters. */
export function quoteUser(text: string, max = 80): string {
  const oneLine = withoutControls(text).replace(/\s+/g, ' ').trim();
  return escape(truncate(oneLine, max));
}

/** A partial date as precise as the source: `2019`, `Jun 2020`, `14 Dec 2023` (or `2023年12月14日` for a Chinese reader). */
export function formatDate(date: string | null | undefined, locale: Locale = 'en'): string {
  return formatLocaleDate(date, locale);
}

/** "1 MOU", "2 MOUs". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Joins lines into a field value of at most `max` characters, ending with "…and N more" when cut. */
export function joinLines(
  deps: { locale: Locale },
  lines: readonly string[],
  max: number = LIMITS.fieldValue,
  empty = words(deps).noneOnFile,
): string {
  const andMore = words(deps).more;
  if (lines.length === 0) return empty;
  for (let k = lines.length; k > 0; k--) {
    const shown = lines.slice(0, k);
    if (k < lines.length) shown.push(andMore(lines.length - k));
    const text = shown.join('\n');
    if (text.length <= max) return text;
  }
  // Not even one whole line fits beside the count: cut the first, and still say how many are left.
  const more = lines.length > 1 ? `\n${andMore(lines.length - 1)}` : '';
  return `${truncate(lines[0] ?? empty, Math.max(1, max - more.length))}${more}`;
}
