import type { Rule } from '../../rule';
import { noticeTitleMismatch } from './notice-title-mismatch';
import { noticeIssuerMismatch } from './notice-issuer-mismatch';
import { noticeMissingElement } from './notice-missing-element';

export const noticeRules: Rule[] = [noticeTitleMismatch, noticeIssuerMismatch, noticeMissingElement];
