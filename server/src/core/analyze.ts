// Text in, model and findings out. The only entry point the adapters (LSP server, CLI) call.
import { defaultConfig, type GongwenConfig } from './config';
import type { GongwenDocument, Range } from './model';
import { parse } from './parse';
import { allRules } from './rules';
import { ownerRank, type Finding, type Report, type Rule, type Severity } from './rule';
import { createRegistry, type UnitRegistry } from './units/registry';
import { AnalysisCache } from './memo';

export interface AnalysisOptions {
  config?: GongwenConfig;
  /** Restrict to these rules (tests). */
  only?: string[];
  /** Prebuilt registry (the server caches one per configuration). */
  units?: UnitRegistry;
  /**
   * Results to reuse from the previous analysis of this document (the server keeps one per open
   * document); a fresh one otherwise. Must not be shared between configurations.
   */
  cache?: AnalysisCache;
}

export interface RuleFailure {
  ruleId: string;
  error: string;
}

export interface Analysis {
  doc: GongwenDocument;
  findings: Finding[];
  /** Rules that threw: reported by the adapters as a log line, never as a crash. */
  failures: RuleFailure[];
}

export const MAX_PROBLEMS_RULE = 'max-problems';
const severityRank: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function effectiveSeverity(rule: Rule, config: GongwenConfig): Severity | 'off' {
  return config.rules[rule.id] ?? (rule.offByDefault ? 'off' : rule.defaultSeverity);
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

function within(inner: Range, outer: Range): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** A test telling whether a range touches web residue (nodes sorted by start; binary search). */
export function residueTest(residue: Range[]): (r: Range) => boolean {
  return (r: Range): boolean => {
    // the last residue node starting before r.end
    let lo = 0;
    let hi = residue.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (residue[mid].start < r.end || (r.start === r.end && residue[mid].start <= r.start)) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return false;
    const node = residue[found];
    return r.start === r.end ? r.start >= node.start && r.start < node.end : overlaps(node, r);
  };
}

export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  const config = options.config ?? defaultConfig;
  const cache = options.cache ?? new AnalysisCache();
  const doc = parse(stripBom(text), cache);
  const units = options.units ?? createRegistry(config.units);
  const inResidue = residueTest(doc.residue);

  const collected: Collected[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of allRules) {
    if (options.only && !options.only.includes(rule.id)) continue;
    const severity = effectiveSeverity(rule, config);
    if (severity === 'off') continue;
    const rank = ownerRank[rule.owner];
    const report = (r: Report) => {
      if (r.range.start < 0 || r.range.end > doc.text.length || r.range.end < r.range.start) {
        failures.push({ ruleId: rule.id, error: `range ${r.range.start}-${r.range.end} outside the document` });
        return;
      }
      const finding: Finding = { ruleId: rule.id, severity: r.severity ?? severity, range: r.range, message: r.message, fixes: r.fixes ?? [] };
      if (r.related) finding.related = r.related;
      if (r.tags) finding.tags = r.tags;
      collected.push({ rank, exempt: r.scope === 'document' || rank === ownerRank.residue, finding });
    };
    try {
      rule.check({ doc, config, units, report, inResidue, cache });
    } catch (e) {
      failures.push({ ruleId: rule.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
    }
  }

  cache.endAnalysis();
  const findings = resolveOwnership(collected, doc.residue);
  return { doc, findings: capFindings(findings, config.maxNumberOfProblems), failures };
}

/**
 * One span has one owner: a finding lying wholly inside the range of a finding of a stronger
 * owner class is dropped (its text is already explained); findings of non-residue rules that
 * land on residue are dropped too.
 */
interface Collected {
  finding: Finding;
  rank: number;
  /** Residue findings and document-level summaries are never dropped. */
  exempt: boolean;
}

function resolveOwnership(collected: Collected[], residue: Range[]): Finding[] {
  const strong: Strong[] = [];
  for (const c of collected)
    if ((!c.exempt || c.rank === ownerRank.residue) && c.rank < ownerRank.punctuation && c.finding.range.end > c.finding.range.start)
      strong.push({ range: c.finding.range, rank: c.rank });
  for (const r of residue) strong.push({ range: r, rank: ownerRank.residue });
  strong.sort((a, b) => a.range.start - b.range.start);
  const out: Finding[] = [];
  for (const c of collected) {
    if (c.exempt || strong.length === 0 || !isCovered(strong, c.finding.range, c.rank)) out.push(c.finding);
  }
  out.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return out;
}

interface Strong {
  range: Range;
  rank: number;
}

function isCovered(strong: Strong[], r: Range, rank: number): boolean {
  // candidates start at or before r.start: binary search the last such index, then walk back
  let lo = 0;
  let hi = strong.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (strong[mid].range.start <= r.start) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // strong ranges are few (residue blocks, spam runs, unit names); a bounded walk back is enough
  for (let i = last, steps = 0; i >= 0 && steps < 64; i--, steps++) {
    const s = strong[i];
    if (s.rank < rank && within(r, s.range)) return true;
  }
  return false;
}

/**
 * At most `max` findings, the most severe first (ties: document order), kept in document order,
 * after a summary of what was left out. One counting pass instead of a sort.
 */
function capFindings(findings: Finding[], max: number): Finding[] {
  if (max <= 0 || findings.length <= max) return findings;
  // the severity rank up to which findings are kept whole, and how many of the next rank still fit
  const perRank = [0, 0, 0, 0];
  for (const f of findings) perRank[severityRank[f.severity]]++;
  let cut = 0;
  let room = max;
  while (cut < perRank.length && perRank[cut] <= room) room -= perRank[cut++];
  const kept: Finding[] = [];
  for (const f of findings) {
    const rank = severityRank[f.severity];
    if (rank < cut) kept.push(f);
    else if (rank === cut && room > 0) {
      kept.push(f);
      room--;
    }
  }
  const omitted = findings.length - max;
  kept.unshift({
    ruleId: MAX_PROBLEMS_RULE,
    severity: 'information',
    range: { start: 0, end: 0 },
    message: {
      zh: `问题过多：仅显示前 ${max} 条，另有 ${omitted} 条未显示（设置 gongwen.maxNumberOfProblems）。`,
      en: `Too many problems: showing the first ${max}; ${omitted} more not shown (setting gongwen.maxNumberOfProblems).`,
    },
    fixes: [],
  });
  return kept;
}
