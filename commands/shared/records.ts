import type { Deps } from '../../src/command.js';
import { LOCALES, messages } from '../../src/i18n/index.js';
import type { RecordKind } from '../../src/dataset/index.js';
import type { Choice, ReplyData } from '../../src/reply.js';
import type { SearchHit } from '../../src/search/index.js';
import {
  encodeAction,
  fitReply,
  kindLabel,
  LIMITS,
  parseRef,
  recordReply,
  recordName,
  recordSelect,
  words,
  type CardDeps,
  type RecordRef,
} from '../../src/cards/index.js';

/**
 * The text a user submitted, if it is a record reference: `mou:mou-keppel-pku` (from /search's
 * autocomplete) or a bare id of one of `kinds` (from the kind-specific commands' autocomplete).
 */
export function resolveRef(
  deps: Deps,
  value: string,
  kinds: readonly RecordKind[],
  style: ValueStyle = 'id',
): RecordRef | null {
  const v = value.trim();
  const ref = parseRef(v);
  if (ref && kinds.includes(ref.kind) && deps.dataset.find(ref.kind, ref.id)) return ref;
  // Bare ids only for one-kind commands: on /search, "keppel" is a search, not the organisation's id.
  if (style === 'id') for (const kind of kinds) if (deps.dataset.find(kind, v)) return { kind, id: v };
  return byChoiceName(deps, v, kinds);
}

/** Every record of each kind, to match a choice's name against. */
const RECORDS: Record<RecordKind, (deps: Deps) => readonly { id: string; name: string }[]> = {
  project: (deps) => deps.dataset.projects,
  mou: (deps) => deps.dataset.mous,
  organisation: (deps) => deps.dataset.organisations,
  meeting: (deps) => deps.dataset.meetings,
};

/**
 * An autocomplete choice's name submitted as typed text (the console's Tab inserts names, and a
 * user can copy one): "Project · QuikBot – Guardforce: deep-tech…" → that record. A name cut
 * with "…" matches the one record it starts; anything else is left to the search.
 */
function byChoiceName(deps: Deps, value: string, kinds: readonly RecordKind[]): RecordRef | null {
  for (const kind of kinds) {
    // A choice's name starts with its kind in any of the languages the choices are written in.
    const prefixes = LOCALES.map((locale) => `${messages(locale).cards.kind[kind]} · `.toLowerCase());
    let name = value.replace(/\s+/g, ' ').trim().toLowerCase();
    const prefix = prefixes.find((p) => name.startsWith(p));
    if (prefix) name = name.slice(prefix.length);
    else if (kinds.length > 1) continue;
    const cut = name.endsWith('…');
    const stem = cut ? name.slice(0, -1) : name;
    if (stem.length < 3) continue;
    const found = RECORDS[kind](deps).filter((r) => {
      const n = r.name.replace(/\s+/g, ' ').trim().toLowerCase();
      return cut ? n.startsWith(stem) : n === stem;
    });
    if (found.length === 1 && found[0]) return { kind, id: found[0].id };
  }
  return null;
}

/** How a choice's value names its record: a bare id when the command has one kind, else `kind:id`. */
export type ValueStyle = 'id' | 'ref';

/** Autocomplete: ≤ 25 distinct choices labelled by kind, each name and value ≤ 100. */
export function recordChoices(
  deps: CardDeps,
  typed: string,
  kinds: readonly RecordKind[],
  style: ValueStyle,
): Choice[] {
  // An empty query offers the latest meeting's records (see latestMeetingRecords).
  const hits = deps.search.suggest(typed.slice(0, 200), { kinds, limit: LIMITS.choices });
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const h of hits) {
    const value = style === 'id' ? h.id : `${h.kind}:${h.id}`;
    if (seen.has(value) || value.length > LIMITS.choiceValue || out.length >= LIMITS.choices) continue;
    seen.add(value);
    // Projects and meetings by the name the reader's cards give them (a published Chinese name, a meeting's label).
    const shown = h.kind === 'project' || h.kind === 'meeting' ? (recordName(deps, h) ?? h.label) : h.label;
    out.push({ name: kindLabel(deps, h.kind, shown.replace(/\s+/g, ' ').trim() || h.id, LIMITS.choiceName), value });
  }
  return out;
}

/** A record's card with an "Other matches" select of the runners-up beneath it. */
export function cardWithOthers(deps: CardDeps, best: RecordRef, others: readonly SearchHit[]): ReplyData | null {
  const card = recordReply(deps, best);
  if (!card) return null;
  // Anything the card already opens (a button or its select) is not offered again.
  const onCard = new Set(
    (card.components ?? []).flatMap((row) =>
      'components' in row
        ? row.components.flatMap((c) => [
            ...('custom_id' in c && typeof c.custom_id === 'string'
              ? [c.custom_id.split(':').slice(-2).join(':')]
              : []),
            ...('options' in c && Array.isArray(c.options) ? c.options.map((o: { value: string }) => o.value) : []),
          ])
        : [],
    ),
  );
  const rest = others.filter((h) => !(h.kind === best.kind && h.id === best.id) && !onCard.has(`${h.kind}:${h.id}`));
  const select = recordSelect(
    deps,
    encodeAction({ op: 'pick', mode: 'open', tag: 'others' }),
    words(deps).otherMatches,
    rest,
  );
  if (!select) return card;
  return fitReply({ ...card, components: [...(card.components ?? []), select] });
}
