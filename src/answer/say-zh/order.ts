// "Which came first?" in Chinese: records or meetings put in the order of their dates.
import type { Result } from '../run.js';
import type { Said } from '../say/common.js';
import type { ZhKit } from './kit.js';

export function orderZh(r: Extract<Result, { op: 'order' }>, kit: ZhKit): Said | null {
  const { t, meetingName, date, at, list } = kit;
  const name = (x: (typeof r.things)[number]) => (x.isMeeting && x.meetings[0] ? meetingName(x.meetings[0]) : x.name);
  if (r.things.every((x) => x.isMeeting && x.meetings[0])) {
    const inOrder = [...r.things].sort((p, q) => (p.meetings[0]?.number ?? 0) - (q.meetings[0]?.number ?? 0));
    const dated = inOrder.map((x) => `${name(x)}（${date(x.meetings[0]?.date.value)}）`);
    const [p, q] = r.things.map((x) => x.meetings[0]?.number ?? 0);
    const verdict =
      r.claim && p !== undefined && q !== undefined
        ? (r.claim === 'before' ? p < q : p > q)
          ? t.orderYes
          : t.orderNo
        : '';
    return {
      sentence: t.orderMeetings(verdict, dated[0] ?? '', list(dated.slice(1))),
      lines: [],
      refs: inOrder.flatMap((x) => x.meetings.map((m) => ({ kind: 'meeting' as const, id: m.id }))).slice(0, 3),
      sources: r.sources,
    };
  }
  const own = byOwnDatesZh(r, kit);
  if (own) return own;
  // An outcome against a meeting (as English's sayOrder): reported at a meeting, it came before a later one; against
  // that meeting or an earlier one the sources can't tell.
  const held = r.things.find((x) => x.isMeeting)?.meetings[0];
  const outcome = r.things.find((x) => !x.isMeeting);
  const reported = outcome?.meetings[0];
  if (r.things.length === 2 && held && outcome && reported) {
    const said = `${t.orderFrom(outcome.name, at(reported), '')}；${meetingName(held)}：${date(held.date.value)}`;
    const outcomeAsked = r.things[0] === outcome;
    const verdict =
      reported.number < held.number && r.claim
        ? (r.claim === 'before') === outcomeAsked
          ? t.orderYes
          : t.orderNo
        : '';
    return {
      sentence: t.orderSentence(
        verdict,
        reported.number < held.number ? t.orderFirst(outcome.name) : t.orderCantTell,
        said,
      ),
      lines: [],
      refs: [...new Set([reported, held])].map((m) => ({ kind: 'meeting' as const, id: m.id })),
      sources: r.sources,
    };
  }
  const dated = r.things.filter((x) => x.meetings.length);
  const min = Math.min(...dated.map((x) => x.meetings[0]?.number ?? 99));
  const earliest = dated.filter((x) => (x.meetings[0]?.number ?? 99) === min);
  const lead =
    dated.length < r.things.length
      ? t.orderUndated
      : earliest.length === dated.length
        ? t.orderNeither(earliest[0]?.meetings[0] ? meetingName(earliest[0].meetings[0]) : '')
        : t.orderFirst(list(earliest.map(name)));
  const [p, q] = r.things.map((x) => x.meetings[0]?.number);
  const verdict =
    r.claim && p !== undefined && q !== undefined && dated.length === r.things.length
      ? (r.claim === 'before' ? p < q : p > q)
        ? t.orderYes
        : t.orderNo
      : '';
  const parts = r.things
    .map((x) =>
      x.meetings[0]
        ? t.orderFrom(name(x), at(x.meetings[0]), list(x.meetings.slice(1).map(meetingName)))
        : t.orderNoDate(name(x)),
    )
    .join('；');
  return {
    sentence: t.orderSentence(verdict, lead, parts),
    lines: [],
    refs: [...new Set(r.things.flatMap((x) => x.meetings))]
      .map((m) => ({ kind: 'meeting' as const, id: m.id }))
      .slice(0, 3),
    sources: r.sources,
  };
}

/**
 * Which came first by the things' own dates, as English's byOwnDates (pair.ts): an outcome's own text dates it
 * ("OneSME … launched in Sept 2020", the GIA node in Dec 2020 — OneSME, though both were reported at the 2nd JIC);
 * undefined where a date is missing or the two can't be told apart at the precision both give.
 */
function byOwnDatesZh(r: Extract<Result, { op: 'order' }>, kit: ZhKit): Said | undefined {
  const { t, date, meetingName } = kit;
  // (A meeting by its Chinese name, never the English "the 1st JIC".)
  const nameOf = (x: (typeof r.things)[number]) => (x.isMeeting && x.meetings[0] ? meetingName(x.meetings[0]) : x.name);
  const [a, b] = r.things;
  if (r.things.length !== 2 || !a?.own || !b?.own || r.things.every((x) => x.isMeeting)) return undefined;
  const n = Math.min(a.own.iso.length, b.own.iso.length);
  const x = a.own.iso.slice(0, n);
  const y = b.own.iso.slice(0, n);
  if (x === y && a.own.iso.length !== b.own.iso.length) return undefined;
  const firstIsA = x < y;
  const first = firstIsA ? nameOf(a) : nameOf(b);
  const lead =
    x === y
      ? `${r.claim ? t.orderNo : ''}${t.orderSameDay}`
      : r.claim
        ? `${(r.claim === 'before') === firstIsA ? t.orderYes : t.orderNo}${t.orderFirst(first)}`
        : t.orderFirst(first);
  return {
    sentence: t.orderSentence('', lead, [a, b].map((z) => t.orderOwnDate(nameOf(z), date(z.own?.iso))).join('；')),
    lines: [],
    refs: [...new Set(r.things.flatMap((z) => z.meetings))]
      .map((m) => ({ kind: 'meeting' as const, id: m.id }))
      .slice(0, 3),
    sources: r.sources,
  };
}
