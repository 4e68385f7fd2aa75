// The client's plain-text decision and status item, against a small fake of the vscode API
// (no VS Code here): which .txt documents are switched to the gongwen language, once, reversibly,
// with the drafter's choice remembered per URI; what the status item shows.
import assert from 'node:assert/strict';
import Module from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, seedText } from './helpers';

type Listener<T> = (e: T) => void;
class Emitter<T> {
  private listeners: Listener<T>[] = [];
  event = (l: Listener<T>) => {
    this.listeners.push(l);
    return { dispose: () => (this.listeners = this.listeners.filter((x) => x !== l)) };
  };
  fire(e: T) {
    for (const l of [...this.listeners]) l(e);
  }
}

class Position {
  constructor(readonly line: number, readonly character: number) {}
}
class Range {
  constructor(readonly start: Position, readonly end: Position) {}
}

interface FakeUri {
  scheme: string;
  path: string;
  toString(): string;
}
const uri = (scheme: string, path: string): FakeUri => ({ scheme, path, toString: () => `${scheme}:${path}` });

class FakeDoc {
  constructor(readonly uri: FakeUri, public languageId: string, public text: string) {}
  get isUntitled() {
    return this.uri.scheme === 'untitled';
  }
  positionAt(o: number) {
    return new Position(0, Math.min(o, this.text.length));
  }
  getText(r?: Range) {
    return r ? this.text.slice(0, r.end.character) : this.text;
  }
}

const settings: Record<string, unknown> = {};
const events = {
  open: new Emitter<FakeDoc>(),
  change: new Emitter<{ document: FakeDoc }>(),
  config: new Emitter<{ affectsConfiguration(s: string): boolean }>(),
  editor: new Emitter<unknown>(),
  diagnostics: new Emitter<{ uris: FakeUri[] }>(),
};
const item = { text: '', tooltip: '', command: '', visible: false, name: '', show() { this.visible = true; }, hide() { this.visible = false; }, dispose() {} };
const fake = {
  workspace: {
    textDocuments: [] as FakeDoc[],
    onDidOpenTextDocument: events.open.event,
    onDidChangeTextDocument: events.change.event,
    onDidChangeConfiguration: events.config.event,
    getConfiguration: (section: string) => ({ get: (k: string, d: unknown) => settings[`${section}.${k}`] ?? d }),
  },
  languages: {
    switches: [] as string[],
    /** As VS Code does: the document is closed and a new one opened with the new language. */
    async setTextDocumentLanguage(doc: FakeDoc, lang: string) {
      fake.languages.switches.push(`${doc.uri.path}→${lang}`);
      const next = new FakeDoc(doc.uri, lang, doc.text);
      fake.workspace.textDocuments = fake.workspace.textDocuments.map((d) => (d === doc ? next : d));
      if (fake.window.activeTextEditor?.document === doc) fake.window.activeTextEditor = { document: next };
      events.open.fire(next);
      return next;
    },
    diagnostics: new Map<string, { source: string; severity: number }[]>(),
    getDiagnostics: (u: FakeUri) => fake.languages.diagnostics.get(u.toString()) ?? [],
    onDidChangeDiagnostics: events.diagnostics.event,
  },
  window: {
    activeTextEditor: undefined as { document: FakeDoc } | undefined,
    onDidChangeActiveTextEditor: events.editor.event,
    createStatusBarItem: () => item,
  },
  l10n: { t: (m: string, ...args: unknown[]) => m.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])) },
  Position,
  Range,
  StatusBarAlignment: { Left: 1, Right: 2 },
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
};

// Load the client modules with `vscode` resolved to the fake.
const M = Module as unknown as { _resolveFilename: (r: string, ...rest: unknown[]) => string; _cache: Record<string, unknown> };
const resolve = M._resolveFilename;
M._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache['vscode'] = { id: 'vscode', filename: 'vscode', loaded: true, exports: fake } as unknown as NodeJS.Module;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PlaintextDecider } = require('../client/src/plaintext') as typeof import('../client/src/plaintext');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { StatusItem } = require('../client/src/status') as typeof import('../client/src/status');
M._resolveFilename = resolve;

class Memento {
  data = new Map<string, unknown>();
  get<T>(k: string, d: T): T {
    return (this.data.has(k) ? this.data.get(k) : d) as T;
  }
  async update(k: string, v: unknown) {
    this.data.set(k, v);
  }
}

const readme = '# 工具说明\n\n一个整理文本的小工具。\n\n## 用法\n\n运行命令即可。\n';
const tick = () => new Promise((r) => setTimeout(r, 0));

function open(doc: FakeDoc, active = true) {
  fake.workspace.textDocuments.push(doc);
  if (active) fake.window.activeTextEditor = { document: doc };
  events.open.fire(doc);
}
const current = (path: string) => fake.workspace.textDocuments.find((d) => d.uri.path === path)!;

describe('client: plain-text decision (fake vscode)', () => {
  let state: Memento;
  let deciders: { dispose(): void }[] = [];
  const make = () => {
    const d = new PlaintextDecider(state as never);
    deciders.push(d);
    return d;
  };

  beforeEach(() => {
    state = new Memento();
    fake.workspace.textDocuments = [];
    fake.languages.switches = [];
    fake.window.activeTextEditor = undefined;
    for (const k of Object.keys(settings)) delete settings[k];
  });
  afterEach(() => {
    for (const d of deciders) d.dispose();
    deciders = [];
  });

  it('auto: serves the seed saved as .txt (once), leaves a README alone', async () => {
    make();
    open(new FakeDoc(uri('file', '/w/seed.txt'), 'plaintext', seedText()));
    open(new FakeDoc(uri('file', '/w/README.txt'), 'plaintext', readme));
    await tick();
    assert.deepEqual(fake.languages.switches, ['/w/seed.txt→gongwen']);
    assert.equal(current('/w/seed.txt').languageId, 'gongwen');
    assert.equal(current('/w/README.txt').languageId, 'plaintext');
  });

  it('serves every sample; only the file and untitled schemes', async () => {
    make();
    for (const n of ['guobanfa-2018-128-wufeichengshi.txt', 'lishui-2023-zhongdian-gongzuo.txt', 'xian-2022-fangguanfu-table.txt'])
      open(new FakeDoc(uri('file', `/w/${n}`), 'plaintext', readFileSync(join(root, 'test', 'samples', n), 'utf8')));
    open(new FakeDoc(uri('git', '/w/seed.txt'), 'plaintext', seedText()));
    open(new FakeDoc(uri('output', 'extension-output'), 'plaintext', seedText()));
    await tick();
    assert.equal(fake.languages.switches.length, 3);
    assert.ok(fake.languages.switches.every((s) => s.endsWith('.txt→gongwen')));
  });

  it('never / always', async () => {
    settings['gongwen.plaintext'] = 'never';
    make();
    open(new FakeDoc(uri('file', '/w/seed.txt'), 'plaintext', seedText()));
    await tick();
    assert.deepEqual(fake.languages.switches, []);
    settings['gongwen.plaintext'] = 'always';
    events.config.fire({ affectsConfiguration: (s) => s === 'gongwen.plaintext' });
    open(new FakeDoc(uri('file', '/w/README.txt'), 'plaintext', readme));
    await tick();
    assert.deepEqual(fake.languages.switches, ['/w/seed.txt→gongwen', '/w/README.txt→gongwen']);
    // Back to never: what was served automatically goes back to plain text.
    settings['gongwen.plaintext'] = 'never';
    events.config.fire({ affectsConfiguration: (s) => s === 'gongwen.plaintext' });
    await tick();
    assert.equal(current('/w/seed.txt').languageId, 'plaintext');
    assert.equal(current('/w/README.txt').languageId, 'plaintext');
  });

  it('toggle: reversible, decided once, remembered per URI across sessions', async () => {
    const d = make();
    open(new FakeDoc(uri('file', '/w/seed.txt'), 'plaintext', seedText()));
    await tick();
    assert.equal(current('/w/seed.txt').languageId, 'gongwen');
    assert.equal(d.canToggle(current('/w/seed.txt') as never), true);
    await d.toggle(current('/w/seed.txt') as never);
    // The reopen as plaintext that the switch fires is not decided again.
    assert.equal(current('/w/seed.txt').languageId, 'plaintext');
    assert.deepEqual(fake.languages.switches, ['/w/seed.txt→gongwen', '/w/seed.txt→plaintext']);
    assert.equal(d.choice(uri('file', '/w/seed.txt') as never), 'plain');
    // A new session (same workspace state): the choice wins over detection.
    d.dispose();
    fake.languages.switches = [];
    fake.workspace.textDocuments = [];
    make();
    open(new FakeDoc(uri('file', '/w/seed.txt'), 'plaintext', seedText()));
    await tick();
    assert.deepEqual(fake.languages.switches, []);
    // And the other way: a README the drafter chose to serve.
    const d3 = make();
    open(new FakeDoc(uri('file', '/w/README.txt'), 'plaintext', readme));
    await d3.toggle(current('/w/README.txt') as never);
    assert.equal(current('/w/README.txt').languageId, 'gongwen');
    assert.equal(d3.choice(uri('file', '/w/README.txt') as never), 'notice');
  });

  it('.gongwen files cannot be toggled; untitled documents are decided at their first content', async () => {
    const d = make();
    const gw = new FakeDoc(uri('file', '/w/a.gongwen'), 'gongwen', seedText());
    assert.equal(d.canToggle(gw as never), false);
    const u = new FakeDoc(uri('untitled', 'Untitled-1'), 'plaintext', '');
    open(u);
    await tick();
    assert.deepEqual(fake.languages.switches, []);
    u.text = seedText();
    events.change.fire({ document: u });
    await tick();
    assert.deepEqual(fake.languages.switches, ['Untitled-1→gongwen']);
  });
});

describe('client: status item (fake vscode)', () => {
  it('shows 纯文本 / 公文 with findings and tasks, and handles a server without gongwen/documentInfo', async () => {
    const state = new Memento();
    fake.workspace.textDocuments = [];
    const decider = new PlaintextDecider(state as never);
    let answer: (() => unknown) | undefined;
    const client = {
      isRunning: () => true,
      sendRequest: async (method: string, params: { uri: string }) => {
        assert.equal(method, 'gongwen/documentInfo');
        assert.ok(params.uri);
        return answer!();
      },
    };
    const status = new StatusItem(decider, () => client as never);
    try {
      const readmeDoc = new FakeDoc(uri('file', '/w/README.txt'), 'plaintext', readme);
      open(readmeDoc);
      status.refresh();
      assert.equal(item.visible, true);
      assert.match(item.text, /Plain text/);
      assert.equal(item.command, 'gongwen.togglePlaintext');

      answer = () => ({ tasks: 24, served: true });
      const seed = new FakeDoc(uri('file', '/w/seed.txt'), 'gongwen', seedText());
      fake.languages.diagnostics.set(seed.uri.toString(), [
        { source: 'gongwen', severity: 0 },
        { source: 'gongwen', severity: 1 },
        { source: 'gongwen', severity: 1 },
        { source: 'other', severity: 0 },
      ]);
      open(seed);
      status.refresh();
      assert.match(item.text, /Notice \$\(error\) 1 \$\(warning\) 2/);
      await new Promise((r) => setTimeout(r, 400));
      assert.match(item.text, /24 tasks/);
      assert.equal(item.command, 'gongwen.togglePlaintext');

      // A server without the request: MethodNotFound, no task count, no error.
      answer = () => {
        throw Object.assign(new Error('Unhandled method gongwen/documentInfo'), { code: -32601 });
      };
      status.reset();
      await new Promise((r) => setTimeout(r, 400));
      assert.doesNotMatch(item.text, /tasks/);
      assert.match(item.text, /Notice/);

      status.setStopped(true);
      assert.equal(item.command, 'gongwen.restartServer');
    } finally {
      status.dispose();
      decider.dispose();
    }
  });
});
