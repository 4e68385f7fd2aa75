// Which plain-text documents are served as notices (gongwen.plaintext = auto | always | never).
// A served .txt is switched to the `gongwen` language, so it gets everything a .gongwen file gets
// (colours, auto-closing, snippets, the language server); toggling back sets 'plaintext'.
// Decided once per opened document; a drafter's own choice is remembered per URI in workspaceState.
import * as vscode from 'vscode';
import { DETECT_LIMIT, looksLikeNotice } from '../../server/src/core/features/detect';

export const LANGUAGE = 'gongwen';
export const SCHEMES = ['file', 'untitled'];
const OVERRIDES_KEY = 'gongwen.plaintextOverrides';

type Choice = 'notice' | 'plain';

/** Files with the gongwen extensions are always notices; the toggle does not apply to them. */
export function isGongwenFile(uri: vscode.Uri): boolean {
  return /\.(gongwen|gw)$/i.test(uri.path);
}

export class PlaintextDecider implements vscode.Disposable {
  /** URIs already decided (the decision survives the close/open pair a language switch fires). */
  private readonly decided = new Set<string>();
  /** URIs switched to gongwen by the automatic decision (not by the drafter). */
  private readonly autoServed = new Set<string>();
  /** Untitled documents still empty when opened: decided at their first content. */
  private readonly pending = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly state: vscode.Memento) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.decide(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.pending.has(e.document.uri.toString())) this.decide(e.document);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('gongwen.plaintext')) this.reconsider();
      }),
    );
    for (const doc of vscode.workspace.textDocuments) this.decide(doc);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** Whether a toggle applies to this document (a plain-text or served file/untitled document). */
  canToggle(doc: vscode.TextDocument): boolean {
    return (
      SCHEMES.includes(doc.uri.scheme) &&
      (doc.languageId === 'plaintext' || (doc.languageId === LANGUAGE && !isGongwenFile(doc.uri)))
    );
  }

  /** The drafter's explicit choice for this document, if any. */
  choice(uri: vscode.Uri): Choice | undefined {
    return this.overrides()[uri.toString()];
  }

  /** Serves a plain-text document or stops serving it; remembers the choice for this URI. */
  async toggle(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const serve = doc.languageId !== LANGUAGE;
    await this.state.update(OVERRIDES_KEY, { ...this.overrides(), [key]: serve ? 'notice' : 'plain' });
    this.decided.add(key);
    this.pending.delete(key);
    this.autoServed.delete(key);
    await vscode.languages.setTextDocumentLanguage(doc, serve ? LANGUAGE : 'plaintext');
  }

  private overrides(): Record<string, Choice> {
    return this.state.get<Record<string, Choice>>(OVERRIDES_KEY, {});
  }

  /** undefined: cannot tell yet (an empty untitled document). */
  private wanted(doc: vscode.TextDocument): boolean | undefined {
    const choice = this.choice(doc.uri);
    if (choice) return choice === 'notice';
    const mode = vscode.workspace.getConfiguration('gongwen').get<string>('plaintext', 'auto');
    if (mode === 'never') return false;
    if (mode === 'always') return true;
    const end = doc.positionAt(DETECT_LIMIT);
    const head = doc.getText(new vscode.Range(new vscode.Position(0, 0), end));
    if (doc.isUntitled && head.trim() === '') return undefined;
    return looksLikeNotice(head);
  }

  private decide(doc: vscode.TextDocument): void {
    if (doc.languageId !== 'plaintext' || !SCHEMES.includes(doc.uri.scheme)) return;
    const key = doc.uri.toString();
    if (this.decided.has(key)) return;
    const serve = this.wanted(doc);
    if (serve === undefined) {
      this.pending.add(key);
      return;
    }
    this.pending.delete(key);
    this.decided.add(key);
    if (serve) {
      this.autoServed.add(key);
      void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
    }
  }

  /** gongwen.plaintext changed: decide again for every open document the drafter has not chosen for. */
  private reconsider(): void {
    for (const doc of vscode.workspace.textDocuments) {
      const key = doc.uri.toString();
      if (!SCHEMES.includes(doc.uri.scheme) || this.choice(doc.uri)) continue;
      if (doc.languageId === LANGUAGE && this.autoServed.has(key)) {
        if (this.wanted(doc) === false) {
          this.autoServed.delete(key);
          void vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
        }
      } else if (doc.languageId === 'plaintext') {
        this.decided.delete(key);
        this.decide(doc);
      }
    }
  }
}
