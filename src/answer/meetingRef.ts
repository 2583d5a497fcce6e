import type { Dataset, Meeting } from '../dataset/index.js';
import type { Question } from './question.js';

/** A meeting the question names: found, or named but absent from the sources (e.g. "the 5th JIC"). */
export type MeetingRef =
  | { found: true; meeting: Meeting; how: string }
  | { found: false; number?: number; year?: number; how: string };

const ORDINAL_WORDS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A number as people write it in a question: `3`, `3rd`, `third`, `three`. */
export function readNumber(word: string): number | undefined {
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word);
  if (digits?.[1]) return Number(digits[1]);
  const ordinal = ORDINAL_WORDS.indexOf(word);
  if (ordinal >= 0) return ordinal;
  const n = NUMBER_WORDS.indexOf(word);
  return n >= 0 ? n : undefined;
}

const NUM = `(\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_WORDS.join('|')}|${NUMBER_WORDS.join('|')})`;

/**
 * How a meeting is named, tried in order. Each pattern captures a number (or nothing, for the
 * named ones); `meeting` turns the capture into a meeting number, or the latest one.
 */
const MEETING_PATTERNS: ReadonlyArray<{ pattern: RegExp; number: (m: RegExpExecArray, d: Dataset) => number | undefined }> = [
  // "3rd jic", "third sci jic meeting", "the 4th meeting"
  { pattern: new RegExp(` ${NUM} (?:sci )?(?:jic|meeting)\\b`), number: (m) => readNumber(m[1] ?? '') },
  // "jic 3", "meeting no 3", "jic number three"
  { pattern: new RegExp(`\\b(?:jic|meeting) (?:no |number |nr )?${NUM} `), number: (m) => readNumber(m[1] ?? '') },
  // "the latest / last / most recent jic"
  { pattern: /\b(?:latest|last|most recent|recent|newest) (?:sci )?(?:jic|meeting)\b/, number: (_m, d) => d.latestMeeting.number },
  // "the founding mou", "the founding agreement"
  { pattern: /\bfounding\b/, number: () => 0 },
];

/** The meeting the question is about, if it names one by number, ordinal, "latest" or year. */
export function findMeetingRef(q: Question, dataset: Dataset): MeetingRef | undefined {
  for (const { pattern, number } of MEETING_PATTERNS) {
    const m = pattern.exec(q.text);
    if (!m) continue;
    const n = number(m, dataset);
    if (n === undefined) continue;
    const meeting = dataset.meetingByNumber(n);
    return meeting ? { found: true, meeting, how: m[0].trim() } : { found: false, number: n, how: m[0].trim() };
  }
  const year = /\b(?:in|during|of|year) (20\d\d)\b/.exec(q.text) ?? / (20\d\d) /.exec(q.text);
  if (year?.[1]) {
    const y = Number(year[1]);
    const meeting = dataset.meetings.find((m) => m.date.value.startsWith(String(y)));
    return meeting ? { found: true, meeting, how: String(y) } : { found: false, year: y, how: String(y) };
  }
  return undefined;
}
