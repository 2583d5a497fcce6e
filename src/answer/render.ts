import type { APIEmbed } from 'discord-api-types/v10';
import { fitReply } from '../cards/index.js';
import { embedLength, fitEmbed } from '../cards/fit.js';
import { LIMITS } from '../cards/limits.js';
import { EPHEMERAL, NO_MENTIONS, type ReplyData } from '../reply.js';
import type { Answer } from './answer.js';
import { truncate } from './format.js';

/**
 * The answer as Discord receives it: the sentence (and its lines) as the message content, then
 * as many whole cards as fit in one message. Within every limit by construction; never pings.
 */
export function renderAnswer(answer: Answer): ReplyData {
  const content = truncate([answer.sentence, ...(answer.lines ?? [])].join('\n'), LIMITS.content);
  const embeds: APIEmbed[] = [];
  let total = 0;
  for (const raw of answer.embeds) {
    if (embeds.length >= LIMITS.embeds) break;
    const e = fitEmbed(raw);
    const size = embedLength(e);
    if (total + size > LIMITS.embedTotal) continue;
    embeds.push(e);
    total += size;
  }
  return fitReply({
    content,
    ...(embeds.length ? { embeds } : {}),
    ...(answer.components?.length ? { components: answer.components } : {}),
    ...(answer.ephemeral ? { flags: EPHEMERAL } : {}),
    allowed_mentions: NO_MENTIONS,
  });
}
