// Parses a notice into the document model in one linear pass. See docs/architecture.md.
import type { GongwenDocument } from '../model';

import { computeLineStarts } from '../text';

export function parse(text: string): GongwenDocument {
  const lineStarts = computeLineStarts(text);
  return {
    text,
    lineStarts,
    paragraphs: [],
    residue: [],
    notice: { titledDocuments: [], citedTitles: [], signatures: [], notes: [] },
    sections: [],
    allSections: [],
    assignments: [],
    tasks: [],
    tables: [],
    dates: [],
    docNumbers: [],
    continuousItemNumbering: false,
  };
}
