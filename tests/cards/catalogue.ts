import type { CardDeps } from '../../src/cards/index.js';
import type { ReplyData } from '../../src/reply.js';
import { handleCommand, handleComponent } from '../../src/router.js';
import { partnersReply, recordReply, totalsReply, type PartnerFilters, type ReplyKind } from '../../src/cards/index.js';
import { QUESTIONS } from '../answer/questions.js';
import { QUESTIONS_ZH } from '../answer/questions-zh.js';

/** One reply a user can get, named, with the kind of budget it is held to. */
export interface Sample {
  kind: string;
  budget: ReplyKind;
  name: string;
  reply: ReplyData;
}

/**
 * Every record card, every /partners page of every filter, every totals view, the searches, the
 * misses, help and about, and the /ask question set: what the budget test checks and the bench measures.
 */
/** Every kind of reply the catalogue holds, in every language: a kind that goes missing fails the tests. */
export const REPLY_KINDS = [
  'project card',
  'MOU card',
  'partner card',
  'meeting card',
  'partners page',
  'totals',
  'search results',
  'miss',
  'note',
  'help',
  'about',
  '/ask answer',
] as const;

export function everyReply(deps: CardDeps): Sample[] {
  const { locale } = deps;
  const d = deps.dataset;
  const out: Sample[] = [];
  const push = (kind: string, budget: ReplyKind, name: string, reply: ReplyData | null) => {
    if (reply) out.push({ kind, budget, name, reply });
  };
  for (const r of d.projects) push('project card', 'record', r.id, recordReply(deps, { kind: 'project', id: r.id }));
  for (const r of d.mous) push('MOU card', 'record', r.id, recordReply(deps, { kind: 'mou', id: r.id }));
  for (const r of d.organisations)
    push('partner card', 'record', r.id, recordReply(deps, { kind: 'organisation', id: r.id }));
  for (const r of d.meetings) push('meeting card', 'record', r.id, recordReply(deps, { kind: 'meeting', id: r.id }));
  const countries = [undefined, 'Singapore', 'China', 'unclear'];
  const meetings = [undefined, ...d.meetings.map((m) => m.number)];
  const groups = [undefined, ...d.initiative.mouGroups.map((g) => g.id)];
  for (const country of countries)
    for (const meeting of meetings)
      for (const group of groups) {
        const f: PartnerFilters = {
          ...(country ? { country } : {}),
          ...(meeting !== undefined ? { meeting } : {}),
          ...(group ? { group } : {}),
        };
        // The first page as the command gives it (a filter matching nothing is the command's note).
        const first = handleCommand(
          'partners',
          {
            ...(country ? { country } : {}),
            ...(meeting !== undefined ? { meeting } : {}),
            ...(group ? { pillar: group } : {}),
          },
          deps,
          locale,
        );
        const isNote = !first.embeds?.length;
        push(isNote ? 'note' : 'partners page', isNote ? 'note' : 'list', JSON.stringify(f), first);
        for (let p = 1; p < 10; p++) {
          const page = partnersReply(deps, f, p);
          if (JSON.stringify(page) === JSON.stringify(partnersReply(deps, f, p - 1))) break;
          push('partners page', 'list', `${JSON.stringify(f)} page ${p + 1}`, page);
        }
      }
  push('totals', 'list', 'all', totalsReply(deps));
  for (const m of d.meetings) push('totals', 'list', `meeting ${m.number}`, totalsReply(deps, m.number));
  for (const q of ['singapore', 'keppel', 'energy storage', 'shenzhen', 'ai', 'sun yat-sen'])
    push('search results', 'list', q, handleCommand('search', { query: q }, deps, locale));
  for (const [cmd, opt, q] of [
    ['project', 'query', 'qqxzzv'],
    ['partner', 'name', 'zzzz'],
    ['mou', 'query', 'ntu'],
    ['project', 'query', 'ai'],
    ['search', 'query', 'qqxzzv'],
  ] as const)
    push(
      q === 'ai' ? 'search results' : 'miss',
      q === 'ai' ? 'list' : 'note',
      `/${cmd} ${q}`,
      handleCommand(cmd, { [opt]: q }, deps, locale),
    );
  push('help', 'list', '/help', handleCommand('help', {}, deps, locale));
  push('about', 'list', '/about', handleCommand('about', {}, deps, locale));
  // The commands' own notes: nothing typed, a meeting or a filter not on file, a command or a button not known.
  for (const [cmd, options] of [
    ['project', { query: '' }],
    ['search', { query: ' ' }],
    ['totals', { meeting: 9 }],
    ['meeting', { number: 9 }],
    ['partners', { country: 'Mars' }],
    ['nope', {}],
  ] as const)
    push('note', 'note', `/${cmd} ${JSON.stringify(options)}`, handleCommand(cmd, options, deps, locale));
  push('note', 'note', 'a stale button', handleComponent('v1:open:project:gone', [], deps, locale).data);
  push('note', 'note', 'an unknown button', handleComponent('v0:nope', [], deps, locale).data);
  for (const q of ['北京大学', '深圳', '覃偉中'])
    push('search results', 'list', q, handleCommand('search', { query: q }, deps, locale));
  // /ask in the reader's language: the English question set, and the Chinese one for a Chinese reader.
  const questions = locale === 'en' ? QUESTIONS : [...QUESTIONS.slice(0, 40), ...QUESTIONS_ZH];
  for (const c of questions) push('/ask answer', 'list', c.q, handleCommand('ask', { question: c.q }, deps, locale));
  return out;
}
