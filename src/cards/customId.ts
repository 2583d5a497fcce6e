import { LIMITS } from './limits.js';
import type { RecordKind } from '../dataset/index.js';
import { withoutControls } from './text.js';

/**
 * Every button and select keeps its whole state in its custom_id, so it still works after a restart.
 * Versioned (`v1:`) so a future format can tell old messages apart; short enough for Discord's 100.
 *
 *   v1:open:<kind>:<id>            button: answer with the record's card (a new, private message)
 *   v1:go:<kind>:<id>              button: replace this message with the record's card
 *   v1:pick:<open|go>:<tag>        select: its values are record refs `<kind>:<id>`
 *   v1:page:partners:<filters>:<n> button: /partners page n (filters `c=China,m=4,g=ai` or `-`)
 *   v1:totals:<n|all>              button: /totals for meeting n, or cumulative
 *   v1:page:search:<n>:<query>     button: /search results page n for the query (the rest of the id)
 */
export const VERSION = 'v1';

export const RECORD_KINDS = ['project', 'mou', 'organisation', 'meeting'] as const satisfies readonly RecordKind[];

export interface RecordRef {
  kind: RecordKind;
  id: string;
}

export interface PartnerFilters {
  country?: string;
  meeting?: number;
  group?: string;
}

export type Mode = 'open' | 'go';

export type ComponentAction =
  | { op: 'record'; mode: Mode; ref: RecordRef }
  | { op: 'pick'; mode: Mode; tag: string }
  | { op: 'partners'; filters: PartnerFilters; page: number }
  | { op: 'totals'; meeting: number | null }
  | { op: 'search'; query: string; page: number };

const ID = /^[a-z0-9][a-z0-9-]{0,59}$/;
const TOKEN = /^[A-Za-z0-9-]{1,60}$/;

const isKind = (s: string | undefined): s is RecordKind => (RECORD_KINDS as readonly string[]).includes(s ?? '');

/** `mou:mou-keppel-pku` → a ref; anything else → null. */
export function parseRef(value: string): RecordRef | null {
  const [kind, id, ...rest] = value.split(':');
  if (rest.length || !isKind(kind) || !id || !ID.test(id)) return null;
  return { kind, id };
}

export const refValue = (ref: RecordRef): string => `${ref.kind}:${ref.id}`;

export function encodeFilters(f: PartnerFilters): string {
  const parts = [
    f.country ? `c=${f.country}` : '',
    f.meeting !== undefined ? `m=${f.meeting}` : '',
    f.group ? `g=${f.group}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(',') : '-';
}

function decodeFilters(s: string): PartnerFilters | null {
  if (s === '-') return {};
  const out: PartnerFilters = {};
  for (const part of s.split(',')) {
    const [key, value, ...rest] = part.split('=');
    if (rest.length || !value || !TOKEN.test(value)) return null;
    if (key === 'c' && out.country === undefined) out.country = value;
    else if (key === 'g' && out.group === undefined) out.group = value;
    else if (key === 'm' && out.meeting === undefined && /^\d{1,2}$/.test(value)) out.meeting = Number(value);
    else return null;
  }
  return out;
}

export function encodeAction(a: ComponentAction): string {
  switch (a.op) {
    case 'record':
      return `${VERSION}:${a.mode}:${a.ref.kind}:${a.ref.id}`;
    case 'pick':
      return `${VERSION}:pick:${a.mode}:${a.tag}`;
    case 'partners':
      return `${VERSION}:page:partners:${encodeFilters(a.filters)}:${a.page}`;
    case 'totals':
      return `${VERSION}:totals:${a.meeting ?? 'all'}`;
    case 'search':
      return `${VERSION}:page:search:${a.page}:${a.query}`;
  }
}

/** A search page's custom_id, or null when the query is too long to carry in one (Discord's 100). */
export function searchPageId(query: string, page: number): string | null {
  // Invisible and control characters never travel in an id (they reorder what Discord shows).
  const clean = withoutControls(query).replace(/\s+/g, ' ').trim();
  const id = encodeAction({ op: 'search', query: clean, page });
  return clean !== '' && id.length <= 100 ? id : null;
}

/** A custom_id → what it asks for; null for anything malformed, forged or from another version. */
export function decodeAction(customId: string): ComponentAction | null {
  if (customId.length > LIMITS.customId) return null;
  const [version, op, ...rest] = customId.split(':');
  if (version !== VERSION) return null;
  if ((op === 'open' || op === 'go') && rest.length === 2) {
    const ref = parseRef(rest.join(':'));
    return ref ? { op: 'record', mode: op, ref } : null;
  }
  if (op === 'pick' && rest.length === 2) {
    const [mode, tag] = rest;
    if ((mode === 'open' || mode === 'go') && tag && TOKEN.test(tag)) return { op: 'pick', mode, tag };
    return null;
  }
  if (op === 'page' && rest[0] === 'search' && rest.length >= 3) {
    const page = rest[1] ?? '';
    const query = rest.slice(2).join(':');
    if (/^\d{1,3}$/.test(page) && query.trim() !== '') return { op: 'search', query, page: Number(page) };
    return null;
  }
  if (op === 'page' && rest.length === 3 && rest[0] === 'partners') {
    const filters = decodeFilters(rest[1] ?? '');
    const page = rest[2] ?? '';
    if (filters && /^\d{1,3}$/.test(page)) return { op: 'partners', filters, page: Number(page) };
    return null;
  }
  if (op === 'totals' && rest.length === 1) {
    const n = rest[0] ?? '';
    if (n === 'all') return { op: 'totals', meeting: null };
    if (/^\d{1,2}$/.test(n)) return { op: 'totals', meeting: Number(n) };
  }
  return null;
}
