// The rule contract. A rule reads the model and reports findings; it never mutates anything.
import type { GongwenDocument, Range } from './model';
import type { GongwenConfig } from './config';
import type { UnitRegistry } from './units/registry';
import type { AnalysisCache } from './memo';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A text in both languages the product speaks. */
export interface Localized {
  zh: string;
  en: string;
}

export type Locale = 'zh-CN' | 'en';

export function localize(text: Localized, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}

export interface Edit {
  range: Range;
  newText: string;
  /**
   * Optional LSP snippet form of newText (e.g. '牵头单位：$0。'); clients without snippet support
   * get newText and the cursor is not placed.
   */
  snippet?: string;
}

export interface Fix {
  title: Localized;
  edits: Edit[];
  /** Safe to apply without looking (fix-all / format on save). */
  safe: boolean;
  preferred?: boolean;
}

/**
 * Which kind of finding owns a span when rules overlap: a finding is dropped when a finding of a
 * stronger owner class covers any of its range. residue > spam > unit > numbering > punctuation.
 */
export type OwnerClass = 'residue' | 'spam' | 'unit' | 'numbering' | 'punctuation' | 'other';

export const ownerRank: Record<OwnerClass, number> = {
  residue: 0,
  spam: 1,
  unit: 2,
  numbering: 3,
  punctuation: 4,
  other: 5,
};

export interface Finding {
  ruleId: string;
  severity: Severity;
  range: Range;
  message: Localized;
  fixes: Fix[];
  /** Extra ranges (e.g. the other occurrence), shown as related information. */
  related?: { range: Range; message: Localized }[];
  /** Marks a finding as deprecated/unnecessary text for the editor (greyed out). */
  tags?: ('unnecessary')[];
}

/** What a rule reports; severity defaults to the rule's own (after configuration). */
export interface Report {
  range: Range;
  message: Localized;
  fixes?: Fix[];
  /**
   * A severity of its own (e.g. the per-run hints of a rule whose summary carries the default).
   * A configured severity replaces the rule's default, not these.
   */
  severity?: Severity;
  /** A finding about the whole document, anchored at one place: never dropped by ownership. */
  scope?: 'document';
  related?: { range: Range; message: Localized }[];
  tags?: ('unnecessary')[];
}

export interface RuleContext {
  doc: GongwenDocument;
  config: GongwenConfig;
  units: UnitRegistry;
  report(finding: Report): void;
  /** True when the range touches web residue (rules skip residue). */
  inResidue(range: Range): boolean;
  /** Reuse of per-paragraph results across and within analyses (see memo.ts). */
  cache: AnalysisCache;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  owner: OwnerClass;
  /** One line for docs and hover, both languages. */
  description: Localized;
  /** Off unless the configuration turns it on (style options). */
  offByDefault?: boolean;
  check(ctx: RuleContext): void;
}
