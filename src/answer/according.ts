// A publication named as the one that states a meeting's date or co-chairs — "according to ITS International, when was
// the 4th JIC?", "does IMDA's release give 17 June as the 1st JIC's date?", "did Telecom Review Asia report when the 3rd
// JIC took place?", "does the MCI/IMDA release name the Chinese co-chair?": the answer is what THAT publication states.
// The dataset keeps which documents give each fact (a meeting's date and each reading of its co-chairs carry their own
// sources); the fact at large, with every document behind the meeting, attributed to the one asked was FALSE (the 4th
// JIC's 14 Dec is given by the Hong Kong Commercial Daily only; IMDA's 1st JIC release says "today", not 17 June).
// A publication silent on it: it doesn't give it, and which documents do.
import type { Dataset, Meeting } from '../dataset/index.js';
import { formatDate, joinList } from './format.js';
import { isoDateIn, publicationsNamed, publishersShort } from './plan/asked.js';
import { documentShown } from './named-in.js';
import { publisherShown } from './timing.js';
import { lowerFirst, type Said } from './say/common.js';
import { mentionsOf, type Understanding } from './understand.js';
import { norm } from './records.js';
import { releaseAlone, releasesOn } from './release.js';

type Fact = 'date' | 'chairs';

// What is asked of the meeting, by its words (the question in normal form: lower case, spaced).
const ASKED: ReadonlyArray<readonly [Fact, RegExp]> = [
  ['chairs', / (?:(?:co ?chair|cochair|chair)(?:s|ed|ing|man|men|person)?|presided|headed|led|moderated) /],
  // ("Who hosted the 2nd JIC session, according to People's Daily?": a person asked; "which city hosted it" is a place.)
  ['chairs', / who (?:[a-z]+ ){0,2}hosted /],
  [
    'date',
    / (?:when|date|day|(?:held|took place|happened|met|convened|was on|were on|on what) on|on which day|what day) /,
  ],
];
// The publication's own date asked ("the date on IMDA's release", "when was the ITS piece published"): documents.ts's.
// ("When was the MCI release?", "when was the PR Newswire release": the piece itself asked of, nothing after it — its
// own date, never the meeting it reports; was "gives no date for the 4th JIC meeting".)
const DOCUMENT_DATE =
  / (?:published|issued|came out|come out|put out|posted|dated|date (?:on|of) (?:the |its |that |this )?(?:[a-z0-9]+ ){0,3}(?:release|article|piece|report|story)) |^ when (?:was|is|were) (?:the |that |this )?(?:[a-z0-9.]+ ){0,5}(?:release|press release|media release|article|piece|report|story|document)s?(?: out)? $/;
// The side of a co-chair asked ("the Chinese co-chair", "Singapore's co-chair").
const SIDES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/ (?:chinese|china|shenzhen|sz) /, /shenzhen|chinese|china/i],
  [/ (?:singapore|singaporean|singapores|sg|s pore) /, /singapore|\bMCI\b|communications and information/i],
];

export interface Stated {
  fact: Fact;
  meeting: Meeting;
  /** The documents named, narrowed to those that report on the meeting where any does. */
  docs: string[];
  /** A date claimed ("give 17 June as the date"), ISO. */
  iso?: string;
  /** The side of the co-chair asked: its role's words. */
  side?: RegExp;
  /** People named as the co-chairs claimed ("did the release say Qin co-chaired …?"). */
  people?: string[];
  /** Who chaired asked, never "co-chair": a publication that names who chaired the session answers it. */
  chairAsked?: boolean;
}

/** A cheap first test on the question's words: a fact of a meeting asked, not a document's own date. */
const mayAsk = (t: string) => ASKED.some(([, re]) => re.test(t)) && !DOCUMENT_DATE.test(t);

/** Every document a meeting's fields cite: those that report on it. */
function reportsOn(m: Meeting): Set<string> {
  return new Set([
    ...m.sources,
    ...m.date.sources,
    ...m.people.flatMap((g) => g.sources),
    ...m.newMous.sources,
    ...(m.totals?.sources ?? []),
    ...m.highlights.flatMap((h) => h.sources),
  ]);
}

/** "According to <publication>, <a meeting's date or co-chairs>?": what is asked, or undefined. English only. */
export function statedAsked(t: string, raw: string, u: () => Understanding, dataset: Dataset): Stated | undefined {
  if (!mayAsk(t)) return undefined;
  const named = publicationsNamed(t, dataset, raw).map((s) => s.id);
  // ("The release", "the official press release": the meeting's own release — release.ts.)
  const alone = releaseAlone(t, dataset, named);
  if (!named.length && !alone) return undefined;
  const read = u();
  if (read.lang !== 'en') return undefined;
  // (A person named, asked whether a publication NAMES them, is named-in.ts's: "does the MCI release name Qin
  // Weizhong?"; asked whether it says they co-chaired, it is this reading's: "did the release say Qin co-chaired …?".)
  const people = [...new Set(mentionsOf(read, 'person').map((m) => m.value))];
  if (people.length && NAMES.test(t) && !alone) return undefined;
  const numbers = [...new Set(mentionsOf(read, 'meeting').map((m) => Number(m.value)))];
  const meetings = numbers.flatMap((n) => dataset.meetingByNumber(n) ?? []);
  // (No meeting named: the one meeting the publication reports on, if one.)
  const meeting =
    meetings.length === 1
      ? meetings[0]
      : !numbers.length
        ? only(dataset.meetings.filter((m) => m.number > 0 && named.some((id) => reportsOn(m).has(id))))
        : undefined;
  if (!meeting || meeting.number === 0) return undefined;
  const fact = ASKED.find(([, re]) => re.test(t))?.[0];
  if (!fact || (people.length && fact !== 'chairs')) return undefined;
  const on = reportsOn(meeting);
  const docs = [...(alone ? releasesOn(meeting, dataset) : []), ...named.filter((id) => on.has(id))];
  // (A publisher of several documents — "IMDA's release" — is its document on this meeting; none on it: not asked.)
  if (!docs.length) return undefined;
  const iso = fact === 'date' ? (isoDateIn(t) ?? dayIn(t, meeting)) : undefined;
  const side = fact === 'chairs' ? SIDES.find(([re]) => re.test(t))?.[1] : undefined;
  return {
    fact,
    meeting,
    docs,
    ...(iso ? { iso } : {}),
    ...(side ? { side } : {}),
    ...(people.length ? { people } : {}),
    ...(fact === 'chairs' && !/ co ?chair| cochair/.test(t) ? { chairAsked: true } : {}),
  };
}

// Verbs of a document naming someone: named-in.ts's reading, where a publication is named.
const NAMES = / (?:name|names|named|mention|mentions|mentioned|identify|identifies|identified) /;

const only = <T>(xs: readonly T[]): T | undefined => (xs.length === 1 ? xs[0] : undefined);

// A day and month with no year ("17 june", "june 17th"): the meeting's year.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
function dayIn(t: string, m: Meeting): string | undefined {
  const x =
    / (\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]{3})[a-z]* /.exec(t) ??
    / ([a-z]{3})[a-z]* (\d{1,2})(?:st|nd|rd|th)? /.exec(t);
  if (!x) return undefined;
  const [day, mon] = /^\d/.test(x[1] ?? '') ? [x[1], x[2]] : [x[2], x[1]];
  const month = MONTHS.indexOf(mon ?? '') + 1;
  if (!month || !day) return undefined;
  return `${m.date.value.slice(0, 4)}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A document by name and date ("ITS International's piece (5 Jan 2024)"). */
function docName(dataset: Dataset, id: string): string {
  const s = dataset.source(id);
  return s ? `${documentShown(s.publisher).replace(/s's\b/, "s'")}${s.date ? ` (${formatDate(s.date)})` : ''}` : id;
}
/** Publishers by name and date ("Hong Kong Commercial Daily (16 Dec 2023)"). */
function publishers(dataset: Dataset, ids: readonly string[]): string {
  return joinList(
    [...new Set(ids)].map((id) => {
      const s = dataset.source(id);
      return s
        ? `${publisherShown(s.publisher.split(/,\s*reprinting\s+/).reverse()[0] ?? s.publisher)}${s.date ? ` (${formatDate(s.date)})` : ''}`
        : id;
    }),
  );
}
const gives = (ids: readonly string[]) => (new Set(ids).size > 1 ? 'give' : 'gives');

/** Asked whether the publication states it ("does …", "did … report", "is it true that …"): led by Yes or No. */
export const yesNoAsked = (t: string) => /^ (?:does|did|do|has|have|had|is|was|were|are|is it true that) /.test(t);

/** The sentence: what the documents named state of the meeting; Yes/No where a yes/no asks it. */
export function sayStated(s: Stated, yesno: boolean, dataset: Dataset): Said {
  const m = s.meeting;
  const the = `the ${m.name}`;
  const base = { lines: [], refs: [{ kind: 'meeting' as const, id: m.id }] };
  const doc = joinList(s.docs.map((id) => docName(dataset, id)));
  if (s.fact === 'date') {
    const stating = s.docs.filter((id) => m.date.sources.includes(id));
    const date = formatDate(m.date.value);
    const note = m.date.note ? ` (${m.date.note})` : '';
    if (!stating.length) {
      const others = m.date.sources;
      return {
        ...base,
        sentence: `${yesno ? 'No: ' : ''}${doc} ${s.docs.length > 1 ? 'give' : 'gives'} no date for ${the}; ${publishers(dataset, others)} ${gives(others)} ${date}${note}.`,
        sources: [...s.docs, ...others],
      };
    }
    const by = joinList(stating.map((id) => docName(dataset, id)));
    if (s.iso && s.iso !== m.date.value)
      return {
        ...base,
        sentence: `No: ${by} ${gives(stating)} ${date} as the date of ${the}, not ${formatDate(s.iso)}.`,
        sources: stating,
      };
    return {
      ...base,
      sentence: yesno
        ? `Yes: ${by} ${gives(stating)} ${date} as the date of ${the}.`
        : `According to ${by}, ${the} was held on ${date}.`,
      sources: stating,
    };
  }
  // Co-chairs: each document's own reading of the seats.
  const seats = m.people.filter((g) => /co-?chair/i.test(g.label));
  const own = seats.filter((g) => g.sources.some((id) => s.docs.includes(id)));
  const named = (p: { name: string; role: string }) => p.role !== 'not named';
  const person = (p: { name: string; role: string }) =>
    named(p) ? `${p.name} (${p.role})` : `“${p.name}”, not by name`;
  const sideOf = (p: { name: string; role: string }) => (s.side ? s.side.test(`${p.role} ${p.name}`) : true);
  const elsewhere = (pick: (p: { name: string; role: string }) => boolean) => {
    const others = seats.filter((g) => !own.includes(g) && g.people.some((p) => pick(p) && named(p)));
    const names = [...new Set(others.flatMap((g) => g.people.filter((p) => pick(p) && named(p)).map((p) => p.name)))];
    return others.length
      ? {
          words: `; ${publishers(
            dataset,
            others.flatMap((g) => g.sources),
          )} name ${joinList(names)}`,
          ids: others.flatMap((g) => g.sources),
          n: names.length,
        }
      : { words: '', ids: [] as string[], n: 0 };
  };
  // "Did the release say Qin Weizhong co-chaired the 4th JIC?": the people claimed, against the documents' own seats.
  if (s.people) return claimedChairs(s, { seats, own, doc, base, yesno, person, elsewhere });
  if (!own.length) {
    const e = elsewhere(sideOf);
    // ("Who chaired the 2nd JIC, according to People's Daily?": a piece that gives no seat of co-chairs may say who
    // chaired the session, in other words — its own line on the meeting answers, before the co-chairs others name.)
    const chaired = chairLine(m, s.docs);
    if (chaired)
      return {
        ...base,
        sentence: `${yesno && s.chairAsked ? 'Yes: according' : 'According'} to ${doc}, at ${the} ${lowerFirst(chaired)}${e.words ? `${e.words} as its co-chair${e.n > 1 ? 's' : ''}` : ''}.`,
        sources: [...s.docs, ...e.ids],
      };
    return {
      ...base,
      sentence: `The sources don't show ${doc} naming the co-chairs of ${the}${e.words}.`,
      sources: [...s.docs, ...e.ids],
    };
  }
  // ("According to the release vs ITS, …": documents that give the seats differently, each its own reading.)
  const readings = own.filter((g) => g.people.some(sideOf));
  if (readings.length > 1) {
    const seat = s.side ? `the ${s.side.test('Shenzhen') ? 'Chinese' : 'Singapore'} co-chair` : 'the co-chairs';
    const each = readings.map((g) => {
      const by = joinList(g.sources.filter((id) => s.docs.includes(id)).map((id) => docName(dataset, id)));
      const who = g.people.filter(sideOf);
      return `${by} ${gives(g.sources.filter((id) => s.docs.includes(id)))} ${seat} of ${the} as ${joinList(who.map(person))}`;
    });
    const namedAll = readings.map((g) => g.people.filter(sideOf).every(named));
    const lead = !yesno
      ? 'The documents differ: '
      : namedAll.every(Boolean)
        ? 'Yes: '
        : namedAll.some(Boolean)
          ? 'Not all of them: '
          : 'No: ';
    return {
      ...base,
      sentence: `${lead}${each.join('; ')}.`,
      sources: [...new Set(readings.flatMap((g) => g.sources.filter((id) => s.docs.includes(id))))],
    };
  }
  const people = own.flatMap((g) => g.people.filter(sideOf));
  // (Others' readings: only the people they name that this document does not.)
  const theirs = (p: { name: string; role: string }) => sideOf(p) && !people.some((x) => x.name === p.name);
  const ownIds = own.flatMap((g) => g.sources.filter((id) => s.docs.includes(id)));
  const seat = s.side ? `the ${s.side.test('Shenzhen') ? 'Chinese' : 'Singapore'} co-chair` : 'the co-chairs';
  if (!people.length)
    return { ...base, sentence: `${doc} gives no ${seat.replace(/^the /, '')} of ${the}.`, sources: ownIds };
  const all = people.every(named);
  const e = all ? { words: '', ids: [] } : elsewhere(theirs);
  const lead = !yesno ? `According to ${doc}, ` : all ? 'Yes: ' : 'No: ';
  const verb = !yesno ? `${seat} of ${the} ${people.length > 1 ? 'were' : 'was'}` : `${doc} gives ${seat} of ${the} as`;
  return {
    ...base,
    sentence: `${lead}${verb} ${joinList([...new Set(people.map(person))])}${e.words}.`,
    sources: [...new Set([...ownIds, ...e.ids])],
  };
}

type Who = { name: string; role: string };
interface ChairsKit {
  seats: Meeting['people'][number][];
  own: Meeting['people'][number][];
  doc: string;
  base: Pick<Said, 'lines' | 'refs'>;
  yesno: boolean;
  person: (p: Who) => string;
  elsewhere: (pick: (p: Who) => boolean) => { words: string; ids: string[]; n: number };
}

/**
 * "Did the release say Qin Weizhong co-chaired the 4th JIC?": Yes where the documents' own seats give the people
 * claimed; No where they give the seats to others (and who names the people claimed); else that the sources don't show
 * them saying so.
 */
function claimedChairs(s: Stated, k: ChairsKit): Said {
  const the = `the ${s.meeting.name}`;
  const claimed = s.people ?? [];
  const asked = joinList(claimed);
  const ownIds = k.own.flatMap((g) => g.sources.filter((id) => s.docs.includes(id)));
  const theirs = k.elsewhere((p) => claimed.includes(p.name));
  const lead = (x: string) => (k.yesno ? `${x}: ` : '');
  if (k.own.some((g) => claimed.every((name) => g.people.some((p) => p.name === name))))
    return {
      ...k.base,
      sentence: `${lead('Yes')}${k.doc} ${gives(ownIds)} ${asked} as ${claimed.length > 1 ? 'co-chairs' : 'a co-chair'} of ${the}.`,
      sources: ownIds,
    };
  if (k.own.length)
    return {
      ...k.base,
      sentence: `${lead('No')}${k.doc} ${gives(ownIds)} the co-chairs of ${the} as ${joinList([
        ...new Set(k.own.flatMap((g) => g.people.map(k.person))),
      ])}${theirs.words ? `${theirs.words} as co-chair${theirs.n > 1 ? 's' : ''}` : ''}.`,
      sources: [...new Set([...ownIds, ...theirs.ids])],
    };
  const e = theirs.words ? theirs : k.elsewhere(() => true);
  return {
    ...k.base,
    sentence: `The sources don't show ${k.doc} naming ${asked} as co-chair of ${the}${e.words}${e.words ? ` as co-chair${e.n > 1 ? 's' : ''}` : ''}.`,
    sources: [...s.docs, ...e.ids],
  };
}

// A meeting's line that says who chaired or presided, in other words than "co-chair" ("Ai Xuefeng, a Shenzhen leader,
// chaired the session"; "Qin Weizhong and Joseph Leong attended and gave the opening speeches").
const CHAIR_CLAUSE = /\b(?:chaired|presided|hosted|opening speech(?:es)?)\b/;

/** The clause of one of the documents' own lines on the meeting that says who chaired it, or undefined. */
function chairLine(m: Meeting, docs: readonly string[]): string | undefined {
  for (const h of m.highlights) {
    if (!h.sources.some((id) => docs.includes(id))) continue;
    const clause = h.text
      .split(/;\s+/)
      .map((c) => c.replace(/^As [^:]{3,60}:\s*/, '').replace(/\.$/, ''))
      .find((c) => CHAIR_CLAUSE.test(c));
    if (clause) return clause;
  }
  return undefined;
}

// A publication named as the one that says it ("according to ITS International, …", "per TechEdt", "does the Telecom
// Review article say …", "did ITS report on …"): the words before any publication is looked for (most questions have
// none of them).
const AS_SOURCE =
  / (?:according to|as per|per|says?|said|states?|stated|reports?|reported|mentions?|mentioned|article|piece|release|story|write up|coverage|covers?|covered|writes?|wrote) /;
// Asked only whether it covers the meeting ("did ITS International report on the 3rd JIC?", "does the Telecom Review
// article cover the 4th meeting?"): the verb right before the meeting named.
const COVERS_ASKED =
  / (?:cover|covers|covered|report on|reports on|reported on|report|reports|reported|write about|writes about|wrote about|talk about|talks about|discuss|discusses|discussed|mention|mentions|mentioned|feature|features|featured|about) (?:the )?$/;

export interface Uncovered {
  /** The documents named. */
  docs: string[];
  /** The meetings asked that none of them reports on. */
  missed: Meeting[];
  /** The meetings they do report on. */
  covers: Meeting[];
  /** Asked only whether the publication covers the meeting. */
  whether: boolean;
}

/**
 * "According to ITS International, did the 3rd JIC sign 8 MOUs?", "per Telecom Review, who co-chaired the 4th JIC?": a
 * publication asked about a meeting it does not report on (ITS covers the 4th only; Telecom Review Asia the 3rd). The
 * answer at large, from the meeting's own documents, was said as if that publication gave it (FALSE). Only documents
 * whose reports are on file (each the source of a meeting's record); undefined otherwise. English only.
 */
export function uncoveredAsked(
  t: string,
  raw: string,
  u: () => Understanding,
  dataset: Dataset,
): Uncovered | undefined {
  if (!AS_SOURCE.test(t)) return undefined;
  // ("Per Telecom Review": a publisher by its first words, as other readings of publications read it.)
  const full = publicationsNamed(t, dataset, raw).map((s) => s.id);
  const docs = full.length ? full : publishersShort(t, dataset);
  if (!docs.length) return undefined;
  const held = dataset.meetings.filter((m) => m.number > 0);
  const coversOf = (id: string) => held.filter((m) => m.sources.includes(id));
  // (A document that reports on no meeting — a law firm's note, a later interview — is not judged here.)
  if (docs.some((id) => !coversOf(id).length)) return undefined;
  const read = u();
  if (read.lang !== 'en') return undefined;
  const at = mentionsOf(read, 'meeting').filter((m) => Number(m.value) > 0);
  const numbers = [...new Set(at.map((m) => Number(m.value)))];
  const asked = numbers.flatMap((n) => dataset.meetingByNumber(n) ?? []);
  // (A meeting the sources don't have — "the 5th JIC" — is said so by the readings of meetings.)
  if (!asked.length || asked.length !== numbers.length) return undefined;
  const missed = asked.filter((m) => !docs.some((id) => m.sources.includes(id)));
  if (!missed.length) return undefined;
  const covers = held.filter((m) => docs.some((id) => m.sources.includes(id)));
  const first = at.sort((a, b) => a.start - b.start)[0];
  const whether = !!first && yesNoAsked(t) && COVERS_ASKED.test(t.slice(0, first.start));
  return { docs, missed, covers, whether };
}

/** "ITS International's piece (5 Jan 2024) doesn't cover the 3rd JIC meeting: it reports on the 4th JIC meeting (14 Dec 2023)." */
export function sayUncovered(x: Uncovered, dataset: Dataset): string {
  const many = x.docs.length > 1;
  const doc = joinList(x.docs.map((id) => docName(dataset, id)));
  const missed = joinList(x.missed.map((m) => `the ${m.name}`));
  const covers = joinList(x.covers.map((m) => `the ${m.name} (${formatDate(m.date.value)})`));
  return `${x.whether ? 'No: ' : ''}${doc} ${many ? "don't" : "doesn't"} cover ${missed}: ${many ? 'they report' : 'it reports'} on ${covers}.`;
}

// "According to the IMDA press release, …", "…, per TechEdt?": the frame that names who says it, before or after.
const FRAME_BEFORE = /^\s*(?:according to|as per|per)\s+([^,?;:]{3,60}?)\s*[,:;]\s*(\S.*)$/i;
const FRAME_AFTER = /^(.*\S)\s*,?\s+(?:according to|as per|per)\s+([^,?;:]{3,60}?)\s*([?.!]*)\s*$/i;

/**
 * The question with its "according to <publication>" frame set aside (the frame must name a publication), or undefined:
 * the publisher's name is no partner asked of ("according to the IMDA press release, did …" was read as a question
 * about IMDA).
 */
export function withoutAccording(raw: string, dataset: Dataset): string | undefined {
  const before = FRAME_BEFORE.exec(raw);
  const after = before ? undefined : FRAME_AFTER.exec(raw);
  const frame = before?.[1] ?? after?.[2];
  const rest = before ? before[2] : after ? `${after[1]}${after[3] || '?'}` : undefined;
  if (!frame || !rest) return undefined;
  const t = ` ${norm(frame)} `;
  const named = publicationsNamed(t, dataset, frame).length || publishersShort(t, dataset).length;
  return named ? rest : undefined;
}
