import { describe, expect, it } from 'vitest';
import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
} from 'discord-api-types/v10';
import { SlashCommandBuilder } from 'discord.js';
import { commandDefinitions } from '../../src/router.js';
import { testDeps } from '../helpers.js';

type Opt = {
  name: string;
  description: string;
  type: number;
  choices?: { name: string; value: unknown }[];
  options?: Opt[];
};

const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

/** Discord counts a command's size as every name, description and choice name and value together. */
function size(o: { name: string; description: string; options?: Opt[]; choices?: Opt['choices'] }): number {
  return (
    o.name.length +
    o.description.length +
    (o.choices ?? []).reduce((n, c) => n + c.name.length + String(c.value).length, 0) +
    (o.options ?? []).reduce((n, x) => n + size(x), 0)
  );
}

describe('command definitions', () => {
  const defs = commandDefinitions(testDeps());

  it('have unique names', () => {
    const names = defs.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const def of defs)
    describe(`/${def.name}`, () => {
      const options = (def.options ?? []) as Opt[];

      it('follows Discord naming rules, descriptions ≤ 100, total size ≤ 8000', () => {
        for (const o of [def, ...options]) {
          expect(o.name).toMatch(NAME);
          expect(o.name).toBe(o.name.toLowerCase());
          expect(o.description.length).toBeGreaterThan(0);
          expect(o.description.length).toBeLessThanOrEqual(100);
          for (const c of (o as Opt).choices ?? []) {
            expect(c.name.length).toBeLessThanOrEqual(100);
            expect(String(c.value).length).toBeLessThanOrEqual(100);
          }
          expect((o as Opt).choices?.length ?? 0).toBeLessThanOrEqual(25);
        }
        expect(size(def as Opt)).toBeLessThanOrEqual(8000);
      });

      it('is installable to servers and users, and usable in servers and DMs', () => {
        expect(def.integration_types).toEqual([
          ApplicationIntegrationType.GuildInstall,
          ApplicationIntegrationType.UserInstall,
        ]);
        expect(def.contexts).toEqual([
          InteractionContextType.Guild,
          InteractionContextType.BotDM,
          InteractionContextType.PrivateChannel,
        ]);
      });

      it("passes discord.js's builder validation when rebuilt", () => {
        const b = new SlashCommandBuilder().setName(def.name).setDescription(def.description);
        for (const o of options) {
          const add = <T extends { setName(n: string): T; setDescription(d: string): T; setRequired(r: boolean): T }>(
            x: T,
          ) =>
            x
              .setName(o.name)
              .setDescription(o.description)
              .setRequired(Boolean((o as { required?: boolean }).required));
          if (o.type === ApplicationCommandOptionType.String)
            b.addStringOption((x) => {
              add(x);
              if (o.choices?.length) x.addChoices(...(o.choices as { name: string; value: string }[]));
              return x;
            });
          else if (o.type === ApplicationCommandOptionType.Integer)
            b.addIntegerOption((x) => {
              add(x);
              if (o.choices?.length) x.addChoices(...(o.choices as { name: string; value: number }[]));
              return x;
            });
          else if (o.type === ApplicationCommandOptionType.Boolean) b.addBooleanOption((x) => add(x));
          else throw new Error(`unexpected option type ${o.type}`);
        }
        expect(() => b.toJSON()).not.toThrow();
      });

      it('a lookup command takes an optional hide boolean as its last option', () => {
        if (def.name === 'about' || def.name === 'help' || def.name === 'ask') return;
        const hide = options[options.length - 1] as Opt & { required?: boolean };
        expect(hide.name).toBe('hide');
        expect(hide.type).toBe(ApplicationCommandOptionType.Boolean);
        expect(hide.required ?? false).toBe(false);
      });
    });

  it('the choice lists come from the data', () => {
    const d = testDeps().dataset;
    const meeting = defs.find((x) => x.name === 'meeting')?.options?.[0] as Opt;
    expect(meeting.choices?.map((c) => c.value)).toEqual(d.meetings.map((m) => m.number));
    const partners = defs.find((x) => x.name === 'partners')?.options as Opt[];
    expect(partners.find((o) => o.name === 'pillar')?.choices?.map((c) => c.value)).toEqual(
      d.initiative.mouGroups.map((g) => g.id),
    );
    expect(partners.find((o) => o.name === 'meeting')?.choices?.map((c) => c.value)).toEqual(
      d.meetings.filter((m) => d.mousAt(m.id).length > 0).map((m) => m.number),
    );
  });
});
