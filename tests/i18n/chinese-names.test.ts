// Chinese names on cards: a name a source prints is shown beside the English one for a Chinese reader,
// with that source in the card's source line; a standard name no SCI source gives (a search alias) is
// never shown; an English reader gets the English names alone.
import { describe, expect, it } from 'vitest';
import { recordReply } from '../../src/cards/index.js';
import { handleAutocomplete, handleCommand } from '../../src/router.js';
import { everyReply } from '../cards/catalogue.js';
import { testDeps } from '../helpers.js';
import { visibleText } from './english-left.js';

const text = (reply: ReturnType<typeof handleCommand> | null) => visibleText(reply ?? ({} as never)).join('\n');

describe('Chinese names from the sources, beside the English ones', () => {
  it('a Chinese reader sees the sourced name, with its source cited', () => {
    const card = recordReply(testDeps('zh-CN'), { kind: 'organisation', id: 'imda' });
    expect(card?.embeds?.[0]?.title).toBe('Infocomm Media Development Authority（新加坡资讯通信媒体发展局）');
    expect(text(card)).toMatch(/PR Newswire China, 2022年11月25日/);
  });

  it('a person’s name in the reader’s script where the sources print both', () => {
    expect(text(handleCommand('meeting', { number: 4 }, testDeps(), 'zh-CN'))).toContain('Qin Weizhong（覃伟中）');
    expect(text(handleCommand('meeting', { number: 4 }, testDeps(), 'zh-TW'))).toContain('Qin Weizhong（覃偉中）');
  });

  it('an English reader gets no Chinese names on the cards', () => {
    const en = testDeps('en');
    expect(recordReply(en, { kind: 'organisation', id: 'imda' })?.embeds?.[0]?.title).toBe(
      'Infocomm Media Development Authority',
    );
    expect(text(handleCommand('meeting', { number: 4 }, en, 'en'))).not.toMatch(/覃/);
  });

  it.each(['zh-CN', 'zh-TW'] as const)(
    '%s: no search-only alias is ever shown (unless the user typed it)',
    (locale) => {
      const deps = testDeps(locale);
      const sourced = deps.dataset.chineseNames.filter((n) => n.sourced).map((n) => n.name);
      // Aliases of records (not place names, which are ordinary words) that no sourced name contains.
      const aliases = deps.dataset.chineseNames
        .filter((n) => !n.sourced && !n.means && !sourced.some((s) => s.includes(n.name)))
        .map((n) => n.name);
      expect(aliases).toContain('北京大学');
      for (const s of everyReply(deps)) {
        if (/\p{Script=Han}/u.test(s.name)) continue;
        const shown = visibleText(s.reply).join('\n');
        for (const a of aliases) expect(shown, `${s.kind} ${s.name}`).not.toContain(a);
      }
    },
  );
});

describe('a project the source names only in Chinese (the 3rd meeting’s eight)', () => {
  const options = (locale: 'en' | 'zh-CN' | 'zh-TW') =>
    (handleCommand('meeting', { number: 3 }, testDeps(), locale).components ?? []).flatMap((row) =>
      'components' in row
        ? row.components.flatMap((c) => ('options' in c && Array.isArray(c.options) ? c.options : []))
        : [],
    ) as { label: string; description?: string }[];

  it.each(['zh-CN', 'zh-TW'] as const)('%s: the published Chinese name in menus, cards and choices', (locale) => {
    const library = options(locale).find((o) => o.label.includes('深新智慧图书馆合作项目'));
    expect(library?.description).toMatch(/Smart library cooperation/);
    expect(options(locale).some((o) => o.label.includes('Smart library'))).toBe(false);
    const card = recordReply(testDeps(locale), { kind: 'project', id: 'prj-3-smart-library' });
    expect(card?.embeds?.[0]?.title).toBe('深新智慧图书馆合作项目');
    expect(card?.embeds?.[0]?.description).toContain('Smart library cooperation');
    const choices = handleAutocomplete('project', { name: 'query', value: '图书馆' }, {}, testDeps(), locale);
    expect(choices[0]?.name).toMatch(/深新智慧图书馆合作项目$/);
  });

  it('English: our rendering, marked as ours beside the published name', () => {
    const library = options('en').find((o) => o.label.includes('Smart library cooperation'));
    expect(library?.description).toBe('our rendering of 深新智慧图书馆合作项目');
    // A project with a published English name carries no such note.
    const card = recordReply(testDeps('en'), { kind: 'meeting', id: 'jic-4' });
    expect(JSON.stringify(card?.components)).not.toMatch(/our rendering/);
  });
});
