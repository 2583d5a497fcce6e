import type { Dataset } from '../dataset/index.js';
import type { Locale } from '../i18n/index.js';
import { dateFor, meetingName, words, type CardDeps } from './reader.js';
import { sourceLinkLabel, sourceLinks } from './sources.js';

/** "Data as of the 4th JIC meeting (14 Dec 2023)": how far the dataset reaches. */
export function dataAsOf(deps: CardDeps): string {
  const m = deps.dataset.latestMeeting;
  return words(deps).dataAsOf(meetingName(deps, m), dateFor(deps, m.date.value));
}

/** "MCI and IMDA (press release on PR Newswire), 15 Dec 2023": one source, for a footer or a list. */
export function sourceLabel(dataset: Dataset, sourceId: string, locale: Locale = 'en'): string {
  const s = dataset.source(sourceId);
  return s ? sourceLinkLabel(s, locale) : sourceId;
}

/** Distinct source labels for a set of source ids, in the order first cited. */
export function sourceLabels(dataset: Dataset, sourceIds: readonly string[], locale: Locale = 'en'): string[] {
  return sourceLinks(dataset, sourceIds, locale).map((l) => l.label);
}

/**
 * The footer every card carries: how far the data reaches. The sources are the card's last field
 * (`sourceFields`), where they can be links; a footer cannot hold links.
 */
export function footer(deps: CardDeps): { text: string } {
  return { text: dataAsOf(deps) };
}
