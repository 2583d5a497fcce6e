import type { Deps } from '../command.js';
import { glossChinese } from '../i18n/gloss.js';
import { understand, type Understanding } from './understand.js';

/** understand() for one answer: a text read again in the same answer (same words, same language) is read once. */
export type Reader = ((text: string, lang: string, english?: boolean) => Understanding) & {
  /** A Chinese text's gloss, worked out once in one answer (its parts and clauses are glossed again as they are read). */
  gloss: (text: string) => string;
};

/**
 * One answer's readings. The message is read again once its talk about the asker (or a document's framing) is set
 * aside, and the question after a premise is read to find its pronoun before it is answered: the same words each
 * time. (understand is pure and nothing changes what it returns, so a reading may be shared.)
 */
export function readerOf(deps: Deps): Reader {
  let read: Map<string, Understanding> | undefined;
  let glossed: Map<string, string> | undefined;
  const reads = (text: string, lang: string, english = true) => {
    read ??= new Map();
    const key = `${lang}${english ? '' : ' gloss'} ${text}`;
    let u = read.get(key);
    if (!u) read.set(key, (u = understand(text, deps, lang, english)));
    return u;
  };
  const gloss = (text: string) => {
    glossed ??= new Map();
    let g = glossed.get(text);
    if (g === undefined) glossed.set(text, (g = glossChinese(text, deps.dataset)));
    return g;
  };
  return Object.assign(reads, { gloss });
}
