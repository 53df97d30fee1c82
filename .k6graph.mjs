import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, dirname, resolve, relative } from 'node:path';
const root = process.cwd(); const modRoot = join(root, 'server/modules');
const files = []; const walk = (d) => { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (/\.tsx?$/.test(n)) files.push(p); } }; walk(modRoot);
const edges = new Map();
const skipRes = process.argv.includes('--skip-resolvers');
for (const f of files) {
  const relf = relative(modRoot, f);
  if (skipRes && ['resolvers','entities'].includes(relf.split('/')[1])) continue;
  const from = relf.split('/')[0];
  const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, false);
  for (const st of sf.statements) {
    let spec, typeOnly = false;
    if (ts.isImportDeclaration(st)) { spec = st.moduleSpecifier.text; const c = st.importClause; typeOnly = !!c && (c.isTypeOnly || (!c.name && c.namedBindings && ts.isNamedImports(c.namedBindings) && c.namedBindings.elements.length > 0 && c.namedBindings.elements.every(e => e.isTypeOnly))); }
    else if (ts.isExportDeclaration(st) && st.moduleSpecifier) { spec = st.moduleSpecifier.text; typeOnly = st.isTypeOnly; }
    else continue;
    if (!spec.startsWith('.')) continue;
    const rel = relative(modRoot, resolve(dirname(f), spec)); if (rel.startsWith('..')) continue;
    const to = rel.split('/')[0]; if (to === from) continue;
    if (typeOnly && process.argv.includes('--values')) continue;
    const k = `${from} -> ${to}`; if (!edges.has(k)) edges.set(k, []); edges.get(k).push(relative(root, f) + (typeOnly ? ' (type)' : ''));
  }
}
const adj = new Map(); for (const k of edges.keys()) { const [a, b] = k.split(' -> '); if (!adj.has(a)) adj.set(a, new Set()); adj.get(a).add(b); }
for (const k of [...edges.keys()].sort()) { const [a, b] = k.split(' -> '); if (adj.get(b)?.has(a) ) console.log('2-cycle', k, '\n    ', edges.get(k).join('\n     ')); }
// SCCs
let idx = 0; const st = [], on = new Set(), ix = new Map(), low = new Map(), sccs = [];
const sc = (v) => { ix.set(v, idx); low.set(v, idx++); st.push(v); on.add(v); for (const w of adj.get(v) ?? []) { if (!ix.has(w)) { sc(w); low.set(v, Math.min(low.get(v), low.get(w))); } else if (on.has(w)) low.set(v, Math.min(low.get(v), ix.get(w))); } if (low.get(v) === ix.get(v)) { const c = []; let w; do { w = st.pop(); on.delete(w); c.push(w); } while (w !== v); if (c.length > 1) sccs.push(c); } };
for (const v of adj.keys()) if (!ix.has(v)) sc(v);
console.log('SCCs', sccs);
for (const c of sccs) for (const [k, v] of edges) { const [a, b] = k.split(' -> '); if (c.includes(a) && c.includes(b)) console.log('in-scc', k, v.join(', ')); }
