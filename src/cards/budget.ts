import type { APIEmbed } from 'discord-api-types/v10';
import type { ReplyData } from '../reply.js';

/**
 * How much a reader has to read: the characters a reply shows, with each masked link counted as its
 * label (the address is not shown). Discord's own limits count the raw text; this is the phone
 * budget each kind of reply is held to (tests/cards/budget.test.ts, `npm run bench`).
 */
export const READER_BUDGET = {
  /** A record card: the answer at a glance, well inside one phone screen or two. */
  record: 1200,
  /** A list page, the totals table, help, about: one screenful of lines. */
  list: 4000,
  /** A short note: a miss, a bad filter. */
  note: 600,
} as const;

export type ReplyKind = keyof typeof READER_BUDGET;

const MASKED_LINK = /\[((?:\\.|[^\]\\])*)\]\((?:<)?https?:\/\/[^)\s>]+(?:>)?\)/g;

/** Text as shown: masked links read as their labels. */
export const shown = (text: string | undefined) => (text ?? '').replace(MASKED_LINK, '$1');

export const embedShownLength = (e: APIEmbed) =>
  shown(e.title).length +
  shown(e.description).length +
  (e.footer?.text ?? '').length +
  (e.author?.name ?? '').length +
  (e.fields ?? []).reduce((n, f) => n + f.name.replace(/\u200b/g, '').length + shown(f.value).length, 0);

/** The characters a reader sees in a reply: its content and every embed's text. */
export function shownLength(reply: ReplyData): number {
  return shown(reply.content).length + (reply.embeds ?? []).reduce((n, e) => n + embedShownLength(e), 0);
}
