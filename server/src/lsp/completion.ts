// textDocument/completion: unit names after an assignment label (牵头单位：|) and after 、 in a unit list —
// the document's units by use, then the workspace's units, then built-in names at the document's place/level.
// Snippets come from the client (snippets/gongwen.code-snippets).
import { CompletionItemKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver-types';
import { builtinNamesAt, documentPrefixes, unitCandidates, unitCompletionContext } from '../core/features/completion';
import { unitOccurrences } from '../core/features/references';
import type { Locale } from '../core/rule';
import type { UnitRegistry } from '../core/units/registry';
import type { Entry } from './documents';

export const COMPLETION_TRIGGERS = ['：', ':', '、'];

export function completion(entry: Entry, position: Position | undefined, registry: UnitRegistry | undefined, locale: Locale): CompletionList | null {
  const doc = entry.result.analysis?.doc;
  if (!doc || !position) return null;
  const offset = entry.mapper.offset(position);
  const ctx = unitCompletionContext(doc.text, offset);
  if (!ctx) return null;
  const occurrences = unitOccurrences(doc, registry);
  const prefixes = documentPrefixes(occurrences, registry);
  const builtin = prefixes.slice(0, 2).flatMap((p) => builtinNamesAt(p));
  const { items, incomplete } = unitCandidates(occurrences, registry, ctx.range, builtin, 300, { start: ctx.listStart, end: ctx.range.start });
  const range = entry.mapper.range(ctx.range);
  const width = String(items.length).length;
  const en = locale === 'en';
  const list: CompletionItem[] = items.map((c, i) => {
    const detail =
      c.origin === 'document'
        ? en
          ? `named ${c.count} time${c.count === 1 ? '' : 's'} in this document`
          : `本文件中出现 ${c.count} 次`
        : c.origin === 'workspace'
          ? en
            ? 'workspace unit (gongwen.json)'
            : '工作区单位（gongwen.json）'
          : en
            ? 'built-in unit data'
            : '内置单位数据';
    const aliases = c.info?.aliases.length ? (en ? `Aliases: ${c.info.aliases.join(', ')}` : `简称、别名：${c.info.aliases.join('、')}`) : undefined;
    return {
      label: c.name,
      kind: CompletionItemKind.Unit,
      detail,
      ...(aliases ? { documentation: aliases } : {}),
      sortText: String(i).padStart(width, '0'),
      filterText: c.name,
      textEdit: { range, newText: c.name },
    };
  });
  return { isIncomplete: incomplete, items: list };
}
