// npm run bench — times the analysis core against a baseline pass over the same text, in the
// same run (machines here are noisy: ratios, not absolute times, are the figures to compare).
//   baseline: one loop over the text's characters (sums char codes);
//   analysis: parse + every rule (the core's analyze()).
// Inputs are generated from the seed: 100 KB, 1 MB and 10 MB, in both layouts (collapsed: the body
// on one line, as scraped; lines: one paragraph per line), plus pathological inputs.
import * as esbuild from 'esbuild';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
mkdirSync(join(root, '.bench'), { recursive: true });
const bundle = join(root, '.bench', 'core.cjs');
await esbuild.build({ entryPoints: [join(root, 'server/src/core/analyze.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'warning' });
const { analyze } = createRequire(import.meta.url)(bundle);

const seed = readFileSync(join(root, 'seeds/000_0d713a18524f5318.txt'), 'utf8');
const seedLines = seed.split('\n');
const body = seedLines.slice(4).join('\n').trim(); // 主送机关 … end (the collapsed line)
const head = seedLines.slice(0, 4).join('\n') + '\n';

function grow(layoutBody, bytes) {
  let out = head;
  while (Buffer.byteLength(out) < bytes) out += layoutBody + '\n';
  return out;
}
const collapsedBody = body;
const linesBody = body.split(/ (?=\S)/).join('\n');

function baseline(text) {
  let s = 0;
  for (let i = 0; i < text.length; i++) s = (s + text.charCodeAt(i)) | 0;
  return s;
}

function time(fn, minMs = 300) {
  // best of repeated runs, at least 3 and at least minMs in total
  let best = Infinity;
  let total = 0;
  let runs = 0;
  while (runs < 3 || total < minMs) {
    const t0 = process.hrtime.bigint();
    fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    best = Math.min(best, ms);
    total += ms;
    runs++;
    if (runs >= 50) break;
  }
  return best;
}

function randomText(bytes, seedValue = 42) {
  let x = seedValue;
  const rnd = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const chars = [];
  while (chars.length < bytes / 2) {
    const r = rnd();
    chars.push(r < 0.5 ? String.fromCharCode(0x4e00 + Math.floor(rnd() * 0x5000)) : String.fromCharCode(Math.floor(rnd() * 0x3100)));
  }
  return chars.join('');
}

const MB = 1024 * 1024;
const inputs = [];
for (const [name, size] of [['100KB', 100 * 1024], ['1MB', MB], ['10MB', 10 * MB]]) {
  inputs.push([`seed collapsed ${name}`, (k) => grow(collapsedBody, size * k)]);
  inputs.push([`seed lines ${name}`, (k) => grow(linesBody, size * k)]);
}
inputs.push(['one line 10MB', (k) => collapsedBody.repeat(Math.ceil((10 * MB * k) / Buffer.byteLength(collapsedBody))).replace(/\n/g, ' ')]);
inputs.push(['nested brackets 100k', (k) => '（'.repeat(100000 * k) + '）'.repeat(100000 * k)]);
inputs.push(['pipes 1MB', (k) => '|'.repeat(MB * k)]);
inputs.push(['repeated marker 1MB', (k) => '1.'.repeat((MB * k) / 2)]);
inputs.push(['random 1MB', (k) => randomText(MB * k)]);

const quick = process.argv.includes('--quick');
console.log('input                      size     baseline ms  analysis ms  MB/s    ratio  2x/1x  findings');
for (const [name, make] of inputs) {
  if (quick && /10MB/.test(name)) continue;
  const text1 = make(1);
  const text2 = make(2);
  const base = time(() => baseline(text1));
  let findings = 0;
  const t1 = time(() => (findings = analyze(text1).findings.length), 200);
  const t2 = time(() => analyze(text2), 200);
  const mb = Buffer.byteLength(text1) / MB;
  console.log(
    `${name.padEnd(26)} ${(mb.toFixed(2) + 'MB').padStart(7)}  ${base.toFixed(2).padStart(11)}  ${t1.toFixed(1).padStart(11)}  ${(mb / (t1 / 1000)).toFixed(1).padStart(6)}  ${(t1 / base).toFixed(0).padStart(6)}  ${(t2 / t1).toFixed(2).padStart(5)}  ${String(findings).padStart(8)}`,
  );
}
const mem = process.memoryUsage();
console.log(`peak RSS ${(mem.rss / MB).toFixed(0)} MB (after the run)`);
