import type { Dataset } from '../dataset/index.js';
import { normalise } from '../text/normalise.js';
import { perDataset } from './records.js';
import { SHORT_FORM_ASKED } from './acronyms.js';

/** A name the sources write in full, by its initials. */
interface SpeltName {
  /** As the text writes it ("Hand-painted Technology and Culture Co." keeps its dash and dot). */
  name: string;
  /**
   * A whole run of capitalised words ("Bank of China"), not a tail of one ("Greater Bay Area" of "Guangdong-Hong
   * Kong-Macao Greater Bay Area") nor one with a word in capitals throughout ("NCS NEXT Shenzhen Innovation Centre"):
   * the names a word of the question is read as.
   */
  whole: boolean;
  /**
   * A run of capitalised words, some maybe in capitals throughout ("Asian SME Hub"), or a tail of one, within one
   * sentence and one name (never "Park. The", nor across the dash between two parties): the names a short form asked
   * about may stand for.
   */
  spelt: boolean;
  /** Every word gave its letter (no joining word passed over: "BOC", not "BC", for Bank of China). */
  everyWord: boolean;
  /** The sources of the texts it is written in. */
  sources: readonly string[];
}

/**
 * The names the sources spell out in full, by their initials in lower case (two letters or more): each run of two
 * capitalised words or more in the initiative's summary, the outcomes' lines, the records' texts, the partners' names
 * and the sources' publishers, and each tail of it within a sentence and a name (a name written after another: "…
 * Macao Greater Bay Area"; never "Park. The", nor across the dash between two parties). One table for both readings of
 * a short form the sources never write: a word of the question read as a name (spelledByInitials: "boc" → Bank of
 * China) and a short form asked what it stands for (spelledOutIn: "GBA" → Greater Bay Area). Built once per Dataset.
 */
export const spelledNames = perDataset((dataset: Dataset): ReadonlyMap<string, readonly SpeltName[]> => {
  const texts: Array<{ text: string; sources: readonly string[] }> = [
    dataset.initiative.summary,
    ...dataset.meetings.flatMap((m) => m.highlights),
    ...[...dataset.mous, ...dataset.projects].map((r) => r.description),
    ...dataset.organisations.map((o) => ({ text: o.name, sources: o.sources })),
    ...dataset.sources.map((s) => ({ text: s.publisher, sources: [s.id] })),
  ];
  type Found = { name: string; whole: boolean; spelt: boolean; everyWord: boolean; sources: Set<string> };
  // (By initials, then by the name in lower case: "OneConnect Financial Technology." is the one without the dot.)
  const found = new Map<string, Map<string, Found>>();
  const add = (initials: string, name: string, whole: boolean, everyWord: boolean, sources: readonly string[]) => {
    if (initials.length < 2) return;
    const names = found.get(initials) ?? new Map<string, Found>();
    found.set(initials, names);
    const key = normalise(name);
    const x = names.get(key) ?? { name, whole: false, spelt: false, everyWord, sources: new Set<string>() };
    // (Said as a short form's name the way the first text writes it, its sentence's closing dot left out.)
    const said = x.spelt || whole ? x.name : name;
    names.set(key, {
      ...x,
      name: said,
      whole: x.whole || whole,
      spelt: x.spelt || !whole,
      everyWord: x.everyWord || everyWord,
    });
    for (const s of sources) x.sources.add(s);
  };
  const letter = (w: RegExpMatchArray) => w[0][0]?.toLowerCase() ?? '';
  // A run's words, its opening words left out ("The Chinese University …", "As the Chinese press …"); each tail of it
  // read (all of it alone where `whole`), its initials with every word's letter and with its joining words' left out.
  const read = (run: string, whole: boolean, sources: readonly string[]) => {
    const words = [...run.matchAll(/[^\s–-]+/g)];
    while (words.length && OPENING.test(words[0]?.[0] ?? '')) words.shift();
    for (let i = 0; i + 1 < words.length && (i === 0 || !whole); i += 1) {
      const tail = words.slice(i);
      if (OPENING.test(tail[0]?.[0] ?? '')) continue;
      // (Nor a count, nor a word that opens a sentence or joins two names: "Eight MOUs", "… Pte. Ltd. And Shenzhen …".)
      if (!whole && (COUNTED.test(tail[0]?.[0] ?? '') || tail.some((w) => OPENING.test(w[0]) && !MINOR.test(w[0]))))
        continue;
      const name = run.slice(tail[0]?.index ?? 0);
      add(tail.map(letter).join(''), name, whole, true, sources);
      // (A joining word inside gives its letter or none: "BOC" and "BC" are both Bank of China.)
      add(
        tail
          .filter((w) => !MINOR.test(w[0]))
          .map(letter)
          .join(''),
        name,
        whole,
        false,
        sources,
      );
    }
  };
  for (const { text, sources } of texts) {
    for (const [name] of text.matchAll(NAME_RUN)) read(name, true, sources);
    // (Split where a sentence ends or a dash stands between two parties: "… Park. The …", "Keppel – Guangdong …".)
    for (const [run] of text.matchAll(SPELT_RUN))
      for (const part of run.split(/(?<=\b(?!(?:Co|Ltd|Pte|Inc|Corp)\.)[A-Za-z]{2,}\.)\s+|\s[–-]\s/))
        read(part.replace(/(?<!\b(?:Co|Ltd|Pte|Inc|Corp))\.$/, ''), false, sources);
  }
  const out = new Map<string, SpeltName[]>();
  for (const [initials, names] of found)
    out.set(
      initials,
      [...names.values()].map((x) => ({ ...x, sources: [...x.sources] })),
    );
  return out;
});

/**
 * Names the sources spell out in full that a reader shortens to their initials ("BOC" for Bank of China in the
 * TradeTrust line, "HK" for Hong Kong in the Hong Kong Commercial Daily and CUHK's name): spelledNames' whole runs, by
 * their initials in lower case (three letters or more: two are too often a word of chat). Kept only where the initials
 * stand for one name alone; never a short form the sources themselves give (acronyms.ts reads those).
 */
export const spelledByInitials = perDataset((dataset: Dataset): ReadonlyMap<string, string> => {
  const out = new Map<string, string>();
  for (const [initials, names] of spelledNames(dataset)) {
    const whole = new Set(names.filter((x) => x.whole).map((x) => normalise(x.name)));
    if (initials.length >= 3 && whole.size === 1) out.set(initials, [...whole][0] ?? '');
  }
  return out;
});

/**
 * A name the sources' text writes in full whose initials are a short form they never write ("GBA": "the Greater Bay
 * Area"), each of its words giving a letter, with the sources of the texts it is in; undefined where no such name is
 * written, or more than one.
 */
export function spelledOutIn(dataset: Dataset, short: string): { full: string; sources: string[] } | undefined {
  // (A plural's own small "s" gives no letter: "GBAs".)
  const initials = short
    .replace(/(?<=[A-Z])s$/, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const names = (spelledNames(dataset).get(initials) ?? []).filter((x) => x.spelt && x.everyWord);
  // (One name however it is written: "Shenzhen's Bureau of Commerce" is the Shenzhen Bureau of Commerce.)
  const [only, more] = new Set(names.map((x) => normalise(x.name.replace(/['’]s\b/g, ''))));
  const first = names[0];
  return first && only && !more
    ? { full: first.name, sources: [...new Set(names.flatMap((x) => x.sources))] }
    : undefined;
}

// A run of capitalised words ("of", "for", "on" between two of them belong to it; "and" joins two names): "Bank of China", "Hong Kong
// Commercial Daily". Words in capitals throughout (UOB, ICBC) are short forms already, not a name's words.
const NAME_RUN = /\b[A-Z][a-z][\w’'.]*(?:[\s–-]+(?:(?:of|for|on)[\s–-]+)?[A-Z][a-z][\w’'.]*)+/g;
// The same with such words in it: a name a short form may stand for ("Asian SME Hub", "ONE Championship").
const SPELT_WORD = String.raw`(?:[A-Z][a-z]|[A-Z]{2})[\w’'.]*`;
// (Never ending inside a word: "Sun Yat-sen" is no "Sun Yat".)
const SPELT_RUN = new RegExp(
  String.raw`\b${SPELT_WORD}(?:[\s–-]+(?:(?:of|for|on)[\s–-]+)?${SPELT_WORD})+(?![-–]?[\w’'.])`,
  'g',
);
const MINOR = /^(?:of|for|on)$/i;
// A count opening a sentence is no word of a name ("Eight MOUs were signed"; "ONE Championship" is a name).
const COUNTED = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fourteen|Several|Many|All|Both)$/;
const OPENING = /^(?:the|an?|as|at|in|on|by|for|of|and|both|this|these)$/i;

/**
 * The question's words, each short form of a name the sources spell out (see spelledByInitials) read as that name:
 * "were boc and icbc to launch pilots" → "were bank of china and icbc …", "the HKCD report" → "the hong kong commercial
 * daily report". Only a word nothing else knows (`known`), and in lower case only where it is no everyday word
 * ("map" is no Med-Arb Protocol): typed in capitals, it is a short form whatever it spells.
 */
export function withNamesSpelt(text: string, raw: string, dataset: Dataset, known: (w: string) => boolean): string {
  // (Asked what a short form stands for — "what does GBA mean?" — it is left as typed: acronyms.ts says what it spells.)
  if (SHORT_FORM_ASKED.test(` ${text} `)) return text;
  const names = spelledByInitials(dataset);
  let changed = false;
  const words = text.split(' ').map((w) => {
    if (w.length < 3 || w.length > 6 || !/^[a-z]+$/.test(w)) return w;
    const name = names.get(w);
    if (!name || known(w)) return w;
    if (EVERYDAY.has(w) && !new RegExp(`\\b${w.toUpperCase()}\\b`).test(raw)) return w;
    changed = true;
    return name;
  });
  return changed ? words.join(' ') : text;
}

// Everyday words a name's initials may spell: read as themselves unless typed in capitals.
const EVERYDAY = new Set(
  (
    'add ads age ago aid aim air all and any app arm art ask bad bag ban bar bat bed big bit box boy bus but buy cab can ' +
    'cap car cat cop cup cut day did dig dog dot due ear eat egg end era eye fan far fat fee few fit fix fly for fun gap ' +
    'gas get god got gun guy had has hat her hey him hit hot how its job joy key kid lab law lay led leg let lid lie lot ' +
    'low mad man map may men met mix mom mud net new nor not now nut odd off oil old one our out own pad pan pay pen per ' +
    'pet pie pin pit pop pot put ran rat raw red rid row run sad sat saw say sea see set she sic sin sip sit six sky son ' +
    'sum sun tab tag tap tax tea ten the tie tip toe ton too top toy try two use van via war was way web wet who why win ' +
    'won yes yet you zip also area back band bank base best call care case city data deal done down each east even ' +
    'fact firm flow from fund gave give goal good hand have help here high hold home hope idea into just keep kind ' +
    'land last late lead left less life like line link list long look made main make many mark more most much must ' +
    'name near need news next nice only open over part past plan play plus post push rate read real rest role rule ' +
    'same save seen self sell send show side sign size some soon step stop such sure take talk team tell term test ' +
    'than that them then they this time tour town tree trip true turn type unit upon used very view wait want week ' +
    'well went were what when whom wide will with word work year your'
  ).split(' '),
);
