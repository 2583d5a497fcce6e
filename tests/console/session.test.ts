import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/console/reply-line.js';
import { renderReply } from '../../src/console/render.js';
import { createSession } from '../../src/console/session.js';
import { handleComponent, routerFor } from '../../src/router.js';
import { testDeps } from '../helpers.js';

const deps = testDeps();

/** The card the first line gives, rendered: what the console shows before a number is typed. */
function firstCard(line: string) {
  const reply = answerLine(line, deps);
  if (!reply.ok) throw new Error(reply.error.message);
  return renderReply(reply.value);
}

describe('console session', () => {
  it('shows the card a command answers with, and says numbers follow its buttons', () => {
    const session = createSession(deps);
    const out = session.handle('/project query:quikbot');
    expect(out.kind).toBe('card');
    expect(out.kind === 'card' && out.text).toContain('QuikBot');
    expect(session.actionCount).toBeGreaterThan(0);
    expect(out.kind === 'card' && out.text).toContain('Type a number to follow it.');
  });

  it('typing a number shows exactly what clicking that button or option answers', () => {
    const card = firstCard('/project query:quikbot');
    expect(card.actions.length).toBeGreaterThan(0);
    card.actions.forEach((action, i) => {
      // Each number is tried from the same first card.
      const fresh = createSession(deps);
      fresh.handle('/project query:quikbot');
      const out = fresh.handle(String(i + 1));
      const expected = renderReply(handleComponent(action.customId, action.values, deps).data).text;
      expect(out.kind === 'card' && out.text.startsWith(expected)).toBe(true);
    });
  });

  it('a paging button updates the card in place, and its new buttons are numbered', () => {
    const card = firstCard('/search query:singapore');
    const next = card.actions.findIndex((a) => /next/i.test(a.label));
    expect(next).toBeGreaterThanOrEqual(0);
    const session = createSession(deps);
    session.handle('/search query:singapore');
    const out = session.handle(String(next + 1));
    expect(out.kind === 'card' && out.text).toMatch(/matches, 26–\d+/);
    expect(session.actionCount).toBeGreaterThan(0);
  });

  it('a number outside the last card, or before any card, is a short error', () => {
    const session = createSession(deps);
    expect(session.handle('1')).toEqual({ kind: 'error', text: 'There is nothing numbered to follow yet.' });
    session.handle('/project query:quikbot');
    const n = session.actionCount;
    expect(session.handle(String(n + 1))).toEqual({ kind: 'error', text: `Choose a number from 1 to ${n}.` });
  });

  it('a line it cannot read is an error message, and the session goes on', () => {
    const session = createSession(deps);
    const out = session.handle('/nosuchcommand');
    expect(out.kind).toBe('error');
    expect(out.kind === 'error' && out.text).toContain('/help');
    expect(session.handle('/about').kind).toBe('card');
    expect(session.handle('   ')).toEqual({ kind: 'none' });
  });

  it('a new command replaces the numbered buttons of the previous card', () => {
    const session = createSession(deps);
    session.handle('/project query:quikbot');
    expect(session.actionCount).toBeGreaterThan(0);
    session.handle('/help');
    expect(session.actionCount).toBe(firstCard('/help').actions.length);
  });
});

describe('every registered command from the console', () => {
  // The example /help shows for each command is what a user will type first.
  it.each(routerFor(deps).commands.map((c) => [c.name, c.example]))(
    '/%s: its /help example parses and renders as readable text',
    (_name, example) => {
      const reply = answerLine(example, deps);
      if (!reply.ok) throw new Error(`${example}: ${reply.error.message}`);
      const { text, actions } = renderReply(reply.value);
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).not.toMatch(/\*\*|<t:\d|\]\(http|<@|\\[*_~`]/);
      // Every number on screen is one the console can follow.
      for (const [i, a] of actions.entries()) expect(text).toContain(`[${i + 1}] ${a.label}`);
    },
  );
});
