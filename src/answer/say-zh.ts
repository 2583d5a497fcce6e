/**
 * Step 4 in Chinese, for the kinds a Chinese reader asks most (counts, who signed, when, where,
 * which records): the same result as the English sentence, written in the locale's script. Record
 * names and place text stay as the sources wrote them (English); a person's Chinese name from a
 * source is shown beside the English one. A result this does not word (null) is said in English.
 */
import { sayNamedInZh } from './named-in.js';
import { sayRosterZh } from './roster.js';
import { sayHoldersZh } from './holders.js';
import { sayOwnerZh } from './owner.js';
import { displayName, KIND_TESTS, type Result } from './run.js';
import { projectNamed } from './say/common.js';
import { tiersVerdict } from './say/tiers.js';
import type { Understanding } from './understand.js';
import type { Dataset, Meeting } from '../dataset/index.js';
import type { Said } from './say/common.js';
import { messages } from '../i18n/index.js';
import { ANSWER_ZH, PARTNER_LABELS } from '../i18n/answer.js';
import { asksFoundingSignatory, foundingAmong, namesFoundingMou } from './facts.js';
import { sayCompareZh } from './say-zh-compare.js';
import { sayQuotesZh } from './say-zh-quotes.js';
import { type Zh, type ZhKit, zhKit } from './say-zh/kit.js';
import { countZh } from './say-zh/count.js';
import { readZh } from './say-zh/read.js';
import { rankZh } from './say-zh/rank.js';
import { orderZh } from './say-zh/order.js';
import { sayTrendZh } from './trend.js';
import { firstSentence } from './events.js';
import { outcomesAbout } from './say/list.js';
import { truncate } from './format.js';
import { sayCounterparts } from './counterparts.js';
import {
  acrossZh,
  attributeZh,
  chairsZh,
  intervalZh,
  meetingsInZh,
  pickMeetingZh,
  zoneApartZh,
} from './say-zh/facts.js';
import { recordsZh } from './say-zh/records.js';
import { personOnFile } from './records.js';

const FREE_KIND_ZH: Readonly<Record<string, string>> = { banks: '银行', hospitals: '医院' };

function listZh(
  r: Extract<Result, { op: 'list' }>,
  u: Understanding,
  dataset: Dataset,
  locale: Zh,
  hints: readonly string[],
  kit: ZhKit,
): Said | null {
  const {
    t,
    meetingName,
    date,
    at,
    list,
    someNames,
    heldWhere,
    lines,
    refs,
    groupOnly,
    groupReply,
    noneOnFile,
    recordScope,
    filtered,
  } = kit;
  // "既不是新加坡的也不是中国的": none from elsewhere, how many of all are from either side, whose country is unclear.
  const noun = PARTNER_LABELS[locale][r.label];
  const sides = (r.filter.notCountries ?? []).map((c) => messages(locale).country[c] ?? c);
  if (r.select === 'partners' && !r.items.length && r.outOf && r.filter.notCountries?.length && noun)
    return {
      sentence: t.noneElsewhere(
        noun.slice(1),
        sides.join('和'),
        sides.join('或'),
        r.outOf.all,
        r.outOf.all - r.outOf.unclear.length,
        r.outOf.unclear.join('、'),
      ),
      lines: [],
      refs: [],
      sources: r.sources,
    };
  // A kind no table knows ("which hospitals take part?"): those whose kind or name says it, or none and what they are.
  const free = r.select === 'partners' && r.filter.kind && !(r.filter.kind in KIND_TESTS) ? r.filter.kind : undefined;
  // (The kinds the gloss reads from Chinese — 银行, 医院 — said back in it.)
  const freeZh = free ? kit.script(FREE_KIND_ZH[free] ?? free) : '';
  if (free) {
    // (None of that kind: the outcomes that speak of it — "banks" in TradeTrust's trials — as English says them.)
    // (Only for a kind said back in Chinese — 银行, 医院 — never a kind left in English.)
    const spoken =
      r.items.length || !FREE_KIND_ZH[free]
        ? []
        : outcomesAbout(dataset, [free.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '')]);
    const where = spoken.length
      ? t.freeKindSpoken(freeZh, list([...new Set(spoken.map((x) => at(x.meeting)))]), spoken[0]?.text ?? '')
      : '';
    return {
      sentence: r.items.length
        ? t.freeKind(r.items.length, freeZh, someNames(r.items.map((i) => i.name)))
        : `${t.freeKindNone(freeZh, list(partnerKindsZh(dataset, locale)))}${where}`,
      lines: [],
      refs: refs(r.items),
      sources: [...new Set([...r.sources, ...spoken.flatMap((x) => x.sources)])],
    };
  }
  // Partners of a kind or country read the same whether counted or listed.
  if (r.select === 'partners')
    return sayZh(
      { ...r, op: 'count', total: null, cumulative: false, before: false, orgNames: [] },
      u,
      dataset,
      locale,
      hints,
    );
  if (r.select === 'meetings' && !r.filter.place && !r.filter.reported) {
    // Every meeting: each one's place (asked where) or its date.
    const ms = r.items.flatMap((i) => (i.ref ? [dataset.meeting(i.ref.id)] : [])).filter((m): m is Meeting => !!m);
    return {
      sentence:
        u.target === 'where' || r.show?.includes('place')
          ? ms.map((m) => t.place(meetingName(m), date(m.date.value), heldWhere(m.place.value))).join('')
          : r.filter.meetings?.length
            ? t.meetingsOf(ms.length, dataset.meetings.filter((m) => m.number > 0).length, list(ms.map(at)))
            : t.meetings(ms.length, list(ms.map(at))),
      lines: [],
      refs: refs(r.items),
      sources: r.sources,
    };
  }
  if (r.select === 'meetings') {
    // Meetings picked by place or by a count they reported.
    const ms = r.items.flatMap((i) => (i.ref ? [dataset.meeting(i.ref.id)] : [])).filter((m): m is Meeting => !!m);
    const want = r.filter.reported;
    const cap = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);
    // Excluded by a figure ("不是8份"): each meeting with its own figure, never the figure excluded; with none
    // left, every counted meeting with its (equal) figure.
    const figureOf = (m: Meeting) => (want?.select === 'mous' ? m.newMous.value : m.newProjects.value);
    const counted = ms.length ? ms : dataset.meetings.filter((m) => m.number > 0 && figureOf(m) !== null);
    const sentence =
      want && r.filter.exclude
        ? counted
            .map((m) =>
              t.withCount(
                at(m),
                want.select === 'mous' ? t.signedVerb : t.launchedVerb,
                `${figureOf(m) ?? 0} ${want.select === 'mous' ? t.mou : t.newProject}`,
                false,
              ),
            )
            .join('')
        : want
          ? ms.length
            ? t.withCount(
                list(ms.map(at)),
                want.select === 'mous' ? t.signedVerb : t.launchedVerb,
                `${want.value} ${want.select === 'mous' ? t.mou : t.newProject}`,
                ms.length > 1,
              )
            : t.noneWithCount(
                want.select === 'mous' ? t.signedVerb : t.launchedVerb,
                `${want.value} ${want.select === 'mous' ? t.mou : t.newProject}`,
              )
          : ms.length
            ? `${ms.length > 1 ? t.meetingsHeldBy(ms.length) : ''}${ms.map((m) => t.place(meetingName(m), date(m.date.value), heldWhere(m.place.value))).join('')}`
            : t.noneHeldIn(
                messages(locale).country[cap(r.filter.place ?? '')] ?? cap(r.filter.place ?? ''),
                dataset.meetings
                  .filter((m) => m.number > 0)
                  .map((m) => t.heldAt(meetingName(m), heldWhere(m.place.value)))
                  .join('；'),
              );
    return { sentence, lines: [], refs: refs(r.items), sources: r.sources };
  }
  if (r.select === 'highlights') {
    if (r.meetings.length > 1)
      return {
        sentence: t.outcomesByMeeting(
          list(r.meetings.map((x) => t.outcomesAt(at(x.meeting), x.meeting.highlights.length))),
          meetingName(r.meetings[2]?.meeting ?? (r.meetings[0] as (typeof r.meetings)[number]).meeting),
        ),
        lines: [],
        refs: r.meetings.map((x) => ({ kind: 'meeting' as const, id: x.meeting.id })),
        sources: r.sources,
      };
    const m = r.meetings[0]?.meeting;
    return {
      sentence: t.namedAt(m ? at(m) : ''),
      lines: lines(r.items),
      refs: m ? [{ kind: 'meeting', id: m.id }] : [],
      sources: r.sources,
    };
  }
  if (r.select === 'pillars')
    return {
      sentence: t.pillars(r.items.length, list(r.items.map((i) => i.name))),
      lines: [],
      refs: [],
      sources: r.sources,
    };
  if (r.select !== 'mous' && r.select !== 'projects') return null;
  const mous = r.select === 'mous';
  const unit = mous ? t.mou : t.project;
  const m = r.meetings.length === 1 ? r.meetings[0] : undefined;
  if (m && m.reported !== null) {
    const tail =
      r.items.length === 0
        ? t.none
        : r.items.length >= m.reported
          ? t.allOnFile(r.items.length)
          : t.onFile(r.items.length, unit);
    return {
      // (A colon only before a list: none on file ends the sentence.)
      sentence: `${(mous ? t.atMous : t.atProjects)(m.reported, at(m.meeting), tail).replace(/。$/, r.items.length ? '：' : '。')}`,
      lines: lines(r.items, m.meeting),
      refs: [{ kind: 'meeting', id: m.meeting.id }, ...refs(r.items)],
      sources: r.sources,
    };
  }
  if (m)
    return {
      sentence: t.unknownAt(unit.slice(1), at(m.meeting), r.items.length, unit),
      lines: lines(r.items),
      refs: [{ kind: 'meeting', id: m.meeting.id }, ...refs(r.items)],
      sources: r.sources,
    };
  if (groupOnly(r.filter)) return groupReply(r.items, unit, r.filter.group ?? '', r.sources);
  const soleOrg = r.filter.orgs?.length === 1 ? r.filter.orgs[0] : undefined;
  if (!r.items.length && soleOrg && !r.filter.kind && !r.filter.country && !r.filter.group && !r.filter.topics)
    return {
      ...noneOnFile(
        mous ? 'mous' : 'projects',
        soleOrg,
        dataset.organisation(soleOrg[0] ?? '')?.name ?? '',
        r.filter.meetings ?? [],
      ),
      sources: r.sources,
    };
  const orgs = (r.filter.orgs ?? []).map((g) => dataset.organisation(g[0] ?? '')?.name ?? '').filter(Boolean);
  const scope = recordScope(r.filter, orgs);
  const total = dataset.figures.latestTotals;
  // Every record, no filter: what the sources report in all, then how many are on file by name.
  if (!scope && total)
    return {
      sentence: t.allReported(
        mous ? total.mous : total.projects,
        unit,
        mous ? t.signedVerb : t.launchedVerb,
        at(total.meeting),
        r.items.length,
      ),
      lines: lines(r.items),
      refs: refs(r.items),
      sources: [...(total.meeting.totals?.sources ?? []), ...r.sources],
    };
  // None about a topic: none of those on file, which the sources report more of.
  const topicsOnly = !!r.filter.topics?.length && Object.keys(r.filter).every((k) => k === 'topics');
  if (!r.items.length && topicsOnly && total) {
    const onFileN = mous ? dataset.mous.length : dataset.projects.filter((p) => p.kind === 'joint-project').length;
    const said = filtered(mous, r.items, scope);
    return {
      ...said,
      sentence: said.sentence.replace(/。$/, `${t.topicNone(onFileN, mous ? total.mous : total.projects, unit)}。`),
    };
  }
  return filtered(mous, r.items, scope);
}

function checkZh(
  r: Extract<Result, { op: 'check' }>,
  u: Understanding,
  dataset: Dataset,
  locale: Zh,
  hints: readonly string[],
  kit: ZhKit,
): Said | null {
  const { t, meetingName, list, noneOnFile, eachDid, orgsNames, orgsAt, sameMeetingZh, meetingNamed } = kit;
  // A negative question ("吉宝没有签署谅解备忘录吗"): 是/否 would answer the negation, so say 有/没有 (did, did not).
  const negated = / not /.test(u.q.text);
  // ("第四次会议不是在深圳开的，对吗": a negated fact — a place, a date, a number — is answered 不对/对, never 有/没有.)
  // (Asked "isn't it …?" — 不是…吗 — with no tag asking to confirm, a negated fact is answered as the fact: 是/否.)
  const fact = ['place', 'year', 'date', 'dated', 'number', 'person', 'kind', 'group'].includes(r.claim.type);
  const confirmed = / (?:right|correct) $/.test(u.q.text);
  const word =
    r.verdict === 'yes'
      ? negated
        ? fact
          ? confirmed
            ? t.negatedWrong
            : t.yes
          : t.didWord
        : t.yes
      : r.verdict === 'no'
        ? negated
          ? fact
            ? confirmed
              ? t.negatedRight
              : t.no
            : t.didNotWord
          : t.no
        : r.verdict === 'both'
          ? t.differs
          : '';
  // "Is NCS a Singapore company?": the kind and country as the data holds them, and how sure.
  if (r.claim.type === 'kind' && r.inner.op === 'read' && r.inner.about.type === 'org') {
    const o = dataset.organisation(r.inner.about.ids[0] ?? '');
    if (!o) return null;
    const kinds = messages(locale).cards.organisation.kinds as Readonly<Record<string, string>>;
    const c = messages(locale).country[o.country] ?? o.country;
    const where =
      o.country === 'unclear' ? t.kindCountryUnknown : o.countryStated ? t.kindCountry(c) : t.kindCountryInferred(c);
    // "NCS是新加坡公司还是中国公司": the one that holds, never a 是/否 to an either/or (as English).
    const eitherOr = / or /.test(u.q.text) && r.verdict !== 'unknown';
    return {
      sentence: eitherOr
        ? t.kindIs('', o.name, kinds[o.kind] ?? o.kind, where).replace(/^：/, '')
        : t.kindIs(r.verdict === 'unknown' ? t.notStated : word, o.name, kinds[o.kind] ?? o.kind, where),
      lines: [],
      refs: r.inner.refs,
      sources: r.inner.sources,
    };
  }
  // "两家新加坡公司之间有备忘录吗": none of those on file has all its parties of that kind (more are reported).
  if (r.verdict === 'no' && r.inner.op === 'count' && r.inner.filter.everyParty) {
    const mous = r.inner.select !== 'projects';
    const total = dataset.figures.latestTotals;
    const onFile = mous ? dataset.mous.length : dataset.projects.filter((p) => p.kind === 'joint-project').length;
    return {
      sentence: kit.t.noneAllKind(
        onFile,
        mous ? kit.t.mou : kit.t.project,
        kit.kindWho(r.inner.filter),
        total ? (mous ? total.mous : total.projects) : undefined,
      ),
      lines: [],
      refs: [],
      sources: r.inner.sources,
    };
  }
  // "Did NTU sign an MOU?" when none on file names it: none of those on file, which is not "no". (A topic asked of a
  // meeting, no partner named, is said by the count's own sentence below.)
  if (
    r.verdict === 'no' &&
    r.inner.op === 'count' &&
    r.claim.type === 'some' &&
    !(r.inner.filter.topics?.length && r.inner.filter.meetings?.length && !r.inner.filter.orgs?.length)
  )
    return {
      ...noneOnFile(
        r.inner.select === 'projects' ? 'projects' : 'mous',
        r.inner.filter.orgs?.[0] ?? [],
        r.inner.orgNames[0] ?? '',
        r.inner.filter.meetings ?? [],
      ),
      sources: r.inner.sources,
    };
  // "腾讯和吉宝签过备忘录吗": the sources never name 腾讯, so no record joins it with Keppel — which is not "no" either.
  if (r.claim.type === 'unnamed' && r.inner.op === 'read') {
    const total = dataset.figures.latestTotals;
    const onFile = {
      mousOn: dataset.mous.length,
      projectsOn: dataset.projects.filter((p) => p.kind === 'joint-project').length,
    };
    return {
      sentence: `${t.strangerJoins(kit.script(r.claim.name), orgsNames(r.inner.about), total ? { mous: total.mous, projects: total.projects, ...onFile } : undefined, /\p{Script=Han}/u.test(r.claim.name))}${eachDid(r.inner.about)}`,
      lines: [],
      refs: r.inner.refs,
      sources: r.inner.sources,
    };
  }
  // "Did Keppel sign with NUS?" when no record joins them: none on file, which is not "no".
  if (r.verdict === 'no' && r.claim.type === 'together' && r.inner.op === 'read') {
    const ia = r.inner.about;
    const base = { lines: [], refs: r.inner.refs, sources: r.inner.sources };
    const scoped = orgsAt(ia);
    if (scoped) {
      const elsewhere = (r.inner.readings.find((x) => x.label === 'elsewhere')?.value ?? '')
        .split('|')
        .filter(Boolean)
        .map((x) => {
          const m = meetingNamed(x);
          return m ? meetingName(m) : x;
        });
      return { ...base, sentence: t.noneJoinsAt(orgsNames(ia), scoped, list(elsewhere)) };
    }
    const same = sameMeetingZh(ia);
    if (same) return { ...base, sentence: same };
    const total = dataset.figures.latestTotals;
    // An MOU asked where only a joint project joins them (or the reverse): no, and what does join them (as English).
    const other = (r.inner.readings.find((x) => x.label === 'other kind')?.value ?? '').split('|').filter(Boolean);
    if (other.length && ia.type === 'orgs' && ia.only) {
      const mous = ia.only === 'mous';
      return {
        ...base,
        sentence: t.otherKindJoins(
          orgsNames(ia),
          mous,
          total ? (mous ? total.mous : total.projects) : null,
          mous ? dataset.mous.length : dataset.projects.filter((p) => p.kind === 'joint-project').length,
          other.length,
          list(other),
        ),
      };
    }
    return {
      ...base,
      sentence: total
        ? `${t.noneJoinsTotal(orgsNames(ia), total.mous, total.projects, dataset.mous.length, dataset.projects.filter((p) => p.kind === 'joint-project').length)}${eachDid(ia)}`
        : `${t.noneJoins(orgsNames(ia), '')}${eachDid(ia)}`,
    };
  }
  if (r.claim.type === 'together' && r.inner.op === 'read') {
    const same = sameMeetingZh(r.inner.about);
    if (same) return { sentence: same, lines: [], refs: r.inner.refs, sources: r.inner.sources };
  }
  // Yes or no, then the inner answer in Chinese (or the English reply, if that is not worded here).
  const inner = sayZh(r.inner, u, dataset, locale, hints);
  if (!inner) return null;
  // ("创始备忘录算在29份里面吗": signed before any JIC meeting, it is none of the meetings' MOUs, as in English.)
  if (foundingAmong(r, u)) return { ...inner, sentence: t.lead(t.no, inner.sentence) };
  // "第二次会议是在深圳开的吗" of a meeting held by video between the cities: in no one city, never a flat 否.
  // ("第三次会议不是在深圳开的吧" confirms the negation: 对, never 否 to what holds.)
  if (
    r.claim.type === 'place' &&
    r.verdict === 'no' &&
    r.inner.op === 'read' &&
    /^(?:shenzhen|singapore)$/i.test(r.claim.words) &&
    r.inner.readings.some((x) => x.label === 'place' && /video/i.test(x.value ?? ''))
  )
    return { ...inner, sentence: t.lead(negated && confirmed ? word : t.notOneCity, inner.sentence) };
  // "Has Qin Weizhong signed any MOU?": the only signatories the sources name are the founding MOU's.
  if (asksFoundingSignatory(r, u))
    return {
      ...inner,
      sentence:
        r.verdict === 'yes'
          ? t.lead(t.yes, inner.sentence)
          : namesFoundingMou(u)
            ? t.notFoundingSigner(kit.script(r.claim.name), inner.sentence)
            : t.notSignedPerson(r.claim.name, inner.sentence),
    };
  // "Did Keppel co-chair the 4th JIC?": a partner, not a person — the sources name people as co-chairs.
  if (r.claim.type === 'person' && r.claim.partners && r.verdict === 'no')
    return { ...inner, sentence: t.partnerNotChair(kit.script(r.claim.name), inner.sentence) };
  // "Was Joseph Leong at the 2nd JIC?": the sources list co-chairs, not who attended: not named is no "No".
  // (A name no source gives is not named there either, whatever is asked of it — "did Lee Hsien Loong co-chair …".)
  if (
    r.verdict === 'no' &&
    r.claim.type === 'person' &&
    (!u.flags.chairing || !personOnFile(dataset, r.claim.name)) &&
    r.inner.op === 'read'
  ) {
    const ia = r.inner.about;
    const m = ia.type === 'meeting' ? dataset.meetingByNumber(ia.number) : undefined;
    return {
      ...inner,
      sentence: t.notNamedAt(kit.script(r.claim.name), m ? meetingName(m) : r.inner.name, inner.sentence),
    };
  }
  // "Is Chen Rugui still mayor?": the sources give roles at dated meetings, not who holds them now.
  if (r.claim.type === 'role' && / (?:still|now|currently|today|at present|anymore|any more) /.test(u.q.text))
    return { ...inner, sentence: t.roleNow(inner.sentence) };
  if (r.claim.type === 'order') return { ...inner, sentence: t.orderUnknown(inner.sentence) };
  // A text that does not say what was asked: silence is not denial.
  if (
    r.verdict === 'unknown' &&
    (r.claim.type === 'words' || (r.claim.type === 'topic' && r.claim.free) || r.unsaid?.length)
  )
    return { ...inner, sentence: t.notSaid(inner.sentence) };
  // "QuikBot和Guardforce同意製造無人機嗎": Chinese words no table reads are a part of the claim nothing checked —
  // never a 是 for the rest of it alone; what the sources say instead.
  const unread = r.verdict === 'yes' ? unreadWords(u) : [];
  if (unread.length) return { ...inner, sentence: t.unreadClaim(list(unread.map(kit.script)), inner.sentence) };
  // (A reading that already says the sources differ is not led by it twice, as in English.)
  const saidAlready = r.verdict === 'both' && inner.sentence.includes(t.differs);
  // "第一次会议线上还是线下": an either/or is answered by the one that holds, never 是/否 to two things (as English).
  const eitherOr =
    / or /.test(u.q.text) && ['place', 'year', 'number', 'date', 'person', 'role'].includes(r.claim.type);
  return { ...inner, sentence: word && !saidAlready && !eitherOr ? t.lead(word, inner.sentence) : inner.sentence };
}

/** The question's Chinese words (two characters or more) that no table read: left over, as typed. */
const unreadWords = (u: Understanding) => u.rest.split(' ').filter((w) => /^\p{Script=Han}{2,}$/u.test(w));

export function sayZh(
  r: Result,
  u: Understanding,
  dataset: Dataset,
  locale: Zh,
  hints: readonly string[] = [],
): Said | null {
  const kit = zhKit(r, u, dataset, locale);
  const { t, meetingName, date, at, list, script, shown, lines, refs, person, didZh, rendered, wordZh } = kit;
  switch (r.op) {
    case 'count':
      return countZh(r, dataset, locale, kit);
    case 'list':
      return listZh(r, u, dataset, locale, hints, kit);
    case 'read':
      return readZh(r, u, dataset, locale, kit);
    case 'check':
      return checkZh(r, u, dataset, locale, hints, kit);
    case 'compare':
      return sayCompareZh(r, u, dataset, locale, didZh);
    case 'rank':
      return rankZh(r, u, dataset, locale, kit);
    case 'counterparts':
      return sayCounterparts(r, dataset, locale);
    case 'order':
      return orderZh(r, kit);
    case 'trend':
      return sayTrendZh(r, kit.t, kit.meetingName);
    case 'attribute':
      return attributeZh(r, dataset, locale, kit);
    case 'chairs':
      return chairsZh(r, kit);
    case 'pickMeeting':
      return pickMeetingZh(r, kit);
    case 'interval':
      return intervalZh(r, kit);
    case 'zoneApart':
      return zoneApartZh(r, kit);
    case 'roster':
      return sayRosterZh(r, kit);
    case 'holders':
      return sayHoldersZh(r, kit);
    case 'owner':
      return sayOwnerZh(r, kit);
    case 'meetingsIn':
      return meetingsInZh(r, dataset, kit);
    case 'across':
      return acrossZh(r, kit);
    case 'records':
      return recordsZh(r, dataset, kit);
    case 'noneOnDay':
      return {
        sentence: t.noneOnDay(
          kit.date(r.iso),
          r.iso.slice(0, 4),
          list([
            ...r.meetings.map((m) => `${kit.meetingName(m)}（${kit.date(m.date.value)}）`),
            ...r.events.map((e) => kit.date(e.date)),
          ]),
        ),
        lines: [],
        refs: r.meetings.map((m) => ({ kind: 'meeting' as const, id: m.id })),
        sources: r.sources,
      };
    case 'notNamed':
      if (r.like) return { sentence: t.notNamedLike(script(r.name), person(r.like)), lines: [], refs: [], sources: [] };
      return {
        // (A name typed in Chinese is read in simplified characters: shown back in the reader's script.)
        // (Typed in Chinese, it may be a short name the records spell out in full: the reply asks for the full one.)
        sentence: (/\p{Script=Han}/u.test(r.name) ? t.notNamedChinese : t.notNamed)(script(r.name), r.mous, r.projects),
        lines: [],
        refs: [],
        sources: [],
      };
    case 'acronym':
      return {
        sentence: r.full
          ? r.spelt
            ? t.acronymSpelt(r.short, r.spelt, r.full)
            : t.acronym(r.short, r.full)
          : t.acronymNone(r.short, r.name, r.name?.toLowerCase() === r.short.toLowerCase()),
        lines: [],
        refs: r.refs,
        sources: r.sources,
      };
    case 'namedIn':
      return sayNamedInZh(r, dataset, t, list, meetingName, date);
    case 'authors': {
      const piece = (x: (typeof r.documents)[number]) =>
        t.piece(x.title ?? '', x.publisher, x.date ? date(x.date) : '');
      // (Asked when it came out or its title: the piece as the source list records it, title and date.)
      if (r.ask)
        return { sentence: list(r.documents.map(piece)), lines: [], refs: [], sources: r.documents.map((x) => x.id) };
      return {
        sentence: r.name
          ? t.wrote(r.name, list(r.documents.map(piece)))
          : r.documents.map((x) => (x.author ? t.authorOf(x.author, piece(x)) : t.noAuthor(piece(x)))).join(''),
        lines: [],
        refs: [],
        sources: r.documents.map((x) => x.id),
      };
    }
    case 'noMeeting':
      return {
        sentence: t.noMeeting(
          r.number !== undefined ? messages(locale).meeting.name(r.number) : t.laterMeeting,
          meetingName(r.latest),
          date(r.latest.date.value),
        ),
        lines: [],
        refs: [{ kind: 'meeting', id: r.latest.id }],
        sources: [...r.latest.date.sources],
      };
    case 'sources':
      return {
        // (Picked for naming one thing: that thing, then the documents.)
        sentence: r.naming ? `${r.naming}见于${r.documents.length}份来源：` : t.sourcesLead(r.documents.length),
        lines: lines(
          r.documents.map((x) => ({
            name: `${x.publisher}${x.title ? `：${x.title}` : ''}${x.date ? `（${date(x.date)}）` : ''}`,
          })),
        ),
        refs: [],
        sources: (r.naming ? r.documents : r.documents.slice(0, 4)).map((x) => x.id),
      };
    case 'tier': {
      // "第三次会议的旗舰项目和重点项目哪个多？": each tier's count, equal counts said to be equal (as English does).
      if (r.compared && r.groups.length > 1) {
        const meetings = [...new Set(r.groups.map((x) => x.meeting))];
        const per = meetings.map((m) => {
          const gs = r.groups.filter((x) => x.meeting === m);
          const same = gs.length === 2 && gs[0]?.count === gs[1]?.count;
          return t.tiersCompared(
            at(m),
            m.newProjects.value,
            list(gs.map((x) => `${x.count} ${t.projectMeasure}${t.tierWord[x.tier] ?? x.tier}`)),
            same,
          );
        });
        // (The yes/no English reads: the counts claimed, "7个旗舰和7个重点" checked, or more/fewer/the same asked.)
        const verdict = tiersVerdict(r, u, true);
        return {
          sentence: `${verdict ? `${verdict === 'yes' ? t.yes : t.no}：` : ''}${per.join('；')}。`,
          lines: [],
          refs: refs(r.groups.flatMap((x) => x.items)).slice(0, 5),
          sources: r.sources,
        };
      }
      const tier = t.tierWord[r.tier] ?? r.tier;
      const g = r.groups[0];
      if (!g)
        return {
          sentence: t.tierNone(r.asked.length ? list(r.asked.map(meetingName)) : t.anyMeeting, tier),
          lines: [],
          refs: [],
          sources: [],
        };
      // "智慧图书馆项目是第三次会议的旗舰项目吗": the project asked and the tier the sources give it, as English does.
      const asked = u.target === 'yesno' ? projectNamed(u.q.text, dataset.projectsAt(g.meeting.id)) : undefined;
      const verdict = asked?.tier
        ? asked.tier === r.tier
          ? t.tierYes(shown(displayName(asked)))
          : t.tierNo(shown(displayName(asked)), t.tierWord[asked.tier] ?? asked.tier, tier)
        : '';
      return {
        sentence:
          verdict +
          t.tier(
            g.count,
            g.newProjects === null ? '' : ` ${g.newProjects} `,
            at(g.meeting),
            script(g.zh),
            g.spans ?? '',
            rendered(g.meeting.projectGroups?.find((x) => x.tier === r.tier)?.spans?.sources ?? []),
          ) +
          t.tierNamed(g.items.length, g.count - g.items.length),
        lines: lines(g.items),
        refs: refs(g.items).slice(0, 5),
        sources: r.sources,
      };
    }
    case 'missing': {
      // Two or more partners asked together ("the QuikBot–Guardforce deal"): their names in a Chinese list, never
      // joined by the English "and" (a name may hold "and" itself: "…Technology and Culture Co., Ltd.").
      const orgs = r.refs.flatMap((x) => (x.kind === 'organisation' ? [dataset.organisation(x.id)?.name ?? ''] : []));
      // (A meeting asked of by its Chinese name: "第四次联合执委会会议", never the English "4th JIC meeting"; an outcome filed
      // under a meeting keeps its own name.)
      const meetings = r.refs.flatMap((x) => (x.kind === 'meeting' ? [dataset.meeting(x.id)] : []));
      const about =
        orgs.length > 1 && orgs.length === r.refs.length && orgs.every(Boolean)
          ? list(orgs)
          : /^(?:the )?\d+(?:st|nd|rd|th) JIC meeting$/.test(r.about ?? '') &&
              meetings.length === 1 &&
              meetings.length === r.refs.length &&
              meetings.every((m) => !!m)
            ? list(meetings.map((m) => (m ? meetingName(m) : '')))
            : (r.about ?? '').replace(/^the /, '');
      // (When a plan comes about: what the sources do say of it — its records and their meeting, or its outcome.)
      const onFile = r.onFile;
      const said = !onFile
        ? ''
        : 'outcome' in onFile
          ? t.outcomeAt(at(onFile.outcome.meeting), onFile.outcome.text.replace(/\.$/, ''))
          : [...new Set(onFile.records.map((x) => x.meeting))]
              .map((m) => {
                const named = (kind: 'mou' | 'project') =>
                  list(onFile.records.filter((x) => x.meeting === m && x.ref.kind === kind).map((x) => x.name));
                return t.recordsAt(at(m), named('mou'), named('project'));
              })
              .join('；');
      const onFileRefs = !onFile ? [] : 'outcome' in onFile ? [] : onFile.records.map((x) => x.ref);
      return {
        // An attribute with no Chinese words yet: "that information", never the English key.
        sentence: `${t.missing(about, t.missingWhat[r.attribute] ?? t.thatInfo)}${said ? t.missingSaid(said) : ''}`,
        lines: [],
        refs: [...new Map([...onFileRefs, ...r.refs].map((x) => [`${x.kind}:${x.id}`, x])).values()].slice(0, 3),
        sources: onFile && 'outcome' in onFile ? [...onFile.outcome.sources] : [],
      };
    }
    case 'unsure': {
      if (r.why === 'self')
        return {
          sentence: t.unsureSelf(script(dataset.initiative.zh?.[0]?.name ?? dataset.initiative.name)),
          lines: [],
          refs: [],
          sources: [],
          ephemeral: true,
          hint: t.hintHelp,
        };
      // The closest records by name under the sentence's colon (not only as buttons), as the English reply lists them.
      const near = r.near.slice(0, 3).flatMap((ref) => {
        const found = dataset.find(ref.kind, ref.id);
        if (!found) return [];
        const name =
          found.kind === 'meeting'
            ? meetingName(found.record)
            : found.kind === 'mou' || found.kind === 'project'
              ? displayName(found.record)
              : found.record.name;
        return [{ name: `${t.refKind[found.kind] ?? ''}：${name}` }];
      });
      return {
        sentence: r.why === 'followUp' ? t.unsureFollowUp(near.length > 0) : near.length ? t.unsureNear : t.unsureNone,
        lines: lines(near),
        refs: r.near.slice(0, 3),
        sources: [],
        hint: hints.length ? t.hint(hints.join(' · ')) : t.hintHelp,
      };
    }
    case 'names': {
      if (!r.names.length)
        return { sentence: t.noNames(r.name.replace(/^the /, '')), lines: [], refs: r.refs, sources: [] };
      return {
        sentence: t.names(r.name.replace(/^the /, ''), list(r.names.map((x) => x.name))),
        lines: [],
        refs: r.refs.slice(0, 3),
        sources: [...new Set(r.names.flatMap((x) => x.sources))],
      };
    }
    case 'quotes':
      return sayQuotesZh(r, dataset, locale, person);
    case 'event':
      // "第二次会议以来有什么新进展": each later meeting with its figures, the events after, and where the sources end.
      if (r.since) {
        const since = r.since;
        const items = [
          ...since.later.map((x) =>
            t.sinceMeeting(meetingName(x.meeting), date(x.meeting.date.value), x.mous, x.projects),
          ),
          ...r.events.map((e) => t.passage(date(e.date), firstSentence(e.text).replace(/[.!?]$/, ''))),
        ];
        const last = [...since.later.map((x) => x.meeting.date.value), ...r.events.map((e) => e.date)]
          .sort()
          .slice(-1)[0];
        const from = since.from
          ? `${meetingName(since.from)}（${date(since.from.date.value)}）`
          : t.sinceYear(since.year ?? '');
        return {
          sentence: items.length
            ? `${r.yes ? t.lead(t.yes, '') : ''}${t.sinceLead(from)}${items.join('；')}。${t.sinceEnd(date(last ?? ''))}`
            : t.sinceNothing(from),
          lines: since.later.flatMap((x) =>
            x.meeting.highlights[0]
              ? [`• ${meetingName(x.meeting)}：${truncate(x.meeting.highlights[0].text, 140)}`]
              : [],
          ),
          refs: r.refs,
          sources: r.sources,
        };
      }
      // The event as its source reports it, by its date (its text stays as the source wrote it).
      return {
        sentence: `${r.yes ? t.lead(t.yes, '') : ''}${r.events.map((e) => t.passage(date(e.date), e.text)).join(' ')}`,
        lines: [],
        refs: [],
        sources: r.sources,
      };
    case 'zoneCheck':
      // The zone's focus areas and its progress report stay in the sources' words; the verdict is said in Chinese.
      return {
        sentence:
          r.ask === 'progress'
            ? // (Asked openly — "示范区进展如何" — the report alone, with no 是 before it.)
              t.zoneProgress(at(r.meeting), r.progress ?? '').replace(r.open ? /^是，/ : /^$/, '')
            : r.hit
              ? t.zoneFocusYes(r.hit, at(r.meeting), list([...r.focus]))
              : t.zoneFocusNo(at(r.meeting), list([...r.focus]), wordZh(r.words ?? '')),
        lines: [],
        refs: r.refs,
        sources: r.sources,
      };
    case 'mentioned': {
      const passages = r.passages.map((x) => t.passage(x.at ? at(x.at) : date(x.date), x.text)).join(' ');
      return {
        sentence: (u.target === 'quote' ? t.mentionedNoQuote : t.mentioned)(r.name, passages),
        lines: [],
        refs: r.refs.slice(0, 3),
        sources: r.sources,
      };
    }
    case 'notAt':
      return {
        sentence: t.notAt(list(r.asked.map(at)), r.name, list(r.at.map((m) => meetingName(m)))),
        lines: [],
        refs: r.refs.slice(0, 3),
        sources: r.sources,
      };
    default:
      return null;
  }
}

// What a Chinese reply says when the sources leave the thing unnamed, and when it names only part of them.
const ZH_NOT_NAMED =
  /未列出|没有列出|沒有列出|未具名|不具名|未载明|未載明|没有给出|沒有給出|没有收录其中任何|沒有收錄其中任何/;
const ZH_SOME_NAMED =
  /其中 \d+ \S{0,8}按名称收录|其中 \d+ \S{0,8}按名稱收錄|另外 \d+ \S{0,2}来源没有列出名称|另外 \d+ \S{0,2}來源沒有列出名稱/;

/**
 * "NCS的合作方有名字吗", "来源有没有列出第三次会议备忘录的名字": the plain question's Chinese reply, led by whether the
 * sources name what was asked (as English's namedLead): 是 where it names them, 否 where it says they don't, 只列出了部分
 * 名称 where both; undefined where it can't tell (the sources differ, not sure, or a lead of its own).
 */
export function namedLeadZh(sentence: string, locale: Zh, all = false): string | undefined {
  const t = ANSWER_ZH[locale];
  if (/^(?:是|否|有|没有|沒有|来源说法不一|來源說法不一|我不确定|我不確定)/.test(sentence)) return undefined;
  // (The answering sentence, before any list under it: a count's "其中 4 个按名称收录" may follow its first 。.)
  const first = sentence.split('\n')[0] ?? sentence;
  const none = ZH_NOT_NAMED.test(first);
  // ("所有43个项目都有名字吗" → "43 个项目；其中 22 个按名称收录": only some, never a 是; asked of ALL, 否 leads, as English.)
  const lead = ZH_SOME_NAMED.test(first) ? (all ? t.noOnlySomeNamed : t.onlySomeNamed) : none ? t.no : t.yes;
  return `${lead}：${sentence}`;
}

/** The partners' kinds on file, most first, in Chinese (the three most common). */
function partnerKindsZh(dataset: Dataset, locale: Zh): string[] {
  const counts = new Map<string, number>();
  for (const o of dataset.organisations) counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
  const names = messages(locale).cards.organisation.kinds as Readonly<Record<string, string>>;
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([k]) => names[k] ?? k);
}
