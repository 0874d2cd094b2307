// claimgraph interoperability check: third-party readers load what claimgraph
// wrote, and the query contract holds. Runs without ../shared: every package
// is pinned in this folder's package-lock.json (npm ci --ignore-scripts).
//
//   node tests/interop/check.mjs OUTDIR [--queries DIR] [--shapes FILE] [--no-rows-ok]
//
// RDF    every *.ttl / *.nt under OUTDIR parses with N3.js in strict mode
//        (fatal UTF-8 decoding, no relative IRIs, no blank nodes) and with
//        serdi, both reading the same number of triples;
// store  all of it loads into Oxigraph; no ill-typed xsd literal;
// query  every DIR/*.rq runs and returns rows; the contract queries project
//        their contract variables with the promised kinds of values (the
//        analyst queries' expected tables are tests/queries' job);
// SHACL  all RDF conforms to the shapes (rdf-validate-shacl);
// GEXF   every *.gexf is well-formed (xmllint and xmldom), loads with
//        graphology-gexf (no dangling edges) and has the structure the
//        README promises Gephi users (typed attributes, kinds, weights, dates);
//        each entity node's iri is a subject of the RDF graph.
// Prints one PASS/FAIL line per check and "N passed, M failed"; exits 1 on
// any failure.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const req = createRequire(import.meta.url);
const N3 = req('n3');
const ox = req('oxigraph');
const Graph = req('graphology');
const gexf = req('graphology-gexf');
const { DOMParser } = createRequire(req.resolve('graphology-gexf'))('@xmldom/xmldom');

const XSD = 'http://www.w3.org/2001/XMLSchema#';

// The query contract (issue 2): variables each query must project, and what
// a bound value must look like.
const INT = (v) => v.type === 'literal' && v.datatype === `${XSD}integer`;
const IRI = (v) => v.type === 'uri';
const LIT = (v) => v.type === 'literal';
const DATEISH = (v) => v.type === 'literal' && [`${XSD}date`, `${XSD}gYearMonth`, `${XSD}gYear`].includes(v.datatype);
const TYPE = (v) => v.type === 'uri' && /[#/](Person|Organization|GovernmentOrganization|NewsMediaOrganization|Place|Country|MilitaryUnit|Product|Weapon)$/.test(v.value);
const ANY = () => true;
const CONTRACT = {
  'documents.rq': { doc: IRI, docId: LIT, title: LIT, published: DATEISH, publisher: ANY },
  'claims.rq': {
    docId: LIT, claim: IRI, sourceBegin: INT, sourceEnd: INT, source: IRI, sourceLabel: LIT,
    cueBegin: INT, cueEnd: INT, contentBegin: INT, contentEnd: INT, statedOn: DATEISH,
  },
  'mentions.rq': { docId: LIT, begin: INT, end: INT, entity: IRI, label: LIT, type: TYPE },
  'timex.rq': { docId: LIT, begin: INT, end: INT, value: LIT },
  'quantities.rq': {
    docId: LIT, begin: INT, end: INT, value: LIT, low: LIT, high: LIT, unit: ANY, claim: IRI,
  },
};

let passed = 0;
let failed = 0;
const pass = (m) => { passed++; console.log(`PASS  ${m}`); };
const fail = (m) => { failed++; console.log(`FAIL  ${m}`); };
const detail = (m) => console.log(`      ${m}`);
const msg = (e) => String(e?.message ?? e).split('\n')[0].slice(0, 300);

function args(argv) {
  const o = { out: null, queries: null, shapes: null, rowsOptional: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--queries') o.queries = argv[++i];
    else if (a === '--shapes') o.shapes = argv[++i];
    else if (a === '--no-rows-ok') o.rowsOptional = true;
    else if (!o.out && !a.startsWith('--')) o.out = a;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!o.out) throw new Error('usage: check.mjs OUTDIR [--queries DIR] [--shapes FILE] [--no-rows-ok]');
  return o;
}

function walk(dir, exts) {
  const found = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) found.push(...walk(p, exts));
    else if (exts.includes(path.extname(e.name).toLowerCase())) found.push(p);
  }
  return found.sort();
}

function readUtf8(f) { // fatal decode: N3.js would silently turn bad bytes into U+FFFD
  const buf = fs.readFileSync(f);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new Error(`invalid UTF-8 near line ${buf.toString('utf8').split('\uFFFD')[0].split('\n').length}`);
  }
}

const RDF_FORMATS = { '.ttl': ['Turtle', 'text/turtle'], '.nt': ['N-Triples', 'application/n-triples'] };

// Strict N3.js parse; the graph promises IRIs for everything, so a blank node
// (except in the SHACL shapes) or a relative IRI is an error.
function parseStrict(f, { blankNodes = false } = {}) {
  const quads = new N3.Parser({ format: RDF_FORMATS[path.extname(f)][0] }).parse(readUtf8(f));
  for (const q of quads) {
    for (const t of [q.subject, q.predicate, q.object, q.object.datatype]) {
      if (t?.termType === 'BlankNode' && !blankNodes) throw new Error(`blank node _:${t.value} (every node must have an IRI)`);
      if (t?.termType === 'NamedNode' && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(t.value)) {
        throw new Error(`relative IRI <${t.value}>`);
      }
    }
  }
  return quads;
}

// Serd (C) as the second parser: no message on stderr, and as many triples
// as N3.js found (-1 when N3.js failed).
function checkSerdi(f, n3Count) {
  const syntax = path.extname(f) === '.nt' ? 'ntriples' : 'turtle';
  const r = spawnSync('serdi', ['-i', syntax, '-o', 'ntriples', f], { maxBuffer: 1 << 30 });
  if (r.error) return fail(`serdi      ${r.error.code === 'ENOENT' ? 'not installed (Debian: serdi)' : msg(r.error)}`);
  const err = r.stderr.toString().trim();
  if (r.status !== 0 || err) return fail(`serdi      ${f}: ${msg(err || `exit ${r.status}`)}`);
  const n = r.stdout.toString().split('\n').filter((l) => l.trim() && !l.startsWith('#')).length;
  if (n3Count >= 0 && n !== n3Count) return fail(`serdi      ${f}: ${n} triples, N3.js read ${n3Count}`);
  pass(`serdi      ${f} (${n} triples)`);
}

function checkRdf(files) {
  const all = [];
  for (const f of files) {
    let count = -1;
    try {
      const quads = parseStrict(f);
      all.push(...quads);
      count = quads.length;
      pass(`n3.js      ${f} (${quads.length} triples)`);
    } catch (e) { fail(`n3.js      ${f}: ${msg(e)}`); }
    checkSerdi(f, count);
  }
  return all;
}

function loadStore(files) {
  const store = new ox.Store();
  for (const f of files) {
    try {
      const before = store.size;
      store.load(fs.readFileSync(f), { format: RDF_FORMATS[path.extname(f)][1] });
      pass(`oxigraph   load ${f} (+${store.size - before})`);
    } catch (e) { fail(`oxigraph   load ${f}: ${msg(e)}`); }
  }
  const types = ['boolean', 'integer', 'decimal', 'double', 'dateTime', 'date',
    'gYear', 'gYearMonth', 'duration'];
  const bad = store.query(`SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o)) FILTER(${types.map((t) =>
    `(DATATYPE(?o) = <${XSD}${t}> && sameTerm(COALESCE(<${XSD}${t}>(STR(?o)), "!"), "!"))`).join(' || ')}) }`);
  if (bad.length === 0) pass(`oxigraph   no ill-typed xsd literals (${store.size} triples)`);
  else fail(`oxigraph   ${bad.length} ill-typed literal(s), first: ${bad[0].get('o').value} on ${bad[0].get('s').value}`);
  return store;
}

function checkQueries(store, o) {
  const rqs = fs.readdirSync(o.queries).filter((n) => n.endsWith('.rq')).sort();
  if (rqs.length === 0) return fail(`query      no .rq files in ${o.queries}`);
  for (const name of Object.keys(CONTRACT)) {
    if (!rqs.includes(name)) fail(`contract   ${name} missing from ${o.queries}`);
  }
  for (const name of rqs) {
    const f = path.join(o.queries, name);
    const text = readUtf8(f);
    if (!/^\s*#\s*\S/.test(text)) fail(`query      ${f}: does not open with a comment stating its question`);
    let result;
    try {
      result = JSON.parse(store.query(text, { results_format: 'application/sparql-results+json' }));
    } catch (e) { fail(`query      ${f}: ${msg(e)}`); continue; }
    if (!result.head) { pass(`query      ${f}: ASK ${result.boolean}`); continue; }
    const n = result.results.bindings.length;
    if (n > 0 || o.rowsOptional) pass(`query      ${f}: ${n} rows`);
    else fail(`query      ${f}: no rows`);
    const contract = CONTRACT[name];
    if (contract) checkContract(f, contract, result);
  }
}

function checkContract(f, contract, result) {
  const missing = Object.keys(contract).filter((v) => !result.head.vars.includes(v));
  if (missing.length) return fail(`contract   ${f}: does not project ?${missing.join(', ?')}`);
  const problems = [];
  for (const b of result.results.bindings) {
    for (const [v, ok] of Object.entries(contract)) {
      if (b[v] && !ok(b[v])) problems.push(`?${v} = ${JSON.stringify(b[v])}`);
    }
  }
  if (problems.length === 0) return pass(`contract   ${f}: ?${Object.keys(contract).join(' ?')}`);
  fail(`contract   ${f}: ${problems.length} value(s) of the wrong kind, first ${problems[0]}`);
}

async function checkShacl(shapesFile, quads) {
  const SHACLValidator = (await import('rdf-validate-shacl')).default;
  let validator;
  try { validator = new SHACLValidator(parseStrict(shapesFile, { blankNodes: true })); } catch (e) { return fail(`shacl      ${shapesFile}: ${msg(e)}`); }
  const report = await validator.validate(validator.factory.dataset(quads));
  if (report.conforms) return pass(`shacl      ${quads.length} triples conform to ${shapesFile}`);
  fail(`shacl      ${report.results.length} violation(s) of ${shapesFile}`);
  for (const r of report.results.slice(0, 10)) {
    detail(`${r.focusNode?.value} ${r.path?.value ?? ''} ${r.message.map((m) => m.value).join('; ')}`);
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s) => DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

// What the README promises about graph.gexf, read from the DOM and from
// graphology's model of it.
function checkGexfStructure(f, doc, g) {
  const problems = [];
  const root = doc.documentElement;
  if (root.namespaceURI !== 'http://gexf.net/1.3') problems.push(`root namespace ${root.namespaceURI}`);
  if (root.getAttribute('version') !== '1.3') problems.push('version is not 1.3');
  if (root.getAttribute('xmlns:viz') !== 'http://gexf.net/1.3/viz') problems.push('no viz namespace');
  const graph = doc.getElementsByTagName('graph')[0];
  if (graph.getAttribute('mode') !== 'dynamic' || graph.getAttribute('timeformat') !== 'date') {
    problems.push('graph is not mode="dynamic" timeformat="date"');
  }
  for (const tag of ['node', 'edge', 'spell']) {
    for (const el of Array.from(doc.getElementsByTagName(tag))) {
      for (const a of ['start', 'end']) {
        const v = el.getAttribute(a);
        if (v && !validDate(v)) problems.push(`${tag} ${el.getAttribute('id')}: ${a}="${v}" is no xsd:date`);
      }
    }
  }
  for (const [tag, n] of [['nodes', g.order], ['edges', g.size]]) {
    const el = doc.getElementsByTagName(tag)[0];
    if (el?.hasAttribute('count') && +el.getAttribute('count') !== n) problems.push(`${tag} count attribute is not ${n}`);
  }
  g.forEachNode((id, a) => {
    if (!a.label) problems.push(`node ${id}: no label`);
    if (!a.type) problems.push(`node ${id}: no type`);
    if (a.type !== 'Claim') {
      for (const k of ['aliases', 'mentionCount', 'claimCount', 'documents']) {
        if (a[k] === undefined) problems.push(`node ${id}: no ${k}`);
      }
      if (!Array.isArray(a.aliases)) problems.push(`node ${id}: aliases is not a list`);
    }
    for (const k of ['firstSeen', 'lastSeen']) if (a[k] !== undefined && !validDate(a[k])) problems.push(`node ${id}: ${k} ${a[k]}`);
    if (!a.color) problems.push(`node ${id}: no viz:color`);
    if (!(a.size > 0)) problems.push(`node ${id}: no viz:size`);
  });
  g.forEachEdge((id, a) => {
    if (!a.kind) problems.push(`edge ${id}: no kind`);
    if (!(a.weight > 0) || a.claims !== a.weight) problems.push(`edge ${id}: weight ${a.weight} is not its claim count ${a.claims}`);
    if (a.sources === undefined) problems.push(`edge ${id}: no sources`);
  });
  if (problems.length === 0) return pass(`structure  ${f}: typed node/edge attributes, kinds, weights, dates`);
  fail(`structure  ${f}: ${problems.length} problem(s), first: ${problems[0]}`);
  for (const p of problems.slice(1, 6)) detail(p);
}

// Every entity node's iri attribute names a subject of the RDF graph written
// beside it, so a Gephi user can go from a node to the SPARQL data.
function checkGexfIris(f, g, store) {
  const iris = [];
  g.forEachNode((_, a) => { if (a.iri) iris.push(a.iri); });
  if (iris.length === 0) return fail(`iri        ${f}: no node has an iri attribute`);
  const known = new Set(store.query('SELECT DISTINCT ?s WHERE { ?s ?p ?o }').map((b) => b.get('s').value));
  const missing = iris.filter((i) => !known.has(i));
  if (missing.length === 0) return pass(`iri        ${f}: ${iris.length} node IRIs are subjects of the RDF graph`);
  fail(`iri        ${f}: ${missing.length} node IRI(s) not in the RDF graph, first ${missing[0]}`);
}

function checkGexf(files, store) {
  for (const f of files) {
    try {
      execFileSync('xmllint', ['--nonet', '--noout', f], { stdio: ['ignore', 'ignore', 'pipe'] });
      pass(`xmllint    ${f} is well-formed`);
    } catch (e) {
      if (e.code === 'ENOENT') fail('xmllint    not installed (Debian: libxml2-utils)');
      else fail(`xmllint    ${f}: ${msg(e.stderr)}`);
    }
    try {
      const problems = [];
      const doc = new DOMParser({ locator: {}, errorHandler: (level, m) => problems.push(`${level}: ${m}`) })
        .parseFromString(readUtf8(f), 'application/xml');
      if (problems.length) throw new Error(problems[0].replace(/\s+/g, ' '));
      const g = gexf.parse(Graph, doc); // throws on an edge to a missing node
      pass(`graphology ${f}: ${g.order} nodes, ${g.size} edges (${g.type}${g.multi ? ', multi' : ''})`);
      if (g.order === 0) fail(`graphology ${f}: no nodes`);
      checkGexfStructure(f, doc, g);
      if (store) checkGexfIris(f, g, store);
    } catch (e) { fail(`graphology ${f}: ${msg(e)}`); }
  }
}

async function main() {
  const o = args(process.argv.slice(2));
  const rdf = walk(o.out, ['.ttl', '.nt']);
  const gexfs = walk(o.out, ['.gexf']);
  if (rdf.length === 0) fail(`no .ttl or .nt file under ${o.out}`);
  const quads = checkRdf(rdf);
  const store = rdf.length ? loadStore(rdf) : null;
  if (store && o.queries) checkQueries(store, o);
  if (o.shapes) {
    if (fs.existsSync(o.shapes)) await checkShacl(o.shapes, quads);
    else fail(`shacl      no shapes file ${o.shapes}`);
  }
  if (gexfs.length === 0) fail(`no .gexf file under ${o.out}`);
  checkGexf(gexfs, store);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => { console.log(`FAIL  check.mjs crashed: ${e.stack ?? e}`); process.exitCode = 1; });
