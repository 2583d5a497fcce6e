import { describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { SlashCommandBuilder } from 'discord.js';
import { commandDefinitions } from '../../src/router.js';
import { LOCALISED } from '../../src/i18n/index.js';
import { testDeps } from '../helpers.js';

type Map = Partial<Record<string, string>>;
type Choice = { name: string; value: string | number; name_localizations?: Map };
type Opt = {
  name: string;
  description: string;
  type: number;
  required?: boolean;
  name_localizations?: Map;
  description_localizations?: Map;
  choices?: Choice[];
};
type Def = Opt & { options?: Opt[] };

/** Discord's docs rule, and discord.js builders' stricter one (no apostrophe). */
const DOCS_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const BUILDER_NAME = /^[\p{Ll}\p{Lm}\p{Lo}\p{N}\p{sc=Devanagari}\p{sc=Thai}_-]+$/u;

/** Discord's size rule with localisations: only the longest form of each name and description counts. */
const longest = (base: string, map?: Map) =>
  Math.max(base.length, ...Object.values(map ?? {}).map((s) => s?.length ?? 0));
function size(o: Def): number {
  return (
    longest(o.name, o.name_localizations) +
    longest(o.description, o.description_localizations) +
    (o.choices ?? []).reduce((n, c) => n + longest(c.name, c.name_localizations) + String(c.value).length, 0) +
    (o.options ?? []).reduce((n, x) => n + size(x as Def), 0)
  );
}

describe('command localisations (zh-CN, zh-TW)', () => {
  // The definitions the router registers (and deploy-commands sends) carry the localisations.
  const defs = commandDefinitions(testDeps()) as unknown as Def[];

  it('every command, option and choice has a Chinese name in both scripts, and every command and option a description', () => {
    const missing: string[] = [];
    for (const d of defs)
      for (const o of [d, ...(d.options ?? [])]) {
        const where = o === d ? `/${d.name}` : `/${d.name} ${o.name}`;
        for (const l of LOCALISED) {
          if (!o.name_localizations?.[l]) missing.push(`${where} name ${l}`);
          if (!o.description_localizations?.[l]) missing.push(`${where} description ${l}`);
          for (const c of o.choices ?? [])
            if (!c.name_localizations?.[l]) missing.push(`${where} choice ${c.value} ${l}`);
        }
      }
    expect(missing).toEqual([]);
  });

  it("names follow Discord's rule (1–32, lower case) and the builders' stricter one; descriptions and choice names 1–100", () => {
    for (const d of defs)
      for (const o of [d, ...(d.options ?? [])])
        for (const l of LOCALISED) {
          const name = o.name_localizations?.[l] ?? '';
          expect(name, `${d.name} ${o.name} ${l}`).toMatch(DOCS_NAME);
          expect(name).toMatch(BUILDER_NAME);
          expect(name).toBe(name.toLowerCase());
          expect(o.description_localizations?.[l]?.length ?? 0).toBeGreaterThan(0);
          expect(o.description_localizations?.[l]?.length ?? 0).toBeLessThanOrEqual(100);
          for (const c of o.choices ?? []) expect(c.name_localizations?.[l]?.length ?? 0).toBeLessThanOrEqual(100);
        }
  });

  it('localised names are unique: commands within a language, options within a command', () => {
    for (const l of LOCALISED) {
      const names = defs.map((d) => d.name_localizations?.[l]);
      expect(new Set(names).size, l).toBe(names.length);
      for (const d of defs) {
        const opts = (d.options ?? []).map((o) => o.name_localizations?.[l]);
        expect(new Set(opts).size, `${l} /${d.name}`).toBe(opts.length);
      }
    }
  });

  it('each command stays within 8000 characters counting its longest forms', () => {
    for (const d of defs) expect(size(d), d.name).toBeLessThanOrEqual(8000);
  });

  it('a meeting choice reads as the Chinese press numbers meetings, with the date in Chinese', () => {
    const meeting = defs.find((d) => d.name === 'meeting')?.options?.[0];
    const fourth = meeting?.choices?.find((c) => c.value === 4);
    expect(fourth?.name_localizations).toEqual({
      'zh-CN': '4 · 第四次联合执委会会议（2023年12月14日）',
      'zh-TW': '4 · 第四次聯合執委會會議（2023年12月14日）',
    });
    expect(meeting?.choices?.find((c) => c.value === 0)?.name_localizations?.['zh-CN']).toMatch(
      /^0 · 创始谅解备忘录（2019/,
    );
  });

  it("passes discord.js's builder validation with its localisations", () => {
    for (const d of defs) {
      const b = new SlashCommandBuilder()
        .setName(d.name)
        .setDescription(d.description)
        .setNameLocalizations(d.name_localizations ?? {})
        .setDescriptionLocalizations(d.description_localizations ?? {});
      for (const o of d.options ?? []) {
        const add = <
          T extends {
            setName(n: string): T;
            setDescription(s: string): T;
            setRequired(r: boolean): T;
            setNameLocalizations(m: Map): T;
            setDescriptionLocalizations(m: Map): T;
          },
        >(
          x: T,
        ) =>
          x
            .setName(o.name)
            .setDescription(o.description)
            .setRequired(Boolean(o.required))
            .setNameLocalizations(o.name_localizations ?? {})
            .setDescriptionLocalizations(o.description_localizations ?? {});
        if (o.type === ApplicationCommandOptionType.String)
          b.addStringOption((x) =>
            o.choices?.length ? add(x).addChoices(...(o.choices as { name: string; value: string }[])) : add(x),
          );
        else if (o.type === ApplicationCommandOptionType.Integer)
          b.addIntegerOption((x) =>
            o.choices?.length ? add(x).addChoices(...(o.choices as { name: string; value: number }[])) : add(x),
          );
        else b.addBooleanOption((x) => add(x));
      }
      expect(() => b.toJSON(), d.name).not.toThrow();
    }
  });
});
