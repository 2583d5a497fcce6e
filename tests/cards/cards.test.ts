import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  COLOURS,
  escape,
  filteredMous,
  fitReply,
  meetingReply,
  partnersReply,
  recordReply,
  replyLimitViolations,
  totalsReply,
  truncate,
  type PartnerFilters,
} from '../../src/cards/index.js';
import type { RecordKind } from '../../src/dataset/index.js';
import { ephemeral } from '../../src/reply.js';
import { testDeps } from '../helpers.js';

const deps = testDeps();
const d = deps.dataset;
const everyRecord: { kind: RecordKind; id: string }[] = [
  ...d.projects.map((r) => ({ kind: 'project' as const, id: r.id })),
  ...d.mous.map((r) => ({ kind: 'mou' as const, id: r.id })),
  ...d.organisations.map((r) => ({ kind: 'organisation' as const, id: r.id })),
  ...d.meetings.map((r) => ({ kind: 'meeting' as const, id: r.id })),
];

describe('record cards', () => {
  it.each(everyRecord)(
    '$kind $id renders within every limit, with one source line last and how far the data reaches',
    (ref) => {
      const reply = recordReply(deps, ref);
      expect(reply).not.toBeNull();
      if (!reply) return;
      expect(replyLimitViolations(reply)).toEqual([]);
      const embed = reply.embeds?.[0];
      expect(embed?.title?.length).toBeGreaterThan(0);
      expect(embed?.color).toBe(COLOURS[ref.kind]);
      // The latest meeting's own card does not say "data as of" itself.
      if (ref.id !== d.latestMeeting.id)
        expect(embed?.footer?.text).toBe('Data as of the 4th JIC meeting (14 Dec 2023)');
      const names = (embed?.fields ?? []).map((f) => f.name);
      expect(names.filter((n) => n === 'Sources')).toHaveLength(1);
      expect(names.at(-1) === 'Sources' || names.at(-1) === '\u200b').toBe(true);
      // One line: no field but the last carries a "Sources:" of its own.
      for (const f of embed?.fields ?? []) if (f.name !== 'Sources') expect(f.value).not.toMatch(/Sources:/);
    },
  );

  it('an unknown id is null, not a throw', () => {
    expect(recordReply(deps, { kind: 'mou', id: 'no-such-mou' })).toBeNull();
    expect(meetingReply(deps, 77)).toBeNull();
  });

  it('the project card links to its MOU, its partners and its meeting', () => {
    const reply = recordReply(deps, { kind: 'project', id: 'prj-quikbot-guardforce' });
    expect(reply?.components).toEqual([
      {
        type: 1,
        components: [
          { type: 2, style: 2, label: 'MOU: QuikBot – Guardforce', custom_id: 'v1:open:mou:mou-quikbot-guardforce' },
          {
            type: 2,
            style: 2,
            label: 'Organisation: QuikBot Technologies Pte Ltd',
            custom_id: 'v1:open:organisation:quikbot',
          },
          {
            type: 2,
            style: 2,
            label: 'Organisation: Shenzhen Intelligence Guardforce Robot Technology Co., Ltd.',
            custom_id: 'v1:open:organisation:guardforce',
          },
          { type: 2, style: 2, label: 'Meeting: 4th JIC meeting', custom_id: 'v1:open:meeting:jic-4' },
        ],
      },
    ]);
    expect(reply?.allowed_mentions).toEqual({ parse: [] });
  });

  it('the Demonstration Zone record says its partners are not named', () => {
    const reply = recordReply(deps, { kind: 'project', id: 'prj-demo-zone-2023' });
    expect(reply?.embeds?.[0]?.description).toMatch(/standing for 4 projects/);
    expect(reply?.embeds?.[0]?.fields?.find((f) => f.name === 'Partners')?.value).toMatch(/not named in the sources/i);
  });
});

describe('list and totals cards', () => {
  const countries = [undefined, 'Singapore', 'China', 'unclear'];
  const meetings = [undefined, ...d.meetings.map((m) => m.number)];
  const groups = [undefined, ...d.initiative.mouGroups.map((g) => g.id)];

  it('every /partners page of every filter combination is within the limits', () => {
    for (const country of countries)
      for (const meeting of meetings)
        for (const group of groups) {
          const filters: PartnerFilters = {
            ...(country ? { country } : {}),
            ...(meeting !== undefined ? { meeting } : {}),
            ...(group ? { group } : {}),
          };
          const pages = Math.max(1, filteredMous(deps, filters).length);
          for (let p = 0; p <= pages; p++) {
            const reply = partnersReply(deps, filters, p);
            // No MOU matching is "not found": null, worded by the command.
            if (filteredMous(deps, filters).length === 0) expect(reply).toBeNull();
            else expect(replyLimitViolations(reply ?? ephemeral('missing'))).toEqual([]);
          }
        }
  });

  it('totals for all meetings and for each meeting are within the limits', () => {
    for (const n of [undefined, ...d.meetings.map((m) => m.number)]) {
      const reply = totalsReply(deps, n);
      expect(reply).not.toBeNull();
      expect(replyLimitViolations(reply ?? ephemeral('missing'))).toEqual([]);
    }
    expect(totalsReply(deps, 99)).toBeNull();
  });
});

describe('text helpers', () => {
  it('truncate keeps within the limit, cuts at a word and ends with …', () => {
    expect(truncate('Singapore Rehabilitation Institute', 20)).toBe('Singapore…');
    expect(truncate('short', 20)).toBe('short');
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (s, max) => {
        const t = truncate(s, max);
        expect(t.length).toBeLessThanOrEqual(max);
        if (s.length <= max) expect(t).toBe(s);
        else expect(t.endsWith('…')).toBe(true);
      }),
    );
  });

  it('escape defuses mentions and markdown', () => {
    const e = escape('@everyone **x** [a](http://b) <@1>');
    expect(e).not.toContain('@everyone');
    expect(e).toContain('\\*\\*x\\*\\*');
    expect(e).not.toContain('<@1>');
  });

  it('escape neutralises every inline mark and line-start block, and leaves plain text alone', () => {
    expect(escape('snake_case ~~s~~ `c` ||spoiler|| a\\b')).toBe(
      'snake\\_case \\~\\~s\\~\\~ \\`c\\` \\|\\|spoiler\\|\\| a\\\\b',
    );
    expect(escape('# Big\n## Bigger\n-# small\n> quote\n- item\n+ item\n12. step')).toBe(
      '\\# Big\n\\## Bigger\n\\-# small\n\\> quote\n\\- item\n\\+ item\n12\\. step',
    );
    expect(escape('[a](http://b)')).toBe('\\[a\\](http://b)');
    // Hyphens, dots and numbers inside a line are not markdown.
    expect(escape('China-Singapore Co., Ltd. 1. 2023-12-14')).toBe('China-Singapore Co., Ltd. 1. 2023-12-14');
  });

  it('fitReply brings any oversized payload within every limit', () => {
    const big = 'word '.repeat(2000);
    const reply = fitReply({
      content: big,
      embeds: [0, 1, 2].map(() => ({
        title: big,
        description: big,
        footer: { text: big },
        fields: Array.from({ length: 30 }, () => ({ name: big, value: big })),
      })),
      components: Array.from({ length: 7 }, (_, i) => ({
        type: 1,
        components: Array.from({ length: 7 }, (_, j) => ({ type: 2, style: 2, label: big, custom_id: `x${i}${j}` })),
      })),
      allowed_mentions: { parse: [] },
    });
    expect(replyLimitViolations(reply)).toEqual([]);
  });
});
