import type { Rule } from '../../rule';
import { punctHalfWidth } from './punct-half-width';
import { punctUnbalanced } from './punct-unbalanced';
import { punctDocumentNumber } from './punct-document-number';
import { punctRange } from './punct-range';
import { punctRepeated } from './punct-repeated';
import { punctSerialComma } from './punct-serial-comma';
import { punctEmptyPair } from './punct-empty-pair';

export const punctuationRules: Rule[] = [
  punctHalfWidth,
  punctUnbalanced,
  punctDocumentNumber,
  punctRange,
  punctRepeated,
  punctSerialComma,
  punctEmptyPair,
];
