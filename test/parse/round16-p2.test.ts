// Round 16 (brief P2): which document is already one paragraph per line. A line split only at a sentence's end and a
// blank (a weak split) into two paragraphs, or one that opens with a heading marker (一、加强值守。 各单位要…), is no
// sign of a collapsed layout: it counts neither way. A line split where a collapsed layout's structure shows (a marker,
// a label, a 署名's date, a 　　 indent), or one of three paragraphs or more that opens with no marker, still counts
// its paragraphs against the lines that are one paragraph each. A collapsed body splits as before.
import assert from 'node:assert/strict';
import { format } from '../../server/src/core/features/format';
import { AnalysisCache } from '../../server/src/core/memo';
import { parse } from '../../server/src/core/parse';
import { collapse, crlf, halfWidth, seedText } from '../helpers';

const texts = (t: string, cache?: AnalysisCache) => {
  const doc = parse(t, cache);
  return doc.paragraphs.map((p) => t.slice(p.start, p.end));
};
const lines = (t: string) => t.split(/\r?\n/).filter((l) => l.trim() !== '');

const TITLE = '某镇人民政府关于做好秋季防火工作的通知';
const TO = '各村（居）委会，镇属各单位：';

describe('round 16 P2: heading lines with a blank after their first sentence, in a notice one paragraph per line', () => {
  const notice = [TITLE, TO, '一、压实防火责任。 各村要落实网格巡查制度。', '二、加强火源管控。 镇综治办牵头，各村配合。', '某镇人民政府', '2024年10月8日', ''].join('\n');

  it('keeps each heading line whole (LF, CRLF, half-width)', () => {
    for (const t of [notice, crlf(notice), halfWidth(notice), crlf(halfWidth(notice))]) assert.deepEqual(texts(t), lines(t));
  });

  it('keeps it whole after ！ ？ ； . and their half-width forms too', () => {
    for (const mark of ['！', '？', '；', '!', '?', ';', '.']) {
      const t = notice.replace('责任。 各', `责任${mark} 各`).replace('管控。 镇', `管控${mark} 镇`);
      for (const x of [t, crlf(t)]) assert.deepEqual(texts(x), lines(x), mark);
    }
  });

  it('fmt leaves the notice alone (only half-width marks become full-width)', () => {
    assert.equal(format(notice), notice);
    assert.equal(format(crlf(notice)), crlf(notice));
    assert.equal(format(halfWidth(notice)), notice);
    assert.equal(format(notice.replace('责任。 各', '责任! 各')), notice.replace('责任。 各', '责任！ 各'));
  });

  it('the collapsed layout of the same notice still splits at each sentence end', () => {
    const want = [TITLE, TO, '一、压实防火责任。', '各村要落实网格巡查制度。', '二、加强火源管控。', '镇综治办牵头，各村配合。', '某镇人民政府', '2024年10月8日'];
    assert.deepEqual(texts(collapse(notice)), want);
    assert.deepEqual(texts(collapse(halfWidth(notice))), want.map(halfWidth));
    assert.equal(format(collapse(notice)), want.join('\n'));
  });
});

describe('round 16 P2: a lead-in of two sentences and heading lines of three, with a contact line', () => {
  const notice = [
    TITLE,
    TO,
    '为切实做好秋季防火工作，现将有关事项通知如下。 请认真抓好落实。',
    '一、压实防火责任。 各村要落实网格巡查制度。 镇应急办负责督导。',
    '二、加强火源管控。 2024年11月底前完成隐患清理。 镇综治办牵头，各村配合。',
    '联系人： 王五  电话： 0571-1234567',
    '某镇人民政府',
    '2024年10月8日',
    '',
  ].join('\n');

  it('keeps every line whole (LF, CRLF, half-width)', () => {
    for (const t of [notice, crlf(notice), halfWidth(notice), crlf(halfWidth(notice))]) assert.deepEqual(texts(t), lines(t));
  });

  it('fmt leaves it alone', () => {
    assert.equal(format(notice), notice);
    assert.equal(format(crlf(halfWidth(notice))), crlf(notice));
  });

  it('the collapsed layout still splits at each sentence end', () => {
    const got = texts(collapse(notice));
    assert.deepEqual(got.slice(2, 10), [
      '为切实做好秋季防火工作，现将有关事项通知如下。',
      '请认真抓好落实。',
      '一、压实防火责任。',
      '各村要落实网格巡查制度。',
      '镇应急办负责督导。',
      '二、加强火源管控。',
      '2024年11月底前完成隐患清理。',
      '镇综治办牵头，各村配合。',
    ]);
    assert.equal(got.length, 13);
  });
});

describe('round 16 P2: a 办法 one article per line, some articles of three sentences parted by blanks', () => {
  const banfa = [
    '某镇农村集体资产管理办法',
    '第一章 总则',
    '第一条 为了加强集体资产管理，制定本办法。 本办法所称集体资产，是指集体所有的资产。 具体范围由镇农业服务中心确定。',
    '第二条 本办法适用于本镇的农村集体经济组织。 村民委员会代行职能的，参照执行。 法律另有规定的，从其规定。',
    '第三条 镇农业服务中心负责集体资产的监督管理。',
    '第四条 本办法自2025年1月1日起施行。',
    '',
  ].join('\n');

  it('keeps each article whole (LF, CRLF, half-width)', () => {
    for (const t of [banfa, crlf(banfa), halfWidth(banfa)]) assert.deepEqual(texts(t), lines(t));
    assert.equal(format(banfa), banfa);
  });

  it('the collapsed layout still splits at each sentence end and article', () => {
    const got = texts(collapse(banfa));
    assert.deepEqual(got.slice(0, 6), ['某镇农村集体资产管理办法', '第一章 总则', '第一条 为了加强集体资产管理，制定本办法。', '本办法所称集体资产，是指集体所有的资产。', '具体范围由镇农业服务中心确定。', '第二条 本办法适用于本镇的农村集体经济组织。']);
    assert.equal(got.length, 10);
  });
});

describe('round 16 P2: what still counts as a collapsed layout', () => {
  it('a body line of three sentences or more with no marker, against as many whole lines (a tie is collapsed)', () => {
    const t = [TITLE, TO, '秋季天干物燥，火险等级高。 各村要加强巡查。 镇应急办负责督导。', '某镇人民政府', ''].join('\n');
    const want = [TITLE, TO, '秋季天干物燥，火险等级高。', '各村要加强巡查。', '镇应急办负责督导。', '某镇人民政府'];
    for (const x of [t, crlf(t)]) assert.deepEqual(texts(x), want);
    assert.deepEqual(texts(halfWidth(t)), want.map(halfWidth));
  });

  it('must NOT keep whole: heading lines whose text a 　　 indent parts as well (the collapsed layout’s structure)', () => {
    const t = [
      TITLE,
      TO,
      '一、压实防火责任。 各村要落实网格巡查制度。　　镇应急办负责督导。',
      '二、加强火源管控。 镇综治办牵头，各村配合。　　请各村抓好落实。',
      '某镇人民政府',
      '2024年10月8日',
      '',
    ].join('\n');
    const want = [
      TITLE,
      TO,
      '一、压实防火责任。',
      '各村要落实网格巡查制度。',
      '镇应急办负责督导。',
      '二、加强火源管控。',
      '镇综治办牵头，各村配合。',
      '请各村抓好落实。',
      '某镇人民政府',
      '2024年10月8日',
    ];
    for (const x of [t, crlf(t)]) assert.deepEqual(texts(x), want);
  });

  it('must NOT keep whole: two headings on one line (a marker parts them) among four whole lines', () => {
    const t = [TITLE, TO, '一、压实防火责任。 各村要落实网格巡查制度。 二、加强火源管控。 镇综治办牵头，各村配合。', '某镇人民政府', '2024年10月8日', ''].join('\n');
    const want = [TITLE, TO, '一、压实防火责任。', '各村要落实网格巡查制度。', '二、加强火源管控。', '镇综治办牵头，各村配合。', '某镇人民政府', '2024年10月8日'];
    for (const x of [t, crlf(t), halfWidth(t)]) assert.deepEqual(texts(x), x === halfWidth(t) ? want.map(halfWidth) : want);
  });

  it('a heading line still splits before a marker or a label in a notice one paragraph per line', () => {
    const t = [
      TITLE,
      TO,
      '一、压实防火责任。 各村要落实网格巡查制度。 （一）加强巡查。',
      '二、加强火源管控。 牵头单位：镇综治办',
      '请各村抓好落实。',
      '联系人：王五',
      '某镇人民政府',
      '2024年10月8日',
      '',
    ].join('\n');
    const want = [TITLE, TO, '一、压实防火责任。 各村要落实网格巡查制度。', '（一）加强巡查。', '二、加强火源管控。', '牵头单位：镇综治办', '请各村抓好落实。', '联系人：王五', '某镇人民政府', '2024年10月8日'];
    for (const x of [t, crlf(t)]) assert.deepEqual(texts(x), want);
  });

  it('the seed (its body collapsed on one line) splits as before', () => {
    const got = texts(seedText());
    assert.equal(got.length, 114);
    assert.ok(got.some((p) => p.startsWith('针对我市过夜旅客偏少')));
  });
});

describe('round 16 P2: the per-line cache', () => {
  it('a kept cache gives what a fresh analysis gives when a heading line’s document changes layout', () => {
    const line = '一、压实防火责任。 各村要落实网格巡查制度。';
    const perLine = [TITLE, TO, line, '二、加强火源管控。 镇综治办牵头，各村配合。', '某镇人民政府', '2024年10月8日', ''].join('\n');
    const collapsedBody = [TITLE, line, '二、加强火源管控。 镇综治办牵头，各村配合。 三、做好应急准备。 各村要备足物资。', ''].join('\n');
    assert.deepEqual(texts(perLine).slice(2, 3), [line]);
    assert.deepEqual(texts(collapsedBody).slice(1, 3), ['一、压实防火责任。', '各村要落实网格巡查制度。']);
    const cache = new AnalysisCache();
    for (const t of [perLine, collapsedBody, perLine, crlf(collapsedBody), collapse(perLine), perLine, collapsedBody]) {
      assert.deepEqual(texts(t, cache), texts(t));
      cache.endAnalysis();
    }
  });
});
