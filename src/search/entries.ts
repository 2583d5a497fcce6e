import type { Dataset, Meeting, Organisation, Party, RecordKind, ZhName } from '../dataset/index.js';
import { HAN_NUMERALS } from '../text/han.js';
import { ORDINAL_WORDS } from '../text/ordinals.js';

/**
 * The fields a record is searched by. The weight says how much a word found there counts
 * (a word in the name counts fully, one in the description a little), and the tier says
 * what a hit found mainly through that field is reported as.
 */
export const FIELDS = {
  name: { weight: 1, tier: 'fuzzy' },
  alias: { weight: 1, tier: 'fuzzy' },
  /** Partners' names and aliases, and a sub-unit's parent: "found through …". */
  partner: { weight: 0.85, tier: 'partner' },
  title: { weight: 0.6, tier: 'topic' },
  topic: { weight: 0.6, tier: 'topic' },
  keyword: { weight: 0.55, tier: 'topic' },
  meeting: { weight: 0.35, tier: 'description' },
  kind: { weight: 0.3, tier: 'description' },
  description: { weight: 0.3, tier: 'description' },
} as const;

export type FieldName = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** One searchable record as plain text: what the engine indexes. Synthetic data can be made of these. */
export interface IndexEntry {
  kind: RecordKind;
  id: string;
  label: string;
  /** The meeting the record belongs to (for "the latest meeting's records"), if any. */
  meeting: string | null;
  fields: Partial<Record<FieldName, readonly string[]>>;
}

/** Words that name a kind of record; indexed on every record of that kind and read in queries. */
export const KIND_WORDS: Readonly<Record<RecordKind, readonly string[]>> = {
  mou: ['mou', 'mous', 'memorandum', 'memoranda', 'memorandum of understanding', 'agreement', 'agreements'],
  project: ['project', 'projects', 'joint project'],
  organisation: [
    'partner',
    'partners',
    'organisation',
    'organisations',
    'organization',
    'organizations',
    'org',
    'orgs',
  ],
  meeting: ['meeting', 'meetings', 'jic', 'jics', 'joint implementation committee'],
};

const ORDINALS = ['founding', '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th'];

/** How people name a meeting: `4th JIC`, `fourth JIC`, `JIC 4`, `JIC4`; the founding MOU by its year too. */
export function meetingAliases(m: Meeting): string[] {
  const year = m.date.value.slice(0, 4);
  if (m.number === 0) return ['founding MOU', 'founding memorandum', `${year} MOU`, 'the founding of the SCI'];
  const n = m.number;
  const ord = ORDINALS[n] ?? `${n}th`;
  const word = ORDINAL_WORDS[n] ?? ord;
  return [
    `${ord} JIC`,
    `${word} JIC`,
    `JIC ${n}`,
    `JIC${n}`,
    `${ord} meeting`,
    `${word} meeting`,
    `meeting ${n}`,
    `${year} JIC`,
    ...hanMeetingAliases(n),
  ];
}

/**
 * The same in Chinese, the way the Chinese press numbers the meetings (`第二次会议`, PD-2):
 * `第四次会议`, `第4次会议`, `第四次联委会`, `第四届`. Search aliases, never shown.
 */
function hanMeetingAliases(n: number): string[] {
  const numeral = HAN_NUMERALS[n];
  const forms = numeral ? [numeral, String(n)] : [String(n)];
  return forms.flatMap((f) => [`第${f}次会议`, `第${f}次联委会`, `第${f}次联合执委会会议`, `第${f}届`]);
}

/** A record's Chinese names: those a source prints, and the standard ones kept for search only. */
const chinese = (r: {
  zh?: readonly ZhName[] | undefined;
  searchAliases?: readonly string[] | undefined;
}): string[] => [...(r.zh ?? []).map((z) => z.name), ...(r.searchAliases ?? [])];

/** Fields a place's Chinese name is added to where the English one occurs (`Qianhai` → 前海). */
const PLACE_FIELDS: readonly FieldName[] = ['name', 'alias', 'partner', 'title', 'topic', 'keyword', 'meeting'];

/**
 * Standard Chinese names of places (前海, 深圳, 新加坡: search aliases with the English they mean),
 * added to a field that names the place in English, so `capitaland 前海` finds the Qianhai MOU.
 */
function withPlaces(entry: IndexEntry, places: ReadonlyArray<{ name: string; means: RegExp }>): IndexEntry {
  if (places.length === 0) return entry;
  const fields = { ...entry.fields };
  for (const f of PLACE_FIELDS) {
    const values = fields[f];
    if (!values?.length) continue;
    const add = places.filter((p) => values.some((v) => p.means.test(v))).map((p) => p.name);
    if (add.length) fields[f] = [...values, ...add];
  }
  return { ...entry, fields };
}

/** Builds the entries for every project, MOU, organisation and meeting of the dataset. */
export function entriesFromDataset(ds: Dataset): IndexEntry[] {
  const names = (o: Organisation | undefined) => (o ? [o.name, ...o.aliases, ...chinese(o)] : []);
  const places = (ds.initiative.searchAliases ?? []).map((a) => ({
    name: a.name,
    means: new RegExp(`\\b${a.means.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'),
  }));
  // The Demonstration Zone's Chinese name belongs to the record that stands for the Zone.
  const zoneNames = (ds.initiative.demonstrationZone?.zh ?? []).map((z) => z.name);
  // People's Chinese names beside their English ones, for the meetings they chaired or signed at.
  const personNames = (name: string) => [name, ...(ds.person(name)?.zh ?? []).map((z) => z.name)];
  // An organisation's names and its ancestors' names: a sub-unit is found through its parent.
  const lineageNames = (orgId: string): string[] =>
    ds.lineage(orgId).flatMap((id) => {
      const o = ds.organisation(id);
      return o ? names(o) : [];
    });
  const partyNames = (parties: readonly Party[]) => parties.flatMap((p) => ('org' in p ? lineageNames(p.org) : []));
  const meetingText = (id: string) => {
    const m = ds.meeting(id);
    return m ? [m.name, ...meetingAliases(m)] : [];
  };

  const entries: IndexEntry[] = [
    ...ds.projects.map((p): IndexEntry => ({
      kind: 'project',
      id: p.id,
      label: p.name,
      meeting: p.meeting,
      fields: {
        name: [p.name],
        alias: [...chinese(p), ...(p.kind === 'demonstration-zone' ? zoneNames : [])],
        partner: partyNames(p.partners),
        topic: p.topics,
        keyword: p.keywords,
        meeting: meetingText(p.meeting),
        kind:
          p.kind === 'demonstration-zone' ? [...KIND_WORDS.project, 'demonstration zone project'] : KIND_WORDS.project,
        description: [p.description.text],
      },
    })),
    ...ds.mous.map((m): IndexEntry => ({
      kind: 'mou',
      id: m.id,
      label: m.name,
      meeting: m.meeting,
      fields: {
        name: [m.name],
        partner: partyNames(m.parties),
        title: m.title ? [m.title.text] : [],
        topic: m.topics,
        keyword: m.keywords,
        meeting: meetingText(m.meeting),
        kind: KIND_WORDS.mou,
        description: [m.description.text],
      },
    })),
    ...ds.organisations.map((o): IndexEntry => ({
      kind: 'organisation',
      id: o.id,
      label: o.name,
      meeting: null,
      fields: {
        name: [o.name],
        alias: [...o.aliases, ...chinese(o)],
        partner: o.parent ? lineageNames(o.parent) : [],
        keyword: [o.kind, o.country],
        kind: KIND_WORDS.organisation,
        description: o.about ? [o.about] : [],
      },
    })),
    ...ds.meetings.map((m): IndexEntry => ({
      kind: 'meeting',
      id: m.id,
      label: m.name,
      meeting: m.id,
      fields: {
        name: [m.name],
        alias: [...meetingAliases(m), ...chinese(m)],
        keyword: [
          m.place.value,
          m.date.value.slice(0, 4),
          ...m.people.flatMap((r) => r.people.flatMap((person) => personNames(person.name))),
        ],
        kind: KIND_WORDS.meeting,
        description: m.highlights.map((h) => h.text),
      },
    })),
  ];
  return entries.map((e) => withPlaces(e, places));
}
