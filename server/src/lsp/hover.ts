// textDocument/hover: a unit (its names, source and tasks), a heading (its path and assignments), a date
// (both numeral styles and the weekday), over the pure core (core/features/hover.ts).
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { hoverAt } from '../core/features/hover';
import type { Locale } from '../core/rule';
import type { UnitRegistry } from '../core/units/registry';
import type { Entry } from './documents';

export function hover(entry: Entry, position: Position | undefined, registry: UnitRegistry | undefined, locale: Locale): Hover | null {
  const doc = entry.result.analysis?.doc;
  if (!doc || !position) return null;
  const h = hoverAt(doc, entry.mapper.offset(position), registry, locale);
  if (!h) return null;
  return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: entry.mapper.range(h.range) };
}
