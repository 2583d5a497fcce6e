import type { APIInteractionResponseCallbackData } from 'discord-api-types/v10';

/**
 * Exactly the `data` of an interaction response Discord receives. `allowed_mentions` is always
 * `{ parse: [] }`, so nothing a user types or the data holds can ping anyone.
 */
export type ReplyData = Omit<APIInteractionResponseCallbackData, 'allowed_mentions'> & {
  allowed_mentions: { parse: never[] };
};

/** One autocomplete choice: name and value 1–100 characters. */
export interface Choice {
  name: string;
  value: string;
}

/** What a button or select click does: replace the message it sits on, or answer with a new one. */
export interface ComponentReply {
  type: 'update' | 'reply';
  data: ReplyData;
}

export const EPHEMERAL = 1 << 6;
export const NO_MENTIONS = { parse: [] as never[] };

/** A short message only the user sees: the shape of every "that didn't work" answer. */
export function ephemeral(content: string): ReplyData {
  return { content, flags: EPHEMERAL, allowed_mentions: NO_MENTIONS };
}
