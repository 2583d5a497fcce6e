import type { APIEmbedField } from 'discord-api-types/v10';
import type { Dataset, Source } from '../dataset/index.js';
import { LIMITS } from './limits.js';
import { formatDate, messages, type Locale } from '../i18n/index.js';

/**
 * The one source line every message carries: each document it cites once, as a masked link
 * `[ITS International, 5 Jan 2024](https://…)`, joined by " · ". Masked links work in embed
 * descriptions and field values (not in footers or titles), so the line is the card's last field.
 *
 * Used by every card and by the /ask answers: `sourceLinks` for the labelled list, `sourceLine`
 * for the text, `sourceFields` for the embed field(s).
 */

/** The web address a source document lives at, when the data has one. */
export const sourceUrl = (s: Source): string | undefined => {
  const url = (s as Source & { url?: unknown }).url;
  return typeof url === 'string' && /^https?:\/\/\S+$/.test(url) ? url : undefined;
};

/** A compilation of facts (the timeline notes) is not a publication: its lines cite their own. */
const isCompilation = (s: Source) => s.id === s.file && s.file.endsWith('.md');

export interface SourceLink {
  id: string;
  /** "MCI and IMDA, 15 Dec 2023": the publisher (without the curators' asides) and the date. */
  label: string;
  url: string | undefined;
  /** With no address: the reader's phrase saying why ("no stable web address"). */
  noUrl?: string;
}

/**
 * "MCI and IMDA (press release on PR Newswire)" → "MCI and IMDA"; "People's Daily Online, Shenzhen
 * channel, from …" → "People's Daily Online": the publisher as a reader names it in a citation (the
 * link opens the rest).
 */
export function publisherName(publisher: string): string {
  const short = publisher
    .replace(/\s*\([^()]*\)/g, '')
    .split(',')[0]
    ?.trim();
  return short || publisher;
}

/** The label a source is cited by: its publisher, and its date when the data has one. */
export function sourceLinkLabel(s: Source, locale: Locale = 'en'): string {
  const name = publisherName(s.publisher);
  return s.date ? `${name}, ${formatDate(s.date, locale)}` : name;
}

// Inside a masked link's text: brackets would end the link; other markdown is harmless but escaped.
const linkText = (s: string) => s.replace(/[\\[\]*_~`|]/g, '\\$&');

/** One source as markdown: a masked link, or its plain label when the data has no address yet. */
export function sourceMarkdown(link: SourceLink): string {
  return link.url
    ? `[${linkText(link.label)}](${link.url})`
    : `${linkText(link.label)} (${linkText(link.noUrl ?? messages('en').cards.noUrl)})`;
}

/** One source as cited in one language: its link, the key two ids of one document share, and its markdown. */
interface Cited {
  link: SourceLink;
  key: string;
  md: string;
}

// Each source's citation, worked out once per Dataset and language: every reply and card carries a source line, and a
// source's link never changes while its Dataset lives.
const citations = new WeakMap<Dataset, Map<string, Cited | null>>();

function citationOf(dataset: Dataset, id: string, locale: Locale): Cited | null {
  let table = citations.get(dataset);
  if (!table) citations.set(dataset, (table = new Map()));
  const key = `${locale} ${id}`;
  const hit = table.get(key);
  if (hit !== undefined) return hit;
  const s = dataset.source(id);
  // (An id the Dataset does not hold is never kept: the table holds the Dataset's sources only.)
  if (!s) return null;
  const cited = cite(s, locale);
  table.set(key, cited);
  return cited;
}

function cite(s: Source, locale: Locale): Cited | null {
  if (isCompilation(s)) return null;
  const url = sourceUrl(s);
  const label = sourceLinkLabel(s, locale);
  const why = (s as Source & { urlNote?: string }).urlNote?.split(/\s*[(;]/)[0]?.trim();
  // The data's reason is in English; a Chinese reader gets the catalogue's phrase.
  const noUrl = (locale === 'en' ? why : undefined) || messages(locale).cards.noUrl;
  const link: SourceLink = { id: s.id, label, url, ...(!url ? { noUrl } : {}) };
  return { link, key: url ?? `label:${label}`, md: sourceMarkdown(link) };
}

/** The citations of a set of source ids, each document once, in the order first cited. */
function citationsOf(dataset: Dataset, ids: readonly string[], locale: Locale): Cited[] {
  const seen = new Set<string>();
  const out: Cited[] = [];
  for (const id of ids) {
    const c = citationOf(dataset, id, locale);
    // Two ids for one document (same address, or same label with no address) are cited once.
    if (!c || seen.has(c.key)) continue;
    seen.add(c.key);
    out.push(c);
  }
  return out;
}

/** Distinct citable sources for a set of source ids, in the order first cited. */
export function sourceLinks(dataset: Dataset, ids: readonly string[], locale: Locale = 'en'): SourceLink[] {
  return citationsOf(dataset, ids, locale).map((c) => ({ ...c.link }));
}

/** "[A](…) · [B](…)", packed into parts of at most `max` characters each (one part when it fits). */
export function sourceLineParts(
  dataset: Dataset,
  ids: readonly string[],
  max: number = LIMITS.fieldValue,
  locale: Locale = 'en',
): string[] {
  const parts: string[] = [];
  let current = '';
  for (const { md } of citationsOf(dataset, ids, locale)) {
    const next = current ? `${current} · ${md}` : md;
    if (next.length <= max) current = next;
    else {
      if (current) parts.push(current);
      current = md.slice(0, max);
    }
  }
  if (current) parts.push(current);
  return parts;
}

/** The whole source line as one string (for a description or plain content). */
export function sourceLine(dataset: Dataset, ids: readonly string[], locale: Locale = 'en'): string {
  return sourceLineParts(dataset, ids, Number.MAX_SAFE_INTEGER, locale)[0] ?? '';
}

/** The source line's field name in English (the catalogue's `cards.sources`). */
export const SOURCES_FIELD = messages('en').cards.sources;
/** A continuation field's name: invisible, so the line reads on as one. */
export const CONTINUED_FIELD = '\u200b';

/**
 * The card's source line as its last field(s): "Sources" and, only when the links pass 1024
 * characters, continuation fields with an invisible name. Empty when nothing citable is given.
 */
export function sourceFields(dataset: Dataset, ids: readonly string[], locale: Locale = 'en'): APIEmbedField[] {
  const name = messages(locale).cards.sources;
  return sourceLineParts(dataset, ids, LIMITS.fieldValue, locale).map((value, i) => ({
    name: i === 0 ? name : CONTINUED_FIELD,
    value,
  }));
}
