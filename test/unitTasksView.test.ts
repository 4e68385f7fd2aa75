// The client's task-table command and the "任务 · 按单位" view against a small fake of the vscode API,
// talking to the real language server (its gongwen/taskTable and gongwen/unitTasks answers).
import assert from 'node:assert/strict';
import Module from 'node:module';
import { TestClient } from './lsp/client';

type Listener<T> = (e: T) => void;
class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  event = (l: Listener<T>) => {
    this.listeners.push(l);
    return { dispose: () => (this.listeners = this.listeners.filter((x) => x !== l)) };
  };
  fire(e: T) {
    for (const l of [...this.listeners]) l(e);
  }
  dispose() {
    this.listeners = [];
  }
}
class Position {
  constructor(readonly line: number, readonly character: number) {}
}
class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: number | Position, b: number | Position, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
  }
}
class Uri {
  constructor(readonly scheme: string, readonly path: string) {}
  toString() {
    return this.scheme === 'file' ? `file://${this.path}` : `${this.scheme}:${this.path}`;
  }
  static joinPath(u: Uri, ...parts: string[]) {
    const segs = u.path.split('/');
    for (const p of parts) {
      if (p === '..') segs.pop();
      else segs.push(p);
    }
    return new Uri(u.scheme, segs.join('/'));
  }
}
class TreeItem {
  id?: string;
  description?: string;
  tooltip?: string;
  iconPath?: unknown;
  command?: { command: string; arguments: unknown[] };
  contextValue?: string;
  constructor(readonly label: string, readonly collapsibleState: number) {}
}
class ThemeIcon {
  constructor(readonly id: string) {}
}
class FakeDoc {
  version = 1;
  constructor(readonly uri: Uri, public languageId: string, public text: string) {}
}

const events = {
  editor: new EventEmitter<unknown>(),
  open: new EventEmitter<FakeDoc>(),
  close: new EventEmitter<FakeDoc>(),
  change: new EventEmitter<{ document: FakeDoc; contentChanges: unknown[] }>(),
  diagnostics: new EventEmitter<{ uris: Uri[] }>(),
  visibility: new EventEmitter<{ visible: boolean }>(),
};
const commands = new Map<string, (...args: unknown[]) => unknown>();
const contexts = new Map<string, unknown>();
const shown: { doc: FakeDoc | { language: string; content: string }; selection?: Range }[] = [];
const messages: string[] = [];
const written = new Map<string, Uint8Array>();
let quickPick: ((items: { format: string }[]) => unknown) | undefined;
let saveTo: Uri | undefined;
let treeView: { visible: boolean; message?: string; description?: string };

const fake = {
  EventEmitter,
  Position,
  Range,
  Uri,
  TreeItem,
  ThemeIcon,
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  TextEditorRevealType: { InCenterIfOutsideViewport: 2 },
  l10n: { t: (m: string, ...args: unknown[]) => m.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])) },
  window: {
    activeTextEditor: undefined as { document: FakeDoc } | undefined,
    onDidChangeActiveTextEditor: events.editor.event,
    createTreeView: () => {
      treeView = { visible: true, onDidChangeVisibility: events.visibility.event, dispose() {} } as never;
      return treeView;
    },
    async showTextDocument(doc: FakeDoc, o?: { selection?: Range }) {
      shown.push({ doc, selection: o?.selection });
      return { revealRange() {} };
    },
    async showQuickPick(items: { format: string }[]) {
      return quickPick?.(items);
    },
    async showSaveDialog() {
      return saveTo;
    },
    async showInformationMessage(m: string) {
      messages.push(m);
      return undefined;
    },
    async showWarningMessage(m: string) {
      messages.push(m);
      return undefined;
    },
    async showErrorMessage(m: string) {
      messages.push(m);
      return undefined;
    },
  },
  workspace: {
    textDocuments: [] as FakeDoc[],
    workspaceFolders: undefined,
    onDidOpenTextDocument: events.open.event,
    onDidCloseTextDocument: events.close.event,
    onDidChangeTextDocument: events.change.event,
    async openTextDocument(arg: Uri | { language: string; content: string }) {
      if (arg instanceof Uri) return fake.workspace.textDocuments.find((d) => d.uri.toString() === arg.toString());
      return arg;
    },
    fs: {
      async writeFile(u: Uri, bytes: Uint8Array) {
        written.set(u.toString(), bytes);
      },
    },
    asRelativePath: (u: Uri) => u.path,
  },
  languages: { onDidChangeDiagnostics: events.diagnostics.event },
  commands: {
    registerCommand(id: string, f: (...args: unknown[]) => unknown) {
      commands.set(id, f);
      return { dispose: () => commands.delete(id) };
    },
    async executeCommand(id: string, ...args: unknown[]) {
      if (id === 'setContext') contexts.set(args[0] as string, args[1]);
      else return commands.get(id)?.(...args);
    },
  },
};

const M = Module as unknown as { _resolveFilename: (r: string, ...rest: unknown[]) => string };
const resolve = M._resolveFilename;
M._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
const previous = require.cache['vscode'];
const loadedBefore = new Set(Object.keys(require.cache));
require.cache['vscode'] = { id: 'vscode', filename: 'vscode', loaded: true, exports: fake } as unknown as NodeJS.Module;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { UnitTasksView } = require('../client/src/unitTasksView') as typeof import('../client/src/unitTasksView');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { registerTaskTable, csvFileName } = require('../client/src/taskTable') as typeof import('../client/src/taskTable');
M._resolveFilename = resolve;
if (previous) require.cache['vscode'] = previous;
else delete require.cache['vscode'];
// Client modules first loaded here are bound to this fake: let other test files load their own copies.
for (const k of Object.keys(require.cache)) if (!loadedBefore.has(k) && /[\\/]client[\\/]src[\\/]/.test(k)) delete require.cache[k];

const notice = [
  '关于做好2024年防汛工作的通知',
  '各县（市、区）人民政府，市政府各部门：',
  '一、加强监测预警',
  '（一）完善监测网络。加密雨量站点（市气象局牵头，市水利局参与）。开展汛前检查（市应急管理局牵头）。',
  '（二）健全预警发布机制。',
  '牵头单位：市发改委',
  '参与单位：市财政局、市水利局',
  '二、强化工程建设',
  '牵头单位：市发展改革委',
  '（一）加快水库除险加固。',
  '市人民政府',
  '2024年3月1日',
  '',
].join('\n');

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(pred: () => boolean, what: string, ms = 5000) {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) assert.fail(`timed out: ${what}`);
    await wait(20);
  }
}

describe('client: task table command and the tasks-by-unit view (fake vscode, real server)', function () {
  this.timeout(60000);
  let server: TestClient;
  const doc = new FakeDoc(new Uri('file', '/w/防汛通知.gongwen'), 'gongwen', notice);
  const lc = {
    isRunning: () => true,
    sendRequest: (method: string, params: unknown) => server.request(method, params),
  };
  let view: InstanceType<typeof UnitTasksView>;
  let command: { dispose(): void };

  before(async () => {
    server = new TestClient();
    await server.start();
    await server.open(doc.uri.toString(), notice);
    fake.workspace.textDocuments = [doc];
    fake.window.activeTextEditor = { document: doc };
    view = new UnitTasksView(() => lc as never);
    command = registerTaskTable(() => lc as never, () => view.notice as never);
  });
  after(async () => {
    view.dispose();
    command.dispose();
    await server.stop();
  });

  it('the view lists units, each with its led and joined tasks, and follows the active notice', async () => {
    await until(() => view.getChildren().length > 0, 'units');
    assert.equal(contexts.get('gongwen.noticeOpen'), true);
    assert.equal(treeView.description, '防汛通知.gongwen');
    const units = view.getChildren();
    const labels = units.map((n) => {
      const i = view.getTreeItem(n) as unknown as TreeItem;
      return `${i.label} (${i.description})`;
    });
    assert.deepEqual(labels, [
      '市发改委 (leads 2 · joins 0)',
      '市气象局 (leads 1 · joins 0)',
      '市应急管理局 (leads 1 · joins 0)',
      '市水利局 (leads 0 · joins 2)',
      '市财政局 (leads 0 · joins 1)',
    ]);
    const tooltip = (view.getTreeItem(units[0]) as unknown as TreeItem).tooltip;
    assert.equal(tooltip, '市发改委\nFull name: 市发展和改革委员会\nWritten as: 市发改委、市发展改革委\nLeads 2 tasks, joins 0 tasks.');
    const groups = view.getChildren(units[3]);
    assert.deepEqual(groups.map((g) => (view.getTreeItem(g) as unknown as TreeItem).label), ['Joins']);
    const fgwGroups = view.getChildren(units[0]);
    assert.deepEqual(fgwGroups.map((g) => (view.getTreeItem(g) as unknown as TreeItem).label), ['Leads']);
    const tasks = view.getChildren(fgwGroups[0]).map((t) => view.getTreeItem(t) as unknown as TreeItem);
    assert.deepEqual(tasks.map((t) => [t.label, t.description]), [
      ['一、（二）', '健全预警发布机制'],
      ['二、（一）', '加快水库除险加固'],
    ]);
    assert.match(String(tasks[1].tooltip), /Leads \(as the lead of the enclosing item\)/);
    // clicking a task selects it in the editor
    const c = tasks[1].command!;
    await fake.commands.executeCommand(c.command, ...c.arguments);
    const last = shown[shown.length - 1];
    assert.equal(last.doc, doc);
    assert.deepEqual(last.selection, new Range(9, 0, 9, 12));
  });

  it('refreshes when the notice\'s diagnostics change', async () => {
    const edited = notice.replace('牵头单位：市发改委', '牵头单位：市财政局');
    doc.text = edited;
    const published = server.diagnostics(doc.uri.toString(), (p) => p.version === 2);
    await server.notify('textDocument/didChange', { textDocument: { uri: doc.uri.toString(), version: 2 }, contentChanges: [{ text: edited }] });
    await published;
    events.diagnostics.fire({ uris: [doc.uri] });
    const name = () => (view.getTreeItem(view.getChildren()[0]) as unknown as TreeItem).label;
    await until(() => name() === '市财政局', 'refreshed units');
  });

  it('generate task table: markdown opens a new document; CSV is saved with a BOM', async () => {
    quickPick = (items) => items.find((i) => i.format === 'md');
    await fake.commands.executeCommand('gongwen.generateTaskTable');
    const md = shown[shown.length - 1].doc as { language: string; content: string };
    assert.equal(md.language, 'markdown');
    assert.equal(md.content.split('\n')[0], '| 序号 | 任务 | 牵头单位 | 参与单位 | 完成时限 |');
    assert.equal(md.content.split('\n')[4], '| 一、（二） | 健全预警发布机制 | 市财政局 | 市财政局、市水利局 |  |');

    quickPick = (items) => items.find((i) => i.format === 'csv');
    saveTo = new Uri('file', '/w/out.csv');
    await fake.commands.executeCommand('gongwen.generateTaskTable');
    const bytes = written.get('file:///w/out.csv')!;
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    assert.ok(text.startsWith('\ufeff序号,任务,牵头单位,参与单位,完成时限\r\n一、（一）（之一）,完善监测网络,市气象局,市水利局,\r\n'));
    assert.equal(messages[messages.length - 1], 'Saved the task table (4 tasks) to /w/out.csv.');
    assert.equal(csvFileName('防汛通知.gongwen'), '防汛通知 - task table.csv');

    // cancelled pick: nothing happens
    quickPick = () => undefined;
    const before = shown.length;
    await fake.commands.executeCommand('gongwen.generateTaskTable');
    assert.equal(shown.length, before);
  });

  it('without a notice: a message, no request', async () => {
    fake.window.activeTextEditor = undefined;
    const other = new FakeDoc(new Uri('file', '/w/readme.md'), 'markdown', '# x');
    await fake.commands.executeCommand('gongwen.generateTaskTable', other.uri);
    assert.equal(messages[messages.length - 1], 'Open a notice to generate its task table.');
  });
});
