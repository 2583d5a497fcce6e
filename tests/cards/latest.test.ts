import { describe, expect, it } from 'vitest';
import { latestMeetingRecords } from '../../src/dataset/index.js';
import { noMatchReply } from '../../src/cards/index.js';
import type { CardDeps } from '../../src/cards/index.js';
import type { SearchEngine } from '../../src/search/index.js';
import { testDeps } from '../helpers.js';
import { visibleText } from '../commands/view.js';

const deps = testDeps();
const d = deps.dataset;
const latest = d.latestMeeting;

describe("the latest meeting's records: one helper", () => {
  it('the meeting, then its projects and MOUs', () => {
    const refs = latestMeetingRecords(d).map((r) => `${r.kind}:${r.id}`);
    expect(refs).toEqual([
      `meeting:${latest.id}`,
      ...d.projectsAt(latest.id).map((p) => `project:${p.id}`),
      ...d.mousAt(latest.id).map((m) => `mou:${m.id}`),
    ]);
  });

  it('asked for organisations alone: the parties to its MOUs and projects', () => {
    const orgs = latestMeetingRecords(d, ['organisation']);
    expect(orgs.length).toBeGreaterThan(0);
    for (const o of orgs) {
      const joined = [...d.mousOf(o.id), ...d.projectsOf(o.id)].some((r) => r.meeting === latest.id);
      expect(joined, o.id).toBe(true);
    }
  });

  it('autocomplete with nothing typed and "did you mean" with nothing close both offer them', () => {
    expect(deps.search.suggest('').map((h) => h.id)).toEqual(
      latestMeetingRecords(d)
        .slice(0, 25)
        .map((r) => r.id),
    );
    // The card builder shows what it is given: it never runs a search of its own.
    const noSearch = new Proxy({} as SearchEngine, {
      get: () => () => {
        throw new Error('a card builder ran a search');
      },
    });
    const offline: CardDeps = { dataset: d, search: noSearch, locale: 'en' };
    const text = visibleText(noMatchReply(offline, 'zzz', [], '`/project query:`', ['project']));
    expect(text).toContain(`Below: the projects of the ${latest.name}, to start from.`);
    for (const p of d.projectsAt(latest.id).slice(0, 5)) expect(text).toContain(p.name.slice(0, 20));
  });
});
