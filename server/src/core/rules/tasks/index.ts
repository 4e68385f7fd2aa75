import type { Rule } from '../../rule';

export const tasksRules: Rule[] = [];
