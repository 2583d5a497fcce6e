// The JIC's co-chairs, each person once with the meetings they co-chaired, grouped by side.
import type { Result } from '../run.js';
import type { Understanding } from '../understand.js';
import type { Dataset } from '../../dataset/index.js';
import { type ChairsBySide, chairsOf, headsInitiative } from '../facts.js';
import { formatDate, joinList } from '../format.js';
import { ordinal, refsOf, type Said } from './common.js';

/**
 * The JIC's co-chairs as the sources name them, each person once with the meetings they co-chaired (a
 * meeting whose sources differ says so), grouped by side; then what a later event reports, as reported.
 */
export function sayChairs(r: Extract<Result, { op: 'read' }>, u: Understanding, dataset: Dataset): Said {
  const { sides, events } = chairsOf(r);
  const verb = (reading: string) => (/s$/.test(reading) ? 'name' : 'names');
  const describe = (p: ChairsBySide['people'][number]) => {
    const notes = p.differ.map(
      (d) =>
        `at the ${ordinal(d.meeting)}, the ${joinList(d.named)} ${verb(d.named[0] ?? '')} them; the ${joinList(d.others.map((o) => `${o.reading} ${verb(o.reading)} ${joinList(o.names) || 'someone else'}`))}`,
    );
    const who = p.role === 'not named' ? p.name : `${p.name} (${p.role})`;
    return `${who} at the ${joinList(p.meetings.map(ordinal))} JIC${p.meetings.length > 1 ? ' meetings' : ' meeting'}${notes.length ? ` (${notes.join('; ')})` : ''}`;
  };
  const sideLabel = (s: string) => (s === 'China' ? 'Shenzhen' : s);
  const body = sides.map((x) => `on the ${sideLabel(x.side)} side, ${joinList(x.people.map(describe))}`).join('; ');
  const said = events
    .map((e) => {
      const pub = joinList(e.sources.map((id) => dataset.source(id)?.publisher ?? id));
      return e.verbatim
        ? ` On ${formatDate(e.date)}, ${e.by} said: “${e.text}”.`
        : ` On ${formatDate(e.date)}, ${pub} reported ${e.by} saying that ${e.text} (reported speech).`;
    })
    .join('');
  return {
    sentence: `${headsInitiative(u) ? `The sources name no one who heads the ${dataset.initiative.shortName} itself; its Joint Implementation Committee's co-chairs: ` : "The sources name the JIC's co-chairs: "}${body}.${said}`,
    lines: [],
    refs: refsOf(r.items),
    sources: r.sources,
  };
}
