import { describe, expect, it } from 'vitest';
import { handleCommand, handleComponent } from '../../src/router.js';
import { replyLimitViolations } from '../../src/cards/limits.js';
import { testDeps } from '../helpers.js';
import { buttons, field, isEphemeral, selects, visibleText } from './view.js';

const deps = testDeps();
const run = (name: string, options: Record<string, string | number | boolean>) => {
  const reply = handleCommand(name, options, deps);
  expect(replyLimitViolations(reply)).toEqual([]);
  return reply;
};

describe('/project', () => {
  it('query:quikbot answers with the QuikBot project, its partners with countries, and a button to its MOU', () => {
    const reply = run('project', { query: 'quikbot' });
    expect(reply.embeds?.[0]?.title).toMatch(/QuikBot/);
    expect(field(reply, /^Partners/)).toMatch(/Guardforce.*\(China\)/);
    expect(field(reply, /^Partners/)).toMatch(/QuikBot.*\(Singapore(, inferred)?\)/);
    const mouButton = buttons(reply).find((b) => b.custom_id === 'v1:open:mou:mou-quikbot-guardforce');
    expect(mouButton?.label).toMatch(/MOU/);
    const opened = handleComponent(mouButton?.custom_id ?? '', [], deps);
    expect(opened.data.embeds?.[0]?.title).toMatch(/MOU: QuikBot – Guardforce/);
    expect(isEphemeral(reply)).toBe(false);
  });

  it('a record id from autocomplete opens that record directly', () => {
    const reply = run('project', { query: 'prj-ntu-sysu' });
    expect(reply.embeds?.[0]?.title).toMatch(/Nanyang Technological University/);
  });

  it('a query two records answer equally lists both', () => {
    const reply = run('project', { query: 'sun yat-sen' });
    const seen = visibleText(reply);
    expect(seen).toMatch(/Rehabilitation/);
    expect(seen).toMatch(/Nanyang/);
  });

  it('hide:true answers ephemerally', () => {
    expect(isEphemeral(run('project', { query: 'quikbot', hide: true }))).toBe(true);
  });

  it('an empty or blank query gets a short private hint with an example', () => {
    for (const query of ['', '   ']) {
      const reply = run('project', { query });
      expect(isEphemeral(reply)).toBe(true);
      expect(reply.content).toMatch(/\/project query:/);
    }
  });

  it('nonsense gets a private "did you mean" with records to pick and the command to try, never a bare "not found"', () => {
    const reply = run('project', { query: 'qqxzzv' });
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toMatch(/^Nothing on file matches “qqxzzv”\. Below: the projects of the 4th JIC meeting/);
    expect(reply.content).toMatch(/\/project query:/);
    const [select] = selects(reply);
    expect(select?.options?.length).toBeGreaterThan(0);
    // Picking from it replaces the note with the chosen card.
    const picked = handleComponent(select?.custom_id ?? '', [select?.options?.[0]?.value ?? ''], deps);
    expect(picked.type).toBe('update');
    expect(picked.data.embeds?.length).toBe(1);
  });
});

describe('/mou', () => {
  it('query:keppel peking answers with the Keppel – PKU MOU, its Annex A group and related project', () => {
    const reply = run('mou', { query: 'keppel peking' });
    expect(reply.embeds?.[0]?.title).toBe('MOU: Keppel – Peking University');
    expect(field(reply, /^Annex A group/)).toMatch(/first group/);
    expect(buttons(reply).map((b) => b.custom_id)).toContain('v1:open:project:prj-keppel-pku');
  });

  it("an MOU whose description breaks off says so in one plain phrase; the curators' note on the capture stays in the data", () => {
    const reply = run('mou', { query: 'mou-capitaland-qianhai' });
    expect(reply.embeds?.[0]?.description).toMatch(/… \*\(the source text breaks off here\)\*$/);
    expect(visibleText(reply)).not.toMatch(/captur/i);
  });

  it('an MOU leads with who signed it; an unnamed party says it is not named in the sources', () => {
    const reply = run('mou', { query: 'mou-ncs-robotics' });
    expect(reply.embeds?.[0]?.description?.split('\n')[0]).toMatch(
      /^Signed at the 2nd JIC meeting \(18 Oct 2021\) by .*not named in the sources/,
    );
    expect(field(reply, /^Annex A group/)).toBeUndefined();
  });

  it('a known partner with no MOU says so and where to look: "NTU has no MOU on file; it joined 1 project:"', () => {
    const reply = run('mou', { query: 'ntu' });
    expect(reply.content).toBe('**NTU** has no MOU on file; it joined 1 project:');
    expect(buttons(reply).map((b) => b.custom_id)).toEqual(['v1:open:project:prj-ntu-sysu']);
  });
});

describe('/partner', () => {
  it('name:pku lists the Keppel MOU and the project it joined through the Shenzhen Graduate School', () => {
    const reply = run('partner', { name: 'pku' });
    expect(reply.embeds?.[0]?.title).toBe('Peking University');
    expect(field(reply, /^MOUs signed/)).toMatch(/Keppel – Peking University.*with Keppel \(Singapore, inferred\)/);
    expect(field(reply, /^Projects joined/)).toMatch(/through Shenzhen Graduate School, Peking University/);
    expect(buttons(reply).map((b) => b.label)).toContain('Organisation: Shenzhen Graduate School, Peking University');
  });

  it('a sub-unit is a button, and not offered again under "Other matches"', () => {
    const reply = run('partner', { name: 'pku' });
    const other = selects(reply).find((s) => /other/i.test(s.custom_id ?? ''));
    expect(other?.options?.map((o) => o.value) ?? []).not.toContain('organisation:pku-shenzhen-graduate-school');
  });

  it('leads with what it is and what it has on file, never repeated as fields', () => {
    const reply = run('partner', { name: 'ntu' });
    expect(reply.embeds?.[0]?.description).toMatch(
      /^University\. Country: Singapore, inferred \(country not stated in the sources\)\. Also known as NTU, NTU Singapore\. On file: no MOU and 1 project\./,
    );
    const names = reply.embeds?.[0]?.fields?.map((f) => f.name) ?? [];
    expect(names).not.toContain('Country');
    expect(names).not.toContain('Kind');
  });

  it('a sub-unit names its parent', () => {
    const reply = run('partner', { name: 'pku-shenzhen-graduate-school' });
    expect(reply.embeds?.[0]?.description).toMatch(/Part of Peking University\./);
  });

  it('an organisation named in highlights shows them', () => {
    const reply = run('partner', { name: 'imda' });
    expect(field(reply, /^Named in meeting highlights/)).toMatch(/TradeTrust/);
  });

  it('a country the sources leave unclear says so', () => {
    const reply = run('partner', { name: 'capitaland-investment-china' });
    expect(reply.embeds?.[0]?.description).toMatch(/Country: not stated in the sources\./);
  });
});

describe('/search', () => {
  it('lists matches across kinds, labelled by kind, with a select to open any', () => {
    const reply = run('search', { query: 'keppel' });
    const text = visibleText(reply);
    expect(text).toMatch(/Organisation/);
    expect(text).toMatch(/MOU/);
    const [select] = selects(reply);
    const values = select?.options?.map((o) => o.value) ?? [];
    expect(values).toContain('organisation:keppel');
    const opened = handleComponent(select?.custom_id ?? '', ['organisation:keppel'], deps);
    expect(opened.data.embeds?.[0]?.title).toBe('Keppel');
  });

  it('a kind:id value from autocomplete opens the record', () => {
    expect(run('search', { query: 'meeting:jic-2' }).embeds?.[0]?.title).toMatch(/2nd JIC meeting/);
  });

  it('empty and nonsense queries answer privately and helpfully', () => {
    expect(run('search', { query: ' ' }).content).toMatch(/\/search query:/);
    const none = run('search', { query: 'qqxzzv' });
    expect(isEphemeral(none)).toBe(true);
    expect(none.content).toMatch(/^Nothing on file matches “qqxzzv”\./);
  });

  it('query:singapore counts every match truly and pages the rest: "40 matches, 1–25", Next', () => {
    const total = deps.search.search('singapore', { limit: 500 }).length;
    expect(total).toBeGreaterThan(25);
    const reply = run('search', { query: 'singapore' });
    expect(reply.embeds?.[0]?.description).toMatch(new RegExp(`^\\*\\*${total} matches, 1–25\\*\\*`));
    expect(selects(reply)[0]?.options).toHaveLength(25);
  });

  it('results are listed once: in the select, not also as a numbered list', () => {
    const reply = run('search', { query: 'keppel' });
    expect(reply.embeds?.[0]?.description).not.toMatch(/^1\. /m);
  });
});

describe('broad topics', () => {
  it('/project query:ai lists every matching project instead of one card', () => {
    const reply = run('project', { query: 'ai' });
    const all = deps.search.search('ai', { kinds: ['project'], limit: 500 });
    expect(all.length).toBeGreaterThan(2);
    expect(reply.embeds?.[0]?.description).toMatch(new RegExp(`^\\*\\*${all.length} matches\\*\\*`));
    expect(selects(reply)[0]?.options?.map((o) => o.value)).toEqual(all.map((h) => `project:${h.id}`));
  });
});

describe('user text is echoed safely', () => {
  it('6000 characters of @everyone and markdown render within limits and ping no one', () => {
    const hostile = '@everyone **bold** `code` [x](http://e.vil) <@123> '.repeat(120).slice(0, 6000);
    for (const [name, option] of [
      ['project', 'query'],
      ['mou', 'query'],
      ['partner', 'name'],
      ['search', 'query'],
    ] as const) {
      const reply = run(name, { [option]: hostile });
      expect(reply.allowed_mentions).toEqual({ parse: [] });
      expect(visibleText(reply)).not.toMatch(/@everyone/);
      expect(visibleText(reply)).not.toMatch(/<@123>/);
    }
  });
});
