// Every rule, in the order their findings are listed for equal positions.
import type { Rule } from '../rule';
import { strayRules } from './stray';
import { unitsRules } from './units';
import { tasksRules } from './tasks';
import { structureRules } from './structure';
import { noticeRules } from './notice';
import { datesRules } from './dates';
import { punctuationRules } from './punctuation';
import { typosRules } from './typos';

export const allRules: Rule[] = [
  ...strayRules,
  ...unitsRules,
  ...tasksRules,
  ...structureRules,
  ...noticeRules,
  ...datesRules,
  ...punctuationRules,
  ...typosRules,
];

export function findRule(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
