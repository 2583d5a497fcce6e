import { LIMITS } from './limits.js';
import type { Deps } from '../command.js';
import { listedHit, type SearchHit } from '../search/index.js';
import type { RecordKind } from '../dataset/index.js';
import { latestMeetingRecords } from '../dataset/latest.js';
import { EPHEMERAL, NO_MENTIONS, type ReplyData } from '../reply.js';
import { recordSelect, type Row } from './components.js';
import { encodeAction, searchPageId } from './customId.js';
import { fitReply } from './fit.js';
import { footer } from './footer.js';
import { countText, pageNav } from './paging.js';
import { COLOURS } from './style.js';
import { escape, plural, quoteUser } from './text.js';

/** How each kind is counted in a sentence ("3 MOUs, 2 partners"). */
const KIND_NOUN: Record<RecordKind, [string, string]> = {
  project: ['project', 'projects'],
  mou: ['MOU', 'MOUs'],
  organisation: ['partner', 'partners'],
  meeting: ['meeting', 'meetings'],
};

/** Every word the search results and the "did you mean" notes say, in one place. */
const TEXT = {
  title: (q: string) => `Search: “${q}”`,
  matches: (n: number) => plural(n, 'match', 'matches'),
  summary: (count: string, kinds: string) => `**${count}**, best first: ${kinds}.`,
  pick: 'Pick one below to open its card.',
  nothing: 'Nothing matched.',
  select: 'Open a result…',
  didYouMean: (q: string) => `I couldn't find a confident match for “${q}”. Did you mean one of these? Pick one below.`,
  nothingOnFile: (q: string) => `Nothing on file matches “${q}”.`,
  latest: (kinds: string, meeting: string) => `Below: the ${kinds} of the ${meeting}, to start from.`,
  tryNext: (hint: string) => `Try ${hint}, or \`/search query:<words>\` to search everything.`,
  selectDidYouMean: 'Did you mean…',
  selectLatest: 'Or open one of these…',
};

/** "12 partners, 10 MOUs, 14 projects": what the hits are, by kind, in the order first met. */
export function kindCounts(hits: readonly { kind: RecordKind }[]): string {
  const counts = new Map<RecordKind, number>();
  for (const h of hits) counts.set(h.kind, (counts.get(h.kind) ?? 0) + 1);
  return [...counts].map(([k, n]) => plural(n, KIND_NOUN[k][0], KIND_NOUN[k][1])).join(', ');
}

const describe = (hits: readonly SearchHit[]) => (ref: { kind: string; id: string }) => {
  const h = hits.find((x) => x.kind === ref.kind && x.id === ref.id);
  return h?.matched && h.matched.toLowerCase() !== h.label.toLowerCase() ? `found through “${h.matched}”` : undefined;
};

export const RESULTS_PAGE = LIMITS.selectOptions;

/**
 * Every match, counted truly, listed once: in the select (25 a page, labelled by kind, each with
 * what it was found through), with ◀ ▶ when there are more. `pageId` encodes a page's button; without
 * it (a query too long to carry) only the first page is offered and the count says so.
 */
export function resultsReply(
  deps: Deps,
  query: string,
  hits: readonly SearchHit[],
  page = 0,
  pageId?: (page: number) => string | null,
): ReplyData {
  const pages = Math.max(1, Math.ceil(hits.length / RESULTS_PAGE));
  const p = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  const shown = hits.slice(p * RESULTS_PAGE, (p + 1) * RESULTS_PAGE);
  const select = recordSelect(
    deps,
    encodeAction({ op: 'pick', mode: 'open', tag: 'results' }),
    TEXT.select,
    shown,
    describe(shown),
  );
  const nav: Row[] = pageId && pageId(0) !== null ? pageNav(p, pages, (n) => pageId(n) ?? '') : [];
  const count = countText(hits.length, TEXT.matches(hits.length), p * RESULTS_PAGE, shown.length);
  return fitReply({
    embeds: [
      {
        title: TEXT.title(quoteUser(query, 60)),
        color: COLOURS.results,
        description: hits.length ? `${TEXT.summary(count, kindCounts(hits))} ${TEXT.pick}` : TEXT.nothing,
        footer: footer(deps),
      },
    ],
    components: [...(select ? [select] : []), ...nav],
    allowed_mentions: NO_MENTIONS,
  });
}

/** /search's answer for a query and a page: every match, counted truly, paged by ◀ ▶. */
export function searchResultsReply(deps: Deps, query: string, page = 0): ReplyData {
  const hits = deps.search.search(query, { limit: 500 });
  return resultsReply(deps, query, hits, page, (n) => searchPageId(query, n));
}

/**
 * No confident match: a private note with the closest records in a select (which opens the chosen
 * card in place) and the command to try. With nothing close, the latest meeting's records of the
 * kinds asked for, said as such, and only when there are some. Never a promise the reply doesn't keep.
 */
export function noMatchReply(
  deps: Deps,
  query: string,
  hits: readonly SearchHit[],
  commandHint: string,
  kinds?: readonly RecordKind[],
  fallback?: readonly SearchHit[],
): ReplyData {
  const q = quoteUser(query, 80);
  const closest = (hits.length ? hits : (fallback ?? latestMeetingRecords(deps.dataset, kinds).map(listedHit))).slice(
    0,
    LIMITS.selectOptions,
  );
  const select = recordSelect(
    deps,
    encodeAction({ op: 'pick', mode: 'go', tag: 'didyoumean' }),
    hits.length ? TEXT.selectDidYouMean : TEXT.selectLatest,
    closest,
    describe(closest),
  );
  const lead =
    hits.length && select
      ? TEXT.didYouMean(q)
      : [
          TEXT.nothingOnFile(q),
          ...(select ? [TEXT.latest(kindNames(closest), escape(deps.dataset.latestMeeting.name))] : []),
        ].join(' ');
  return fitReply({
    content: `${lead}\n${TEXT.tryNext(commandHint)}`,
    components: select ? [select] : [],
    flags: EPHEMERAL,
    allowed_mentions: NO_MENTIONS,
  });
}

/** "MOUs and projects": the kinds present, plural, for a sentence. */
function kindNames(hits: readonly { kind: RecordKind }[]): string {
  const kinds = [...new Set(hits.map((h) => KIND_NOUN[h.kind][1]))];
  return kinds.length <= 1
    ? (kinds[0] ?? 'records')
    : `${kinds.slice(0, -1).join(', ')} and ${kinds[kinds.length - 1]}`;
}

export { countText };
