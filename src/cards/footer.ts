import type { Deps } from '../command.js';
import type { Dataset } from '../dataset/index.js';
import { formatDate } from './text.js';
import { sourceLinkLabel, sourceLinks } from './sources.js';

/** "Data as of the 4th JIC meeting (14 Dec 2023)": how far the dataset reaches. */
export function dataAsOf(deps: Deps): string {
  const m = deps.dataset.latestMeeting;
  return `Data as of the ${m.name} (${formatDate(m.date.value)})`;
}

/** "MCI and IMDA (press release on PR Newswire), 15 Dec 2023": one source, for a footer or a list. */
export function sourceLabel(dataset: Dataset, sourceId: string): string {
  const s = dataset.source(sourceId);
  return s ? sourceLinkLabel(s) : sourceId;
}

/** Distinct source labels for a set of source ids, in the order first cited. */
export function sourceLabels(dataset: Dataset, sourceIds: readonly string[]): string[] {
  return sourceLinks(dataset, sourceIds).map((l) => l.label);
}

/**
 * The footer every card carries: how far the data reaches. The sources are the card's last field
 * (`sourceFields`), where they can be links; a footer cannot hold links.
 */
export function footer(deps: Deps): { text: string } {
  return { text: dataAsOf(deps) };
}
