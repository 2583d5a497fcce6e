// Records found on a topic, and the meetings' outcomes that speak of it too (session 20, answer2): "are there any SCI
// projects aimed at SMEs?" found the one project and left out the Asian SME Hub and OneSME, which the 1st and 2nd JIC
// reported; "which MOUs and projects are about funding?" named the CapitaLand fund's MOU, never the Joint Innovation
// Call that funds joint R&D. An answer that lists records on a topic says, under them, where else the sources do.

import type { Dataset } from '../../dataset/index.js';
import type { Filter } from '../plan/types.js';
import type { Result } from '../run.js';
import type { Said } from './common.js';
import { inOutcomes, outcomesAbout } from './list.js';
import { topicSpelling } from './missing.js';
import { ANSWER_ZH } from '../../i18n/answer.js';
import { formatDate, messages } from '../../i18n/index.js';
import type { Zh } from '../say-zh/kit.js';

/** A filter of topics only (what a browsing question asks), or undefined. */
const topicsOnly = (f: Filter): readonly string[] | undefined =>
  f.topics?.length && Object.keys(f).every((k) => k === 'topics' || k === 'anyTopic') ? f.topics : undefined;

/**
 * The topics of a result that found records on them: a list, a Yes to "are there any …", or both kinds listed.
 * `none`: none found too (a Chinese "none on file" says no outcome of its own).
 */
function topicsFound(r: Result, none = false): readonly string[] | undefined {
  if (r.op === 'list')
    return (r.select === 'mous' || r.select === 'projects') && (none || r.items.length)
      ? topicsOnly(r.filter)
      : undefined;
  if (r.op === 'check')
    return r.verdict === 'yes' && r.inner.op === 'count' && r.inner.items.length > 0
      ? topicsOnly(r.inner.filter)
      : undefined;
  if (r.op !== 'each' || r.results.length !== 2) return undefined;
  const [a, b] = r.results;
  if (a?.op !== 'list' || b?.op !== 'list' || a.select !== 'mous' || b.select !== 'projects') return undefined;
  const topics = topicsOnly(a.filter);
  return topics && topics.join('|') === topicsOnly(b.filter)?.join('|') && (none || a.items.length + b.items.length)
    ? topics
    : undefined;
}

/**
 * A topic's word as its outcomes may say it: the plural's "s" or the "-ing" left off ("SMEs" → the OneSME platform's
 * "SME suppliers", "funding" → "funds joint R&D"). Only a word of five letters or more loses "-ing".
 */
const stem = (t: string): string =>
  /ing$/.test(t) && t.length >= 7 ? t.slice(0, -3) : /[^s]s$/.test(t) && t.length >= 4 ? t.slice(0, -1) : t;

/**
 * The outcomes that speak of every topic. A topic the records spell in capitals ("AI", "SMEs") is that word in
 * capitals: "Ai Xuefeng" is a name, never AI.
 */
function spokenOf(dataset: Dataset, topics: readonly string[]) {
  const found = outcomesAbout(dataset, topics.map(stem));
  const capitals = topics
    .map((t) => stem(topicSpelling(dataset, t)))
    .filter((t) => /^[A-Z]{2,}/.test(t))
    .map((t) => new RegExp(`\\b${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  return found.filter((x) => capitals.every((re) => re.test(x.text)));
}

/** The answer with the outcomes that speak of its topic too, under its records; as it was where none does. */
export function alsoSpoken(r: Result, said: Said, dataset: Dataset): Said {
  const topics = topicsFound(r);
  if (!topics || said.help) return said;
  // (An answer that already says where the sources speak of it says it once.)
  if (/\bspeak of\b/.test(said.sentence) || said.lines.some((l) => /\bspeak of\b/.test(l))) return said;
  const spoken = spokenOf(dataset, topics);
  if (!spoken.length) return said;
  const about = topics.length === 1 && topics[0] ? topicSpelling(dataset, topics[0]) : 'them';
  const text = `The sources also speak of ${about} ${inOutcomes(spoken)}`;
  const sources = [...new Set([...said.sources, ...spoken.slice(0, 2).flatMap((x) => x.sources)])];
  return said.lines.length
    ? { ...said, lines: [...said.lines, text], sources }
    : { ...said, sentence: `${said.sentence}${said.sentence.includes('\n') ? '\n' : ' '}${text}`, sources };
}

/** The same in Chinese: the outcomes under the records found, or after "none on file" (the text as the sources word it). */
export function alsoSpokenZh(r: Result, said: Said, dataset: Dataset, locale: Zh): Said {
  const topics = topicsFound(r, true);
  if (!topics || said.help) return said;
  // (An outcome that quotes Chinese inside its English, "启动区", is left to its meeting's card: a Chinese sentence quotes
  // the sources' English whole, never English around Chinese.)
  const spoken = spokenOf(dataset, topics).filter((x) => !/\p{Script=Han}/u.test(x.text));
  if (!spoken.length) return said;
  const t = ANSWER_ZH[locale];
  const where = [...new Set(spoken.map((x) => x.meeting))]
    .map((m) => `${messages(locale).meeting.name(m.number)}（${formatDate(m.date.value, locale)}）`)
    .join(t.list);
  const found = /收录的|相符|[是有]：|收錄的|相符/.test(said.sentence);
  // (Each outcome's text whole, as the sources word it: its own full stop ends it.)
  const texts = spoken
    .slice(0, 2)
    .map((x) => x.text)
    .join(' ');
  const text = found ? t.spokenToo(where, texts) : t.spokenOnly(where, texts);
  const sources = [...new Set([...said.sources, ...spoken.slice(0, 2).flatMap((x) => x.sources)])];
  return said.lines.length
    ? { ...said, lines: [...said.lines, text], sources }
    : { ...said, sentence: `${said.sentence}${said.sentence.includes('\n') ? '\n' : ''}${text}`, sources };
}
