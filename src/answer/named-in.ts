// Whether one publication names a person ("does the TechEdt piece name Qin Weizhong?", "does the PR Newswire release
// name Shenzhen's mayor as a co-chair?"): asked of THAT document, never of the sources at large. Read off the readings
// of who co-chaired or signed (each with the documents that give it), and the quotes and events each document prints:
// a document names someone where one of its own readings or quotes does; it names someone else where its reading of
// the same meeting gives that seat to another (No); otherwise the sources cannot tell (never a No from silence).
import type { Dataset, Meeting } from '../dataset/index.js';
import { mentionsOf, type Understanding } from './understand.js';
import type { Plan } from './plan/types.js';
import { publicationsNamed } from './plan/asked.js';
import { perDataset } from './records.js';
import { formatDate, joinList } from './format.js';
import { publisherShown } from './timing.js';
import { publisherName } from '../cards/sources.js';
import type { Said } from './say/common.js';

// Verbs of a document naming someone (not of saying a claim: "does the release say …" is hearsay.ts's).
const NAMES =
  / (?:name|names|named|naming|mention|mentions|mentioned|identify|identifies|identified|list|lists|listed|cite|cites|credit|credits|feature|features|include|includes|refer to|refers to) /;
// Roles the readings give, asked in words ("Shenzhen's mayor", "the permanent secretary").
const ROLE = / (mayor|permanent secretary|perm sec) /;

export interface NamedInResult {
  op: 'namedIn';
  people: Array<{ name: string; role: string | null; by: string[] }>;
  documents: Array<{
    id: string;
    publisher: string;
    date: string | null;
    verdict: 'yes' | 'no' | 'unknown';
    /** Its own reading of the seat asked, where it gives another: the meeting, the seat's label and who it names. */
    instead?: { meeting: Meeting; label: string; people: string[] };
  }>;
  sources: string[];
}

interface Seat {
  meeting: Meeting;
  label: string;
  people: Array<{ name: string; role: string }>;
  sources: readonly string[];
}

/** Every reading of who co-chaired or signed, and who each quote and event names, by document: once per Dataset. */
const namings = perDataset((dataset: Dataset) => {
  const seats: Seat[] = dataset.meetings.flatMap((m) =>
    m.people.map((g) => ({ meeting: m, label: g.label, people: g.people, sources: g.sources })),
  );
  const quoted = [
    ...dataset.meetings.flatMap((m) => m.quotes ?? []),
    ...(dataset.initiative.events ?? []).flatMap((e) => e.quotes ?? []),
  ].map((q) => ({ name: q.by, sources: q.sources }));
  // (An event's text names the people it tells of, as its documents print it.)
  const told = (dataset.initiative.events ?? []).map((e) => ({
    text: e.text,
    sources: [...(e.place?.sources ?? []), ...(e.quotes ?? []).flatMap((q) => q.sources)],
  }));
  return { seats, quoted, told };
});

/** The people a yes/no asks a named publication about: by name, or by a role its readings give. */
function peopleAsked(u: Understanding, dataset: Dataset, docs: readonly string[]): string[] {
  const named = [...new Set(mentionsOf(u, 'person').map((m) => m.value))];
  if (named.length) return named;
  const role = ROLE.exec(u.q.text)?.[1]?.replace('perm sec', 'permanent secretary');
  if (!role) return [];
  const { seats } = namings(dataset);
  // (Its holders at the meetings the document itself reports a seat of: "the mayor" of the 4th JIC for its release.)
  const meetings = new Set(seats.filter((s) => s.sources.some((id) => docs.includes(id))).map((s) => s.meeting.id));
  return [
    ...new Set(
      seats
        .filter((s) => meetings.has(s.meeting.id))
        .flatMap((s) => s.people.filter((p) => p.role.toLowerCase().includes(role)).map((p) => p.name)),
    ),
  ];
}

/** "Does <publication> name/mention <person or role>?": the plan, or undefined where that is not what is asked. */
export function planNamedIn(u: Understanding, dataset: Dataset): Plan | undefined {
  if (u.target !== 'yesno' || u.lang !== 'en' || !NAMES.test(u.q.text)) return undefined;
  const docs = publicationsNamed(u.q.text, dataset, u.q.raw).map((s) => s.id);
  if (!docs.length) return undefined;
  const people = peopleAsked(u, dataset, docs);
  return people.length ? { op: 'namedIn', documents: docs, people } : undefined;
}

/** The plan read off the Dataset: each document's verdict for the people asked, and who names them instead. */
export function runNamedIn(p: { documents: string[]; people: string[] }, dataset: Dataset): NamedInResult {
  const { seats, quoted, told } = namings(dataset);
  const seatsOf = (name: string) => seats.filter((s) => s.people.some((x) => x.name === name));
  const names = (id: string, name: string) =>
    seatsOf(name).some((s) => s.sources.includes(id)) ||
    quoted.some((q) => q.name === name && q.sources.includes(id)) ||
    told.some((t) => t.sources.includes(id) && t.text.includes(name));
  const documents = p.documents.flatMap((id) => {
    const source = dataset.source(id);
    if (!source) return [];
    const yes = p.people.some((name) => names(id, name));
    // (Its own reading of a seat the people asked hold in another: it gives that seat to someone else.)
    const theirs = p.people.flatMap(seatsOf);
    const other = seats.find(
      (s) => s.sources.includes(id) && theirs.some((t) => t.meeting.id === s.meeting.id && t.label !== s.label),
    );
    return [
      {
        id,
        publisher: source.publisher,
        date: source.date ?? null,
        verdict: yes ? ('yes' as const) : other ? ('no' as const) : ('unknown' as const),
        ...(!yes && other
          ? { instead: { meeting: other.meeting, label: other.label, people: other.people.map((x) => x.name) } }
          : {}),
      },
    ];
  });
  const people = p.people.map((name) => {
    const held = seatsOf(name);
    const by = [
      ...new Set([
        ...held.flatMap((s) => s.sources),
        ...quoted.filter((q) => q.name === name).flatMap((q) => q.sources),
      ]),
    ].filter((id) => !p.documents.includes(id));
    return { name, role: held[0]?.people.find((x) => x.name === name)?.role ?? null, by };
  });
  return {
    op: 'namedIn',
    people,
    documents,
    sources: [...new Set([...p.documents, ...people.flatMap((x) => x.by.slice(0, 2))])],
  };
}

/** A document as a reader names it: "MCI and IMDA's press release", "TechEdt's piece". */
export function documentShown(publisher: string): string {
  const [by = publisher] = publisher.split(/,\s*reprinting\s+/).reverse();
  const release = /^(.+?)\s*\(press release[^)]*\)$/.exec(by)?.[1];
  return release ? `${release}'s press release` : `${publisherShown(by)}'s piece`;
}

/** The seat a reading's label names, in words ("Co-chairs (press release)" → "the co-chairs"). */
const seatWords = (label: string) => `the ${label.replace(/\s*\(.*\)$/, '').toLowerCase()}`;

/** The English sentence: Yes or No for each document, with whom it names instead and who names the people asked. */
export function sayNamedIn(r: NamedInResult, dataset: Dataset): Said {
  const person = (x: NamedInResult['people'][number]) => `${x.name}${x.role ? ` (${x.role})` : ''}`;
  const asked = joinList(r.people.map(person));
  const by = [...new Set(r.people.flatMap((x) => x.by))].flatMap((id) => {
    const s = dataset.source(id);
    return s ? [publisherShown(s.publisher.split(/,\s*reprinting\s+/).reverse()[0] ?? s.publisher)] : [];
  });
  const elsewhere = by.length
    ? `; ${asked} ${r.people.length > 1 ? 'are' : 'is'} named by ${joinList([...new Set(by)])}`
    : '';
  const parts = r.documents.map((d) => {
    const doc = documentShown(d.publisher);
    const dated = d.date ? ` (${formatDate(d.date)})` : '';
    if (d.verdict === 'yes') return `Yes: ${doc}${dated} names ${asked}.`;
    if (d.verdict === 'no' && d.instead)
      return `No: ${doc}${dated} names ${joinList(d.instead.people)} as ${seatWords(d.instead.label)} of the ${d.instead.meeting.name} (${formatDate(d.instead.meeting.date.value)})${elsewhere}.`;
    return `The sources don't show ${doc}${dated} naming ${asked}${elsewhere}.`;
  });
  return { sentence: parts.join(' '), lines: [], refs: [], sources: r.sources };
}

/** The Chinese words sayNamedInZh needs (answer-zh-CN.ts, zh-TW generated from it). */
interface NamedInZh {
  namedYes: (doc: string, people: string) => string;
  namedNo: (doc: string, names: string, meeting: string, elsewhere: string) => string;
  namedUnknown: (doc: string, people: string, elsewhere: string) => string;
  namedElsewhere: (people: string, by: string) => string;
}

/** The Chinese sentence: the same verdicts, the documents by their publishers' names as the sources give them. */
export function sayNamedInZh(
  r: NamedInResult,
  dataset: Dataset,
  t: NamedInZh,
  list: (xs: string[]) => string,
  meetingName: (m: Meeting) => string,
  date: (d: string | null | undefined) => string,
): Said {
  const asked = list(r.people.map((x) => x.name));
  const by = [...new Set(r.people.flatMap((x) => x.by))].flatMap((id) => {
    const s = dataset.source(id);
    return s ? [publisherName(s.publisher)] : [];
  });
  const elsewhere = by.length ? t.namedElsewhere(asked, list([...new Set(by)])) : '';
  const sentence = r.documents
    .map((d) => {
      const doc = `${publisherName(d.publisher)}${d.date ? `（${date(d.date)}）` : ''}`;
      if (d.verdict === 'yes') return t.namedYes(doc, asked);
      if (d.verdict === 'no' && d.instead)
        return t.namedNo(
          doc,
          list(d.instead.people),
          `${meetingName(d.instead.meeting)}（${date(d.instead.meeting.date.value)}）`,
          elsewhere,
        );
      return t.namedUnknown(doc, asked, elsewhere);
    })
    .join('');
  return { sentence, lines: [], refs: [], sources: r.sources };
}
