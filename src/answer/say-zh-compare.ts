import type { Dataset, Meeting } from '../dataset/index.js';
import { formatDate, messages } from '../i18n/index.js';
import { ANSWER_ZH, PARTNER_LABELS } from '../i18n/answer.js';
import { compareAsks, type CompareResult, type CompareSide } from './compare.js';
import type { Said } from './say.js';
import type { Understanding } from './understand.js';

type Zh = 'zh-CN' | 'zh-TW';

/**
 * Comparisons in Chinese (compare.ts says them in English): each side with its number and where it
 * comes from (reported at a meeting, or records on file); a side the sources give no number for is
 * "not stated", never 0. `did` words what one partner did on file (say-zh.ts).
 */
export function sayCompareZh(
  r: CompareResult,
  u: Understanding,
  dataset: Dataset,
  locale: Zh,
  did: (ids: readonly string[]) => string,
): Said | null {
  const t = ANSWER_ZH[locale];
  const list = (xs: readonly string[]) => xs.join(t.list);
  const meetingName = (m: Meeting) => messages(locale).meeting.name(m.number);
  const at = (m: Meeting) => `${meetingName(m)}（${formatDate(m.date.value, locale)}）`;
  const done = (sentence: string, refs: Said['refs'] = []): Said => ({ sentence, lines: [], refs, sources: r.sources });
  const meetingRefs = r.sides.flatMap((s) => (s.meeting ? [{ kind: 'meeting' as const, id: s.meeting.id }] : []));
  const { fewer, isQuestion, asksSame, asksChange } = compareAsks(u);
  const unitOf = (sel: string) => (sel === 'mous' ? t.mou : t.project);
  const noun = (n: number, sel: string) => `${n} ${unitOf(sel)}`;
  const country = (x: string) => messages(locale).country[x] ?? x;
  /** A kind of partner, with the country the question put before it ("Chinese companies" → 中国公司). */
  const kind = (label: string) => {
    const m = /^(Singapore|Chinese|China) (.+)$/.exec(label);
    const c = m ? country(m[1] === 'Singapore' ? 'Singapore' : 'China') : '';
    const k = PARTNER_LABELS[locale][m?.[2] ?? label] ?? '';
    return {
      name: `${c}${k.slice(1) || (m?.[2] ?? label)}`,
      count: (n: number) => t.kindCount(n, k.charAt(0), c, k.slice(1)),
    };
  };
  /** A side's name: a meeting (with its year if asked so), "to date", a country, a kind of partner or a partner. */
  const name = (s: CompareSide) =>
    s.meeting
      ? s.meeting.number === 0
        ? meetingName(s.meeting)
        : `${meetingName(s.meeting)}${r.byYear ? `（${s.meeting.date.value.slice(0, 4)} 年）` : ''}`
      : s.label === 'to date'
        ? t.toDate
        : s.kind
          ? kind(s.label).name
          : country(s.label);
  const val = (s: CompareSide, i: number) => {
    const v = s.values[i];
    return !v || v.value === null
      ? t.sideNotStated(name(s), v?.select === 'projects' ? t.projectNoun : t.mouNoun)
      : t.sideValue(name(s), noun(v.value, v.select), !s.isMeeting && s.label !== 'to date');
  };
  const notes = (r.notes ?? []).map((x) => t.compareNote(meetingName(x.meeting), x.text)).join('');

  if (r.across) {
    const s = r.sides[0];
    const m = s?.values.find((v) => v.select === 'mous');
    const p = s?.values.find((v) => v.select === 'projects');
    if (!s || !m || !p) return null;
    const where = s.meeting ? at(s.meeting) : t.reportedToDate;
    const onFile =
      !s.meeting && m.onFile !== undefined && p.onFile !== undefined
        ? t.bothOnFile(noun(p.onFile, 'projects'), noun(m.onFile, 'mous'))
        : '';
    if (m.value === null || p.value === null)
      return done(
        t.acrossUnknown(
          where,
          m.value === null ? t.notStatedOf(t.mouNoun) : noun(m.value, 'mous'),
          p.value === null ? t.notStatedOf(t.projectNoun) : noun(p.value, 'projects'),
        ),
        meetingRefs,
      );
    const pair = t.acrossPair(where, noun(p.value, 'projects'), noun(m.value, 'mous'), onFile);
    if (p.value === m.value) return done(t.acrossSame(pair), meetingRefs);
    const [more, less] = p.value > m.value ? [t.projectNoun, t.mouNoun] : [t.mouNoun, t.projectNoun];
    return done(t.acrossMore(more, less, r.difference ? Math.abs(p.value - m.value) : 0, pair), meetingRefs);
  }

  if (r.threshold) {
    const s = r.sides[0];
    const v = s?.values[0];
    if (!s || !v) return null;
    const where = s.meeting ? `${r.cumulative ? t.byMeeting(at(s.meeting)) : at(s.meeting)}` : t.reportedToDate;
    if (v.value === null)
      return done(t.thresholdUnknown(where, v.select === 'mous' ? t.mouNoun : t.projectNoun), meetingRefs);
    const yes = r.threshold.than === 'more' ? v.value > r.threshold.value : v.value < r.threshold.value;
    const onFile = !s.meeting && v.onFile !== undefined ? t.onFileOfThem(v.onFile, unitOf(v.select)) : '';
    return done(t.lead(yes ? t.yes : t.no, t.thresholdValue(where, noun(v.value, v.select), onFile)), meetingRefs);
  }

  if (r.factor) {
    const [a, b] = r.sides;
    const x = a?.values[0];
    const y = b?.values[0];
    if (!a?.meeting || !b?.meeting || !x || !y) return null;
    const what = x.select === 'mous' ? t.mouNoun : t.projectNoun;
    if (x.value !== null && y.value !== null) {
      const yes = x.value >= r.factor * y.value;
      return done(
        t.lead(
          yes ? t.yes : t.no,
          t.factorValues(
            meetingName(a.meeting),
            noun(x.value, x.select),
            meetingName(b.meeting),
            noun(y.value, y.select),
            yes && x.value === r.factor * y.value ? r.factor : 0,
          ),
        ),
        meetingRefs,
      );
    }
    const said = (r.notes ?? []).find((n) => n.meeting === a.meeting && /doubl/i.test(n.text));
    const side = (m: Meeting, v: typeof x) =>
      v.value === null ? t.sideNotStated(meetingName(m), what) : `${meetingName(m)} ${noun(v.value, v.select)}`;
    return done(
      said
        ? t.factorSaid(at(a.meeting), said.text, side(a.meeting, x), side(b.meeting, y))
        : t.compareNotBoth(side(a.meeting, x), side(b.meeting, y)),
      meetingRefs,
    );
  }

  if (r.select === 'partners') {
    const [a, b] = r.sides;
    if (!a || !b) return null;
    const label = PARTNER_LABELS[locale][r.unit ?? 'partners'] ?? PARTNER_LABELS[locale].partners ?? '';
    const x = a.values[0]?.value ?? 0;
    const y = b.values[0]?.value ?? 0;
    const from = (s: CompareSide, n: number) =>
      s.kind ? kind(s.label).count(n) : t.partnersFromSide(country(s.label), n, label);
    const read = [a, b].filter((s) => s.read);
    const caveat = read.length
      ? t.readCaveat(list(read.map((s) => t.readOf(s.read ?? 0, s.kind ? name(s) : country(s.label)))))
      : '';
    const unnamed = r.unnamed?.length
      ? t.unnamedPartners(
          r.unnamed.length,
          list(
            [...new Set(r.unnamed)].map((z) =>
              t.times(z.replace(/\s*\(not named in the sources\)/, ''), r.unnamed?.filter((w) => w === z).length ?? 0),
            ),
          ),
        )
      : '';
    const sides = t.partnerSides(from(a, x), from(b, y), caveat);
    if (x === y) return done(t.lead(t.sameWord, sides) + unnamed);
    const winner = x > y !== fewer ? a : b;
    if (r.difference)
      return done(
        (fewer ? x < y : x > y)
          ? t.lead(t.byN(Math.abs(x - y), fewer), sides) + unnamed
          : t.lead(t.notMoreWord(fewer), sides) + unnamed,
      );
    return done(t.lead(t.sideWins(name(winner), fewer), sides) + unnamed);
  }

  const [a, b] = r.sides;
  if (r.noMeetingIn?.length && a) {
    const v = a.values[0];
    return done(
      t.noMeetingIn(
        list(r.noMeetingIn.map(String)),
        r.latest ? at(r.latest) : '',
        name(a),
        !v || v.value === null
          ? t.notStatedOf(v?.select === 'projects' ? t.projectNoun : t.mouNoun)
          : a.values
              .map((z) =>
                z.value === null
                  ? t.notStatedOf(z.select === 'mous' ? t.mouNoun : t.projectNoun)
                  : noun(z.value, z.select),
              )
              .join(`${t.and} `),
      ),
      meetingRefs,
    );
  }
  if (!a || !b) return null;
  // Partners asked which is bigger: the sources give no size; what each did is what is on file.
  if (r.size) {
    const idsOf = (label: string) => {
      const o = dataset.organisations.find((x) => x.name === label);
      return o ? [o.id] : [];
    };
    return done(t.noSize(a.label, b.label, `${did(idsOf(a.label))}；${did(idsOf(b.label))}`));
  }
  // The founding MOU is no JIC meeting: its year had the founding MOU itself, not a count of MOUs signed.
  const founding = r.sides.find((s) => s.meeting?.number === 0);
  if (founding?.meeting) {
    const other = r.sides.find((s) => s !== founding);
    const v = other?.values[0];
    return done(
      t.foundingYear(
        founding.meeting.date.value.slice(0, 4),
        formatDate(founding.meeting.date.value, locale),
        other?.meeting && v && v.value !== null ? t.otherSigned(at(other.meeting), noun(v.value, v.select)) : '',
      ),
      meetingRefs,
    );
  }
  // Two quantities (MOUs and projects): both, side by side, and whether they are the same.
  if (a.values.length > 1) {
    const line = (s: CompareSide) =>
      `${name(s)}：${s.values
        .map((v) =>
          v.value === null ? t.notStatedOf(v.select === 'mous' ? t.mouNoun : t.projectNoun) : noun(v.value, v.select),
        )
        .join(`${t.and} `)}${s.isMeeting ? '' : t.onFileWord}`;
    const same = a.values.every((v, i) => v.value !== null && v.value === b.values[i]?.value);
    // ("第三次和第四次会议之间总数增加了多少": each kind from the earlier to the later, and by how much, as English.)
    const known = (s: CompareSide) => s.values.every((v) => v.value !== null);
    if ((r.difference || asksChange) && a.meeting && b.meeting && known(a) && known(b) && !same) {
      const [p, q] = a.meeting.number < b.meeting.number ? [a, b] : [b, a];
      const moved = p.values.flatMap((v, i) => {
        const d = (q.values[i]?.value ?? 0) - (v.value ?? 0);
        return d === 0 ? [] : [t.nMore(Math.abs(d), v.select === 'mous' ? t.mouNoun : t.projectNoun, d < 0)];
      });
      return done(
        `${line(p)}；${line(q)}${r.cumulative ? t.totalsThen : ''}：${moved.join('，')}。${notes}`,
        meetingRefs,
      );
    }
    return done(
      `${same ? t.sameBoth : ''}${line(a)}；${line(b)}${r.cumulative ? t.totalsThen : ''}。${notes}`,
      meetingRefs,
    );
  }
  const x = a.values[0]?.value ?? null;
  const y = b.values[0]?.value ?? null;
  const select = a.values[0]?.select ?? 'mous';
  const what = select === 'mous' ? t.mouNoun : t.projectNoun;
  if (x === null || y === null) return done(`${t.compareNotBoth(val(a, 0), val(b, 0))}${notes}`, meetingRefs);
  const sides = `${val(a, 0)}，${val(b, 0)}`;
  if (asksSame)
    return done(
      x === y ? t.lead(t.yes, t.compareSame(name(a), name(b), noun(x, select))) : t.lead(t.no, sides) + '。',
      meetingRefs,
    );
  if (asksChange && a.meeting && b.meeting) {
    const [p, q] = a.meeting.number < b.meeting.number ? [a, b] : [b, a];
    const [pv, qv] = p === a ? [x, y] : [y, x];
    // ("项目增加了多少" from one meeting to the next: each meeting's own count, and the running totals reported at both
    // beside it — 增加 is read either way, and the totals' rise is the other reading's answer.)
    const total = (m?: Meeting) => (select === 'mous' || select === 'projects' ? m?.totals?.[select] : undefined);
    const [pt, qt] = [total(p.meeting), total(q.meeting)];
    const totals = !r.cumulative && pt !== undefined && qt !== undefined ? t.totalsRose(pt, qt) : '';
    return done(
      t.changed(name(p), noun(pv, select), name(q), noun(qv, select), qv - pv, unitOf(select)) + totals,
      meetingRefs,
    );
  }
  if (r.difference) {
    const right = fewer ? x < y : x > y;
    // "相差多少" (the difference between them): the gap, whichever side is larger.
    const undirected = / difference between /.test(u.q.text);
    return done(
      undirected && x !== y
        ? t.lead(t.differBy(Math.abs(x - y), what), sides) + '。'
        : x === y
          ? t.lead(t.noneMore(fewer), t.bothEach(name(a), name(b), noun(x, select)))
          : right
            ? t.lead(t.nMore(Math.abs(x - y), what, fewer), sides) + '。'
            : t.lead(t.noneMore(fewer), `${sides}（${t.nMore(Math.abs(x - y), what, !fewer)}）`) + '。',
      meetingRefs,
    );
  }
  if (x === y)
    return done(
      isQuestion
        ? t.lead(t.no, t.compareSame(name(a), name(b), noun(x, select)))
        : t.compareSame(name(a), name(b), noun(x, select)),
      meetingRefs,
    );
  const first = x > y;
  if (isQuestion) return done(t.lead(first !== fewer ? t.yes : t.no, sides) + '。', meetingRefs);
  const winner = first !== fewer ? a : b;
  return done(t.lead(t.sideWins(name(winner), fewer), sides) + '。', meetingRefs);
}
