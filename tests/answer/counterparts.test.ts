import { describe, expect, it } from 'vitest';
import { testDeps } from '../helpers.js';
import { recognise } from '../../src/answer/plan.js';
import { answerQuestion, understand } from '../../src/answer/index.js';
import { answerText } from './evaluate.js';

const deps = testDeps();
const by = (q: string) => recognise(understand(q, deps), deps.dataset).by;

describe('counterparts: a partner two named partners share', () => {
  it('reads "both work with which …" and "… in common" of partners, not of the named partners themselves', () => {
    expect(by('which company do hashmeta and momentum works both work with')).toBe('counterparts');
    expect(by('who is a partner of both keppel and ntu')).toBe('counterparts');
    // What two partners have in common (not a partner), or a yes/no, is another reading.
    expect(by('what do hashmeta and momentum works have in common')).not.toBe('counterparts');
    expect(by('did keppel and ntu both sign mous')).not.toBe('counterparts');
  });

  it('names the shared one with the record joining each, or says none is shared and what each works with', () => {
    const shared = answerText(
      answerQuestion('which university works with both NTU and Singapore Rehabilitation Institute', deps),
    );
    expect(shared).toMatch(/^Sun Yat-sen University Shenzhen works with both/);
    expect(shared).toMatch(/through a joint project \(4th JIC\)/);
    const none = answerText(answerQuestion('which company do hashmeta and momentum works both work with', deps));
    expect(none).toMatch(/^No company works with both Hashmeta Pte Ltd and Momentum Works Pte Ltd/);
    expect(none).toMatch(/Qianhai International Talent Service/);
  });
});
