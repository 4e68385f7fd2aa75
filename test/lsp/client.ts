// A minimal LSP client for tests: spawns the built server over stdio and speaks JSON-RPC.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver/node';
import { computeLineStarts, positionToOffset } from '../../server/src/core/text';
import { ensureBuilt, serverJs } from './build';

export interface Pos {
  line: number;
  character: number;
}
export interface LspRange {
  start: Pos;
  end: Pos;
}
export interface TextEdit {
  range: LspRange;
  newText: string;
}

/** Applies LSP text edits (non-overlapping) to a text. */
export function applyLsp(text: string, edits: TextEdit[]): string {
  const ls = computeLineStarts(text);
  const off = (p: Pos) => positionToOffset(ls, text, p);
  const sorted = edits.map((e) => ({ s: off(e.range.start), e: off(e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  for (const e of sorted) text = text.slice(0, e.s) + e.t + text.slice(e.e);
  return text;
}

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  tags?: number[];
}

export interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export interface StartOptions {
  /** initializationOptions.locale */
  initLocale?: string;
  /** InitializeParams.locale */
  locale?: string;
  workspaceFolders?: { uri: string; name: string }[];
  /** The 'gongwen' settings section the client answers workspace/configuration with. */
  settings?: Record<string, unknown>;
  /** Extra client capabilities (merged over the defaults). */
  capabilities?: Record<string, unknown>;
}

export class TestClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly messages: { type: number; message: string }[] = [];
  readonly logs: { type: number; message: string }[] = [];
  readonly published: PublishParams[] = [];
  readonly stderr: string[] = [];
  settings: Record<string, unknown>;
  private waiters: { uri: string; pred: (p: PublishParams) => boolean; resolve: (p: PublishParams) => void }[] = [];
  exited: number | null = null;

  constructor(private readonly options: StartOptions = {}) {
    ensureBuilt();
    this.settings = options.settings ?? {};
    this.proc = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.proc.on('exit', (code) => (this.exited = code ?? -1));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishParams) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || !w.pred(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    this.conn.onNotification('window/showMessage', (p: { type: number; message: string }) => void this.messages.push(p));
    this.conn.onNotification('window/logMessage', (p: { type: number; message: string }) => void this.logs.push(p));
    this.conn.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      this.messages.push({ type: p.type, message: p.message });
      return null;
    });
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('client/unregisterCapability', () => null);
    this.conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section === 'gongwen' ? this.settings : null)),
    );
    this.conn.listen();
  }

  async start(): Promise<Record<string, unknown>> {
    const o = this.options;
    const capabilities = {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceFolders: true,
        workspaceEdit: { documentChanges: true },
      },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
      },
      ...(o.capabilities ?? {}),
    };
    const result = await this.conn.sendRequest<Record<string, unknown>>('initialize', {
      processId: process.pid,
      rootUri: o.workspaceFolders?.[0]?.uri ?? null,
      workspaceFolders: o.workspaceFolders ?? null,
      capabilities,
      ...(o.locale ? { locale: o.locale } : {}),
      ...(o.initLocale ? { initializationOptions: { locale: o.initLocale } } : {}),
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the next publishDiagnostics for uri matching pred (or already received, if `past`). */
  diagnostics(uri: string, pred: (p: PublishParams) => boolean = () => true, timeoutMs = 15000): Promise<PublishParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no publishDiagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        uri,
        pred,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  async open(uri: string, text: string, version = 1, languageId = 'gongwen'): Promise<PublishParams> {
    const wait = this.diagnostics(uri, (p) => p.version === undefined || p.version === version);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return wait;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest<R>(method, params);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.conn.sendNotification(method, params);
  }

  /** The server still answers requests. */
  async alive(): Promise<boolean> {
    const info = await this.request<{ served: boolean }>('gongwen/documentInfo', { uri: 'file:///nowhere.txt' });
    return info.served === false && this.exited === null;
  }

  async stop(): Promise<void> {
    try {
      if (this.exited === null) {
        await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
        await this.notify('exit', null);
      }
    } catch {
      // already gone
    }
    await new Promise<void>((resolve) => {
      if (this.exited !== null) return resolve();
      const t = setTimeout(() => {
        this.proc.kill();
        resolve();
      }, 2000);
      this.proc.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.conn.dispose();
  }
}
