import { describe, expect, it } from 'vitest';
import { handleCommand, handleComponent } from '../../src/router.js';
import {
  meetingReply,
  noMatchReply,
  partnersReply,
  recordReply,
  replyLimitViolations,
  resultsReply,
  totalsReply,
} from '../../src/cards/index.js';
import type { ReplyData } from '../../src/reply.js';
import { testDeps } from '../helpers.js';
import { components, isEphemeral } from '../commands/view.js';

const deps = testDeps();
const d = deps.dataset;

/** Every reply the cards can emit from the data, to harvest their custom_ids. */
function everyReply(): ReplyData[] {
  const out: ReplyData[] = [];
  const push = (r: ReplyData | null) => r && out.push(r);
  for (const r of d.projects) push(recordReply(deps, { kind: 'project', id: r.id }));
  for (const r of d.mous) push(recordReply(deps, { kind: 'mou', id: r.id }));
  for (const r of d.organisations) push(recordReply(deps, { kind: 'organisation', id: r.id }));
  for (const m of d.meetings) {
    push(meetingReply(deps, m.number));
    push(totalsReply(deps, m.number));
  }
  push(totalsReply(deps));
  for (let p = 0; p < 3; p++) push(partnersReply(deps, {}, p));
  push(partnersReply(deps, { country: 'China', meeting: 4 }, 1));
  for (const q of ['keppel', 'sun yat-sen', 'energy storage', 'ncs'])
    push(resultsReply(deps, q, deps.search.search(q)));
  push(noMatchReply(deps, 'zzz', [], '`/project query:`'));
  for (const [name, options] of [
    ['project', { query: 'quikbot' }],
    ['search', { query: 'qianhai' }],
    ['partners', {}],
  ] as const)
    push(handleCommand(name, options, deps));
  return out;
}

const POLITE = /no longer|don't recognise/;

describe('every custom_id a card emits', () => {
  const replies = everyReply();
  const items = replies.flatMap((r) => components(r).flat());

  it('is short and versioned', () => {
    expect(items.length).toBeGreaterThan(50);
    for (const c of items) {
      expect(c.custom_id).toMatch(/^v1:/);
      expect(c.custom_id?.length).toBeLessThanOrEqual(100);
    }
  });

  it('round-trips through handleComponent to a valid reply (every select option too)', () => {
    for (const c of items) {
      const values = c.type === 3 ? (c.options ?? []).map((o) => [o.value]) : [[]];
      for (const v of values) {
        const r = handleComponent(c.custom_id ?? '', v, deps);
        expect(replyLimitViolations(r.data), `${c.custom_id} ${v.join()}`).toEqual([]);
        expect(r.data.content ?? '', `${c.custom_id} ${v.join()}`).not.toMatch(POLITE);
        expect(r.data.embeds?.length ?? 0).toBeGreaterThan(0);
      }
    }
  });
});

describe('clicks', () => {
  it('a related-record button answers the clicker privately and leaves the card in place', () => {
    const r = handleComponent('v1:open:organisation:keppel', [], deps);
    expect(r.type).toBe('reply');
    expect(isEphemeral(r.data)).toBe(true);
    expect(r.data.embeds?.[0]?.title).toBe('Keppel');
  });

  it('paging replaces the message', () => {
    const total = deps.search.search('singapore', { limit: 500 }).length;
    const r = handleComponent('v1:page:search:1:singapore', [], deps);
    expect(r.type).toBe('update');
    expect(r.data.embeds?.[0]?.description).toMatch(new RegExp(`^\\*\\*${total} matches, 26–${total}\\*\\*`));
  });

  it.each([
    '',
    'garbage',
    'v0:open:mou:mou-keppel-pku',
    'v1:open:spaceship:x',
    'v1:open:mou:../../etc',
    'v1:page:partners:c=China;drop:1',
    'v1:page:partners:-:-1',
    'v1:totals:abc',
    'v1:pick:open:' + 'x'.repeat(200),
    'v1:open:mou:MOU-KEPPEL-PKU',
  ])('a malformed or forged custom_id %j gets a polite private note', (id) => {
    const r = handleComponent(id, [], deps);
    expect(r.type).toBe('reply');
    expect(isEphemeral(r.data)).toBe(true);
    expect(r.data.content).toMatch(/Run the command again/);
    expect(replyLimitViolations(r.data)).toEqual([]);
  });

  it.each([
    ['v1:open:mou:mou-no-longer-here', []],
    ['v1:go:project:prj-gone', []],
    ['v1:pick:open:results', ['mou:mou-gone']],
    ['v1:pick:open:results', []],
    ['v1:pick:open:results', ['not a ref']],
  ] as const)('a custom_id that no longer resolves (%s %j) gets a polite private note', (id, values) => {
    const r = handleComponent(id, values, deps);
    expect(r.type).toBe('reply');
    expect(isEphemeral(r.data)).toBe(true);
    expect(r.data.content).toMatch(/no longer on file/);
  });

  it('a partners page past the end shows the last page; a totals meeting not on file is a private note', () => {
    const last = handleComponent('v1:page:search:99:singapore', [], deps);
    expect(last.data.embeds?.[0]?.description).toMatch(/matches, 26–(\d+)\*\*/);
    // Every MOU fits one /partners page: a page past the end is that page.
    expect(handleComponent('v1:page:partners:-:99', [], deps).data).toEqual(
      handleComponent('v1:page:partners:-:0', [], deps).data,
    );
    const gone = handleComponent('v1:totals:42', [], deps);
    expect(gone.type).toBe('reply');
    expect(isEphemeral(gone.data)).toBe(true);
  });
});
