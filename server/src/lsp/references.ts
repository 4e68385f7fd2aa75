// References, document highlights and rename for units, across the open notices: every place a unit is named
// (assignments and the 主送机关 line), aliases matched through the registry (市发改委 = 市发展改革委).
import { DocumentHighlightKind, type DocumentHighlight, type Location, type Position, type Range as LspRange, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import { exactUnitKey, occurrenceAt, occurrencesOf, unitKey, unitOccurrences, type UnitOccurrence } from '../core/features/references';
import type { Locale } from '../core/rule';
import type { UnitRegistry } from '../core/units/registry';
import type { Entry } from './documents';

export interface OpenNotice {
  entry: Entry;
  registry?: UnitRegistry;
}

function occurrences(n: OpenNotice): UnitOccurrence[] {
  const doc = n.entry.result.analysis?.doc;
  return doc ? unitOccurrences(doc, n.registry) : [];
}

/** The unit occurrence under the cursor. */
export function unitUnder(n: OpenNotice, position: Position | undefined): UnitOccurrence | undefined {
  if (!position) return undefined;
  return occurrenceAt(occurrences(n), n.entry.mapper.offset(position));
}

/** Every occurrence of the unit under the cursor, in every open notice (this one first). */
function allOccurrences(at: OpenNotice, position: Position | undefined, notices: OpenNotice[]): { notice: OpenNotice; occurrences: UnitOccurrence[] }[] {
  const u = unitUnder(at, position);
  if (!u) return [];
  const out: { notice: OpenNotice; occurrences: UnitOccurrence[] }[] = [];
  const ordered = [at, ...notices.filter((n) => n.entry.uri !== at.entry.uri)];
  for (const n of ordered) {
    // the same unit in another notice: its key under that notice's registry
    const key = n === at ? u.key : unitKey(u.text, n.registry);
    const found = occurrencesOf(occurrences(n), key);
    if (found.length) out.push({ notice: n, occurrences: found });
  }
  return out;
}

export function references(at: OpenNotice, position: Position | undefined, notices: OpenNotice[]): Location[] {
  return allOccurrences(at, position, notices).flatMap(({ notice, occurrences }) =>
    occurrences.map((o) => ({ uri: notice.entry.uri, range: notice.entry.mapper.range(o) })),
  );
}

export function documentHighlights(at: OpenNotice, position: Position | undefined): DocumentHighlight[] {
  const u = unitUnder(at, position);
  if (!u) return [];
  return occurrencesOf(occurrences(at), u.key).map((o) => ({
    range: at.entry.mapper.range(o),
    kind: o.role === 'lead' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}

export function prepareRename(at: OpenNotice, position: Position | undefined): { range: LspRange; placeholder: string } | null {
  const u = unitUnder(at, position);
  if (!u) return null;
  return { range: at.entry.mapper.range(u), placeholder: u.text };
}

/** Why a new unit name cannot be used, or undefined when it can. */
export function invalidNewName(newName: unknown, locale: Locale): string | undefined {
  const en = locale === 'en';
  if (typeof newName !== 'string' || newName.trim() === '') return en ? 'The new unit name is empty.' : '新的单位名称为空。';
  if (/[\r\n、，,；;。：:]/.test(newName))
    return en
      ? 'A unit name cannot contain a line break or 、，；。： (they separate units in a list).'
      : '单位名称中不能有换行或“、，；。：”（这些符号用来分隔单位）。';
  return undefined;
}

export function rename(at: OpenNotice, position: Position | undefined, newName: string, notices: OpenNotice[], documentChanges: boolean): WorkspaceEdit | null {
  const found = allOccurrences(at, position, notices);
  if (!found.length) return null;
  const name = newName.trim();
  // a name with a bracketed designation is another body (or a note on it): renamed only with that designation
  const u = unitUnder(at, position)!;
  const exact = exactUnitKey(u.text, at.registry);
  const edits = found.map(({ notice, occurrences }) => ({
    entry: notice.entry,
    edits: occurrences.filter((o) => o.text !== name && exactUnitKey(o.text, notice.registry) === exact).map((o): TextEdit => ({ range: notice.entry.mapper.range(o), newText: name })),
  })).filter((x) => x.edits.length);
  if (documentChanges) return { documentChanges: edits.map((x) => ({ textDocument: { uri: x.entry.uri, version: x.entry.version }, edits: x.edits })) };
  const changes: Record<string, TextEdit[]> = {};
  for (const x of edits) changes[x.entry.uri] = x.edits;
  return { changes };
}
