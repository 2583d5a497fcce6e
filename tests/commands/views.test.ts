import { describe, expect, it } from 'vitest';
import { handleCommand, handleComponent } from '../../src/router.js';
import { replyLimitViolations } from '../../src/cards/limits.js';
import { testDeps } from '../helpers.js';
import { buttons, customIds, field, isEphemeral, selects, visibleText } from './view.js';

const deps = testDeps();
const d = deps.dataset;
const run = (name: string, options: Record<string, string | number | boolean> = {}) => {
  const reply = handleCommand(name, options, deps);
  expect(replyLimitViolations(reply)).toEqual([]);
  return reply;
};

describe('/totals', () => {
  it('shows the reported totals beside the records on file, computed from the data', () => {
    const reply = run('totals');
    const latest = d.figures.latestTotals;
    expect(latest).not.toBeNull();
    const text = visibleText(reply);
    expect(reply.embeds?.[0]?.description).toContain(`**${latest?.projects} projects** and **${latest?.mous} MOUs**`);
    expect(text).toContain(`**${d.mous.length} MOUs**`);
    expect(text).toContain(`**${d.projects.filter((p) => p.kind === 'joint-project').length} joint projects**`);
    expect(text).toMatch(/43 projects, 29 MOUs/);
  });

  it('says honestly that the per-meeting MOU counts add to 28 while the reported total is 29', () => {
    const reconcile = field(run('totals'), /add up/) ?? '';
    expect(reconcile).toContain(`**${d.figures.sumOfReportedNewMous}**`);
    expect(reconcile).toContain(`**${d.figures.latestTotals?.mous}**`);
    expect(d.figures.sumOfReportedNewMous).toBe(28);
    expect(reconcile).toMatch(/do not explain the difference of 1/);
  });

  it('groups MOUs on file by Annex A group and partners by country, and shows the Demonstration Zone', () => {
    const reply = run('totals');
    expect(field(reply, /Annex A group/)).toMatch(/Talent Exchange: 3/);
    expect(field(reply, /per country/)).toMatch(/Singapore: \d+/);
    // Two facts, not one: the sources never say the four projects are the four companies'.
    expect(field(reply, /Demonstration Zone/)).toMatch(/\*\*4\*\* new projects, focusing on new-generation information technology/);
    expect(field(reply, /Demonstration Zone/)).toMatch(/4 companies \(not named in the sources\) signed MOUs to be the first batch/);
    expect(field(reply, /Demonstration Zone/)).not.toMatch(/projects by/);
  });

  it('meeting:3 shows what the 3rd JIC reported, and that none of its records are on file', () => {
    const reply = run('totals', { meeting: 3 });
    expect(reply.embeds?.[0]?.title).toMatch(/3rd JIC meeting/);
    expect(field(reply, /^New MOUs/)).toMatch(/reported: \*\*8\*\*[\s\S]*on file: \*\*0\*\*/);
    expect(field(reply, /^Cumulative/)).toMatch(/29.*projects.*21.*MOUs/);
  });

  it('the meeting buttons switch the view in place', () => {
    const reply = run('totals');
    const jic2 = buttons(reply).find((b) => b.label === 'JIC 2');
    const switched = handleComponent(jic2?.custom_id ?? '', [], deps);
    expect(switched.type).toBe('update');
    expect(switched.data.embeds?.[0]?.title).toMatch(/2nd JIC meeting/);
  });

  it('an unknown meeting gets a private hint', () => {
    const reply = run('totals', { meeting: 42 });
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toMatch(/\/totals/);
  });
});

describe('/meeting', () => {
  it('number:4 shows both co-chair readings, each with its sources', () => {
    const reply = run('meeting', { number: 4 });
    expect(reply.embeds?.[0]?.title).toMatch(/4th JIC meeting · 14 Dec 2023/);
    expect(field(reply, /press release/)).toMatch(/Joseph Leong[\s\S]*representative from the Chinese government[\s\S]*Sources: MCI and IMDA/);
    expect(field(reply, /news reports/)).toMatch(/Qin Weizhong[\s\S]*Sources: ITS International/);
    expect(field(reply, /^Announced/)).toMatch(/15 Dec 2023/);
    expect(field(reply, /^Place/)).toMatch(/Shenzhen/);
  });

  it('offers a select to open every record of the meeting, and steps to the previous meeting in place', () => {
    const reply = run('meeting', { number: 4 });
    const [select] = selects(reply);
    const expected = d.mousAt('jic-4').length + d.projectsAt('jic-4').length;
    expect(select?.options?.length).toBe(Math.min(25, expected));
    const prev = buttons(reply).find((b) => /Previous/.test(b.label ?? ''));
    const stepped = handleComponent(prev?.custom_id ?? '', [], deps);
    expect(stepped.type).toBe('update');
    expect(stepped.data.embeds?.[0]?.title).toMatch(/3rd JIC meeting/);
  });

  it('number:0 is the founding MOU, with who signed it', () => {
    const reply = run('meeting', { number: 0 });
    expect(reply.embeds?.[0]?.title).toMatch(/Founding MOU/);
    expect(field(reply, /Signed by/)).toMatch(/Yong Ying-I/);
  });

  it('a meeting not on file gets a private hint listing the numbers', () => {
    const reply = run('meeting', { number: 9 });
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toMatch(/0, 1, 2, 3, 4/);
  });
});

describe('/partners', () => {
  it('lists every MOU on file grouped by MOU, over pages that chain with buttons', () => {
    const first = run('partners');
    expect(first.embeds?.[0]?.description).toMatch(new RegExp(`${d.mous.length} MOUs`));
    const names = new Set<string>();
    let page = first;
    for (let i = 0; i < 10; i++) {
      for (const f of page.embeds?.[0]?.fields ?? []) names.add(f.name);
      expect(replyLimitViolations(page)).toEqual([]);
      const next = buttons(page).find((b) => /Next/.test(b.label ?? ''));
      if (!next) break;
      const r = handleComponent(next.custom_id ?? '', [], deps);
      expect(r.type).toBe('update');
      page = r.data;
    }
    expect(names.size).toBe(d.mous.length);
  });

  it('filters by country, meeting and Annex A group', () => {
    const talent = run('partners', { pillar: 'talent-exchange' });
    expect(talent.embeds?.[0]?.fields?.length).toBe(3);
    const jic2 = run('partners', { meeting: 2 });
    expect(visibleText(jic2)).toMatch(/NCS/);
    expect(visibleText(jic2)).not.toMatch(/Keppel/);
    const unclear = run('partners', { country: 'unclear' });
    expect(visibleText(unclear)).toMatch(/Capitaland/);
  });

  it('accepts a choice by its name in any case (the console sends either)', () => {
    expect(visibleText(run('partners', { pillar: 'TALENT EXCHANGE' }))).toMatch(/Momentum Works/);
  });

  it('filters with nothing on file, and unknown filter values, get a private hint', () => {
    const none = run('partners', { meeting: 2, pillar: 'ai' });
    expect(isEphemeral(none)).toBe(true);
    expect(none.content).toMatch(/No MOU on file matches/);
    const bad = run('partners', { country: 'Atlantis' });
    expect(isEphemeral(bad)).toBe(true);
    expect(bad.content).toMatch(/country/);
  });
});

describe('/about and /help', () => {
  it('/about says what the SCI is, its pillars, how far the data reaches, and lists the sources', () => {
    const reply = run('about');
    const text = visibleText(reply);
    expect(text).toMatch(/Launched in 2019/);
    for (const p of d.initiative.pillars) expect(text).toContain(p.name);
    expect(text).toMatch(/Up to the 4th JIC meeting/);
    expect(text).toMatch(/Hong Kong Commercial Daily/);
  });

  it('/help lists every registered command with an example', async () => {
    const { commands } = await import('../../commands/index.js');
    const reply = run('help');
    const names = reply.embeds?.[0]?.fields?.map((f) => f.name) ?? [];
    expect(names).toEqual(commands.map((c) => `/${c.name}`));
    for (const f of reply.embeds?.[0]?.fields ?? []) expect(f.value).toMatch(/Example: `\//);
  });

  it('an unknown command gets a private pointer to /help', () => {
    const reply = run('nope');
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toMatch(/\/help/);
    expect(customIds(reply)).toEqual([]);
  });
});
