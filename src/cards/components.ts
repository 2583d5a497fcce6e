import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APISelectMenuOption,
  type APIStringSelectComponent,
} from 'discord-api-types/v10';
import type { Locale } from '../i18n/index.js';
import type { CardDeps } from './reader.js';
import { encodeAction, refValue, type Mode, type RecordRef } from './customId.js';
import { displayName, renderingNote, words } from './reader.js';
import { truncate } from './text.js';
import { LIMITS } from './limits.js';

export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;
export type Button = APIButtonComponentWithCustomId;

/** A record's display name, or null when the id no longer resolves. */
export function recordName(deps: CardDeps, ref: RecordRef): string | null {
  const found = deps.dataset.find(ref.kind, ref.id);
  // A meeting's name is the bot's label; a project the source names only in Chinese, by that name for a Chinese reader.
  return found ? displayName(deps, found) : null;
}

/** "Project · QuikBot – Guardforce: deep-tech…": the kind first (in the reader's language), cut at a word to `max`. */
export function kindLabel(deps: { locale: Locale }, kind: RecordRef['kind'], name: string, max: number): string {
  return truncate(`${words(deps).kind[kind]} · ${name}`, max);
}

export function button(
  label: string,
  customId: string,
  style: Button['style'] = ButtonStyle.Secondary,
  disabled = false,
): Button {
  return {
    type: ComponentType.Button,
    style,
    label: truncate(label, LIMITS.buttonLabel),
    custom_id: customId,
    ...(disabled ? { disabled } : {}),
  };
}

/** A button that opens a record's card (`open`: a new private reply; `go`: in place). */
export function recordButton(deps: CardDeps, ref: RecordRef, mode: Mode = 'open', prefix?: string): Button | null {
  const name = recordName(deps, ref);
  if (!name) return null;
  const label = words(deps).labelled(prefix ?? words(deps).kind[ref.kind], name);
  return button(label, encodeAction({ op: 'record', mode, ref }));
}

/** Buttons in rows of five, distinct custom_ids only (Discord rejects duplicates in one message). */
export function buttonRows(buttons: readonly (Button | null)[], maxRows = 1): Row[] {
  const seen = new Set<string>();
  const unique = buttons.filter((b): b is Button => b !== null && !seen.has(b.custom_id) && !!seen.add(b.custom_id));
  const rows: Row[] = [];
  for (let i = 0; i < unique.length && rows.length < maxRows; i += LIMITS.buttonsPerRow)
    rows.push({ type: ComponentType.ActionRow, components: unique.slice(i, i + LIMITS.buttonsPerRow) });
  return rows;
}

/**
 * Buttons in as few rows as they need, spread evenly (six buttons: two rows of three, not five
 * and one), distinct custom_ids only.
 */
export function balancedRows(buttons: readonly (Button | null)[], maxRows: number = LIMITS.actionRows): Row[] {
  const seen = new Set<string>();
  const unique = buttons.filter((b): b is Button => b !== null && !seen.has(b.custom_id) && !!seen.add(b.custom_id));
  const rowCount = Math.min(maxRows, Math.ceil(unique.length / LIMITS.buttonsPerRow));
  if (rowCount === 0) return [];
  const perRow = Math.ceil(unique.length / rowCount);
  const rows: Row[] = [];
  for (let i = 0; i < unique.length && rows.length < rowCount; i += perRow)
    rows.push({ type: ComponentType.ActionRow, components: unique.slice(i, i + perRow) });
  return rows;
}

/** A select menu of records (≤ 25, distinct), each labelled by kind; null when there is nothing to pick. */
export function recordSelect(
  deps: CardDeps,
  customId: string,
  placeholder: string,
  refs: readonly RecordRef[],
  describe?: (ref: RecordRef) => string | undefined,
): Row | null {
  const seen = new Set<string>();
  const options: APISelectMenuOption[] = [];
  for (const ref of refs) {
    const value = refValue(ref);
    const name = recordName(deps, ref);
    if (!name || seen.has(value) || options.length >= LIMITS.selectOptions) continue;
    seen.add(value);
    const found = deps.dataset.find(ref.kind, ref.id);
    const description = describe?.(ref) ?? (found ? renderingNote(deps, found) : undefined);
    options.push({
      label: kindLabel(deps, ref.kind, name, LIMITS.selectOptionText),
      value,
      ...(description ? { description: truncate(description, LIMITS.selectOptionText) } : {}),
    });
  }
  if (options.length === 0) return null;
  const select: APIStringSelectComponent = {
    type: ComponentType.StringSelect,
    custom_id: customId,
    placeholder: truncate(placeholder, LIMITS.selectPlaceholder),
    options,
  };
  return { type: ComponentType.ActionRow, components: [select] };
}

/**
 * Related records as components: up to five as buttons; more than five as one select (≤ 25),
 * so an organisation with many MOUs stays within five rows.
 */
export function relatedComponents(deps: CardDeps, refs: readonly RecordRef[], tag: string): Row[] {
  const live = refs.filter((r) => recordName(deps, r) !== null);
  if (live.length === 0) return [];
  if (live.length <= LIMITS.buttonsPerRow) return buttonRows(live.map((r) => recordButton(deps, r)));
  const row = recordSelect(deps, encodeAction({ op: 'pick', mode: 'open', tag }), words(deps).openRelated, live);
  return row ? [row] : [];
}
