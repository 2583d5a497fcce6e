// PLACEHOLDER: a naive substring engine so other modules can be built against the interface.
// The real engine (issue 3) replaces this file's internals and keeps `createSearchEngine`.
import type { Dataset, RecordKind } from '../dataset/index.js';
import { normalise } from './normalise.js';
import type { SearchEngine, SearchHit, SearchOptions } from './types.js';

interface Entry { kind: RecordKind; id: string; label: string; text: string; meeting: string | null }

export function createSearchEngine(dataset: Dataset): SearchEngine {
  const entries: Entry[] = [
    ...dataset.projects.map((r) => ({ kind: 'project' as const, id: r.id, label: r.name, text: normalise(`${r.name} ${r.description.text}`), meeting: r.meeting })),
    ...dataset.mous.map((r) => ({ kind: 'mou' as const, id: r.id, label: r.name, text: normalise(`${r.name} ${r.description.text}`), meeting: r.meeting })),
    ...dataset.organisations.map((r) => ({ kind: 'organisation' as const, id: r.id, label: r.name, text: normalise([r.name, ...r.aliases].join(' ')), meeting: null })),
    ...dataset.meetings.map((r) => ({ kind: 'meeting' as const, id: r.id, label: r.name, text: normalise(r.name), meeting: r.id })),
  ];
  const search = (query: string, options: SearchOptions = {}): SearchHit[] => {
    const q = normalise(query);
    if (!q) return [];
    return entries
      .filter((e) => (!options.kinds || options.kinds.includes(e.kind)) && e.text.includes(q))
      .slice(0, options.limit ?? 25)
      .map((e) => ({ kind: e.kind, id: e.id, label: e.label, score: 0.5, tier: 'description' as const, matched: q }));
  };
  return {
    search,
    lookup: (query, options) => {
      const [best = null, ...others] = search(query, options);
      return { best, others: others.slice(0, 5) };
    },
    suggest: (query, options = {}) => {
      if (normalise(query)) return search(query, options);
      return entries
        .filter((e) => e.meeting === dataset.latestMeeting.id && (!options.kinds || options.kinds.includes(e.kind)))
        .slice(0, Math.min(options.limit ?? 25, 25))
        .map((e) => ({ kind: e.kind, id: e.id, label: e.label, score: 1, tier: 'description' as const, matched: '' }));
    },
  };
}
