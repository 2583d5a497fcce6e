import type { Deps } from '../command.js';
import type { AnyRecord, Dataset, Meeting } from '../dataset/index.js';
import { formatDate, messages, type Locale, type Messages } from '../i18n/index.js';

/**
 * What a card is built from: the deps, and the language of the person who will read it (the
 * interaction's locale). Every builder takes it, so a reply with no locale does not compile.
 */
export interface CardDeps extends Deps {
  readonly locale: Locale;
}

/** The deps for one reader. */
export const forReader = (deps: Deps, locale: Locale): CardDeps => ({ ...deps, locale });

/** The cards' words in the reader's language. */
export const words = (deps: { locale: Locale }): Messages['cards'] => messages(deps.locale).cards;

/** A date written for the reader. */
export const dateFor = (deps: { locale: Locale }, date: string | null | undefined): string =>
  formatDate(date, deps.locale);

/**
 * A meeting as a sentence names it: the data's English name ("4th JIC meeting"); for a Chinese reader
 * the catalogue's ("第四次联合执委会会议"): the meeting's name is the bot's label, not a source's text.
 */
export function meetingName(deps: { locale: Locale }, m: Pick<Meeting, 'name' | 'number'>): string {
  return deps.locale === 'en' ? m.name : messages(deps.locale).meeting.name(m.number);
}

/** "A, B and C" in the reader's language. */
export function andList(deps: { locale: Locale }, items: readonly string[]): string {
  const w = words(deps);
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(w.comma)}${w.and}${items[items.length - 1]}`;
}

type NameTarget = Deps['dataset']['chineseNames'][number]['target'];
const sameTarget = (a: NameTarget, b: NameTarget) =>
  a.kind === b.kind &&
  ('id' in a ? 'id' in b && a.id === b.id : true) &&
  ('name' in a ? 'name' in b && a.name === b.name : true);

/**
 * The Chinese names a source gives for something, for a Chinese reader only (English readers get
 * none): in the reader's script when the data holds that script, else as the source printed it.
 * Search-only aliases are never returned: they are not sourced facts.
 */
export function chineseNamesFor(deps: CardDeps, target: NameTarget): Deps['dataset']['chineseNames'] {
  if (deps.locale === 'en') return [];
  const all = deps.dataset.chineseNames.filter((n) => n.sourced && sameTarget(n.target, target));
  const script = deps.locale === 'zh-TW' ? 'traditional' : 'simplified';
  // One name printed in both scripts (same label) is shown once, in the reader's script.
  const inMine = new Set(all.filter((n) => n.script === script).map((n) => n.label ?? ''));
  return all.filter((n) => n.script === script || !inMine.has(n.label ?? ''));
}

/** What a source calls a Chinese name ("Shenzhen's name"), for the reader: the catalogue's words, else the data's. */
export function zhLabel(deps: { locale: Locale }, label: string | undefined): string {
  if (!label) return '';
  return deps.locale === 'en' ? label : (messages(deps.locale).cards.zhLabel[label] ?? label);
}

/** Each project's first Chinese name a source gives, by project id: read once per Dataset (it never changes). */
const publishedNames = new WeakMap<Dataset, ReadonlyMap<string, string>>();

function publishedNamesOf(dataset: Dataset): ReadonlyMap<string, string> {
  let names = publishedNames.get(dataset);
  if (!names) {
    const built = new Map<string, string>();
    for (const n of dataset.chineseNames)
      if (n.sourced && n.target.kind === 'project' && 'id' in n.target && !built.has(n.target.id))
        built.set(n.target.id, n.name);
    publishedNames.set(dataset, (names = built));
  }
  return names;
}

/** The Chinese name a source gives a project whose English name is our rendering (none for other records). */
function publishedName(deps: CardDeps, found: AnyRecord): string | undefined {
  if (found.kind !== 'project' || !found.record.nameIsRendering) return undefined;
  return publishedNamesOf(deps.dataset).get(found.record.id);
}

/**
 * A record's name as the reader sees it in titles, lists, menus and buttons: the data's name; a meeting
 * by the bot's label; for a Chinese reader, a project the source names only in Chinese by that name
 * (our English rendering is not the source's).
 */
export function displayName(deps: CardDeps, found: AnyRecord): string {
  if (found.kind === 'meeting') return meetingName(deps, found.record);
  const published = deps.locale === 'en' ? undefined : publishedName(deps, found);
  return published ?? found.record.name;
}

/** For a name that is our rendering, the other name, said as such ("our rendering of 深新智慧图书馆合作项目"). */
export function renderingNote(deps: CardDeps, found: AnyRecord): string | undefined {
  const published = publishedName(deps, found);
  if (!published) return undefined;
  return words(deps).renderingOf(deps.locale === 'en' ? published : found.record.name);
}
