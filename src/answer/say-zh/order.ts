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
