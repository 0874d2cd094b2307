// The README's example query results against the real output, so that the
// tables users read cannot drift from what the queries print.
//
//   node tests/queries/readme.mjs OUTDIR README.md [--queries DIR]
//
// OUTDIR holds the graph of seeds/ (default profile). For every README heading
// line **`queries/NAME.rq`** followed by a markdown table, runs NAME.rq in
// Oxigraph (pinned in tests/interop/package-lock.json) and requires:
//   - the table's header cells are variables the query projects;
//   - its rows are the query's first rows, in order, cell by cell (a cell may
//     be a prefix of a longer value, for columns cut short to fit the page);
//   - the number of rows is the table's, or N where the table is followed by
//     "(N rows in all; the first M shown.)".
// Prints one PASS/FAIL line per table; exits 1 on any failure, 77 when the
// pinned packages are missing.
import fs from 'node:fs';
import path from 'node:path';

import { requireOxigraph, root } from './oxigraph.mjs';

const ox = requireOxigraph();

const [out, readme, ...rest] = process.argv.slice(2);
if (!out || !readme) {
  console.error('usage: readme.mjs OUTDIR README.md [--queries DIR]');
  process.exit(2);
}
const queries = rest[0] === '--queries' && rest[1] ? rest[1] : path.join(root, 'queries');

const store = new ox.Store();
for (const f of fs.readdirSync(out).filter((n) => n.endsWith('.ttl')).sort()) {
  store.load(fs.readFileSync(path.join(out, f), 'utf8'), { format: 'text/turtle' });
}

// Every example: the query's name, the table's header and rows, the total.
function examples(text) {
  const lines = text.split('\n');
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\*\*`queries\/([a-z0-9-]+)\.rq`\*\*/.exec(lines[i]);
    if (!m) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j].startsWith('|') && !/^\*\*`queries\//.test(lines[j])) j++;
    if (j >= lines.length || !lines[j].startsWith('|')) continue;
    const cells = (line) => line.replace(/^\|/, '').replace(/\|\s*$/, '').split('|').map((c) => c.trim());
    const header = cells(lines[j]);
    const rows = [];
    for (j += 2; j < lines.length && lines[j].startsWith('|'); j++) rows.push(cells(lines[j]));
    while (j < lines.length && lines[j].trim() === '') j++;
    const total = /^\((\d+) rows in all/.exec(lines[j] ?? '');
    found.push({ name: m[1], line: i + 1, header, rows, total: total ? Number(total[1]) : rows.length });
  }
  return found;
}

let passed = 0;
let failed = 0;
const list = examples(fs.readFileSync(readme, 'utf8'));
if (list.length === 0) {
  console.log(`FAIL  no example tables found in ${readme}`);
  process.exit(1);
}
for (const ex of list) {
  const where = `README line ${ex.line}, queries/${ex.name}.rq`;
  const problems = [];
  let result;
  try {
    const text = fs.readFileSync(path.join(queries, `${ex.name}.rq`), 'utf8');
    result = JSON.parse(store.query(text, { results_format: 'application/sparql-results+json' }));
  } catch (e) {
    problems.push(String(e?.message ?? e).split('\n')[0]);
  }
  if (result) {
    const vars = result.head.vars;
    const missing = ex.header.filter((h) => !vars.includes(h));
    if (missing.length) problems.push(`columns not projected: ${missing.join(', ')}`);
    const actual = result.results.bindings;
    if (actual.length !== ex.total) problems.push(`${actual.length} rows, the README says ${ex.total}`);
    ex.rows.forEach((row, r) => {
      const got = actual[r];
      row.forEach((cell, c) => {
        const value = got?.[ex.header[c]]?.value ?? '';
        if (value !== cell && !(cell.length >= 20 && value.startsWith(cell))) {
          problems.push(`row ${r + 1}, ${ex.header[c]}: README "${cell}", query "${value}"`);
        }
      });
    });
  }
  if (problems.length === 0) {
    passed++;
    console.log(`PASS  ${where}: ${ex.rows.length} rows as printed (${ex.total} in all)`);
  } else {
    failed++;
    console.log(`FAIL  ${where}`);
    for (const p of problems.slice(0, 10)) console.log(`      ${p}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
