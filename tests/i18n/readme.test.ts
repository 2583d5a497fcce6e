// The README's Chinese card is what the console prints today (its source links shortened with "…").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReply } from '../../src/console/render.js';
import { handleCommand } from '../../src/router.js';
import { testDeps } from '../helpers.js';

describe('README: cards in Chinese', () => {
  it('the zh-CN /totals meeting:3 example is the console’s output', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const command = '$ npm run --silent ask -- --locale zh-CN "/totals meeting:3"\n';
    const start = readme.indexOf(command);
    expect(start).toBeGreaterThan(0);
    const shown = readme.slice(start + command.length, readme.indexOf('\n```', start)).split('\n');
    const printed = renderReply(handleCommand('totals', { meeting: 3 }, testDeps(), 'zh-CN')).text.split('\n');
    expect(shown.length).toBe(printed.length);
    // Lines the README shortens ("https://www.imda.gov.sg/…") match up to where they were cut.
    shown.forEach((line, i) => {
      const cut = line.split('…')[0] ?? '';
      if (line.includes('…')) expect(printed[i]?.startsWith(cut), line).toBe(true);
      else expect(printed[i]).toBe(line);
    });
  });
});
