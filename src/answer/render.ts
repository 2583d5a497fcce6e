import type { APIEmbed } from 'discord-api-types/v10';
import { fitReply } from '../cards/index.js';
import { LIMITS } from '../cards/limits.js';
import { EPHEMERAL, NO_MENTIONS, type ReplyData } from '../reply.js';
import type { Answer } from './answer.js';
import { clip } from './format.js';

const embedLength = (e: APIEmbed) =>
  (e.title ?? '').length +
  (e.description ?? '').length +
  (e.footer?.text ?? '').length +
  (e.author?.name ?? '').length +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/** Fields past the limit are dropped from the end, long text is clipped: each card fits alone. */
function fitEmbed(e: APIEmbed): APIEmbed {
  return {
    ...e,
    ...(e.title ? { title: clip(e.title, LIMITS.embedTitle) } : {}),
    ...(e.description ? { description: clip(e.description, LIMITS.embedDescription) } : {}),
    ...(e.footer ? { footer: { ...e.footer, text: clip(e.footer.text, LIMITS.footer) } } : {}),
    ...(e.fields
      ? { fields: e.fields.slice(0, LIMITS.embedFields).map((f) => ({ ...f, name: clip(f.name, LIMITS.fieldName) || '—', value: clip(f.value, LIMITS.fieldValue) || '—' })) }
      : {}),
  };
}

/**
 * The answer as Discord receives it: the sentence (and its lines) as the message content, then
 * as many whole cards as fit in one message. Within every limit by construction; never pings.
 */
export function renderAnswer(answer: Answer): ReplyData {
  const content = clip([answer.sentence, ...(answer.lines ?? [])].join('\n'), LIMITS.content);
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
