// The status bar item: for a plain-text document, the serving decision ("公文" / "纯文本", click to
// toggle); for a served document, its findings and its number of tasks.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_INFO_REQUEST, type DocumentInfo } from '../../server/src/lsp/protocol';
import { isGongwenFile, LANGUAGE, PlaintextDecider, SCHEMES } from './plaintext';


export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private tasks = new Map<string, number>();
  /** The server does not answer gongwen/documentInfo: stop asking. */
  private infoUnsupported = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The language server stopped and will not restart by itself. */
  private stopped = false;

  constructor(
    private readonly decider: PlaintextDecider,
    private readonly getClient: () => LanguageClient | undefined,
  ) {
    this.item.name = vscode.l10n.t('Gongwen');
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidOpenTextDocument(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.refresh();
      }),
    );
    this.refresh();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }

  /** The server was restarted: it may answer documentInfo now. */
  reset(): void {
    this.infoUnsupported = false;
    this.tasks.clear();
    this.refresh();
  }

  setStopped(stopped: boolean): void {
    this.stopped = stopped;
    this.render();
  }

  /** Redraws now, and asks the server for the task count shortly after (debounced). */
  refresh(): void {
    this.render();
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.fetchInfo(), 300);
  }

  private render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !SCHEMES.includes(doc.uri.scheme) || (doc.languageId !== LANGUAGE && doc.languageId !== 'plaintext')) {
      this.item.hide();
      return;
    }
    const canToggle = this.decider.canToggle(doc);
    if (doc.languageId === 'plaintext') {
      this.item.text = `$(file-text) ${vscode.l10n.t('Plain text')}`;
      this.item.tooltip = vscode.l10n.t('Not checked as a notice. Click to check this file as a notice.');
      this.item.command = 'gongwen.togglePlaintext';
      this.item.show();
      return;
    }
    if (this.stopped) {
      this.item.text = `$(debug-disconnect) ${vscode.l10n.t('Notice')}`;
      this.item.tooltip = vscode.l10n.t('The Gongwen language server has stopped. Click to restart it.');
      this.item.command = 'gongwen.restartServer';
      this.item.show();
      return;
    }
    const diagnostics = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'gongwen');
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const others = diagnostics.length - errors;
    const tasks = this.tasks.get(doc.uri.toString());
    let text = `$(law) ${vscode.l10n.t('Notice')}`;
    text += diagnostics.length === 0 ? ' $(check)' : ` $(error) ${errors} $(warning) ${others}`;
    if (tasks !== undefined) text += ` · ${vscode.l10n.t('{0} tasks', tasks)}`;
    this.item.text = text;
    const lines = [
      vscode.l10n.t('Checked as a notice (公文).'),
      vscode.l10n.t('{0} findings: {1} errors, {2} others.', diagnostics.length, errors, others),
    ];
    if (tasks !== undefined) lines.push(vscode.l10n.t('{0} tasks assigned to units.', tasks));
    if (canToggle) {
      lines.push(vscode.l10n.t('Click to stop checking this file as a notice.'));
      this.item.command = 'gongwen.togglePlaintext';
    } else {
      lines.push(isGongwenFile(doc.uri) ? vscode.l10n.t('Click to show the problems.') : '');
      this.item.command = 'workbench.actions.view.problems';
    }
    this.item.tooltip = lines.filter((l) => l !== '').join('\n');
    this.item.show();
  }

  private async fetchInfo(): Promise<void> {
    const client = this.getClient();
    const doc = vscode.window.activeTextEditor?.document;
    if (this.infoUnsupported || !client || !client.isRunning() || !doc || doc.languageId !== LANGUAGE) return;
    const key = doc.uri.toString();
    try {
      const info = await client.sendRequest<DocumentInfo | null>(DOCUMENT_INFO_REQUEST, { uri: key });
      if (info && typeof info.tasks === 'number') this.tasks.set(key, info.tasks);
      else this.tasks.delete(key);
    } catch (e) {
      // MethodNotFound (-32601): a server without the request; anything else: try again next time.
      if ((e as { code?: number }).code === -32601) this.infoUnsupported = true;
      this.tasks.delete(key);
    }
    if (vscode.window.activeTextEditor?.document.uri.toString() === key) this.render();
  }
}
