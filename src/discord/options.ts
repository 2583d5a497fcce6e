import type { CommandOptions, OptionValue } from '../command.js';

/** The part of discord.js's CommandInteractionOption this module reads. */
export interface RawOption {
  readonly name: string;
  readonly value?: string | number | boolean | null;
  readonly options?: readonly RawOption[];
}

/**
 * `interaction.options.data` → `{ name: value }`. Subcommands and groups carry no value of their
 * own: their options are lifted to the top, which is how the handlers read them.
 */
export function flattenOptions(data: readonly RawOption[]): CommandOptions {
  const out: Record<string, OptionValue> = {};
  const walk = (options: readonly RawOption[]) => {
    for (const o of options) {
      if (o.value !== undefined && o.value !== null) out[o.name] = o.value;
      if (o.options) walk(o.options);
    }
  };
  walk(data);
  return out;
}
