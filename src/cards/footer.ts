import type { Deps } from '../command.js';
import type { Dataset } from '../dataset/index.js';
import { formatDate } from './text.js';

const SOURCES_MAX = 600;

/** "a · b · c …and 2 more", at most `max` characters. */
function joinCapped(labels: readonly string[], max: number): string {
  for (let k = labels.length; k > 0; k--) {
    const text = labels.slice(0, k).join(' · ') + (k < labels.length ? ` …and ${labels.length - k} more` : '');
    if (text.length <= max) return text;
  }
  return `${labels.length} documents`;
}

/** "Data as of the 4th JIC meeting (14 Dec 2023)": how far the dataset reaches. */
export function dataAsOf(deps: Deps): string {
  const m = deps.dataset.latestMeeting;
  return `Data as of the ${m.name} (${formatDate(m.date.value)})`;
}

/** "MCI and IMDA (press release on PR Newswire), 15 Dec 2023": one source, for a footer or a list. */
export function sourceLabel(dataset: Dataset, sourceId: string): string {
  const s = dataset.source(sourceId);
  if (!s) return sourceId;
  return s.date ? `${s.publisher}, ${formatDate(s.date)}` : s.publisher;
}

/** Distinct source labels for a set of source ids, in the order first cited. */
export function sourceLabels(dataset: Dataset, sourceIds: readonly string[]): string[] {
  return [...new Set(sourceIds.map((id) => sourceLabel(dataset, id)))];
}

/** The footer every card carries: its source documents, then how far the data reaches. */
export function footer(deps: Deps, sourceIds: readonly string[]): { text: string } {
  const labels = sourceLabels(deps.dataset, sourceIds);
  // Keep the list short enough that the "data as of" line is never what gets cut.
  const sources = labels.length ? `Sources: ${joinCapped(labels, SOURCES_MAX)}\n` : '';
  return { text: `${sources}${dataAsOf(deps)}` };
}
