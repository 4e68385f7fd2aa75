// textDocument/codeAction: a quick fix per fix of each finding in the range, and
// source.fixAll.gongwen applying every safe fix whose edits do not overlap (selectFixAll).
import {
  CodeActionKind,
  CodeActionTriggerKind,
  type CodeAction,
  type SnippetTextEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { CodeActionParams } from 'vscode-languageserver-protocol';
import { selectFixAll } from '../core/fixes';
import { localize, type Edit, type Locale } from '../core/rule';
import { ruleDocHref } from '../node/paths';
import { findRule } from '../core/rules';
import type { ConfigFile } from '../node/workspaceConfig';
import { toDiagnostic } from './convert';
import type { Entry } from './documents';
import { suppressActions } from './suppress';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;

export interface EditCapabilities {
  /** workspace.workspaceEdit.documentChanges */
  documentChanges: boolean;
  /** workspace.workspaceEdit.snippetEditSupport (LSP 3.18) */
  snippets: boolean;
  /** workspace.workspaceEdit.resourceOperations includes 'create' */
  createFiles: boolean;
}

export function workspaceEdit(entry: Entry, edits: Edit[], caps: EditCapabilities, allowSnippets: boolean): WorkspaceEdit {
  const m = entry.mapper;
  const useSnippets = allowSnippets && caps.snippets && edits.some((e) => e.snippet !== undefined);
  if (useSnippets || caps.documentChanges) {
    const lspEdits: (TextEdit | SnippetTextEdit)[] = edits.map((e) =>
      useSnippets && e.snippet !== undefined
        ? { range: m.range(e.range), snippet: { kind: 'snippet', value: e.snippet } }
        : { range: m.range(e.range), newText: e.newText },
    );
    return { documentChanges: [{ textDocument: { uri: entry.uri, version: entry.version }, edits: lspEdits }] };
  }
  return { changes: { [entry.uri]: edits.map((e) => ({ range: m.range(e.range), newText: e.newText })) } };
}

function wanted(only: unknown, kind: string): boolean {
  if (!Array.isArray(only) || only.length === 0) return true;
  return only.some((o) => typeof o === 'string' && (kind === o || kind.startsWith(o + '.')));
}

export function codeActions(
  entry: Entry,
  params: CodeActionParams,
  locale: Locale,
  caps: EditCapabilities,
  /** Where "don't report this rule" is stored (the document's gongwen.json), if it has a workspace. */
  settingsFile?: { file: ConfigFile; documentKey?: string },
): CodeAction[] {
  const m = entry.mapper;
  const only = params.context?.only;
  const actions: CodeAction[] = [];
  const findings = entry.result.findings;
  if (wanted(only, CodeActionKind.QuickFix)) {
    const start = m.offset(params.range?.start);
    const end = Math.max(start, m.offset(params.range?.end));
    const suppress: CodeAction[] = [];
    const suppressed = new Set<string>();
    for (const f of findings) {
      if (f.range.start > end || f.range.end < start) continue;
      const diagnostic = toDiagnostic(f, m, { locale, uri: entry.uri, ruleHref: ruleDocHref });
      f.fixes.forEach((fix, i) => {
        actions.push({
          title: localize(fix.title, locale),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred ?? i === 0,
          edit: workspaceEdit(entry, fix.edits, caps, true),
        });
      });
      if (!suppressed.has(f.ruleId) && findRule(f.ruleId)) {
        suppressed.add(f.ruleId);
        for (const a of suppressActions(settingsFile, f.ruleId, locale, caps)) suppress.push({ ...a, diagnostics: [diagnostic] });
      }
    }
    actions.push(...suppress);
  }
  // VS Code asks automatically (triggerKind 2) on every cursor move and edit, for the light bulb, which
  // never shows source actions: fix-all (every safe fix of the document, thousands of edits on a long
  // notice) is built only when asked for by kind (only: source.fixAll…, e.g. on save) or by the user.
  const automatic = params.context?.triggerKind === CodeActionTriggerKind.Automatic;
  if (wanted(only, FIX_ALL_KIND) && !(automatic && !Array.isArray(only))) {
    const edits = selectFixAll(findings);
    if (edits.length)
      actions.push({
        title: localize({ zh: '修正所有可自动修正的公文问题', en: 'Fix all auto-fixable Gongwen problems' }, locale),
        kind: FIX_ALL_KIND,
        edit: workspaceEdit(entry, edits, caps, false),
      });
  }
  return actions;
}
