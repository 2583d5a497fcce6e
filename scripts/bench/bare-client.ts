/**
 * The baseline for the bot's memory: a bare discord.js client with the bot's intents and default
 * options, logged in to the fake Discord named by DISCORD_API_URL, doing nothing else. Run compiled
 * by scripts/bench/service.ts; prints one JSON line once ready.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
  rest: { api: process.env.DISCORD_API_URL! },
});
client.once(Events.ClientReady, () => process.stdout.write(`${JSON.stringify({ level: 'info', msg: 'ready' })}\n`));
await client.login(process.env.DISCORD_TOKEN!);
process.on('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
