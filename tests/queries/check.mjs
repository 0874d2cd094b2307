// Analyst queries against hand-written expectations (issue 6).
//
//   node tests/queries/check.mjs OUTDIR [--queries DIR] [--expected DIR]
//
// Loads every *.ttl / *.nt under OUTDIR (the graph of seeds/) into Oxigraph
// (pinned in tests/interop/package-lock.json), runs DIR/NAME.rq for every
// EXPECTED/NAME.tsv (defaults: queries/ and tests/queries/expected/ of this
// repository), requires rows and compares them with the table. Prints one
// PASS/FAIL line per query and exits 1 on any failure, 77 when the pinned
// packages are missing. (tests/interop checks that every query runs.)
//
// EXPECTED/NAME.tsv:
//   - lines starting with '#' are comments; two of them are directives:
//       # mode: subset    every expected row must match an actual row of its
//                         own (expected rows are a subset; the default)
//       # mode: exact     the same, and no actual row is left over
//       # ordered: true   the matched actual rows come in the expected rows'
//                         order (checks the query's ORDER BY)
//   - the first other line is the header: tab-separated variable names, with
//     or without '?'; only these columns are compared (a query may project more);
//   - every further line is one expected row. A cell is
//       *            anything, bound or not
//       (empty)      the variable must be unbound
//       a | b | c    any one of these values
//     A value matches a literal by its lexical form (numeric literals
//     numerically: "4000" matches "4000.0"^^xsd:decimal), an IRI by the whole
//     IRI or its local name. Case is ignored, curly quotes count as straight
//     ones and runs of white space as one space.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { requireOxigraph, root } from './oxigraph.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ox = requireOxigraph();

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const NUMERIC = new Set(['integer', 'decimal', 'double', 'float', 'int', 'long', 'short',
  'nonNegativeInteger', 'positiveInteger', 'negativeInteger', 'nonPositiveInteger']
  .map((t) => XSD + t));

let passed = 0;
let failed = 0;
const pass = (m) => { passed++; console.log(`PASS  ${m}`); };
const fail = (m) => { failed++; console.log(`FAIL  ${m}`); };
const detail = (m) => console.log(`      ${m}`);
const msg = (e) => String(e?.message ?? e).split('\n')[0].slice(0, 300);

function parseArgs(argv) {
  const o = { out: null, queries: path.join(root, 'queries'), expected: path.join(here, 'expected') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--queries') o.queries = argv[++i];
    else if (a === '--expected') o.expected = argv[++i];
    else if (!o.out && !a.startsWith('--')) o.out = a;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!o.out) throw new Error('usage: check.mjs OUTDIR [--queries DIR] [--expected DIR]');
  return o;
}

function readUtf8(f) {
  return new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(f));
}

function rdfFiles(dir) {
  const found = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) found.push(...rdfFiles(p));
    else if (/\.(ttl|nt)$/.test(e.name)) found.push(p);
  }
  return found.sort();
}

export function readExpected(file) {
  const t = { mode: 'subset', ordered: false, header: null, rows: [] };
  readUtf8(file).split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('#')) {
      const body = line.slice(1).trim();
      let m;
      if ((m = /^mode:\s*(\S+)/.exec(body))) {
        if (!['subset', 'exact'].includes(m[1])) throw new Error(`${file}:${i + 1}: mode must be subset or exact`);
        t.mode = m[1];
      } else if ((m = /^ordered:\s*(\S+)/.exec(body))) {
        t.ordered = m[1] === 'true';
      }
      return;
    }
    if (t.header === null) {
      if (line.trim()) t.header = line.split('\t').map((c) => c.trim().replace(/^\?/, ''));
      return;
    }
    if (!line.trim() && !line.includes('\t')) return;
    const cells = line.split('\t').map((c) => c.trim());
    if (cells.length !== t.header.length) {
      throw new Error(`${file}:${i + 1}: ${cells.length} cells, the header has ${t.header.length}`);
    }
    t.rows.push(cells);
  });
  if (!t.header || t.rows.length === 0) throw new Error(`${file}: no header or no rows`);
  return t;
}

const norm = (s) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/\s+/g, ' ').trim().toLowerCase();

function valueMatches(want, term) {
  if (!term) return false;
  if (term.type === 'uri') {
    const v = term.value.replace(/[/#]+$/, '');
    const local = v.slice(Math.max(v.lastIndexOf('#'), v.lastIndexOf('/')) + 1);
    return norm(want) === norm(term.value) || norm(want) === norm(local);
  }
  if (NUMERIC.has(term.datatype)) {
    const a = Number(want.replace(/,/g, ''));
    const b = Number(term.value);
    if (want.trim() !== '' && Number.isFinite(a) && Number.isFinite(b)) return Math.abs(a - b) < 1e-9;
  }
  return norm(want) === norm(term.value);
}

export function cellMatches(cell, term) {
  if (cell === '*') return true;
  if (cell === '') return !term;
  return cell.split(' | ').some((alt) => valueMatches(alt.trim(), term));
}

const rowMatches = (header, row, binding) => header.every((v, k) => cellMatches(row[k], binding[v]));

// Returns the expected rows that found no actual row, and the number of
// actual rows used.
export function match(t, bindings) {
  const missing = [];
  if (t.ordered) {
    // Earliest-match greedy: finds an order-preserving matching whenever one exists.
    let start = 0;
    for (const row of t.rows) {
      let j = start;
      while (j < bindings.length && !rowMatches(t.header, row, bindings[j])) j++;
      if (j === bindings.length) missing.push(row);
      else start = j + 1;
    }
    return { missing, used: t.rows.length - missing.length };
  }
  // Maximum bipartite matching (Kuhn): each expected row gets its own actual row.
  const cand = t.rows.map((row) => bindings.flatMap((b, j) => (rowMatches(t.header, row, b) ? [j] : [])));
  const owner = new Map();
  const assign = (i, seen) => {
    for (const j of cand[i]) {
      if (seen.has(j)) continue;
      seen.add(j);
      if (!owner.has(j) || assign(owner.get(j), seen)) { owner.set(j, i); return true; }
    }
    return false;
  };
  t.rows.forEach((row, i) => { if (!assign(i, new Set())) missing.push(row); });
  return { missing, used: owner.size };
}

function main() {
  let o;
  try { o = parseArgs(process.argv.slice(2)); } catch (e) { console.error(msg(e)); process.exit(2); }
  const store = new ox.Store();
  const files = rdfFiles(o.out);
  if (files.length === 0) { fail(`load       no .ttl or .nt files under ${o.out}`); process.exit(1); }
  for (const f of files) {
    try {
      store.load(readUtf8(f), { format: f.endsWith('.nt') ? 'application/n-triples' : 'text/turtle' });
    } catch (e) { fail(`load       ${f}: ${msg(e)}`); }
  }
  const expected = fs.existsSync(o.expected)
    ? fs.readdirSync(o.expected).filter((n) => n.endsWith('.tsv')).sort() : [];
  const queries = fs.readdirSync(o.queries).filter((n) => n.endsWith('.rq')).sort();
  for (const q of queries.filter((n) => expected.includes(n.replace(/\.rq$/, '.tsv')))) {
    const name = q.replace(/\.rq$/, '');
    const text = readUtf8(path.join(o.queries, q));
    let result;
    try {
      result = JSON.parse(store.query(text, { results_format: 'application/sparql-results+json' }));
    } catch (e) { fail(`${q}: ${msg(e)}`); continue; }
    if (!result.head) { pass(`${q}: ASK ${result.boolean}`); continue; }
    const bindings = result.results.bindings;
    if (bindings.length === 0) { fail(`${q}: no rows`); continue; }
    let t;
    try { t = readExpected(path.join(o.expected, `${name}.tsv`)); } catch (e) { fail(msg(e)); continue; }
    const unknown = t.header.filter((v) => !result.head.vars.includes(v));
    if (unknown.length) { fail(`${q}: does not project ?${unknown.join(', ?')}`); continue; }
    const { missing, used } = match(t, bindings);
    const extra = t.mode === 'exact' ? bindings.length - used : 0;
    const how = `${t.rows.length} expected rows, ${t.mode}${t.ordered ? ', ordered' : ''}`;
    if (!missing.length && !extra) { pass(`${q}: ${bindings.length} rows (${how})`); continue; }
    fail(`${q}: ${missing.length} expected row(s) missing${t.ordered ? ' or out of order' : ''}` +
         `${extra ? `, ${extra} unexpected` : ''} (${how})`);
    for (const r of missing) detail(`- ${r.join('\t')}`);
    detail(`actual (${bindings.length} rows): ${t.header.map((v) => `?${v}`).join('\t')}`);
    for (const b of bindings.slice(0, 40)) detail(`  ${t.header.map((v) => b[v]?.value ?? '').join('\t')}`);
  }
  for (const e of expected) {
    if (!queries.includes(e.replace(/\.tsv$/, '.rq'))) fail(`${e}: no query ${e.replace(/\.tsv$/, '.rq')}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
