import type { Rule } from '../../rule';
import { rule as taskMissingLead } from './task-missing-lead';
import { rule as taskEmptyAssignment } from './task-empty-assignment';
import { rule as taskLeadLabelMixed } from './task-lead-label-mixed';
import { rule as taskLeadAlsoParticipant } from './task-lead-also-participant';
import { rule as unitDuplicate } from './unit-duplicate';
import { rule as unitRunTogether } from './unit-run-together';

export const tasksRules: Rule[] = [
  taskMissingLead,
  taskEmptyAssignment,
  taskLeadLabelMixed,
  taskLeadAlsoParticipant,
  unitDuplicate,
  unitRunTogether,
];
