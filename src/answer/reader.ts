import type { Deps } from '../command.js';
import { glossChinese } from '../i18n/gloss.js';
import type { Question } from './question.js';
import { questionModesOf, understandQuestion, type Understanding } from './understand.js';

/** understand() for one answer: a text read again in the same answer (same words, same language) is read once. */
export type Reader = ((text: string, lang: string, english?: boolean) => Understanding) & {
  /** A Chinese text's gloss, worked out once in one answer (its parts and clauses are glossed again as they are read). */
  gloss: (text: string) => string;
  /** The question's words as understand reads them (questionOf), without its mentions: what a test of words needs. */
  question: (text: string, lang: string, english?: boolean) => Question;
};

/**
 * One answer's readings. The message is read again once its talk about the asker (or a document's framing) is set
 * aside, and the question after a premise is read to find its pronoun before it is answered: the same words each
 * time. (understand is pure and nothing changes what it returns, so a reading may be shared.)
 * A Chinese clause is read as a gloss (`english` false) to see whether it names anything, then as English words when
 * it is split off: the two readings differ only where readQuestion reads an English negation, so where the words come
 * out the same, the mentions found once are the other reading's too.
 */
export function readerOf(deps: Deps): Reader {
  let read: Map<string, Understanding> | undefined;
  let asked: Map<string, Question> | undefined;
  let modes: Map<string, (english: boolean) => Question> | undefined;
  let glossed: Map<string, string> | undefined;
  const keyOf = (text: string, lang: string, english: boolean) => `${lang}${english ? '' : ' gloss'} ${text}`;
  const question = (text: string, lang: string, english = true) => {
    asked ??= new Map();
    const key = keyOf(text, lang, english);
    let q = asked.get(key);
    if (!q) {
      // (Both modes of one text from one reading of its words: a clause read as a gloss, then as English words.)
      modes ??= new Map();
      const words = `${lang} ${text}`;
      let read = modes.get(words);
      if (!read) modes.set(words, (read = questionModesOf(text, deps, lang)));
      asked.set(key, (q = read(english)));
    }
    return q;
  };
  const reads = (text: string, lang: string, english = true) => {
    read ??= new Map();
    const key = keyOf(text, lang, english);
    let u = read.get(key);
    if (!u) {
      const q = question(text, lang, english);
      const other = read.get(keyOf(text, lang, !english));
      // (The other mode's reading of the same words: its mentions, this reading's question and flags.)
      u = other && sameWords(other.q, q) ? { ...other, q } : understandQuestion(q, deps, lang);
      read.set(key, u);
    }
    return u;
  };
  const gloss = (text: string) => {
    glossed ??= new Map();
    let g = glossed.get(text);
    if (g === undefined) glossed.set(text, (g = glossChinese(text, deps.dataset)));
    return g;
  };
  return Object.assign(reads, { gloss, question });
}

/** Two readings whose mentions are the same: understandQuestion reads only a question's words and what was typed. */
const sameWords = (a: Question, b: Question): boolean => a.text === b.text && a.raw === b.raw;
