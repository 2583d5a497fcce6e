import { ButtonStyle } from 'discord-api-types/v10';
import { button, type Row } from './components.js';
import { buttonRows } from './components.js';
import type { Locale } from '../i18n/index.js';
import { words } from './reader.js';

/**
 * Lines packed into pages: as many as fit the budget (characters, and at most `maxItems` so each
 * page's select can hold them), so a short list is one page and only a long one is paged.
 * Deterministic, so a page number in a custom_id finds the same page after a restart.
 */
export function paginate<T>(items: readonly T[], size: (item: T) => number, budget: number, maxItems = 25): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    const n = size(item) + 1;
    if (page.length > 0 && (used + n > budget || page.length >= maxItems)) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += n;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** "40 matches, 1–25" (or just "8 MOUs" when one page holds them all). */
export function countText(deps: { locale: Locale }, total: number, noun: string, first: number, shown: number): string {
  return shown >= total ? noun : words(deps).range(noun, first + 1, first + shown);
}

/** ◀ Previous / Next ▶ buttons for page `page` of `pages`, from an encoder of page numbers. */
export function pageNav(
  deps: { locale: Locale },
  page: number,
  pages: number,
  encode: (page: number) => string,
): Row[] {
  if (pages <= 1) return [];
  return buttonRows([
    page > 0 ? button(words(deps).previous, encode(page - 1), ButtonStyle.Secondary) : null,
    page < pages - 1 ? button(words(deps).next, encode(page + 1), ButtonStyle.Secondary) : null,
  ]);
}
