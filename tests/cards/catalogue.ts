import type { Deps } from '../../src/command.js';
import type { ReplyData } from '../../src/reply.js';
import { handleCommand } from '../../src/router.js';
import { partnersReply, recordReply, totalsReply, type PartnerFilters, type ReplyKind } from '../../src/cards/index.js';
import { QUESTIONS } from '../answer/questions.js';

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
export function everyReply(deps: Deps): Sample[] {
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
    push('search results', 'list', q, handleCommand('search', { query: q }, deps));
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
      handleCommand(cmd, { [opt]: q }, deps),
    );
  push('help', 'list', '/help', handleCommand('help', {}, deps));
  push('about', 'list', '/about', handleCommand('about', {}, deps));
  for (const c of QUESTIONS) push('/ask answer', 'list', c.q, handleCommand('ask', { question: c.q }, deps));
  return out;
}
