// Protocol robustness, as a property: against the built server (node dist/server.js --stdio), random series of
// didOpen / didChange (random ranges, past the end included) / didClose and requests with random positions and
// malformed parameters. The server answers every request (a result or a proper JSON-RPC error), never exits, logs
// no handler failure, and after the series its diagnostics for each open document equal a fresh analysis of the
// text the client holds (the end-to-end form of "incremental edits leave the model of the final text").
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultConfig } from '../../server/src/core/config';
import { computeLineStarts } from '../../server/src/core/text';
import { analyzeDocument } from '../../server/src/lsp/analysis';
import { Mapper } from '../../server/src/lsp/convert';
import { TestClient } from '../lsp/client';
import { describeText } from './checks';
import { anyDocument, params } from './generators';
import { applyChange, lspChange, type LspChange } from './sync';

interface Pos {
  line: number;
  character: number;
}

const URIS = ['file:///w/a.txt', 'file:///w/b.gw', 'untitled:Untitled-1'];
const UNKNOWN_URI = 'file:///w/never-opened.txt';

const position: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ line: fc.oneof(fc.nat(30), fc.constant(1e6)), character: fc.oneof(fc.nat(80), fc.constant(1e6)) }) },
  // malformed positions
  { weight: 1, arbitrary: fc.constantFrom({ line: -1, character: -5 }, { line: 'x', character: 2 }, { line: 1.5, character: 0.5 }, {}, null, { line: 2 ** 53, character: 2 ** 31 }) },
);
const range = fc.record({ start: position, end: position });
const uri = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...URIS) }, { weight: 1, arbitrary: fc.constantFrom(UNKNOWN_URI, '', 'not a uri', 'file:///w/A.TXT') });
const td = uri.map((u) => ({ uri: u }));

/** A request: method and params, sometimes malformed, sometimes unknown. */
const request: fc.Arbitrary<{ method: string; params: unknown }> = fc.oneof(
  fc.record({ method: fc.constant('textDocument/documentSymbol'), params: fc.record({ textDocument: td }) }),
  fc.record({ method: fc.constant('textDocument/foldingRange'), params: fc.record({ textDocument: td }) }),
  fc.record({ method: fc.constant('textDocument/selectionRange'), params: fc.record({ textDocument: td, positions: fc.array(position, { maxLength: 3 }) }) }),
  fc.record({ method: fc.constant('textDocument/formatting'), params: fc.record({ textDocument: td, options: fc.constant({ tabSize: 4, insertSpaces: true }) }) }),
  fc.record({
    method: fc.constant('textDocument/codeAction'),
    params: fc.record({ textDocument: td, range, context: fc.record({ diagnostics: fc.constant([]), only: fc.option(fc.constantFrom(['quickfix'], ['source.fixAll'], ['source']), { nil: undefined }) }) }),
  }),
  ...['hover', 'completion', 'documentHighlight', 'prepareRename', 'definition'].map((m) =>
    fc.record({ method: fc.constant(`textDocument/${m}`), params: fc.record({ textDocument: td, position }) }),
  ),
  fc.record({ method: fc.constant('textDocument/references'), params: fc.record({ textDocument: td, position, context: fc.constant({ includeDeclaration: true }) }) }),
  fc.record({ method: fc.constant('textDocument/rename'), params: fc.record({ textDocument: td, position, newName: fc.constantFrom('市发展改革委', '', '新单位') }) }),
  fc.record({ method: fc.constant('workspace/symbol'), params: fc.record({ query: fc.constantFrom('', '发展', '一', '牵头') }) }),
  fc.record({ method: fc.constant('gongwen/documentInfo'), params: fc.record({ uri }) }),
  fc.record({ method: fc.constant('gongwen/taskTable'), params: fc.record({ uri, format: fc.constantFrom('markdown', 'csv', 'nonsense', undefined, 7) }) }),
  fc.record({ method: fc.constant('gongwen/unitTasks'), params: fc.record({ uri }) }),
  // unknown methods and malformed parameters
  fc.record({ method: fc.constantFrom('gongwen/nope', 'textDocument/nope', '$/nope/request'), params: fc.constant({}) }),
  fc.record({
    method: fc.constantFrom('textDocument/documentSymbol', 'textDocument/hover', 'textDocument/codeAction', 'textDocument/formatting', 'gongwen/taskTable', 'textDocument/completion'),
    params: fc.constantFrom(null, {}, { textDocument: null }, { textDocument: { uri: 5 } }, { textDocument: { uri: URIS[0] }, range: 'x', position: [] }, [1, 2]),
  }),
);

type Op =
  | { kind: 'open'; uri: string; text: string }
  | { kind: 'change'; uri: string; changes: LspChange[] }
  | { kind: 'replace'; uri: string; text: string }
  | { kind: 'close'; uri: string }
  | { kind: 'request'; method: string; params: unknown }
  | { kind: 'bad-notification'; method: string; params: unknown };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('open' as const), uri: fc.constantFrom(...URIS), text: anyDocument(1500) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('change' as const), uri: fc.constantFrom(...URIS), changes: fc.array(lspChange, { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace' as const), uri: fc.constantFrom(...URIS), text: anyDocument(800) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), uri: fc.constantFrom(...URIS) }) },
  { weight: 6, arbitrary: request.map((r) => ({ kind: 'request' as const, ...r })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Op>(
      { kind: 'bad-notification', method: 'textDocument/didChange', params: { textDocument: { uri: URIS[0], version: 99 } } },
      { kind: 'bad-notification', method: 'textDocument/didChange', params: { textDocument: { uri: UNKNOWN_URI, version: 2 }, contentChanges: [{ text: 'x' }] } },
      { kind: 'bad-notification', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///w/bad.txt', languageId: 'gongwen', version: 1, text: 42 } } },
      { kind: 'bad-notification', method: 'textDocument/didOpen', params: null },
      { kind: 'bad-notification', method: 'textDocument/didClose', params: { textDocument: { uri: UNKNOWN_URI } } },
      { kind: 'bad-notification', method: 'gongwen/unknownNotification', params: { a: 1 } },
      { kind: 'bad-notification', method: 'workspace/didChangeWatchedFiles', params: { changes: 'x' } },
    ),
  },
);

/** The client's view of one open document: its text and version, and whether the sync is reliable. */
interface Mirror {
  text: string;
  version: number;
  /** A change touched a line past the last one: the server's copy may diverge (library bug, see incremental.test.ts). */
  unreliable: boolean;
  /** client.published.length when the current version was sent (earlier publishes are for older texts). */
  since: number;
}

const REQUEST_TIMEOUT_MS = 20000;
/** Versions unique across runs: a document closed and reopened in a later run never reuses a version, so a late
 *  publish for the old text cannot be mistaken for the new one. */
let nextVersion = 1;
let compared = 0;

function key(d: { code?: string | number; range: { start: Pos; end: Pos } }): string {
  return `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
}

function expectedDiagnostics(text: string): string[] {
  const r = analyzeDocument(text, defaultConfig);
  const m = new Mapper(text, r.shift);
  return r.findings.map((f) => key({ code: f.ruleId, range: m.range(f.range) })).sort();
}

function insideDoc(text: string, r: { start: Pos; end: Pos }): boolean {
  const ls = computeLineStarts(text);
  for (const p of [r.start, r.end]) {
    if (p.line < 0 || p.line >= ls.length || p.character < 0) return false;
    const lineEnd = p.line + 1 < ls.length ? ls[p.line + 1] : text.length;
    if (ls[p.line] + p.character > lineEnd) return false;
  }
  return true;
}

describe('properties: protocol robustness (built server over stdio)', function () {
  this.timeout(0);
  let client: TestClient;

  before(async () => {
    client = new TestClient();
    await client.start();
  });

  after(async () => {
    await client?.stop();
  });

  it('answers every request, never exits, and its diagnostics match a fresh analysis of the final text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const mirrors = new Map<string, Mirror>();
        const pending: Promise<string | undefined>[] = [];
        const formatted: { uri: string; text: string; result: Promise<unknown> }[] = [];
        const errorLogsBefore = client.logs.filter((l) => l.type === 1).length;
        for (const o of ops) {
          switch (o.kind) {
            case 'open': {
              const version = nextVersion++;
              mirrors.set(o.uri, { text: o.text, version, unreliable: false, since: client.published.length });
              await client.notify('textDocument/didOpen', { textDocument: { uri: o.uri, languageId: 'gongwen', version, text: o.text } });
              break;
            }
            case 'change':
            case 'replace': {
              const m = mirrors.get(o.uri);
              const version = nextVersion++;
              const contentChanges = o.kind === 'replace' ? [{ text: o.text }] : o.changes;
              if (m) {
                m.version = version;
                m.since = client.published.length;
                if (o.kind === 'replace') m.text = o.text;
                else
                  for (const c of o.changes) {
                    const lines = computeLineStarts(m.text).length;
                    if (c.range.start.line >= lines || c.range.end.line >= lines) m.unreliable = true;
                    m.text = applyChange(m.text, c);
                  }
              }
              await client.notify('textDocument/didChange', { textDocument: { uri: o.uri, version }, contentChanges });
              break;
            }
            case 'close':
              mirrors.delete(o.uri);
              await client.notify('textDocument/didClose', { textDocument: { uri: o.uri } });
              break;
            case 'bad-notification':
              await client.notify(o.method, o.params);
              break;
            case 'request': {
              const sent = client.request<unknown>(o.method, o.params);
              const answered = Promise.race([
                sent.then(
                  () => undefined,
                  (e: unknown) => {
                    const code = (e as { code?: unknown })?.code;
                    return typeof code === 'number' ? undefined : `${o.method}: rejected without a JSON-RPC error code: ${String(e)}`;
                  },
                ),
                new Promise<string>((r) => setTimeout(() => r(`${o.method} ${JSON.stringify(o.params)}: no answer within ${REQUEST_TIMEOUT_MS} ms`), REQUEST_TIMEOUT_MS)),
              ]);
              pending.push(answered);
              const u = (o.params as { textDocument?: { uri?: string } } | null)?.textDocument?.uri;
              const m = u ? mirrors.get(u) : undefined;
              if (o.method === 'textDocument/formatting' && m && !m.unreliable) formatted.push({ uri: u!, text: m.text, result: sent.catch(() => null) });
              break;
            }
          }
        }
        const problems = (await Promise.all(pending)).filter((x): x is string => x !== undefined);
        // formatting answers for a known text: edits inside the document
        for (const f of formatted) {
          const edits = (await f.result) as { range: { start: Pos; end: Pos } }[] | null;
          for (const e of edits ?? []) if (!insideDoc(f.text, e.range)) problems.push(`formatting edit ${JSON.stringify(e.range)} outside ${describeText(f.text)}`);
        }
        // diagnostics of each open document = a fresh analysis of the text the client holds
        for (const [u, m] of mirrors) {
          if (m.unreliable) continue;
          // (no message is handled between the look-up and the wait: both are synchronous)
          const earlier = client.published.slice(m.since).find((x) => x.uri === u && x.version === m.version);
          const p = earlier ?? (await client.diagnostics(u, (x) => x.version === m.version, 15000));
          compared++;
          const got = p.diagnostics.map(key).sort();
          const want = expectedDiagnostics(m.text);
          if (JSON.stringify(got) !== JSON.stringify(want))
            problems.push(`${u} v${m.version}: server diagnostics differ from a fresh analysis of ${describeText(m.text)}:\n got ${got.slice(0, 8)}\nwant ${want.slice(0, 8)}`);
        }
        assert.ok(await client.alive(), 'the server stopped answering');
        assert.equal(client.exited, null, `the server exited: ${client.stderr.join('')}`);
        const errorLogs = client.logs.filter((l) => l.type === 1).slice(errorLogsBefore);
        for (const l of errorLogs.filter((x) => /failed/i.test(x.message) && !KNOWN_LOGGED(x.message)))
          loggedFailures.set(l.message.split('\n')[0].slice(0, 200), JSON.stringify(ops).slice(0, 600));
        // reset for the next run
        for (const u of mirrors.keys()) await client.notify('textDocument/didClose', { textDocument: { uri: u } });
        assert.deepEqual(problems, [], `after ${JSON.stringify(ops).slice(0, 2000)}`);
      }),
      params(40, 50),
    );
    assert.ok(compared > 0, 'no run left a document open to compare');
  });

  // Handlers are guarded (a throw becomes an empty answer plus an error log line), so a throw does not break the
  // property above; each distinct one is collected and listed here, except the known ones (KNOWN_GUARDED).
  it('no request handler throws on the inputs above (guarded failures logged by the server)', () => {
    const unexpected = [...loggedFailures].filter(([m]) => !KNOWN_GUARDED.some((k) => k.matches.test(m)));
    assert.deepEqual(unexpected.map(([m, ops]) => `${m}\n   after ${ops}`), []);
  });
});

const loggedFailures = new Map<string, string>();

/** Known guarded handler failures, with a minimal reproduction each (none at present). */
export const KNOWN_GUARDED: { matches: RegExp; reason: string }[] = [];


/**
 * Error log lines that are the expected reaction to the malformed notifications this test sends
 * (the JSON-RPC layer reports a notification handler that threw on bad params, and keeps serving).
 */
function KNOWN_LOGGED(message: string): boolean {
  return /Notification handler '(textDocument\/did(Open|Change|Close)|workspace\/didChangeWatchedFiles)' failed/.test(message);
}
