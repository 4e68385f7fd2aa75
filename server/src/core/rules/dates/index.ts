import type { Rule } from '../../rule';

export const datesRules: Rule[] = [];
