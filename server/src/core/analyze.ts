// Text in, model and findings out. The only entry point the adapters (LSP server, CLI) call.
import { defaultConfig, type GongwenConfig } from './config';
import type { GongwenDocument, Range } from './model';
import { parse } from './parse';
import { allRules } from './rules';
import { ownerRank, type Edit, type Finding, type Fix, type Report, type Rule, type Severity } from './rule';
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

  // the findings in report order, and per finding its owner rank * 2 + 1 when exempt
  const collected: Finding[] = [];
  const classes: number[] = [];
  const failures: RuleFailure[] = [];
  const textLength = doc.text.length;
  for (const rule of allRules) {
    if (options.only && !options.only.includes(rule.id)) continue;
    const severity = effectiveSeverity(rule, config);
    if (severity === 'off') continue;
    const rank = ownerRank[rule.owner];
    const ruleId = rule.id;
    const report = (r: Report) => {
      const range = r.range;
      if (range.start < 0 || range.end > textLength || range.end < range.start) {
        failures.push({ ruleId, error: `range ${range.start}-${range.end} outside the document` });
        return;
      }
      const finding: Finding = { ruleId, severity: r.severity ?? severity, range, message: r.message, fixes: r.fixes ?? [] };
      if (r.related) finding.related = r.related;
      if (r.tags) finding.tags = r.tags;
      collected.push(finding);
      classes.push(rank * 2 + (r.scope === 'document' || rank === ownerRank.residue ? 1 : 0));
    };
    try {
      rule.check({ doc, config, units, report, inResidue, cache });
    } catch (e) {
      failures.push({ ruleId: rule.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
    }
  }

  cache.endAnalysis();
  const findings = resolveOwnership(collected, classes, doc.residue, textLength);
  return { doc, findings: capFindings(findings, config.maxNumberOfProblems), failures };
}

/**
 * One span has one owner: a finding lying wholly inside the range of a finding of a stronger
 * owner class is dropped (its text is already explained); findings of non-residue rules that
 * land on residue are dropped too. `classes[i]`: the owner rank of collected[i] * 2, + 1 when it is
 * exempt (residue findings and document-level summaries are never dropped).
 */
function resolveOwnership(collected: Finding[], classes: number[], residue: Range[], textLength: number): Finding[] {
  // the strong ranges (findings of owners above punctuation, and residue)
  const strong: Range[] = [];
  const strongRank: number[] = [];
  for (let i = 0; i < collected.length; i++) {
    const rank = classes[i] >> 1;
    const r = collected[i].range;
    if (((classes[i] & 1) === 0 || rank === ownerRank.residue) && rank < ownerRank.punctuation && r.end > r.start) {
      strong.push(r);
      strongRank.push(rank);
    }
  }
  for (const r of residue) {
    strong.push(r);
    strongRank.push(ownerRank.residue);
  }
  const cover = new Coverage(strong, strongRank);
  const out: Finding[] = [];
  for (let i = 0; i < collected.length; i++) {
    const c = classes[i];
    const rank = c >> 1;
    // only a strictly stronger owner covers: nothing covers residue (rank 0)
    if (strong.length === 0 || rank <= 0) out.push(collected[i]);
    else if ((c & 1) === 1) {
      const owned = ownFixes(collected[i], cover, rank);
      if (owned) out.push(owned);
    }
    else if (!cover.covers(collected[i].range, rank)) out.push(collected[i]);
  }
  return byPosition(out, textLength);
}

/**
 * The findings in document order: by start, then end; ties keep their order. One number per finding weighing
 * start, end and its index in turn, sorted natively (no comparator call per comparison); a stable sort on the
 * fields when the numbers would not be exact (a text of megabytes with many findings, an offset not an integer).
 */
function byPosition(list: Finding[], textLength: number): Finding[] {
  const n = list.length;
  const span = textLength + 1;
  const keys = span * span * n < Number.MAX_SAFE_INTEGER ? new Float64Array(n) : undefined;
  for (let i = 0; keys && i < n; i++) {
    const r = list[i].range;
    if (Math.floor(r.start) !== r.start || Math.floor(r.end) !== r.end) return list.sort(byRange);
    keys[i] = (r.start * span + r.end) * n + i;
  }
  if (!keys) return list.sort(byRange);
  keys.sort();
  const out: Finding[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = list[keys[i] % n];
  return out;
}

function byRange(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end;
}

/**
 * Is a range wholly inside a range of a stronger owner? The strong ranges sorted by start, and for each owner
 * rank the running maximum of the ends of the ranges stronger than it: a range [s, e) is covered by a rank
 * below `rank` exactly when, among the ranges starting at or before s, the furthest such end reaches e.
 * One binary search per question, whatever the ranges' nesting.
 */
export class Coverage {
  private readonly starts: Float64Array;
  /** reach[rank][i]: the furthest end of the first i + 1 ranges (by start) whose rank is below `rank`. */
  private readonly reach: Float64Array[] = [];

  constructor(ranges: Range[], ranks: number[]) {
    const n = ranges.length;
    const order = new Array<number>(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => ranges[a].start - ranges[b].start);
    this.starts = new Float64Array(n);
    for (let i = 0; i < n; i++) this.starts[i] = ranges[order[i]].start;
    for (let rank = 0; rank <= ownerRank.other; rank++) {
      const reach = new Float64Array(n);
      let furthest = -1;
      for (let i = 0; i < n; i++) {
        const k = order[i];
        if (ranks[k] < rank && ranges[k].end > furthest) furthest = ranges[k].end;
        reach[i] = furthest;
      }
      this.reach.push(reach);
    }
  }

  covers(r: Range, rank: number): boolean {
    // the last range starting at or before r.start
    let lo = 0;
    let hi = this.starts.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= r.start) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && this.reach[Math.min(rank, ownerRank.other)][last] >= r.end;
  }
}

/**
 * A document-level finding with the edits of its fixes that fall inside a stronger finding's range
 * removed: its fix is the one fix-all prefers, and it must not rewrite a span another rule owns (the
 * half-width summary converting the ) of a marker numbering-style rebuilds made fix-all flip between
 * the two). A fix left with no edits goes; a finding left with no fix at all goes too (every place it counts is
 * another finding's: `（一)` is numbering-style's, and a summary of one half-width mark the drafter cannot fix from it
 * is noise). The finding itself when nothing is removed. (Findings with a place of their own keep their fixes whole:
 * a drafter applying one wants the whole paragraph done.)
 */
function ownFixes(f: Finding, cover: Coverage, rank: number): Finding | undefined {
  let fixes: Fix[] | undefined;
  for (let k = 0; k < f.fixes.length; k++) {
    const fix = f.fixes[k];
    let edits: Edit[] | undefined;
    for (let j = 0; j < fix.edits.length; j++) {
      const r = fix.edits[j].range;
      // an insertion is never inside a span: it may stand at the edge of one (a lead label after a unit)
      const dropped = r.end > r.start && cover.covers(r, rank);
      if (dropped && !edits) edits = fix.edits.slice(0, j);
      else if (!dropped && edits) edits.push(fix.edits[j]);
    }
    if (edits && !fixes) fixes = f.fixes.slice(0, k);
    if (fixes && (!edits || edits.length)) fixes.push(edits ? { ...fix, edits } : fix);
  }
  if (!fixes) return f;
  return fixes.length ? { ...f, fixes } : undefined;
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
