// Round 15 (brief P): a line is split into paragraphs only where a collapsed layout parts them. Not inside a bracket
// opened and closed on the line, not after a label's colon (a label and its value are one paragraph), and — in a
// document already one paragraph per line — not at a sentence's end and a blank alone. A collapsed body still splits
// as before (the seed's output is byte-identical).
import assert from 'node:assert/strict';
import { format } from '../../server/src/core/features/format';
import { AnalysisCache } from '../../server/src/core/memo';
import { parse } from '../../server/src/core/parse';
import { collapse, crlf, halfWidth, placed, seedText } from '../helpers';

const texts = (t: string, cache?: AnalysisCache) => {
  const doc = parse(t, cache);
  return doc.paragraphs.map((p) => t.slice(p.start, p.end));
};
const lines = (t: string) => t.split(/\r?\n/).filter((l) => l.trim() !== '');

describe('round 15 P: no paragraph break inside a bracket opened and closed on the line', () => {
  const notice = [
    '某县人民政府关于做好安全生产工作的通知',
    '各乡镇人民政府，县直各单位：',
    '一、落实责任。（牵头单位：县应急管理局 责任单位：各乡（镇）人民政府）',
    '二、强化巡查。（牵头单位：县住建局 配合单位：县交通运输局 完成时限：长期坚持）',
    '三、及时报告。各单位要及时报送情况。',
    '某县人民政府',
    '2024年6月1日',
    '',
  ].join('\n');

  it('keeps a bracketed assignment note with blanks inside one paragraph (per line, CRLF, half-width)', () => {
    for (const t of [notice, crlf(notice), halfWidth(notice), crlf(halfWidth(notice))]) {
      assert.deepEqual(texts(t), lines(t));
      assert.deepEqual(placed(t, 'punct-unbalanced'), []);
    }
  });

  it('fmt leaves the bracketed note on its line', () => {
    assert.equal(format(notice), notice);
    assert.equal(format(crlf(notice)), crlf(notice));
    assert.equal(format(halfWidth(notice)), notice);
  });

  it('a collapsed body still splits around the note, never inside it', () => {
    for (const t of [collapse(notice), collapse(halfWidth(notice))]) {
      assert.deepEqual(texts(t), lines(t === collapse(notice) ? notice : halfWidth(notice)));
      assert.deepEqual(placed(t, 'punct-unbalanced'), []);
    }
    assert.equal(format(collapse(notice)), notice.trimEnd());
  });

  it('keeps a sentence end inside 【】 or 《》 in the collapsed layout', () => {
    const t = '各乡镇人民政府： 请按要求报送材料。【注意：材料须加盖公章。 逾期不予受理。】 请参照《防汛工作要点。 试行》执行。 某县应急管理局 2024年6月1日';
    assert.deepEqual(texts(t), [
      '各乡镇人民政府：',
      '请按要求报送材料。【注意：材料须加盖公章。 逾期不予受理。】',
      '请参照《防汛工作要点。 试行》执行。',
      '某县应急管理局',
      '2024年6月1日',
    ]);
  });

  it('a bracket that never closes on the line, or closes too far on, blocks nothing', () => {
    const open = '各乡镇人民政府： 一、落实责任（牵头单位：县应急管理局。 二、强化巡查。 某县人民政府 2024年6月1日';
    assert.deepEqual(texts(open), ['各乡镇人民政府：', '一、落实责任（牵头单位：县应急管理局。', '二、强化巡查。', '某县人民政府', '2024年6月1日']);
    const far = `各乡镇人民政府： 一、落实责任（${'某'.repeat(320)}。 二、强化巡查） 某县人民政府 2024年6月1日`;
    assert.deepEqual(texts(far).slice(0, 3), ['各乡镇人民政府：', `一、落实责任（${'某'.repeat(320)}。`, '二、强化巡查）']);
  });
});

describe('round 15 P: a label and its value after a colon and blanks stay one paragraph', () => {
  const notice = [
    '某县应急管理局关于报送防汛物资清单的通知',
    '各乡镇人民政府：',
    '请于6月10日前报送防汛物资清单。',
    '联系人： 李四  联系电话： 0571-12345678',
    '请于6月10日前报送： 县应急管理局  邮箱： test@example.com',
    '联系人： 王五',
    '某县应急管理局',
    '2024年6月1日',
    '',
  ].join('\n');

  it('does not split a contact line (per line, CRLF, half-width)', () => {
    for (const t of [notice, crlf(notice), halfWidth(notice), crlf(halfWidth(notice))]) assert.deepEqual(texts(t), lines(t));
  });

  it('fmt only makes the colons full-width', () => {
    assert.equal(format(notice), notice);
    assert.equal(format(halfWidth(notice)), notice);
    assert.equal(format(crlf(halfWidth(notice))), crlf(notice));
  });

  it('in the collapsed layout the contact line is one paragraph between the sentence and the 署名', () => {
    const body = ['各乡镇人民政府：', '请于6月10日前报送防汛物资清单。', '联系人： 李四  联系电话： 0571-12345678', '某县应急管理局', '2024年6月1日'];
    for (const t of [body.join(' '), halfWidth(body.join(' '))]) assert.deepEqual(texts(t), t === body.join(' ') ? body : body.map(halfWidth));
  });

  it('still ends a 主送机关 at its colon, and a lead-in in the collapsed layout', () => {
    const t = '各乡镇人民政府，县直各单位： 为做好防汛工作，现将有关事项通知如下： 各乡镇要立即开展隐患排查。 某县人民政府 2024年6月1日';
    const want = ['各乡镇人民政府，县直各单位：', '为做好防汛工作，现将有关事项通知如下：', '各乡镇要立即开展隐患排查。', '某县人民政府', '2024年6月1日'];
    assert.deepEqual(texts(t), want);
    assert.deepEqual(texts(halfWidth(t)), want.map(halfWidth));
    const one = '市教育局： 现将《实施方案》印发给你们，请认真贯彻执行。 某县人民政府 2024年6月1日';
    assert.deepEqual(texts(one), ['市教育局：', '现将《实施方案》印发给你们，请认真贯彻执行。', '某县人民政府', '2024年6月1日']);
  });

  it('a single body name before a bare value is a label (报送单位: 县应急局)', () => {
    const t = ['某县应急管理局关于报送防汛物资清单的通知', '各乡镇人民政府：', '请按时报送。', '报送单位： 县应急管理局', '某县应急管理局', '2024年6月1日', ''].join('\n');
    for (const x of [t, crlf(t), halfWidth(t)]) assert.deepEqual(texts(x), lines(x));
  });
});

describe('round 15 P: a document already one paragraph per line is not split at a sentence end and a blank', () => {
  const notice = [
    '某县人民政府办公室关于做好森林防火工作的通知',
    '各乡镇人民政府，县政府各部门：',
    '当前正值森林防火关键期，务必高度警惕。 各乡镇要加强巡查，严防火灾发生。',
    '某县人民政府办公室',
    '2024年3月1日',
    '',
  ].join('\n');

  it('keeps the line whole after 。 ！ ？ ； and their half-width forms, LF and CRLF', () => {
    for (const mark of ['。', '！', '？', '；', '!', '?', ';']) {
      const t = notice.replace('警惕。 各', `警惕${mark} 各`);
      for (const x of [t, crlf(t)]) assert.deepEqual(texts(x), lines(x), mark);
    }
  });

  it('fmt leaves it alone (only the marks become full-width)', () => {
    assert.equal(format(notice), notice);
    assert.equal(format(crlf(notice)), crlf(notice));
    assert.equal(format(notice.replace('警惕。 各', '警惕! 各')), notice.replace('警惕。 各', '警惕！ 各'));
  });

  it('a collapsed body still splits at the sentence end', () => {
    for (const t of [collapse(notice), collapse(notice.replace('警惕。 各', '警惕! 各'))]) assert.equal(texts(t).length, 6);
    assert.deepEqual(texts(collapse(notice)).slice(2, 4), ['当前正值森林防火关键期，务必高度警惕。', '各乡镇要加强巡查，严防火灾发生。']);
    assert.equal(format(collapse(notice)), notice.replace('警惕。 各', '警惕。\n各').trimEnd());
  });

  it('a line with a collapsed layout’s structure still splits there: a marker, an indent of 　　', () => {
    const marker = notice.replace('警惕。 各乡镇', '警惕。 一、各乡镇');
    assert.deepEqual(texts(marker).slice(2, 4), ['当前正值森林防火关键期，务必高度警惕。', '一、各乡镇要加强巡查，严防火灾发生。']);
    const indent = notice.replace('警惕。 各', '警惕。　　各');
    for (const x of [indent, crlf(indent)]) assert.deepEqual(texts(x).slice(2, 4), ['当前正值森林防火关键期，务必高度警惕。', '各乡镇要加强巡查，严防火灾发生。']);
  });

  it('a lead-in colon on a line of its own document stays with its text', () => {
    const t = notice.replace('警惕。 各', '警惕，现将有关要求通知如下： 各');
    assert.deepEqual(texts(t), lines(t));
    assert.deepEqual(texts(collapse(t)).slice(2, 4), ['当前正值森林防火关键期，务必高度警惕，现将有关要求通知如下：', '各乡镇要加强巡查，严防火灾发生。']);
  });

  it('the seed (its body collapsed on one line) splits at its sentence ends as before', () => {
    const seed = seedText();
    const got = texts(seed);
    assert.equal(got.length, 114);
    // (a paragraph of the body's that only a sentence's end and a blank part from the one before it)
    assert.ok(got.some((p) => p.startsWith('针对我市过夜旅客偏少')));
  });

  it('a kept cache gives what a fresh analysis gives when the same line changes layout', () => {
    const line = lines(notice)[2];
    const alone = ['某县人民政府办公室关于做好森林防火工作的通知', line].join('\n');
    const cache = new AnalysisCache();
    for (const t of [notice, alone, notice, crlf(alone), collapse(notice), notice]) {
      assert.deepEqual(texts(t, cache), texts(t));
      cache.endAnalysis();
    }
    assert.deepEqual(texts(alone).slice(1), ['当前正值森林防火关键期，务必高度警惕。', '各乡镇要加强巡查，严防火灾发生。']);
  });

  it('a kept cache gives what a fresh analysis gives when text is added after a line ending with a date (rule 5b)', () => {
    const line = '请各单位认真落实。联系电话：88788222 2024年3月1日';
    const ends = ['某县关于做好防汛工作的通知', '各乡镇：', line, ''].join('\n');
    const more = ['某县关于做好防汛工作的通知', '各乡镇：', line, '请于3月5日前报送材料。', ''].join('\n');
    assert.deepEqual(texts(ends).slice(2), ['请各单位认真落实。联系电话：88788222', '2024年3月1日']);
    assert.deepEqual(texts(more).slice(2), [line, '请于3月5日前报送材料。']);
    const cache = new AnalysisCache();
    for (const t of [ends, more, crlf(ends), ends + '\n\n', more, ends]) {
      assert.deepEqual(texts(t, cache), texts(t));
      cache.endAnalysis();
    }
  });
});
