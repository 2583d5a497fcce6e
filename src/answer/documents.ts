// Questions about the sources themselves ("is the MCI press release the only source?", "how old is your info?"):
// answered from the list of documents the dataset rests on — how many there are, the newest one's date — never the
// list alone, which says neither.
import type { Result } from './run.js';
import type { Said } from './say.js';
import { formatDate } from './format.js';

const ONLY =
  / (?:only|sole|single) (?:source|document|reference)(?: (?:you|u|the bot|it) (?:use|uses|have|has|read|reads|rely on|relies on)| of (?:yours|the bot|the data))? $/;
const AGE =
  / how (?:old|recent|current|fresh|new|up to date|uptodate) | (?:last )?(?:updated|collected|gathered|written|published) $/;

/** Whether the words ask whether the documents are the only source, or how old they are (aboutDocuments' cases). */
export const documentsAsked = (text: string): boolean => ONLY.test(text) || AGE.test(text);

/** The sources' reply led by what was asked of them: "No: …" to "the only source?", the newest date to "how old?". */
export function aboutDocuments(text: string, r: Result, said: Said): Said | undefined {
  if (r.op !== 'sources') return undefined;
  if (ONLY.test(text) && r.documents.length > 1)
    return { ...said, sentence: `No: ${said.sentence.replace(/^Every answer/, 'every answer')}` };
  if (!AGE.test(text)) return undefined;
  const dated = r.documents.filter((d) => d.date).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const newest = dated[0];
  if (!newest?.date) return undefined;
  return {
    ...said,
    sentence: `The newest of the ${r.documents.length} published documents my answers rest on is dated ${formatDate(newest.date)} (${newest.publisher}${newest.title ? `: “${newest.title}”` : ''}); the oldest, ${formatDate(dated[dated.length - 1]?.date ?? '')}. Nothing later is in the sources.`,
    lines: [],
    sources: [newest.id],
  };
}
