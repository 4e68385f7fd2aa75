import type { Rule } from '../../rule';
import { strayWebResidue } from './stray-web-residue';
import { strayTablePipe } from './stray-table-pipe';
import { straySpam } from './stray-spam';
import { strayInvisible } from './stray-invisible';

export const strayRules: Rule[] = [strayWebResidue, strayTablePipe, straySpam, strayInvisible];
