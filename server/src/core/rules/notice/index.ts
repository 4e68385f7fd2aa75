import type { Rule } from '../../rule';

export const noticeRules: Rule[] = [];
