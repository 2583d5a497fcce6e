/**
 * Gateway payloads the fake dispatches: interactions as Discord sends them (discord-platform.md §3.3)
 * and a message that mentions the bot.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionType,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { messageObject, type FakeDiscord } from './fake-discord.js';

const USER = { id: '444444444444444444', username: 'alice', discriminator: '0', global_name: 'Alice', avatar: null };

function envelope(fake: FakeDiscord, type: InteractionType, data: unknown, extra: Record<string, unknown> = {}) {
  const id = fake.nextId();
  return {
    id,
    token: `interaction-token-${id}`,
    type,
    application_id: fake.appId,
    version: 1,
    locale: 'en-GB',
    guild_locale: 'en-US',
    guild_id: fake.guildId,
    channel: { id: fake.channelId, type: 0, guild_id: fake.guildId, name: 'general' },
    channel_id: fake.channelId,
    member: {
      user: USER,
      roles: [],
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      permissions: '2248473465835073',
    },
    app_permissions: '2248473465835073',
    entitlements: [],
    authorizing_integration_owners: { '0': fake.guildId },
    context: 0,
    attachment_size_limit: 26_214_400,
    data,
    ...extra,
  };
}

export type InteractionPayload = ReturnType<typeof envelope>;

export function commandInteraction(
  fake: FakeDiscord,
  name: string,
  options: APIApplicationCommandInteractionDataOption[],
): InteractionPayload {
  return envelope(fake, InteractionType.ApplicationCommand, {
    id: '555555555555555555',
    name,
    type: ApplicationCommandType.ChatInput,
    options,
  });
}

export function autocompleteInteraction(
  fake: FakeDiscord,
  name: string,
  options: APIApplicationCommandInteractionDataOption[],
): InteractionPayload {
  return envelope(fake, InteractionType.ApplicationCommandAutocomplete, {
    id: '555555555555555555',
    name,
    type: ApplicationCommandType.ChatInput,
    options,
  });
}

/** A click on a component of a message the bot sent (`reply` is that message's body as sent). */
export function componentInteraction(
  fake: FakeDiscord,
  reply: Record<string, unknown>,
  component: { custom_id: string; component_type: ComponentType; values?: string[] },
): InteractionPayload {
  const message = messageObject({ id: fake.nextId(), channelId: fake.channelId, authorId: fake.appId, body: reply });
  return envelope(
    fake,
    InteractionType.MessageComponent,
    component.values ? component : { custom_id: component.custom_id, component_type: component.component_type },
    { message },
  );
}

/** A member's message in the test channel that mentions the bot. */
export function mentionMessage(
  fake: FakeDiscord,
  content: string,
  author: { id: string; bot?: boolean } = USER,
  channelId: string = fake.channelId,
) {
  const mentionsBot = content.includes(`<@${fake.appId}>`) || content.includes(`<@!${fake.appId}>`);
  return {
    id: fake.nextId(),
    channel_id: channelId,
    guild_id: fake.guildId,
    type: 0,
    content,
    author: { ...USER, ...author },
    member: { roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
    attachments: [],
    embeds: [],
    components: [],
    mentions: mentionsBot
      ? [{ id: fake.appId, username: 'SCI Bot', discriminator: '0', global_name: null, avatar: null, bot: true }]
      : [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
  };
}

/** A plausible value for an option: its first choice, else a sample of its type. */
function sampleValue(o: APIApplicationCommandOption): string | number | boolean | undefined {
  if ('choices' in o && o.choices && o.choices.length > 0) return o.choices[0]?.value;
  switch (o.type) {
    case ApplicationCommandOptionType.String:
      return 'Shenzhen';
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      return typeof o.min_value === 'number' ? o.min_value : 1;
    case ApplicationCommandOptionType.Boolean:
      return true;
    default:
      return undefined;
  }
}

/**
 * Valid options for a command definition: every option filled with a sample (so each handler path
 * that reads an option gets one), the first subcommand when there are subcommands.
 */
export function sampleOptions(
  def: RESTPostAPIChatInputApplicationCommandsJSONBody,
): APIApplicationCommandInteractionDataOption[] {
  const fill = (opts: readonly APIApplicationCommandOption[]): APIApplicationCommandInteractionDataOption[] => {
    const first = opts[0];
    if (
      first &&
      (first.type === ApplicationCommandOptionType.Subcommand ||
        first.type === ApplicationCommandOptionType.SubcommandGroup)
    ) {
      return [
        {
          type: first.type,
          name: first.name,
          options: fill(first.options ?? []),
        } as APIApplicationCommandInteractionDataOption,
      ];
    }
    return opts.flatMap((o) => {
      const value = sampleValue(o);
      return value === undefined
        ? []
        : [{ type: o.type, name: o.name, value } as APIApplicationCommandInteractionDataOption];
    });
  };
  return fill(def.options ?? []);
}

/** The options of a command whose first autocomplete option is focused with `typed`, or null if it has none. */
export function autocompleteOptions(
  def: RESTPostAPIChatInputApplicationCommandsJSONBody,
  typed: string,
): APIApplicationCommandInteractionDataOption[] | null {
  const find = (opts: readonly APIApplicationCommandOption[]): APIApplicationCommandInteractionDataOption[] | null => {
    for (const o of opts) {
      if (
        o.type === ApplicationCommandOptionType.Subcommand ||
        o.type === ApplicationCommandOptionType.SubcommandGroup
      ) {
        const inner = find(o.options ?? []);
        if (inner)
          return [{ type: o.type, name: o.name, options: inner } as APIApplicationCommandInteractionDataOption];
      } else if ('autocomplete' in o && o.autocomplete) {
        return [
          { type: o.type, name: o.name, value: typed, focused: true } as APIApplicationCommandInteractionDataOption,
        ];
      }
    }
    return null;
  };
  return find(def.options ?? []);
}
