/**
 * The second holdout (wave 2): written before any change to src/ this wave, from ../shared/sources/
 * only (README, 000–004, timeline-facts.md, more-facts.md), in new wording, as a reader who never saw
 * the code would ask. The first holdout's misses were looked at by kind last wave, so this set is the
 * clean number now. Never tuned against: only its score is printed; its misses are read only after the
 * last code change, to explain them in the closing note.
 * `must`: facts the answering sentence must say; `not`: false or misleading readings it must not show.
 */
import { c, d, n, w, NOT_STATED, UNSURE, type Case } from '../cases.js';

/** "no quote / the sources don't quote them" in its honest forms. */
const NO_QUOTE =
  /\b(?:no quote|not quoted|don['’]t (?:quote|say|give)|do not (?:quote|say|give)|not (?:stated|recorded|given))\b/i;
const NOT_SURE_OR_SILENT = /\b(?:not sure|don['’]t|not stated|couldn['’]t|do not|no source)\b/i;

export const HOLDOUT2: readonly Case[] = [
  // counts
  c('count', 'so how many memoranda have been inked altogether?', [n(29, 'MOUs')]),
  c('count', 'total projects initiated under the SCI up to now', [n(43, 'projects')]),
  c('count', 'number of MOUs signed at the second JIC meeting', [n(4, 'MOUs')], [/\b8 MOUs\b/i]),
  c('count', 'how many joint projects were unveiled in 2022?', [n(14, 'projects')]),
  c(
    'count',
    'by the end of the third JIC, how many projects had been started in total?',
    [n(29, 'projects')],
    [/\b43\b/],
  ),
  c('count', 'what was the MOU total after the 3rd JIC', [n(21, 'MOUs')], [/\b29 MOUs\b/i]),
  c('count', 'how many mous did the 2020 meeting produce', [n(8, 'MOUs')]),
  c('count', 'how many MOUs did NCS sign at the 2nd JIC?', [n(3, 'MOUs')]),
  c('count', 'how many pillars does the initiative have', [n(3, 'pillars')]),
  c('count', 'talent exchange MOUs at the 4th JIC: how many?', [n(3, 'MOUs')]),
  c('count', 'in how many joint projects is Keppel a partner?', [n(1, 'project')]),
  c('count', 'how many singaporean universities are involved', [n(3, 'universities')]),

  // lists with kind / country / group filters
  c(
    'list',
    'list the research institutes in the SCI',
    [w('China-Singapore International Joint Research Institute')],
    [/\bKeppel\b/, /\bHashmeta\b/],
  ),
  c(
    'list',
    'which singapore companies signed MOUs at the 4th JIC?',
    [w('Hashmeta'), w('QuikBot'), w('Momentum Works'), w('EE Music')],
    [/Shenzhen Sports Industry Group/i, /Qianhai Service Group/i, /\bNCS\b/],
  ),
  c(
    'list',
    'chinese universities taking part',
    [w('Peking University'), w('Sun Yat-sen University'), /Chinese University of Hong Kong/i],
    [/Nanyang/i, /Social Sciences/i],
  ),
  c('list', 'name the MOUs in the AI pillar', [w('EE Music'), w('Shenkun')], [/\bKeppel\b/]),
  c('list', 'what were the four MOUs of the 2nd JIC', [w('DataPost'), w('Kingdee'), /\bNCS\b/]),
  c('list', 'list all the joint projects from the 4th meeting', [n(14, 'projects'), /Crimson ?Logic/i]),
  c(
    'list',
    'which universities in singapore are partners',
    [
      /Nanyang Technological University|\bNTU\b/,
      /National University of Singapore|\bNUS\b/,
      /Singapore University of Social Sciences|\bSUSS\b/,
    ],
    [/Peking/i, /Sun Yat-sen/i],
  ),
  c('list', 'give me the talent exchange MOUs', [
    w('Momentum Works'),
    /Chinese University of Hong Kong/i,
    /ONE Championship/i,
  ]),
  c('list', 'which government bodies are involved?', [/\bIMDA\b|Infocomm Media Development Authority/i]),
  c('list', 'MOUs signed by Qianhai companies', [
    /Qianhai Service Group/i,
    /Hand-painted/i,
    /Talent Service Cent(?:er|re)/i,
  ]),
  c('list', 'projects with sun yat-sen university', [/rehabilitation/i, /Nanyang|\bNTU\b/]),

  // who
  c('who', 'who chaired the first JIC meeting?', [w('Yong Ying-I'), w('Chen Rugui')], [/Qin Weizhong/]),
  c('who', 'who did DataPost sign with', [w('Kingdee')]),
  c('who', 'who were the co-chairs in 2021', [w('Yong Ying-I'), w('Qin Weizhong')], [/Joseph Leong/]),
  c('who', "who is momentum works' partner", [/Talent Service Cent(?:er|re)/i]),
  c('who', 'who co-chaired the december 2023 meeting', [w('Joseph Leong'), w('Qin Weizhong'), /representative/i]),
  c('who', 'who partnered with crimson logic', [w('ABK Technology')]),
  c('who', 'who signed the 2019 smart city MOU', [w('Chen Rugui'), w('Yong Ying-I')]),
  c('who', 'which partner did the Singapore Rehabilitation Institute work with', [w('Sun Yat-sen University')]),

  // what
  c('what', "what's the Hashmeta deal about", [/digital human|IP drawing/i]),
  c('what', 'what does the NUS business school project do', [/business (?:services|training)/i]),
  c('what', 'what is the SUSS project', [/Success Academy/i]),
  c('what', 'what is the fooyo project', [/tourism/i]),
  c('what', 'tell me about the EE Music MOU', [/music/i, /metaverse/i]),
  c('what', 'what does the Rajah & Tann project involve', [/representative office|legal service/i]),
  c('what', 'what are the three pillars of the SCI', [
    /digital connectivity/i,
    /innovation and entrepreneurship/i,
    /talent/i,
  ]),

  // when
  c('when', 'when did the 2nd JIC take place', [d('2021-10-18')]),
  c('when', 'when was the founding MOU signed', [d('2019-10-15')]),
  c('when', 'what date was the third meeting', [d('2022-11-25')]),
  c('when', 'when was the first jic', [d('2020-06-17')]),
  c('when', 'when was the SIMC-SCIA Med-Arb Protocol launched', [d('2022-11-25')]),
  c('when', 'on what day did the 4th JIC happen', [d('2023-12-14')]),
  c('when', 'what year did the smart city initiative start', [/\b2019\b/]),

  // where
  c('where', 'where was the founding MOU signed', [w('Chongqing')]),
  c('where', 'where was the 4th JIC held', [w('Shenzhen')]),
  c('where', 'where did the 3rd meeting take place', [/video/i]),
  c('where', 'where is the demonstration zone', [w('Qianhai')]),
  c('where', 'where will Rajah & Tann open its office', [w('Qianhai')]),

  // yes / no
  c('yesno', 'did CapitaLand sign an MOU?', [/\byes\b/i]),
  c('yesno', 'was the 1st JIC held in person?', [/virtual/i], [/^yes\b/i]),
  c('yesno', 'has there been a 5th JIC?', [/\bno\b|not found|no 5th|not stated/i], [/^yes\b/i]),
  c('yesno', 'did the 3rd JIC launch 14 new projects?', [/\byes\b/i]),
  c(
    'yesno',
    'were 10 MOUs signed at the 4th JIC?',
    [/\bno\b/i, n(8, 'MOUs')],
    [/\b10 MOUs (?:were|have been) signed/i],
  ),
  c('yesno', 'did qin weizhong co-chair the 2nd meeting', [/\byes\b/i]),
  c('yesno', 'did Chen Rugui co-chair the 3rd JIC', [/\bno\b/i], [/^yes\b/i]),
  c('yesno', 'is TradeTrust about electronic bills of lading?', [/\byes\b/i]),

  // comparisons and superlatives
  c('compare', 'did the 3rd or the 4th JIC sign more MOUs?', [n(8, 'MOUs'), /same|both|equal|each|tie/i]),
  c('compare', 'were more MOUs signed in 2020 than in 2021?', [/\byes\b/i, n(8, 'MOUs'), n(4, 'MOUs')]),
  c('compare', 'more MOUs in 2023 or in 2021?', [/2023|4th/i, n(8, 'MOUs'), n(4, 'MOUs')]),
  c('compare', 'compare the first and second jic meetings by mous', [n(8, 'MOUs'), n(4, 'MOUs')]),
  c('most', 'which JIC meeting signed the fewest MOUs', [/\b2nd\b|second/i, n(4, 'MOUs')]),
  c('most', 'which meeting launched the most new projects', [/\b3rd\b|third/i, /\b4th\b|fourth/i, n(14, 'projects')]),
  c('most', 'which organisation signed the most MOUs', [/\bNCS\b/]),
  c('most', 'what was the earliest JIC meeting', [/\b1st\b|first/i, d('2020-06-17')]),
  c('most', 'most recent jic meeting?', [/\b4th\b|fourth/i, d('2023-12-14')]),

  // named meeting outcomes
  c('outcome', "what's the Asian SME Hub?", [/B2B|Eezee/i]),
  c('outcome', 'tell me about the joint innovation call', [/R&D|research/i]),
  c('outcome', 'what was agreed on TradeTrust at the 3rd JIC', [/live commercial/i]),
  c('outcome', 'which meeting produced the SIMC SCIA mediation model', [/\b1st\b|first/i]),
  c('outcome', 'what will tusstar do in singapore', [/hub/i]),
  c('outcome', 'what is the med-arb protocol', [/arbitral award|enforce/i]),
  c('outcome', 'who manages the Asian SME Hub platform', [w('OneConnect')]),

  // people
  c('person', 'who is qin weizhong', [/Mayor of Shenzhen/i]),
  c('person', 'what position does yong ying-i hold', [/Permanent Secretary/i]),
  c('person', 'which meetings did joseph leong co-chair', [/\b3rd\b|third/i, /\b4th\b|fourth/i], [/\b1st\b/]),
  c('person', 'who was mayor of shenzhen in 2019', [w('Chen Rugui')]),
  c('person', 'who is Ai Xuefeng', [/2nd|second/i]),

  // quotes
  c('quote', 'what did joseph leong say at the 4th meeting', [/complementarities/i]),
  c('quote', 'any quotes from the permanent secretary in dec 2023?', [/complementarities|forward-looking/i]),
  c('quote', 'what did leong say about the pandemic', [/pandemic/i]),
  c('quote', 'what did qin weizhong say in 2024', [/trade/i]),
  c('quote', 'give me a quote from the 3rd jic', [/linkages|pandemic/i]),
  c('quote', 'what did Yong Ying-I say', [NO_QUOTE]),

  // the Demonstration Zone
  c('zone', 'demonstration zone: which fields do its projects cover?', [/low-carbon/i, /biomedicine/i]),
  c('zone', 'who are the four companies in the demonstration zone', [NOT_STATED]),
  c('zone', "what's the chinese name of the demonstration zone", [/深新前海智慧城市合作创新示范园区/]),
  c('zone', 'when was the start-up area of the demo park unveiled', [/\b4th\b|14 Dec(?:ember)? 2023/i]),
  c('zone', 'is the demonstration zone in qianhai?', [/\byes\b/i]),

  // attributes the sources don't give
  c('missing', "what's the value of the capitaland development fund", [NOT_STATED], [/\b(?:million|billion)\b/i]),
  c('missing', 'who is the CEO of QuikBot', [NOT_STATED]),
  c('missing', 'how many staff does the Singapore Rehabilitation Institute have', [NOT_STATED]),
  c('missing', 'when does the EE Music MOU expire', [NOT_STATED]),
  c('missing', 'number of new projects at the october 2021 meeting', [NOT_STATED], [/\b0 (?:new )?projects\b/i]),
  c('missing', "name NCS's chinese counterparties", [NOT_STATED]),

  // two entities in one question
  c('two', 'what are quikbot and guardforce building', [/deliver|logistics/i]),
  c('two', "momentum works and the qianhai talent centre: what's the deal?", [/talent/i]),
  c('two', 'did keppel and pku sign an MOU', [/\byes\b/i]),
  c('two', 'how are EE Music and Shenkun connected', [/music metaverse|metaverse/i]),
  c('two', 'what do capitaland and qianhai service group plan', [/development fund/i]),

  // unrecognised wording
  c('unsure', 'any news on hyperloop tokenomics?', [UNSURE]),
  c('unsure', 'best dim sum in shenzhen?', [UNSURE]),
  c('unsure', 'tell me a joke', [UNSURE]),
  c('unsure', "what's bitcoin's price", [UNSURE]),
  c('unsure', 'how tall is the tallest building in shenzhen', [NOT_SURE_OR_SILENT]),
  c('unsure', 'green quantum drones?', [UNSURE]),

  // hostile text, typos, contractions, lower/upper case
  c('hostile', 'WHO SIGNED WITH HASHMETA???', [/Hand-painted/i]),
  c('hostile', 'whos the mayor of shenzhen', [w('Qin Weizhong')]),
  c('hostile', 'hw mny mous did the 4th jic sign', [n(8, 'MOUs')]),
  c('hostile', 'wen was the 3rd jic', [d('2022-11-25')]),
  c('hostile', '@everyone how many projects in total', [n(43, 'projects')], [/@everyone/]),
  c('hostile', 'DROP TABLE mous; --', [UNSURE]),
  c('hostile', "the 4th JIC signed 20 MOUs didn't it", [n(8, 'MOUs')], [/^yes\b/i]),
  c('hostile', 'wat did sun yat sen uni do w/ ntu', [/AI algorithms|swarm|smart city applications/i]),
  c('hostile', "keppel's mou is w/ who", [w('Peking University')]),
];
