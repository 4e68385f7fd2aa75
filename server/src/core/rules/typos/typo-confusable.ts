// Misspellings common in official writing, from the reviewed list in confusables.json.
import type { Rule } from '../../rule';
import { checkConfusables } from './shared';

export const typoConfusable: Rule = {
  id: 'typo-confusable',
  defaultSeverity: 'warning',
  owner: 'other',
  description: {
    zh: '公文中常见的错别字（如“着名”应为“著名”、“布署”应为“部署”），依据经审校的词表。',
    en: 'Misspellings common in official writing (着名 → 著名, 布署 → 部署), from a reviewed list.',
  },
  check(ctx) {
    checkConfusables(ctx, false);
  },
};
