// "Which company was behind three of the 2nd JIC's MOUs?": the partners that fit the number asked, by name — or, where
// none does, that none does and the most any one has (never every partner of the kind with the number dropped).
import type { Result } from '../run.js';
import type { Understanding } from '../understand.js';
import type { Dataset } from '../../dataset/index.js';
import { capitalise, joinList } from '../format.js';
import { noun, type Said } from './common.js';

type Ranked = Extract<Result, { op: 'rank' }>;

// The kind asked, one and many ("company" / "companies"); a partner where none was named.
function kindWords(kind: string | undefined): [string, string] {
  if (!kind) return ['partner', 'partners'];
  const one = kind
    .replace(/ies$/, 'y')
    .replace(/(?<=[^s])s$/, '')
    .replace(/ bodie$/, ' body');
  return [one, kind];
}

export function sayTally(r: Ranked, u: Understanding, dataset: Dataset): Said | undefined {
  const t = r.tally;
  if (!t) return undefined;
  const [one, many] = kindWords(t.kind);
  const scope = r.meetings?.length
    ? ` at ${joinList(r.meetings.flatMap((n) => dataset.meetingByNumber(n) ?? []).map((m) => `the ${m.name}`))}`
    : '';
  const count = (n: number) => (r.records ? `${n} record${n === 1 ? '' : 's'} (MOUs and projects)` : noun(n, r.select));
  const what = r.records ? 'records (MOUs and projects)' : r.select === 'mous' ? 'MOUs' : 'projects';
  const verb = (several: boolean) => (r.select === 'mous' && !r.records ? 'signed' : several ? 'are in' : 'is in');
  const fits = r.rows.filter((x) => (t.atLeast ? x.value >= t.n : x.value === t.n));
  const asked = t.atLeast ? `${t.n} or more ${what}` : `${t.n} ${what}`;
  let sentence: string;
  if (fits.length) {
    const same = fits.every((x) => x.value === fits[0]?.value);
    // (Many that fit: counted, the first few named.)
    const shown = fits.slice(0, fits.length > 6 ? 5 : 6);
    const names = joinList([
      ...shown.map((x) => (same ? x.label : `${x.label} (${count(x.value)})`)),
      ...(fits.length > shown.length ? [`${fits.length - shown.length} more`] : []),
    ]);
    const several = fits.length > 1;
    sentence =
      u.target === 'count' || / how many /.test(u.q.text) || fits.length > shown.length
        ? `${fits.length} ${several ? many : one} on file ${verb(several)} ${asked}${scope}: ${names}.`
        : same
          ? `${names} ${verb(several)} ${count(fits[0]?.value ?? t.n)} on file${scope}${several ? ' each' : ''}.`
          : `${names} ${verb(several)} ${asked} on file${scope}.`;
  } else {
    const top = r.rows[0];
    const winners = top ? r.rows.filter((x) => x.value === top.value) : [];
    const shown = winners.length <= 3 ? ` (${joinList(winners.map((x) => x.label))})` : ` (${winners.length} ${many})`;
    sentence = top
      ? `No ${one} on file ${verb(false)} ${t.atLeast ? asked : `${top.value > t.n ? 'exactly ' : ''}${asked}`}${scope}: the most any one ${r.select === 'mous' && !r.records ? 'signed' : 'is in'} is ${count(top.value)}${shown}.`
      : `The sources name no ${many} in the ${what} on file${scope}.`;
  }
  return {
    sentence: capitalise(sentence),
    lines: [],
    refs: fits.flatMap((x) => (x.ref ? [x.ref] : [])),
    sources: r.sources,
  };
}
