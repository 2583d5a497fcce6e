// The builders and API enums on their own, not through discord.js: the console, `ask` and
// `check-data` load these definitions and must not pay for the gateway client they never use.
// The builders are loaded on first use (require: synchronous, and the same CommonJS copy discord.js
// loads), so a program that never builds a definition (`ask` from the build's snapshot, which holds
// them) never loads them.
import { createRequire } from 'node:module';
import type { SlashCommandBuilder, SlashCommandOptionsOnlyBuilder } from '@discordjs/builders';
import { ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';
import type { CommandOptions } from '../../src/command.js';
import { EPHEMERAL, type ReplyData } from '../../src/reply.js';

let builders: typeof import('@discordjs/builders') | undefined;

/**
 * A slash command that works everywhere: installable to a server and to a user, usable in servers,
 * in the bot's DMs and in group DMs.
 */
export function slash(name: string, description: string): SlashCommandBuilder {
  builders ??= createRequire(import.meta.url)('@discordjs/builders') as typeof import('@discordjs/builders');
  return new builders.SlashCommandBuilder()
    .setName(name)
    .setDescription(description)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel);
}

/** The optional `hide` option every lookup command ends with. */
export function withHide<T extends SlashCommandBuilder | SlashCommandOptionsOnlyBuilder>(
  builder: T,
): SlashCommandOptionsOnlyBuilder {
  return builder.addBooleanOption((o) => o.setName('hide').setDescription('Answer so only you can see it'));
}

/** `hide:true` makes the reply ephemeral; everything else leaves it as built. */
export function applyHide(reply: ReplyData, options: CommandOptions): ReplyData {
  if (options.hide !== true && options.hide !== 'true') return reply;
  return { ...reply, flags: (reply.flags ?? 0) | EPHEMERAL };
}

/** An option's text as typed, whatever type the transport delivered it as. */
export function text(options: CommandOptions, name: string): string {
  const v = options[name];
  return v === undefined ? '' : String(v);
}
