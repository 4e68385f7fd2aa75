// Findings → published diagnostics, in the client's locale, linked to the rule pages.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Locale } from '../core/rule';
import { ruleDocHref } from '../node/paths';
import { toDiagnostic } from './convert';
import type { Entry } from './documents';

export function diagnosticsOf(entry: Entry, locale: Locale): Diagnostic[] {
  return entry.result.findings.map((f) => toDiagnostic(f, entry.mapper, { locale, uri: entry.uri, ruleHref: ruleDocHref }));
}
