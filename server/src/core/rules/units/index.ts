import type { Rule } from '../../rule';

export const unitsRules: Rule[] = [];
