/**
 * The incoming interaction, validated at the edge with zod (only the fields the bot reads), and what
 * the transport needs from it: which handler, with which arguments, and what the log calls it.
 */
import { z } from 'zod';
import type { CommandOptions } from '../command.js';
import { flattenOptions, type RawOption } from '../discord/options.js';
import { localeOf, type Locale } from '../i18n/index.js';

const snowflake = z.string().regex(/^\d{1,20}$/);

const optionSchema: z.ZodType<RawOption & { focused?: boolean }> = z.lazy(() =>
  z.object({
    name: z.string(),
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
    focused: z.boolean().optional(),
    options: z.array(optionSchema).optional(),
  }),
);

const envelope = {
  id: snowflake,
  application_id: snowflake,
  token: z.string().min(1).max(500),
  /** The user's language (every type but PING); an unknown one reads as English. */
  locale: z.string().max(20).optional(),
};

const commandData = z.object({ name: z.string().min(1).max(32), options: z.array(optionSchema).optional() });

export const interactionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal(1), ...envelope }),
  z.object({ type: z.literal(2), ...envelope, data: commandData }),
  z.object({
    type: z.literal(3),
    ...envelope,
    data: z.object({
      custom_id: z.string().min(1).max(100),
      component_type: z.number().int(),
      values: z.array(z.string()).optional(),
    }),
  }),
  z.object({ type: z.literal(4), ...envelope, data: commandData }),
  // Modal submits: the bot opens no modals, but Discord may still deliver one (an old build's).
  z.object({ type: z.literal(5), ...envelope }),
]);

export type Interaction = z.infer<typeof interactionSchema>;

/** What the transport does with an interaction, with everything the handler needs. */
export type Work = (
  | { kind: 'ping' }
  | { kind: 'command'; command: string; options: CommandOptions }
  | { kind: 'autocomplete'; command: string; options: CommandOptions; focused: { name: string; value: string } }
  | { kind: 'button' | 'select'; command: string; customId: string; values: readonly string[] }
  | { kind: 'modal'; command: string }
) & { locale: Locale };

function focusedOption(options: readonly (RawOption & { focused?: boolean })[] | undefined): {
  name: string;
  value: string;
} {
  for (const o of options ?? []) {
    if (o.focused) return { name: o.name, value: String(o.value ?? '') };
    const inner = o.options ? focusedOption(o.options) : null;
    if (inner && inner.name) return inner;
  }
  return { name: '', value: '' };
}

// Discord's component types that carry `values` (string, user, role, mentionable, channel selects).
const SELECT_TYPES = new Set([3, 5, 6, 7, 8]);

export function workFor(i: Interaction): Work {
  const locale = localeOf(i.locale);
  switch (i.type) {
    case 1:
      return { kind: 'ping', locale };
    case 2:
      return { kind: 'command', command: i.data.name, options: flattenOptions(i.data.options ?? []), locale };
    case 4:
      return {
        kind: 'autocomplete',
        command: i.data.name,
        options: flattenOptions(i.data.options ?? []),
        focused: focusedOption(i.data.options),
        locale,
      };
    case 3: {
      const select = SELECT_TYPES.has(i.data.component_type);
      return {
        kind: select ? 'select' : 'button',
        command: i.data.custom_id,
        customId: i.data.custom_id,
        values: select ? (i.data.values ?? []) : [],
        locale,
      };
    }
    case 5:
      return { kind: 'modal', command: '', locale };
  }
}
