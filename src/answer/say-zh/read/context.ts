// What readZh's readers read: the result, the question, the dataset, the reader's locale and its words (the kit).
import type { Result } from '../../run.js';
import type { Understanding } from '../../understand.js';
import type { Dataset } from '../../../dataset/index.js';
import type { Said } from '../../say/common.js';
import type { Zh, ZhKit } from '../kit.js';
import { monthNumber } from '../../../text/months.js';

export interface ReadZhContext {
  readonly r: Extract<Result, { op: 'read' }>;
  readonly u: Understanding;
  readonly dataset: Dataset;
  readonly locale: Zh;
  readonly kit: ZhKit;
}

/**
 * One reader of readZh: the Chinese sentence for a read of its kind, null for one of its kind it has no sentence for
 * (the English stands), or undefined to leave it to the readers after it.
 */
export type ReaderZh = (c: ReadZhContext) => Said | null | undefined;

/** "as at 30 Jun 2021" in a record's text → "截至2021年6月30日" (the date in the reader's words; any other form kept). */
export function asAtZh(kit: ZhKit, asAt: string | undefined): string {
  const { t, date } = kit;
  const m = /^as (?:at|of) (\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(asAt ?? '');
  const month = m ? (monthNumber(m[2] ?? '') ?? 0) : 0;
  return m && month
    ? t.asAt(date(`${m[3]}-${String(month).padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`))
    : (asAt ?? '');
}

/** A reader's reply: its sentence (and lines), backed by the read's own records and sources — the one shape they share. */
export function readSaid(r: ReadZhContext['r'], sentence: string, lines: string[] = []): Said {
  return { sentence, lines, refs: r.refs, sources: r.sources };
}
