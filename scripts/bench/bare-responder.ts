/**
 * A baseline for the burst (`npm run load`): a bare discord.js client that answers every interaction
 * at once with a fixed reply (a command or a click: "ok"; an autocomplete: no choices) and every
 * mention with "ok", doing no other work. Run it in the load's place with
 * `LOAD_BOT_ENTRY=dist/scripts/bench/bare-responder.js npm run load -- …`: what it cannot answer within
 * 3 s on this machine, no bot built on discord.js can, whatever its handlers cost.
 */
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';

const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
  partials: [Partials.Channel],
  rest: { api: process.env.DISCORD_API_URL! },
});
const ok = { content: 'ok', allowedMentions: { parse: [] } };
client.on(Events.InteractionCreate, (interaction) => {
  const sent = interaction.isAutocomplete()
    ? interaction.respond([])
    : interaction.isRepliable()
      ? interaction.reply(ok)
      : undefined;
  sent?.catch(() => undefined);
});
client.on(Events.MessageCreate, (message) => {
  if (message.author.bot || !client.user || !message.mentions.has(client.user)) return;
  message.reply(ok).catch(() => undefined);
});
client.once(Events.ClientReady, () => process.stdout.write(`${JSON.stringify({ level: 'info', msg: 'ready' })}\n`));
await client.login(process.env.DISCORD_TOKEN!);
process.on('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
