// gongwen/documentInfo: what the client's status item shows for a document.
import type { Entry } from './documents';

import type { DocumentInfo } from './protocol';

export { DOCUMENT_INFO_REQUEST } from './protocol';
export type { DocumentInfo } from './protocol';

export function documentInfo(entry: Entry | undefined): DocumentInfo {
  if (!entry) return { served: false, tasks: 0, findings: 0 };
  return { served: true, tasks: entry.result.analysis?.doc.tasks.length ?? 0, findings: entry.result.findings.length };
}
