// The reply's shape (Said) and the small phrasing helpers every kind of answer in say/ shares (kept here so
// the answer modules and the dispatcher in say.ts import them without importing each other).
import type { Elsewhere, Item, Ref } from '../run.js';
import { placesWithin } from '../places.js';
import type { Dataset, Meeting, Party } from '../../dataset/index.js';
import { joinList, plural, truncate } from '../format.js';
import type { Subjectref } from '../plan.js';
import { kindParts, perDataset } from '../records.js';

/**
 * Step 4: a result → what the bot says: one sentence that answers the target, then only what backs
 * it (a short list, the records to open, the sources). Every number and name comes from the result.
 */
export interface Said {
  sentence: string;
  /** Short lines under the sentence (a list), at most a phone screen. */
  lines: string[];
  /** Records a button opens (at most five are shown). */
  refs: Ref[];
  sources: string[];
  ephemeral?: boolean;
  /** The reply is the help card. */
  help?: boolean;
  /** With the help card: something was typed, but no word in it could be read ("??", emoji only). */
  unread?: boolean;
  /** A command that could help when the question was not understood. */
  hint?: string;
}

const MAX_LINES = 8;

/**
 * A list this short is shown whole: one meeting's records (the 4th JIC's 14 projects) answer "which projects" only
 * when every one is named, and 15 one-line names still fit a phone screen.
 */
export const WHOLE_LIST = 15;
/** The room a whole list takes under its sentence; more, and its lines are the records' names alone. */
const WHOLE_ROOM = 1200;

export const ord = (m: Meeting) => m.name.replace(/ meeting$/, '');

export const the = (m: Meeting) => (m.number === 0 ? 'the founding MOU' : `the ${m.name}`);

export const noun = (n: number, select: string) =>
  select === 'mous' || select === 'MOUs'
    ? plural(n, 'MOU')
    : select === 'projects'
      ? plural(n, 'project')
      : `${n} ${select}`;

export function listLines(items: readonly Item[], show: (i: Item) => string = (i) => i.name): string[] {
  const cap = items.length <= WHOLE_LIST ? items.length : MAX_LINES;
  let shown = items.slice(0, cap).map(show);
  // (A whole list too long with what each line adds is the names alone — never a list cut short of what was asked;
  // one whose names alone are still too long is cut as any longer list.)
  const room = (ls: readonly string[]) => ls.reduce((n, l) => n + l.length + 3, 0) <= WHOLE_ROOM;
  if (cap > MAX_LINES && !room(shown)) {
    const names = items.map((i) => i.name);
    shown = room(names) ? names : items.slice(0, MAX_LINES).map(show);
  }
  // (The 3rd JIC's projects: "partners not named in the sources" said once for all, not on each line.)
  const same = shown.length >= 2 && shown.every((l) => l.endsWith(UNNAMED_PARTNERS));
  const lines = shown.map((l) => `• ${same ? l.slice(0, -UNNAMED_PARTNERS.length) : l}`);
  if (items.length > shown.length) lines.push(`… and ${items.length - shown.length} more`);
  if (same)
    lines.push(
      items.length > shown.length
        ? '(The sources name the partners of none of them.)'
        : '(The sources name the partners of none of these.)',
    );
  return lines;
}

const UNNAMED_PARTNERS = ' (partners not named in the sources)';

/** A meeting's overview shows this many of its outcomes under its sentence: the rest are on its card, one click away. */
const OVERVIEW_LINES = 3;
/** …each cut to this many characters (the whole outcome is on the card). */
const OVERVIEW_LINE = 220;

/**
 * A meeting's outcomes under "what happened at the 3rd JIC": the first few (the sources' order: the signings and the
 * named outcomes come first), then how many more its card holds — a simple question's reply stays one phone screen.
 */
export function overviewLines(
  items: readonly Item[],
  more: (n: number) => string = (n) => `… and ${n} more on the meeting's card (below)`,
  show: (name: string) => string = (name) => name,
): string[] {
  const shown = items.slice(0, OVERVIEW_LINES).map((i) => truncate(`• ${show(i.name)}`, OVERVIEW_LINE));
  return items.length > shown.length ? [...shown, more(items.length - shown.length)] : shown;
}

export const normal = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

/**
 * A record's line in a list, with its parties when its name leaves any out ("Joint research centre on
 * new energy storage technology — China-Singapore International Joint Research Institute and …"), or
 * that the sources name none: a list answers "who" too.
 */
const recordLines = perDataset(() => new Map<string, string>());

export function recordLine(dataset: Dataset): (i: Item) => string {
  const cache = recordLines(dataset);
  return (i) => {
    const key = `${i.ref?.kind}:${i.ref?.id}:${i.name}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const line = recordLineOf(dataset, i);
    cache.set(key, line);
    return line;
  };
}

function recordLineOf(dataset: Dataset, i: Item): string {
  const ref = i.ref;
  const rec = ref?.kind === 'mou' ? dataset.mou(ref.id) : ref?.kind === 'project' ? dataset.project(ref.id) : undefined;
  if (!rec) return i.name;
  const parties = 'parties' in rec ? rec.parties : rec.partners;
  if (!parties.length)
    return 'kind' in rec && rec.kind === 'demonstration-zone' ? i.name : `${i.name}${UNNAMED_PARTNERS}`;
  if (namesEvery(dataset, parties, rec.name)) return i.name;
  return `${i.name} — ${joinList(parties.map((p) => ('org' in p ? (dataset.organisation(p.org)?.name ?? p.org) : p.unnamed)))}`;
}

/** A description's first sentence (a record's first line; "Pte." or "Co." ends none); the whole is on its card. */
export const firstSentence = (s: string): string =>
  /^.+?(?<!\b(?:Pte|Ltd|Co|Inc|Corp|Mr|Ms|Dr|St|No|vs))[.!?](?=\s+[A-Z]|$)/s.exec(s)?.[0] ?? s;

/**
 * A record's line with what it covers, where its name gives only its parties ("Keppel – Peking University: Keppel and
 * PKU will collaborate to …"); a project's name (or an MOU's, for NCS's) already says what it is about.
 */
export function describedLine(dataset: Dataset): (i: Item) => string {
  const line = recordLine(dataset);
  return (i) => {
    const mou = i.ref?.kind === 'mou' ? dataset.mou(i.ref.id) : undefined;
    if (!mou || i.name.includes(': ')) return line(i);
    // (A sentence that names every party is the line on its own: "An MOU between DataPost and Kingdee … on …".)
    const text = firstSentence(mou.description.text);
    return mou.parties.length && namesEvery(dataset, mou.parties, text) ? text : `${line(i)}: ${text}`;
  };
}

/** Whether a text names every party (by a name or alias of it or of what it is part of). */
function namesEvery(dataset: Dataset, parties: ReadonlyArray<Party>, text: string): boolean {
  const said = normal(text);
  return parties.every((p) =>
    'org' in p
      ? dataset
          .lineage(p.org)
          .flatMap((id) => {
            const o = dataset.organisation(id);
            return o ? [o.name, ...o.aliases] : [];
          })
          .some((n) => said.includes(normal(n)))
      : said.includes(normal(p.unnamed.replace(/\s*\(not named in the sources\)/, ''))),
  );
}

/** " at the 4th JIC meeting": the meetings a question about several organisations was narrowed to. */
export function joinedAt(about: Subjectref, dataset: Dataset): string {
  if (about.type !== 'orgs' || !about.meetings?.length) return '';
  const ms = about.meetings.map((n) => dataset.meetingByNumber(n)).filter((m): m is Meeting => !!m);
  return ms.length ? ` at ${joinList(ms.map((m) => the(m)))}` : '';
}

const orList = (xs: readonly string[]) =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`;

/**
 * Partners picked by the place their names state (or a place within it: "Shenzhen or Qianhai"): said as such, never as
 * where they are.
 */
export const placeScope = (f: { named?: string }) =>
  f.named ? ` with ${orList(placesWithin(f.named).map(placeName))} in their names` : '';

/**
 * After partners asked by a city: the sources give countries, not cities — and the rest of that country's side the
 * question holds, those whose names state another place and those whose names state none ("… 1 other Chinese company
 * there, ONE Championship China (Shanghai) Co., Ltd., names Shanghai").
 */
export function citiesNote(label: string, elsewhere: Elsewhere | undefined): string {
  const head = " The sources give partners' countries, not their cities";
  const orgs = elsewhere?.orgs ?? [];
  if (!elsewhere || !orgs.length) return `${head}.`;
  const one = label.replace(/ies$/, 'y').replace(/s$/, '');
  const adjective = elsewhere.country === 'China' ? 'Chinese' : elsewhere.country;
  const placed = orgs.filter((o) => o.places.length);
  const unsaid = orgs.filter((o) => !o.places.length);
  const few = (xs: typeof orgs) =>
    xs.length <= 3
      ? joinList(xs.map((o) => o.name))
      : `${xs
          .slice(0, 2)
          .map((o) => o.name)
          .join(', ')} and ${xs.length - 2} more`;
  const parts = [
    placed.length
      ? placed.length <= 3
        ? joinList(placed.map((o) => `${o.name} names ${joinList(o.places)}`))
        : `${placed.length === orgs.length ? 'each' : placed.length} name${placed.length === orgs.length ? 's' : ''} ${orList([...new Set(placed.flatMap((o) => o.places.map(placeName)))])}`
      : '',
    unsaid.length ? `${orgs.length === 1 ? '' : `${few(unsaid)} `}name${unsaid.length === 1 ? 's' : ''} no city` : '',
  ].filter(Boolean);
  const which =
    orgs.length === 1 ? `the other ${adjective} ${one}` : `of the ${orgs.length} other ${adjective} ${label}`;
  if (orgs.length === 1) {
    const o = orgs[0];
    return `${head}; ${which}, ${o?.name}, ${o?.places.length ? `names ${joinList(o.places)}` : 'names no city'}.`;
  }
  return `${head}; ${which}, ${parts.join(', and ')}.`;
}

/** A place as a name is written ("hong kong" → "Hong Kong"). */
export const placeName = (place: string) => place.replace(/\b[a-z]/g, (c) => c.toUpperCase());

export const refsOf = (items: readonly Item[]) => items.flatMap((i) => (i.ref ? [i.ref] : []));

export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

/** A correction's lead, where the sources contradict what was asked or taken for granted (English's notWhatSourcesSay). */
export const notWhatSourcesSay = (rest: string): string => `That isn't what the sources say: ${rest}`;

export const lowerFirst = (s: string) =>
  /^(?:The|A|An|At|None|No|Signed)\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;

/**
 * The one project of a meeting a question names by the words of its (English) name: the most of its longer words,
 * at least two (or one no other project shares), and no other project as many. The zone's park is "demozone" in a question's normal form.
 */
export function projectNamed<T extends { name: string }>(text: string, projects: readonly T[]): T | undefined {
  const words = (name: string) =>
    name
      .toLowerCase()
      .replace(/demonstration (?:park|zone)/g, 'demozone')
      .replace(/[^a-z0-9]+/g, ' ')
      .split(' ')
      .filter((w) => w.length >= 4 && !/^(?:project|projects|rendering|cooperation|smart|city)$/.test(w));
  const scored = projects
    .map((p) => ({
      p,
      n: new Set(words(p.name)).size && [...new Set(words(p.name))].filter((w) => text.includes(` ${w} `)).length,
    }))
    .sort((a, b) => b.n - a.n);
  const [best, next] = scored;
  // (One word names it only when no other project shares a word with the question: "the smart library project".)
  return best && (best.n >= 2 || (best.n === 1 && !next?.n)) && (!next || next.n < best.n) ? best.p : undefined;
}

/**
 * Partners of a kind asked, where the word covers several of the data's kinds: those kinds, with their counts —
 * " (by their kinds on file: research institute 1, research laboratory 1, institute 1)" — as the breakdown by kind
 * says them, so "how many research institutes" and "what kinds of partners" count the same thing and say so.
 */
export function kindsNote(dataset: Dataset, items: readonly Item[], kind: string | undefined): string {
  if (!kind) return '';
  const parts = kindParts(
    items.flatMap((i) => (i.ref ? [dataset.organisation(i.ref.id)?.kind ?? ''] : [])).filter(Boolean),
  );
  return parts.length ? ` (by their kinds on file: ${parts.map((x) => `${x.label} ${x.value}`).join(', ')})` : '';
}
