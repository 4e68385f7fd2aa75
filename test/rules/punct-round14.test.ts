// Real-notice round 14 (punctuation): 1） list markers, 〔〕 【】 and mixed-width （…) across a hard wrap, a half-width
// quote after or before a full-width one (“放管服"), and the doubled hyphen 2021--2025年.
import assert from 'node:assert/strict';
import { check, collapse, crlf, locate, spans } from '../helpers';
import { applyEdits } from '../../server/src/core/fixes';
import { format } from '../../server/src/core/features/format';
import { notice } from '../fixtures/text/notice';

const where = (text: string, rule: string) => check(text, [rule]).map((f) => `${locate(text, f).at} ${locate(text, f).text}`);
/** The text after the rule's first fix of every finding (the document-level fix for punct-half-width). */
const fixed = (text: string, rule: string) => applyEdits(text, check(text, [rule]).filter((f) => rule !== 'punct-half-width' || f.severity !== 'hint').flatMap((f) => f.fixes[0].edits));
const layouts = (text: string) => [text, collapse(text), crlf(text)];

describe('punct-unbalanced: a full-width ） closing a list marker 1） (real-notice round 14)', () => {
  it('is silent on 1） 2） at a paragraph start and after ：；, in every layout', () => {
    const text = notice(
      '一、工作措施',
      '1）加强组织领导。实行镇干部包村责任制。',
      '2）强化宣传发动。各村要悬挂横幅。',
      'a）严格督查问责。',
      '二、工作要求',
      '主要做好以下工作：1）清理田间秸秆；2）设立巡查点。',
    );
    for (const t of layouts(text)) assert.deepEqual(spans(t, 'punct-unbalanced'), []);
  });

  it('still reports a ） after a word (附件1）, 2024年）) and keeps pairing （1） and （一）', () => {
    const text = notice('一、详见附件1）。', '二、时间为2024年）。', '三、（1）做好工作（一）加强领导。');
    assert.deepEqual(where(text, 'punct-unbalanced'), ['3:8-3:9 ）', '4:11-4:12 ）']);
  });
});

describe('punct-unbalanced: 〔〕, 【】 and a mixed-width （…) split by a hard wrap (real-notice round 14)', () => {
  const text = notice(
    '一、加强农资供应。确保春耕生产不误农时。〔县农业',
    '农村局、县供销社按职责分工负责〕',
    '二、抓好农机检修。【县农业农村局',
    '负责】',
    '三、做好农技服务（县农业',
    '农村局负责)。',
  );

  it('pairs the mark that ends a line with the one early on the next line, in every layout', () => {
    for (const t of layouts(text)) assert.deepEqual(spans(t, 'punct-unbalanced'), []);
    // an indented continuation line too
    const indented = text.replace('\n负责】', '\n    负责】').replace('\n农村局、', '\n\u3000\u3000农村局、');
    assert.deepEqual(spans(indented, 'punct-unbalanced'), []);
  });

  it('leaves the half-width ) of the mixed pair to punct-half-width, which makes it ）', () => {
    assert.deepEqual(where(text, 'punct-half-width').map((s) => s.split(' ')[1]), [')', ')']);
    assert.equal(fixed(text, 'punct-half-width'), text.replace('负责)', '负责）'));
  });

  it('still reports 〔 and 【 when the next line does not close them before a sentence end, and a 〕 opened by 【', () => {
    const bad = notice('一、做好工作〔县农业', '农村局负责。其他〕', '二、抓好检修【县农业', '农村局。负责】', '三、做好服务【县农业', '农村局负责〕。');
    assert.deepEqual(where(bad, 'punct-unbalanced'), ['3:7-3:8 〔', '4:9-4:10 〕', '5:7-5:8 【', '6:7-6:8 】', '7:7-7:8 【', '8:6-8:7 〕']);
  });
});

describe('half-width quotes next to full-width ones: “放管服" (real-notice round 14)', () => {
  const closing = notice('一、深化“放管服"改革，推进“一网通办"。');
  const opening = notice('一、深化"放管服”改革，推进"一网通办”。');
  const right = notice('一、深化“放管服”改革，推进“一网通办”。');

  it('punct-unbalanced is silent: the marks pair, only their width is wrong', () => {
    for (const t of [...layouts(closing), ...layouts(opening)]) assert.deepEqual(spans(t, 'punct-unbalanced'), []);
  });

  it('punct-half-width turns each " the way its full-width partner needs, in both layouts and with CRLF', () => {
    assert.deepEqual(where(closing, 'punct-half-width').map((s) => s.split(' ')[0]), ['3:9-3:10', '3:9-3:21']);
    for (const [t, r] of [
      [closing, right],
      [opening, right],
      [collapse(closing), collapse(right)],
      [crlf(opening), crlf(right)],
    ]) {
      assert.equal(fixed(t, 'punct-half-width'), r);
      assert.equal(format(t), format(r));
    }
    assert.match(format(closing), /深化“放管服”改革，推进“一网通办”。/);
  });

  it('keeps reading two " as a pair when the full-width quotes pair up, and leaves a lone " and ASCII text alone', () => {
    const nested = notice('一、“他说"好"。”', '二、使用"Hello"问候。');
    assert.equal(fixed(nested, 'punct-half-width'), notice('一、“他说“好”。”', '二、使用"Hello"问候。'));
    assert.deepEqual(spans(nested, 'punct-unbalanced'), []);
    // a “ left open at the end of a sentence does not turn a later pair around
    const later = notice('一、他指出：“要提高认识。使用"通知"格式。');
    assert.equal(fixed(later, 'punct-half-width'), notice('一、他指出：“要提高认识。使用“通知”格式。'));
  });

  it('still reports a “ or ” with no partner of either width', () => {
    const text = notice('一、推进一网通办”。', '二、屏幕为5"的设备。', '三、深化“放管服改革。');
    assert.deepEqual(where(text, 'punct-unbalanced'), ['3:9-3:10 ”', '5:5-5:6 “']);
  });
});

describe('punct-range: a doubled hyphen 2021--2025年 (real-notice round 14)', () => {
  it('gives the single hyphen’s hint, the fix replacing both hyphens, in every layout', () => {
    const text = notice('一、实施期限为2021--2025年，分两个阶段推进。', '二、第一阶段为2021年1月--2023年12月，招聘10－－20人。');
    for (const t of layouts(text)) {
      assert.deepEqual(spans(t, 'punct-range'), ['2021--2025', '1月--2023', '10－－20']);
      const f = check(t, ['punct-range']);
      assert.match(f[0].message.zh, /不用“--”/);
      assert.deepEqual(f.map((x) => x.fixes[0].safe), [true, true, false]);
    }
    assert.equal(fixed(text, 'punct-range'), notice('一、实施期限为2021—2025年，分两个阶段推进。', '二、第一阶段为2021年1月—2023年12月，招聘10～20人。'));
  });

  it('is silent on three hyphens, a phone number and a code with a doubled hyphen', () => {
    const text = notice('一、实施期限为2021---2025年。', '二、电话0573--8888888，编号GB--2012。');
    assert.deepEqual(spans(text, 'punct-range'), []);
  });
});
