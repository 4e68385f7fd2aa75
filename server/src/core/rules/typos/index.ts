import type { Rule } from '../../rule';

export const typosRules: Rule[] = [];
