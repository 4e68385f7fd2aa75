// "Don't report this rule in this document / in this workspace": a notice has no comment syntax,
// so the choice is stored in the workspace settings file gongwen.json — "rules" for the workspace,
// "documents"."<relative path>"."rules" for one document. The edit inserts just the new entry
// (the rest of the file is left as written), or creates the file when there is none.
import { pathToFileURL } from 'node:url';
import type { CodeAction, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Locale } from '../core/rule';
import { computeLineStarts, offsetToPosition } from '../core/text';
import { objectAt } from '../node/json';
import type { ConfigFile } from '../node/workspaceConfig';

export interface SuppressCapabilities {
  documentChanges: boolean;
  /** workspace.workspaceEdit.resourceOperations includes 'create' */
  createFiles: boolean;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Edit to gongwen.json setting rules[ruleId] = 'off' under `prefix` (the root, or documents/<key>). */
export function suppressEdit(file: ConfigFile, prefix: string[], ruleId: string, caps: SuppressCapabilities): WorkspaceEdit | undefined {
  const uri = pathToFileURL(file.file).href;
  const path = [...prefix, 'rules'];
  const text = file.text ?? '';
  if (!file.exists || text.trim() === '') {
    let value: unknown = { [ruleId]: 'off' };
    for (let k = path.length - 1; k >= 0; k--) value = { [path[k]]: value };
    const newText = JSON.stringify(value, null, 2) + '\n';
    if (file.exists) {
      const end = offsetToPosition(computeLineStarts(text), text.length);
      const edits = [{ range: { start: { line: 0, character: 0 }, end }, newText }];
      return caps.documentChanges ? { documentChanges: [{ textDocument: { uri, version: null }, edits }] } : { changes: { [uri]: edits } };
    }
    if (!caps.documentChanges || !caps.createFiles) return undefined;
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText }] },
      ],
    };
  }
  if (!isRecord(file.raw)) return undefined; // broken or not an object: do not touch it
  // the deepest object along the path that exists
  let depth = 0;
  let node: unknown = file.raw;
  while (depth < path.length && isRecord(node) && isRecord(node[path[depth]])) node = (node as Record<string, unknown>)[path[depth++]];
  if (depth < path.length && isRecord(node) && node[path[depth]] !== undefined) return undefined; // a non-object in the way
  if (depth === path.length && isRecord(node) && node[ruleId] === 'off') return undefined; // already off
  const at = objectAt(text, path.slice(0, depth));
  if (!at) return undefined;
  let value: unknown = 'off';
  let key = ruleId;
  if (depth < path.length) {
    value = { [ruleId]: 'off' };
    for (let k = path.length - 1; k > depth; k--) value = { [path[k]]: value };
    key = path[depth];
  }
  const indent = '  '.repeat(depth + 1);
  const body = JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
  const newText = `\n${indent}${JSON.stringify(key)}: ${body}${at.empty ? '\n' + '  '.repeat(depth) : ','}`;
  const pos = offsetToPosition(computeLineStarts(text), at.open + 1);
  const edits = [{ range: { start: pos, end: pos }, newText }];
  return caps.documentChanges ? { documentChanges: [{ textDocument: { uri, version: null }, edits }] } : { changes: { [uri]: edits } };
}

export function suppressActions(
  target: { file: ConfigFile; documentKey?: string } | undefined,
  ruleId: string,
  locale: Locale,
  caps: SuppressCapabilities,
): CodeAction[] {
  if (!target) return [];
  const out: CodeAction[] = [];
  if (target.documentKey !== undefined) {
    const edit = suppressEdit(target.file, ['documents', target.documentKey], ruleId, caps);
    if (edit)
      out.push({
        title:
          locale === 'en'
            ? `Don't report rule ${ruleId} in this document (saved in the workspace settings gongwen.json, under documents › "${target.documentKey}" › rules)`
            : `不再在此文档中报告规则 ${ruleId}（记录在工作区设置 gongwen.json 的 documents › "${target.documentKey}" › rules 中）`,
        kind: 'quickfix',
        edit,
      });
  }
  const edit = suppressEdit(target.file, [], ruleId, caps);
  if (edit)
    out.push({
      title:
        locale === 'en'
          ? `Don't report rule ${ruleId} in this workspace (saved in the workspace settings gongwen.json, under rules)`
          : `不再在此工作区中报告规则 ${ruleId}（记录在工作区设置 gongwen.json 的 rules 中）`,
      kind: 'quickfix',
      edit,
    });
  return out;
}
