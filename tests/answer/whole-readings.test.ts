/**
 * parts.ts plans a question it could split in two only where one of plan.ts's WHOLE_READINGS may claim it (mayPlanAs):
 * every other reading must build no plan whose op is each/compare/quotes/chairs, nor call anything that does. This test
 * walks the code's references — each name as TypeScript resolves it, from every function and module-level value — and
 * fails when a reading outside WHOLE_READINGS can reach an object written `{ op: 'each' | 'compare' | 'quotes' |
 * 'chairs' }` (or an `op` whose value is not a plain string: it could be any of them). A reading added to RECOGNISERS
 * that can build such a plan must be added to WHOLE_READINGS too, or a question it answers whole would be split.
 */
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { RECOGNISERS, WHOLE_READINGS } from '../../src/answer/plan.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const WHOLE = new Set(['each', 'compare', 'quotes', 'chairs']);
// Results, not plans: run's (a plan that runs them holds no such op itself).
const RESULTS = new Set(['run', 'runChairs', 'runCompare', 'runQuotes']);

type Decl = ts.Node;
interface Owner {
  name: string;
  where: string;
  refs: Set<Decl>;
  builds: boolean;
}

/** The readings in RECOGNISERS that can reach a plan of a kept-whole op, by name (the functions' own names). */
function readingsThatCanBuild(): { can: string[]; count: number } {
  const config = ts.parseJsonConfigFileContent(
    ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile).config,
    ts.sys,
    ROOT,
  );
  const program = ts.createProgram([join(ROOT, 'src/answer/index.ts')], config.options);
  const checker = program.getTypeChecker();
  const inSrc = (d: ts.Node) => d.getSourceFile().fileName.startsWith(join(ROOT, 'src'));
  const declsOf = (symbol: ts.Symbol | undefined): Decl[] => {
    let s = symbol;
    if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
    return (s?.declarations ?? []).filter(inSrc);
  };
  // Every function, method, getter and module-level value: what its body or initializer refers to.
  const owners = new Map<Decl, Owner>();
  let context: ts.ClassDeclaration | undefined;
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || !inSrc(sf)) continue;
    const stack: Decl[] = [];
    const visit = (n: ts.Node): void => {
      const own =
        ts.isFunctionDeclaration(n) ||
        ts.isMethodDeclaration(n) ||
        ts.isGetAccessor(n) ||
        ts.isConstructorDeclaration(n) ||
        ts.isClassDeclaration(n) ||
        ((ts.isVariableDeclaration(n) || ts.isPropertyDeclaration(n)) && !!n.initializer);
      if (own) {
        const name = 'name' in n && n.name ? (n.name as ts.Node).getText() : 'constructor';
        const line = sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
        owners.set(n, { name, where: `${relative(ROOT, sf.fileName)}:${line}`, refs: new Set(), builds: false });
        stack.push(n);
        if (ts.isClassDeclaration(n) && n.name?.text === 'Context' && sf.fileName.endsWith('plan/context.ts'))
          context = n;
      }
      const at = stack[stack.length - 1];
      const owner = at && owners.get(at);
      if (owner) {
        if (ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) {
          for (const d of declsOf(checker.getSymbolAtLocation(n))) owner.refs.add(d);
          // A name destructured from a parameter ({ u, about }): the property it reads.
          if (ts.isBindingElement(n.parent) && n.parent.name === n) {
            const prop = checker
              .getTypeAtLocation(n.parent.parent)
              .getProperty(n.parent.propertyName?.getText() ?? n.text);
            for (const d of declsOf(prop)) owner.refs.add(d);
          }
        }
        if (ts.isShorthandPropertyAssignment(n) && n.name.text === 'op') owner.builds = true;
        if (ts.isPropertyAssignment(n) && n.name.getText() === 'op') {
          const v = ts.isAsExpression(n.initializer) ? n.initializer.expression : n.initializer;
          if (!ts.isStringLiteral(v) || WHOLE.has(v.text)) owner.builds = true;
        }
      }
      ts.forEachChild(n, visit);
      if (own) stack.pop();
    };
    visit(sf);
  }
  // PlanContext's properties are Context's getters.
  const members = new Map<string, Decl>();
  for (const m of context?.members ?? []) if (m.name) members.set(m.name.getText(), m);
  for (const owner of owners.values())
    for (const d of [...owner.refs]) {
      if (ts.isPropertySignature(d) && ts.isInterfaceDeclaration(d.parent) && d.parent.name.text === 'PlanContext') {
        const getter = members.get(d.name.getText());
        if (getter) owner.refs.add(getter);
      }
      if (d === context) for (const m of context.members) owner.refs.add(m);
    }
  const reaches = new Set([...owners].filter(([, o]) => o.builds && !RESULTS.has(o.name)).map(([d]) => d));
  for (let grew = true; grew;) {
    grew = false;
    for (const [d, o] of owners)
      if (!reaches.has(d) && [...o.refs].some((r) => reaches.has(r))) {
        reaches.add(d);
        grew = true;
      }
  }
  // RECOGNISERS' entries, as written in plan.ts.
  const list = [...owners].find(([, o]) => o.name === 'RECOGNISERS' && o.where.startsWith('src/answer/plan.ts'))?.[0];
  const entries =
    list && ts.isVariableDeclaration(list) && list.initializer && ts.isArrayLiteralExpression(list.initializer)
      ? list.initializer.elements
      : ts.factory.createNodeArray<ts.Expression>();
  const can = entries
    .filter((e) => declsOf(checker.getSymbolAtLocation(e)).some((d) => reaches.has(d)))
    .map((e) => e.getText());
  return { can, count: entries.length };
}

describe('plan.ts WHOLE_READINGS (parts.ts plans a question whole only where one of them may claim it)', () => {
  it('lists every reading that can build an each/compare/quotes/chairs plan', { timeout: 300_000 }, () => {
    const { can, count } = readingsThatCanBuild();
    expect(count).toBe(RECOGNISERS.length);
    const listed = new Set(WHOLE_READINGS.map((r) => r.name));
    expect(can.filter((name) => !listed.has(name))).toEqual([]);
    // (And it finds them: the walk is no walk that finds nothing.)
    expect(can).toContain('quote');
    expect(can).toContain('whoAsked');
  });

  it('keeps RECOGNISERS order', () => {
    const order = RECOGNISERS.filter((r) => WHOLE_READINGS.includes(r));
    expect(order.length).toBe(WHOLE_READINGS.length);
  });
});
