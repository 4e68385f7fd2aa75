import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { check, collapse, crlf, locate, seedText, spans, samplePath, halfWidth } from '../helpers';
import { applyEdits } from '../../server/src/core/fixes';
import { notice } from '../fixtures/text/notice';

const SAMPLES = ['guobanfa-2018-128-wufeichengshi.txt', 'lishui-2023-zhongdian-gongzuo.txt', 'xian-2022-fangguanfu-table.txt'];
const RULE = 'punct-repeated';

describe(RULE, () => {
  it('is silent on the seed', () => {
    assert.deepEqual(spans(seedText(), RULE), []);
  });

  it('flags doubled marks and removes the extra one (safe)', () => {
    const text = notice('加快发展。。', '提高认识，，加强领导、、狠抓落实：：如下。');
    const f = check(text, [RULE]);
    assert.deepEqual(f.map((x) => locate(text, x).text), ['。。', '，，', '、、', '：：']);
    assert.equal(locate(text, f[0]).at, '3:5-3:7');
    assert.ok(f.every((x) => x.fixes[0].safe && x.severity === 'warning'));
    assert.equal(applyEdits(text, f.flatMap((x) => x.fixes[0].edits)), notice('加快发展。', '提高认识，加强领导、狠抓落实：如下。'));
  });

  it('offers to keep either mark of a mixed pair (not safe)', () => {
    const text = notice('加快发展，。下一步；。');
    const f = check(text, [RULE]);
    assert.deepEqual(f.map((x) => locate(text, x).text), ['，。', '；。']);
    assert.deepEqual(f[0].fixes.map((x) => applyEdits(text, x.edits)), [notice('加快发展。下一步；。'), notice('加快发展，下一步；。')]);
    assert.ok(f[0].fixes.every((x) => !x.safe));
  });

  it('offers an ellipsis for 。。。', () => {
    const text = notice('等等。。。');
    const f = check(text, [RULE]);
    assert.equal(applyEdits(text, f[0].fixes[0].edits), notice('等等……'));
  });

  it('flags 的的 but not 目的的, 标的的, 的的确确, 有的的确', () => {
    const text = notice('加强的的管理。', '实现目的的途径，合同标的的价款，的的确确，有的的确很好。');
    const f = check(text, [RULE]);
    assert.deepEqual(f.map((x) => locate(text, x).at), ['3:3-3:5']);
    assert.equal(applyEdits(text, f[0].fixes[0].edits), text.replace('的的管理', '的管理'));
    assert.equal(f[0].fixes[0].safe, false);
  });

  it('stays silent on ？？ ！！ ？！ …… and single marks', () => {
    assert.deepEqual(spans(notice('真的吗？？太好了！！怎么会这样？！', '等等……还有。'), RULE), []);
  });

  it('works in both layouts and with CRLF', () => {
    const lines = notice('加快发展。。', '提高认识，，加强领导。');
    for (const text of [lines, collapse(lines), crlf(lines)]) assert.deepEqual(spans(text, RULE), ['。。', '，，']);
  });
  it('is silent on a text whose last character is 。 (no trailing line break)', () => {
    assert.deepEqual(spans('本措施自2023年5月15日起施行。', RULE), []);
    assert.deepEqual(spans(collapse(notice('加强领导，狠抓落实。')), RULE), []);
    assert.deepEqual(spans('本措施自印发之日起施行。。', RULE), ['。。']);
  });

  it('is silent on the real samples', () => {
    for (const s of SAMPLES) assert.deepEqual(spans(readFileSync(samplePath(s), 'utf8'), RULE), [], s);
  });

  // audit: half-width variant. Doubled half-width marks belong to punct-half-width (one owner per span);
  // once its fix-all has made them full-width, this rule finds the doubling.
  it('leaves doubled half-width marks to punct-half-width, and finds them once made full-width', () => {
    const t = halfWidth('提高认识，，加强领导。');
    assert.equal(t, '提高认识,,加强领导。');
    assert.deepEqual(check(t, [RULE]), []);
    const summary = check(t, ['punct-half-width']).find((f) => f.severity === 'information');
    assert.ok(summary);
    const fixedText = applyEdits(t, summary.fixes[0].edits);
    assert.equal(fixedText, '提高认识，，加强领导。');
    assert.deepEqual(check(fixedText, [RULE]).map((f) => locate(fixedText, f).at), ['1:5-1:7']);
  });
});

describe('punct-repeated: an empty assignment label (QA regression)', () => {
  it('leaves 牵头单位：。 to task-empty-assignment (the unit is missing, no mark is doubled)', () => {
    const t = '一、强化要素保障\n优先保障重大项目用地用能指标。（牵头单位：。）\n';
    assert.deepEqual(spans(t, RULE), []);
    assert.deepEqual(spans(collapse(t), RULE), []);
  });
  it('still flags ：。 elsewhere and ：： after a label', () => {
    assert.deepEqual(spans('现将有关事项通知如下：。\n', RULE), ['：。']);
    assert.deepEqual(spans('一、加强管理。（牵头单位：：市财政局）\n', RULE), ['：：']);
  });
});
