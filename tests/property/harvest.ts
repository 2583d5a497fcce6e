import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { CommandOptions, Deps } from '../../src/command.js';
import { encodeAction } from '../../src/cards/customId.js';
import { commandDefinitions, handleCommand, handleComponent } from '../../src/router.js';
import type { ReplyData } from '../../src/reply.js';
import { leafOptions } from './arbitraries.js';
import { clickables } from './check.js';

export interface Clickable {
  customId: string;
  /** The values a click can send: [] for a button, each option's value for a select. */
  values: string[][];
}

/** Typical options for a command: each string option filled with each probe word, numbers in range. */
function sampleOptions(
  def: ReturnType<typeof commandDefinitions>[number],
  probes: readonly string[],
): CommandOptions[] {
  const leaves = leafOptions(def.options);
  const out: CommandOptions[] = [{}];
  for (const o of leaves) {
    if (o.type === ApplicationCommandOptionType.String) {
      const values = 'choices' in o && o.choices?.length ? o.choices.map((c) => c.value) : probes;
      for (const v of values) out.push({ [o.name]: v });
    } else if (o.type === ApplicationCommandOptionType.Integer || o.type === ApplicationCommandOptionType.Number) {
      const lo = o.min_value ?? 0;
      const hi = Math.min(o.max_value ?? 10, lo + 10);
      for (let v = lo; v <= hi; v++) out.push({ [o.name]: v });
    }
  }
  return out;
}

/**
 * The custom_ids users can really click: taken from the replies of every command (and of the clicks
 * those open, two levels deep), plus one for each record through the codec. Bounded so it stays fast.
 */
export function harvestCustomIds(deps: Deps, limit = 400): Clickable[] {
  const d = deps.dataset;
  const probes = [
    'keppel',
    'quikbot',
    'pku',
    'ntu',
    'capitaland',
    'energy',
    '4',
    '',
    'zzzz',
    d.mous[0]?.name ?? 'mou',
    d.projects[0]?.name ?? 'project',
  ];
  const found = new Map<string, Clickable>();
  // A handler that throws here is caught and reported by the property tests themselves.
  const take = (reply: () => ReplyData) => {
    try {
      for (const c of clickables(reply())) if (!found.has(c.customId)) found.set(c.customId, c);
    } catch {
      // reported by the property tests themselves
    }
  };
  for (const def of commandDefinitions(deps))
    for (const options of sampleOptions(def, probes)) take(() => handleCommand(def.name, options, deps));

  const records = [
    ...d.mous.map((r) => ({ kind: 'mou' as const, id: r.id })),
    ...d.projects.map((r) => ({ kind: 'project' as const, id: r.id })),
    ...d.organisations.map((r) => ({ kind: 'organisation' as const, id: r.id })),
    ...d.meetings.map((r) => ({ kind: 'meeting' as const, id: r.id })),
  ];
  for (const ref of records)
    for (const mode of ['open', 'go'] as const) {
      const customId = encodeAction({ op: 'record', mode, ref });
      if (!found.has(customId)) found.set(customId, { customId, values: [[]] });
    }
  for (const m of [null, ...d.meetings.map((m) => m.number)]) {
    const customId = encodeAction({ op: 'totals', meeting: m });
    found.set(customId, { customId, values: [[]] });
  }
  for (const page of [0, 1, 2, 99])
    for (const filters of [
      {},
      { country: 'China' },
      { meeting: 4 },
      { group: 'ai' },
      { country: 'Singapore', meeting: 3 },
    ]) {
      const customId = encodeAction({ op: 'partners', filters, page });
      found.set(customId, { customId, values: [[]] });
    }

  // One more level: what the clicks themselves offer.
  for (const c of [...found.values()].slice(0, limit)) {
    if (found.size >= limit * 2) break;
    for (const values of c.values.slice(0, 3)) take(() => handleComponent(c.customId, values, deps).data);
  }
  return [...found.values()];
}
