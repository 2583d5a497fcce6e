// A post held by several people, one after another ("who is the Permanent Secretary for Communications and
// Information?", "who was Shenzhen's mayor?"): each holder the sources name, with the meetings and dates at which they
// name them — never each one's role said in the present as if both held it now. "Who is" asks after the latest on file
// (the newest first, then who held it before); "who was" gives them in order, the newest last.
import type { Dataset, Meeting } from '../dataset/index.js';
import { formatDate, joinList, meetingDate } from './format.js';
import { publisherShown } from './timing.js';
import type { Said } from './say/common.js';
import { listLines } from './say/common.js';
import type { ZhKit } from './say-zh/kit.js';

export interface HoldersPlan {
  op: 'holders';
  /** The post as asked, as the role tables key it ("mayor", "permanent secretary"). */
  title: string;
  people: string[];
  /** Asked in the present ("who is"): the latest holder first. */
  now: boolean;
  /** Asked who held it before (or after) one of them: "who was mayor before Qin?". */
  around?: { name: string; before: boolean };
}

/** One meeting at which the sources name a holder: what they did there, and a reading that names another instead. */
interface Seat {
  meeting: Meeting;
  part: 'signed' | 'cochaired';
  /** Named by one reading of the meeting's co-chairs only ("news reports"): the press release names someone else. */
  reading?: 'news' | 'release';
}

export interface HoldersResult {
  op: 'holders';
  plan: HoldersPlan;
  /** The post as every holder's role words it ("Permanent Secretary", "Mayor of Shenzhen"). */
  post: string;
  /** Each holder, the earliest first. */
  holders: Array<{
    name: string;
    role: string;
    /** The role as a Chinese source words it (our rendering of it in English). */
    rendered: boolean;
    seats: Seat[];
    /** Dated events after the meetings that give them the post ("Shenzhen Mayor Qin Weizhong", 12 Apr 2024). */
    named: Array<{ date: string; by: string }>;
  }>;
  sources: string[];
}

// Asked of a time gone by: every holder in order, the newest last.
const PAST = / (?:was|were|former|formerly|previous|previously|past|earlier|used to|before|first|original|originally) /;

/** "who is/was the <post>" with two or more people the sources give it: the plan, or undefined. */
export function planHolders(
  text: string,
  title: string | undefined,
  people: readonly string[],
  around?: HoldersPlan['around'],
): HoldersPlan | undefined {
  if (!title || people.length < 2) return undefined;
  return { op: 'holders', title, people: [...people], now: !around && !PAST.test(text), ...(around ? { around } : {}) };
}

/** The words every role shares from its start ("Permanent Secretary", "Mayor of Shenzhen"), connectives trimmed. */
function sharedPost(roles: readonly string[]): string {
  const words = roles.map((r) => r.split(/(?=,)|\s+/).filter(Boolean));
  const first = words[0] ?? [];
  let n = 0;
  while (n < first.length && words.every((w) => (w[n] ?? '').toLowerCase() === (first[n] ?? '').toLowerCase())) n++;
  const shared = first.slice(0, n);
  while (shared.length && /^(?:,|of|for|the|and|when)$/i.test(shared[shared.length - 1] ?? '')) shared.pop();
  return shared.join(' ').replace(/ ,/g, ',');
}

export function runHolders(p: HoldersPlan, dataset: Dataset): HoldersResult | undefined {
  const sources = new Set<string>();
  const holders = p.people.flatMap((name) => {
    const about = dataset.person(name)?.about;
    if (!about) return [];
    const seats: Seat[] = dataset.meetings.flatMap((m) => {
      const groups = m.people.filter((g) => g.people.some((x) => x.name === name));
      if (!groups.length) return [];
      for (const g of groups) g.sources.forEach((s) => sources.add(s));
      const only = groups.length < m.people.length ? groups[0]?.label : undefined;
      return [
        {
          meeting: m,
          part: m.number === 0 ? ('signed' as const) : ('cochaired' as const),
          ...(only ? { reading: /news/i.test(only) ? ('news' as const) : ('release' as const) } : {}),
        },
      ];
    });
    // (A dated event that gives them the post by its title — "Shenzhen Mayor Qin Weizhong" — after their last meeting.)
    const title = about.text.split(/[ ,]/)[0] ?? '';
    const last = seats[seats.length - 1]?.meeting.date.value ?? '';
    const named = (dataset.initiative.events ?? []).flatMap((e) => {
      if (!e.text.includes(name) || title.length < 4 || !new RegExp(`\\b${title}\\b`).test(e.text) || e.date <= last)
        return [];
      e.sources.forEach((s) => sources.add(s));
      return [
        { date: e.date, by: joinList(e.sources.map((id) => publisherShown(dataset.source(id)?.publisher ?? id))) },
      ];
    });
    about.sources.forEach((s) => sources.add(s));
    const rendered = about.sources.length > 0 && about.sources.every((id) => dataset.source(id)?.language === 'zh');
    return seats.length ? [{ name, role: about.text, rendered, seats, named }] : [];
  });
  if (holders.length < 2) return undefined;
  const first = (h: (typeof holders)[number]) => h.seats[0]?.meeting.date.value ?? '';
  holders.sort((a, b) => first(a).localeCompare(first(b)));
  return { op: 'holders', plan: p, post: sharedPost(holders.map((h) => h.role)), holders, sources: [...sources] };
}

type Holder = HoldersResult['holders'][number];

/** What the sources give a holder doing, with dates: "signed the founding MOU (15 Oct 2019); co-chaired the 1st …". */
function deeds(h: Holder, post: string): string {
  const at = (s: Seat) =>
    `the ${s.meeting.name} (${meetingDate(s.meeting)}${s.reading === 'news' ? '; as news reports name them — the press release names a representative from the Chinese government' : s.reading === 'release' ? '; as the press release names them — news reports name another co-chair' : ''})`;
  const signed = h.seats.filter((s) => s.part === 'signed');
  const chaired = h.seats.filter((s) => s.part === 'cochaired');
  return [
    ...signed.map((s) => `signed the founding MOU (${meetingDate(s.meeting)})`),
    ...(chaired.length ? [`co-chaired ${joinList(chaired.map(at))}`] : []),
    ...h.named.map((n) => `named as ${post} on ${formatDate(n.date)} (${n.by})`),
  ].join('; ');
}

/** The holders before (or after) the one asked about, and that one; undefined when not asked so. */
function aroundOf(r: HoldersResult): { them: Holder[]; one: Holder } | undefined {
  const around = r.plan.around;
  const i = around ? r.holders.findIndex((h) => h.name === around.name) : -1;
  const one = r.holders[i];
  if (!around || !one) return undefined;
  return { them: around.before ? r.holders.slice(0, i).reverse() : r.holders.slice(i + 1), one };
}

export function sayHolders(r: HoldersResult): Said {
  const { post, holders } = r;
  const line = (h: Holder) => `${h.name} (${h.role}): ${deeds(h, post)}`;
  const around = aroundOf(r);
  if (around) {
    const { them, one } = around;
    const side = r.plan.around?.before ? 'before' : 'after';
    return {
      sentence: them.length
        ? `${side === 'before' ? 'Before' : 'After'} ${one.name}, the sources name ${joinList(them.map((h) => h.name))} as ${post}:`
        : `The sources name no ${post} ${side} ${one.name}: ${one.name} is the ${side === 'before' ? 'earliest' : 'latest'} they give.`,
      lines: listLines([...them, one].map((h) => ({ name: line(h) }))),
      refs: [],
      sources: r.sources,
    };
  }
  const order = r.plan.now ? [...holders].reverse() : holders;
  const latest = holders[holders.length - 1];
  const before = holders.slice(0, -1).reverse();
  const sentence =
    r.plan.now && latest
      ? `The latest ${post} the sources name is ${latest.name} (they don't say whether that is still so); before ${latest.name}, ${joinList(before.map((h) => h.name))} held the post:`
      : `The sources name ${holders.length} people as ${post}, one after the other: ${holders.map((h) => h.name).join(', then ')}:`;
  return { sentence, lines: listLines(order.map((h) => ({ name: line(h) }))), refs: [], sources: r.sources };
}

export function sayHoldersZh(r: HoldersResult, kit: ZhKit): Said {
  const { t, meetingName, date, list, person } = kit;
  const post = t.rosterTitle[r.plan.title] ?? r.post;
  const order = r.plan.now ? [...r.holders].reverse() : r.holders;
  const at = (s: Seat) =>
    `${meetingName(s.meeting)}（${date(s.meeting.date.value)}）${s.reading ? t.chairNote(s.reading === 'news') : ''}`;
  const line = (h: Holder) => {
    const signed = h.seats.filter((s) => s.part === 'signed');
    const chaired = h.seats.filter((s) => s.part === 'cochaired');
    const did = [
      ...signed.map((s) => `${t.signedFounding}（${date(s.meeting.date.value)}）`),
      ...(chaired.length ? [t.coChaired(list(chaired.map(at)))] : []),
      ...h.named.map((n) => t.holderNamed(date(n.date), n.by)),
    ];
    return `${t.role(person(h.name), false, h.role, h.rendered)}；${did.join('；')}`;
  };
  const around = aroundOf(r);
  if (around) {
    const { them, one } = around;
    const before = r.plan.around?.before ?? true;
    return {
      sentence: them.length
        ? t.holdersAround(post, person(one.name), list(them.map((h) => person(h.name))), before)
        : t.holdersNoneAround(post, person(one.name), before),
      lines: listLines([...them, one].map((h) => ({ name: line(h) }))),
      refs: [],
      sources: r.sources,
    };
  }
  const latest = r.holders[r.holders.length - 1];
  const before = r.holders.slice(0, -1).reverse();
  const sentence =
    r.plan.now && latest
      ? t.holdersNow(post, person(latest.name), list(before.map((h) => person(h.name))))
      : t.holdersPast(post, r.holders.length, r.holders.map((h) => person(h.name)).join(t.holdersThen));
  return { sentence, lines: listLines(order.map((h) => ({ name: line(h) }))), refs: [], sources: r.sources };
}
