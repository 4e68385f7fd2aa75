import type { Rule } from '../../rule';
import { rule as unitUnknown } from './unit-unknown';
import { rule as unitNotInRegistry } from './unit-not-in-registry';
import { rule as unitAliasMixed } from './unit-alias-mixed';
import { rule as unitAbolished } from './unit-abolished';

export const unitsRules: Rule[] = [unitUnknown, unitNotInRegistry, unitAliasMixed, unitAbolished];
