// The notice's outline: what the LSP server returns as document symbols and the CLI prints.
import type { GongwenDocument, Range } from '../model';

export type OutlineKind = 'notice' | 'document' | 'section' | 'part';

export interface OutlineNode {
  /** The document's own text: marker as written + title (at most ~30 characters, then …). */
  name: string;
  /** Lead units, joined with 、 (absent when there are none). */
  detail?: string;
  kind: OutlineKind;
  range: Range;
  selectionRange: Range;
  children: OutlineNode[];
}

export function buildOutline(doc: GongwenDocument): OutlineNode[] {
  void doc;
  return [];
}
