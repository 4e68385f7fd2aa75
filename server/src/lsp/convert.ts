// Core → LSP shapes, shared by the server and the CLI so both print the same thing:
// offsets → positions, findings → diagnostics, fixes → text edits, the outline → DocumentSymbols.
import {
  DiagnosticSeverity,
  DiagnosticTag,
  SymbolKind,
  type Diagnostic,
  type DocumentSymbol,
  type Position,
  type Range as LspRange,
  type TextEdit,
} from 'vscode-languageserver-types';
import type { Range } from '../core/model';
import type { OutlineKind, OutlineNode } from '../core/features/outline';
import { localize, type Edit, type Finding, type Fix, type Locale, type Severity } from '../core/rule';
import { computeLineStarts, offsetToPosition, positionToOffset } from '../core/text';

/** Maps core offsets (BOM-less text) to LSP positions in the text as the client holds it, and back. */
export class Mapper {
  readonly lineStarts: number[];
  constructor(
    readonly text: string,
    /** 1 when the text starts with a BOM that the core dropped. */
    readonly shift = 0,
    lineStarts?: number[],
  ) {
    this.lineStarts = lineStarts ?? computeLineStarts(text);
  }
  get lineCount(): number {
    return this.lineStarts.length;
  }
  position(offset: number): Position {
    const o = Math.max(0, Math.min(this.text.length, offset + this.shift));
    return offsetToPosition(this.lineStarts, o);
  }
  range(r: Range): LspRange {
    return { start: this.position(r.start), end: this.position(Math.max(r.start, r.end)) };
  }
  /** LSP position → core offset, clamped into the document (positions past the end are allowed). */
  offset(p: Position | undefined): number {
    if (!p || typeof p.line !== 'number' || typeof p.character !== 'number' || !isFinite(p.line) || !isFinite(p.character)) return 0;
    const o = positionToOffset(this.lineStarts, this.text, { line: Math.floor(p.line), character: Math.floor(p.character) });
    return Math.max(0, Math.min(this.text.length - this.shift, o - this.shift));
  }
}

export const lspSeverity: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const severityName: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

export interface DiagnosticOptions {
  locale: Locale;
  /** The document's URI, for related information. */
  uri?: string;
  /** The rule page for codeDescription.href, or undefined to leave it out. */
  ruleHref?: (ruleId: string) => string | undefined;
}

export function toDiagnostic(f: Finding, m: Mapper, o: DiagnosticOptions): Diagnostic {
  const d: Diagnostic = {
    range: m.range(f.range),
    severity: lspSeverity[f.severity] ?? DiagnosticSeverity.Warning,
    source: 'gongwen',
    code: f.ruleId,
    message: localize(f.message, o.locale),
  };
  const href = o.ruleHref?.(f.ruleId);
  if (href) d.codeDescription = { href };
  if (f.related?.length && o.uri)
    d.relatedInformation = f.related.map((r) => ({ location: { uri: o.uri!, range: m.range(r.range) }, message: localize(r.message, o.locale) }));
  if (f.tags?.includes('unnecessary')) d.tags = [DiagnosticTag.Unnecessary];
  return d;
}

export function toTextEdits(edits: Edit[], m: Mapper): TextEdit[] {
  return edits.map((e) => ({ range: m.range(e.range), newText: e.newText }));
}

/** The CLI's JSON shape of a fix. */
export function toFixJson(fix: Fix, m: Mapper, locale: Locale): { title: string; edits: TextEdit[] } {
  return { title: localize(fix.title, locale), edits: toTextEdits(fix.edits, m) };
}

/** Symbol kinds for outline nodes; sections follow VS Code's Markdown outline (headings are String). */
export const symbolKinds: Record<OutlineKind, SymbolKind> = {
  notice: SymbolKind.File,
  document: SymbolKind.Module,
  section: SymbolKind.String,
  part: SymbolKind.Field,
};

function contains(outer: LspRange, inner: LspRange): boolean {
  const le = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

/** The outline as LSP DocumentSymbols (VS Code rejects an empty name or a selection outside the range). */
export function toDocumentSymbols(nodes: OutlineNode[], m: Mapper): DocumentSymbol[] {
  return nodes.map((n) => {
    const range = m.range(n.range);
    let selectionRange = m.range(n.selectionRange);
    if (!contains(range, selectionRange)) selectionRange = { start: range.start, end: range.start };
    return {
      name: n.name.trim() === '' ? '…' : n.name,
      ...(n.detail ? { detail: n.detail } : {}),
      kind: symbolKinds[n.kind] ?? SymbolKind.String,
      range,
      selectionRange,
      children: toDocumentSymbols(n.children, m),
    };
  });
}
