// gongwen/documentInfo: what the client's status item shows for a document.
import type { Entry } from './documents';

export const DOCUMENT_INFO_REQUEST = 'gongwen/documentInfo';

export interface DocumentInfo {
  served: boolean;
  tasks: number;
  findings: number;
}

export function documentInfo(entry: Entry | undefined): DocumentInfo {
  if (!entry) return { served: false, tasks: 0, findings: 0 };
  return { served: true, tasks: entry.result.analysis?.doc.tasks.length ?? 0, findings: entry.result.findings.length };
}
