// The Gongwen extension: starts the bundled language server (dist/server.js, Node IPC), forwards the
// gongwen.* settings, decides which plain-text documents are notices, and shows a status item.
// Thin on purpose: everything about notices happens in the server.
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE, PlaintextDecider, SCHEMES } from './plaintext';
import { StatusItem } from './status';
import { registerTaskTable } from './taskTable';
import { UnitTasksView } from './unitTasksView';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
let status: StatusItem | undefined;
let restarting = false;

/** The running client (a function, so narrowing across awaits does not go stale). */
const current = (): LanguageClient | undefined => client;

/** gongwen.locale, with `auto` resolved from the display language of VS Code. */
export function resolveLocale(setting: string | undefined, displayLanguage: string): 'zh-CN' | 'en' {
  if (setting === 'zh-CN' || setting === 'en') return setting;
  return displayLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The gongwen.* settings as plain data (what the server receives). */
function settings(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('gongwen'))) as Record<string, unknown>;
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: SCHEMES.map((scheme) => ({ scheme, language: LANGUAGE })),
    synchronize: { configurationSection: 'gongwen' },
    initializationOptions: () => {
      const s = settings();
      return { locale: resolveLocale(s.locale as string | undefined, vscode.env.language), settings: s };
    },
    outputChannel: output,
    // The default error handler restarts a crashed server up to 4 times in 3 minutes.
  };
  const c = new LanguageClient('gongwen', vscode.l10n.t('Gongwen Language Server'), serverOptions, clientOptions);
  c.onDidChangeState((e) => {
    if (c !== client) return;
    if (e.newState === State.Running) status?.reset();
    status?.setStopped(e.newState === State.Stopped && !restarting);
  });
  return c;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  try {
    await client.start();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    output?.appendLine(message);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not start the Gongwen language server: {0}', message));
  }
}

/** Stops (and disposes) the client, whatever its state, then starts a fresh one. */
async function restartClient(context: vscode.ExtensionContext): Promise<void> {
  restarting = true;
  try {
    const old = client;
    client = undefined;
    if (old) {
      try {
        await old.dispose(2000);
      } catch (e) {
        output?.appendLine(String(e));
      }
    }
    await startClient(context);
  } finally {
    restarting = false;
  }
  status?.setStopped(!current()?.isRunning());
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Gongwen', { log: true });
  const decider = new PlaintextDecider(context.workspaceState);
  status = new StatusItem(decider, current);
  context.subscriptions.push(output, decider, status);
  // The task table (任务分解表) command and the Explorer view of tasks by unit.
  const unitTasks = new UnitTasksView(current);
  context.subscriptions.push(unitTasks, registerTaskTable(current, () => unitTasks.notice));

  context.subscriptions.push(
    vscode.commands.registerCommand('gongwen.restartServer', async () => {
      await restartClient(context);
      if (current()?.isRunning()) void vscode.window.setStatusBarMessage(vscode.l10n.t('Gongwen language server restarted.'), 3000);
    }),
    vscode.commands.registerCommand('gongwen.showOutput', () => output?.show(true)),
    vscode.commands.registerCommand('gongwen.togglePlaintext', async (uri?: vscode.Uri) => {
      const doc = uri
        ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
        : vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a text file to check it as a notice.'));
        return;
      }
      if (!decider.canToggle(doc)) {
        void vscode.window.showInformationMessage(
          doc.languageId === LANGUAGE
            ? vscode.l10n.t('.gongwen and .gw files are always checked as notices.')
            : vscode.l10n.t('Only plain-text files can be checked as notices.'),
        );
        return;
      }
      await decider.toggle(doc);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // The resolved locale travels in initializationOptions: a new locale needs a new server.
      if (e.affectsConfiguration('gongwen.locale')) void restartClient(context);
    }),
  );

  // Activated by any plain-text document: start the server only once a notice is open.
  const isNotice = (d: vscode.TextDocument) => d.languageId === LANGUAGE && SCHEMES.includes(d.uri.scheme);
  if (vscode.workspace.textDocuments.some(isNotice)) await startClient(context);
  else {
    const waiting = vscode.workspace.onDidOpenTextDocument((d) => {
      if (!isNotice(d) || client || restarting) return;
      waiting.dispose();
      void startClient(context);
    });
    context.subscriptions.push(waiting);
  }
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop().catch(() => undefined);
}
