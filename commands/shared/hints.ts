import type { Definition, Registry } from '../../src/command.js';
import { messages, type Locale } from '../../src/i18n/index.js';

/** How to start typing a command: its name, and its first required option (`/project query:`). */
export function usage(definition: Definition): string {
  const required = definition.options?.find((o) => 'required' in o && o.required);
  return required ? `/${definition.name} ${required.name}:` : `/${definition.name}`;
}

/** "`/project query:` a joint project": each command's hint, for a question /ask did not understand. */
export function commandHints(registry: Registry, except: readonly string[] = [], locale: Locale = 'en'): string[] {
  return registry.registered
    .filter(({ command }) => !except.includes(command.name))
    .map(
      ({ command, definition }) =>
        `\`${usage(definition)}\` ${messages(locale).notes.hint[command.name] ?? command.hint}`,
    );
}
