// Shared test helpers: run the core on a text and describe findings by line:col, and
// produce the layouts every rule is tested in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type AnalysisOptions } from '../server/src/core/analyze';
import { resolveConfig } from '../server/src/core/config';
import type { Finding } from '../server/src/core/rule';
import { applyEdits } from '../server/src/core/fixes';
import type { GongwenDocument, Section } from '../server/src/core/model';
import { computeLineStarts, offsetToPosition } from '../server/src/core/text';
import { buildOutline, type OutlineNode } from '../server/src/core/features/outline';
import { parse } from '../server/src/core/parse';
import { taskTableRows } from '../server/src/core/features/taskTable';

export const root = join(__dirname, '..');
export const seedPath = join(root, 'seeds', '000_0d713a18524f5318.txt');
export const seedText = (): string => readFileSync(seedPath, 'utf8');
export const samplePath = (name: string): string => join(root, 'test', 'samples', name);

export interface Located {
  rule: string;
  severity: string;
  /** 1-based line:col-line:col in UTF-16 units (like the CLI). */
  at: string;
  text: string;
  message: string;
}

export function locate(text: string, f: Finding): Located {
  const ls = computeLineStarts(text);
  const s = offsetToPosition(ls, f.range.start);
  const e = offsetToPosition(ls, f.range.end);
  return {
    rule: f.ruleId,
    severity: f.severity,
    at: `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1}`,
    text: text.slice(f.range.start, f.range.end),
    message: f.message.zh,
  };
}

/** Findings of the given rules (all when omitted), rule config from a raw settings object. */
export function check(text: string, rules?: string[], rawConfig?: unknown, options: AnalysisOptions = {}): Finding[] {
  const config = rawConfig === undefined ? undefined : resolveConfig(rawConfig).config;
  const a = analyze(text, { ...options, config, only: rules });
  if (a.failures.length) throw new Error(`rule failures: ${JSON.stringify(a.failures)}`);
  return a.findings;
}

/** The found spans of one rule, as the text they cover. */
export function spans(text: string, rule: string, rawConfig?: unknown): string[] {
  return check(text, [rule], rawConfig).map((f) => text.slice(f.range.start, f.range.end));
}

/** The findings of one rule where they stand: `line:col-line:col text` (locate). */
export function placed(text: string, rule: string): string[] {
  return check(text, [rule]).map((f) => `${locate(text, f).at} ${locate(text, f).text}`);
}

/** The text with the first fix of every finding of one rule applied, the last finding first (ranges stay valid). */
export function withFixes(text: string, rule: string): string {
  let out = text;
  for (const f of check(text, [rule]).reverse()) out = applyEdits(out, f.fixes[0].edits);
  return out;
}

/** The findings of the given rules where they stand: `line:col-line:col rule text`. */
export function placedByRule(text: string, rules: string[]): string[] {
  return check(text, rules).map((f) => {
    const l = locate(text, f);
    return `${l.at} ${l.rule} ${l.text}`;
  });
}

/** The tasks table's rows as `path | task | leads | participants` (and ` | deadline` when there is one). */
export function taskRows(text: string): string[] {
  return taskTableRows(parse(text)).map((r) => `${r.path} | ${r.task} | ${r.leads.join('、')} | ${r.participants.join('、')}${r.deadline ? ' | ' + r.deadline : ''}`);
}

/** One paragraph per line → the seed's collapsed layout (all paragraphs on one line, joined by a space). */
export function collapse(text: string): string {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => l.trim()).join(' ');
}

export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

const fullToHalf: Record<string, string> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '？': '?', '！': '!' };
/** Replaces full-width , : ; ( ) ? ! with half-width ones (as scraped pages often have). */
export function halfWidth(text: string): string {
  return text.replace(/[，：；（）？！]/g, (c) => fullToHalf[c]);
}

/** The section tree as indented "marker + title" lines. */
export function sectionTree(doc: GongwenDocument): string[] {
  const out: string[] = [];
  const walk = (s: Section, ind: string) => {
    out.push(ind + s.marker.text + s.title.text);
    for (const c of s.children) walk(c, ind + '  ');
  };
  for (const s of doc.sections) walk(s, '');
  return out;
}

/** The outline of a text as node names, each child indented by `indent` more than its parent. */
export function outlineNames(text: string, indent = ' '): string[] {
  const out: string[] = [];
  const walk = (nodes: OutlineNode[], ind: string) => {
    for (const n of nodes) {
      out.push(ind + n.name);
      walk(n.children, ind + indent);
    }
  };
  walk(buildOutline(parse(text)), '');
  return out;
}

/** The layouts a task test runs in: one paragraph per line, CRLF, collapsed. */
export const TASK_LAYOUTS = [
  ['one paragraph per line', (t: string): string => t],
  ['CRLF', crlf],
  ['collapsed', collapse],
] as const;
