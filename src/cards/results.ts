import { LIMITS } from './limits.js';
import { andList, meetingName, words, type CardDeps } from './reader.js';
import type { Locale } from '../i18n/index.js';
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
import { escape, quoteUser } from './text.js';

/** "12 partners, 10 MOUs, 14 projects": what the hits are, by kind, in the order first met. */
export function kindCounts(deps: { locale: Locale }, hits: readonly { kind: RecordKind }[]): string {
  const w = words(deps);
  const counts = new Map<RecordKind, number>();
  for (const h of hits) counts.set(h.kind, (counts.get(h.kind) ?? 0) + 1);
  return [...counts].map(([k, n]) => w.count[k](n)).join(w.comma);
}

const describe = (deps: CardDeps, hits: readonly SearchHit[]) => (ref: { kind: string; id: string }) => {
  const h = hits.find((x) => x.kind === ref.kind && x.id === ref.id);
  return h?.matched && h.matched.toLowerCase() !== h.label.toLowerCase()
    ? words(deps).results.foundThrough(h.matched)
    : undefined;
};

export const RESULTS_PAGE = LIMITS.selectOptions;

/**
 * Every match, counted truly, listed once: in the select (25 a page, labelled by kind, each with
 * what it was found through), with ◀ ▶ when there are more. `pageId` encodes a page's button; without
 * it (a query too long to carry) only the first page is offered and the count says so.
 */
export function resultsReply(
  deps: CardDeps,
  query: string,
  hits: readonly SearchHit[],
  page = 0,
  pageId?: (page: number) => string | null,
): ReplyData {
  const pages = Math.max(1, Math.ceil(hits.length / RESULTS_PAGE));
  const p = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  const shown = hits.slice(p * RESULTS_PAGE, (p + 1) * RESULTS_PAGE);
  const t = words(deps).results;
  const select = recordSelect(
    deps,
    encodeAction({ op: 'pick', mode: 'open', tag: 'results' }),
    t.select,
    shown,
    describe(deps, shown),
  );
  const nav: Row[] = pageId && pageId(0) !== null ? pageNav(deps, p, pages, (n) => pageId(n) ?? '') : [];
  const count = countText(deps, hits.length, t.matches(hits.length), p * RESULTS_PAGE, shown.length);
  return fitReply({
    embeds: [
      {
        title: t.title(quoteUser(query, 60)),
        color: COLOURS.results,
        description: hits.length
          ? `${t.summary(count, kindCounts(deps, hits))}${deps.locale === 'en' ? ' ' : ''}${t.pick}`
          : t.nothing,
        footer: footer(deps),
      },
    ],
    components: [...(select ? [select] : []), ...nav],
    allowed_mentions: NO_MENTIONS,
  });
}

/** /search's answer for a query and a page: every match, counted truly, paged by ◀ ▶. */
export function searchResultsReply(deps: CardDeps, query: string, page = 0): ReplyData {
  const hits = deps.search.search(query, { limit: 500 });
  return resultsReply(deps, query, hits, page, (n) => searchPageId(query, n));
}

/**
 * No confident match: a private note with the closest records in a select (which opens the chosen
 * card in place) and the command to try. With nothing close, the latest meeting's records of the
 * kinds asked for, said as such, and only when there are some. Never a promise the reply doesn't keep.
 */
export function noMatchReply(
  deps: CardDeps,
  query: string,
  hits: readonly SearchHit[],
  commandHint: string,
  kinds?: readonly RecordKind[],
  fallback?: readonly SearchHit[],
): ReplyData {
  const t = words(deps).results;
  const q = quoteUser(query, 80);
  const closest = (hits.length ? hits : (fallback ?? latestMeetingRecords(deps.dataset, kinds).map(listedHit))).slice(
    0,
    LIMITS.selectOptions,
  );
  const select = recordSelect(
    deps,
    encodeAction({ op: 'pick', mode: 'go', tag: 'didyoumean' }),
    hits.length ? t.selectDidYouMean : t.selectLatest,
    closest,
    describe(deps, closest),
  );
  const lead =
    hits.length && select
      ? t.didYouMean(q)
      : [
          t.nothingOnFile(q),
          ...(select
            ? [t.latest(kindNames(deps, closest), escape(meetingName(deps, deps.dataset.latestMeeting)))]
            : []),
        ].join(deps.locale === 'en' ? ' ' : '');
  return fitReply({
    content: `${lead}\n${t.tryNext(commandHint)}`,
    components: select ? [select] : [],
    flags: EPHEMERAL,
    allowed_mentions: NO_MENTIONS,
  });
}

/** "MOUs and projects": the kinds present, plural, for a sentence. */
function kindNames(deps: CardDeps, hits: readonly { kind: RecordKind }[]): string {
  const w = words(deps);
  const kinds = [...new Set(hits.map((h) => w.kinds[h.kind]))];
  return kinds.length <= 1 ? (kinds[0] ?? w.records) : andList(deps, kinds);
}

export { countText };
