import assert from 'node:assert/strict';
import { check, collapse, seedText, spans } from '../helpers';
import { notice } from './dates.fixture';

const rule = 'date-deadline-before-signing';

describe(rule, () => {
  it('is silent on the seed', () => assert.deepEqual(check(seedText(), [rule]), []));

  it('finds a deadline before the signing date, comparing the end of the period', () => {
    const task = '（一）编制清单，2023年3月底前完成。牵头单位：市审批局。';
    for (const text of [notice('2023年5月10日', task), collapse(notice('2023年5月10日', task))]) {
      assert.deepEqual(spans(text, rule), ['2023年3月']);
    }
    // 2023年5月底前 ends on 31 May: after 10 May
    assert.deepEqual(check(notice('2023年5月10日', '（一）编制清单，2023年5月底前完成。牵头单位：市审批局。'), [rule]), []);
  });

  it('ignores statements of status and plan years', () => {
    for (const task of [
      '（一）截至2022年底，已建成平台10个。牵头单位：市审批局。',
      '（一）已于2022年3月前完成试点。牵头单位：市审批局。',
      '（一）2020年以来成效明显，到2025年全面建成。牵头单位：市审批局。',
    ]) {
      assert.deepEqual(check(notice('2023年5月10日', task), [rule]), [], task);
    }
  });
});
