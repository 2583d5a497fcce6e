import fc from 'fast-check';
import { LOCALES } from '../../src/i18n/index.js';
import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord-api-types/v10';
import type { CommandOptions, OptionValue } from '../../src/command.js';
import type { Dataset } from '../../src/dataset/index.js';

/**
 * Generators for everything a public Discord server can type. Data-driven: option values come from
 * the command definitions, words from the dataset, so new commands and records are covered as they land.
 */

/** Runs per property: ≥ 1,000 in CI; `PROPERTY_RUNS=20000 npx vitest run tests/property` for a long local run. */
export const RUNS = Math.max(1, Number(process.env.PROPERTY_RUNS) || 1000);
/** A fixed seed unless asked otherwise, so a CI failure replays; `PROPERTY_SEED=random` explores. */
export const SEED = process.env.PROPERTY_SEED === 'random' ? undefined : Number(process.env.PROPERTY_SEED) || 424242;
export const fcParams = (runs = RUNS): fc.Parameters<unknown> => ({
  numRuns: runs,
  ...(SEED !== undefined ? { seed: SEED } : {}),
});

/** Strings Discord users and bots are known to trip over. */
export const NASTY = [
  '',
  ' ',
  '   \t\n  ',
  '\n',
  '@everyone',
  '@here',
  '@everyone @here <@123> <@!123> <@&123> <#123>',
  '<@123>',
  '<@!123456789012345678>',
  '<@&123>',
  '<#123>',
  '</ask:123>',
  '<t:1700000000:R>',
  '<:emoji:123>',
  '```',
  '```js\nconsole.log(1)\n```',
  '`',
  '**bold** *it* __under__ ~~strike~~ ||spoiler|| > quote\n# heading\n- list\n[link](https://example.com)',
  '\\',
  '\\*\\*',
  '{"question":"x","__proto__":{"polluted":true}}',
  '[]',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e309',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '.*+?^${}()|[]\\',
  '(a+)+$',
  '((((((((((a))))))))))',
  '[',
  '\u202E\u2066RTL override\u2069',
  '\u200F\u200E',
  'مرحبا بالعالم',
  'שלום',
  '\u200B\u200C\u200D\uFEFF\u2060',
  '\u200B',
  '\u00AD',
  '\u0000',
  '\u0007\u001b[31mred\u001b[0m',
  '\r\n\r\n',
  '\uD800',
  '\uDFFF',
  '\uDFFF\uD800',
  'a\uD83D',
  '😀',
  '👩‍👩‍👧‍👦🏳️‍🌈🇸🇬🇨🇳',
  '🧑🏽‍💻'.repeat(40),
  'Z̷̢̛͔̤̖̗̞̳̳̙̘͎̦͖̀̿̃̾͌̆͊̾̏a̵l̴g̶o̴',
  '深圳 新加坡 智慧城市',
  '𝕂𝕖𝕡𝕡𝕖𝕝',
  'Ｋｅｐｐｅｌ',
  'İstanbul ß ﬁ',
  '%s %d %n',
  '${process.exit()}',
  '<script>alert(1)</script>',
  "'; DROP TABLE mous; --",
  '../../etc/passwd',
  'a'.repeat(100),
  'a'.repeat(101),
  'x'.repeat(2001),
  'keppel '.repeat(900),
  'a'.repeat(6000),
  '😀'.repeat(3000),
  '@everyone '.repeat(600),
  '\n'.repeat(6000),
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
const controlOrFormat = fc.constantFrom(
  '\u0000',
  '\u0008',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\ufffd',
  '\uffff',
);
const mention = fc.oneof(
  fc.constantFrom('@everyone', '@here'),
  fc
    .bigInt({ min: 0n, max: 2n ** 64n })
    .chain((id) => fc.constantFrom(`<@${id}>`, `<@!${id}>`, `<@&${id}>`, `<#${id}>`)),
);
const markdown = fc.constantFrom(
  '*',
  '**',
  '_',
  '__',
  '~~',
  '||',
  '`',
  '```',
  '> ',
  '# ',
  '-# ',
  '[',
  ']',
  '(',
  ')',
  '\\',
  '\n',
);

/** Any string at all, weighted towards the dangerous. `words` mixes in real names so queries hit records. */
export function hostileString(words: readonly string[] = []): fc.Arbitrary<string> {
  const word = words.length > 0 ? fc.constantFrom(...words) : fc.constant('keppel');
  const piece = fc.oneof(
    { weight: 4, arbitrary: word },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    { weight: 1, arbitrary: loneSurrogate },
    { weight: 1, arbitrary: astral },
    { weight: 1, arbitrary: controlOrFormat },
    { weight: 2, arbitrary: mention },
    { weight: 2, arbitrary: markdown },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY.filter((s) => s.length <= 200)) },
    { weight: 1, arbitrary: fc.json({ maxDepth: 2 }) },
  );
  const sep = fc.constantFrom(' ', '', '  ', '\n', '\t', '-', ',', '\u200b');
  const mixed = fc.array(fc.tuple(piece, sep), { maxLength: 8 }).map((parts) => parts.map(([p, s]) => p + s).join(''));
  return fc.oneof(
    { weight: 6, arbitrary: mixed },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 64 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 64 }) },
    // Long inputs: far past every Discord limit (an option is ≤ 6000 characters).
    {
      weight: 1,
      arbitrary: fc
        .tuple(word, fc.integer({ min: 50, max: 6000 }))
        .map(([w, n]) => (w + ' ').repeat(Math.ceil(n / (w.length + 1))).slice(0, n)),
    },
  );
}

/** Names, aliases, ids, topics and numbers from the data: the words real users type. */
export function datasetWords(d: Dataset): string[] {
  const words = new Set<string>();
  const add = (s: string | undefined | null) => {
    if (!s) return;
    words.add(s);
    for (const w of s.split(/\s+/)) if (w.length > 1) words.add(w);
  };
  for (const o of d.organisations) [o.id, o.name, ...o.aliases].forEach(add);
  for (const m of d.mous) [m.id, m.name, ...m.topics, ...m.keywords].forEach(add);
  for (const p of d.projects) [p.id, p.name, ...p.topics, ...p.keywords].forEach(add);
  for (const m of d.meetings) [m.id, m.name, String(m.number), m.place.value].forEach(add);
  for (const g of d.initiative.mouGroups) [g.id, g.label].forEach(add);
  for (const p of d.initiative.pillars) [p.id, p.name].forEach(add);
  [
    'Singapore',
    'China',
    'who',
    'signed',
    'how many',
    'projects',
    'MOUs',
    'partners',
    'when',
    'where',
    'JIC',
    '4th',
    'latest',
    'NTU',
    'NUS',
  ].forEach(add);
  return [...words];
}

type Leaf = Exclude<
  APIApplicationCommandOption,
  { type: ApplicationCommandOptionType.Subcommand | ApplicationCommandOptionType.SubcommandGroup }
>;

/** Options of a definition, with those of any subcommands flattened in (CommandOptions is flat). */
export function leafOptions(options: readonly APIApplicationCommandOption[] | undefined): Leaf[] {
  return (options ?? []).flatMap((o): Leaf[] =>
    o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup
      ? leafOptions(o.options)
      : [o as Leaf],
  );
}

const snowflake = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map(String);
const anyNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    0,
    -0,
    -1,
    1e21,
    -1e21,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_SAFE_INTEGER,
    NaN,
    Infinity,
    -Infinity,
    0.5,
    2 ** 53 + 1,
  ),
);

/** A value for one option: usually the right type (in range or not), sometimes the wrong one. */
export function optionValue(opt: Leaf, words: readonly string[]): fc.Arbitrary<OptionValue> {
  const wrongType = fc.oneof(hostileString(words), anyNumber, fc.boolean()) as fc.Arbitrary<OptionValue>;
  const choices = 'choices' in opt && opt.choices ? opt.choices.map((c) => c.value) : [];
  const right: fc.Arbitrary<OptionValue> = (() => {
    switch (opt.type) {
      case ApplicationCommandOptionType.String: {
        const min = opt.min_length ?? 0;
        const max = opt.max_length ?? 6000;
        const typed = hostileString(words);
        // Discord enforces min/max length, but the console and a forged request do not: both are generated.
        return fc.oneof(
          typed,
          typed.filter((s) => s.length >= min && s.length <= max),
        );
      }
      case ApplicationCommandOptionType.Integer:
      case ApplicationCommandOptionType.Number: {
        const lo = opt.min_value ?? -1000;
        const hi = opt.max_value ?? 1000;
        const inRange =
          opt.type === ApplicationCommandOptionType.Integer
            ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) })
            : fc.double({ min: lo, max: hi, noNaN: true });
        return fc.oneof(inRange, fc.integer({ min: Math.floor(lo) - 5, max: Math.ceil(hi) + 5 }), anyNumber);
      }
      case ApplicationCommandOptionType.Boolean:
        return fc.boolean();
      default:
        // Users, channels, roles, mentionables and attachments arrive as snowflakes.
        return snowflake;
    }
  })();
  const arms: fc.WeightedArbitrary<OptionValue>[] = [
    { weight: 6, arbitrary: right },
    { weight: 1, arbitrary: wrongType },
  ];
  if (choices.length > 0) arms.push({ weight: 4, arbitrary: fc.constantFrom(...choices) });
  return fc.oneof(...arms);
}

const extraKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'focused',
    'name',
    '',
  ),
  fc.string({ maxLength: 10 }),
);

/**
 * The options of one call: each option present or absent (required ones too, ~1 in 8), plus now and then
 * unknown extra keys — including `__proto__` as an own property, the way JSON.parse would deliver it.
 */
export function commandOptions(
  defOptions: readonly APIApplicationCommandOption[] | undefined,
  words: readonly string[],
): fc.Arbitrary<CommandOptions> {
  const leaves = leafOptions(defOptions);
  const entries = leaves.map((o) =>
    fc.option(
      optionValue(o, words).map((v) => [o.name, v] as const),
      { freq: o.required ? 8 : 2, nil: undefined },
    ),
  );
  const extras = fc.array(fc.tuple(extraKey, fc.oneof(hostileString(words), anyNumber, fc.boolean())), {
    maxLength: 3,
  });
  return fc
    .tuple(fc.tuple(...entries), fc.oneof({ weight: 5, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: extras }))
    .map(([present, extra]) => {
      const pairs: (readonly [string, OptionValue])[] = [...extra, ...present.filter((e) => e !== undefined)];
      return Object.fromEntries(pairs) as CommandOptions;
    });
}

/** The reader's language: every property runs in English, Simplified and Traditional Chinese (one drawn per run). */
export const anyLocale = fc.constantFrom(...LOCALES);
