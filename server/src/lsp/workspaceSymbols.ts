// workspace/symbol: every heading and task of the open notices, searchable by name, heading or unit
// (a unit's registry aliases included); an empty query returns all, capped.
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import { noticeSymbols, symbolMatches } from '../core/features/workspaceSymbols';
import type { Locale } from '../core/rule';
import type { OpenNotice } from './references';

export const MAX_WORKSPACE_SYMBOLS = 1000;

export function workspaceSymbols(notices: OpenNotice[], query: unknown, locale: Locale, max = MAX_WORKSPACE_SYMBOLS): SymbolInformation[] {
  const q = typeof query === 'string' ? query : '';
  const out: SymbolInformation[] = [];
  for (const n of notices) {
    const doc = n.entry.result.analysis?.doc;
    if (!doc) continue;
    const aliasesOf = (unit: string): string[] => {
      try {
        const info = n.registry?.lookup(unit);
        return info ? [info.name, ...info.aliases] : [];
      } catch {
        return [];
      }
    };
    for (const s of noticeSymbols(doc, locale)) {
      if (!symbolMatches(s, q, aliasesOf)) continue;
      out.push({
        name: s.name,
        kind: s.kind === 'heading' ? SymbolKind.String : SymbolKind.Event,
        location: { uri: n.entry.uri, range: n.entry.mapper.range(s.range) },
        ...(s.container ? { containerName: s.container } : {}),
      });
      if (out.length >= max) return out;
    }
  }
  return out;
}
