import type { Rule } from '../../rule';
import { dateZeroCharacter } from './date-zero-character';
import { dateInvalid } from './date-invalid';
import { datePublishMismatch } from './date-publish-mismatch';
import { dateDeadlineBeforeSigning } from './date-deadline-before-signing';
import { dateFutureReference } from './date-future-reference';
import { dateStyle } from './date-style';

export const datesRules: Rule[] = [dateZeroCharacter, dateInvalid, datePublishMismatch, dateDeadlineBeforeSigning, dateFutureReference, dateStyle];
