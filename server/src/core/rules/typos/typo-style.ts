// Word-form preferences where both forms are standard (其它/其他, 做出/作出): off by default.
import type { Rule } from '../../rule';
import { checkConfusables } from './shared';

export const typoStyle: Rule = {
  id: 'typo-style',
  defaultSeverity: 'information',
  owner: 'other',
  offByDefault: true,
  description: {
    zh: '两种写法都规范、公文中通常统一用其一的词（如“其它/其他”“做出/作出”），默认关闭。',
    en: 'Word forms where both are standard but official writing prefers one (其它/其他, 做出/作出); off by default.',
  },
  check(ctx) {
    checkConfusables(ctx, true);
  },
};
