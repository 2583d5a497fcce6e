// A project the source names only in Chinese: the card shows the published Chinese name and says the
// English title is our rendering; a project with a published English name says nothing of the kind.
import { describe, expect, it } from 'vitest';
import { recordReply } from '../../src/cards/index.js';
import { testDeps } from '../helpers.js';

const deps = testDeps();
const description = (id: string) => recordReply(deps, { kind: 'project', id })?.embeds?.[0]?.description ?? '';

describe('project names that are our renderings', () => {
  it('the 3rd meeting’s smart library project: Chinese name shown, English labelled a rendering', () => {
    const text = description('prj-3-smart-library');
    expect(text).toContain('深新智慧图书馆合作项目');
    expect(text).toMatch(/The English name is our rendering/);
  });

  it('an Annex B project keeps its published name without the label', () => {
    expect(description('prj-quikbot-guardforce')).not.toMatch(/our rendering/);
  });
});
