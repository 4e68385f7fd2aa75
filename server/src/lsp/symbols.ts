// textDocument/documentSymbol: the outline, hierarchical (or flattened for old clients).
import { type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver-types';
import { toDocumentSymbols } from './convert';
import type { Entry } from './documents';

export function documentSymbols(entry: Entry): DocumentSymbol[] {
  return toDocumentSymbols(entry.outline(), entry.mapper);
}

export function flatSymbols(entry: Entry): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const walk = (symbols: DocumentSymbol[], container?: string) => {
    for (const s of symbols) {
      out.push({ name: s.name, kind: s.kind, location: { uri: entry.uri, range: s.range }, ...(container ? { containerName: container } : {}) });
      walk(s.children ?? [], s.name);
    }
  };
  walk(documentSymbols(entry));
  return out;
}
