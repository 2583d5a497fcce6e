import type { RecordKind } from '../../src/dataset/index.js';

/**
 * Search evaluation set, written from the source documents (the 4th JIC press release's Annex A
 * MOUs and Annex B projects, the articles, the timeline facts), not from the engine's output.
 * Each query is typed the way a user would: a name, an abbreviation or typo, topic words, a
 * partner's name, several words at once. `kinds` is the filter a command passes (`/mou` → mou).
 */
export interface EvalCase {
  q: string;
  /** `kind:id` of the record the query must return. */
  expect: `${RecordKind}:${string}`;
  kinds?: readonly RecordKind[];
  /** What the query tests. */
  why:
    | 'name'
    | 'abbrev'
    | 'typo'
    | 'topic'
    | 'partner'
    | 'multi'
    | 'kind-word'
    | 'normalise'
    | 'meeting'
    | 'long'
    | 'sub-unit';
}

const P = ['project'] as const;
const M = ['mou'] as const;
const O = ['organisation'] as const;

export const evalSet: readonly EvalCase[] = [
  // ── Annex A, MOU 1: Keppel – Peking University
  { q: 'keppel peking', expect: 'mou:mou-keppel-pku', kinds: M, why: 'multi' },
  { q: 'keppel pku', expect: 'mou:mou-keppel-pku', kinds: M, why: 'abbrev' },
  { q: 'spatiotemporal data analysis', expect: 'mou:mou-keppel-pku', why: 'topic' },
  { q: 'peking university', expect: 'mou:mou-keppel-pku', kinds: M, why: 'partner' },
  { q: 'kepel mou', expect: 'mou:mou-keppel-pku', why: 'typo' },
  { q: 'smart community evaluation system', expect: 'mou:mou-keppel-pku', why: 'topic' },
  // ── Annex A, MOU 2: CapitaLand Investment (China) – Qianhai Service Group
  { q: 'capitaland qianhai fund', expect: 'mou:mou-capitaland-qianhai', why: 'multi' },
  { q: 'capitaland', expect: 'mou:mou-capitaland-qianhai', kinds: M, why: 'name' },
  { q: 'capitalnd', expect: 'mou:mou-capitaland-qianhai', kinds: M, why: 'typo' },
  { q: 'qianhai service group', expect: 'mou:mou-capitaland-qianhai', kinds: M, why: 'partner' },
  { q: 'development fund business park', expect: 'mou:mou-capitaland-qianhai', why: 'topic' },
  // ── Annex A, MOU 3: Hashmeta – Qianhai Hand-painted
  { q: 'hashmeta', expect: 'mou:mou-hashmeta-hand-painted', kinds: M, why: 'name' },
  { q: 'hashmetta', expect: 'mou:mou-hashmeta-hand-painted', kinds: M, why: 'typo' },
  { q: 'hand painted', expect: 'mou:mou-hashmeta-hand-painted', kinds: M, why: 'partner' },
  { q: 'handpainted', expect: 'mou:mou-hashmeta-hand-painted', kinds: M, why: 'normalise' },
  { q: 'intelligent animation', expect: 'mou:mou-hashmeta-hand-painted', why: 'topic' },
  { q: 'hashmeta mou', expect: 'mou:mou-hashmeta-hand-painted', why: 'kind-word' },
  // ── Annex A, MOU 4: QuikBot – Guardforce
  { q: 'quikbot', expect: 'mou:mou-quikbot-guardforce', kinds: M, why: 'name' },
  { q: 'quickbot', expect: 'mou:mou-quikbot-guardforce', kinds: M, why: 'typo' },
  { q: 'guardforce', expect: 'mou:mou-quikbot-guardforce', kinds: M, why: 'partner' },
  { q: 'last-mile delivery', expect: 'mou:mou-quikbot-guardforce', why: 'topic' },
  { q: 'quikbot mou', expect: 'mou:mou-quikbot-guardforce', why: 'kind-word' },
  { q: 'autonomous delivery devices', expect: 'mou:mou-quikbot-guardforce', kinds: M, why: 'topic' },
  // ── Annex A, MOU 5: Momentum Works – Qianhai International Talent Service Center
  { q: 'momentum works', expect: 'mou:mou-momentum-qianhai-talent', kinds: M, why: 'name' },
  { q: 'momentum', expect: 'mou:mou-momentum-qianhai-talent', kinds: M, why: 'name' },
  { q: 'momentm works', expect: 'mou:mou-momentum-qianhai-talent', kinds: M, why: 'typo' },
  {
    q: 'qianhai international talent service center',
    expect: 'mou:mou-momentum-qianhai-talent',
    kinds: M,
    why: 'partner',
  },
  { q: 'talent investment technology flow mou', expect: 'mou:mou-momentum-qianhai-talent', why: 'topic' },
  // ── Annex A, MOU 6: CSIJRI – CUHK-Shenzhen
  { q: 'csijri', expect: 'mou:mou-csijri-cuhk-shenzhen', kinds: M, why: 'abbrev' },
  { q: 'cuhk shenzhen', expect: 'mou:mou-csijri-cuhk-shenzhen', kinds: M, why: 'partner' },
  { q: 'energy mou', expect: 'mou:mou-csijri-cuhk-shenzhen', why: 'kind-word' },
  { q: 'lithium battery', expect: 'mou:mou-csijri-cuhk-shenzhen', why: 'topic' },
  { q: 'smart energy storage', expect: 'mou:mou-csijri-cuhk-shenzhen', kinds: M, why: 'topic' },
  { q: 'china singapore joint research institute', expect: 'mou:mou-csijri-cuhk-shenzhen', kinds: M, why: 'partner' },
  // ── Annex A, MOU 7: Shenzhen Sports Industry Group – ONE Championship China
  { q: 'one championship', expect: 'mou:mou-sports-group-one-championship', kinds: M, why: 'partner' },
  { q: 'shenzhen sports industry group', expect: 'mou:mou-sports-group-one-championship', kinds: M, why: 'partner' },
  { q: 'sports industry mou', expect: 'mou:mou-sports-group-one-championship', why: 'kind-word' },
  { q: 'one champoinship', expect: 'mou:mou-sports-group-one-championship', kinds: M, why: 'typo' },
  // ── Annex A, MOU 8: EE Music Singapore – Shenzhen Shenkun Technology
  { q: 'ee music', expect: 'mou:mou-ee-music-shenkun', kinds: M, why: 'name' },
  { q: 'shenkun', expect: 'mou:mou-ee-music-shenkun', kinds: M, why: 'partner' },
  { q: 'holoxr', expect: 'mou:mou-ee-music-shenkun', why: 'topic' },
  { q: 'music metaverse mou', expect: 'mou:mou-ee-music-shenkun', why: 'kind-word' },
  { q: 'shenkun tech', expect: 'mou:mou-ee-music-shenkun', kinds: M, why: 'partner' },

  // ── Annex B, project 1: Crimson Logic – ABK Technology
  { q: 'crimson logic', expect: 'project:prj-crimson-logic-abk', kinds: P, why: 'name' },
  { q: 'crimsonlogic', expect: 'project:prj-crimson-logic-abk', kinds: P, why: 'normalise' },
  { q: 'abk technology', expect: 'project:prj-crimson-logic-abk', kinds: P, why: 'partner' },
  { q: 'ecommerce logistics', expect: 'project:prj-crimson-logic-abk', why: 'normalise' },
  { q: 'cross-border trade logistics platform', expect: 'project:prj-crimson-logic-abk', why: 'topic' },
  { q: 'crimsen logic', expect: 'project:prj-crimson-logic-abk', kinds: P, why: 'typo' },
  // ── Annex B, project 2: Keppel – GD Intelligent Computing Lab – PKU Shenzhen Graduate School
  { q: 'keppel project', expect: 'project:prj-keppel-pku', why: 'kind-word' },
  { q: 'keppel peking', expect: 'project:prj-keppel-pku', kinds: P, why: 'multi' },
  { q: 'intelligent computing laboratory', expect: 'project:prj-keppel-pku', kinds: P, why: 'partner' },
  { q: 'sustainable operation systems', expect: 'project:prj-keppel-pku', why: 'topic' },
  { q: 'pku', expect: 'project:prj-keppel-pku', kinds: P, why: 'sub-unit' },
  { q: 'peking university', expect: 'project:prj-keppel-pku', kinds: P, why: 'sub-unit' },
  { q: 'smart community applications', expect: 'project:prj-keppel-pku', why: 'topic' },
  // ── Annex B, project 3: CSIJRI – CUHK-Shenzhen joint research centre
  { q: 'energy storage', expect: 'project:prj-csijri-cuhk-shenzhen', why: 'topic' },
  { q: 'new energy storage technology', expect: 'project:prj-csijri-cuhk-shenzhen', why: 'name' },
  { q: 'csijri', expect: 'project:prj-csijri-cuhk-shenzhen', kinds: P, why: 'abbrev' },
  { q: 'cuhk', expect: 'project:prj-csijri-cuhk-shenzhen', kinds: P, why: 'abbrev' },
  { q: 'renewable energy project', expect: 'project:prj-csijri-cuhk-shenzhen', why: 'kind-word' },
  { q: 'chinese university of hong kong', expect: 'project:prj-csijri-cuhk-shenzhen', kinds: P, why: 'partner' },
  // ── Annex B, project 4: Singapore Rehabilitation Institute – SYSU Shenzhen
  { q: 'sun yat sen rehab', expect: 'project:prj-rehab-sysu', why: 'multi' },
  { q: 'rehabilitation', expect: 'project:prj-rehab-sysu', kinds: P, why: 'topic' },
  { q: 'singapore rehabilitation institute', expect: 'project:prj-rehab-sysu', kinds: P, why: 'partner' },
  { q: 'ai assisted living', expect: 'project:prj-rehab-sysu', why: 'topic' },
  { q: 'rehabilitaton care', expect: 'project:prj-rehab-sysu', why: 'typo' },
  { q: 'sysu rehab', expect: 'project:prj-rehab-sysu', why: 'abbrev' },
  // ── Annex B, project 5: NTU – SYSU Shenzhen
  { q: 'sun yat-sen ai algorithms', expect: 'project:prj-ntu-sysu', why: 'multi' },
  { q: 'ntu sysu', expect: 'project:prj-ntu-sysu', why: 'abbrev' },
  { q: 'ntu', expect: 'project:prj-ntu-sysu', kinds: P, why: 'abbrev' },
  { q: 'nanyang technological university', expect: 'project:prj-ntu-sysu', kinds: P, why: 'partner' },
  { q: 'federated swarm intelligence', expect: 'project:prj-ntu-sysu', why: 'topic' },
  { q: 'nanyang', expect: 'project:prj-ntu-sysu', kinds: P, why: 'partner' },
  // ── Annex B, project 6: Fooyo – Olin Game Space
  { q: 'fooyo', expect: 'project:prj-fooyo-olin', kinds: P, why: 'name' },
  { q: 'olin game space', expect: 'project:prj-fooyo-olin', kinds: P, why: 'partner' },
  { q: 'cross-border tourism plugin', expect: 'project:prj-fooyo-olin', why: 'topic' },
  { q: 'fooyoo', expect: 'project:prj-fooyo-olin', kinds: P, why: 'typo' },
  { q: 'tourism', expect: 'project:prj-fooyo-olin', why: 'topic' },
  // ── Annex B, project 7: ONE Championship – Shenzhen Sports Industry Group
  { q: 'one championship', expect: 'project:prj-one-championship-sports-group', kinds: P, why: 'partner' },
  { q: 'combat sports event', expect: 'project:prj-one-championship-sports-group', why: 'topic' },
  { q: 'martial arts', expect: 'project:prj-one-championship-sports-group', why: 'topic' },
  { q: 'shenzhen sports group project', expect: 'project:prj-one-championship-sports-group', why: 'kind-word' },
  { q: 'one championshp', expect: 'project:prj-one-championship-sports-group', kinds: P, why: 'typo' },
  // ── Annex B, project 8: Rajah & Tann's representative office in Qianhai
  { q: 'rajah tan', expect: 'project:prj-rajah-tann-qianhai', kinds: P, why: 'typo' },
  { q: 'rajah & tann', expect: 'project:prj-rajah-tann-qianhai', kinds: P, why: 'normalise' },
  { q: 'the legal office in qianhai', expect: 'project:prj-rajah-tann-qianhai', why: 'multi' },
  { q: 'law firm', expect: 'project:prj-rajah-tann-qianhai', kinds: P, why: 'topic' },
  { q: 'representative office', expect: 'project:prj-rajah-tann-qianhai', why: 'topic' },
  { q: 'rajah and tann project', expect: 'project:prj-rajah-tann-qianhai', why: 'kind-word' },
  // ── Annex B, project 9: EE Music – Shenkun
  { q: 'ee music', expect: 'project:prj-ee-music-shenkun', kinds: P, why: 'name' },
  { q: 'ai music metaverse', expect: 'project:prj-ee-music-shenkun', kinds: P, why: 'topic' },
  { q: 'music production', expect: 'project:prj-ee-music-shenkun', why: 'topic' },
  { q: 'ee musik', expect: 'project:prj-ee-music-shenkun', kinds: P, why: 'typo' },
  { q: 'ee music project', expect: 'project:prj-ee-music-shenkun', why: 'kind-word' },
  // ── Annex B, project 10: Hashmeta – Hand-painted digital human marketing
  { q: 'hashmeta project', expect: 'project:prj-hashmeta-hand-painted', why: 'kind-word' },
  { q: 'hashmeta', expect: 'project:prj-hashmeta-hand-painted', kinds: P, why: 'name' },
  { q: 'digital human marketing', expect: 'project:prj-hashmeta-hand-painted', kinds: P, why: 'topic' },
  { q: 'hashmeda', expect: 'project:prj-hashmeta-hand-painted', kinds: P, why: 'typo' },
  { q: 'virtual humans', expect: 'project:prj-hashmeta-hand-painted', why: 'topic' },
  // ── Annex B, project 11: Momentum Works – Qianhai Talent Service Centre
  { q: 'momentum works', expect: 'project:prj-momentum-qianhai-talent', kinds: P, why: 'name' },
  { q: 'momentum project', expect: 'project:prj-momentum-qianhai-talent', why: 'kind-word' },
  { q: 'qianhai talent service centre', expect: 'project:prj-momentum-qianhai-talent', kinds: P, why: 'partner' },
  { q: 'cross border talent exchange', expect: 'project:prj-momentum-qianhai-talent', why: 'topic' },
  { q: 'momentum wroks', expect: 'project:prj-momentum-qianhai-talent', kinds: P, why: 'typo' },
  // ── Annex B, project 12: NUS Business School – Shenzhen Bosum
  { q: 'nus sme training', expect: 'project:prj-nus-bosum', why: 'multi' },
  { q: 'nus', expect: 'project:prj-nus-bosum', kinds: P, why: 'sub-unit' },
  { q: 'bosum', expect: 'project:prj-nus-bosum', kinds: P, why: 'partner' },
  { q: 'nus business school', expect: 'project:prj-nus-bosum', kinds: P, why: 'partner' },
  { q: 'small and medium-sized business owners', expect: 'project:prj-nus-bosum', why: 'topic' },
  { q: 'national university of singapore', expect: 'project:prj-nus-bosum', kinds: P, why: 'sub-unit' },
  { q: 'bossum', expect: 'project:prj-nus-bosum', kinds: P, why: 'typo' },
  // ── Annex B, project 13: SUSS – Shenzhen Bay Area Network Consulting
  { q: 'suss', expect: 'project:prj-suss-bay-area', kinds: P, why: 'abbrev' },
  { q: 'success academy', expect: 'project:prj-suss-bay-area', why: 'topic' },
  { q: 'singapore university of social sciences', expect: 'project:prj-suss-bay-area', kinds: P, why: 'partner' },
  { q: 'bay area network consulting', expect: 'project:prj-suss-bay-area', kinds: P, why: 'partner' },
  { q: 'tertiary education greater bay area', expect: 'project:prj-suss-bay-area', why: 'topic' },
  { q: 'sucess academy', expect: 'project:prj-suss-bay-area', why: 'typo' },
  // ── Annex B, project 14: QuikBot – Guardforce delivery system
  { q: 'quikbot', expect: 'project:prj-quikbot-guardforce', kinds: P, why: 'name' },
  { q: 'quickbot', expect: 'project:prj-quikbot-guardforce', kinds: P, why: 'typo' },
  { q: 'quikbot project', expect: 'project:prj-quikbot-guardforce', why: 'kind-word' },
  { q: 'deep-tech logistics delivery system', expect: 'project:prj-quikbot-guardforce', why: 'topic' },
  { q: 'guardforce robot', expect: 'project:prj-quikbot-guardforce', kinds: P, why: 'partner' },
  { q: 'quik bot', expect: 'project:prj-quikbot-guardforce', kinds: P, why: 'normalise' },
  // ── Demonstration Zone (four new projects)
  { q: 'demonstration zone', expect: 'project:prj-demo-zone-2023', kinds: P, why: 'name' },
  { q: 'demo zone', expect: 'project:prj-demo-zone-2023', kinds: P, why: 'abbrev' },
  { q: 'biomedicine low-carbon', expect: 'project:prj-demo-zone-2023', why: 'topic' },
  { q: 'smart city demonstration zone testing ground', expect: 'project:prj-demo-zone-2023', why: 'multi' },
  { q: 'demonstraton zone', expect: 'project:prj-demo-zone-2023', kinds: P, why: 'typo' },

  // ── Meetings
  { q: '4th jic', expect: 'meeting:jic-4', why: 'meeting' },
  { q: 'fourth jic meeting', expect: 'meeting:jic-4', why: 'meeting' },
  { q: 'jic 4', expect: 'meeting:jic-4', why: 'meeting' },
  { q: '4th jic shenzhen 2023', expect: 'meeting:jic-4', why: 'meeting' },
  { q: 'third jic', expect: 'meeting:jic-3', why: 'meeting' },
  { q: 'jic 3', expect: 'meeting:jic-3', why: 'meeting' },
  { q: '3rd JIC meeting', expect: 'meeting:jic-3', why: 'meeting' },
  { q: '2nd jic', expect: 'meeting:jic-2', why: 'meeting' },
  { q: 'first jic', expect: 'meeting:jic-1', why: 'meeting' },
  { q: 'founding mou', expect: 'meeting:founding', why: 'meeting' },
  { q: 'founding', expect: 'meeting:founding', why: 'meeting' },
  { q: 'tradetrust', expect: 'meeting:jic-3', why: 'topic' },

  // ── Organisations: names, abbreviations, sub-units through their parent
  { q: 'ntu', expect: 'organisation:ntu', why: 'abbrev' },
  { q: 'nus', expect: 'organisation:nus', why: 'abbrev' },
  { q: 'pku', expect: 'organisation:peking-university', why: 'abbrev' },
  { q: 'suss', expect: 'organisation:suss', why: 'abbrev' },
  { q: 'sysu', expect: 'organisation:sysu-shenzhen', why: 'abbrev' },
  { q: 'cuhk-shenzhen', expect: 'organisation:cuhk-shenzhen', why: 'abbrev' },
  { q: 'cuhksz', expect: 'organisation:cuhk-shenzhen', why: 'abbrev' },
  { q: 'imda', expect: 'organisation:imda', why: 'abbrev' },
  { q: 'keppel', expect: 'organisation:keppel', why: 'name' },
  { q: 'kepel', expect: 'organisation:keppel', why: 'typo' },
  { q: 'capitaland', expect: 'organisation:capitaland-investment-china', why: 'name' },
  { q: 'crimsonlogic', expect: 'organisation:crimson-logic', why: 'normalise' },
  { q: 'Sun Yat-sen University', expect: 'organisation:sysu-shenzhen', why: 'name' },
  { q: 'sun yat sen', expect: 'organisation:sysu-shenzhen', why: 'normalise' },
  { q: 'ＳＵＮ　ＹＡＴ－ＳＥＮ', expect: 'organisation:sysu-shenzhen', why: 'normalise' },
  { q: 'rajah and tann', expect: 'organisation:rajah-tann', why: 'normalise' },
  { q: 'rajah tan', expect: 'organisation:rajah-tann', kinds: O, why: 'typo' },
  { q: 'peking university shenzhen', expect: 'organisation:pku-shenzhen-graduate-school', why: 'sub-unit' },
  { q: 'pku sz', expect: 'organisation:pku-shenzhen-graduate-school', why: 'abbrev' },
  { q: 'fooyo', expect: 'organisation:fooyo', why: 'name' },
  { q: 'bosum', expect: 'organisation:bosum', why: 'name' },
  { q: 'pku shenzhen graduate school', expect: 'organisation:pku-shenzhen-graduate-school', why: 'name' },
  { q: 'nus business school', expect: 'organisation:nus-business-school', kinds: O, why: 'name' },
  { q: 'ncs next', expect: 'organisation:ncs-next-shenzhen', why: 'name' },
  { q: 'guardforce', expect: 'organisation:guardforce', kinds: O, why: 'name' },
  { q: 'quikbot technologies', expect: 'organisation:quikbot', why: 'name' },
  { q: 'momentum works', expect: 'organisation:momentum-works', kinds: O, why: 'name' },
  { q: 'singapore international mediation centre', expect: 'organisation:simc', why: 'name' },
  { q: 'scia', expect: 'organisation:scia', why: 'abbrev' },
  { q: 'shenzhen court of international arbitration', expect: 'organisation:scia', why: 'name' },
  { q: 'eezee', expect: 'organisation:eezee', why: 'name' },
  { q: 'yiqiye', expect: 'organisation:yiqiye', why: 'name' },
  { q: 'oneconnect', expect: 'organisation:oneconnect', why: 'name' },
  { q: 'tusstar', expect: 'organisation:tusstar', why: 'name' },
  { q: 'kingdee', expect: 'organisation:kingdee-e-invoice', why: 'name' },
  { q: 'olin', expect: 'organisation:olin-game-space', why: 'name' },
  { q: 'ee muisc', expect: 'organisation:ee-music', kinds: O, why: 'typo' },
  { q: 'shenzhen bureau of commerce', expect: 'organisation:shenzhen-bureau-of-commerce', why: 'name' },

  // ── 2nd JIC MOUs
  { q: 'datapost kingdee', expect: 'mou:mou-datapost-kingdee', why: 'multi' },
  { q: 'e-invoicing peppol', expect: 'mou:mou-datapost-kingdee', why: 'topic' },
  { q: 'einvoice', expect: 'mou:mou-datapost-kingdee', kinds: M, why: 'normalise' },
  { q: 'ncs blockchain', expect: 'mou:mou-ncs-iot-blockchain', why: 'multi' },
  { q: 'ncs robotics', expect: 'mou:mou-ncs-robotics', why: 'multi' },
  { q: 'digital twin', expect: 'mou:mou-ncs-digital-twin', why: 'topic' },

  // ── Harder: topic words from the timeline, split names, places
  { q: 'chongqing', expect: 'meeting:founding', why: 'topic' },
  { q: 'mediation arbitration', expect: 'meeting:jic-1', kinds: ['meeting'], why: 'topic' },
  { q: 'asian sme hub', expect: 'meeting:jic-1', kinds: ['meeting'], why: 'topic' },
  { q: 'electronic bills of lading', expect: 'meeting:jic-3', why: 'topic' },
  { q: 'iot blockchain', expect: 'mou:mou-ncs-iot-blockchain', why: 'topic' },
  { q: 'robot delivery', expect: 'project:prj-quikbot-guardforce', kinds: P, why: 'topic' },
  { q: 'guard force', expect: 'organisation:guardforce', why: 'normalise' },
  { q: 'one champ', expect: 'project:prj-one-championship-sports-group', kinds: P, why: 'partner' },
  { q: 'keppel 4th jic', expect: 'mou:mou-keppel-pku', kinds: M, why: 'multi' },
  { q: 'chen rugui', expect: 'meeting:jic-1', kinds: ['meeting'], why: 'name' },

  // ── Long queries (past Bitap's 32 characters)
  {
    q: 'Singapore Rehabilitation Institute and Sun Yat-sen University Shenzhen AI-assisted rehabilitation care',
    expect: 'project:prj-rehab-sysu',
    why: 'long',
  },
  {
    q: 'Memorandum of Understanding between Keppel and Peking University concerning Smart Community',
    expect: 'mou:mou-keppel-pku',
    why: 'long',
  },
  {
    q: 'who signed an mou with capitaland about a development fund',
    expect: 'mou:mou-capitaland-qianhai',
    why: 'long',
  },
  {
    q: 'Shenzhen Qianhai International Talent Service Center Co. Ltd',
    expect: 'organisation:qianhai-talent-centre',
    why: 'long',
  },
];

/** Queries that must find nothing at all. */
export const nonsense: readonly string[] = [
  'zzzqqq',
  'asdfgh',
  'qwxzv',
  'xkcdqpl',
  'zzz qqq xxx',
  'jkjkjkjk',
  'vbnmvbnm',
  'plorfquux',
  'zxqv wpmr',
  'qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq',
  'xyzzy frobnitz',
  'hjkl',
];
