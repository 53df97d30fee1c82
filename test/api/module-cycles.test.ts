// No cycles between server modules (issue 13, K3; decision 41). Every `server/modules/<m>/` file's
// imports are read with the TypeScript parser and folded into a graph of modules; a cycle in that
// graph fails, naming the files behind each edge of it. What counts as an edge:
// - value imports and re-exports only: `import type` is erased, so it orders nothing at load time;
// - not from `resolvers/`: server/schema.ts alone loads them, after every module (decision 26), so a
//   resolver may read any module's index (the GraphQL edge of the app, not a module's dependency).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const modulesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../server/modules');

type Graph = Map<string, Map<string, Set<string>>>; // from module -> to module -> files importing

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The specifiers of an import or re-export that loads values (not one of `import type` / `export type`). */
function valueSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      out.push(node.moduleSpecifier.text);
    }
  }
  return out;
}

function moduleGraph(dir: string): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(dir)) {
    const [from, folder] = relative(dir, file).split(/[\\/]/);
    if (folder === 'resolvers') continue;
    for (const specifier of valueSpecifiers(file)) {
      if (!specifier.startsWith('.')) continue;
      const target = relative(dir, resolve(dirname(file), specifier));
      if (target.startsWith('..')) continue; // server/common, config…: not a module
      const to = target.split(/[\\/]/)[0];
      if (to === from) continue;
      const edges = graph.get(from) ?? new Map<string, Set<string>>();
      graph.set(from, edges);
      edges.set(to, (edges.get(to) ?? new Set()).add(relative(dir, file)));
    }
  }
  return graph;
}

/** Strongly connected components of more than one module (Tarjan): each is one or more cycles. */
function cycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

function describeCycle(graph: Graph, component: string[]): string {
  const lines = [`modules ${component.join(', ')} import each other:`];
  for (const from of component) {
    for (const [to, files] of graph.get(from) ?? []) {
      if (component.includes(to)) lines.push(`  ${from} -> ${to}: ${[...files].join(', ')}`);
    }
  }
  return lines.join('\n');
}

describe('module dependencies', () => {
  it('form no cycle between server modules', () => {
    const graph = moduleGraph(modulesDir);
    // The graph is not empty: modules do depend on each other (ordering on catalog, for one).
    expect(graph.get('ordering')?.has('catalog')).toBe(true);
    expect(graph.get('catalog')?.has('ordering') ?? false).toBe(false);
    const found = cycles(graph);
    expect(found.map((c) => describeCycle(graph, c)).join('\n')).toBe('');
  });

  it('reports a cycle when one exists, through any number of modules', () => {
    const edge = (to: string, file: string) => [to, new Set([file])] as const;
    const graph: Graph = new Map([
      ['a', new Map([edge('b', 'a/x.ts')])],
      ['b', new Map([edge('c', 'b/y.ts')])],
      ['c', new Map([edge('a', 'c/z.ts'), edge('d', 'c/w.ts')])],
      ['d', new Map()],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
    expect(describeCycle(graph, ['a', 'b', 'c'])).toContain('c -> a: c/z.ts');
    graph.get('c')!.delete('a');
    expect(cycles(graph)).toEqual([]);
  });

  it('skips type-only imports and resolvers, and counts re-exports', () => {
    const graph = moduleGraph(modulesDir);
    // tasks/entities/task.entity.ts imports StaffUser as a type only (the relation names the entity).
    expect(graph.get('tasks')?.has('access') ?? false).toBe(false);
    // catalog's product resolver records activity; resolvers are not module edges.
    expect(graph.get('catalog')?.has('activity') ?? false).toBe(false);
    // access's index re-exports taskStaffViewer from server/common: not a module.
    expect([...(graph.get('access')?.keys() ?? [])]).not.toContain('common');
  });
});
