// npm run bench (second part) — latencies over the real protocol: spawns `node dist/server.js --stdio`
// (built by `npm run build`) and talks JSON-RPC to it as an editor does.
//   didOpen → publishDiagnostics, for 100 KB and 1 MB collapsed notices built from the seed;
//   one typed character (an incremental didChange) → publishDiagnostics for that version, median and p95
//   over N edits (100; 20 for 1 MB with --quick) right after opening, and for 100 KB a second batch once the JIT
//   has compiled the incremental path — this includes the server's own debounce;
//   documentSymbol, codeAction, formatting and completion latency (best of 5);
//   server memory (VmRSS of the server process) with ten 1 MB notices open: in a fresh server, right after the tenth
//   publish; and in the server that ran the latency runs above, right after and once the idle server has given back
//   what it freed (V8's memory reducer: waits until RSS has dropped and then held for 5 s, at most 60 s; skipped
//   with --quick).
// Bounded: every wait times out, the server is shut down at the end, only stdio is used.
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver/node');

const root = new URL('..', import.meta.url).pathname;
const serverJs = join(root, 'dist', 'server.js');
if (!existsSync(serverJs)) {
  console.error('dist/server.js missing: run npm run build first');
  process.exit(2);
}
const quick = process.argv.includes('--quick');

const seed = readFileSync(join(root, 'seeds/000_0d713a18524f5318.txt'), 'utf8');
const seedLines = seed.split('\n');
const body = seedLines.slice(4).join('\n').trim();
const head = seedLines.slice(0, 4).join('\n') + '\n';
function grow(bytes) {
  let out = head;
  while (Buffer.byteLength(out) < bytes) out += body + '\n';
  return out;
}
const KB = 1024;
const MB = 1024 * KB;

// GONGWEN_BENCH_TIMING=1: the server sends gongwen/benchTiming after each publish, with the time from the end
// of its debounce to the publish (analysis + conversion to diagnostics + handing them to the writer).
// the server's change debounce, read from its source so the figures below stay right when it changes
const CHANGE_DEBOUNCE_MS = Number(readFileSync(join(root, 'server/src/lsp/documents.ts'), 'utf8').match(/CHANGE_DEBOUNCE_MS = (\d+)/)?.[1] ?? NaN);
const profile = process.argv.find((a) => a.startsWith('--cpu-prof-dir='));
const nodeArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile.slice('--cpu-prof-dir='.length)}`] : [];
/**
 * A server over stdio and its connection. `published(uri, version)` resolves on that version's diagnostics;
 * `timings` holds the server-side figures per `${uri}#${version}`; `rss()` is the process's VmRSS in MB.
 */
async function startServer() {
  const proc = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, GONGWEN_BENCH_TIMING: '1' },
  });
  proc.stderr.on('data', () => {});
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const waiters = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    for (let i = 0; i < waiters.length; i++) {
      const w = waiters[i];
      if (w.uri === p.uri && (w.version === undefined || p.version === undefined || p.version === w.version)) {
        waiters.splice(i, 1);
        w.resolve(p);
        return;
      }
    }
  });
  const timings = new Map();
  conn.onNotification('gongwen/benchTiming', (p) => timings.set(`${p.uri}#${p.version}`, p));
  conn.onNotification('window/logMessage', () => {});
  conn.onNotification('window/showMessage', () => {});
  conn.onRequest('window/showMessageRequest', () => null);
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('client/unregisterCapability', () => null);
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.listen();
  const published = (uri, version, timeoutMs = 60000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}`)), timeoutMs);
      waiters.push({ uri, version, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  const rss = () => {
    try {
      const m = readFileSync(`/proc/${proc.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
      return m ? Number(m[1]) / 1024 : NaN;
    } catch {
      return NaN;
    }
  };
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {
      workspace: { configuration: true },
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        publishDiagnostics: { versionSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
      },
    },
  });
  await conn.sendNotification('initialized', {});
  const stop = async () => {
    await Promise.race([conn.sendRequest('shutdown', null), new Promise((r) => setTimeout(r, 5000))]);
    await conn.sendNotification('exit', null);
    await new Promise((r) => setTimeout(r, 1000));
    if (proc.exitCode === null) proc.kill();
  };
  return { conn, published, timings, rss, stop };
}

const now = () => Number(process.hrtime.bigint()) / 1e6;
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
/** Line/character of an offset. */
function position(text, offset) {
  let line = 0;
  let last = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) (line++, (last = i + 1));
  return { line, character: offset - last };
}

const { conn, published, timings, rss: rssOfServer, stop } = await startServer();

console.log('protocol (node dist/server.js --stdio)        ms');
for (const [name, size] of [['100KB', 100 * KB], ['1MB', MB]]) {
  const text = grow(size);
  const uri = `file:///bench/notice-${name}.gongwen`;
  let t0 = now();
  const wait = published(uri, 1);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text } });
  await wait;
  console.log(`didOpen → publishDiagnostics ${name.padEnd(6)}      ${(now() - t0).toFixed(1).padStart(8)}`);

  // typed characters in the middle of the notice, one version each: the first batch right after opening
  // (the server's incremental path is still being compiled by the JIT), then for 100 KB a second batch, as
  // a drafter who has been typing for a while meets it
  const edits = quick && size >= MB ? 20 : 100;
  const at = position(text, Math.floor(text.length / 2));
  let version = 2;
  const batches = size >= MB ? ['first edits after opening'] : ['first edits after opening', 'the next edits'];
  for (const batch of batches) {
    const from = version;
    const lat = [];
    for (; version < from + edits; version++) {
      const w = published(uri, version);
      t0 = now();
      await conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: at, end: at }, text: '的' }],
      });
      await w;
      lat.push(now() - t0);
      at.character++;
    }
    console.log(`keystroke → publishDiagnostics ${name.padEnd(6)}  median ${pct(lat, 50).toFixed(1)}  p95 ${pct(lat, 95).toFixed(1)}  (${edits} edits, ${batch}, debounce included)`);
    const minus = lat.map((x) => x - CHANGE_DEBOUNCE_MS);
    console.log(`  minus the ${CHANGE_DEBOUNCE_MS} ms debounce (client-observed) ${name.padEnd(6)}  median ${pct(minus, 50).toFixed(1)}  p95 ${pct(minus, 95).toFixed(1)}`);
    const srv = [];
    for (let v = from; v < version; v++) {
      const t = timings.get(`${uri}#${v}`);
      if (t) srv.push(t);
    }
    if (srv.length) {
      const f = (k) => `median ${pct(srv.map((t) => t[k]), 50).toFixed(1)} p95 ${pct(srv.map((t) => t[k]), 95).toFixed(1)}`;
      console.log(`  server: debounce end → publish ${name.padEnd(6)}  ${f('total')}  (analysis ${f('analyse')}; diagnostics+send ${f('publish')})`);
    }
  }

  const best = async (fn) => {
    let b = Infinity;
    for (let i = 0; i < 5; i++) {
      const s = now();
      await fn();
      b = Math.min(b, now() - s);
    }
    return b;
  };
  const doc = { uri };
  const r = { start: at, end: { line: at.line, character: at.character + 1 } };
  const sym = await best(() => conn.sendRequest('textDocument/documentSymbol', { textDocument: doc }));
  const act = await best(() => conn.sendRequest('textDocument/codeAction', { textDocument: doc, range: r, context: { diagnostics: [] } }));
  // what VS Code sends on each cursor move / edit (the light bulb): triggerKind Automatic
  const actAuto = await best(() => conn.sendRequest('textDocument/codeAction', { textDocument: doc, range: r, context: { diagnostics: [], triggerKind: 2 } }));
  const fmt = await best(() => conn.sendRequest('textDocument/formatting', { textDocument: doc, options: { tabSize: 2, insertSpaces: true } }));
  const cmp = await best(() => conn.sendRequest('textDocument/completion', { textDocument: doc, position: at }));
  console.log(`${name.padEnd(6)} documentSymbol ${sym.toFixed(1)}  codeAction ${act.toFixed(1)} (automatic ${actAuto.toFixed(1)})  formatting ${fmt.toFixed(1)}  completion ${cmp.toFixed(1)}`);
  await conn.sendNotification('textDocument/didClose', { textDocument: doc });
}

// memory with ten 1 MB notices open, in a server given the same ten notices
async function openTen(server) {
  const big = grow(MB);
  for (let k = 0; k < 10; k++) {
    const uri = `file:///bench/ten-${k}.gongwen`;
    const w = server.published(uri, 1);
    await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: big.replace('嘉兴', `嘉兴${k}`) } });
    await w;
  }
  return server.rss();
}
const openRss = await openTen({ conn, published, rss: rssOfServer });
console.log(`server RSS with ten 1 MB notices open, after the runs above: ${openRss.toFixed(0)} MB right after the tenth publish`);
// V8 gives freed heap back to the system only when its memory reducer runs, some seconds after allocation
// stops: the figure above includes what the latency runs and the ten analyses left for collection.
// Wait (bounded) for the idle server to settle, as it does while a drafter reads.
const idleFrom = now();
let settled = openRss;
let steady = 0; // seconds without a further drop, once it has dropped
while (!quick && now() - idleFrom < 60000 && !(settled < openRss * 0.95 && steady >= 5)) {
  await new Promise((r) => setTimeout(r, 1000));
  const rss = rssOfServer();
  steady = rss < settled - 1 ? 0 : steady + 1;
  settled = Math.min(settled, rss);
}
if (!quick) console.log(`  … once idle (${((now() - idleFrom) / 1000).toFixed(0)} s): ${settled.toFixed(0)} MB`);
await stop();

const fresh = await startServer();
console.log(`server RSS with ten 1 MB notices open, fresh server: ${(await openTen(fresh)).toFixed(0)} MB right after the tenth publish (target < 300)`);
await fresh.stop();
process.exit(0);
