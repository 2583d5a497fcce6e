import { optionsOf, parseForAutocomplete, type Definition, type ParsedAutocomplete } from './parse.js';
import type { ShownChoice } from './reply-line.js';

/** What readline's completer returns: the candidates, and the end of the line they complete. */
export type Completion = [string[], string];

/**
 * Tab completion for the REPL. Before the first space: command names. After it: the command's
 * option names not given yet (`que` → `query:`), or values for the option being typed: its static
 * choices, or the command's autocomplete, as Discord would offer them (`query:quikb` → the one
 * matching record's value). Node's readline inserts the common prefix of the candidates, or
 * replaces the typed text when that prefix does not continue it, and lists them on a second Tab.
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
  // Choices are inserted by name, what Discord's autocomplete shows (never an internal id): the
  // parser reads a static choice by its name, and a lookup command opens the record a name names.
  const found = choices(parsed.value);
  const inserts = [...new Set(found.map((c) => c.name))];
  // One match: readline inserts it, or replaces the typed text when it does not continue it.
  if (inserts.length <= 1) return [inserts, typed];
  // Nothing typed yet: list the names; inserting their common start ("MOU · ") helps no one.
  if (typed === '') return [[`(${found.length} choices: type some letters to narrow them)`, ...inserts], typed];
  // Several that all continue the typed text: readline inserts their common part, lists them on a second Tab.
  if (inserts.every((v) => v.startsWith(typed))) return [inserts, typed];
  // Several that do not: list their names. The header shares no first character with them, so
  // readline neither inserts nor replaces anything, and shows the list on a second Tab.
  return [[`(${found.length} matches: type more to narrow them)`, ...found.map((c) => c.name)], typed];
}
