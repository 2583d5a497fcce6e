import { describe, expect, it } from 'vitest';
import type { ActionOp } from '../../src/command.js';
import { decodeAction, encodeAction } from '../../src/cards/customId.js';
import {
  meetingReply,
  noMatchReply,
  partnersReply,
  recordReply,
  resultsReply,
  searchResultsReply,
  totalsReply,
} from '../../src/cards/index.js';
import { parseLine } from '../../src/console/parse.js';
import type { ReplyData } from '../../src/reply.js';
import { createRouter } from '../../src/router.js';
import { search } from '../../commands/search.js';
import { harvestCustomIds } from '../property/harvest.js';
import { testDeps } from '../helpers.js';
import { components, visibleText } from './view.js';

const deps = testDeps();
const d = deps.dataset;
const router = createRouter(deps);

describe('every command owns all of its parts', () => {
  it.each(router.registered.map((r) => [r.command.name, r] as const))(
    '/%s: a definition built from the data, an example and a hint',
    (name, r) => {
      expect(r.definition.name).toBe(name);
      expect(r.command.example.startsWith(`/${name}`)).toBe(true);
      const parsed = parseLine(r.command.example, router.definitions);
      expect(parsed.ok, r.command.example).toBe(true);
      expect(r.command.hint.trim().length).toBeGreaterThan(0);
    },
  );

  it('/help shows every example, read from the router', () => {
    const text = visibleText(router.command('help', {}));
    for (const c of router.commands) expect(text).toContain(`Example: \`${c.example}\``);
  });

  it("a question /ask can't match offers every other command's hint", () => {
    const text = visibleText(router.command('ask', { question: 'xyzzy plugh frobnicate' }));
    for (const c of router.commands.filter((c) => c.name !== 'ask')) expect(text).toContain(c.hint);
    expect(text).not.toContain('`/ask question:`');
  });
});

describe('every action a card can emit is owned by a command', () => {
  // A Record over every op: a new kind of custom_id that is not listed here does not compile.
  const ops: Record<ActionOp, true> = { record: true, pick: true, partners: true, totals: true, search: true };

  it.each(Object.keys(ops))('"%s" has exactly one owner', (op) => {
    expect(router.owners.get(op as ActionOp)).toBeDefined();
  });

  it('every custom_id the cards and commands produce decodes to an owned action', () => {
    const replies: (ReplyData | null)[] = [
      ...d.projects.map((r) => recordReply(deps, { kind: 'project', id: r.id })),
      ...d.mous.map((r) => recordReply(deps, { kind: 'mou', id: r.id })),
      ...d.organisations.map((r) => recordReply(deps, { kind: 'organisation', id: r.id })),
      ...d.meetings.flatMap((m) => [meetingReply(deps, m.number), totalsReply(deps, m.number)]),
      totalsReply(deps),
      partnersReply(deps, {}, 0),
      partnersReply(deps, {}, 1),
      resultsReply(deps, 'keppel', deps.search.search('keppel')),
      searchResultsReply(deps, 'singapore', 0),
      noMatchReply(deps, 'zzz', [], '`/search query:`'),
    ];
    const ids = [
      ...replies.flatMap((r) =>
        r
          ? components(r)
              .flat()
              .map((c) => c.custom_id ?? '')
          : [],
      ),
      ...harvestCustomIds(deps).map((c) => c.customId),
      // Every MOU on file fits one /partners page today; its paging id is what a longer list would carry.
      encodeAction({ op: 'partners', filters: { country: 'China' }, page: 1 }),
    ];
    const seen = new Set<string>();
    for (const id of ids) {
      const action = decodeAction(id);
      expect(action, id).not.toBeNull();
      if (action) seen.add(action.op);
      if (action) expect(router.owners.get(action.op), id).toBeDefined();
    }
    expect([...seen].sort()).toEqual(Object.keys(ops).sort());
  });

  it('two commands claiming one action is refused when the router is built', () => {
    expect(() => createRouter(deps, [search, { ...search, name: 'search-again' }])).toThrow(
      /both claim the "record" action/,
    );
  });
});
