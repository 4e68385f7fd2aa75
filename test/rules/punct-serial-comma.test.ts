import assert from 'node:assert/strict';
import { check, collapse, crlf, locate, seedText, spans } from '../helpers';
import { applyEdits } from '../../server/src/core/fixes';
import { notice } from '../fixtures/text/notice';

const RULE = 'punct-serial-comma';

describe(RULE, () => {
  it('the seed: hints on the 、 between titles and between quoted names', () => {
    const seed = seedText();
    const f = check(seed, [RULE]);
    assert.equal(f.length, 11);
    assert.ok(f.every((x) => x.severity === 'hint' && x.fixes[0].safe));
    const fixed = applyEdits(seed, f.flatMap((x) => x.fixes[0].edits));
    assert.ok(fixed.includes('《全市服务业发展“十二五”规划》《服务业聚集区发展规划》'));
    assert.ok(fixed.includes('“中国名牌”“中国驰名商标”“浙江名牌”“浙江省着名商标”“浙江省知名商号”“嘉兴名牌”和“嘉兴市着名商标”'));
  });

  it('flags 、 between quoted items and between titles, and deletes it', () => {
    const text = notice('争创“中国名牌”、“浙江名牌”，制定《规划》、《意见》。');
    const f = check(text, [RULE]);
    assert.deepEqual(f.map((x) => locate(text, x).at), ['3:9-3:10', '3:23-3:24']);
    assert.equal(applyEdits(text, f.flatMap((x) => x.fixes[0].edits)), notice('争创“中国名牌”“浙江名牌”，制定《规划》《意见》。'));
  });

  it('stays silent when something stands between the items, or the items are unquoted', () => {
    assert.deepEqual(spans(notice('《规划》（试行）、《意见》，物流、商贸，“名牌”和“商标”。'), RULE), []);
  });

  it('works in both layouts and with CRLF', () => {
    const lines = notice('争创“中国名牌”、“浙江名牌”。', '制定《规划》、《意见》。');
    for (const text of [lines, collapse(lines), crlf(lines)]) assert.deepEqual(spans(text, RULE), ['、', '、']);
  });
});
