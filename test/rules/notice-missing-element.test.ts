import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { check, collapse, seedText, spans, crlf, halfWidth, locate } from '../helpers';
import { build } from './notice-rules.fixture';

const rule = 'notice-missing-element';

describe(rule, () => {
  it('is silent on the seed and on a complete notice', () => {
    assert.deepEqual(check(seedText(), [rule]), []);
    assert.deepEqual(check(build(), [rule]), []);
  });

  it('finds a notice without its signing date', () => {
    const t = build({ date: '' });
    const found = check(t, [rule]);
    assert.equal(found.length, 1);
    assert.match(found[0].message.zh, /成文日期/);
    assert.deepEqual(spans(t, rule), ['嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知']);
  });

  it('is silent on a bare work plan without a cover notice', () => {
    assert.deepEqual(check('嘉兴市推进服务业发展工作方案\n一、总体要求\n加快发展。\n二、工作重点\n（一）出台规划。\n牵头单位：市发展改革委。', [rule]), []);
  });

  describe('附件说明 against the attachments that follow', () => {
    const head = [
      '嘉兴市司法局关于征求《嘉兴市养犬管理条例（草案征求意见稿）》意见的函',
      '市级有关单位，各县（市、区）司法局：',
      '　　现将《嘉兴市养犬管理条例（草案征求意见稿）》送上，请于2023年9月15日前反馈我局立法处。',
      '　　附件：1.嘉兴市养犬管理条例（草案征求意见稿）',
      '　　　　　2.意见反馈表',
      '嘉兴市司法局',
      '2023年9月1日',
    ];
    const noteAt = (t: string) => check(t, [rule]).map((f) => t.slice(f.range.start, f.range.end).slice(0, 3));
    it('is silent when the attachments are not reproduced (a letter or a page with downloads)', () => {
      const t = head.join('\n') + '\n';
      assert.deepEqual(check(t, [rule]), []);
      assert.deepEqual(check(collapse(t), [rule]), []);
    });
    it('is silent when the reproduced attachments carry the listed titles', () => {
      const t = [...head, '附件1', '嘉兴市养犬管理条例（草案征求意见稿）', '（略）', '附件2', '意见反馈表', '（略）'].join('\n');
      assert.deepEqual(check(t, [rule]), []);
    });
    it('flags a listed title that no reproduced attachment carries', () => {
      const t = [...head, '附件1', '嘉兴市养犬管理条例（草案征求意见稿）', '（略）', '附件2', '立法听证报名表', '（略）'].join('\n');
      assert.deepEqual(noteAt(t), ['附件：']);
      assert.match(check(t, [rule])[0].message.zh, /“意见反馈表”/);
    });
  });

  // audit: the 主送机关 colon, every layout, exact ranges and the fix's result
  it('finds a 主送机关 without its colon (LF, CRLF, half-width) and the fix adds only the colon', () => {
    const t = build({ addressee: '各县（市、区）人民政府，市政府各部门、直属各单位' });
    for (const v of [t, crlf(t), halfWidth(t)]) {
      const found = check(v, [rule]);
      assert.deepEqual(found.map((f) => locate(v, f).at), ['2:1-2:25']);
      assert.equal(found[0].fixes[0].safe, true);
      assert.equal(applyEdits(v, found[0].fixes[0].edits), v.replace('直属各单位', '直属各单位：'));
    }
  });

  it('finds a missing signature or date in every layout, and is silent on a complete notice in every layout', () => {
    const title = '1:1-1:32';
    for (const [t, what] of [[build({ date: '' }), /成文日期/], [build({ signature: '' }), /发文机关署名/]] as const) {
      for (const v of [t, crlf(t), halfWidth(t), collapse(t), collapse(halfWidth(t))]) {
        const found = check(v, [rule]);
        assert.deepEqual(found.map((f) => locate(v, f).at), [title]);
        assert.match(found[0].message.zh, what);
      }
    }
    const ok = build();
    for (const v of [crlf(ok), halfWidth(ok), collapse(halfWidth(ok))]) assert.deepEqual(check(v, [rule]), []);
  });
});
