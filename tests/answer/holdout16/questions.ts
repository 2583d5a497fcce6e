/**
 * Holdout 16: 70 questions written blind in session 20 from ../shared/sources/ only, by a reader who never saw the
 * bot's code (the fact-checker's blind set; this is its private half, the odd-numbered English questions, never
 * shown to anyone building). Personas: journalist, student, Shenzhen SME owner, Singapore civil servant, fast typist,
 * sceptic, investor. Nobody building reads these questions or their misses while the set is clean.
 */
import { c, NOT_STATED, UNSURE, type Case } from '../cases.js';
import {
  any,
  CO,
  dt,
  m,
  MONEY,
  MOU,
  my,
  nb,
  NO,
  nu,
  PROJ,
  SAME,
  SAYS_NO,
  SAYS_YES,
  UNNAMED,
  YES,
} from '../holdout-kit.js';

const LEONG = /\bJoseph Leong\b/i;
const QIN = /\bQin Weizhong\b/i;
const YONG = /\bYong Ying-?I\b/i;
const CHEN = /\bChen Rugui\b/i;
const PS = /\bPermanent Secretary\b/i;
const PKU = /\bPeking University\b|\bPKU\b/i;
const NTU = /\bNanyang Technological University\b|\bNTU\b/i;
const NUS = /\bNational University of Singapore\b|\bNUS\b/i;
const SUSS = /\bSingapore University of Social Sciences\b|\bSUSS\b/i;
const VIRTUAL = /\bvideo\b|\bvirtual|\bonline\b/i;

const COUNT: Case[] = [
  c('count', 'How many MOUs were signed at the 4th JIC meeting?', [nu(8, MOU), m(4)]),
  c('count', 'How many MOUs have been signed under the SCI in total?', [nu(29, MOU)]),
  c('count', 'how many mous at the 2nd meeting', [nu(4, MOU), m(2)]),
  c('count', 'How many new joint projects were announced at the 3rd JIC?', [nu(14, PROJ), m(3)]),
  c('count', 'How many companies signed up to operate in the Demonstration Zone at the 4th meeting?', [nu(4, CO)]),
  c('count', 'how many mous did ncs sign', [nu(3, MOU), /\bNCS\b/]),
  c('count', 'How many pillars does the SCI have?', [nu(3, 'pillars?|core pillars?')]),
  c('count', 'How many projects does Sun Yat-sen University Shenzhen take part in?', [nu(2, PROJ), /\bSun Yat-sen\b/i]),
];

const LIST: Case[] = [
  c('list', 'What were the 14 joint projects launched at the 4th JIC?', [
    /\bCrimson ?Logic\b/i,
    /\bFooyo\b/i,
    /\bRajah (?:&|and) Tann\b/i,
    /\bQuikBot\b/i,
  ]),
  c('list', 'Which MOUs were signed at the 3rd JIC?', [nu(8, MOU), UNNAMED]),
  c('list', 'Which MOUs are in the Talent Exchange group of Annex A?', [
    /\bMomentum Works\b/i,
    /\bChina-Singapore International Joint Research Institute\b|\bCSIJRI\b|\bChinese University of Hong Kong\b|\bCUHK\b/i,
    /\bShenzhen Sports Industry Group\b|\bONE Championship\b/i,
  ]),
  c('list', 'What are the three pillars of the SCI?', [
    /\bdigital connectivity\b/i,
    /\binnovation and entrepreneurship\b/i,
    /\btalent exchange\b/i,
  ]),
  c('list', "Which of the 3rd JIC's key projects are named?", [
    /\bcommercial vehicles?\b|商用车/i,
    /\bcarbon (?:dioxide )?capture\b|\bCCUS\b|二氧化碳/i,
    /\blibrary\b|图书馆/i,
  ]),
  c('list', 'Which 4th JIC projects are about AI?', [
    /\bRehabilitation\b/i,
    any(NTU, /\bswarm\b|\bAI algorithms?\b/),
    /\bEE Music\b|\bShenkun\b|\bmetaverse\b/i,
  ]),
  c('list', 'Which banks ran TradeTrust trials?', [/\bUOB\b/, /\bDBS\b/]),
  c('list', 'Which Singapore universities are involved?', [NTU, NUS, SUSS]),
  c('list', 'Which research institutes take part?', [
    /\bChina-Singapore International Joint Research Institute\b|\bCSIJRI\b/i,
  ]),
  c('list', 'singapore companies in the 4th jic projects', [
    /\bCrimson ?Logic\b/i,
    /\bKeppel\b/i,
    /\bFooyo\b/i,
    /\bQuikBot\b/i,
  ]),
  c('list', 'Which law firms are in the SCI?', [/\bRajah (?:&|and) Tann\b/i]),
  c('list', 'Which sports organisations take part?', [/\bShenzhen Sports Industry Group\b/i, /\bONE Championship\b/i]),
  c('list', 'MOUs signed at JIC 4?', [any(nu(8, MOU), /\bKeppel\b[\s\S]*\bQuikBot\b[\s\S]*\bEE Music\b/)]),
];

const WHO: Case[] = [
  c('who', 'Who co-chaired the 4th JIC meeting?', [LEONG, QIN]),
  c('who', 'Who co-chaired the 2nd JIC?', [YONG, QIN]),
  // Yong Ying-I held the post at the 2019–2021 events, Joseph Leong at the 3rd and 4th meetings: never "Yong is" it.
  c(
    'who',
    'Who is the Permanent Secretary for Communications and Information?',
    [LEONG],
    [/\bYong Ying-?I is (?:the )?Permanent Secretary\b/i],
  ),
];

const WHAT: Case[] = [
  c('what', 'What is the Keppel–Peking University MOU about?', [/\bdata\b/i, /\btalents?\b|\btraining\b/i]),
  c('what', "What does Momentum Works' MOU aim to do?", [/\btalent\b/i, /\binvestment\b/i, /\bQianhai\b/i]),
  c('what', 'What is the NTU project about?', [/\bAI algorithms?\b|\bswarm\b|\bsmart city applications\b/i]),
  c('what', 'What does the SUSS project do?', [/\bSuccess Academy\b|\btertiary education\b|\bnurture talent\b/i]),
  c('what', 'What is the JIC?', [/\bJoint Implementation Committee\b/i]),
];

const WHEN: Case[] = [
  c('when', 'When was the 4th JIC meeting held?', [dt('2023-12-14')]),
  c('when', 'When was the Smart City Initiative founded?', [/\b2019\b/]),
  c('when', 'When was the first JIC meeting?', [dt('2020-06-17')]),
];

const WHERE: Case[] = [c('where', 'Where was the SCI founding MOU signed?', [/\bChongqing\b/i])];

const YESNO: Case[] = [
  c('yesno', 'Was the 4th JIC meeting held in Singapore?', [NO, /\bShenzhen\b/], [SAYS_YES]),
  c('yesno', 'Did Keppel sign an MOU with Tsinghua University?', [NO, PKU], [SAYS_YES]),
  c('yesno', 'Why did Joseph Leong co-chair the first JIC meeting?', [YONG, CHEN], [SAYS_YES]),
  c('yesno', 'Did DataPost sign with Alibaba?', [NO, /\bKingdee\b/i], [SAYS_YES]),
  c('yesno', 'Did Qin Weizhong co-chair the 1st JIC?', [NO, CHEN], [SAYS_YES]),
  c('yesno', 'Was the SCI launched in 2017?', [NO, /\b2019\b/], [SAYS_YES]),
  c('yesno', 'Did the 2nd JIC take place in person in Singapore?', [NO, VIRTUAL], [SAYS_YES]),
  c(
    'yesno',
    'Since CapitaLand signed two MOUs at the 4th JIC, what was the second one?',
    [/\bQianhai Service Group\b/i, /\b(?:one|1|single|only)\b|\bno second\b|\bnot two\b/i],
    [SAYS_YES],
  ),
  c('yesno', "Isn't TradeTrust a Shenzhen government platform?", [NO, /\bIMDA\b/], [SAYS_YES]),
  c('yesno', 'The 4th JIC was co-chaired by Heng Swee Keat, right?', [NO, LEONG, QIN], [SAYS_YES]),
];

const COMPARE: Case[] = [
  c('compare', 'Were more MOUs signed in 2023 than in 2022?', [nb(8), SAME], [SAYS_YES]),
  c('compare', 'Did the 4th JIC sign more MOUs than the 2nd?', [YES, nb(8), nb(4)], [SAYS_NO]),
  c('compare', 'How many more projects were there in total after the 4th meeting than after the 3rd?', [
    nb(14),
    /\b43\b/,
    /\b29\b/,
  ]),
];

const MOST: Case[] = [
  c('most', 'Which meeting had the fewest MOUs?', [m(2), nu(4, MOU)]),
  c('most', 'Which Annex A group has the most MOUs?', [
    nb(4),
    /\bKeppel\b|\bCapita[Ll]and\b|\bHashmeta\b|\bQuikBot\b/i,
  ]),
  c('most', 'Which was the earliest JIC meeting and which the latest?', [m(1), my(2020, 6), m(4), my(2023, 12)]),
];

const OUTCOME: Case[] = [
  c('outcome', 'What did the 2nd JIC meeting achieve?', [nu(4, MOU), /\bNCS\b/, /\bDataPost\b/i]),
  c('outcome', 'What is TusStar?', [/\bincubator\b/i, /\b10,?000\b/]),
  c('outcome', 'whats the simc scia thing', [/\bmediation\b|\bMed-?Arb\b/i]),
  c('outcome', 'What is the GIA node in Shenzhen?', [/\bGlobal Innovation Alliance\b/i, /\bXNode\b/i]),
  c('outcome', 'What happened when DPM Heng visited Shenzhen in April 2024?', [
    QIN,
    /\bpathfinder\b|\banniversary\b|\bdigital trade\b|\bdata flows?\b/i,
  ]),
];

const PERSON: Case[] = [c('person', 'Who is Yong Ying-I?', [PS]), c('person', 'WHO IS JOSEPH LEONG??', [PS])];

const QUOTE: Case[] = [c('quote', 'What did Joseph Leong say at the 4th JIC?', [/\bcomplementarities\b/i])];

const ZONE: Case[] = [
  c('zone', 'What is the Singapore-Shenzhen Smart City Demonstration Zone?', [/\btest/i]),
  c('zone', 'Which companies will operate first in the Demonstration Zone?', [UNNAMED]),
];

const TWO: Case[] = [
  c('two', 'What are QuikBot and Guardforce doing together?', [/\bdelivery\b/i]),
  c('two', 'What did NTU and Sun Yat-sen University do together?', [
    /\bAI algorithms?\b|\bswarm\b|\bsmart city applications\b/i,
  ]),
  c('two', 'did ee music and shenkun sign anything', [YES, /\bMOU\b/i, /\bmetaverse\b|\bmusic\b/i], [SAYS_NO]),
  c('two', 'Did NUS and Peking University sign an MOU together?', [NO, /\bKeppel\b|\bBosum\b/i], [SAYS_YES]),
];

const MISSING: Case[] = [
  c('missing', 'Who is the CEO of QuikBot Technologies?', [NOT_STATED]),
  c('missing', 'Who signed the Keppel–Peking University MOU on behalf of Keppel?', [UNNAMED]),
  c(
    'missing',
    'When will the QuikBot–Guardforce delivery robots be deployed?',
    [NOT_STATED],
    [/\b(?:be )?deployed (?:in|on|by) \d/i],
  ),
  c('missing', "What was TusStar's revenue last year?", [NOT_STATED], [MONEY]),
];

const UNSURE_CASES: Case[] = [
  c('unsure', 'sci stuff??', [any(UNSURE, /\bSmart City Initiative\b/)]),
  c(
    'unsure',
    'Should I invest in QuikBot?',
    [
      any(
        UNSURE,
        NOT_STATED,
        /\b(?:no|not|can't|cannot|don't|do not) (?:give |offer |provide )?(?:investment |financial )?advi[cs]e\b/,
      ),
    ],
    [SAYS_YES, /\byou should invest\b/i],
  ),
];

const HOSTILE: Case[] = [
  c('hostile', 'you useless bot, how many MOUs did the 3rd JIC sign, idiot', [nu(8, MOU), m(3)]),
];

export const HOLDOUT16: readonly Case[] = [
  ...COUNT,
  ...LIST,
  ...WHO,
  ...WHAT,
  ...WHEN,
  ...WHERE,
  ...YESNO,
  ...COMPARE,
  ...MOST,
  ...OUTCOME,
  ...PERSON,
  ...QUOTE,
  ...ZONE,
  ...TWO,
  ...MISSING,
  ...UNSURE_CASES,
  ...HOSTILE,
];
