import assert from 'node:assert/strict';
import { check, collapse, seedText, spans, crlf, halfWidth, locate } from '../helpers';
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

  // audit: every layout — one paragraph per line, CRLF, half-width, collapsed — with exact line:col ranges
  it('finds the same deadline in every layout and stays silent on status statements (CRLF, half-width, collapsed)', () => {
    const bad = notice('2023年5月10日', '（一）编制清单，2023年3月底前完成。牵头单位：市审批局。');
    const labelled = notice('2023年5月10日', '（一）编制清单。牵头单位：市审批局。完成时限：2023年3月。');
    const ok = notice('2023年5月10日', '（一）截至2022年底，已建成平台10个。牵头单位：市审批局。');
    for (const [t, at] of [[bad, '9:9-9:16'], [crlf(bad), '9:9-9:16'], [halfWidth(bad), '9:9-9:16'], [collapse(halfWidth(bad)), '1:130-1:137'], [labelled, '9:24-9:31'], [halfWidth(labelled), '9:24-9:31'], [collapse(halfWidth(labelled)), '1:145-1:152']]) {
      assert.deepEqual(check(t, [rule]).map((f) => `${locate(t, f).at} ${locate(t, f).text}`), [`${at} 2023年3月`]);
    }
    for (const t of [crlf(ok), halfWidth(ok), collapse(halfWidth(ok))]) assert.deepEqual(check(t, [rule]), []);
  });
});
