import { LIMITS } from './limits.js';
import type { Deps } from '../command.js';
import { listedHit, type SearchHit } from '../search/index.js';
import { latestMeetingRecords, type RecordKind } from '../dataset/index.js';
import { EPHEMERAL, NO_MENTIONS, type ReplyData } from '../reply.js';
import { recordSelect } from './components.js';
import { encodeAction } from './customId.js';
import { fitReply } from './fit.js';
import { dataAsOf } from './footer.js';
import { COLOURS, KIND_LABEL } from './style.js';
import { escape, joinLines, quoteUser, truncate } from './text.js';

const hitLine = (h: SearchHit, i: number) =>
  `${i + 1}. **${KIND_LABEL[h.kind]}** · ${escape(truncate(h.label, 150))}${h.matched && h.matched.toLowerCase() !== h.label.toLowerCase() ? ` *(found through “${escape(truncate(h.matched, 60))}”)*` : ''}`;

const describe = (hits: readonly SearchHit[]) => (ref: { kind: string; id: string }) => {
  const h = hits.find((x) => x.kind === ref.kind && x.id === ref.id);
  return h?.matched && h.matched.toLowerCase() !== h.label.toLowerCase() ? `found through “${h.matched}”` : undefined;
};

/** The top matches across kinds, labelled by kind, with a select to open any. */
export function resultsReply(deps: Deps, query: string, hits: readonly SearchHit[]): ReplyData {
  const top = hits.slice(0, LIMITS.selectOptions);
  const select = recordSelect(deps, encodeAction({ op: 'pick', mode: 'open', tag: 'results' }), 'Open a result…', top, describe(top));
  return fitReply({
    embeds: [
      {
        title: `Search: “${quoteUser(query, 60)}”`,
        color: COLOURS.results,
        description: top.length
          ? `${top.length} match${top.length === 1 ? '' : 'es'}, best first. Pick one below to open its card.\n\n${joinLines(top.map(hitLine), 3500)}`
          : 'Nothing matched.',
        footer: { text: dataAsOf(deps) },
      },
    ],
    components: select ? [select] : [],
    allowed_mentions: NO_MENTIONS,
  });
}

/**
 * No confident match: a private "did you mean" with the closest records in a select (which opens the
 * chosen card in place) and the command to try. Never a bare "not found".
 */
export function noMatchReply(
  deps: Deps,
  query: string,
  hits: readonly SearchHit[],
  commandHint: string,
  kinds?: readonly RecordKind[],
): ReplyData {
  const closest = (hits.length ? hits : latestMeetingRecords(deps.dataset, kinds).map(listedHit)).slice(0, LIMITS.selectOptions);
  const lead = hits.length ? 'Did you mean one of these?' : `Here are the records of the ${escape(deps.dataset.latestMeeting.name)} instead.`;
  const select = recordSelect(deps, encodeAction({ op: 'pick', mode: 'go', tag: 'didyoumean' }), 'Did you mean…', closest, describe(closest));
  const list = joinLines(closest.slice(0, 10).map(hitLine), 1200, '');
  return fitReply({
    content: truncate(
      `I couldn't find a confident match for “${quoteUser(query, 80)}”. ${lead}\n${list}\n\nTry ${commandHint}, or \`/search query:<words>\` to search everything.`,
      LIMITS.content,
    ),
    components: select ? [select] : [],
    flags: EPHEMERAL,
    allowed_mentions: NO_MENTIONS,
  });
}
