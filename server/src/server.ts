// The Gongwen language server: a thin adapter over the core (server/src/core). Transport from argv:
// Node IPC when started by the extension, stdio with --stdio (tests, other editors).
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  ErrorCodes,
  ResponseError,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, FIX_ALL_KIND, type EditCapabilities } from './lsp/codeActions';
import { Settings } from './lsp/config';
import { diagnosticsOf } from './lsp/diagnostics';
import { DOCUMENT_INFO_REQUEST, documentInfo } from './lsp/documentInfo';
import { CHANGE_DEBOUNCE_MS, DocumentAnalyzer } from './lsp/documents';
import { foldingRanges } from './lsp/folding';
import { formattingEdits } from './lsp/formatting';
import { selectionRanges } from './lsp/selection';
import { documentSymbols, flatSymbols } from './lsp/symbols';
import { parseFormat, TASK_TABLE_REQUEST, taskTable, UNIT_TASKS_REQUEST, unitTasks, type TaskTableResult, type UnitTasksResult } from './lsp/taskTable';
import { COMPLETION_TRIGGERS, completion } from './lsp/completion';
import { hover } from './lsp/hover';
import { documentHighlights, invalidNewName, prepareRename, references, rename, type OpenNotice } from './lsp/references';
import { diskSource, openSource, workspaceSymbols, type SymbolSource } from './lsp/workspaceSymbols';
import { workspaceNotices } from './node/workspaceNotices';

const connection = createConnection(ProposedFeatures.all);
// Changes are applied one at a time with their positions clamped to the document: a range past the
// end corrupts the library's line table (vscode-languageserver-textdocument 1.0.16), and the server's
// copy would then drift from the client's.
// A text that is not a string (a broken client) is refused: the notification fails with one message and the
// document is neither stored nor changed, so no handler ever meets it.
const documents = new TextDocuments<TextDocument>({
  create: (uri, languageId, version, content) => {
    if (typeof content !== 'string') throw new TypeError(`didOpen of ${uri}: the text is not a string`);
    return TextDocument.create(uri, languageId, version, content);
  },
  update: (doc, changes, version) => {
    if (!changes.every((c) => typeof c?.text === 'string')) throw new TypeError(`didChange of ${doc.uri}: a change's text is not a string`);
    for (const change of changes) {
      if ('range' in change) {
        const start = doc.positionAt(doc.offsetAt(change.range.start));
        const end = doc.positionAt(doc.offsetAt(change.range.end));
        TextDocument.update(doc, [{ range: { start, end }, text: change.text }], version);
      } else TextDocument.update(doc, [change], version);
    }
    return doc;
  },
});

const describe = (e: unknown) => (e instanceof Error ? (e.stack ?? e.message) : String(e));
const logError = (message: string) => {
  try {
    connection.console.error(message);
  } catch {
    // the connection is gone; nothing left to tell
  }
};

// Bad input must never bring the server down.
process.on('uncaughtException', (e) => logError(`Gongwen: uncaught exception: ${describe(e)}`));
process.on('unhandledRejection', (e) => logError(`Gongwen: unhandled rejection: ${describe(e)}`));

/** Wraps a request handler: a throw is logged and answered with the empty result. */
function guard<P, R>(name: string, empty: R, handler: (params: P) => R): (params: P) => R {
  return (params: P) => {
    try {
      return handler(params);
    } catch (e) {
      logError(`Gongwen: ${name} failed: ${describe(e)}`);
      return empty;
    }
  };
}

function uriOf(params: unknown): string | undefined {
  const td = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument;
  return typeof td?.uri === 'string' ? td.uri : undefined;
}

// Settings problems: shown once as a warning (a notification: no answer expected) and logged.
const settings = new Settings((message) => {
  logError(message);
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
});

const analyzer = new DocumentAnalyzer(
  {
    get: (uri) => documents.get(uri),
    all: () => documents.all(),
    publish: (entry) => {
      const diagnostics = diagnosticsOf(entry, settings.locale);
      void connection.sendDiagnostics({ uri: entry.uri, version: entry.version, diagnostics });
    },
    log: (m) => connection.console.log(m),
    error: logError,
    // Bench mode (GONGWEN_BENCH_TIMING=1, set by scripts/bench-protocol.mjs): server-side time per publish.
    ...(process.env.GONGWEN_BENCH_TIMING === '1'
      ? { timing: (uri: string, version: number, ms: { analyse: number; publish: number; total: number }) => void connection.sendNotification('gongwen/benchTiming', { uri, version, ...ms }) }
      : {}),
  },
  settings,
);

let capabilities: ClientCapabilities = {};
let hierarchicalSymbols = false;
const editCaps: EditCapabilities = { documentChanges: false, snippets: false, createFiles: false };

connection.onInitialize((params: InitializeParams): InitializeResult => {
  try {
    capabilities = params.capabilities ?? {};
    hierarchicalSymbols = capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    editCaps.documentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true;
    editCaps.createFiles = capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true;
    editCaps.snippets = (capabilities.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true;
    const options = (params.initializationOptions ?? {}) as { locale?: unknown; settings?: unknown };
    settings.setClientLocale(options.locale, params.locale);
    if (options.settings !== undefined) settings.setVsSettings(options.settings);
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    settings.setFolders(folders);
  } catch (e) {
    logError(`Gongwen: initialize: ${describe(e)}`);
  }
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      documentSymbolProvider: { label: '公文' },
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      documentFormattingProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      hoverProvider: true,
      completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
      referencesProvider: true,
      documentHighlightProvider: true,
      renameProvider: { prepareProvider: true },
      workspaceSymbolProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'gongwen', version: '0.1.0' },
  };
});

const pullsConfiguration = () => capabilities.workspace?.configuration === true;

async function pullSettings(): Promise<void> {
  if (!pullsConfiguration()) return;
  try {
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 3000).unref());
    const value = await Promise.race([connection.workspace.getConfiguration('gongwen'), timeout]);
    if (value === 'timeout') logError('Gongwen: the client did not answer workspace/configuration; using the workspace file and defaults.');
    else settings.setVsSettings(value);
  } catch (e) {
    logError(`Gongwen: reading settings failed: ${describe(e)}`);
  }
}

connection.onInitialized(() => {
  void (async () => {
    try {
      if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration)
        void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' }).catch(() => undefined);
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration)
        void connection.client
          .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/gongwen.json' }] })
          .catch(() => undefined);
      if (capabilities.workspace?.workspaceFolders)
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          try {
            const removed = new Set(e.removed.map((f) => f.uri));
            const current = settings.folderList.filter((f) => !removed.has(f.uri)).concat(e.added);
            settings.setFolders(current);
            analyzer.invalidateAll();
          } catch (err) {
            logError(`Gongwen: workspace folders: ${describe(err)}`);
          }
        });
      await pullSettings();
    } finally {
      analyzer.setReady();
    }
  })();
});

connection.onDidChangeConfiguration((change) => {
  void (async () => {
    try {
      if (pullsConfiguration()) await pullSettings();
      else settings.setVsSettings((change?.settings as { gongwen?: unknown } | undefined)?.gongwen);
      analyzer.invalidateAll();
    } catch (e) {
      logError(`Gongwen: configuration change: ${describe(e)}`);
    }
  })();
});

connection.onDidChangeWatchedFiles(() => {
  try {
    settings.reloadFiles();
    analyzer.invalidateAll();
  } catch (e) {
    logError(`Gongwen: gongwen.json change: ${describe(e)}`);
  }
});

// Diagnostics: immediately on open, debounced after changes.
// (TextDocuments fires onDidChangeContent right after onDidOpen: that one is the open, not an edit.)
const justOpened = new Set<string>();
documents.onDidOpen((e) => {
  justOpened.add(e.document.uri);
  analyzer.schedule(e.document.uri, 0);
});
documents.onDidChangeContent((e) => {
  if (justOpened.delete(e.document.uri)) return;
  analyzer.schedule(e.document.uri, CHANGE_DEBOUNCE_MS);
});
documents.onDidClose((e) => {
  justOpened.delete(e.document.uri);
  analyzer.close(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDocumentSymbol(
  guard('documentSymbol', [], (params) => {
    const entry = analyzer.entry(uriOf(params));
    if (!entry) return [];
    return hierarchicalSymbols ? documentSymbols(entry) : flatSymbols(entry);
  }),
);

connection.onFoldingRanges(
  guard('foldingRange', [], (params) => {
    const entry = analyzer.entry(uriOf(params));
    return entry ? foldingRanges(entry) : [];
  }),
);

connection.onSelectionRanges(
  guard('selectionRange', [], (params) => {
    const entry = analyzer.entry(uriOf(params));
    if (!entry || !Array.isArray(params.positions)) return [];
    return selectionRanges(entry, params.positions);
  }),
);

connection.onDocumentFormatting(
  guard('formatting', [], (params) => {
    const uri = uriOf(params);
    const doc = uri ? documents.get(uri) : undefined;
    if (!doc) return [];
    const { config, units } = settings.forDocument(doc.uri);
    return formattingEdits(doc.getText(), config, units);
  }),
);

connection.onCodeAction(
  guard('codeAction', [], (params) => {
    const entry = analyzer.entry(uriOf(params));
    return entry ? codeActions(entry, params, settings.locale, editCaps, settings.configFileFor(entry.uri)) : [];
  }),
);

connection.onRequest(
  DOCUMENT_INFO_REQUEST,
  guard('documentInfo', { served: false, tasks: 0, findings: 0 }, (params: unknown) => {
    const uri = (params as { uri?: unknown } | null | undefined)?.uri;
    return documentInfo(analyzer.entry(uri));
  }),
);

connection.onRequest(
  TASK_TABLE_REQUEST,
  guard('taskTable', { rows: [], text: '' } as TaskTableResult, (params: unknown) => {
    const p = (params ?? {}) as { uri?: unknown; format?: unknown };
    const entry = analyzer.entry(p.uri);
    return taskTable(entry?.result.analysis?.doc, entry?.mapper, parseFormat(p.format), settings.locale);
  }),
);

connection.onRequest(
  UNIT_TASKS_REQUEST,
  guard('unitTasks', { units: [], tasks: [] } as UnitTasksResult, (params: unknown) => {
    const p = (params ?? {}) as { uri?: unknown };
    const entry = analyzer.entry(p.uri);
    if (!entry) return { units: [], tasks: [] };
    return unitTasks(entry.result.analysis?.doc, entry.mapper, settings.forDocument(entry.uri).units);
  }),
);

// Hover, completion, references/highlights/rename of units and workspace symbols (language-features).
/** The open notice at a URI, with the unit registry of its settings. */
function openNotice(uri: unknown): OpenNotice | undefined {
  const entry = analyzer.entry(uri);
  return entry ? { entry, registry: settings.forDocument(entry.uri).units } : undefined;
}
/** Every open notice of the workspace (the server's TextDocuments). */
function openNotices(): OpenNotice[] {
  const out: OpenNotice[] = [];
  for (const d of documents.all()) {
    const n = openNotice(d.uri);
    if (n) out.push(n);
  }
  return out;
}

connection.onHover(
  guard('hover', null, (params) => {
    const n = openNotice(uriOf(params));
    return n ? hover(n.entry, params.position, n.registry, settings.locale) : null;
  }),
);

connection.onCompletion(
  guard('completion', null, (params) => {
    const n = openNotice(uriOf(params));
    return n ? completion(n.entry, params.position, n.registry, settings.locale) : null;
  }),
);

connection.onReferences(
  guard('references', [], (params) => {
    const n = openNotice(uriOf(params));
    return n ? references(n, params.position, openNotices()) : [];
  }),
);

connection.onDocumentHighlight(
  guard('documentHighlight', [], (params) => {
    const n = openNotice(uriOf(params));
    return n ? documentHighlights(n, params.position) : [];
  }),
);

connection.onPrepareRename(
  guard('prepareRename', null, (params) => {
    const n = openNotice(uriOf(params));
    return n ? prepareRename(n, params.position) : null;
  }),
);

connection.onRenameRequest(
  guard('rename', null, (params) => {
    const n = openNotice(uriOf(params));
    if (!n) return null;
    const why = invalidNewName(params.newName, settings.locale);
    if (why) return new ResponseError(ErrorCodes.InvalidParams, why);
    return rename(n, params.position, params.newName, openNotices(), editCaps.documentChanges);
  }),
);

connection.onWorkspaceSymbol(
  guard('workspaceSymbol', [], (params) => {
    const open = openNotices();
    const sources: SymbolSource[] = open.map(openSource).filter((s): s is SymbolSource => s !== undefined);
    const openUris = new Set(open.map((n) => n.entry.uri));
    for (const d of workspaceNotices(settings.folderPaths, openUris)) sources.push(diskSource(d, settings.forDocument(d.uri).units));
    return workspaceSymbols(sources, params?.query, settings.locale);
  }),
);

documents.listen(connection);
connection.listen();
