// Web residue around scraped notices: exact texts, kinds, blocks, whole lines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { GongwenDocument } from '../../server/src/core/model';
import { parse } from '../../server/src/core/parse';
import { collapse, crlf, samplePath, seedText } from '../helpers';

const nodes = (doc: GongwenDocument) => doc.residue.map((r) => [r.kind, doc.text.slice(r.start, r.end), r.block, r.wholeLines]);

describe('parse: web residue', () => {
  it('finds the seed residue exactly', () => {
    const doc = parse(seedText());
    assert.deepEqual(nodes(doc), [
      ['pipe', ' | |', 0, false],
      ['field', '发布日期:2022-12-13 18:16', 0, true],
      ['field', '信息来源:市政府办公室', 0, true],
      ['field', '浏览次数:', 0, true],
      ['field', '作者: 信息来源: |', 1, false],
      ['pipe', '|', 1, true],
      ['pipe', '|', 1, true],
    ]);
    const t = doc.text;
    // ` | |` is the end of line 1, after the title; the tail starts after the last sentence
    assert.equal(doc.residue[0].start, t.indexOf(' | |'));
    assert.equal(t.slice(doc.residue[4].start - 11, doc.residue[4].start), '嘉广集团、嘉报集团。 ');
    assert.equal(doc.residue[6].end, t.length);
  });

  it('keeps residue out of the paragraphs', () => {
    const doc = parse(seedText());
    for (const p of doc.paragraphs) for (const r of doc.residue) assert.ok(p.end <= r.start || p.start >= r.end);
  });

  it('finds the same residue texts with CRLF and in the fully collapsed layout', () => {
    const doc = parse(crlf(seedText()));
    assert.deepEqual(
      doc.residue.map((r) => doc.text.slice(r.start, r.end)),
      [' | |', '发布日期:2022-12-13 18:16', '信息来源:市政府办公室', '浏览次数:', '作者: 信息来源: |', '|', '|'],
    );
    const flat = collapse(seedText());
    const d2 = parse(flat);
    assert.deepEqual(nodes(d2), [
      ['pipe', ' | |', 0, false],
      ['field', '发布日期:2022-12-13 18:16 信息来源:市政府办公室 浏览次数:', 0, false],
      ['field', '作者: 信息来源: | | |', 1, false],
    ]);
  });

  it('finds the lishui breadcrumb and its 时间/浏览次数/信息来源 line', () => {
    const doc = parse(readFileSync(samplePath('lishui-2023-zhongdian-gongzuo.txt'), 'utf8'));
    assert.deepEqual(nodes(doc), [
      ['breadcrumb', '当前位置:首页', 0, true],
      ['breadcrumb', '>> 专题专栏 >> 归档专题 >> 2023市政府重点工作(已归档)', 0, true],
      ['field', '时间:2023-07-11 17:01 浏览次数: 信息来源: 丽水市政府', 1, true],
    ]);
    assert.equal(doc.text.slice(doc.paragraphs[0].start, doc.paragraphs[0].end), '市政府工作报告重点工作责任分解(2023年)');
  });

  it('finds the gov.cn metadata table of the guobanfa sample and its trailing page UI', () => {
    const doc = parse(readFileSync(samplePath('guobanfa-2018-128-wufeichengshi.txt'), 'utf8'));
    const n = nodes(doc);
    assert.deepEqual(n.map((x) => x[0]), ['metadata-table', 'metadata-table', 'metadata-table', 'metadata-table', 'metadata-table', 'page-ui']);
    assert.deepEqual(
      n.map((x) => (x[1] as string).split('：')[0]),
      ['索 引 号', '发文机关', '标　　题', '发文字号', '主 题 词', '扫一扫在手机打开当前页'],
    );
    assert.deepEqual(n.map((x) => x[2]), [0, 0, 0, 0, 0, 1]);
    assert.ok(n.every((x) => x[3] === true));
    // the metadata's copy of the title is residue, the real title follows
    assert.equal(doc.notice.title?.text, '国务院办公厅关于印发“无废城市”建设试点工作方案的通知');
  });

  it('takes a header of label：value rows without tabs (发布机构/生成日期/生效日期) as the metadata table, in both layouts', () => {
    const head = '索引号：11330400002565867P/2024-123456\n发布机构：嘉兴市人民政府办公室\n生成日期：2024-06-05\n文号：嘉政办发〔2024〕21号\n生效日期：2024-06-05\n';
    const text = `${head}嘉兴市人民政府办公室关于做好高温天气防范应对工作的通知\n各县（市、区）人民政府：\n　　现就有关事项通知如下。\n嘉兴市人民政府办公室\n2024年6月5日\n`;
    const lines = parse(text);
    assert.deepEqual(nodes(lines).map((x) => [x[0], x[1]]), head.trim().split('\n').map((l) => ['metadata-table', l]));
    assert.equal(lines.notice.title?.text, '嘉兴市人民政府办公室关于做好高温天气防范应对工作的通知');
    const one = parse(collapse(text));
    assert.deepEqual(nodes(one).map((x) => [x[0], x[1]]), [['metadata-table', head.trim().split('\n').join(' ')]]);
    assert.equal(one.notice.title?.text, '嘉兴市人民政府办公室关于做好高温天气防范应对工作的通知');
  });

  it('takes a breadcrumb starting at 首页 and the 上一篇/下一篇 links as residue, in both layouts', () => {
    const text = [
      '首页 > 政务公开 > 政策文件',
      '嘉兴市秀洲区人民政府办公室关于做好2024年度征兵工作的通知',
      '各镇人民政府、街道办事处：',
      '　　现就有关事项通知如下。',
      '嘉兴市秀洲区人民政府办公室',
      '2024年3月1日',
      '上一篇：嘉兴市秀洲区人民政府办公室关于做好春耕备耕工作的通知',
      '下一篇：关于开展安全生产大检查的通知',
      '',
    ].join('\n');
    for (const t of [text, crlf(text), collapse(text)]) {
      const doc = parse(t);
      // the two links are one field run when collapsed onto the last line
      assert.deepEqual(nodes(doc).map((x) => x[0]), t === collapse(text) ? ['breadcrumb', 'field'] : ['breadcrumb', 'field', 'field']);
      assert.equal(nodes(doc)[0][1], '首页 > 政务公开 > 政策文件');
      assert.ok((nodes(doc)[1][1] as string).startsWith('上一篇：嘉兴市秀洲区人民政府办公室关于做好春耕备耕工作的通知'));
      assert.ok((nodes(doc)[nodes(doc).length - 1][1] as string).endsWith('下一篇：关于开展安全生产大检查的通知'));
      assert.equal(doc.notice.title?.text, '嘉兴市秀洲区人民政府办公室关于做好2024年度征兵工作的通知');
    }
    // 首页 without a separator after it is no breadcrumb
    assert.deepEqual(nodes(parse('首页内容\n关于做好工作的通知\n各单位：\n现通知如下。\n')), []);
  });

  it('ends the metadata table of the collapsed guobanfa sample after its last row (主题词)', () => {
    const doc = parse(collapse(readFileSync(samplePath('guobanfa-2018-128-wufeichengshi.txt'), 'utf8')));
    const n = nodes(doc);
    assert.deepEqual(n.map((x) => x[0]), ['metadata-table', 'page-ui']);
    assert.ok((n[0][1] as string).startsWith('索 引 号：\t000014349/2018-00230\t主题分类：'));
    assert.ok((n[0][1] as string).endsWith('发布日期：\t2019年01月21日 主 题 词：'));
    assert.equal(n[1][1], '扫一扫在手机打开当前页');
    // the notice itself is parsed as in the line layout
    const lines = parse(readFileSync(samplePath('guobanfa-2018-128-wufeichengshi.txt'), 'utf8'));
    assert.equal(doc.assignments.length, lines.assignments.length);
    assert.ok(doc.assignments.length > 0);
    assert.equal(doc.allSections.length, lines.allSections.length);
    assert.equal(doc.tasks.length, lines.tasks.length);
    assert.equal(doc.notice.docNumber?.text, '国办发〔2018〕128号');
  });

  it('finds page UI, breadcrumbs with ＞ and several fields on one line', () => {
    const text = [
      '您的位置：首页 > 政务公开 > 通知公告',
      '发布时间：2023-05-06  来源：市政府办公室  点击数：128',
      '字号：大 中 小 打印本页 关闭窗口',
      '关于做好防汛工作的通知',
      '各县（市、区）人民政府：',
      '现将有关事项通知如下。',
      '一、加强领导',
      '资金来源：市财政。',
      '分享到：',
      '扫一扫在手机打开当前页',
    ].join('\n');
    const doc = parse(text);
    assert.deepEqual(
      nodes(doc).map((x) => [x[0], x[1], x[2]]),
      [
        ['breadcrumb', '您的位置：首页 > 政务公开 > 通知公告', 0],
        ['field', '发布时间：2023-05-06  来源：市政府办公室  点击数：128', 0],
        ['page-ui', '字号：大 中 小 打印本页 关闭窗口', 0],
        ['page-ui', '分享到：', 1],
        ['page-ui', '扫一扫在手机打开当前页', 1],
      ],
    );
  });

  it('never marks a field inside the body as residue', () => {
    const text = ['关于做好防汛工作的通知', '各县（市、区）人民政府：', '现将有关事项通知如下。', '来源：市防汛办', '作者：张三', '一、加强领导', '嘉兴市人民政府办公室', '2024年1月20日'].join('\n');
    assert.deepEqual(parse(text).residue, []);
  });

  it('keeps a task table out of the residue but flags pipes trailing prose', () => {
    const table = ['关于印发任务清单的通知', '各单位：', '现印发给你们。', '序号 | 任务 | 牵头单位 | 完成时限', '1 | 建设平台 | 市发改委 | 2024年底', '2 | 完善机制 | 市财政局 | 2024年底'].join('\n');
    assert.deepEqual(parse(table).residue, []);
    const doc = parse('一、总体要求 |\n坚持安全第一。\n|\n');
    assert.deepEqual(nodes(doc), [
      ['pipe', ' |', 0, false],
      ['pipe', '|', 1, true],
    ]);
  });

  it('has no residue on a clean notice', () => {
    const text = ['关于做好防汛工作的通知', '各县（市、区）人民政府：', '现将有关事项通知如下。', '嘉兴市人民政府办公室', '2024年1月20日'].join('\n');
    assert.deepEqual(parse(text).residue, []);
  });
});

// A field's value is what its label plausibly holds: an empty label followed by a space does not take the issuer or
// title after it, so deleting a neighbouring field does not turn the rest of the line into residue.
describe('parse: web residue, empty labels', () => {
  const rest = ['各县（市、区）人民政府，市政府各部门：', '现将有关事项通知如下。', '嘉兴市人民政府办公室', '2022年12月9日', ''];
  const notice = (head: string[]) => [...head, ...rest].join('\n');
  const title = '嘉兴市人民政府办公室关于做好服务业发展工作的通知';

  it('ends the field block before the issuer after 索引号： and the date, in every layout', () => {
    const text = notice([title, '信息来源:市政府办公室 索引号： 发布日期:2022-12-13 18:16 嘉兴市人民政府办公室']);
    for (const t of [text, crlf(text), collapse(text)]) {
      const doc = parse(t);
      assert.deepEqual(nodes(doc), [['field', '信息来源:市政府办公室 索引号： 发布日期:2022-12-13 18:16', 0, false]]);
      assert.equal(doc.residue[0].start, t.indexOf('信息来源'));
    }
  });

  it('does not make the rest of the line one field once the date is deleted', () => {
    const text = notice([title, '信息来源:市政府办公室 索引号： 嘉兴市人民政府办公室']);
    for (const t of [text, crlf(text), collapse(text)]) {
      assert.deepEqual(nodes(parse(t)), [['field', '信息来源:市政府办公室 索引号：', 0, false]]);
    }
    // a word between two fields: each is its own block, before and after the second is deleted
    const two = notice([title, '信息来源:市政府办公室 ABC 发布日期:2022-12-13 18:16 嘉兴市人民政府办公室']);
    assert.deepEqual(nodes(parse(two)), [
      ['field', '信息来源:市政府办公室', 0, false],
      ['field', '发布日期:2022-12-13 18:16', 1, false],
    ]);
    assert.deepEqual(nodes(parse(two.replace(' 发布日期:2022-12-13 18:16', ''))), [['field', '信息来源:市政府办公室', 0, false]]);
  });

  it('an empty counter or date label, or a source label before a title, takes nothing after a space', () => {
    const cases: [string, string][] = [
      ['发布日期:2022-12-13 18:16 浏览次数: 嘉兴市人民政府办公室', '发布日期:2022-12-13 18:16 浏览次数:'],
      // a date label without a date is no field in a head line that is not wholly residue
      ['信息来源:市政府办公室 发布日期: 嘉兴市人民政府办公室', '信息来源:市政府办公室'],
      ['发布日期:2022-12-13 18:16 信息来源: 嘉兴市人民政府办公室关于做好服务业发展工作的通知', '发布日期:2022-12-13 18:16 信息来源:'],
      ['信息来源:市政府办公室 主题分类： 嘉兴市人民政府办公室', '信息来源:市政府办公室 主题分类：'],
    ];
    for (const [line, residue] of cases) {
      for (const t of [notice([title, line]), crlf(notice([title, line]))]) assert.deepEqual(nodes(parse(t)), [['field', residue, 0, false]], line);
    }
    // a name after a space is still the source (丽水 sample), and a whole line of fields stays one whole-line node
    assert.deepEqual(nodes(parse(notice([title, '信息来源: 丽水市政府']))), [['field', '信息来源: 丽水市政府', 0, true]]);
    assert.deepEqual(nodes(parse(notice([title, '发布日期:2022-12-13 18:16 索引号： 信息来源:市政府办公室']))), [
      ['field', '发布日期:2022-12-13 18:16 索引号： 信息来源:市政府办公室', 0, true],
    ]);
  });

  it('a metadata row ends at an empty label or a date; a tab-separated or written-out value may hold a space', () => {
    const cases: [string, string, boolean][] = [
      ['索引号： 嘉兴市人民政府办公室', '索引号：', false],
      ['索引号： 发布日期:2022-12-13 18:16 嘉兴市人民政府办公室', '索引号： 发布日期:2022-12-13 18:16', false],
      ['标　　题：\t关于印发 2024 年工作要点的通知', '标　　题：\t关于印发 2024 年工作要点的通知', true],
      ['发布机构：嘉兴市 人民政府办公室', '发布机构：嘉兴市 人民政府办公室', true],
    ];
    for (const [line, residue, whole] of cases) {
      for (const t of [notice([line, title]), crlf(notice([line, title]))]) {
        assert.deepEqual(nodes(parse(t)), [['metadata-table', residue, 0, whole]], line);
      }
    }
  });
});

describe('parse: web residue — a page info list with "- " bullets (real-notice round 3)', () => {
  const page = [
    '- 索引号:abc/2021-00016',
    '- 发文字号:某行发〔2021〕42号',
    '- 名 称:某地区行政公署关于印发《某地区行政公署工作规则》的通知',
    '- 发布日期:2021-12-22 17:45',
    '某地区行政公署关于印发《某地区行政公署工作规则》的通知',
    '各县人民政府，行署各局、委、办、处：',
    '《某地区行政公署工作规则》已经研究通过，现印发给你们。',
    '某地区行政公署',
    '2021年11月9日',
    '',
  ].join('\n');

  it('takes the bullets with the fields, and the title and 主送机关 after the list are the notice’s', () => {
    for (const t of [page, crlf(page)]) {
      const doc = parse(t);
      const res = doc.residue.map((r) => t.slice(r.start, r.end));
      assert.ok(res.includes('- 索引号:abc/2021-00016'), res.join(' / '));
      assert.ok(res.includes('- 发布日期:2021-12-22 17:45'), res.join(' / '));
      assert.ok(!doc.paragraphs.some((p) => t.slice(p.start, p.end) === '-'));
      assert.equal(doc.notice.title?.text, '某地区行政公署关于印发《某地区行政公署工作规则》的通知');
      assert.equal(doc.notice.addressee?.text, '各县人民政府，行署各局、委、办、处：');
    }
  });

  it('keeps a dash that starts a body line', () => {
    const t = ['某县人民政府关于做好防汛工作的通知', '各乡镇人民政府：', '- 做好值班值守。', '-2021年汛期已至。', '某县人民政府', '2021年6月1日', ''].join('\n');
    const doc = parse(t);
    assert.deepEqual(doc.residue, []);
  });
});

describe('parse: web residue — a page field block below a site slogan (real-notice round 3)', () => {
  const page = [
    '宣传人大制度 交流人大经验;推进民主法制建设。',
    '主任之窗',
    '某州人民代表大会常务委员会机关公文处理办法',
    '来源:州人大',
    '访问量:',
    '更新日期:2024-01-12',
    '',
    '某州人民代表大会常务委员会机关公文处理办法',
    '第一条 为规范公文处理工作，制定本办法。',
    '第二条 本办法自印发之日起施行。',
    '',
  ].join('\n');

  it('takes a block of page fields with a view counter as residue anywhere', () => {
    for (const t of [page, crlf(page)]) {
      const doc = parse(t);
      assert.deepEqual(doc.residue.map((r) => [r.kind, t.slice(r.start, r.end)]), [
        ['field', '来源:州人大'],
        ['field', '访问量:'],
        ['field', '更新日期:2024-01-12'],
      ]);
    }
  });

  it('leaves a lone field-like line, or one without a view counter, in the body', () => {
    const t = ['某县人民政府关于做好防汛工作的通知', '各乡镇人民政府：', '请做好值班值守。', '来源:县防汛办', '日期:2021-06-01', '某县人民政府', '2021年6月1日', ''].join('\n');
    assert.deepEqual(parse(t).residue, []);
  });
});

describe('parse: web residue — a breadcrumb with slashes and a site’s prompts at the end (real-notice round 5)', () => {
  const page = [
    '首页 / 政务公开 / 历史公报 / 2023年第1期 / 某某区人民政府办公室文件',
    '某某区人民政府办公室关于印发2022年度某某区政务公开考核评估结果的通知',
    '各乡、镇人民政府，区政府各部门：',
    '经区政府同意，现将《2022年度某某区政务公开考核评估结果》印发给你们。',
    '某某区人民政府办公室',
    '2023年3月24日',
    '2022年度某某区政务公开考核评估结果',
    '一、优秀单位',
    '区教育局、区民政局。',
    '为了便于其他人查询和了解政策，请为本文选择一个合适的主题。',
    '可登录个人中心查看咨询回复情况',
    '',
  ].join('\n');

  it('takes the trail and the prompts as residue, and the title after the trail is the notice’s', () => {
    for (const t of [page, crlf(page), collapse(page), page.replace(/ \/ /g, '/'), page.replace(/，请/, ',请')]) {
      const doc = parse(t);
      assert.deepEqual(
        doc.residue.map((r) => [r.kind, t.slice(r.start, r.end)]),
        [
          ['breadcrumb', t.startsWith('首页/') ? '首页/政务公开/历史公报/2023年第1期/某某区人民政府办公室文件' : '首页 / 政务公开 / 历史公报 / 2023年第1期 / 某某区人民政府办公室文件'],
          // (one run when collapsed onto the last line)
          ...(t === collapse(page)
            ? [['page-ui', '为了便于其他人查询和了解政策，请为本文选择一个合适的主题。 可登录个人中心查看咨询回复情况']]
            : [
                ['page-ui', t.includes(',请') ? '为了便于其他人查询和了解政策,请为本文选择一个合适的主题。' : '为了便于其他人查询和了解政策，请为本文选择一个合适的主题。'],
                ['page-ui', '可登录个人中心查看咨询回复情况'],
              ]),
        ],
        t,
      );
      assert.equal(doc.notice.title?.text, '某某区人民政府办公室关于印发2022年度某某区政务公开考核评估结果的通知');
    }
  });

  it('leaves a slash after a word other than 首页, and 首页 in a sentence', () => {
    const t = ['某县人民政府关于做好防汛工作的通知', '各乡镇人民政府：', '网站首页/专栏页面要及时更新防汛信息。', '某县人民政府', '2021年6月1日', ''].join('\n');
    assert.deepEqual(parse(t).residue, []);
    assert.deepEqual(parse(t.replace('网站首页/专栏页面', '政务公开 / 历史公报')).residue, []);
  });
});

describe('parse: web residue — a channel name or page tag glued before the title (real-notice round 5)', () => {
  const notice = (head: string) =>
    [head + '某市人民政府关于持续深化“放管服”改革的实施意见', '各县（市、区）人民政府，市政府各部门：', '现提出如下意见。', '某市人民政府', '2021年7月19日', ''].join('\n');

  it('takes a channel name before 丨 and a quoted page tag before a blank as residue; the title is the rest', () => {
    for (const [head, piece] of [
      ['政务服务丨', '政务服务丨'],
      ['政策文件｜', '政策文件｜'],
      ['“党政混合信息公开” ', '“党政混合信息公开”'],
      ['“政府信息公开”　', '“政府信息公开”'],
    ]) {
      for (const t of [notice(head), crlf(notice(head)), collapse(notice(head))]) {
        const doc = parse(t);
        assert.deepEqual(doc.residue.map((r) => [r.kind, t.slice(r.start, r.end)]), [['breadcrumb', piece]], t);
        assert.equal(doc.notice.title?.text, '某市人民政府关于持续深化“放管服”改革的实施意见', t);
      }
    }
  });

  it('leaves a title that starts with a quoted phrase, and a 丨 inside a line', () => {
    const quoted = ['“十四五”规划实施情况的通报', '各县（市、区）人民政府：', '现将有关情况通报如下。', '某市人民政府', '2021年7月19日', ''].join('\n');
    assert.deepEqual(parse(quoted).residue, []);
    assert.deepEqual(parse(notice('').replace('现提出如下意见。', '现提出如下意见丨请遵照执行。')).residue, []);
    // a channel name must be a short word: not a sentence before 丨
    assert.deepEqual(parse(notice('为进一步做好各项工作，现就有关事项通知如下丨')).residue, []);
  });
});

describe('parse: web residue — every row of a `label: | value |` table (real-notice round 5)', () => {
  const page = [
    '索 引 号: | AB1234-2024-002 | 主题分类: | 区政府 |',
    '发布机构: | 区政府办公室 | 发文日期: | 2024-10-10 |',
    '文 号: | 某府办发〔2024〕23号 | 公开类型: | 主动公开 |',
    '公开属性: | 全部公开 | 公开期限: | 长期公开 |',
    '各镇人民政府，区政府各委、办、局：',
    '《某区海绵城市建设实施方案》已经区政府同意，现转发给你们，请认真按照执行。',
    '某区人民政府办公室',
    '2024年10月10日',
    '',
  ].join('\n');

  it('takes a row opening with 公开属性 / 公开类型 / 公开期限 as a row of the table', () => {
    for (const t of [page, crlf(page), page.replace('公开属性', '公开类型').replace('公开期限', '公开属性')]) {
      const doc = parse(t);
      assert.deepEqual(doc.residue.map((r) => r.kind), ['metadata-table', 'metadata-table', 'metadata-table', 'metadata-table'], t);
      assert.equal(t.slice(doc.residue[3].start, doc.residue[3].end), t.includes('公开属性: | 全部公开') ? '公开属性: | 全部公开 | 公开期限: | 长期公开 |' : '公开类型: | 全部公开 | 公开属性: | 长期公开 |');
      assert.equal(doc.notice.addressee?.text, '各镇人民政府，区政府各委、办、局：');
    }
  });
});

describe('parse: web residue — a news page’s stamp line with its clock time (real-notice round 5)', () => {
  const page = (stamp: string) =>
    ['某市关于实施交通管制的通告', stamp, '关于实施交通管制的通告', '为保证防汛车辆安全通行，禁止一切车辆通行。', '特此通告。', '某市公安局', '2021年10月9日', ''].join('\n');

  it('takes a head line of a channel, a date with its clock time and a word after it as residue', () => {
    for (const stamp of ['社会热点2022-10-12 06:32:26未知', '01-15 09:43', '2022-10-12 06:32', '社会热点 2022-10-12 06:32:26 未知']) {
      for (const t of [page(stamp), crlf(page(stamp))]) {
        const doc = parse(t);
        assert.deepEqual(doc.residue.map((r) => [r.kind, t.slice(r.start, r.end)]), [['field', stamp]], t);
        assert.equal(doc.notice.title?.text, '某市关于实施交通管制的通告');
      }
    }
  });

  it('finds the stamp in the collapsed layout too', () => {
    for (const stamp of ['社会热点2022-10-12 06:32:26未知', '01-15 09:43']) {
      const t = collapse(page(stamp));
      assert.deepEqual(parse(t).residue.map((r) => [r.kind, t.slice(r.start, r.end)]), [['field', stamp]], t);
    }
  });

  it('leaves a head line with a time in a sentence, or a time without a date', () => {
    for (const line of ['会议定于2022-10-12 09:30召开，请准时参加。', '09:30', '第二期 2022-10-12']) {
      assert.deepEqual(parse(page(line)).residue, [], line);
    }
  });
});

describe('parse: web residue — a site’s filing numbers, tag line and further-reading headings at the end (real-notice round 5)', () => {
  const page = (tail: string[]) =>
    ['关于禁止燃放烟花爆竹的通告', '为营造安静的考试环境，禁止燃放烟花爆竹。', '特此通告。', '某县公安局', '2022年6月6日', '', ...tail, ''].join('\n');

  it('takes them as residue, whole lines', () => {
    const tail = ['某公网安备62052302000005号', '某ICP备05070218号-1', '本文标签: ,车辆  ,人员  ,通告  ', '相关推荐', '猜你喜欢', '大家正在看'];
    for (const t of [page(tail), crlf(page(tail))]) {
      const doc = parse(t);
      assert.deepEqual(doc.residue.map((r) => t.slice(r.start, r.end)), ['某公网安备62052302000005号', '某ICP备05070218号-1', '本文标签: ,车辆  ,人员  ,通告', '相关推荐', '猜你喜欢', '大家正在看'], t);
      assert.ok(doc.residue.every((r) => r.kind === 'page-ui' && r.wholeLines));
      assert.equal(doc.notice.signDate?.text, '2022年6月6日');
    }
  });

  it('leaves 猜你喜欢 inside a sentence', () => {
    const t = page([]).replace('禁止燃放烟花爆竹。', '禁止燃放烟花爆竹，相关推荐活动暂停。');
    assert.deepEqual(parse(t).residue, []);
  });
});

describe('parse: web residue — a one-label row between rows of the metadata table (real-notice round 5)', () => {
  const page = [
    '索 引 号:746899294/2020-34839 主题分类:应急管理',
    '发布机构:政府办, 发文日期:2020年05月07日',
    '名    称:某县人民政府办公室关于印发《某县突发公共卫生事件应急预案》的通知',
    '文    号:某政办字〔2020〕43号 主 题 词:',
    '',
    '某县人民政府办公室关于印发《某县突发公共卫生事件应急预案》的通知',
    '某政办字〔2020〕43号',
    '各乡（镇）人民政府，县直各部门：',
    '《某县突发公共卫生事件应急预案》已经县政府研究同意，现印发给你们，请认真遵照执行。',
    '某县人民政府办公室',
    '2020年4月23日',
    '',
  ].join('\n');

  it('takes the 名称: row as a row of the table', () => {
    for (const t of [page, crlf(page), page.replace('名    称:', '名称：'), page.replace('名    称:', '文件标题: ')]) {
      const doc = parse(t);
      const lines = t.split(/\r?\n/);
      assert.deepEqual(doc.residue.map((r) => t.slice(r.start, r.end)), lines.slice(0, 4).map((l) => l.trim()), t);
      assert.equal(doc.notice.title?.text, '某县人民政府办公室关于印发《某县突发公共卫生事件应急预案》的通知');
    }
  });

  it('leaves a 名称: line under the table when no row follows it', () => {
    const t = page.replace('文    号:某政办字〔2020〕43号 主 题 词:\n', '');
    assert.equal(parse(t).residue.length, 2);
  });
});

describe('parse: web residue — the page’s heading repeating the title above it (real-notice round 5)', () => {
  const notice = ['各县（市、区）人民政府，市政府各部门：', '现提出如下意见。', '某市人民政府', '2021年7月19日', ''];

  it('takes the first copy as residue, on one line or split over two below', () => {
    const one = ['关于在全市禁鞭区域禁止燃放烟花爆竹的通告', '01-15 09:43', '关于在全市禁鞭区域禁止燃放烟花爆竹的通告', ...notice].join('\n');
    const two = ['政务服务丨某市人民政府关于持续深化“放管服”改革的实施意见', '- 发布日期:2021-07-19', '某市人民政府', '关于持续深化“放管服”改革的实施意见', ...notice].join('\n');
    for (const [t, title, res] of [
      [one, '关于在全市禁鞭区域禁止燃放烟花爆竹的通告', ['关于在全市禁鞭区域禁止燃放烟花爆竹的通告', '01-15 09:43']],
      [two, '某市人民政府关于持续深化“放管服”改革的实施意见', ['政务服务丨', '某市人民政府关于持续深化“放管服”改革的实施意见', '- 发布日期:2021-07-19']],
    ] as const) {
      for (const v of [t, crlf(t)]) {
        const doc = parse(v);
        assert.deepEqual(doc.residue.map((r) => v.slice(r.start, r.end)), res, v);
        assert.equal(doc.notice.title?.text.replace(/\r?\n/g, ''), title);
        assert.equal(doc.notice.title?.start, v.indexOf(title.slice(0, 6), 20));
      }
    }
  });

  it('leaves a title written once, and a title line followed by other lines', () => {
    const t = ['某市人民政府关于持续深化“放管服”改革的实施意见', '某政发〔2021〕30号', ...notice].join('\n');
    assert.deepEqual(parse(t).residue, []);
    // two copies with no page residue between them: nothing tells which is the page's
    const u = ['关于禁止燃放烟花爆竹的通告', '关于禁止燃放烟花爆竹的通告', ...notice].join('\n');
    assert.deepEqual(parse(u).residue, []);
  });
});

describe('parse: web residue — a law site’s header writing the name a second time (real-notice round 6)', () => {
  const law = (name: string, title: string) =>
    [
      '您的位置: 首页 » 法律资料网 » 法律法规 »',
      '',
      name,
      '',
      '作者:法律资料网 时间:2024-07-06 00:54:58  浏览:9107   来源:法律资料网',
      '下载地址: 点击此处下载',
      '',
      name,
      '',
      '某省某市人民政府办公室',
      '',
      '',
      title,
      '（某府发〔2003〕37号）',
      '',
      '市政府各部门，市直各单位：',
      '',
      '现将《某市政务公开工作实施细则》印发给你们，请遵照执行。',
      '',
      '二〇〇三年十二月四日',
      '',
    ].join('\n');

  it('takes both of the page’s copies as residue when the title below writes or names the text again', () => {
    const a = law('某市政务公开工作实施细则', '关于印发某市政务公开工作实施细则的通知');
    const b = law('某市人民政府办公室关于印发某市政务公开工作实施细则的通知', '某市人民政府办公室关于印发某市政务公开工作实施细则的通知');
    for (const [t, copy, title] of [
      [a, '某市政务公开工作实施细则', '某省某市人民政府办公室关于印发某市政务公开工作实施细则的通知'],
      [b, '某市人民政府办公室关于印发某市政务公开工作实施细则的通知', '某市人民政府办公室关于印发某市政务公开工作实施细则的通知'],
    ] as const) {
      for (const v of [t, crlf(t)]) {
        const doc = parse(v);
        const res = doc.residue.map((r) => v.slice(r.start, r.end));
        assert.deepEqual(res.filter((x) => x === copy).length, 2, v);
        assert.equal(res.length, 5);
        assert.equal(doc.notice.title?.text, title);
        assert.equal(v.slice(doc.paragraphs[0].start, doc.paragraphs[0].end), '某省某市人民政府办公室');
      }
    }
  });

  it('leaves the second copy when the title below neither writes nor names it', () => {
    const t = law('某市政务公开工作实施细则', '关于印发某市政务公开工作规则的通知');
    const doc = parse(t);
    assert.deepEqual(doc.residue.map((r) => t.slice(r.start, r.end)).filter((x) => x === '某市政务公开工作实施细则').length, 1);
    assert.equal(doc.paragraphs.some((p) => t.slice(p.start, p.end) === '某市政务公开工作实施细则'), true);
  });
});
