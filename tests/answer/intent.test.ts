import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testDeps } from '../helpers.js';
import { replyLimitViolations } from '../../src/cards/limits.js';
import { EPHEMERAL } from '../../src/reply.js';
import { answerOf, answerQuestion, findEntities, readQuestion, recogniseIntent, type Intent } from '../../src/answer/index.js';
import { handleMention, handleCommand } from '../../src/router.js';
import { renderedText } from './evaluate.js';

const deps = testDeps();
const intentOf = (text: string): Intent => {
  const q = readQuestion(text);
  return recogniseIntent(q, findEntities(q, deps));
};

describe('intent recognition', () => {
  const cases: Array<[string, Intent]> = [
    ['how many MOUs did Keppel sign?', 'count'],
    ['number of projects at JIC 3', 'count'],
    ['MOUs per group?', 'count'],
    ['who signed with Keppel', 'whoSigned'],
    ['which partners signed at the 2nd JIC', 'whoSigned'],
    ['who co-chaired the 3rd meeting', 'coChairs'],
    ['who chaired JIC 4', 'coChairs'],
    ['when did the initiative start', 'began'],
    ['when was the 2nd JIC', 'when'],
    ['where was the third JIC', 'where'],
    ['what are the pillars', 'pillars'],
    ['which MOUs fall under the AI pillar', 'involve'],
    ['which projects involve NTU', 'involve'],
    ['what did Hashmeta sign', 'involve'],
    ['tell me about Keppel', 'about'],
    ['what happened at the 4th JIC', 'about'],
    ['how much money was invested', 'notInSources'],
    ['how many jobs did the projects create', 'notInSources'],
  ];
  it.each(cases)('%s → %s', (text, intent) => expect(intentOf(text)).toBe(intent));

  it('reads meetings however they are written', () => {
    for (const text of ['the 3rd JIC', 'the third JIC', 'JIC 3', 'jic three', 'meeting 3', 'the JIC in 2022', 'JIC-3']) {
      const ref = findEntities(readQuestion(`when was ${text}`), deps).meeting;
      expect(ref?.found && ref.meeting.number, text).toBe(3);
    }
  });

  it('folds MoU, memorandum and memoranda to one word', () => {
    for (const text of ['MoU', 'memorandum of understanding', 'Memoranda', "MOU's"]) expect(findEntities(readQuestion(`which ${text} with keppel`), deps).subjects.has('mou'), text).toBe(true);
  });

  it('strips a leading bot mention', () => {
    expect(readQuestion('<@123> <@!456> how many projects').text.trim()).toBe('how many projects');
  });
});

describe('what the sources do not say', () => {
  for (const text of ['How much money was invested?', "what's the budget", 'how many jobs were created', 'What revenue did QuikBot make?']) {
    it(`"${text}" gets an honest answer, with what the sources do cover`, () => {
      const reply = answerQuestion(text, deps);
      const shown = renderedText(reply);
      expect(shown).toMatch(/sources don't say/);
      expect(shown).toContain(String(deps.dataset.figures.latestTotals?.mous));
      expect(shown).not.toMatch(/\$\s?\d|\d+ jobs/);
    });
  }

  it('says a 5th JIC is not in the sources instead of inventing one', () => {
    const shown = renderedText(answerQuestion('what happened at the 5th JIC?', deps));
    expect(shown).toMatch(/don't mention a 5th JIC meeting/);
    expect(shown).toContain(deps.dataset.latestMeeting.name);
  });

  it('says the Demonstration Zone companies are not named', () => {
    const shown = renderedText(answerQuestion('who are the four demo zone companies?', deps));
    expect(shown).toMatch(/not named/);
  });
});

describe('any input', () => {
  it('an empty question gets private help with examples', () => {
    for (const text of ['', '   ', '<@123>']) {
      const reply = answerQuestion(text, deps);
      expect(reply.flags).toBe(EPHEMERAL);
      expect(reply.content).toMatch(/For example/);
    }
  });

  it('mentions and /ask give the same answer', () => {
    expect(handleMention('<@42> who signed with keppel?', deps)).toEqual(handleCommand('ask', { question: 'who signed with keppel?' }, deps));
  });

  it('hostile text gets a short reply within limits that pings nobody', () => {
    for (const text of ['@everyone @here', '**bold** `code` ||spoiler||', 'x'.repeat(20000), '🦄'.repeat(3000), '\u0000\u200b\uffff', '<@&1> <#2> <@3>']) {
      const reply = answerQuestion(text, deps);
      expect(replyLimitViolations(reply), text.slice(0, 20)).toEqual([]);
      expect(reply.content ?? '').not.toMatch(/@everyone|@here/);
    }
  });

  it('any string: a reply within limits, never a throw, never a mention', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 600 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('how many', 'who signed', 'when was the', 'which projects')).map((s) => s), (text) => {
        // answerOf, not answerQuestion: the safety net there must never be what keeps this passing.
        expect(() => answerOf(text, deps)).not.toThrow();
        const reply = answerQuestion(text, deps);
        expect(replyLimitViolations(reply)).toEqual([]);
        expect(reply.allowed_mentions).toEqual({ parse: [] });
      }),
      { numRuns: 300 },
    );
  });
});
