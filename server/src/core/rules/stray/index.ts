import type { Rule } from '../../rule';

export const strayRules: Rule[] = [];
