// The 3rd JIC's projects sorted into tiers (flagship 旗舰, key 重点): the yes/no both languages lead with.
import type { Result } from '../run.js';
import type { Understanding } from '../understand.js';

/**
 * A yes/no on the tiers compared ("7 flagship and 7 key?", "more key projects than flagship ones?", "the same number of
 * each?"): the counts claimed before each tier checked against the sources'; else "more … than …?" is No where there are
 * as many of each, and "the same number?" a Yes. Undefined where no yes/no is asked — in Chinese (`glossed`), never of
 * two alternatives ("旗舰项目多还是重点项目多" is glossed "is … more or … more": which one, no yes/no).
 */
export function tiersVerdict(
  r: Extract<Result, { op: 'tier' }>,
  u: Understanding,
  glossed = false,
): 'yes' | 'no' | undefined {
  const meetings = [...new Set(r.groups.map((x) => x.meeting))];
  const same = meetings.every((m) => {
    const [a, b] = r.groups.filter((x) => x.meeting === m);
    return !!a && !!b && a.count === b.count;
  });
  const asked =
    u.target === 'yesno' ||
    (/^ (?:were|was|are|is|did|do|does|has|have|had) /.test(u.q.text) && !(glossed && / or /.test(u.q.text)));
  const claimed = [...u.q.text.matchAll(/ (\d+) (flagship|key) /g)].map((x) => ({ n: Number(x[1]), tier: x[2] }));
  const holds = (c: { n: number; tier?: string }) => r.groups.some((g) => g.tier === c.tier && g.count === c.n);
  if (!asked) return undefined;
  if (claimed.length) return claimed.every(holds) ? 'yes' : 'no';
  if (
    / (?:same|equal|equally|as many|evenly|even|split|half) /.test(u.q.text) &&
    !/ (?:more|fewer|less) /.test(u.q.text)
  )
    return same ? 'yes' : 'no';
  return same ? 'no' : undefined;
}
