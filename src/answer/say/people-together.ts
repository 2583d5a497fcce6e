// "What did Yong Ying-I and Chen Rugui do together?": what the sources put the two people at together — the founding
// MOU they signed, the JIC meetings they co-chaired — in one sentence, never two profiles side by side.
import type { Dataset, Meeting } from '../../dataset/index.js';
import type { Result } from '../run.js';
import { joinList, meetingDate } from '../format.js';
import { TOGETHER } from '../plan/per-entity.js';

/** The question asks what two people did together (or have in common), not each one's role. */
const asksTogether = (text: string) =>
  TOGETHER.test(text) || / both (?:do|did|done)\b| did (?:they|both)\b.* do /.test(text);

/** What the two people of an `each` of two person reads did together, or undefined (not asked, or not two people). */
export function peopleTogether(results: readonly Result[], text: string, dataset: Dataset): string | undefined {
  if (results.length !== 2 || !asksTogether(text)) return undefined;
  const names = results.flatMap((x) => (x.op === 'read' && x.about.type === 'person' ? [x.about.name] : []));
  const [a, b] = names;
  if (!a || !b || a === b) return undefined;
  const readings = (m: Meeting) => m.people.map((r) => r.people.map((p) => p.name));
  const shared = dataset.meetings.filter((m) => readings(m).some((ns) => ns.includes(a) && ns.includes(b)));
  // What one person did at the meetings given: "signed the founding MOU (…) and co-chaired the 1st and 2nd JIC meetings".
  const did = (ms: readonly Meeting[], who: readonly string[], dated: boolean) => {
    const when = (m: Meeting) => {
      // (A meeting whose sources disagree on the co-chairs: said as the readings that name them.)
      const some = m.people.filter((r) => who.every((n) => r.people.some((p) => p.name === n)));
      const as = some.length < m.people.length ? some.map((r) => /\(([^)]+)\)/.exec(r.label)?.[1] ?? r.label) : [];
      const bits = [...(dated ? [meetingDate(m)] : []), ...(as.length ? [`as ${joinList(as)} name them`] : [])];
      return bits.length ? ` (${bits.join(', ')})` : '';
    };
    const founding = ms.find((m) => m.number === 0);
    const chaired = ms.filter((m) => m.number > 0);
    return joinList([
      ...(founding
        ? [
            `signed the founding MOU (${meetingDate(founding)}${dated ? `, ${founding.place.value.split(',')[0]}` : ''})`,
          ]
        : []),
      ...(chaired.length === 1 && chaired[0]
        ? [`co-chaired the ${chaired[0].name}${when(chaired[0])}`]
        : chaired.length
          ? [
              `co-chaired the ${joinList(chaired.map((m) => `${m.name.replace(/ JIC meeting$/, '')}${when(m)}`))} JIC meeting${chaired.length > 1 ? 's' : ''}`,
            ]
          : []),
    ]);
  };
  const at = (n: string) => dataset.meetings.filter((m) => readings(m).some((ns) => ns.includes(n)));
  if (!shared.length)
    return `The sources don't put ${a} and ${b} at any signing or JIC meeting together: ${a} ${did(at(a), [a], false)}; ${b} ${did(at(b), [b], false)}.`;
  return `${a} and ${b} ${did(shared, [a, b], true)} together.`;
}
