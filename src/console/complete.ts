import { choicesOf, optionsOf, parseForAutocomplete, type Definition, type ParsedAutocomplete } from './parse.js';
import type { ShownChoice } from './answer.js';

/** What readline's completer returns: the candidates, and the end of the line they complete. */
export type Completion = [string[], string];

/**
 * Tab completion for the REPL. Before the first space: command names. After it: the command's
 * option names not given yet (`que` → `query:`), or values for the option being typed (its static
 * choices, or the command's autocomplete). readline appends a single candidate's remainder after
 * the typed text, so only candidates that start with what was typed (in any case) are offered.
 */
export function completeLine(
  line: string,
  definitions: readonly Definition[],
  choices: (parsed: ParsedAutocomplete) => ShownChoice[],
): Completion {
  if (!/\s/.test(line)) {
    const typed = line.startsWith('/') ? line : `/${line}`;
    const hits = definitions.map((d) => `/${d.name} `).filter((n) => n.startsWith(typed.toLowerCase()));
    return [hits, line];
  }
  const parsed = parseForAutocomplete(line, definitions);
  const definition = definitions.find((d) => line.trimStart().toLowerCase().startsWith(`/${d.name} `));
  if (!definition) return [[], line];

  const partial = /(\S*)$/.exec(line)?.[1] ?? '';
  if (!partial.includes(':')) {
    const given = new Set(parsed.ok ? [...Object.keys(parsed.value.options), parsed.value.focused.name] : []);
    const names = optionsOf(definition)
      .map((o) => `${o.name}:`)
      .filter((n) => !given.has(n.slice(0, -1)) && n.startsWith(partial.toLowerCase()));
    if (names.length > 0) return [names, partial];
  }
  // After a space the value being typed has ended: there is nothing left to complete in place.
  if (!parsed.ok || partial === '') return [[], partial];

  const typed = parsed.value.focused.value;
  // Static choices are matched by name too, and names read better; autocomplete values are what the
  // command resolves, so those are inserted as they are.
  const byName = choicesOf(parsed.value.focusedOption).length > 0;
  const hits = choices(parsed.value)
    .map((c) => (byName ? c.name : String(c.value)))
    .filter((v) => v.toLowerCase().startsWith(typed.toLowerCase()));
  return [[...new Set(hits)], typed];
}
