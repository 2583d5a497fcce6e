/**
 * The question in a message addressed to the bot: the text with the bot's mention taken out, or
 * null when the message does not mention the bot by name. A reply that only pings the bot, or
 * `@everyone`, is not a question for it.
 */
export function mentionedText(content: string, botId: string): string | null {
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  if (!mention.test(content)) return null;
  return content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}
