import type { Deps } from '../command.js';
import { formatDate } from './text.js';

/** "Data as of the 4th JIC meeting (14 Dec 2023)": how far the dataset reaches. */
export function dataAsOf(deps: Deps): string {
  const m = deps.dataset.latestMeeting;
  return `Data as of the ${m.name} (${formatDate(m.date.value)})`;
}

/** "MCI and IMDA (press release on PR Newswire), 15 Dec 2023": one source, for a footer or a list. */
export function sourceLabel(deps: Deps, sourceId: string): string {
  const s = deps.dataset.source(sourceId);
  if (!s) return sourceId;
  return s.date ? `${s.publisher}, ${formatDate(s.date)}` : s.publisher;
}

/** Distinct source labels for a set of source ids, in the order first cited. */
export function sourceLabels(deps: Deps, sourceIds: readonly string[]): string[] {
  return [...new Set(sourceIds.map((id) => sourceLabel(deps, id)))];
}

/** The footer every card carries: its source documents, then how far the data reaches. */
export function footer(deps: Deps, sourceIds: readonly string[]): { text: string } {
  const labels = sourceLabels(deps, sourceIds);
  const sources = labels.length ? `Sources: ${labels.join(' · ')}\n` : '';
  return { text: `${sources}${dataAsOf(deps)}` };
}
