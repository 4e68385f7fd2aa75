// Paragraph splitting of a line at separating spaces: cases from the real-notice trials.
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { crlf } from '../helpers';

const texts = (t: string) => {
  const doc = parse(t);
  return doc.paragraphs.map((p) => t.slice(p.start, p.end));
};

describe('parse: paragraphs (real-notice round 3)', () => {
  it('does not end a sentence at a half-width ; ! ? after ASCII (a forum scramble: P; N5 e)', () => {
    const t = ['某街道关于开展走访活动的通知', "各社区：", "4 k; Q2 w# Z' p8 D@ u5 m 现将有关事项通知如下。", '某街道办事处', ''].join('\n');
    for (const x of [t, crlf(t)]) assert.deepEqual(texts(x).slice(2, 3), ["4 k; Q2 w# Z' p8 D@ u5 m 现将有关事项通知如下。"]);
  });

  it('still splits after a half-width ; ! ? ending a Chinese sentence, or after a number or bracket', () => {
    const t = ['某街道关于开展走访活动的通知', '各社区：', '一、做好走访工作; 二、做好记录工作! 三、按时报送? 请各社区落实。', '某街道办事处', ''].join('\n');
    assert.deepEqual(texts(t).slice(2, 6), ['一、做好走访工作;', '二、做好记录工作!', '三、按时报送?', '请各社区落实。']);
    const u = ['某街道关于开展走访活动的通知', '各社区：', '走访率达到100%; 记录率达到95%（2023年）; 请各社区落实。', '某街道办事处', ''].join('\n');
    assert.deepEqual(texts(u).slice(2, 5), ['走访率达到100%;', '记录率达到95%（2023年）;', '请各社区落实。']);
  });
});
