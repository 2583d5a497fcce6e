// The order of plan()'s readings, documented: which reading claims a question. The replies themselves are judged by
// pipeline.test.ts and the accuracy sets; this file says where each kind of question is read, so a reading moved or
// added in RECOGNISERS shows up here by name.
import { describe, expect, it } from 'vitest';
import { testDeps } from '../helpers.js';
import { understand } from '../../src/answer/understand.js';
import { recognise, RECOGNISERS } from '../../src/answer/plan.js';
import { YES_NO } from '../../src/answer/plan/yes-no.js';
import { glossChinese } from '../../src/i18n/gloss.js';

const deps = testDeps();
const claimedBy = (text: string) => recognise(understand(text, deps), deps.dataset).by;

describe('plan(): the readings, in order', () => {
  it('names every reading once, help first', () => {
    const names = RECOGNISERS.map((r) => r.name);
    expect(names.every((n) => /^[a-z][A-Za-z]+$/.test(n))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe('help');
    // The yes/no readings (planYesNo) are a table of their own, walked when RECOGNISERS reach yesNo.
    const yesNo = YES_NO.map((r) => r.name);
    expect(yesNo.every((n) => /^[a-z][A-Za-z]+$/.test(n))).toBe(true);
    expect(new Set(yesNo).size).toBe(yesNo.length);
  });

  it.each([
    ['help', 'help'],
    ['what does IMDA stand for?', 'acronym'],
    ['when is the next JIC meeting?', 'noSuchMeeting'],
    ['what did Heng Swee Keat say?', 'quote'],
    ['what did the 4th JIC focus on?', 'meetingFact'],
    ['what areas were the 3rd JIC projects in?', 'meetingAreas'],
    ['which OneSME figure was biggest?', 'figuresRanked'],
    ['do the sources disagree on anything?', 'sourcesDiffer'],
    ['which meetings were held online?', 'meetingsByMode'],
    ['what is the JIC?', 'committeeItself'],
    ['which MOUs have no project?', 'negation'],
    ['how many headings does annex a have', 'annexGroups'],
    ['the annex a mous in the first group', 'annex'],
    ['is the SCI still active?', 'initiativeStatus'],
    ['which meeting signed the most MOUs?', 'ranked'],
    ['what share of the MOUs were signed at the 2nd JIC?', 'trend'],
    ['who is the Chinese government representative?', 'representative'],
    ['did Keppel sign an MOU?', 'yesNo'],
    ['how many MOUs were signed at the 3rd JIC?', 'countAsked'],
    ['when was the 4th JIC held?', 'whenAsked'],
    ['who is the Shenzhen mayor?', 'whoAsked'],
    ['tell me about keppel', 'describeNamed'],
    ['which partner will host a combat sports event?', 'doerAsked'],
    ['what is the combat sports company doing?', 'describedPartner'],
    ['which ministry is Joseph Leong from?', 'personsBody'],
  ])('%j is read by %s', (question, reading) => {
    expect(claimedBy(question)).toBe(reading);
  });

  it('reads a Chinese question through its gloss: an unknown name where the party stands is said not named', () => {
    expect(claimedBy(glossChinese('优步什么时候和吉宝签约', deps.dataset))).toBe('strangerInChinese');
  });

  it('says "not sure" when nothing reads the question', () => {
    expect(claimedBy('quantum blockchain synergy flux')).toBe('topicAmidUnknown');
    expect(claimedBy('zxqv')).toBe('notSure');
    // (Nothing named, two words no source uses: off the topic, the same not sure, before a value is said missing.)
    expect(claimedBy('zxqv wobble')).toBe('offTopic');
    expect(claimedBy('what is the best stock to buy')).toBe('offTopic');
  });
});
