// workspace/symbol: every heading and task of the workspace's notices (open ones with their live text,
// the others as saved), searchable by name, heading or unit (a unit's registry aliases included);
// an empty query returns all, capped.
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import { noticeSymbols, symbolMatches } from '../core/features/workspaceSymbols';
import type { GongwenDocument } from '../core/model';
import type { Locale } from '../core/rule';
import type { UnitRegistry } from '../core/units/registry';
import { Mapper } from './convert';
import type { OpenNotice } from './references';

/** A notice to list symbols of: an open document, or one read from disk. */
export interface SymbolSource {
  uri: string;
  doc: GongwenDocument;
  mapper: Mapper;
  registry?: UnitRegistry;
}

export function openSource(n: OpenNotice): SymbolSource | undefined {
  const doc = n.entry.result.analysis?.doc;
  return doc ? { uri: n.entry.uri, doc, mapper: n.entry.mapper, registry: n.registry } : undefined;
}

export function diskSource(d: { uri: string; text: string; doc: GongwenDocument }, registry?: UnitRegistry): SymbolSource {
  return { uri: d.uri, doc: d.doc, mapper: new Mapper(d.text), registry };
}

export const MAX_WORKSPACE_SYMBOLS = 1000;

export function workspaceSymbols(notices: SymbolSource[], query: unknown, locale: Locale, max = MAX_WORKSPACE_SYMBOLS): SymbolInformation[] {
  const q = typeof query === 'string' ? query : '';
  const out: SymbolInformation[] = [];
  for (const n of notices) {
    const doc = n.doc;
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
        location: { uri: n.uri, range: n.mapper.range(s.range) },
        ...(s.container ? { containerName: s.container } : {}),
      });
      if (out.length >= max) return out;
    }
  }
  return out;
}
