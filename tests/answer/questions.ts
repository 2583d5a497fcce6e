/**
 * Questions people ask, written from the source documents (../shared/sources/), each with the facts
 * its answer must show (in content or embeds, case-insensitive) and, optionally, what it must not.
 * The expected facts were read off the documents, not off the bot's output.
 */
export interface QuestionCase {
  q: string;
  kind: 'count' | 'whoSigned' | 'about' | 'involve' | 'meeting' | 'initiative' | 'notInSources' | 'fallback';
  must: string[];
  mustNot?: string[];
}

export const QUESTIONS: readonly QuestionCase[] = [
  // counts — 001 press release: "43 projects have been initiated and 29 MOUs have been signed at SCI JIC meetings"
  { q: 'How many MOUs have been signed?', kind: 'count', must: ['29', '4th JIC', '12'] },
  { q: 'how many mous so far', kind: 'count', must: ['29'] },
  { q: 'How many memoranda of understanding were signed in total?', kind: 'count', must: ['29'] },
  { q: 'total number of MoUs?', kind: 'count', must: ['29', '28'] },
  { q: 'How many projects have been initiated?', kind: 'count', must: ['43', '14'] },
  { q: 'how many joint projects are there', kind: 'count', must: ['43'] },
  { q: 'How many projects and MOUs so far?', kind: 'count', must: ['43', '29'] },
  // 004: 3rd JIC — 8 MOUs, 14 new joint projects; 29 projects and 21 MOUs to date
  { q: 'How many MOUs were signed at the 3rd JIC?', kind: 'count', must: ['8', '3rd JIC'] },
  { q: 'how many projects were launched at the third JIC meeting', kind: 'count', must: ['14'] },
  { q: 'How many new projects in 2022?', kind: 'count', must: ['14', '3rd JIC'] },
  { q: 'how many MOUs at JIC 3', kind: 'count', must: ['8', '21'] },
  { q: 'How many MOUs had been signed by the 3rd JIC in total?', kind: 'count', must: ['21', '29'] },
  // 001: 4th JIC — eight MOUs, 14 new joint projects
  { q: 'How many MOUs were signed at the 4th JIC?', kind: 'count', must: ['8', '4th JIC'] },
  { q: 'How many projects were launched at the fourth meeting?', kind: 'count', must: ['14'] },
  { q: 'how many projects in 2023', kind: 'count', must: ['14', '4th JIC'] },
  // timeline: 1st JIC 8 MOUs (projects not stated); 2nd JIC 4 MOUs
  { q: 'How many MOUs were signed at the first JIC?', kind: 'count', must: ['8', '1st JIC'] },
  { q: 'How many MOUs in 2021?', kind: 'count', must: ['4', '2nd JIC'] },
  { q: 'How many projects were launched at the 1st JIC?', kind: 'count', must: ['not stated'] },
  { q: 'how many mous were signed at the 2nd jic meeting?', kind: 'count', must: ['4'] },
  // 001: Demonstration Zone — four new projects; four companies
  { q: 'How many Demonstration Zone projects are there?', kind: 'count', must: ['4', 'biomedicine'] },
  { q: 'how many companies will operate in the demo zone?', kind: 'count', must: ['4', 'first batch'] },
  // Annex A groups
  { q: 'How many MOUs are in the Talent Exchange group?', kind: 'count', must: ['3', 'Talent Exchange'] },
  { q: 'How many MOUs per pillar?', kind: 'count', must: ['Talent Exchange', 'AI'] },
  { q: 'how many MOUs under the AI pillar', kind: 'count', must: ['1', 'EE Music'] },
  // partners per country (counted from Annex A/B and the timeline)
  { q: 'How many partners are there?', kind: 'count', must: ['Singapore', 'China'] },
  { q: 'How many Singapore partners are there?', kind: 'count', must: ['Singapore', 'Keppel'] },
  { q: 'how many chinese partners', kind: 'count', must: ['China', 'Peking University'] },
  { q: 'How many JIC meetings have there been?', kind: 'count', must: ['4', '14 Dec 2023'] },
  { q: 'How many MOUs did NCS sign?', kind: 'count', must: ['3'] },

  // who signed — Annex A and the timeline
  { q: 'Who signed with Keppel?', kind: 'whoSigned', must: ['Peking University'] },
  { q: 'who signed an MOU with CapitaLand?', kind: 'whoSigned', must: ['Qianhai Service Group'] },
  { q: 'Who did QuikBot sign with?', kind: 'whoSigned', must: ['Guardforce'] },
  { q: 'who signed with hashmeta', kind: 'whoSigned', must: ['Hand-painted'] },
  { q: 'Who signed with Momentum Works?', kind: 'whoSigned', must: ['Qianhai International Talent Service'] },
  { q: 'Who signed with CUHK-Shenzhen?', kind: 'whoSigned', must: ['China-Singapore International Joint Research Institute'] },
  { q: 'who signed with ONE Championship China?', kind: 'whoSigned', must: ['Shenzhen Sports Industry Group'] },
  { q: 'Who signed with Kingdee?', kind: 'whoSigned', must: ['DataPost'] },
  { q: 'Who signed the AI MOU?', kind: 'whoSigned', must: ['EE Music', 'Shenkun'] },
  { q: 'who signed the energy storage MOU', kind: 'whoSigned', must: ['China-Singapore International Joint Research Institute', 'Chinese University of Hong Kong'] },
  { q: 'Who signed the e-invoicing MOU?', kind: 'whoSigned', must: ['DataPost', 'Kingdee'] },
  { q: 'who are the parties to the sports MOU', kind: 'whoSigned', must: ['ONE Championship', 'Shenzhen Sports Industry Group'] },
  { q: 'Who signed the MOUs at the 2nd JIC?', kind: 'whoSigned', must: ['NCS', 'DataPost', 'Kingdee'] },
  { q: 'Who signed MOUs at the 4th JIC meeting?', kind: 'whoSigned', must: ['Keppel', 'Hashmeta', 'QuikBot', 'EE Music'] },
  { q: 'who signed the MOUs at the 1st JIC?', kind: 'whoSigned', must: ['8', 'Eezee'] },
  { q: 'Which Singapore partners signed MOUs?', kind: 'whoSigned', must: ['Keppel', 'Hashmeta', 'DataPost'], mustNot: ['Peking University signed'] },
  { q: 'Which companies signed up for the demonstration zone?', kind: 'whoSigned', must: ['not named'] },
  { q: 'Did Keppel sign with Peking University?', kind: 'whoSigned', must: ['Keppel', 'Peking University', '4th JIC'] },
  { q: 'who signed with keppell', kind: 'whoSigned', must: ['Peking University'] },
  { q: 'who signed with NCS?', kind: 'whoSigned', must: ['technology compan'] },

  // what is / tell me about
  { q: 'Tell me about the QuikBot project', kind: 'about', must: ['logistics delivery', 'Guardforce'] },
  { q: 'What is the Keppel MOU?', kind: 'about', must: ['Peking University', 'spatiotemporal'] },
  { q: 'what is Rajah & Tann doing?', kind: 'about', must: ['Qianhai', 'representative office'] },
  { q: 'tell me about Fooyo', kind: 'about', must: ['tourism'] },
  { q: 'What is the Success Academy?', kind: 'about', must: ['SUSS', 'tertiary education'] },
  { q: 'Who is TusStar?', kind: 'about', must: ['incubator', '10,000'] },
  { q: 'What happened at the 3rd JIC?', kind: 'about', must: ['25 Nov 2022', '8', '14'] },
  { q: 'tell me about the fourth JIC', kind: 'about', must: ['14 Dec 2023', 'Shenzhen'] },
  { q: 'What is the Demonstration Zone?', kind: 'about', must: ['testing ground'] },
  { q: 'what is the SCI?', kind: 'about', must: ['2019', 'Greater Bay Area'] },
  { q: 'What is the EE Music project?', kind: 'about', must: ['music', 'metaverse'] },
  { q: 'What is the NUS Business School project about?', kind: 'about', must: ['Bosum'] },
  { q: 'what did the Singapore Rehabilitation Institute do', kind: 'about', must: ['rehabilitation'] },

  // which projects / MOUs involve a partner or a topic
  { q: 'Which projects involve Sun Yat-sen University?', kind: 'involve', must: ['Singapore Rehabilitation Institute', 'Nanyang Technological University'] },
  { q: 'which projects involve SYSU', kind: 'involve', must: ['rehabilitation', 'AI algorithms'] },
  { q: 'What did CapitaLand sign?', kind: 'involve', must: ['Qianhai Service Group'] },
  { q: 'Which projects are about AI?', kind: 'involve', must: ['EE Music', 'Sun Yat-sen'] },
  { q: 'Which projects are about logistics?', kind: 'involve', must: ['Crimson Logic', 'QuikBot'] },
  { q: 'Which MOUs are about talent?', kind: 'involve', must: ['Momentum Works'] },
  { q: 'projects about energy storage', kind: 'involve', must: ['Chinese University of Hong Kong'] },
  { q: 'which MOUs involve Peking University', kind: 'involve', must: ['Keppel'] },
  { q: 'Which projects does Keppel take part in?', kind: 'involve', must: ['Peking University'] },
  { q: 'Which MOUs are about robotics?', kind: 'involve', must: ['NCS'] },
  { q: 'what projects involve NTU', kind: 'involve', must: ['Sun Yat-sen'] },
  { q: 'which projects are about tourism', kind: 'involve', must: ['Fooyo'] },
  { q: 'which projects were launched at the 4th JIC', kind: 'involve', must: ['Crimson Logic', 'QuikBot'] },

  // meetings: when, where, co-chairs
  { q: 'When was the 3rd JIC?', kind: 'meeting', must: ['25 Nov 2022'] },
  { q: 'When was the 4th JIC meeting held?', kind: 'meeting', must: ['14 Dec 2023', '15 Dec 2023'] },
  { q: 'when was the first JIC', kind: 'meeting', must: ['17 Jun 2020'] },
  { q: 'When did the 2nd JIC meeting take place?', kind: 'meeting', must: ['18 Oct 2021'] },
  { q: 'Where was the 4th JIC held?', kind: 'meeting', must: ['Shenzhen'] },
  { q: 'where was jic 1', kind: 'meeting', must: ['virtually'] },
  { q: 'Where was the third meeting held?', kind: 'meeting', must: ['video link'] },
  { q: 'Who co-chaired the 4th JIC?', kind: 'meeting', must: ['Joseph Leong', 'representative from the Chinese government', 'Qin Weizhong'] },
  { q: 'Who chaired the 3rd JIC meeting?', kind: 'meeting', must: ['Joseph Leong', 'Qin Weizhong'] },
  { q: 'who co-chaired the first JIC', kind: 'meeting', must: ['Yong Ying-I', 'Chen Rugui'] },
  { q: 'Who co-chaired JIC 2?', kind: 'meeting', must: ['Yong Ying-I', 'Qin Weizhong'] },
  { q: 'When was the latest JIC meeting?', kind: 'meeting', must: ['14 Dec 2023'] },
  { q: 'When was the 5th JIC?', kind: 'meeting', must: ['4th JIC'], mustNot: ['5th JIC meeting was held'] },

  // people (timeline-facts.md, 000, 004)
  { q: 'Who is Qin Weizhong?', kind: 'meeting', must: ['Mayor of Shenzhen', '2nd JIC'] },
  { q: 'who is the mayor of shenzhen', kind: 'meeting', must: ['Qin Weizhong'] },

  // the initiative
  { q: 'What are the pillars of the SCI?', kind: 'initiative', must: ['digital connectivity', 'innovation and entrepreneurship', 'talent exchange'] },
  { q: 'what are the three core pillars', kind: 'initiative', must: ['digital connectivity'] },
  { q: 'When did the Smart City Initiative begin?', kind: 'initiative', must: ['2019'] },
  { q: 'when was the SCI launched?', kind: 'initiative', must: ['15 Oct 2019', 'Chongqing'] },
  { q: 'Who signed the founding MOU?', kind: 'initiative', must: ['Yong Ying-I', 'Chen Rugui'] },

  // what the sources do not say
  { q: 'How much money was invested?', kind: 'notInSources', must: ["don't say"], mustNot: ['$'] },
  { q: "What's the budget of the SCI?", kind: 'notInSources', must: ["don't say"] },
  { q: 'How many jobs were created?', kind: 'notInSources', must: ["don't say"] },
  { q: 'When is the next JIC meeting?', kind: 'notInSources', must: ["don't say", '4th JIC'] },
  { q: 'What is the value of the CapitaLand development fund?', kind: 'notInSources', must: ["don't say"] },

  // robustness of phrasing
  { q: '<@123456789> how many projects so far?', kind: 'count', must: ['43'] },
  { q: 'HOW MANY MOUS WERE SIGNED AT THE THIRD JIC???', kind: 'count', must: ['8'] },
  { q: 'hey bot, could you please tell me who signed with guardforce', kind: 'whoSigned', must: ['QuikBot'] },
];
