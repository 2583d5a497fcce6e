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
  const table = (reply: ReturnType<typeof run>) =>
    /```\n([\s\S]*?)```/.exec(reply.embeds?.[0]?.description ?? '')?.[1] ?? '';
  const row = (reply: ReturnType<typeof run>, name: string) =>
    table(reply)
      .split('\n')
      .find((l) => l.startsWith(name))
      ?.trim()
      .split(/\s+/) ?? [];

  it('leads with the reported totals beside the records on file, computed from the data', () => {
    const reply = run('totals');
    const latest = d.figures.latestTotals;
    expect(latest).not.toBeNull();
    const lead = (reply.embeds?.[0]?.description ?? '').split('\n')[0] ?? '';
    expect(lead).toContain(`**${latest?.projects} projects** and **${latest?.mous} MOUs**`);
    expect(lead).toContain(`**${d.mous.length} MOUs**`);
    expect(lead).toContain(`**${d.projects.filter((p) => p.kind === 'joint-project').length} joint projects**`);
  });

  it('is a table of meetings: reported and on-file MOUs and projects, and the totals in all; "—" for not stated, with a legend', () => {
    const reply = run('totals');
    expect(row(reply, '4th JIC')).toEqual(['4th', 'JIC', '8', '8', '14', '14', '43/29']);
    const f3 = d.figures.perMeeting.find((f) => f.meeting.number === 3);
    expect(row(reply, '3rd JIC')).toEqual([
      '3rd',
      'JIC',
      '8',
      String(f3?.mousOnFile),
      '14',
      String(f3?.projectsOnFile),
      '29/21',
    ]);
    expect(row(reply, '1st JIC')).toEqual(['1st', 'JIC', '8', '0', '—', '0']);
    expect(row(reply, 'Founding')).toEqual(['Founding', '—', '0', '—', '0']);
    const text = visibleText(reply);
    expect(text).toMatch(/—\*: not stated in the sources/);
    expect(text).not.toMatch(/not stated, on file|reported not stated|\?:/);
  });

  it('says each gap once, in one line: 20 against 21 at the 3rd, 28 against 29 at the 4th', () => {
    const lines = (run('totals').embeds?.[0]?.description ?? '').split('\n');
    const gap3 = lines.filter((l) => /= 20\b/.test(l));
    const gap4 = lines.filter((l) => /= 28\b/.test(l));
    expect(gap3).toEqual([
      'MOUs 1st–3rd: 8 + 4 + 8 = 20 reported, but 21 in all reported at the 3rd JIC meeting; the sources do not explain the difference.',
    ]);
    expect(gap4).toHaveLength(1);
    expect(gap4[0]).toMatch(/\b29 in all reported at the 4th JIC meeting/);
  });

  it('counts partners by country saying how many countries are inferred, and keeps the Demonstration Zone’s two facts apart', () => {
    const reply = run('totals');
    const partners = field(reply, /^Partners on file/) ?? '';
    const partnerIds = new Set(
      [...d.mous.flatMap((m) => m.parties), ...d.projects.flatMap((p) => p.partners)].flatMap((p) =>
        'org' in p ? [p.org] : [],
      ),
    );
    const inferred = d.organisations.filter(
      (o) => partnerIds.has(o.id) && o.country === 'Singapore' && !o.countryStated,
    ).length;
    expect(inferred).toBeGreaterThan(0);
    expect(partners).toMatch(
      new RegExp(`\\d+ from Singapore \\(${inferred} inferred; country not stated in the sources\\)`),
    );
    const text = visibleText(reply);
    expect(text).toMatch(
      /4 Demonstration Zone projects \(one record on file\); 4 companies, not named in the sources, signed MOUs/,
    );
    expect(text).not.toMatch(/projects by/);
  });

  it('meeting:3 shows what the 3rd JIC reported beside its records on file', () => {
    const reply = run('totals', { meeting: 3 });
    expect(reply.embeds?.[0]?.title).toMatch(/3rd JIC meeting/);
    const f3 = d.figures.perMeeting.find((f) => f.meeting.number === 3);
    expect(row(reply, '3rd JIC')).toEqual([
      '3rd',
      'JIC',
      '8',
      String(f3?.mousOnFile),
      '14',
      String(f3?.projectsOnFile),
      '29/21',
    ]);
  });

  it('the meeting buttons come in full rows and switch the view in place', () => {
    const reply = run('totals');
    const rows = (reply.components ?? []).map((r) => ('components' in r ? r.components.length : 0));
    expect(Math.max(...rows) - Math.min(...rows)).toBeLessThanOrEqual(1);
    const jic2 = buttons(reply).find((b) => b.label === '2nd JIC');
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
  it('number:4 leads with when, where and what was signed, and shows both co-chair readings, each named by who gives it', () => {
    const reply = run('meeting', { number: 4 });
    expect(reply.embeds?.[0]?.title).toMatch(/4th JIC meeting · 14 Dec 2023/);
    const lead = reply.embeds?.[0]?.description ?? '';
    expect(lead).toMatch(/^Held in Shenzhen\. Announced 15 Dec 2023\./);
    expect(lead).toMatch(/\*\*New\*\*: 8 MOUs reported \(8 on file\); 14 joint projects reported \(14 on file\)\./);
    expect(lead).toMatch(/\*\*In all\*\*: 43 projects, 29 MOUs reported/);
    const chairs = field(reply, /^Co-chairs/) ?? '';
    expect(chairs).toMatch(/Joseph Leong/);
    expect(chairs).toMatch(/representative from the Chinese government.*press release/);
    expect(chairs).toMatch(/Qin Weizhong.*news reports/);
  });

  it('number:4 has one source line, not one per field', () => {
    const reply = run('meeting', { number: 4 });
    expect(visibleText(reply).match(/Sources/g)).toHaveLength(1);
  });

  it('offers a select to open every record of the meeting (not listed again as fields), and steps to the previous meeting in place', () => {
    const reply = run('meeting', { number: 4 });
    const [select] = selects(reply);
    const expected = d.mousAt('jic-4').length + d.projectsAt('jic-4').length;
    expect(select?.options?.length).toBe(Math.min(25, expected));
    expect(field(reply, /on file/)).toBeUndefined();
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

  it('with no number, the latest meeting', () => {
    expect(run('meeting').embeds?.[0]?.title).toMatch(/^4th JIC meeting/);
  });

  it('a meeting not on file gets a private hint listing the numbers', () => {
    const reply = run('meeting', { number: 9 });
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toMatch(/0, 1, 2, 3, 4/);
  });
});

describe('/partners', () => {
  const lines = (reply: ReturnType<typeof run>) =>
    (reply.embeds?.[0]?.description ?? '').split('\n').filter((l) => l.startsWith('• '));

  it('lists every MOU on file on one page when they fit, each with who signed it', () => {
    const first = run('partners');
    expect(first.embeds?.[0]?.description).toMatch(new RegExp(`\\*\\*${d.mous.length} MOUs\\*\\* on file`));
    expect(lines(first)).toHaveLength(d.mous.length);
    expect(buttons(first).filter((b) => /Next|Previous/.test(b.label ?? ''))).toEqual([]);
  });

  it('meeting:4 shows its 8 MOUs on one page, not two', () => {
    const reply = run('partners', { meeting: 4 });
    expect(lines(reply)).toHaveLength(8);
    expect(reply.embeds?.[0]?.description).toMatch(/\*\*8 MOUs\*\* on file from the 4th JIC meeting/);
    expect(buttons(reply).filter((b) => /Next/.test(b.label ?? ''))).toEqual([]);
  });

  it('country:China lists China’s partners, each with what it signed and with whom; the count counts them', () => {
    const reply = run('partners', { country: 'China', meeting: 4 });
    const partners = lines(reply);
    expect(partners.length).toBeGreaterThan(0);
    for (const l of partners) expect(l).toMatch(/\(China(, inferred)?\)$/);
    const text = reply.embeds?.[0]?.description ?? '';
    expect(text).not.toMatch(/\*\*Keppel\*\*|\*\*Hashmeta|\*\*QuikBot/);
    expect(text).toMatch(/◦ Keppel – Peking University \(4th JIC\): with Keppel \(Singapore, inferred\)/);
    expect(text).toMatch(/\(for \d+ of them the country is inferred: country not stated in the sources\)/);
    expect(text).toMatch(new RegExp(`\\*\\*${partners.length} partners\\*\\* from China signed`));
  });

  it('filters by meeting and Annex A group', () => {
    expect(lines(run('partners', { pillar: 'talent-exchange' }))).toHaveLength(3);
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
    expect(reply.embeds?.[0]?.fields?.filter((f) => /^Sources/.test(f.name))).toHaveLength(1);
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
