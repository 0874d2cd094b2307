// Peers side by side with claimgraph (never part of the test suite).
//
//   cd tests/bench && npm ci
//   node tests/bench/peers.mjs CORPUS.jsonl --peer wink|wink-full|compromise [--max-mb N]
//
// Reads the same JSON Lines corpus as scripts/bench.sh (one article per line,
// its `text` field being what claimgraph's extractors read), then runs one
// peer's nearest equivalent to our stages before writing on each document:
//
//   wink        wink-nlp 2.x with wink-eng-lite-web-model, pipeline sbd, pos,
//               ner (its fastest pipeline that still gives sentences, tokens,
//               tags and entities): readDoc, then sentences, tokens and
//               entities read out. wink has no quotation finder.
//   wink-full   the same with wink's default pipeline (adds negation,
//               sentiment and custom entities).
//   compromise  compromise 14: nlp(text) (tokens and tags), then sentences(),
//               people(), places(), organizations() and quotations() read out.
//
// Timing covers only the peer's processing (readDoc / nlp and the read-outs),
// not reading the file or parsing the JSON; `wall` is the whole process from
// start (node startup, model load, file read included), the nearest thing a
// peer has to our end to end, although no peer writes a graph.
// Prints one line of key=value pairs per peer (read by scripts/bench.sh):
//   peer=wink docs=N mb=M secs=S mbps=X cpu_secs=C docsps=Y rss_mb=R wall=W sentences=.. tokens=.. entities=.. quotations=..
// MB are MB (1e6 bytes) of UTF-8 text, as in claimgraph_bench.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function usage() {
  console.error('usage: node peers.mjs CORPUS.jsonl --peer wink|wink-full|compromise [--max-mb N]');
  process.exit(2);
}

const args = process.argv.slice(2);
let corpus = null;
let peer = null;
let maxMb = Infinity;
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--peer' && i + 1 < args.length) peer = args[++i];
  else if (args[i] === '--max-mb' && i + 1 < args.length) maxMb = Number(args[++i]);
  else if (!args[i].startsWith('--') && corpus === null) corpus = args[i];
  else usage();
}
if (!corpus || !['wink', 'wink-full', 'compromise'].includes(peer)) usage();

// Each peer returns a function doc text -> counts of what it found.
function makeWink(full) {
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = full ? winkNLP(model) : winkNLP(model, ['sbd', 'pos', 'ner']);
  const its = nlp.its;
  return (text) => {
    const doc = nlp.readDoc(text);
    const sentences = doc.sentences().out();
    const tokens = doc.tokens().out(its.pos);
    const entities = doc.entities().out(its.detail);
    return { sentences: sentences.length, tokens: tokens.length, entities: entities.length, quotations: 0 };
  };
}

async function makeCompromise() {
  const nlp = (await import('compromise')).default;
  return (text) => {
    const doc = nlp(text);
    const sentences = doc.sentences().out('array');
    const terms = doc.terms().length;
    const people = doc.people().out('array');
    const places = doc.places().out('array');
    const orgs = doc.organizations().out('array');
    const quotes = doc.quotations().out('array');
    return {
      sentences: sentences.length,
      tokens: terms,
      entities: people.length + places.length + orgs.length,
      quotations: quotes.length,
    };
  };
}

const run = peer === 'compromise' ? await makeCompromise() : makeWink(peer === 'wink-full');

// Read and parse outside the timed part.
const texts = [];
let bytes = 0;
for (const line of readFileSync(corpus, 'utf8').split('\n')) {
  if (!line) continue;
  let d;
  try {
    d = JSON.parse(line);
  } catch {
    continue;
  }
  if (typeof d.text !== 'string' || d.text.length === 0) continue;
  const n = Buffer.byteLength(d.text, 'utf8');
  if ((bytes + n) / 1e6 > maxMb) break;
  texts.push(d.text);
  bytes += n;
}

const totals = { sentences: 0, tokens: 0, entities: 0, quotations: 0 };
const t0 = performance.now();
const c0 = process.cpuUsage();
for (const text of texts) {
  const c = run(text);
  totals.sentences += c.sentences;
  totals.tokens += c.tokens;
  totals.entities += c.entities;
  totals.quotations += c.quotations;
}
const secs = (performance.now() - t0) / 1000;
const cu = process.cpuUsage(c0);
const cpuSecs = (cu.user + cu.system) / 1e6; // all of node's threads (GC helpers too)
const mb = bytes / 1e6;
const rssMb = process.resourceUsage().maxRSS / 1024;
const wall = performance.now() / 1000; // from process start: node startup, model load, file read
const f = (x, d) => x.toFixed(d);
console.log(
  `peer=${peer} docs=${texts.length} mb=${f(mb, 2)} secs=${f(secs, 3)} mbps=${f(mb / secs, 2)} ` +
    `cpu_secs=${f(cpuSecs, 3)} docsps=${f(texts.length / secs, 0)} rss_mb=${f(rssMb, 0)} wall=${f(wall, 2)} ` +
    `sentences=${totals.sentences} tokens=${totals.tokens} entities=${totals.entities} ` +
    `quotations=${totals.quotations}`,
);
