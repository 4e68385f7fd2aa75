import type { Rule } from '../../rule';
import { numberingSequence } from './numbering-sequence';
import { numberingHierarchy } from './numbering-hierarchy';
import { numberingSkippedLevel } from './numbering-skipped-level';
import { numberingStyle } from './numbering-style';
import { numberingSingleItem } from './numbering-single-item';
import { numberingOrdinalWords } from './numbering-ordinal-words';
import { headingEndPunctuation } from './heading-end-punctuation';

export const structureRules: Rule[] = [
  numberingSequence,
  numberingHierarchy,
  numberingSkippedLevel,
  numberingStyle,
  numberingSingleItem,
  numberingOrdinalWords,
  headingEndPunctuation,
];
