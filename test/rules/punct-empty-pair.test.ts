import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { check, collapse, crlf, halfWidth, locate, seedText } from '../helpers';

const RULE = 'punct-empty-pair';
const found = (t: string): string[] =>
  check(t, [RULE]).map((f) => {
    const l = locate(t, f);
    return `${l.severity} ${l.at} ${l.text}`;
  });

const notice = (...body: string[]): string =>
  ['某县人民政府关于做好2024年安全生产工作的通知', '各乡镇人民政府，县直各有关单位：', ...body, '某县人民政府', '2024年3月1日', ''].join('\n');

describe(RULE, () => {
  describe('flags', () => {
    const t = notice('2024年是实现“”规划目标任务的关键一年，各单位要依据《》有关规定，认真抓好落实（）。', '二、工作要求', '各单位要深入学习贯彻‘’精神。');
    it('“” 《》 （） ‘’ with nothing between, as a warning on the pair (one paragraph per line)', () => {
      assert.deepEqual(found(t), ['warning 3:9-3:11 “”', 'warning 3:29-3:31 《》', 'warning 3:42-3:44 （）', 'warning 5:11-5:13 ‘’']);
    });
    it('the same in the collapsed layout and with CRLF', () => {
      const c = collapse(t);
      assert.deepEqual(check(c, [RULE]).map((f) => c.slice(f.range.start, f.range.end)), ['“”', '《》', '（）', '‘’']);
      assert.deepEqual(found(crlf(t)), found(t));
    });
    it('half-width () closing a clause', () => {
      const h = halfWidth(t);
      assert.deepEqual(found(h), ['warning 3:9-3:11 “”', 'warning 3:29-3:31 《》', 'warning 3:42-3:44 ()', 'warning 5:11-5:13 ‘’']);
    });
    it('says what is missing and cites GB/T 15834-2011; no fix (the words are unknown)', () => {
      const fs = check(t, [RULE]);
      assert.equal(fs[0].message.zh, '“”内没有内容：引号中的文字可能在复制或编辑时丢失，请补全（GB/T 15834-2011 4.8）。');
      assert.equal(fs[1].message.zh, '《》内没有内容：书名号中的文字可能在复制或编辑时丢失，请补全（GB/T 15834-2011 4.15）。');
      assert.equal(fs[2].message.zh, '（）内没有内容：括号中的文字可能在复制或编辑时丢失，请补全（GB/T 15834-2011 4.9）。');
      assert.ok(fs.every((f) => !f.fixes || f.fixes.length === 0));
    });
  });

  describe('silent', () => {
    it('on the seed', () => {
      assert.deepEqual(check(seedText(), [RULE]), []);
    });
    it('on pairs with content, and on a blank between the marks (a form’s blank: “ ”, 《  》)', () => {
      const t = notice('实现“十四五”规划目标，依据《安全生产法》有关规定（试行）。', '请在“ ”内填写，报送《  》。');
      for (const v of [t, collapse(t), crlf(t), halfWidth(t)]) assert.deepEqual(found(v), []);
    });
    it('on （） as a blank to fill in: 回执 forms and table rows, （    ）, 共（）人, 是否参加（）', () => {
      const t = notice(
        '附件',
        '参会回执',
        '单位名称：（    ）',
        '参会人数：共（）人，其中领导（）名',
        '是否参加（）',
        '| 姓名 | 职务（） | 电话（）， |',
        '姓名\t职务（），\t电话',
        '□同意（），□不同意',
        '联系人：________（），联系电话：',
      );
      for (const v of [t, crlf(t), halfWidth(t)]) assert.deepEqual(found(v), []);
    });
    it('on the marks named as marks: 书名号《》, 引号“”, 括号（）, 书名号（《》）', () => {
      const t = notice('文件名称使用书名号《》，引用使用引号“”，注释使用括号（），书名号（《》）不得省略。');
      for (const v of [t, collapse(t), halfWidth(t)]) assert.deepEqual(found(v), []);
    });
    it('on () in code or Latin text (f(), Math.max())', () => {
      const t = notice('系统调用f()，返回Math.max()的值。');
      assert.deepEqual(found(t), []);
    });
    it('on web residue', () => {
      const t = ['首页 > 信息公开 > “”', ...notice('各单位要认真落实。').split('\n')].join('\n');
      assert.deepEqual(found(t), []);
    });
  });
});
