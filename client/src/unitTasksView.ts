// The Explorer view "任务 · 按单位" (gongwen.unitTasks): each unit named in the active notice, with the
// tasks it leads (牵头) and joins (参与); clicking a task selects it in the editor. It follows the active
// notice (keeping the last one while another kind of editor is active) and refreshes when the notice's
// diagnostics change (the server has analysed a new version) or shortly after an edit.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { UNIT_TASKS_REQUEST, type UnitTaskJson, type UnitTasksJson, type UnitTasksResult } from '../../server/src/lsp/protocol';
import { LANGUAGE, SCHEMES } from './plaintext';

export const UNIT_TASKS_VIEW = 'gongwen.unitTasks';
export const REVEAL_TASK = 'gongwen.unitTasks.reveal';
export const REFRESH_UNIT_TASKS = 'gongwen.unitTasks.refresh';
/** Context key: a notice is open (the view's when clause). */
export const NOTICE_OPEN = 'gongwen.noticeOpen';

type Unit = UnitTasksJson;
type Link = UnitTaskJson;

type Role = 'lead' | 'join';
type Node = { kind: 'unit'; unit: Unit } | { kind: 'group'; unit: Unit; role: Role } | { kind: 'task'; unit: Unit; role: Role; link: Link };

const toRange = (r: Link['range']) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export class UnitTasksView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];
  private units: Unit[] = [];
  /** The notice shown. */
  private uri: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.view = vscode.window.createTreeView(UNIT_TASKS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      this.view.onDidChangeVisibility((e) => e.visible && this.schedule(0)),
      vscode.window.onDidChangeActiveTextEditor(() => this.follow()),
      vscode.workspace.onDidOpenTextDocument(() => {
        this.updateContext();
        this.follow();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.updateContext();
        if (this.uri && d.uri.toString() === this.uri.toString()) {
          this.uri = undefined;
          this.follow();
        }
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const key = this.uri?.toString();
        if (key && e.uris.some((u) => u.toString() === key)) this.schedule(150);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.uri && e.document.uri.toString() === this.uri.toString() && e.contentChanges.length) this.schedule(1000);
      }),
      vscode.commands.registerCommand(REVEAL_TASK, (uri: vscode.Uri, range: vscode.Range) => this.reveal(uri, range)),
      vscode.commands.registerCommand(REFRESH_UNIT_TASKS, () => this.schedule(0)),
    );
    this.updateContext();
    this.follow();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }

  /** The notice the view shows (for the task-table command's fallback). */
  get notice(): vscode.Uri | undefined {
    return this.uri;
  }

  /** The server (re)started: ask again. */
  reset(): void {
    this.schedule(300);
  }

  private updateContext(): void {
    const open = vscode.workspace.textDocuments.some((d) => d.languageId === LANGUAGE && SCHEMES.includes(d.uri.scheme));
    void vscode.commands.executeCommand('setContext', NOTICE_OPEN, open);
  }

  /** Takes the active editor's notice; keeps the current one when the active editor is not a notice. */
  private follow(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && doc.languageId === LANGUAGE && SCHEMES.includes(doc.uri.scheme)) {
      if (this.uri?.toString() !== doc.uri.toString()) {
        this.uri = doc.uri;
        this.units = [];
        this.changed.fire(undefined);
      }
      this.schedule(0);
      return;
    }
    if (!this.uri) {
      const other = vscode.workspace.textDocuments.find((d) => d.languageId === LANGUAGE && SCHEMES.includes(d.uri.scheme));
      this.uri = other?.uri;
      this.units = [];
      this.changed.fire(undefined);
      this.schedule(0);
    }
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.fetch();
    }, delay);
  }

  private async fetch(): Promise<void> {
    const uri = this.uri;
    const generation = ++this.generation;
    if (!uri) {
      this.show([], vscode.l10n.t('Open a notice to see its tasks by unit.'));
      return;
    }
    this.view.description = uri.path.split('/').pop();
    if (!this.view.visible) return;
    const client = this.getClient();
    if (!client || !client.isRunning()) {
      this.show([], vscode.l10n.t('Waiting for the Gongwen language server…'));
      return;
    }
    let result: UnitTasksResult | null;
    try {
      result = await client.sendRequest<UnitTasksResult | null>(UNIT_TASKS_REQUEST, { uri: uri.toString() });
    } catch {
      // MethodNotFound, or the server is restarting: try again on the next change.
      result = null;
    }
    if (generation !== this.generation || this.uri?.toString() !== uri.toString()) return; // superseded
    const units = Array.isArray(result?.units) ? result!.units : [];
    this.show(units, units.length ? undefined : vscode.l10n.t('No tasks with lead or participating units were found in this notice.'));
  }

  private show(units: Unit[], message: string | undefined): void {
    this.units = units;
    this.view.message = message;
    this.changed.fire(undefined);
  }

  private async reveal(uri: vscode.Uri, range: vscode.Range): Promise<void> {
    if (!(uri instanceof vscode.Uri) || !(range instanceof vscode.Range)) return;
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc, { selection: range, preserveFocus: false, preview: false });
    editor.revealRange(new vscode.Range(range.start, range.start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.units.map((unit) => ({ kind: 'unit', unit }));
    if (node.kind === 'unit') {
      const groups: Node[] = [];
      if (node.unit.leads.length) groups.push({ kind: 'group', unit: node.unit, role: 'lead' });
      if (node.unit.joins.length) groups.push({ kind: 'group', unit: node.unit, role: 'join' });
      return groups;
    }
    if (node.kind === 'group') return (node.role === 'lead' ? node.unit.leads : node.unit.joins).map((link) => ({ kind: 'task', unit: node.unit, role: node.role, link }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const base = this.uri?.toString() ?? '';
    if (node.kind === 'unit') {
      const u = node.unit;
      const item = new vscode.TreeItem(u.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${base}|${u.key}`;
      item.iconPath = new vscode.ThemeIcon('organization');
      item.description = vscode.l10n.t('leads {0} · joins {1}', u.leads.length, u.joins.length);
      const lines = [u.name];
      if (u.canonical && u.canonical !== u.name) lines.push(vscode.l10n.t('Full name: {0}', u.canonical));
      if (u.names.length > 1) lines.push(vscode.l10n.t('Written as: {0}', u.names.join('、')));
      lines.push(vscode.l10n.t('Leads {0} tasks, joins {1} tasks.', u.leads.length, u.joins.length));
      item.tooltip = lines.join('\n');
      item.contextValue = 'unit';
      return item;
    }
    if (node.kind === 'group') {
      const lead = node.role === 'lead';
      const count = lead ? node.unit.leads.length : node.unit.joins.length;
      const item = new vscode.TreeItem(lead ? vscode.l10n.t('Leads') : vscode.l10n.t('Joins'), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${base}|${node.unit.key}|${node.role}`;
      item.iconPath = new vscode.ThemeIcon(lead ? 'star-full' : 'account');
      item.description = vscode.l10n.t('{0} task(s)', count);
      item.contextValue = 'group';
      return item;
    }
    const { link } = node;
    const item = new vscode.TreeItem(link.path || link.label, vscode.TreeItemCollapsibleState.None);
    item.id = `${base}|${node.unit.key}|${node.role}|${link.task}`;
    item.description = link.path ? link.label : undefined;
    item.iconPath = new vscode.ThemeIcon(node.role === 'lead' ? 'star-empty' : 'circle-outline');
    const role = node.role === 'lead' ? (link.inherited ? vscode.l10n.t('Leads (as the lead of the enclosing item)') : vscode.l10n.t('Leads')) : vscode.l10n.t('Joins');
    item.tooltip = `${link.path} ${link.label}\n${node.unit.name} · ${role}`;
    if (this.uri) item.command = { command: REVEAL_TASK, title: vscode.l10n.t('Show the task'), arguments: [this.uri, toRange(link.range)] };
    item.contextValue = 'task';
    return item;
  }
}
