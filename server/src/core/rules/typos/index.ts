import type { Rule } from '../../rule';
import { typoConfusable } from './typo-confusable';
import { typoStyle } from './typo-style';

export const typosRules: Rule[] = [typoConfusable, typoStyle];
