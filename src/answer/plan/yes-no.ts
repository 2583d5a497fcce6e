// Yes/no questions ("did NUS sign…?", "is the hub run by…?"): the claim asked and what it is checked against,
// and the outcome texts a claim is read in. planYesNo walks YES_NO, an ordered table of named readings over the same
// PlanContext as plan()'s (one partner named: ONE_PARTNER's); to add one, put it just before the first reading that
// would otherwise claim its questions, with a one-line why.
import { strangerBeforeKind } from './strangers.js';
import { titledPerson } from './titled.js';
import {
  isSpeltInRecords,
  isStopWord,
  type Mention,
  mentionedOrgIds,
  mentionsOf,
  type Understanding,
} from '../understand.js';
import { cityAsked, placesInName } from '../attribute.js';
import type { Dataset } from '../../dataset/index.js';
import { highlightStems, longStems, norm, perDataset } from '../records.js';
import { LEXICONS } from '../lexicon.js';
import { ROLE_TITLES } from '../titles.js';
import type { Claim, Filter, Plan, Selection, Subjectref } from './types.js';
import type { PlanContext } from './context.js';
import { ANYONE_ELSE, demoZoneId, has, meetingsOf, orgOutcomes, passingTexts, withoutRejected } from './common.js';
import { BOTH_KINDS, isoDateIn, linkedAsked, PROGRESS, SAME_RECORD, unknownParty } from './asked.js';
import { joinedOnFile, kindAsked, sideBySide, TOGETHER } from './per-entity.js';
import { MONTH_ABBR, MONTH_FORMS, monthName, monthNumber } from '../../text/months.js';
import { datedIn } from '../figures.js';
import { boundAt } from '../countbound.js';
import { joinList } from '../format.js';

/** What a yes/no question claims, from what it names beyond its subject. */
function claimOf(u: Understanding): Claim {
  const num = mentionsOf(u, 'number').find((m) => !m.value.startsWith('year:'));
  // ("Did the 1st and 3rd JIC each sign 8 MOUs?", "both launch 14": the number is each meeting's, never their sum.)
  const each =
    (/ (?:each|both|apiece|every one|respectively|per meeting|each time|at each|in each|all of them) /.test(u.q.text) ||
      /[各都]|分别|分別|每次/.test(u.q.text)) &&
    mentionsOf(u, 'meeting').length > 1;
  const bound = num ? boundAt(u.q.text, num.start, num.end)?.bound : undefined;
  if (num) return { type: 'number', value: Number(num.value), ...(each ? { each } : {}), ...(bound ? { bound } : {}) };
  const year = mentionsOf(u, 'number').find((m) => m.value.startsWith('year:'));
  if (year) return { type: 'year', value: Number(year.value.slice(5)) };
  return { type: 'some' };
}

/** A yes/no reading: the plan for a yes/no question of its kind, or undefined to leave it to the readings after it. */
type YesNoReading = (c: PlanContext) => Plan | undefined;

// The act a date is claimed of ("launched in 2021"): datedIn (figures.ts) matches it to the text's verb by family.
const DATED_ACT =
  / (launch|launched|launches|start|started|starts|begin|began|set up|establish|established|found|founded|open|opened|create|created|unveil|unveiled|go live|went live|kick off|kicked off) /;

// A month and a year ("sep 2021", "september 2021"); a month alone after "in" or "during" ("in october"; never
// "in may", as often the verb).
const MONTH_YEAR = new RegExp(` (${MONTH_ABBR})[a-z]* (20\\d\\d) `);
const MONTH_DOT_YEAR = new RegExp(` (${MONTH_ABBR})[a-z]*\\.? (20\\d\\d) `);
// A day and a month with no year after them ("19 oct", "oct 19th", "the 15th of december"); "may" only after the day.
const DAY_MONTH = new RegExp(` (\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_ABBR})[a-z]* (?!20\\d\\d )`);
const MONTH_DAY = new RegExp(
  ` (${MONTH_FORMS.filter((m) => m !== 'may').join('|')}) (\\d{1,2})(?:st|nd|rd|th)? (?!20\\d\\d )`,
);
const IN_MONTH = new RegExp(` (?:in|during) (${MONTH_FORMS.filter((m) => m !== 'may').join('|')}) `);

/** The date a question claims: a full date, a month and year, a year, or "the (same) day as/of the Nth meeting". */
function claimedDate({
  u,
  dataset,
  meetingNums,
}: PlanContext): { year: number; month?: number; day?: number } | undefined {
  const iso = isoDateIn(u.q.text);
  const meeting = meetingNums.length === 1 ? dataset.meetingByNumber(meetingNums[0] ?? -1) : undefined;
  const dayOf = / (?:same )?(?:day|date) (?:of|as) /.test(u.q.text) && meeting ? meeting.date.value : undefined;
  const full = iso ?? dayOf;
  if (full) {
    const [year, month, day] = full.split('-').map(Number) as [number, number, number];
    return { year, month, day };
  }
  const my = MONTH_YEAR.exec(u.q.text);
  if (my) return { year: Number(my[2]), month: monthNumber(my[1] ?? '') ?? 0 };
  const y = / (?:in|during|by) (20\d\d) /.exec(u.q.text);
  return y ? { year: Number(y[1]) } : undefined;
}

/**
 * "Was the OneSME platform launched in 2021?", "was the Med-Arb Protocol launched on the day of the 3rd meeting?": a date
 * claimed of an act a named outcome's own text dates ("launched in Sept 2020") — checked against that date, never
 * against the meeting held that year, never "the sources don't say whether it happened".
 */
function outcomeDated(c: PlanContext): Plan | undefined {
  const { u, dataset, highlights, namedOutcomes } = c;
  const act = DATED_ACT.exec(u.q.text)?.[1];
  // (A year can name a meeting that did not have the outcome — "launched in 2021": the outcome named is still it.)
  const keys = highlights.length ? highlights : namedOutcomes.map((m) => m.value);
  if (!act || !keys.length) return undefined;
  const key = keys.find((k) => datedIn(highlightText(dataset, k), ` ${act} `));
  const when = key ? claimedDate(c) : undefined;
  if (!key || !when) return undefined;
  return {
    op: 'check',
    claim: { type: 'dated', act, ...when },
    plan: { op: 'read', about: { type: 'highlight', key }, attribute: 'date' },
  };
}

/**
 * "Is the fund set up yet?", "is the office open?", "did the MOU produce anything?": progress the sources never report
 * — what the record says it will do, never a Yes for having signed.
 */
function progress({ u, about, meetingNums }: PlanContext): Plan | undefined {
  if (
    PROGRESS.test(u.q.text) &&
    // ("Was the Crimson Logic project launched at the 3rd meeting?": a meeting claimed, checked as its records.)
    !(meetingNums.length && / (?:at|in|during) (?:the )?(?:\d|first|second|third|fourth|jic|meeting)/.test(u.q.text)) &&
    !u.flags.signing &&
    claimOf(u).type === 'some' &&
    about &&
    (about.type === 'record' || about.type === 'org' || about.type === 'highlight')
  )
    return { op: 'check', claim: { type: 'progress' }, plan: { op: 'read', about, attribute: 'about' } };
  return undefined;
}

/**
 * "Was the 1st JIC on 18 Jun 2020?": the day too, not only the year. "Was the 2nd JIC in September 2021?", "…in
 * October?": the month too ("2021-09", or "*-10" with no year), never a Yes for the year alone.
 */
function meetingDay({ u, meetingNums }: PlanContext): Plan | undefined {
  const monthYear = MONTH_DOT_YEAR.exec(u.q.text);
  const monthOnly = IN_MONTH.exec(u.q.text);
  const mm = (m: string | undefined) => String(monthNumber(m ?? '') ?? 0).padStart(2, '0');
  // ("The 2nd JIC was on Oct 19, right?", "was the 4th on 15 december": a day and month with no year, "*-10-19".)
  const dm = DAY_MONTH.exec(u.q.text) ?? MONTH_DAY.exec(u.q.text);
  const [day, month] = dm ? (/^\d/.test(dm[1] ?? '') ? [dm[1], dm[2]] : [dm[2], dm[1]]) : [];
  const iso =
    isoDateIn(u.q.text) ??
    (monthYear
      ? `${monthYear[2]}-${mm(monthYear[1])}`
      : day && Number(day) <= 31
        ? `*-${mm(month)}-${day.padStart(2, '0')}`
        : monthOnly
          ? `*-${mm(monthOnly[1])}`
          : undefined);
  if (iso && meetingNums.length === 1 && meetingNums[0] !== undefined)
    return {
      op: 'check',
      claim: { type: 'date', iso },
      plan: { op: 'read', about: { type: 'meeting', number: meetingNums[0] }, attribute: 'date' },
    };
  return undefined;
}

/**
 * "Did the zone's companies sign MOUs or entry agreements?", "were 5 firms in the zone's first batch?": the four
 * reported, with what the sources say they signed (a number claimed is checked against them).
 */
function zoneCompanies({ u, select, orgs, meetingNums }: PlanContext): Plan | undefined {
  if (select !== 'demozone-companies' || orgs.length) return undefined;
  const claim = claimOf(u);
  // (A meeting claimed is checked too: "did 4 companies sign for the zone at the 3rd JIC?" — No, at the 4th.)
  const filter = meetingNums.length ? { meetings: meetingNums } : {};
  const count = { op: 'count', select, filter, cumulative: false, before: false } as const;
  return (claim.type === 'number' || meetingNums.length) && !/ or /.test(u.q.text)
    ? { op: 'check', claim, plan: count }
    : count;
}

/**
 * "Is QuikBot one of the zone's 4 companies?", "is Keppel in the demonstration zone?": the sources never name the
 * four, so never a Yes (or No) for a partner — the four as reported, unnamed. (An MOU or project asked about — "is the
 * CapitaLand MOU about the zone?" — is its own record's question.)
 */
function partnerInZone({ u, select, orgs }: PlanContext): Plan | undefined {
  if (orgs.length && (has(u, 'demozone') || select === 'demozone-companies') && !has(u, 'mou') && !has(u, 'project'))
    return { op: 'count', select: 'demozone-companies', filter: {}, cumulative: false, before: false };
  return undefined;
}

/**
 * "Does CapitaLand's MOU have anything to do with the demo zone?": whether its own records speak of a demonstration
 * zone or park (CapitaLand's MOU does) — never "no record names Demozone"; silence is no "No" (the 4 are unnamed).
 */
function partnerRecordsOnZone({ u, orgs }: PlanContext): Plan | undefined {
  if (orgs.length === 1 && orgs[0] && has(u, 'demozone') && (has(u, 'mou') || has(u, 'project')))
    return {
      op: 'check',
      claim: {
        type: 'topic',
        topics: ['demonstration'],
        free: true,
        ...(has(u, 'mou') !== has(u, 'project') ? { kind: has(u, 'mou') ? 'mou' : 'project' } : {}),
      },
      plan: { op: 'read', about: { type: 'org', ids: orgs[0] }, attribute: 'about' },
    };
  return undefined;
}

/** "Did UOB sign an MOU?", "did XNode sign anything?": a name only the outcomes hold, asked about signing. */
function outcomeNameSigned({ u, orgs, people, highlights }: PlanContext): Plan | undefined {
  const outcomeName = mentionsOf(u, 'highlight').find((m) => m.words !== '(words)');
  if (u.flags.signing && outcomeName && highlights[0] && !orgs.length && !people.length && !has(u, 'project'))
    return {
      op: 'check',
      claim: { type: 'signed', words: outcomeName.words },
      plan: { op: 'read', about: { type: 'highlight', key: highlights[0] }, attribute: 'about' },
    };
  return undefined;
}

/**
 * A partner's records of both kinds asked together (BOTH_KINDS): one check per kind, each of the same partners, so the
 * answer is Yes only when both hold — never whether its MOU is linked to a project (no record is named: alsoOtherKind).
 */
function bothKinds({ u, orgs, f }: PlanContext): Plan | undefined {
  if (!orgs.length || !has(u, 'mou') || !has(u, 'project') || mentionsOf(u, 'record').length) return undefined;
  // ("Were the NCS MOU and project one agreement?" of a partner in no project: whether it has both answers it — No.)
  if (!BOTH_KINDS.test(u.q.text) && !SAME_RECORD.test(u.q.text)) return undefined;
  const filter = { orgs, ...(f.meetings ? { meetings: f.meetings } : {}) };
  return { op: 'each', plans: [anyCounted('mous', filter), anyCounted('projects', filter)] };
}

/** "Is the DataPost MOU also a project?": whether its records of the kind named first have one of the other kind. */
function alsoOtherKind({ u, select, orgs, f }: PlanContext): Plan | undefined {
  const link = linkedAsked(u, select);
  if (link && (orgs.length || mentionsOf(u, 'record').length))
    return {
      op: 'check',
      claim: { type: 'some' },
      plan: {
        op: 'count',
        select: link.select,
        filter: { ...f, linked: link.to },
        cumulative: false,
        before: false,
      },
    };
  return undefined;
}

/**
 * "Did NTU and SRI both work with Sun Yat-sen University?", "is SYSU in the NTU and SRI projects?": two partners each
 * with a third — each pair checked on its own (two records), never one record joining all three.
 */
function twoWithOne({ u, orgs }: PlanContext): Plan | undefined {
  if (orgs.length !== 3) return undefined;
  const spans = mentionsOf(u, 'org')
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  const [a, b, c] = spans;
  if (spans.length !== 3 || !a || !b || !c) return undefined;
  const t = u.q.text;
  // "A and B both … with C" (the one shared last), or "C in (both) the A and B projects" (the one shared first).
  // ("As well as" says both by itself: "did NTU as well as SRI work with SYSU?", "is SYSU partnered with NTU as well
  // as the rehab institute?")
  const asWellAs = (from: Mention, to: Mention) => /^ as well as (?:the )?$/.test(t.slice(from.end, to.start));
  const sharedLast =
    (/ (?:both|each|all|each of them|the two of them) /.test(t) || asWellAs(a, b)) &&
    / with (?:the )?$/.test(t.slice(b.end, c.start));
  // ("Is SYSU a partner of both NTU and SRI?", "did Keppel work with each of PKU and CapitaLand?": the first is shared.)
  const sharedFirst =
    /^ (?:and|&|as well as) (?:the )?$/.test(t.slice(b.end, c.start)) &&
    ((/^ in (?:both |each of )?(?:the )?$/.test(t.slice(a.end, b.start)) &&
      / (?:projects|mous|records|agreements|collaborations) /.test(t.slice(c.end - 1))) ||
      / (?:both|each of|each) (?:the )?$/.test(t.slice(a.end, b.start)) ||
      (asWellAs(b, c) && / (?:with|of|to|alongside) (?:the )?$/.test(t.slice(a.end, b.start))));
  if (!sharedLast && !sharedFirst) return undefined;
  const group = (m: Mention) => orgs.find((g) => g.includes(m.value));
  const shared = group(sharedLast ? c : a);
  const pair = (sharedLast ? [a, b] : [b, c]).map(group);
  if (!shared || pair.some((g) => !g || g === shared)) return undefined;
  const only = has(u, 'mou') !== has(u, 'project') ? (has(u, 'mou') ? 'mous' : 'projects') : undefined;
  return {
    op: 'each',
    plans: pair.map(
      (g) =>
        ({
          op: 'check',
          claim: { type: 'together' },
          plan: {
            op: 'read',
            about: { type: 'orgs', groups: [g ?? [], shared], ...(only ? { only } : {}) },
            attribute: 'parties',
          },
        }) as const,
    ),
  };
}

/**
 * "Did NUS and SUSS both get projects?", "did NCS and DataPost sign MOUs?": each partner's own records of that kind, not
 * one that joins them. Without "both" or "each", only partners named side by side, records in the plural and no record
 * on file joining them ("did Keppel and PKU sign MOUs?" is their MOU; "did NTU sign an MOU with PKU?" asks what joins).
 */
function eachPartner({ u, orgs, meetingNums, dataset }: PlanContext): Plan | undefined {
  if (orgs.length < 2) return undefined;
  const what = kindAsked(u);
  if (!what) return undefined;
  const each =
    / (?:both|each|all|either|neither) /.test(u.q.text) ||
    (/ (?:mous|projects|agreements|memorandums|memoranda|deals) /.test(u.q.text) &&
      !/ with /.test(u.q.text) &&
      !!sideBySide(u, orgs) &&
      !TOGETHER.test(u.q.text) &&
      // (Joined by a record of either kind, they are asked of together: "what joins them is a project, not an MOU".)
      !joinedOnFile(dataset, orgs, 'both', meetingNums));
  if (each && !/ (?:together|with each other|jointly|same) /.test(u.q.text)) {
    return {
      op: 'each',
      plans: orgs.map(
        (g) =>
          ({
            op: 'check',
            claim: { type: 'some' },
            plan: {
              op: 'count',
              select: what,
              filter: { orgs: [g], ...(meetingNums.length ? { meetings: meetingNums } : {}) },
              cumulative: false,
              before: false,
            },
          }) as const,
      ),
    };
  }
  return undefined;
}

/**
 * "Did Joseph Leong sign the QuikBot MOU?": the sources name no person signing any record on file — never a "Yes"
 * about the record's parties (nor one because the person signed the founding MOU).
 */
function personSignedRecord({ u, people, about }: PlanContext): Plan | undefined {
  if (
    people.length === 1 &&
    people[0] &&
    u.flags.signing &&
    !u.flags.chairing &&
    about &&
    ['record', 'records', 'org', 'orgs'].includes(about.type)
  )
    return {
      op: 'check',
      claim: { type: 'person', name: people[0] },
      plan: { op: 'read', about, attribute: 'parties' },
    };
  return undefined;
}

// A post as a side of a signing ("with the mayor of Shenzhen", "with a minister"): a person, not a partner.
// ("Did the mayor sign with Keppel?": the post signing, asked first.)
const POST = `((?:${ROLE_TITLES.join('|')})(?: of (?:the )?[a-z]+)?)`;
const WITH_POST = new RegExp(` with (?:the |a |an |its |their )?${POST} `);
const POST_SIGNED = new RegExp(`^ (?:did|has|have|had) (?:the |a |an |any )?${POST} (?:sign|signed|ink|inked) `);
const ANY_POST = new RegExp(` ${POST} `);

/**
 * "Did Keppel sign an MOU with the mayor of Shenzhen?": the sources name no person signing any record on file — never
 * a Yes for the partner's MOUs.
 */
function postSignedWith({ u, orgs, people, about }: PlanContext): Plan | undefined {
  if (!orgs.length || people.length || !(u.flags.signing || has(u, 'mou'))) return undefined;
  const post = (WITH_POST.exec(u.q.text) ?? POST_SIGNED.exec(u.q.text))?.[1];
  if (!post) return undefined;
  return {
    op: 'check',
    claim: {
      type: 'person',
      name: `the ${post.replace(/ of (?:the )?([a-z])/, (x, c: string) => x.slice(0, -1) + c.toUpperCase())}`,
    },
    plan: { op: 'read', about: about ?? { type: 'orgs', groups: orgs }, attribute: 'parties' },
  };
}

/**
 * "Did the Shenzhen mayor sign the founding MOU?": a post claimed of its signatories (the only ones the sources name) —
 * checked against their roles, "of" a place included ("the mayor of Singapore" is no role of theirs).
 */
function postSignedFounding({ u, people, orgs, meetingNums }: PlanContext): Plan | undefined {
  if (people.length || orgs.length || meetingNums.length !== 1 || meetingNums[0] !== 0 || !u.flags.signing)
    return undefined;
  const post = ANY_POST.exec(u.q.text)?.[1];
  if (!post) return undefined;
  return {
    op: 'check',
    claim: { type: 'role', words: post },
    plan: { op: 'read', about: { type: 'meeting', number: 0 }, attribute: 'chairs' },
  };
}

/** A party the sources never name, beside at most one partner and no person ("did Keppel sign with Tencent?"). */
const strangerOf = ({ u, dataset, orgs, people }: PlanContext) =>
  orgs.length <= 1 && !people.length ? unknownParty(u, dataset) : undefined;

/**
 * "Did Keppel sign with Tencent?": a party the sources never name is no party of Keppel's on file (never a Yes about
 * Keppel alone). "Did Lee Hsien Loong co-chair the 4th JIC?": a name no source gives, at a meeting — not named there
 * (never a "Yes" about the meeting's co-chairs); beside a record or outcome, a name no record holds.
 */
function stranger(c: PlanContext): Plan | undefined {
  const { orgs, meetingNums, about } = c;
  const stranger = strangerOf(c);
  if (stranger && orgs[0])
    return {
      op: 'check',
      claim: { type: 'unnamed', name: stranger },
      plan: { op: 'read', about: { type: 'orgs', groups: [orgs[0]] }, attribute: 'parties' },
    };
  if (stranger && meetingNums.length === 1 && meetingNums[0] !== undefined)
    return {
      op: 'check',
      claim: { type: 'person', name: stranger },
      plan: { op: 'read', about: { type: 'meeting', number: meetingNums[0] }, attribute: 'chairs' },
    };
  if (stranger && about) return { op: 'notNamed', name: stranger };
  // "Is there any project with Tsinghua University?": a name no source gives, standing before the kind it is of, is
  // not named — never a "Yes" about every partner of that kind.
  const kind = stranger
    ? mentionsOf(c.u, 'kind').find((m) => c.u.q.text.includes(` ${stranger.toLowerCase()} ${m.words} `))
    : undefined;
  if (stranger && kind) {
    // As typed ("Tsinghua University"): letters and spaces only, so nothing in it can format or ping.
    const typed = new RegExp(`\\b${stranger} ${kind.words}\\b`, 'i').exec(c.u.q.raw)?.[0];
    return { op: 'notNamed', name: typed && /^[\p{L} ]+$/u.test(typed) ? typed : `${stranger} ${kind.words}` };
  }
  return undefined;
}

// The place a signing is claimed at: "signed in Singapore", "at the 4th JIC in Singapore" (never "the MOU in Beijing":
// where the record itself is, its own words say).
const SIGNED_IN = / (?:sign|signs|signed|signing|ink|inks|inked|jic|meeting) in ([a-z]+(?: [a-z]+)?) /;

/**
 * "Was the Keppel MOU signed in Singapore?", "did QuikBot and Guardforce sign an MOU at the 4th JIC in Singapore?": a
 * record is signed where its meeting was held — the place claimed, against that meeting's (never a Yes for the record
 * alone, whatever place is claimed).
 */
function signedWhere({ u, dataset, record, orgs }: PlanContext): Plan | undefined {
  if (!u.flags.signing && !has(u, 'mou')) return undefined;
  const m = SIGNED_IN.exec(u.q.text);
  const place = m?.[1] ? placesOf(u).find((p) => ` ${m[1]} `.startsWith(` ${p} `)) : undefined;
  if (!place || place === 'china') return undefined;
  // The records: the one named, else the MOUs joining every partner named.
  const ids =
    record?.type === 'record'
      ? [record.id]
      : orgs.length
        ? dataset.mous
            .filter((x) => orgs.every((g) => x.parties.some((p) => 'org' in p && g.includes(p.org))))
            .map((x) => x.id)
        : [];
  const records = ids.map((id) => dataset.mou(id) ?? dataset.project(id)).filter((x) => x !== undefined);
  const meetings = [...new Set(records.map((x) => x.meeting))];
  const meeting = meetings.length === 1 ? dataset.meetings.find((x) => x.id === meetings[0]) : undefined;
  if (!meeting || meeting.number === 0) return undefined;
  // (Another meeting claimed is the readings' after this: the record is not from it.)
  const claimed = mentionsOf(u, 'meeting').map((x) => Number(x.value));
  if (claimed.some((n) => n !== meeting.number)) return undefined;
  return {
    op: 'check',
    claim: { type: 'place', words: place },
    plan: { op: 'read', about: { type: 'meeting', number: meeting.number }, attribute: 'place' },
  };
}

/**
 * "Is the SUSS project in Shenzhen?", "the Keppel–PKU MOU: based in Beijing?": a place claimed of one record — its
 * own words, which never confirm where it is (a partner's membership is no "Yes", a place unsaid no "No").
 */
function recordPlace({ u, dataset, record, orgs }: PlanContext): Plan | undefined {
  const place = !u.flags.signing ? placeClaimedOf(u) : undefined;
  if (!place) return undefined;
  // ("SUSS的项目在深圳吗", read "suss projects in shenzhen": a partner's only record of the kind asked is that record.)
  const kind = has(u, 'mou') !== has(u, 'project') ? (has(u, 'mou') ? 'mou' : 'project') : undefined;
  const own = (ids: string[]): string[] =>
    ids.flatMap((id) => (kind === 'mou' ? dataset.mousOf(id) : dataset.projectsOf(id)).map((x) => x.id));
  const only = !record && kind && orgs.length === 1 && orgs[0] ? [...new Set(own(orgs[0]))] : [];
  const about =
    record?.type === 'record'
      ? record
      : only.length === 1 && only[0] && kind
        ? ({ type: 'record', kind, id: only[0] } as const)
        : undefined;
  if (!about) return undefined;
  return {
    op: 'check',
    claim: { type: 'words', words: [place], variants: {}, located: true },
    plan: { op: 'read', about, attribute: 'about' },
  };
}

/**
 * "Were the MOUs at the 3rd JIC inked by MCI and IMDA?": the bodies the sources say inked a meeting's MOUs — what they
 * say of it (the count's own sentence), never "no record joins MCI and IMDA".
 */
function inkedBy({ u, dataset, orgs, meetingNums }: PlanContext): Plan | undefined {
  if (orgs.length < 2 || (!u.flags.signing && !has(u, 'mou'))) return undefined;
  const inked = dataset.meetings.filter(
    (m) =>
      (!meetingNums.length || meetingNums.includes(m.number)) &&
      (m.mousInkedBy ?? []).some((x) => orgs.every((g) => g.some((id) => x.orgs.includes(id)))),
  );
  if (!inked.length || !orgs[0]) return undefined;
  return anyCounted('mous', { orgs: [orgs[0]], ...(meetingNums.length ? { meetings: meetingNums } : {}) });
}

// Whether something succeeded, not whether it was agreed.
// (And "still": whether they still work together now, which the sources never say — "is QuikBot still working with
// Guardforce?" is no Yes for their having signed in 2023.)
const OUTCOME_ASKED =
  / (?:work out|worked out|works out|take off|took off|taken off|pay off|paid off|pays off|pan out|panned out|succeed|succeeded|succeeds|a success|a failure|fail|failed|fails|caught on|catch on|still|anymore|any more|these days|currently|nowadays) /;

/** "Is there any …": a check that the count of what is selected under a filter is not zero. */
const anyCounted = (select: Selection, filter: Filter): Plan => ({
  op: 'check',
  claim: { type: 'some' },
  plan: { op: 'count', select, filter, cumulative: false, before: false },
});

/**
 * Did X and Y work/sign together? ("Did Fooyo sign an MOU with Olin?": an MOU is asked, and a joint project of theirs
 * is no MOU — nor the reverse.)
 */
function together({ u, orgs, meetingNums }: PlanContext): Plan | undefined {
  if (orgs.length < 2) return undefined;
  const only = has(u, 'mou') !== has(u, 'project') ? (has(u, 'mou') ? 'mous' : 'projects') : undefined;
  // ("Did Keppel and PKU sign two MOUs?": the number is checked against the records joining them, never a Yes for
  // their having signed one.)
  const claim = claimOf(u);
  if (claim.type === 'number')
    return {
      op: 'check',
      claim,
      plan: {
        op: 'count',
        select: only ?? 'mous',
        filter: { orgs, ...(meetingNums.length ? { meetings: meetingNums } : {}) },
        cumulative: false,
        before: false,
      },
    };
  return {
    op: 'check',
    // ("Did the NTU SYSU thing work out?": whether their work came to anything, which the sources never say — never a
    // Yes for their having worked together.)
    claim: { type: OUTCOME_ASKED.test(u.q.text) ? 'progress' : 'together' },
    plan: {
      op: 'read',
      about: {
        type: 'orgs',
        groups: orgs,
        ...(meetingNums.length ? { meetings: meetingNums } : {}),
        ...(only ? { only } : {}),
      },
      attribute: 'parties',
    },
  };
}

// An order of signing claimed ("the first to sign", "the last MOU signed", "did Keppel sign first?") — never the
// first batch of the zone's companies, which the sources do state.
const SIGNING_ORDER =
  / (?:first|last|earliest|latest|1st) (?:(?:one|mou|mous|agreement|partner|partners|company|companies|party|organisation|organization|firm|signatory|ones) )?(?:to (?:be )?sign|to ink|signed|signing|signatory|inked) | (?:sign|signed|signs|ink|inked) (?:(?:it|its mou|an mou|their mou|theirs|its) )?(?:first|last) /;

/** "Was Keppel the first to sign?", "was the Keppel PKU MOU the first one signed at the 4th JIC?": never stated. */
function signingOrder({ u, orgs, about }: PlanContext): Plan | undefined {
  if ((!orgs.length && about?.type !== 'record') || !SIGNING_ORDER.test(u.q.text) || / batch /.test(u.q.text))
    return undefined;
  return {
    op: 'check',
    claim: { type: 'order' },
    plan: orgs.length
      ? { op: 'count', select: 'mous', filter: { orgs }, cumulative: false, before: false }
      : { op: 'read', about: about ?? { type: 'initiative' }, attribute: 'about' },
  };
}

// A meeting chaired, hosted or presided over, as the claim ("did Keppel co-chair the 4th JIC?", "was it hosted by NCS?").
const CHAIRED_OR_HOSTED =
  / (?:cochair|cochaired|cochairs|cochairing|chair|chaired|chairs|chairing|preside|presided|presides|host|hosted|hosts|hosting) /;

/**
 * "Did Keppel co-chair the 4th JIC?": a partner is no co-chair — the meeting's co-chairs, never a Yes for its records
 * (the sources name people as co-chairs, and partners as parties to MOUs and projects).
 */
function partnerChaired({ u, dataset, orgs, people, meetingNums }: PlanContext): Plan | undefined {
  if (!orgs.length || people.length || meetingNums.length !== 1 || has(u, 'mou') || has(u, 'project')) return undefined;
  if (!CHAIRED_OR_HOSTED.test(u.q.text)) return undefined;
  const name = orgs.map((g) => dataset.organisation(g[0] ?? '')?.name ?? '').filter(Boolean);
  if (name.length !== orgs.length) return undefined;
  return {
    op: 'check',
    claim: { type: 'person', name: joinList(name), partners: name.length },
    plan: { op: 'read', about: { type: 'meeting', number: meetingNums[0] ?? 0 }, attribute: 'chairs' },
  };
}

/**
 * "Is the Keppel–PKU MOU in the AI group?": the Annex A group of the MOUs that join every partner named — never a Yes for
 * their having signed together (with none joining them, together()'s "no record joins them" says so).
 */
function partnersGroup({ u, dataset, orgs }: PlanContext): Plan | undefined {
  const groupAsked = orgs.length >= 2 ? mentionsOf(u, 'group')[0] : undefined;
  if (!groupAsked) return undefined;
  const signed = orgs.map((g) => new Set(g.flatMap((id) => dataset.mousOf(id).map((m) => m.id))));
  const joint = [...(signed[0] ?? [])].filter((id) => signed.every((s) => s.has(id)));
  if (!joint.length) return undefined;
  return {
    op: 'check',
    claim: { type: 'group', id: groupAsked.value },
    plan: { op: 'read', about: { type: 'records', kind: 'mou', ids: joint }, attribute: 'group' },
  };
}

/** "Has Qin Weizhong signed any MOU?": the signatories the sources name (the founding MOU's), never a profile. */
function personSigned({ u, people, meetingNums, orgs }: PlanContext): Plan | undefined {
  if (people.length === 1 && people[0] && u.flags.signing && !meetingNums.length && !orgs.length)
    return {
      op: 'check',
      claim: { type: 'person', name: people[0] },
      plan: { op: 'read', about: { type: 'meeting', number: 0 }, attribute: 'chairs' },
    };
  return undefined;
}

/**
 * "Were the 2nd and 3rd meetings both co-chaired by Qin Weizhong?": the person checked against each meeting's co-chairs
 * (never their profile with no Yes or No).
 */
function personAtMeetings({ u, people, meetingNums, orgs }: PlanContext): Plan | undefined {
  if (people.length !== 1 || !people[0] || meetingNums.length < 2 || orgs.length || !u.flags.chairing) return undefined;
  const name = people[0];
  return {
    op: 'each',
    plans: meetingNums.map(
      (n) =>
        ({
          op: 'check',
          claim: { type: 'person', name },
          plan: { op: 'read', about: { type: 'meeting', number: n }, attribute: 'chairs' },
        }) as const,
    ),
  };
}

/** "Is Qin Weizhong from Singapore?", "is Joseph Leong Chinese?": a country, against the side the person's roles serve. */
function personCountry({ u, people, orgs, meetingNums }: PlanContext): Plan | undefined {
  // ("覃伟中是新加坡人吗", read "qin weizhong singapore 人": the country word alone, no "from".)
  const country =
    mentionsOf(u, 'country')[0]?.value ??
    (/ (?:singapore|singaporean) /.test(u.q.text) ? 'Singapore' : / (?:china|chinese) /.test(u.q.text) ? 'China' : '');
  if (people.length !== 1 || !people[0] || !country || orgs.length || meetingNums.length) return undefined;
  if (u.flags.signing || u.flags.chairing) return undefined;
  return {
    op: 'check',
    claim: { type: 'side', country },
    plan: { op: 'read', about: { type: 'person', name: people[0] }, attribute: 'role' },
  };
}

// A post claimed of a person ("the mayor", "permanent secretary"): titles.ts's roles.
const ROLE = new RegExp(` (?:the )?(${ROLE_TITLES.join('|')}) `);

/** "Is Joseph Leong the mayor of Shenzhen?": a role, against the roles the sources give the person. */
function personRole({ u, people, meetingNums }: PlanContext): Plan | undefined {
  const role = ROLE.exec(u.q.text)?.[1];
  if (people.length === 1 && people[0] && role && !meetingNums.length)
    return {
      op: 'check',
      claim: { type: 'role', words: role },
      plan: { op: 'read', about: { type: 'person', name: people[0] }, attribute: 'role' },
    };
  return undefined;
}

/** "Did the SCI start in 2020?": the initiative's launch, not the meeting held that year. */
function initiativeStart({ u }: PlanContext): Plan | undefined {
  if (
    mentionsOf(u, 'initiative').length &&
    claimYear(u) &&
    / (?:start|started|begin|began|launch|launched|founded|found) /.test(u.q.text)
  )
    return {
      op: 'check',
      claim: { type: 'year', value: claimYear(u) ?? 0 },
      plan: { op: 'read', about: { type: 'initiative' }, attribute: 'launched' },
    };
  return undefined;
}

const ONE_OF_SET =
  / \d+ [a-z]+ (?:[a-z]+ )?(?:include|includes|included|including|contain|contains|contained|have|has|had|feature|features|featured) (?:one|a|an|any|some) | (?:one|any|some|either) of (?:the |its |their )?(?:[a-z0-9]+ ){0,3}\d+ /;

/**
 * "Did the 4th JIC include a project on tourism?", "was there anything about sports at the 4th meeting?": a topic
 * claimed of one meeting's records — that meeting's MOUs or projects about it, checked, never the meeting's card with
 * no Yes or No. Neither kind asked: its projects (an MOU of it that speaks of it is said beside, say/topic-at.ts).
 */
function meetingTopic({ u, dataset, meetingNums, orgs, people, highlights, f }: PlanContext): Plan | undefined {
  if (meetingNums.length !== 1 || orgs.length || people.length || highlights.length) return undefined;
  // ("Did the 4th JIC's 14 projects include one on tourism?", "was any of its 14 projects on sports": the number is the
  // set's size, the claim is that one of them is about it.)
  if (claimOf(u).type !== 'some' && !ONE_OF_SET.test(u.q.text)) return undefined;
  const topics = narrowedTopics(u, dataset);
  if (!topics.length) return undefined;
  const kind: Selection = has(u, 'mou') && !has(u, 'project') ? 'mous' : 'projects';
  return anyCounted(kind, { meetings: meetingNums, topics, ...(f.topicsAlso ? { topicsAlso: f.topicsAlso } : {}) });
}

/**
 * The topics claimed, each with a word before it that no source spells ("quantum computing" is no claim about
 * computing: no record is about it, and the word alone is one more topic no record matches); else the words after "on/about" that no table knows ("a project about farming").
 */
function narrowedTopics(u: Understanding, dataset: Dataset): string[] {
  const namedSpans = mentionsOf(u, 'highlight').filter((h) => h.end > h.start);
  const topics = mentionsOf(u, 'topic')
    .filter((m) => !namedSpans.some((h) => m.start >= h.start && m.end <= h.end))
    .flatMap((m) => {
      const before = /([a-z]{3,}) $/.exec(u.q.text.slice(0, m.start))?.[1] ?? '';
      // (The word alone too: a record's keyword inside the phrase — "computing" — must not make it about the phrase.)
      return before && u.rest.split(' ').includes(before) && !isStopWord(before) && !isSpeltInRecords(before, dataset)
        ? [`${before} ${m.value}`, before]
        : [m.value];
    });
  return topics.length ? topics : freeTopics(u);
}

/** One meeting named: its co-chairs (a person named), its running total, its place, its year, or its card. */
function oneMeeting({ u, meetingNums, people, orgs, select, f }: PlanContext): Plan | undefined {
  if (meetingNums.length !== 1 || meetingNums[0] === undefined) return undefined;
  const n = meetingNums[0];
  const claim = claimOf(u);
  if (people[0])
    return {
      op: 'check',
      claim: { type: 'person', name: people[0] },
      plan: { op: 'read', about: { type: 'meeting', number: n }, attribute: 'chairs' },
    };
  // "Were 21 MOUs signed by the 3rd JIC?": by a meeting is the running total reported there.
  if (claim.type === 'number' && select && select !== 'highlights')
    return {
      op: 'check',
      claim,
      plan: { op: 'count', select, filter: f, cumulative: u.flags.cumulative, before: u.flags.before },
    };
  // A partner named too ("did NTU join a project in 2022?"): the question is about the partner, not the meeting.
  // ("Is the 4th JIC in Singapore?" asks where it was held, though it says no "held".)
  if (
    (/ (?:held|take place|took place|happen|in person|virtual|virtually|online|video|signed in) /.test(u.q.text) ||
      placeClaimed(u) !== undefined) &&
    !claimYear(u) &&
    !orgs.length
  ) {
    // (Never the alternative set aside: "held in Shenzhen rather than online" claims Shenzhen.)
    const place =
      / (?:in person|virtual|virtually|online|video conference|video link|video) /
        .exec(withoutRejected(u.q.text))?.[0]
        ?.trim() ??
      placeClaimed(u) ??
      '';
    return {
      op: 'check',
      claim: { type: 'place', words: place },
      plan: { op: 'read', about: { type: 'meeting', number: n }, attribute: 'place' },
    };
  }
  const year = claimYear(u);
  if (year && !orgs.length)
    return {
      op: 'check',
      claim: { type: 'year', value: year },
      plan: { op: 'read', about: { type: 'meeting', number: n }, attribute: 'date' },
    };
  if (people.length === 0 && !orgs.length)
    return { op: 'read', about: { type: 'meeting', number: n }, attribute: 'about' };
  return undefined;
}

/** "Is the demonstration zone in Qianhai?": its place, as the sources give it. */
function zonePlace({ u, dataset, meetingNums, orgs }: PlanContext): Plan | undefined {
  // (The place after the zone is claimed of it; "is there a start-up area IN the zone" claims no place of the zone.)
  const zone = u.mentions.find((m) => m.type === 'subject' && m.value === 'demozone');
  const placeWord = zone ? / in ([a-z]+) /.exec(u.q.text.slice(zone.end))?.[1] : undefined;
  if (zone && placeWord && !['the', 'a', 'an', 'it', 'its'].includes(placeWord) && !meetingNums.length && !orgs.length)
    return {
      op: 'check',
      claim: { type: 'place', words: placeWord },
      plan: { op: 'read', about: { type: 'record', kind: 'project', id: demoZoneId(dataset) }, attribute: 'place' },
    };
  return undefined;
}

/** The topics claimed. (A topic word inside a named outcome's own name — the "SME" and "hub" of "the Asian SME Hub" — is no claim.) */
function topicsAsked(u: Understanding): string[] {
  const namedSpans = mentionsOf(u, 'highlight').filter((h) => h.end > h.start);
  return mentionsOf(u, 'topic')
    .filter((m) => !namedSpans.some((h) => m.start >= h.start && m.end <= h.end))
    .map((m) => m.value);
}

/** A place or a number claimed of a named outcome is checked by its words first: "is the SME hub in Singapore?" */
function outcomePlaceOrNumber({ u, dataset, highlights }: PlanContext): Plan | undefined {
  if (
    highlights[0] &&
    / (?:in|at|based in|located in) (?:singapore|shenzhen|china|qianhai|chongqing|hong kong) | \d/.test(u.q.text)
  )
    return outcomeClaim(u, dataset);
  return undefined;
}

/** "Is the Joint Innovation Call about green tech?": the named outcome's own words, not a record sharing the topic. */
function outcomeTopic({ u, orgs, highlights }: PlanContext): Plan | undefined {
  const topics = topicsAsked(u);
  const highlight = highlights[0];
  if (topics.length && highlight && !orgs.length)
    return {
      op: 'check',
      claim: { type: 'topic', topics },
      plan: { op: 'read', about: { type: 'highlight', key: highlight }, attribute: 'about' },
    };
  return undefined;
}

/** What a named outcome is or does, in the question's own words (outcomeClaim). */
const outcomeWords: YesNoReading = ({ u, dataset }) => outcomeClaim(u, dataset);

/** "Did any university sign an MOU?", "are there Singapore companies in projects?": any partner of that kind or country. */
function partnerOfSort({ u, orgs, f }: PlanContext, signed?: 'mous'): Plan | undefined {
  const sort = mentionsOf(u, 'kind')[0] ?? mentionsOf(u, 'country')[0];
  if (orgs.length || !sort) return undefined;
  // ("Is there a university in the SCI?", "are any Singapore companies involved?": any partner of that sort at all.)
  if (!signed && !has(u, 'mou') && !has(u, 'project'))
    return mentionsOf(u, 'kind').length && TAKES_PART.test(u.q.text) ? anyCounted('partners', f) : undefined;
  const counted = anyCounted('partners', { ...f, via: signed ?? (has(u, 'mou') ? 'mous' : 'projects') });
  // "Did 6 universities sign MOUs at the 4th JIC?": the number claimed, never a Yes for any at all.
  const claim = claimOf(u);
  if (claim.type === 'number' && counted.op === 'check') return { ...counted, claim };
  // "Did each of the 4th JIC universities sign an MOU?": every one of that sort in the records asked, never a Yes for
  // those that did.
  const every = EVERY_OF_SORT.exec(u.q.text.slice(0, sort.start));
  return every && counted.op === 'check' ? { ...counted, claim: { type: 'some', every: true } } : counted;
}

// Being there at all: "is there a …", "any … involved", "… in the SCI", "… take part".
const TAKES_PART =
  /^ (?:is|are|was|were) there | any | (?:involved|take part|took part|taking part|participate|participated|participating|partners?|in the sci|in the initiative|on board|part of) /;

// "Each of the", "every", "all (of) the" right before the sort's words (a meeting's words between): every one of it.
const EVERY_OF_SORT =
  / (?:each|every|all)(?: (?:single|one))?(?: of)?(?: the| its| their)?(?: (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|jic|jics|meeting|meetings|s))* $/;

/**
 * "Apart from NCS, did anyone else sign at the 2nd JIC?", "did anyone besides DataPost sign?": the partners other than
 * the one taken away in the records asked — never the one taken away's own MOUs (a Yes for NCS), nor the meeting's card.
 */
function someoneElse({ u, orgs, f }: PlanContext): Plan | undefined {
  if (orgs.length || !f.notOrgs?.length) return undefined;
  if (!(has(u, 'mou') || has(u, 'project') || u.flags.signing)) return undefined;
  return anyCounted('partners', { ...f, via: has(u, 'project') && !has(u, 'mou') ? 'projects' : 'mous' });
}

/**
 * "Did any university sign an MOU at the 4th JIC?", "were research institutes in projects at the 3rd?": the partners of
 * that sort in the meeting's records on file (never the meeting's card with no Yes or No).
 */
function partnerOfSortAt(c: PlanContext): Plan | undefined {
  const { u, meetingNums } = c;
  if (!meetingNums.length || !(has(u, 'mou') || has(u, 'project') || u.flags.signing)) return undefined;
  // ("Did a university sign at the 4th JIC?": signing is an MOU's.)
  return partnerOfSort(c, has(u, 'mou') || has(u, 'project') ? undefined : 'mous');
}

/** A topic claimed of one record: its own words. */
function recordTopic({ u, about, orgs }: PlanContext): Plan | undefined {
  const topics = topicsAsked(u);
  if (topics.length && about?.type === 'record' && !orgs.length)
    return { op: 'check', claim: { type: 'topic', topics }, plan: { op: 'read', about, attribute: 'about' } };
  return undefined;
}

/** One partner named: the yes/no readings of a partner (onePartner's table), the last of which always answers. */
function onePartner(c: PlanContext): Plan | undefined {
  if (c.orgs.length !== 1 || !c.orgs[0]) return undefined;
  for (const reading of ONE_PARTNER) {
    const p = reading(c, c.orgs[0]);
    if (p) return p;
  }
  return undefined;
}

type PartnerReading = (c: PlanContext, ids: string[]) => Plan | undefined;

/** "Is Keppel in the Talent Exchange group?": the Annex A group of the MOUs it signed. */
function partnerGroup({ u, dataset, orgs }: PlanContext, ids: string[]): Plan | undefined {
  const groupAsked = mentionsOf(u, 'group')[0];
  if (!groupAsked) return undefined;
  const mous = [...new Set(ids.flatMap((id) => dataset.mousOf(id).map((m) => m.id)))];
  return {
    op: 'check',
    claim: { type: 'group', id: groupAsked.value },
    plan: mous.length
      ? { op: 'read', about: { type: 'records', kind: 'mou', ids: mous }, attribute: 'group' }
      : { op: 'count', select: 'mous', filter: { orgs }, cumulative: false, before: false },
  };
}

/**
 * The kind and the country claimed of the partner. "Did the ONE Championship Singapore company sign an MOU?": a kind
 * or country right beside the partner's name says which partner is meant, when what is asked is signing or records —
 * no claim of its own.
 */
function claimedOfPartner(u: Understanding): { kind: Mention | undefined; country: Mention | undefined } {
  const spans = u.mentions.filter((m) => m.type === 'org');
  const describes = (m: Mention | undefined) =>
    !!m &&
    (u.flags.signing || has(u, 'mou') || has(u, 'project')) &&
    spans.some((o) => m.start === o.end + 1 || m.end + 1 === o.start);
  const kind = describes(mentionsOf(u, 'kind')[0]) ? undefined : mentionsOf(u, 'kind')[0];
  const country = describes(mentionsOf(u, 'country')[0]) ? undefined : mentionsOf(u, 'country')[0];
  return { kind, country };
}

/**
 * "Is TusStar in Singapore?": where a partner is, by what its outcomes say of that place (never confirmed); with none
 * saying it, the sources don't say where it is based.
 */
function partnerPlace({ u, dataset }: PlanContext, ids: string[]): Plan | undefined {
  const { kind, country } = claimedOfPartner(u);
  const placeAsked = partnerPlaceOf(u);
  if (!placeAsked || kind || country || has(u, 'mou') || has(u, 'project') || u.flags.signing) return undefined;
  const key = orgOutcomes(dataset, ids).find((k) => ` ${norm(highlightText(dataset, k))} `.includes(` ${placeAsked} `));
  // ("Will Rajah & Tann set up its first office in Qianhai?": its own record says where it will set up — its words.)
  const record = key ? undefined : ownRecordSaying(dataset, ids, placeAsked);
  // ("Is TusStar going to set up hub operations in Shenzhen?": its outcome sets up elsewhere — its words, no Yes.)
  const elsewhere = key || record ? undefined : orgOutcomes(dataset, ids)[0];
  // "Will TusStar set up in Singapore?": a plan to set up there, which the outcome's own words may state ("will
  // establish hub operations in Singapore") — the place and the setting up, not where it is based.
  // ("Did TusStar plan a hub in Singapore?": an intention to set up there, never a question of where it is based.)
  const intends = u.q.text.split(' ').some((w) => PLAN_WORD.test(w));
  const settingUp =
    intends ||
    / (?:set up|setting up|sets up|establish|establishes|established|establishing|open|opens|opened|opening|expand|expands|expanded|expanding|build|builds|launch|launches|launched|move|moves|moved) /.test(
      u.q.text,
    );
  // ("Did TusStar set up in Singapore?": done, not planned — the sources state the plan, never that it came about.)
  if (key && settingUp && !intends && /^ (?:did|has|have|had|was|were) /.test(u.q.text))
    return {
      op: 'check',
      claim: { type: 'progress' },
      plan: { op: 'read', about: { type: 'highlight', key }, attribute: 'about' },
    };
  if ((key || record || elsewhere) && settingUp)
    return {
      op: 'check',
      claim: {
        type: 'words',
        words: [placeAsked, 'establish'],
        variants: { establish: ['set up', 'open', 'expand', 'build', 'launch', 'chosen'] },
        ...ordinalClaimed(u),
      },
      plan: { op: 'read', about: record ?? { type: 'highlight', key: key ?? elsewhere ?? '' }, attribute: 'about' },
    };
  return key
    ? {
        op: 'check',
        claim: { type: 'words', words: [placeAsked], variants: {}, located: true },
        plan: { op: 'read', about: { type: 'highlight', key }, attribute: 'about' },
      }
    : // A place its own name states ("Olin Game Space (Shenzhen)"): said as its name's (attribute.ts).
      ids.some((id) => placesInName(dataset, id).length)
      ? { op: 'attribute', about: { type: 'org', ids }, ask: 'location' }
      : { op: 'missing', attribute: 'where it is based', about: { type: 'org', ids } };
}

/**
 * "Did Hashmeta sign with a Qianhai company?": the kind is the other side's, not Hashmeta's own; show whom it signed
 * and joined with (the names answer it), never a yes about what Hashmeta itself is.
 */
function partnerOtherSide({ u }: PlanContext, ids: string[]): Plan | undefined {
  const { kind, country } = claimedOfPartner(u);
  const otherSide = [kind, country, mentionsOf(u, 'place')[0]].some(
    (m) => m && m.start > 0 && / with (?:a |an |any |some |the )?(?:[a-z]+ )?$/.test(u.q.text.slice(0, m.start)),
  );
  if (otherSide) return { op: 'read', about: { type: 'org', ids }, attribute: 'parties' };
  return undefined;
}

// The words between a partner and a kind or country claimed of it ("is X really a …", "does X come from …").
const IS_OF_PARTNER =
  /^ (?:(?:really|actually|just|truly|also|still|the|from|based|in|come|comes|came|originally|headquartered|registered|located|is|was|considered|counted as|one of the) )*(?:(?:a|an) (?:[a-z]+ ){0,2})?(?:[a-z]+ (?:or|nor) )?$/;

/**
 * "Is CapitaLand a bank?", "is TusStar a startup?": a kind no table knows, claimed of the partner — checked against
 * the kind on file (never a "Yes" because it signed something, never a "No" the sources don't give). A kind or country
 * a table knows: the same check.
 */
function partnerKind({ u }: PlanContext, ids: string[]): Plan | undefined {
  const { kind, country } = claimedOfPartner(u);
  const orgEnd = Math.max(...u.mentions.filter((m) => m.type === 'org').map((m) => m.end));
  const isA =
    !kind && / (?:is|was|are|were) /.test(u.q.text.slice(0, orgEnd))
      ? /^ (?:really |actually |just )?(?:a|an) ([a-z]+(?: [a-z]+){0,2}) $/.exec(u.q.text.slice(orgEnd))?.[1]
      : undefined;
  if (isA && !/ (?:partner|member|party|signatory|participant) /.test(` ${isA} `))
    return {
      op: 'check',
      claim: { type: 'kind', label: isA, ...(country ? { country: country.value } : {}) },
      plan: { op: 'read', about: { type: 'org', ids }, attribute: 'kind' },
    };
  // (Only what the partner IS: "is Hashmeta a Chinese firm?", "does QuikBot come from China?" — never a country word
  // of what it does, "does Momentum Works help Chinese companies expand?", "is Keppel's MOU about Chinese cities?".)
  const said = [kind, country].filter((m): m is Mention => !!m).sort((a, b) => a.start - b.start)[0];
  const between = said && said.start > orgEnd ? u.q.text.slice(orgEnd, said.start) : undefined;
  if (between !== undefined && !IS_OF_PARTNER.test(between)) return undefined;
  // "Is CUHK Shenzhen a Hong Kong university?": a city said of the kind is claimed too — a kind no table knows, so only
  // the kind's own words on file could say it (never a "Yes" for the kind alone, a city in its name no proof).
  const place = mentionsOf(u, 'place').find((p) => kind && p.end + 1 === kind.start);
  // "Is ONE Championship a Shenzhen firm?", "a Shanghai company?": a city, not only a country — its name places it or
  // nothing does (the sources give partners' countries, never their cities).
  const city = cityAsked(country, place, kind);
  if (city)
    return {
      op: 'check',
      claim: { type: 'kind', label: kind?.value ?? '', country: 'China', city },
      plan: { op: 'read', about: { type: 'org', ids }, attribute: 'kind' },
    };
  if (kind && place)
    return {
      op: 'check',
      claim: {
        type: 'kind',
        label: `${place.words.replace(/\b[a-z]/g, (x) => x.toUpperCase())} ${kind.words}`,
        ...(country ? { country: country.value } : {}),
      },
      plan: { op: 'read', about: { type: 'org', ids }, attribute: 'kind' },
    };
  if (kind || country)
    return {
      op: 'check',
      claim: { type: 'kind', label: kind?.value ?? '', ...(country ? { country: country.value } : {}) },
      plan: { op: 'read', about: { type: 'org', ids }, attribute: 'kind' },
    };
  return undefined;
}

const PLACE_BEFORE_TOPIC =
  /^(?:singapore|singaporean|shenzhen|china|chinese|asian|asia|qianhai|local|global|international)$/;

/** "Is the Fooyo project about food?": a topic claimed — a word no table knows is still what is claimed, never a bare "Yes". */
function partnerTopic({ u }: PlanContext, ids: string[]): Plan | undefined {
  // A country said of what the partner does ("train Chinese students", "help Singapore logistics") is claimed too: the
  // record's own text must say it, and its silence is no "No".
  // ("Help Singapore logistics": a place word right before a topic is claimed of it, though no country mention.)
  const placeBefore = mentionsOf(u, 'topic').flatMap((m) => {
    const before = / ([a-z]+) $/.exec(u.q.text.slice(0, m.start))?.[1] ?? '';
    return PLACE_BEFORE_TOPIC.test(before) ? [before] : [];
  });
  // (The country's own word: "in China" is "china", never "in".)
  const countryWord = (m: Mention) => m.words.split(' ').find((w) => !/^(?:in|from|based|of|the)$/.test(w)) ?? '';
  const places = [...new Set([...mentionsOf(u, 'country').map(countryWord), ...placeBefore])];
  const topics = [...mentionsOf(u, 'topic').map((m) => m.value), ...(mentionsOf(u, 'topic').length ? places : [])];
  const free = topics.length ? [] : [...freeTopics(u), ...places];
  if (topics.length || free.length)
    return {
      op: 'check',
      claim: {
        type: 'topic',
        topics: topics.length ? topics : free,
        ...(free.length || places.length ? { free: true } : {}),
        ...ordinalClaimed(u),
        ...(has(u, 'mou') !== has(u, 'project') ? { kind: has(u, 'mou') ? 'mou' : 'project' } : {}),
      },
      plan: { op: 'read', about: { type: 'org', ids }, attribute: 'about' },
    };
  return undefined;
}

/** "Did NTU take part?", "is SUSS a partner of the SCI?": any record or outcome naming it, not only MOUs. */
function partnerTookPart({ u, meetingNums }: PlanContext, ids: string[]): Plan | undefined {
  if (
    claimOf(u).type === 'some' &&
    !has(u, 'mou') &&
    !has(u, 'project') &&
    !u.flags.signing &&
    !meetingNums.length &&
    (!/ with /.test(u.q.text) || ANYONE_ELSE.test(u.q.text)) &&
    / (?:take part|took part|taking part|part of|partner|partners|partnered|involved|participate|participated|participant|member|in the sci|in the initiative|work|worked|working|collaborate|collaborated|collaborating|cooperate|cooperated|team up|teamed up) /.test(
      u.q.text,
    )
  )
    return {
      op: 'check',
      claim: { type: 'some' },
      plan: { op: 'read', about: { type: 'org', ids }, attribute: 'parties' },
    };
  return undefined;
}

/**
 * A number claimed, or "any at all": both are checked against the count of the partner's records (or an outcome
 * naming it, when working with it is asked).
 */
function partnerRecords({ u, select, orgs, f, highlights }: PlanContext): Plan | undefined {
  const claim = claimOf(u);
  const what = select === 'projects' || (has(u, 'project') && !has(u, 'mou')) ? 'projects' : 'mous';
  const count = {
    op: 'count',
    select: what,
    filter: { orgs, ...(f.meetings ? { meetings: f.meetings } : {}) },
    cumulative: false,
    before: false,
  } as const;
  if (claim.type === 'number') return { op: 'check', claim, plan: count };
  const highlight = / (?:partner|work|working|team) /.test(u.q.text) ? highlights[0] : undefined;
  if (highlight !== undefined)
    return {
      op: 'check',
      claim: { type: 'some' },
      plan: { op: 'read', about: { type: 'highlight', key: highlight }, attribute: 'about' },
    };
  return { op: 'check', claim: { type: 'some' }, plan: count };
}

/** A yes/no about one partner, in order: the last (its records) always answers. */
const ONE_PARTNER: readonly PartnerReading[] = [
  partnerGroup, // a group claimed: the group of its MOUs
  partnerPlace, // a place claimed: what its outcomes say of it, before a kind read from the place
  partnerOtherSide, // a kind or country of whom it signed with: the other side's, before it is claimed of the partner
  partnerKind, // a kind or country claimed of the partner
  partnerTopic, // a topic claimed of its records
  partnerTookPart, // took part at all: any record or outcome, before MOUs only
  partnerRecords, // a number, or any: its records counted
];

/** A year claimed of the SCI: its launch. */
function initiativeYear({ u }: PlanContext): Plan | undefined {
  if (mentionsOf(u, 'initiative').length && claimYear(u))
    return {
      op: 'check',
      claim: { type: 'year', value: claimYear(u) ?? 0 },
      plan: { op: 'read', about: { type: 'initiative' }, attribute: 'launched' },
    };
  return undefined;
}

/** A number claimed of what is selected: checked against its count (the running total, no meeting named). */
function numberClaimed({ u, select, f }: PlanContext): Plan | undefined {
  const claim = claimOf(u);
  if (claim.type === 'number' && select && select !== 'highlights')
    return { op: 'check', claim, plan: { op: 'count', select, filter: f, cumulative: !f.meetings, before: false } };
  return undefined;
}

/**
 * "Does the SCI involve any hospitals?": a word no table knows is what the records must be about — those that are (or
 * none on file, and the nearest), never "not sure" and never a bare yes.
 */
function anyAbout({ u, about, orgs, people }: PlanContext): Plan | undefined {
  const free = !about && !orgs.length && !people.length ? freeTopics(u) : [];
  const named = !about && !orgs.length && !people.length ? mentionsOf(u, 'topic').map((m) => m.value) : [];
  if (!free.length && !named.length) return undefined;
  const what = has(u, 'mou') && !has(u, 'project') ? 'mous' : 'projects';
  return named.length
    ? {
        op: 'check',
        claim: { type: 'some' },
        plan: {
          op: 'count',
          select: what,
          filter: { topics: [...new Set(named)] },
          cumulative: false,
          before: false,
        },
      }
    : { op: 'list', select: what, filter: { topics: free } };
}

/** Nothing claimed that can be checked: what is named (or the zone), else not sure. */
function namedOnly({ u, dataset, about }: PlanContext): Plan | undefined {
  if (about) return { op: 'read', about, attribute: 'about' };
  if (has(u, 'demozone'))
    return { op: 'read', about: { type: 'record', kind: 'project', id: demoZoneId(dataset) }, attribute: 'about' };
  return undefined;
}

/** The readings of a yes/no question, in the order they are tried (after plan()'s RECOGNISERS sent it here). */
export const YES_NO: readonly YesNoReading[] = [
  outcomeDated, // a date claimed of an act an outcome's text dates: before progress and the meeting of that year
  progress, // progress the sources never report: before a Yes for having signed
  meetingDay, // a day claimed of a meeting: before its year
  zoneCompanies, // the zone's companies: the 4 reported, before partners on file
  partnerInZone, // a partner in the zone: the 4 unnamed, before a Yes or No for it
  partnerRecordsOnZone, // a partner's records about the zone: their words, before "no record names it"
  outcomeNameSigned, // a name only the outcomes hold, signing asked: before "not on file"
  bothKinds, // "is X in both an MOU and a project": each kind of the partner's records, before linked records
  alsoOtherKind, // "is the MOU also a project": linked records, before the record alone
  signedWhere, // a place claimed of a record's signing: its meeting's place, before a Yes for its parties
  twoWithOne, // "A and B both with C": each pair, before one record joining all three
  eachPartner, // "did both sign": each partner's own, before one record joining them
  someoneElse, // "apart from NCS, did anyone else sign?": the partners left, before the meeting's card or NCS's MOUs
  titledPerson, // a titled person no source names ("mayor Wang"): before any reading of the person named beside
  postSignedFounding, // a post claimed of the founding MOU's signatories: their roles
  postSignedWith, // a post as the other side of a signing: no person signs records on file
  personSignedRecord, // a person signing a record: none named, before the record's parties
  stranger, // a party no source names: never a Yes about the one named beside it
  strangerBeforeKind, // a name no source gives before its kind ("did Fudan University join a project?"): before the kind's partners
  recordPlace, // a place claimed of one record: its words, before a Yes for its parties
  inkedBy, // the bodies the sources say inked a meeting's MOUs: what they say, before "no record joins them"
  signingOrder, // an order of signing claimed: never stated, before a Yes for the records
  partnerChaired, // a partner claimed to have chaired a meeting: the meeting's co-chairs, before a Yes for its records
  partnersGroup, // an Annex A group claimed of what joins two partners: its group, before a Yes for their MOU
  together, // two partners or more: what joins them
  personSigned, // a person signing anything: the founding MOU's signatories
  personAtMeetings, // a person chairing two meetings or more: each meeting's co-chairs, before their roles
  personRole, // a role claimed of a person: their roles on file
  personCountry, // a country claimed of a person: the side their roles serve, before their profile
  initiativeStart, // the SCI's start year: its launch, before the meeting of that year
  partnerOfSortAt, // a partner of a kind or country at a meeting: before the meeting's card
  meetingTopic, // a topic claimed of one meeting's records: those about it, before the meeting's card
  oneMeeting, // one meeting named: its co-chairs, total, place, year or card
  zonePlace, // a place claimed of the zone
  outcomePlaceOrNumber, // a place or number claimed of a named outcome: its words, before its topics
  outcomeTopic, // a topic claimed of a named outcome: its words, before records sharing the topic
  outcomeWords, // anything else claimed of a named outcome: its words
  partnerOfSort, // any partner of a kind or country
  recordTopic, // a topic claimed of one record
  onePartner, // one partner named: ONE_PARTNER's readings (the last always answers)
  initiativeYear, // a year claimed of the SCI: its launch
  numberClaimed, // a number claimed: the count of what is selected
  anyAbout, // a topic or a word no table knows: the records about it
  namedOnly, // nothing to check: what is named, before "not sure"
];

/** A yes/no question: the first of YES_NO's readings that recognises it, else not sure. */
export function planYesNo(c: PlanContext): Plan {
  for (const reading of YES_NO) {
    const p = reading(c);
    if (p) return mentionsOf(c.u, 'number').length === 2 ? (twoTotals(c.u, p) ?? p) : p;
  }
  return { op: 'unsure', words: c.u.rest };
}

// A number's unit right after it ("43 projects", "29 signed MOUs").
const UNIT_AFTER = /^ (?:new |joint |signed |more |total |sci )?(mous?|memorand\w*|agreements?|projects?|ventures?) /;

/**
 * "So 43 projects and 29 MOUs in total now?", "by the 3rd JIC there were 29 projects and 21 MOUs?": a number of each
 * kind claimed at once — the running totals of both, each checked (never the first alone confirmed).
 */
function twoTotals(u: Understanding, p: Plan): Plan | undefined {
  if (p.op !== 'check' || p.claim.type !== 'number' || p.claim.each || p.claim.bound || p.plan.op !== 'count')
    return undefined;
  const inner = p.plan;
  if ((inner.select !== 'mous' && inner.select !== 'projects') || !inner.cumulative) return undefined;
  if (inner.filter.orgs?.length || inner.filter.topics?.length || (inner.filter.meetings?.length ?? 0) > 1)
    return undefined;
  const units = mentionsOf(u, 'number').map((m) => {
    const unit = UNIT_AFTER.exec(u.q.text.slice(m.end))?.[1] ?? '';
    return { value: Number(m.value), kind: /^(?:pro|ven)/.test(unit) ? 'projects' : unit ? 'mous' : '' };
  });
  const mine = units.find((x) => x.kind === inner.select);
  const other = units.find((x) => x.kind && x.kind !== inner.select);
  if (!mine || !other || Number.isNaN(mine.value) || Number.isNaN(other.value)) return undefined;
  return {
    op: 'check',
    claim: { type: 'number', value: mine.value, other: other.value },
    plan: { ...inner, both: true },
  };
}

/**
 * A yes/no about what a named outcome is or does ("is the Asian SME Hub run by OneConnect?", "did UOB run
 * trials?"): the claim is the question's own words, checked against the text of the outcome that says most
 * of them (one name can stand at several meetings). Only an outcome the question names; a partner it
 * names is one more word the text must say.
 */
function outcomeClaim(u: Understanding, dataset: Dataset): Plan | undefined {
  const names = [
    ...new Set(
      mentionsOf(u, 'highlight')
        .filter((m) => m.words !== '(words)')
        .map((m) => m.words),
    ),
  ];
  const orgs = mentionedOrgIds(u);
  if (!names.length || orgs.length > 1) return undefined;
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  const meetings = meetingsOf(u);
  const keys = highlightKeys(u, dataset);
  const org = orgs[0] ? dataset.organisation(orgs[0][0] ?? '') : undefined;
  const orgNames = org ? [org.name, ...org.aliases].map(norm) : [];
  // (The partner after "by" is checked as "by X" or "X's": its own words are no more words the text must hold.)
  const orgAt = mentionsOf(u, 'org')[0];
  const byOrg = !!org && !!orgAt && / by (?:the )?$/.test(u.q.text.slice(0, orgAt.start));
  const orgWords = new Set(byOrg ? (orgAt?.words.split(' ') ?? []) : []);
  const candidates = normalHighlights(dataset).filter(
    (x) =>
      names.some((w) => x.text.includes(` ${w} `)) &&
      (!meetings.length || meetings.includes(x.meeting) || keys.includes(x.key)),
  );
  if (!candidates.length) return undefined;
  const said0 = u.q.text
    .split(' ')
    .filter((w) => w.length >= 3 && !isStopWord(w) && !lex?.claimFiller?.test(w) && !/\d/.test(w));
  // "Did MUFG plan a pilot?": the planning is no word the text must hold, but an intention its clause must state.
  // ("Will MUFG launch pilots?": what is to come is asked, as a plan.)
  // ("Was DBS still to launch pilots?", "is ICBC due to launch one?": "to" and a verb right after the party named.)
  const party = [...mentionsOf(u, 'highlight'), ...mentionsOf(u, 'org')].sort((a, b) => a.start - b.start)[0];
  const planTo = (party && PLAN_TO.test(u.q.text.slice(party.end))) || PLAN_ADVERB_TO.test(u.q.text);
  const planned = said0.some((w) => PLAN_WORD.test(w)) || /^ (?:will|shall) /.test(u.q.text) || planTo;
  const words = said0.filter((w) => !PLAN_WORD.test(w) && !orgWords.has(w) && !(planTo && PLAN_ADVERB.has(w)));
  // "Is the Asian SME Hub an MOU?": what kind of record it is claimed to be is part of the claim (its text must say it).
  const asKind = / (?:is|was|are|were) (?:[a-z]+ ){1,6}(?:an? |the )(mou|project|agreement) /.exec(u.q.text)?.[1];
  if (asKind) words.push(asKind === 'agreement' ? 'agreement' : asKind);
  if (!words.length) return undefined;
  const variants: Record<string, string[]> = {};
  for (const w of words) if (lex?.variants?.[w]) variants[w] = [...(lex.variants[w] ?? [])];
  if (asKind === 'mou') variants.mou = ['memorand', 'mous'];
  // "Run by X": the text must say "by X", not only name X (YiQiYe's buyers are not who runs the hub; UOB ran trials, it
  // does not operate TradeTrust). X is the partner named after "by", else the word after a verb of running or making.
  const agent =
    / (?:run|ran|managed|operated|owned|led|developed|built|created|launched|started|founded|organised|organized|hosted|funded|backed) by (?:the )?([a-z][a-z0-9]+) /.exec(
      u.q.text,
    );
  const by = byOrg ? orgNames : agent?.[1] && words.includes(agent[1]) ? [agent[1]] : undefined;
  // (…or the text calls the outcome X's — "IMDA's TradeTrust pilot" — where running or owning it is asked.)
  // (Asked with any verb of running, owning or backing — "run by IMDA", "is IMDA behind it", "does IMDA run it", "is it
  // IMDA's" — where the text calls it the body's own.)
  const owning =
    !!org &&
    !!orgAt &&
    (/ (?:run|runs|ran|running|manage|manages|managed|managing|operate|operates|operated|operating|own|owns|owned|lead|leads|led|behind|belong|belongs|belonged|in charge of|responsible for|oversee|oversees|overseen) /.test(
      u.q.text,
    ) ||
      u.q.text.slice(orgAt.end).startsWith(' s '));
  const owns = (text: string) => !!owning && orgNames.some((n) => names.some((w) => text.includes(` ${n} s ${w} `)));
  const said = (text: string) =>
    words.filter((w) => claimWordIn(text, w, variants[w] ?? [])).length + (owns(text) ? words.length : 0);
  const best = [...candidates].sort((a, b) => said(b.text) - said(a.text))[0];
  if (!best) return undefined;
  const numbers = [...u.q.text.matchAll(/ (\d[\d,]*) /g)].map((m) => m[1] ?? '').filter((x) => !/^20\d\d$/.test(x));
  const located = / (?:in|at|based in|located in) (?:singapore|shenzhen|china|qianhai|chongqing|hong kong) /.test(
    u.q.text,
  );
  // "Did UOB and DBS each run two trials?", "were ICBC and MUFG to launch pilots?": several parties the outcome's text
  // names, side by side as the subject — one check each, under one lead (never one claim of both, nor the second name
  // read as a stranger).
  const parties = partiesOf(u.q.text, best.text, dataset);
  if (parties && !by && !owns(best.text)) {
    const all = new Set(parties.flatMap((x) => x.split(' ')));
    const rest = words.filter((w) => !all.has(w) && !EACH_WORD.test(w) && !amongKind(u.q.text, w));
    // (A count in words is each party's own: "one trial each" of "DBS one".)
    const counted = [...u.q.text.matchAll(COUNT_WORD)].map((m) => m[1] ?? '');
    // ("Were UOB and ICBC both to launch pilots?": the plan stands right after the last of them.)
    const last = parties[parties.length - 1] ?? '';
    const each = planned || PLAN_TO.test(u.q.text.slice(u.q.text.indexOf(` ${last} `) + last.length + 1));
    return {
      op: 'each',
      plans: parties.map((party) => ({
        op: 'check',
        claim: {
          type: 'words',
          words: [...party.split(' ').filter((w) => !isStopWord(w)), ...rest],
          variants,
          ...(numbers.length || counted.length ? { numbers: [...numbers, ...counted] } : {}),
          ...(each ? { planned: each } : {}),
        },
        plan: { op: 'read', about: { type: 'highlight', key: best.key }, attribute: 'about' },
      })),
    };
  }
  return {
    op: 'check',
    claim: {
      type: 'words',
      words,
      variants,
      ...(by ? { by } : {}),
      ...(owns(best.text) ? { owned: true } : {}),
      ...(numbers.length ? { numbers } : {}),
      ...(numbers.length && / (?:each|every|both|per|apiece) /.test(u.q.text) ? { everyPart: true } : {}),
      ...(located ? { located } : {}),
      ...(planned ? { planned } : {}),
    },
    plan: { op: 'read', about: { type: 'highlight', key: best.key }, attribute: 'about' },
  };
}

// An intention said right after the party: "(DBS) still to launch", "(ICBC) due to launch", "(MUFG) yet to start".
// (Anywhere with its adverb: "was UOB among the banks still to launch pilots?".)
const PLAN_ADVERB = new Set(['still', 'yet', 'due', 'set', 'supposed', 'scheduled', 'about', 'meant', 'expected']);
const PLAN_TO = /^ (?:(?:still|yet|due|set|supposed|scheduled|about|meant|expected|both|each|all) ){0,2}to [a-z]+ /;
const PLAN_ADVERB_TO =
  / (?:still|yet|due|supposed|scheduled|among (?:the )?[a-z]+) (?:(?:due|set|supposed|scheduled) )?to (?!be )[a-z]+ /;

// Words that say the claim holds of each party ("each", "both"), and a count in words before its noun ("one trial").
const EACH_WORD = /^(?:each|both|all|also|apiece|respectively|among)$/;
const COUNT_WORD = / (one|two|three|four|five|six|seven|eight|nine|ten) (?=[a-z]{3,} )/g;
// ("Among the banks to launch pilots": what the parties are is no word the text must hold.)
const amongKind = (q: string, w: string) => new RegExp(` among (?:the )?${w} `).test(q);

/**
 * The parties a question names side by side as its subject ("did UOB and DBS …", "were Bank of China and MUFG …"),
 * each a name the outcome's text gives: undefined unless two or more.
 */
function partiesOf(q: string, text: string, dataset: Dataset): string[] | undefined {
  const head = /^ (?:did|do|does|were|was|are|is|have|has|had) (.+)$/.exec(q)?.[1]?.trim().split(' ');
  if (!head) return undefined;
  const named = (ws: string[]) =>
    ws.length > 0 &&
    !ws.includes('and') &&
    text.includes(` ${ws.join(' ')} `) &&
    ws.some((w) => !isStopWord(w) && isSpeltInRecords(w, dataset));
  const out: string[] = [];
  let at = 0;
  while (at < head.length) {
    // The longest run of up to four words the text gives as a name ("bank of china").
    let n = Math.min(4, head.length - at);
    while (n > 0 && !named(head.slice(at, at + n))) n--;
    if (!n) break;
    out.push(head.slice(at, at + n).join(' '));
    at += n;
    if (head[at] !== 'and' && head[at] !== '&') break;
    at++;
  }
  return out.length > 1 ? out : undefined;
}

/** Words that claim an intention ("plan", "intend", "going to"), never a word the outcome's text must hold. */
export const PLAN_WORD =
  /^(?:plan|plans|planned|planning|intend|intends|intended|intending|going|expected|poised|meant)$/;

/** Every meeting's highlights in order: key, meeting number, text in normal form (padded). Built once per Dataset. */
const normalHighlights = perDataset((dataset: Dataset) => {
  const built = dataset.meetings.flatMap((m) =>
    m.highlights.map((h, i) => ({ key: `${m.number}:${i}`, meeting: m.number, text: ` ${norm(h.text)} ` })),
  );
  return built;
});

/**
 * The question's left-over words that the sources' text writes as a name (capitalised, not at a sentence's
 * start): the events and highlights that name all of them. Nothing else the question names may be left.
 */
export function namedInPassing(
  u: Understanding,
  dataset: Dataset,
  people: readonly string[],
): Extract<Plan, { op: 'mentioned' }> | undefined {
  // People the records know may be named beside it ("where did Heng meet Qin?"): the passage must name them too.
  if (u.mentions.some((m) => !['subject', 'initiative', 'meeting', 'person'].includes(m.type))) return undefined;
  const texts = passingTexts(dataset);
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  // A title ("Prime Minister", "Mayor") or a word of the language is no name, though written capitalised.
  const words = u.rest.split(' ').filter((w) => w.length >= 3 && !lex?.titles?.test(w) && !lex?.words.includes(w));
  const names = words.filter((w) => texts.some((x) => x.names.has(w)));
  if (!names.some((w) => w.length >= 4)) return undefined;
  const places = texts
    .filter((x) => names.every((w) => x.names.has(w)) && people.every((p) => x.text.includes(p)))
    .map((x) => x.place);
  return places.length ? { op: 'mentioned', words: names, places } : undefined;
}

/** What the sources say of a subject in its own words (a partner's profile, an outcome, a record's description). */
export function ownText(about: Subjectref | undefined, dataset: Dataset): string {
  if (about?.type === 'org') return about.ids.map((id) => dataset.organisation(id)?.about ?? '').join(' ');
  if (about?.type === 'highlight') return highlightText(dataset, about.key);
  if (about?.type === 'record')
    return (about.kind === 'mou' ? dataset.mou(about.id) : dataset.project(about.id))?.description.text ?? '';
  return '';
}

/** Words no table knows, right after "on", "about", "involving"…: what the records asked for must be about. */
export function freeTopics(u: Understanding): string[] {
  const rest = new Set(u.rest.split(' '));
  const out: string[] = [];
  for (const m of [
    ...u.q.text.matchAll(
      // (A Chinese question's word no table knows stays in Chinese characters: "关于无人机的项目" reads "about 无人机 projects".)
      / (?:on|about|involving|involve|involves|regarding|concerning|related to|around|in the field of|cover|covers|covering) (?:the |a |an |any |some )?([a-z]{4,}|\p{Script=Han}{2,8})(?= )/gu,
    ),
    // "Any fintech projects?", "what fintech projects are there", "projects in fintech", "MOUs in the fintech space": the
    // word after "any" (or "which", "what", "list") before the records' noun, or after "in" right behind it (a place or
    // a year is a word some table knows: never in `rest`; an annex, a total are no topic). Never any word before the noun: "the four MOUs", "latest MOUs" say which ones.
    ...(/ (?:projects?|mous?) /.test(u.q.text) ? u.q.text.matchAll(TOPIC_BESIDE) : []),
  ]) {
    const word = m[1] ?? m[2] ?? m[3];
    if (
      word &&
      rest.has(word) &&
      !isStopWord(word) &&
      // ("Involve BOTH a Singapore company and a Chinese university": how the parties are counted, never a topic.)
      !/^(?:both|either|neither|each|every|together|only|other|others)$/.test(word) &&
      !Object.values(LEXICONS[u.lang]?.subjects ?? {}).some((re) => re.test(` ${word} `))
    )
      out.push(word);
  }
  return out;
}

const TOPIC_BESIDE =
  /(?<= (?:any|are there|were there|what|which|list|list all|show|show me|show all) )([a-z]{4,})(?= (?:projects?|mous?) )|(?<= (?:projects?|mous?) (?:are |were )?in (?:the (?:field|area|space|sector|domain) of )?)(?!(?:annex|total|common|all|particular|general|addition|order|place|time)\b)([a-z]{4,})(?! [a-z0-9] )(?= )|(?<= (?:projects?|mous?) (?:are |were )?in the )([a-z]{4,})(?= (?:space|sector|field|area|industry|domain) )/g;

/** Whether a text (normal form, padded) says a word, or one of its forms, as a word's beginning. */
export function claimWordIn(text: string, word: string, variants: readonly string[]): boolean {
  const stem = (w: string) => (w.length > 4 ? w.replace(/ies$/, 'y').replace(/(?:ing|ed|es|s)$/, '') : w);
  return [word, ...variants].some((v) => text.includes(` ${stem(v)}`));
}

/** The named outcomes a question means: with a meeting named, only that meeting's (maybe none). */
export function highlightKeys(u: Understanding, dataset: Dataset): string[] {
  const named = [...new Set(mentionsOf(u, 'highlight').map((m) => m.value))];
  // (No outcome named: none to order or pick by meeting.)
  if (!named.length) return [];
  // One name at several meetings ("the TradeTrust expansion"): the outcome whose own words the question shares most
  // first ("expansion" is the 3rd JIC's "expand", not the 2nd's trials); ties keep their order.
  const asked = named.length > 1 ? longStems(u.q.text) : undefined;
  const shared = (key: string) => [...(highlightStems(dataset).get(key) ?? [])].filter((x) => asked?.has(x)).length;
  const all = asked ? [...named].sort((a, b) => shared(b) - shared(a)) : named;
  const meetings = meetingsOf(u);
  if (!meetings.length) return all;
  // "TradeTrust before the 3rd JIC", "OneSME after the 1st meeting": the outcome of that name at a meeting before (or
  // after) the one named, where there is one — never the named meeting's own.
  const side = sideOfMeeting(u);
  if (side && meetings.length === 1) {
    const at = meetings[0] ?? 0;
    const kept = all.filter((key) => {
      const n = Number(key.split(':')[0]);
      return side === 'before' ? n < at : n > at;
    });
    if (kept.length) return kept;
  }
  // An outcome of one meeting whose text dates it at another ("…Protocol, launched on 25 Nov 2022") is at both.
  const dates = meetings.flatMap((n) => {
    const m = dataset.meetingByNumber(n);
    return m ? [isoToWords(m.date.value)] : [];
  });
  const years = mentionsOf(u, 'meeting')
    .map((m) => m.words)
    .filter((w) => /^20\d\d$/.test(w));
  return all.filter((key) => {
    const [n, i] = key.split(':').map(Number);
    const text = dataset.meetingByNumber(n ?? -1)?.highlights[i ?? -1]?.text ?? '';
    return meetings.includes(n ?? -1) || dates.some((d) => text.includes(d)) || years.some((y) => text.includes(y));
  });
}

/** A meeting named as a bound ("before the 3rd JIC", "after the 1st meeting"): the side asked, or undefined. */
function sideOfMeeting(u: Understanding): 'before' | 'after' | undefined {
  const named = mentionsOf(u, 'meeting').filter((m) => !/^20\d\d$/.test(m.words));
  const m = named.length === 1 ? named[0] : undefined;
  if (!m) return undefined;
  const lead = u.q.text.slice(0, m.start);
  if (/ (?:before|prior to|ahead of|preceding|leading up to|in the run up to|until|up to) (?:the )?$/.test(lead))
    return 'before';
  if (/ (?:after|since|following|post) (?:the )?$/.test(lead)) return 'after';
  return undefined;
}

export const highlightText = (dataset: Dataset, key: string) => {
  const [n, i] = key.split(':').map(Number);
  return dataset.meetingByNumber(n ?? -1)?.highlights[i ?? -1]?.text ?? '';
};

/** "2022-11-25" → "25 Nov 2022", as the records' text writes dates. */
const isoToWords = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${monthName(m ?? 1)} ${y}`;
};

function claimYear(u: Understanding): number | undefined {
  // "held in 2022": the year names the meeting held then too, so read it off the words.
  const m = / (20\d\d) /.exec(u.q.text);
  return m ? Number(m[1]) : undefined;
}

/** The city a meeting is claimed to be held in ("in Beijing"): Singapore or any place the language's tables know. */
function placeClaimed(u: Understanding): string | undefined {
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  const places = ['singapore', ...(lex?.places ?? [])];
  const m = / in ([a-z]+(?: [a-z]+)?) /.exec(withoutRejected(u.q.text));
  return m?.[1] ? places.find((p) => ` ${m[1]} `.startsWith(` ${p} `)) : undefined;
}

// Where a thing is claimed to be: "in", "based in", "held in", "taking place in" … a place the tables know.
// (Said of the record itself — "the SUSS project in", "is it based in", "take place in" — never "SME owners in Southeast
// Asia", whom it serves.)
const PLACE_CLAIM =
  / (?:project|projects|mou|mous|agreement|academy|centre|center|platform|it|located|based|situated|held|hosted|place|happen|happens|happening|run|operate|operates|operating|done|carried out) (?:in|at) (?:the )?([a-z]+(?: [a-z]+){0,2}) /;

/** Singapore, China, the regions the records speak of and the cities a language's tables know. */
const placesOf = (u: Understanding): readonly string[] => [
  'singapore',
  'china',
  'greater bay area',
  'bay area',
  'southeast asia',
  ...((LEXICONS[u.lang] ?? LEXICONS.en)?.places ?? []),
];

/** The place a question claims of what it names ("is the SUSS project in Shenzhen?"), if the tables know it. */
function placeClaimedOf(u: Understanding): string | undefined {
  const m = PLACE_CLAIM.exec(u.q.text);
  return m?.[1] ? placesOf(u).find((p) => ` ${m[1]} `.startsWith(` ${p} `)) : undefined;
}

// Where a partner is claimed to be ("is TusStar in Singapore?", "is SYSU based in Guangzhou?").
const PARTNER_AT =
  / (?:in|based in|located in|headquartered in|operating in|operate in|active in) ([a-z]+(?: [a-z]+){0,2}) /;

/** The place a question claims a partner is in, if the tables know it. */
function partnerPlaceOf(u: Understanding): string | undefined {
  const m = PARTNER_AT.exec(u.q.text);
  return m?.[1] ? placesOf(u).find((p) => ` ${m[1]} `.startsWith(` ${p} `)) : undefined;
}

/** "Its first office", "the only project": an ordinal claimed of what a partner does (never a meeting's "first"). */
function ordinalClaimed(u: Understanding): { ordinal?: string } {
  const m = / (first|second|third|fourth|fifth|only) (?!jic|meeting|meetings|batch|phase|time|round)[a-z]/.exec(
    u.q.text,
  );
  const meeting = mentionsOf(u, 'meeting').some((x) => m && x.start <= m.index + 1 && x.end > m.index + 1);
  return m?.[1] && !meeting ? { ordinal: m[1] } : {};
}

/** A partner's one record whose own words say a place ("… has chosen Qianhai as the location"). */
function ownRecordSaying(dataset: Dataset, ids: string[], place: string): Subjectref | undefined {
  const said = ids.flatMap((id) =>
    [
      ...dataset.mousOf(id).map((r) => ({ kind: 'mou' as const, r })),
      ...dataset.projectsOf(id).map((r) => ({ kind: 'project' as const, r })),
    ].filter((x) => ` ${norm(x.r.description.text)} `.includes(` ${place} `)),
  );
  const one = said.length === 1 ? said[0] : undefined;
  return one ? { type: 'record', kind: one.kind, id: one.r.id } : undefined;
}
