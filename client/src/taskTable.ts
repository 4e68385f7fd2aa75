// "Gongwen: 生成任务分解表" (gongwen.generateTaskTable): asks for Markdown or CSV, asks the server for the
// table (gongwen/taskTable), then opens the Markdown in a new untitled document, or saves the CSV
// (UTF-8 with a BOM, so Excel and WPS open it as UTF-8) where the drafter chooses.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TASK_TABLE_REQUEST, type TaskTableResult } from '../../server/src/lsp/protocol';
import { LANGUAGE } from './plaintext';

export const GENERATE_TASK_TABLE = 'gongwen.generateTaskTable';

type Format = 'md' | 'csv';

/** The file name offered for the CSV: the notice's name without its extension, and 任务分解表. */
export function csvFileName(noticeName: string): string {
  const base = noticeName.replace(/\.[^./\\]*$/, '') || 'notice';
  return `${vscode.l10n.t('{0} - task table', base)}.csv`;
}

function defaultCsvUri(doc: vscode.TextDocument): vscode.Uri | undefined {
  const name = csvFileName(doc.uri.path.split('/').pop() ?? '');
  if (doc.uri.scheme === 'file') return vscode.Uri.joinPath(doc.uri, '..', name);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, name) : undefined;
}

async function pickFormat(): Promise<Format | undefined> {
  const items: (vscode.QuickPickItem & { format: Format })[] = [
    { label: '$(markdown) Markdown', description: vscode.l10n.t('Open as a new Markdown document'), format: 'md' },
    { label: '$(table) CSV', description: vscode.l10n.t('Save as a CSV file for Excel or WPS (UTF-8)'), format: 'csv' },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Generate the task table'),
    placeHolder: vscode.l10n.t('Choose the format of the task table'),
  });
  return picked?.format;
}

/**
 * Registers the command. `fallback` names the notice to use when the active editor is not one (the notice the
 * task view shows, for the view's title button).
 */
export function registerTaskTable(getClient: () => LanguageClient | undefined, fallback: () => vscode.Uri | undefined = () => undefined): vscode.Disposable {
  return vscode.commands.registerCommand(GENERATE_TASK_TABLE, async (arg?: unknown) => {
    const uri =
      arg instanceof vscode.Uri
        ? arg
        : vscode.window.activeTextEditor?.document.languageId === LANGUAGE
          ? vscode.window.activeTextEditor.document.uri
          : fallback();
    const doc = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : undefined;
    if (!doc || doc.languageId !== LANGUAGE) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a notice to generate its task table.'));
      return;
    }
    const client = getClient();
    if (!client || !client.isRunning()) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The Gongwen language server is not running.'));
      return;
    }
    const format = await pickFormat();
    if (!format) return;
    let result: TaskTableResult;
    try {
      result = await client.sendRequest<TaskTableResult>(TASK_TABLE_REQUEST, { uri: doc.uri.toString(), format });
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not generate the task table: {0}', e instanceof Error ? e.message : String(e)));
      return;
    }
    if (!result || !Array.isArray(result.rows) || result.rows.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No tasks with lead or participating units were found in this notice.'));
      return;
    }
    if (format === 'md') {
      const table = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.text });
      await vscode.window.showTextDocument(table, { preview: false });
      return;
    }
    const target = await vscode.window.showSaveDialog({
      defaultUri: defaultCsvUri(doc),
      filters: { [vscode.l10n.t('CSV (Excel, WPS)')]: ['csv'] },
      saveLabel: vscode.l10n.t('Save the task table'),
      title: vscode.l10n.t('Save the task table as CSV'),
    });
    if (!target) return;
    try {
      // result.text starts with U+FEFF: encoded as UTF-8 it is the BOM EF BB BF.
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not save the task table: {0}', e instanceof Error ? e.message : String(e)));
      return;
    }
    const open = vscode.l10n.t('Open');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('Saved the task table ({0} tasks) to {1}.', result.rows.length, vscode.workspace.asRelativePath(target)),
      open,
    );
    if (choice === open) await vscode.commands.executeCommand('vscode.open', target);
  });
}
