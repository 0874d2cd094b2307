#!/usr/bin/env node
// Renders claimgraph's GEXF entity network as a picture: graphology reads the
// file, ForceAtlas2 lays it out, and the SVG is written here (node colours and
// sizes from the file's viz:color / viz:size, labels, a legend of the types and
// edge kinds); rsvg-convert (Debian: librsvg2-bin) turns it into PNG.
//
//   node scripts/render-gexf.mjs [GEXF] [-o OUT.svg] [--png OUT.png]
//        [--width 1600] [--height 1100] [--labels 45] [--keep-isolated]
//        [--iterations 600] [--max-nodes 150] [--title TEXT] [--no-png]
//
// Defaults: out/graph.gexf -> docs/graph.svg and docs/graph.png; a large
// graph is cut to the --max-nodes entities with the most claims. Same input,
// same picture: initial positions come from a hash of each node id and the
// synchronous layout has no randomness. The npm packages are the pinned ones
// of tests/interop (scripts/setup.sh installs them).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const req = createRequire(path.join(root, 'tests/interop/package.json'));
let Graph, gexf, forceAtlas2;
try {
  Graph = req('graphology');
  gexf = req('graphology-gexf');
  forceAtlas2 = req('graphology-layout-forceatlas2');
} catch (e) {
  console.error('render-gexf: npm packages missing; run scripts/setup.sh (npm ci in tests/interop)');
  process.exit(2);
}

function parseArgs(argv) {
  const o = {
    input: 'out/graph.gexf', svg: 'docs/graph.svg', png: 'docs/graph.png', width: 1600, height: 1100,
    labels: 45, keepIsolated: false, iterations: 600, title: null, maxNodes: 150,
  };
  let positional = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '-o' || a === '--svg') o.svg = next();
    else if (a === '--png') o.png = next();
    else if (a === '--no-png') o.png = null;
    else if (a === '--width') o.width = +next();
    else if (a === '--height') o.height = +next();
    else if (a === '--labels') o.labels = +next();
    else if (a === '--iterations') o.iterations = +next();
    else if (a === '--max-nodes') o.maxNodes = +next();
    else if (a === '--title') o.title = next();
    else if (a === '--keep-isolated') o.keepIsolated = true;
    else if (a === '-h' || a === '--help') {
      const lines = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1);
      console.log(lines.slice(0, lines.findIndex((l) => !l.startsWith('//')))
        .map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
      process.exit(0);
    } else if (!a.startsWith('-') && positional++ === 0) o.input = a;
    else throw new Error(`unknown argument ${a}`);
  }
  for (const k of ['width', 'height', 'labels', 'iterations', 'maxNodes']) {
    if (!Number.isFinite(o[k]) || o[k] < 0) throw new Error(`--${k} needs a number`);
  }
  return o;
}

// FNV-1a, for deterministic initial positions.
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (v) => (Math.round(v * 10) / 10).toString();
const hex = (c) => {
  if (typeof c !== 'string') return '#888888';
  const m = c.match(/^rgba?\((\d+),\s*(\d+),\s*(\d+)/);
  return m ? '#' + m.slice(1, 4).map((x) => (+x).toString(16).padStart(2, '0')).join('') : c;
};

function load(file) {
  const { DOMParser } = createRequire(req.resolve('graphology-gexf'))('@xmldom/xmldom');
  const problems = [];
  const doc = new DOMParser({ locator: {}, errorHandler: (level, m) => problems.push(m) })
    .parseFromString(fs.readFileSync(file, 'utf8'), 'application/xml');
  if (problems.length) throw new Error(`not well-formed XML: ${problems[0].replace(/\s+/g, ' ')}`);
  if (!doc.getElementsByTagName('graph')[0]) throw new Error('not a GEXF file (no <graph>)');
  return gexf.parse(Graph, doc);
}

// Keeps the picture readable: without --keep-isolated, nodes with no edge go;
// past --max-nodes, only the nodes with the most claims on their edges stay
// (ties: more mentions, then id).
function select(g, o) {
  if (!o.keepIsolated) g.forEachNode((n) => { if (g.degree(n) === 0) g.dropNode(n); });
  if (g.order <= o.maxNodes) return;
  const strength = new Map(g.nodes().map((n) => [n, 0]));
  g.forEachEdge((_, a, s, t) => {
    strength.set(s, strength.get(s) + (a.weight ?? 1));
    strength.set(t, strength.get(t) + (a.weight ?? 1));
  });
  const ranked = g.nodes().sort((x, y) => strength.get(y) - strength.get(x) ||
    (g.getNodeAttribute(y, 'mentionCount') ?? 0) - (g.getNodeAttribute(x, 'mentionCount') ?? 0) || (x < y ? -1 : 1));
  for (const n of ranked.slice(o.maxNodes)) g.dropNode(n);
  if (!o.keepIsolated) g.forEachNode((n) => { if (g.degree(n) === 0) g.dropNode(n); });
}

function layout(g, o) {
  select(g, o);
  g.forEachNode((n) => {
    const h = hash(n);
    g.mergeNodeAttributes(n, { x: (h & 0xffff) / 0xffff * 100 - 50, y: (h >>> 16) / 0xffff * 100 - 50 });
  });
  if (g.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(g), adjustSizes: false, linLogMode: false, gravity: 1, scalingRatio: 10 };
    forceAtlas2.assign(g, { iterations: o.iterations, settings, getEdgeWeight: 'weight' });
  }
}

// Scales the layout into the drawing area left of the legend.
function project(g, o, area) {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  g.forEachNode((_, a) => {
    minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
  });
  const s = Math.min(area.w / (maxX - minX || 1), area.h / (maxY - minY || 1));
  const cx = area.x + (area.w - (maxX - minX) * s) / 2;
  const cy = area.y + (area.h - (maxY - minY) * s) / 2;
  const pos = new Map();
  g.forEachNode((n, a) => pos.set(n, { x: cx + (a.x - minX) * s, y: cy + (a.y - minY) * s }));
  return pos;
}

// Disc radius from the node's viz:size, spread over 4..20 px across the
// sizes present (set by scaleRadii once the nodes are chosen).
function radius(a) {
  return a._r ?? 5;
}

function scaleRadii(g) {
  let lo = Infinity, hi = -Infinity;
  g.forEachNode((_, a) => { lo = Math.min(lo, a.size ?? 5); hi = Math.max(hi, a.size ?? 5); });
  g.forEachNode((n, a) => g.setNodeAttribute(n, '_r', hi > lo ? 4 + 16 * Math.sqrt(((a.size ?? 5) - lo) / (hi - lo)) : 8));
}

// Labels for the largest nodes first, right of the node or else left of it;
// a label that would cover another label or another node is left out.
function placeLabels(g, pos, o) {
  const nodes = g.nodes().sort((x, y) => (g.getNodeAttribute(y, 'size') ?? 0) - (g.getNodeAttribute(x, 'size') ?? 0) || (x < y ? -1 : 1));
  const boxes = [];
  const discs = nodes.map((n) => ({ n, ...pos.get(n), r: radius(g.getNodeAttributes(n)) }));
  const free = (box, self) => !boxes.some((b) => box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1) &&
    !discs.some((d) => d.n !== self && d.x + d.r > box.x0 && d.x - d.r < box.x1 && d.y + d.r > box.y0 && d.y - d.r < box.y1) &&
    box.x0 >= 0 && box.x1 <= o.width - 250;
  const out = [];
  for (const n of nodes) {
    if (out.length >= o.labels) break;
    const a = g.getNodeAttributes(n);
    if (a.type === 'Claim') continue; // claim texts would cover the entities
    const label = String(a.label ?? n);
    const font = a._r >= 12 ? 15 : 12;
    const p = pos.get(n);
    const r = radius(a);
    const w = label.length * font * 0.58;
    const right = { x0: p.x + r + 2, y0: p.y - font * 0.75, x1: p.x + r + 2 + w, y1: p.y + font * 0.35 };
    const left = { ...right, x0: p.x - r - 2 - w, x1: p.x - r - 2 };
    const box = [right, left].find((b) => free(b, n));
    if (!box) continue;
    boxes.push(box);
    out.push({ x: box.x0, y: p.y + font * 0.35, font, label, bold: a._r >= 12 });
  }
  return out;
}

function legend(g, o) {
  const types = new Map();
  g.forEachNode((_, a) => {
    const t = a.type ?? 'unknown';
    const e = types.get(t) ?? { color: hex(a.color), count: 0 };
    e.count++;
    types.set(t, e);
  });
  const kinds = new Map();
  g.forEachEdge((_, a) => kinds.set(a.kind ?? 'edge', { color: hex(a.color), count: (kinds.get(a.kind ?? 'edge')?.count ?? 0) + 1 }));
  const x = o.width - 235;
  let y = 70;
  const parts = [`<rect x="${x - 15}" y="${y - 30}" width="235" height="${48 + 24 * (types.size + kinds.size) + 30}" rx="8" fill="#ffffff" fill-opacity="0.92" stroke="#cccccc"/>`,
    `<text x="${x}" y="${y - 8}" font-size="15" font-weight="bold">Entity types</text>`];
  for (const [t, e] of [...types].sort((p, q) => q[1].count - p[1].count || (p[0] < q[0] ? -1 : 1))) {
    y += 24;
    parts.push(`<circle cx="${x + 8}" cy="${y - 5}" r="7" fill="${e.color}" stroke="#555" stroke-width="0.5"/>`,
      `<text x="${x + 24}" y="${y}" font-size="13">${esc(t)} (${e.count})</text>`);
  }
  y += 34;
  parts.push(`<text x="${x}" y="${y - 8}" font-size="15" font-weight="bold">Edges (claims)</text>`);
  for (const [k, e] of [...kinds].sort((p, q) => (p[0] < q[0] ? -1 : 1))) {
    y += 24;
    const dash = k === 'relates' ? ' stroke-dasharray="5 3"' : '';
    parts.push(`<line x1="${x}" y1="${y - 5}" x2="${x + 18}" y2="${y - 5}" stroke="${e.color}" stroke-width="2.5"${dash}/>`,
      `<text x="${x + 24}" y="${y}" font-size="13">${esc(k)} (${e.count})</text>`);
  }
  y += 28;
  parts.push(`<text x="${x}" y="${y}" font-size="11" fill="#666">size: mentions; width: claims</text>`);
  return parts.join('\n');
}

function defaultTitle(g) {
  const claims = g.filterNodes((_, a) => a.type === 'Claim').length;
  const what = claims ? `${g.order - claims} entities, ${claims} claims` : `${g.order} entities`;
  return `claimgraph: who talks about whom (${what}, ${g.size} edges)`;
}

function svg(g, o) {
  scaleRadii(g);
  const pos = project(g, o, { x: 40, y: 60, w: o.width - 320, h: o.height - 100 });
  const parts = [`<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#5a5a5a"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="30" y="38" font-size="22" font-weight="bold">${esc(o.title ?? defaultTitle(g))}</text>`];
  const edges = [];
  g.forEachEdge((e, a, s, t, sa, ta, undirected) => edges.push({ e, a, s, t, undirected }));
  edges.sort((p, q) => (p.a.weight ?? 1) - (q.a.weight ?? 1) || (p.e < q.e ? -1 : 1));
  for (const { a, s, t, undirected } of edges) {
    if (s === t) continue;
    const p = pos.get(s), q = pos.get(t);
    const w = 0.8 + 1.6 * Math.log2(a.weight ?? 1);
    let x2 = q.x, y2 = q.y;
    if (!undirected) { // stop the arrow at the target's rim
      const d = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      const r = radius(g.getNodeAttributes(t)) + 1;
      x2 = q.x - (q.x - p.x) * r / d;
      y2 = q.y - (q.y - p.y) * r / d;
    }
    const dash = a.kind === 'relates' ? ' stroke-dasharray="5 3"' : '';
    parts.push(`<line x1="${num(p.x)}" y1="${num(p.y)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${hex(a.color)}" stroke-opacity="0.55" stroke-width="${num(w)}"${dash}${undirected ? '' : ' marker-end="url(#arrow)"'}/>`);
  }
  const nodes = g.nodes().sort((x, y) => (g.getNodeAttribute(x, 'size') ?? 0) - (g.getNodeAttribute(y, 'size') ?? 0) || (x < y ? -1 : 1));
  for (const n of nodes) {
    const a = g.getNodeAttributes(n);
    const p = pos.get(n);
    parts.push(`<circle cx="${num(p.x)}" cy="${num(p.y)}" r="${num(radius(a))}" fill="${hex(a.color)}" stroke="#333333" stroke-width="0.8"><title>${esc(a.label ?? n)} (${esc(a.type ?? '')})</title></circle>`);
  }
  for (const l of placeLabels(g, pos, o)) {
    parts.push(`<text x="${num(l.x)}" y="${num(l.y)}" font-size="${l.font}"${l.bold ? ' font-weight="bold"' : ''} fill="#222222" stroke="#ffffff" stroke-width="3" stroke-opacity="0.85" paint-order="stroke">${esc(l.label)}</text>`);
  }
  parts.push(legend(g, o), '</svg>', '');
  return parts.join('\n');
}

function main() {
  let o;
  try { o = parseArgs(process.argv.slice(2)); } catch (e) {
    console.error(`render-gexf: ${e.message}`);
    process.exit(2);
  }
  let g;
  try { g = load(o.input); } catch (e) {
    console.error(`render-gexf: cannot read ${o.input}: ${e.message.split('\n')[0]}`);
    process.exit(1);
  }
  layout(g, o);
  if (g.order === 0) {
    console.error(`render-gexf: ${o.input} has no connected entity to draw (try --keep-isolated)`);
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(path.resolve(o.svg)), { recursive: true });
  fs.writeFileSync(o.svg, svg(g, o));
  console.error(`render-gexf: wrote ${o.svg} (${g.order} nodes, ${g.size} edges)`);
  if (!o.png) return;
  const r = spawnSync('rsvg-convert', ['--background-color', 'white', '-o', o.png, o.svg], { stdio: ['ignore', 'inherit', 'pipe'] });
  if (r.error?.code === 'ENOENT') {
    console.error('render-gexf: rsvg-convert not found (Debian: apt-get install librsvg2-bin); PNG not written');
    process.exit(1);
  }
  if (r.status !== 0) {
    console.error(`render-gexf: rsvg-convert failed: ${r.stderr}`);
    process.exit(1);
  }
  console.error(`render-gexf: wrote ${o.png}`);
}

main();
