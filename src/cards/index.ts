/** Cards: Dataset records → Discord reply payloads, every one within Discord's limits, in the reader's language. */
export { forReader, meetingName, words, type CardDeps } from './reader.js';
export { recordReply, meetingReply } from './record.js';
export { groupLabel, readerGroupLabel } from './mou.js';
export { countryName } from './parts.js';
export { resultsReply, searchResultsReply, noMatchReply, kindCounts, RESULTS_PAGE } from './results.js';
export { elsewhereReply } from './elsewhere.js';
export { READER_BUDGET, shownLength, shown, type ReplyKind } from './budget.js';
export { paginate, countText, pageNav } from './paging.js';
export { totalsReply } from './totals.js';
export { partnersReply, filteredMous, filtersText } from './list.js';
export { aboutReply } from './about.js';
export { helpReply, isHelpRequest, type HelpEntry } from './help.js';
export { fitReply } from './fit.js';
export { footer, dataAsOf, sourceLabel, sourceLabels } from './footer.js';
export {
  sourceFields,
  sourceLine,
  sourceLineParts,
  sourceLinks,
  sourceMarkdown,
  sourceUrl,
  SOURCES_FIELD,
  type SourceLink,
} from './sources.js';
export { truncate, escape, quoteUser, formatDate, joinLines, plural, ELLIPSIS } from './text.js';
export {
  kindLabel,
  recordName,
  recordSelect,
  recordButton,
  buttonRows,
  button,
  relatedComponents,
} from './components.js';
export {
  decodeAction,
  encodeAction,
  searchPageId,
  parseRef,
  refValue,
  RECORD_KINDS,
  VERSION,
  type ComponentAction,
  type PartnerFilters,
  type RecordRef,
} from './customId.js';
export { COLOURS } from './style.js';
export { LIMITS, replyLimitViolations, choiceLimitViolations } from './limits.js';
