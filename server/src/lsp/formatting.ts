// textDocument/formatting: the core formatter's minimal edits as LSP TextEdits (never a whole-document
// replacement, so the editor keeps the cursor and the selection). Options such as tabSize do not apply
// to a notice; what is formatted follows the gongwen.format.* settings.
import type { TextEdit } from 'vscode-languageserver-types';
import type { GongwenConfig } from '../core/config';
import { formatDocument } from '../core/features/format';
import type { UnitRegistry } from '../core/units/registry';
import { utf8Length } from './analysis';
import { Mapper } from './convert';

/** The formatting edits of a document's text (as the client holds it; a BOM, if any, is kept). */
export function formattingEdits(text: string, config: GongwenConfig, units?: UnitRegistry): TextEdit[] {
  if (config.maxFileSize > 0 && utf8Length(text) > config.maxFileSize) return [];
  const { edits } = formatDocument(text, config, units);
  if (!edits.length) return [];
  const m = new Mapper(text, 0);
  return edits.map((e) => ({ range: m.range(e.range), newText: e.newText }));
}
