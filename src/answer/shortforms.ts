import type { Dataset } from '../dataset/index.js';
import { normalise } from '../text/normalise.js';
import { perDataset } from './records.js';
import { SHORT_FORM_ASKED } from './acronyms.js';

/**
 * Names the sources spell out in full that a reader shortens to their initials ("BOC" for Bank of China in the
 * TradeTrust line, "HK" for Hong Kong in the Hong Kong Commercial Daily and CUHK's name): each run of two capitalised words
 * or more in the records' texts, the outcomes' lines, the partners' names and the sources' publishers, by its initials
 * in lower case (three letters or more: two are too often a word of chat). Kept only where the initials stand for one name alone; never a
 * short form the sources themselves give (acronyms.ts reads those). Built once per Dataset.
 */
export const spelledByInitials = perDataset((dataset: Dataset): ReadonlyMap<string, string> => {
  const texts = [
    ...dataset.meetings.flatMap((m) => m.highlights.map((h) => h.text)),
    ...[...dataset.mous, ...dataset.projects].map((r) => r.description.text),
    ...dataset.organisations.map((o) => o.name),
    ...dataset.sources.map((s) => s.publisher),
  ];
  const found = new Map<string, Set<string>>();
  const add = (initials: string, name: string) => {
    if (initials.length >= 3) found.set(initials, (found.get(initials) ?? new Set()).add(name));
  };
  for (const text of texts)
    for (const [run] of text.matchAll(NAME_RUN)) {
      // (A sentence's first word is no word of the name: "The Chinese University …", "As the Chinese press …".)
      const words = run.split(/[\s–-]+/).filter(Boolean);
      while (words.length && OPENING.test(words[0] ?? '')) words.shift();
      if (words.length < 2) continue;
      const name = normalise(words.join(' '));
      const letter = (w: string) => w[0]?.toLowerCase() ?? '';
      // (A joining word inside gives its letter or none: "BOC" and "BC" are both Bank of China.)
      add(words.map(letter).join(''), name);
      add(
        words
          .filter((w) => !MINOR.test(w))
          .map(letter)
          .join(''),
        name,
      );
    }
  const out = new Map<string, string>();
  for (const [initials, names] of found) if (names.size === 1) out.set(initials, [...names][0] ?? '');
  return out;
});

// A run of capitalised words ("of", "for", "on" between two of them belong to it; "and" joins two names): "Bank of China", "Hong Kong
// Commercial Daily". Words in capitals throughout (UOB, ICBC) are short forms already, not a name's words.
const NAME_RUN = /\b[A-Z][a-z][\w’'.]*(?:[\s–-]+(?:(?:of|for|on)[\s–-]+)?[A-Z][a-z][\w’'.]*)+/g;
const MINOR = /^(?:of|for|on)$/i;
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
