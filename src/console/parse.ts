import {
  ApplicationCommandOptionType as OptionType,
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { CommandOptions, OptionValue } from '../command.js';
import type { Result } from '../dataset/index.js';
import { withoutControls } from '../cards/text.js';

/**
 * The console's line parser: `/name opt:value opt2:value with spaces`, read the way Discord's own
 * client reads it. A value runs until the next KNOWN option name of that command followed by `:`,
 * so `/ask question:who signed with keppel: the MOU?` keeps `keppel:` inside the question.
 * Pure: it sees only the command definitions it is given. Every failure is a value with a message
 * a user can act on.
 */

export type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody;
type Option = APIApplicationCommandOption;

export type ParseErrorKind =
  | 'empty'
  | 'malformed'
  | 'unknown-command'
  | 'unknown-option'
  | 'duplicate-option'
  | 'missing-required'
  | 'invalid-value';

export interface ParseError {
  kind: ParseErrorKind;
  message: string;
}

export interface ParsedCommand {
  name: string;
  options: CommandOptions;
}

export interface ParsedAutocomplete extends ParsedCommand {
  /** The option the cursor is in (the last one on the line) and its raw text so far. */
  focused: { name: string; value: string };
  /** That option's definition, so the caller can tell static choices from autocomplete. */
  focusedOption: Option;
}

interface Segment {
  option: Option;
  raw: string;
}

interface Scanned {
  definition: Definition;
  segments: Segment[];
}

// Messages quote what was typed: control characters in it must not reach the terminal.
const fail = (kind: ParseErrorKind, message: string): { ok: false; error: ParseError } => ({
  ok: false,
  error: { kind, message: withoutControls(message) },
});

/** A full line, ready for handleCommand: every option typed, every required option present. */
export function parseLine(line: string, definitions: readonly Definition[]): Result<ParsedCommand, ParseError> {
  const scanned = scan(line, definitions);
  if (!scanned.ok) return scanned;
  const { definition, segments } = scanned.value;
  const options: Record<string, OptionValue> = {};
  for (const { option, raw } of segments) {
    if (raw === '')
      return fail('invalid-value', `\`${option.name}:\` needs a value, e.g. ${example(definition, option)}.`);
    const value = convert(option, raw, definition);
    if (!value.ok) return value;
    options[option.name] = value.value;
  }
  const missing = optionsOf(definition).filter((o) => 'required' in o && o.required && !(o.name in options));
  if (missing.length > 0) {
    const names = missing.map((o) => `\`${o.name}\``).join(', ');
    return fail('missing-required', `/${definition.name} needs ${names}: e.g. ${usage(definition)}.`);
  }
  return { ok: true, value: { name: definition.name, options } };
}

/**
 * A line being typed, for autocomplete: the LAST option on the line is the focused one (its raw
 * text, possibly empty); the options before it are passed typed, and any that do not parse yet are
 * left out, as Discord does while the user is still typing. Required options are not checked.
 */
export function parseForAutocomplete(
  line: string,
  definitions: readonly Definition[],
): Result<ParsedAutocomplete, ParseError> {
  const scanned = scan(line, definitions);
  if (!scanned.ok) return scanned;
  const { definition, segments } = scanned.value;
  const last = segments.at(-1);
  if (!last) {
    const names = optionsOf(definition).map((o) => `${o.name}:`);
    return fail(
      'malformed',
      names.length === 0
        ? `/${definition.name} has no options to complete.`
        : `Nothing to complete: end the line with an option, e.g. /${definition.name} ${names[0]}`,
    );
  }
  const options: Record<string, OptionValue> = {};
  for (const { option, raw } of segments.slice(0, -1)) {
    const value = raw === '' ? undefined : convert(option, raw, definition);
    if (value?.ok) options[option.name] = value.value;
  }
  return {
    ok: true,
    value: {
      name: definition.name,
      options,
      focused: { name: last.option.name, value: last.raw },
      focusedOption: last.option,
    },
  };
}

/** The options a command takes (subcommands are not used by this bot, so they are not offered). */
export function optionsOf(definition: Definition): Option[] {
  return (definition.options ?? []).filter(
    (o) => o.type !== OptionType.Subcommand && o.type !== OptionType.SubcommandGroup,
  );
}

/** `/partners country:<choice> meeting:<integer>`: how to call a command, required options only when it has any. */
export function usage(definition: Definition): string {
  const options = optionsOf(definition);
  const required = options.filter((o) => 'required' in o && o.required);
  const shown = required.length > 0 ? required : options.slice(0, 1);
  return [`/${definition.name}`, ...shown.map((o) => `${o.name}:<${typeLabel(o)}>`)].join(' ');
}

// ── scanning ────────────────────────────────────────────────────────────────────────────────

const COMMAND_LINE = /^\/(\S*)(?:\s+([\s\S]*))?$/u;
/** A word followed by a colon: an option name as a user would type it. */
const OPTION_LIKE = /(?:^|\s)([-_'\p{L}\p{N}]+):/u;

function scan(line: string, definitions: readonly Definition[]): Result<Scanned, ParseError> {
  const text = line.trim();
  if (text === '') return fail('empty', 'Type a command, e.g. /help.');
  const m = COMMAND_LINE.exec(text);
  if (!m) return fail('malformed', `A command starts with /, e.g. /help (got "${clip(text)}").`);
  const name = (m[1] ?? '').toLowerCase();
  if (name === '') return fail('malformed', 'A command name follows the /, e.g. /help.');
  const definition = definitions.find((d) => d.name === name);
  if (!definition) return unknownCommand(name, definitions);
  const rest = (m[2] ?? '').trim();
  const options = optionsOf(definition);
  if (rest === '') return { ok: true, value: { definition, segments: [] } };

  const known = new Map(options.map((o) => [o.name.toLowerCase(), o]));
  const markers = optionMarkers(rest, [...known.keys()]);
  const lead = rest.slice(0, markers[0]?.index ?? rest.length).trim();
  const segments: Segment[] = [];
  if (lead !== '') {
    // A value with no option name (`/project quikbot`) goes to the command's one main option.
    const main = mainOption(definition);
    if (!main || OPTION_LIKE.test(` ${lead}`) || markers.some((m) => m.name === main.name.toLowerCase()))
      return strayText(lead, definition);
    segments.push({ option: main, raw: lead });
  }

  const seen = new Set<string>();
  markers.forEach((marker, i) => {
    const end = markers[i + 1]?.index ?? rest.length;
    const option = known.get(marker.name);
    if (!option) return;
    segments.push({ option, raw: rest.slice(marker.index + marker.length, end).trim() });
  });
  for (const { option } of segments) {
    if (seen.has(option.name)) return fail('duplicate-option', `\`${option.name}:\` is given twice; give it once.`);
    seen.add(option.name);
  }
  return { ok: true, value: { definition, segments } };
}

interface Marker {
  index: number;
  length: number;
  name: string;
}

/** Where each known `name:` starts (at the start of the text or after whitespace), in order. */
function optionMarkers(text: string, names: string[]): Marker[] {
  if (names.length === 0) return [];
  const alternatives = [...names]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const re = new RegExp(`(^|\\s)(${alternatives}):`, 'giu');
  const markers: Marker[] = [];
  for (const m of text.matchAll(re)) {
    const lead = m[1] ?? '';
    const name = (m[2] ?? '').toLowerCase();
    markers.push({ index: (m.index ?? 0) + lead.length, length: name.length + 1, name });
  }
  return markers;
}

/**
 * The option a bare value belongs to: the command's one required option, or, when none is required,
 * its one option that is not a true/false switch (`/meeting 3` → `number:`). None when ambiguous.
 */
export function mainOption(definition: Definition): Option | undefined {
  const options = optionsOf(definition);
  const required = options.filter((o) => 'required' in o && o.required);
  if (required.length === 1) return required[0];
  if (required.length > 1) return undefined;
  const values = options.filter((o) => o.type !== OptionType.Boolean);
  return values.length === 1 ? values[0] : undefined;
}

/** Text before the first known option: an unknown option, or a value without its option name. */
function strayText(lead: string, definition: Definition): { ok: false; error: ParseError } {
  const options = optionsOf(definition);
  if (options.length === 0)
    return fail('unknown-option', `/${definition.name} takes no options (got "${clip(lead)}").`);
  const optionLike = OPTION_LIKE.exec(lead);
  if (optionLike?.[1]) return unknownOption(optionLike[1], definition);
  const first = options.find((o) => 'required' in o && o.required) ?? options[0]!;
  return fail(
    'malformed',
    `"${clip(lead)}" needs an option name: /${definition.name} ${first.name}:${clip(lead)}. ${takes(definition)}`,
  );
}

function unknownOption(name: string, definition: Definition): { ok: false; error: ParseError } {
  const names = optionsOf(definition).map((o) => o.name);
  const near = closest(name.toLowerCase(), names);
  const hint = near ? ` Did you mean \`${near}:\`?` : '';
  return fail('unknown-option', `/${definition.name} has no option \`${clip(name)}\`.${hint} ${takes(definition)}`);
}

function unknownCommand(name: string, definitions: readonly Definition[]): { ok: false; error: ParseError } {
  const near = closest(
    name,
    definitions.map((d) => d.name),
  );
  const hint = near ? ` Did you mean /${near}?` : '';
  return fail('unknown-command', `There is no command /${clip(name)}.${hint} Type /help to see them all.`);
}

function takes(definition: Definition): string {
  const options = optionsOf(definition);
  if (options.length === 0) return `/${definition.name} takes no options.`;
  return `/${definition.name} takes ${options.map((o) => `\`${o.name}:\``).join(', ')}.`;
}

// ── values ──────────────────────────────────────────────────────────────────────────────────

const BOOLEANS: Readonly<Record<string, boolean>> = { true: true, yes: true, false: false, no: false };

type Converter = (raw: string, option: Option) => Result<OptionValue, string>;

/** One converter per option type the console can type in; the rest (users, channels…) need Discord. */
const CONVERTERS: Partial<Record<OptionType, Converter>> = {
  [OptionType.String]: (raw, o) => {
    const min = 'min_length' in o ? o.min_length : undefined;
    const max = 'max_length' in o ? o.max_length : undefined;
    if (min !== undefined && raw.length < min) return { ok: false, error: `must be at least ${min} characters` };
    if (max !== undefined && raw.length > max) return { ok: false, error: `must be at most ${max} characters` };
    return { ok: true, value: raw };
  },
  [OptionType.Integer]: (raw, o) => {
    if (!/^[-+]?\d+$/.test(raw)) return { ok: false, error: `must be a whole number (got "${clip(raw)}")` };
    return inRange(Number(raw), o);
  },
  [OptionType.Number]: (raw, o) => {
    const n = raw.trim() === '' ? NaN : Number(raw);
    if (!Number.isFinite(n)) return { ok: false, error: `must be a number (got "${clip(raw)}")` };
    return inRange(n, o);
  },
  [OptionType.Boolean]: (raw) => {
    const b = BOOLEANS[raw.toLowerCase()];
    return b === undefined
      ? { ok: false, error: `must be true or false (or yes/no), not "${clip(raw)}"` }
      : { ok: true, value: b };
  },
};

function inRange(n: number, o: Option): Result<OptionValue, string> {
  if (!Number.isSafeInteger(n) && o.type === OptionType.Integer) return { ok: false, error: 'is too large' };
  const min = 'min_value' in o ? o.min_value : undefined;
  const max = 'max_value' in o ? o.max_value : undefined;
  if (min !== undefined && n < min) return { ok: false, error: `must be at least ${min}` };
  if (max !== undefined && n > max) return { ok: false, error: `must be at most ${max}` };
  return { ok: true, value: n };
}

function convert(option: Option, raw: string, definition: Definition): Result<OptionValue, ParseError> {
  const choices = choicesOf(option);
  if (choices.length > 0) {
    const choice = matchChoice(raw, choices);
    if (choice) return { ok: true, value: choice.value };
    return invalid(option, raw, definition, `must be one of: ${choices.map((c) => c.name).join(', ')}`);
  }
  const converter = CONVERTERS[option.type];
  if (!converter) {
    return fail(
      'invalid-value',
      `\`${option.name}:\` is a Discord ${typeLabel(option)}, which the console cannot supply.`,
    );
  }
  const value = converter(raw, option);
  return value.ok ? value : invalid(option, raw, definition, value.error);
}

/** A bad value that holds `word:` is most likely an unknown option the user meant to give. */
function invalid(option: Option, raw: string, definition: Definition, why: string): { ok: false; error: ParseError } {
  const inner = /\s([-_'\p{L}\p{N}]+):/u.exec(raw);
  if (inner?.[1]) return unknownOption(inner[1], definition);
  return fail('invalid-value', `\`${option.name}:\` ${why}.`);
}

export interface OptionChoice {
  name: string;
  value: string | number;
  /** The names Discord's Chinese clients show (`4 · 第四次联合执委会会议（2023年12月14日）`). */
  name_localizations?: Partial<Record<string, string | null>> | null;
}

export function choicesOf(option: Option): OptionChoice[] {
  return 'choices' in option && Array.isArray(option.choices) ? (option.choices as OptionChoice[]) : [];
}

/**
 * A choice by its value or its name in any case (`singapore`, `4`, `4th jic meeting`), else by a
 * prefix of its name, or of a word in its name, that only one choice has (`/meeting number:4th`
 * for `4 · 4th JIC meeting (14 Dec 2023)`).
 */
export function matchChoice(raw: string, choices: readonly OptionChoice[]): OptionChoice | undefined {
  const key = fold(raw);
  if (key === '') return undefined;
  return (
    choices.find((c) => fold(String(c.value)) === key) ??
    choices.find((c) => fold(c.name) === key) ??
    choices.find((c) => Object.values(c.name_localizations ?? {}).some((n) => n && fold(n) === key)) ??
    only(choices.filter((c) => fold(c.name).startsWith(key))) ??
    only(choices.filter((c) => wordsStartWith(fold(c.name), key)))
  );
}

/** `4th jic` inside `4 · 4th jic meeting (14 dec 2023)`: the typed text starts at a word of the name. */
const wordsStartWith = (name: string, key: string) =>
  name.split(/(?<=[^\p{L}\p{N}])(?=[\p{L}\p{N}])/u).some((_, i, parts) => parts.slice(i).join('').startsWith(key));
const only = <T>(xs: T[]): T | undefined => (xs.length === 1 ? xs[0] : undefined);
const fold = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

// ── small helpers ───────────────────────────────────────────────────────────────────────────

const TYPE_LABELS: Partial<Record<OptionType, string>> = {
  [OptionType.String]: 'text',
  [OptionType.Integer]: 'whole number',
  [OptionType.Number]: 'number',
  [OptionType.Boolean]: 'true/false',
  [OptionType.User]: 'user',
  [OptionType.Channel]: 'channel',
  [OptionType.Role]: 'role',
  [OptionType.Mentionable]: 'mention',
  [OptionType.Attachment]: 'attachment',
};

function typeLabel(o: Option): string {
  return choicesOf(o).length > 0 ? 'choice' : (TYPE_LABELS[o.type] ?? 'value');
}

function example(definition: Definition, option: Option): string {
  const choice = choicesOf(option)[0];
  return `/${definition.name} ${option.name}:${choice ? choice.name : `<${typeLabel(option)}>`}`;
}

const clip = (s: string, max = 40) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The nearest name by edit distance, if it is near enough to be a likely typo or a prefix. */
export function closest(word: string, names: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const name of names) {
    const d = name.startsWith(word) && word.length >= 2 ? 0 : distance(word, name);
    if (!best || d < best.d) best = { name, d };
  }
  return best && best.d <= Math.max(1, Math.floor(word.length / 3)) ? best.name : undefined;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
