// A third round of correct QA notices (test/fixtures/qa3/*.txt), in styles qa/ and qa2/ do not cover: a 省政府办公厅
// 任务分工 with （X牵头，Y按职责分工负责） after twelve items; a 国务院办公厅 意见 naming many 部委 (国家发展改革委、
// 金融监管总局、国家数据局…); a 中共……市委办公室 notice naming party bodies and 群团 (市纪委市监委机关、团市委…); a 区
// notice to 各街道办事处、各镇人民政府; a task table with 完成时限 2024年6月底前 / 长期坚持 / 持续推进; an 应急预案 with
// 1．/（1）/① levels and Ⅳ级; a 会议 notice with times 9:30; a notice citing 法 titles, GB/T standards and 〔2021〕
// numbers of several issuers; English abbreviations (GDP, R&D, 5G, AI, PPP, ESG) with ranges 10%—12% and 10～20个;
// a scraped page with a 索引号/发布机构/生效日期 header; 一是/二是 and 第一/第二 prose ordinals; 书名号 titles with and
// without 、 between them; a joint 市委办公室/市政府办公室 notice with 附件 and 抄送; an 预案 numbered 1 / 1.1 whose prose
// starts 一、二级响应 (not a heading); CT/MRI, AI+, IPv6, HIS/LIS/PACS. Every error/warning/information finding not listed below is a false positive.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { taskTableRows } from '../server/src/core/features/taskTable';
import { parse } from '../server/src/core/parse';
import { check, collapse, crlf, root } from './helpers';

const DIR = join(root, 'test', 'fixtures', 'qa3');

const norm = (s: string) => s.replace(/\s+/g, ' ');

/** The findings each notice deserves (severity, rule id, covered text); notices not listed deserve none. */
const EXPECTED: Record<string, string[]> = {
  // the scraped 索引号/发布机构/生成日期/文号/生效日期 header is page residue: one finding covering it
  // a scraped page: 首页 > … breadcrumb, 发布日期/来源/浏览次数 fields, 上一篇/下一篇 links and page UI at the end
  'q27-scraped-shouye-shangyipian.txt': [
    'warning stray-web-residue 首页 > 政务公开 > 政策文件 > 区政府办文件',
    'warning stray-web-residue 发布日期：2024-03-01　　来源：区政府办公室　　浏览次数：386',
    'warning stray-web-residue 上一篇：嘉兴市秀洲区人民政府办公室关于做好春耕备耕工作的通知 下一篇：嘉兴市秀洲区人民政府办公室关于开展安全生产大检查的通知 【打印本页】【关闭窗口】',
  ],
  'q10-suoyin-header.txt': ['warning stray-web-residue 索引号：11330400002565867P/2024-123456 发布机构：嘉兴市人民政府办公室 生成日期：2024-06-05 文号：嘉政办发〔2024〕21号 生效日期：2024-06-05'],
};
/** Hints asserted too, where a notice was written to trigger one. */
const HINTS: Record<string, string[]> = {
  // 《…家庭教育促进法》、《…学前教育法》: a 、 between two 书名号 titles is only a hint
  'q12-shuminghao-serial.txt': ['hint punct-serial-comma 、'],
};
/** A Markdown table is never scraped onto one line. */
const TABLES = new Set(['q05-table-shixian.txt']);

function findings(text: string, hints = false): string[] {
  return check(text)
    .filter((f) => hints ? f.severity === 'hint' : f.severity !== 'hint')
    .map((f) => norm(`${f.severity} ${f.ruleId} ${text.slice(f.range.start, f.range.end)}`))
    .sort();
}

describe('QA notices, third round (precision)', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
  it('has at least 12 notices', () => {
    assert.ok(files.length >= 12, String(files.length));
  });
  for (const f of files) {
    const text = readFileSync(join(DIR, f), 'utf8');
    const want = (EXPECTED[f] ?? []).map(norm).sort();
    const layouts: Array<[string, string]> = [['as written', text], ['crlf', crlf(text)]];
    if (!TABLES.has(f)) layouts.push(['collapsed', collapse(text)]);
    for (const [name, t] of layouts) {
      it(`${f} (${name})`, () => {
        assert.deepEqual(findings(t), want);
        if (HINTS[f]) assert.deepEqual(findings(t, true), HINTS[f].map(norm).sort());
      });
    }
  }

  it('models the twelve （X牵头，Y按职责分工负责） items of the 任务分工 with their leads and participants', () => {
    const text = readFileSync(join(DIR, 'q01-sheng-fengong-qiantou.txt'), 'utf8');
    for (const t of [text, collapse(text)]) {
      const tasks = parse(t).tasks;
      assert.equal(tasks.length, 12);
      assert.deepEqual(tasks.map((x) => x.leads.map((u) => u.text).join('、')), [
        '省发展改革委', '省发展改革委', '省经信厅', '省科技厅', '省商务厅', '省人力社保厅',
        '省卫生健康委', '省医保局', '省交通运输厅', '省水利厅', '省应急管理厅', '省生态环境厅',
      ]);
      assert.deepEqual(tasks[2].participants.map((u) => u.text), ['省委网信办', '省科技厅', '省通信管理局']);
    }
  });

  it('reads the 完成时限 column of the task table, dates and 长期坚持/持续推进 alike', () => {
    const text = readFileSync(join(DIR, 'q05-table-shixian.txt'), 'utf8');
    assert.deepEqual(taskTableRows(parse(text)).map((r) => r.deadline), [
      '2024年6月底前', '2024年9月底前', '长期坚持', '持续推进', '长期坚持', '2024年12月底前',
    ]);
  });

  it('names the 部委 of the 国务院办公厅 意见 as written', () => {
    const text = readFileSync(join(DIR, 'q02-guowuyuan-yijian.txt'), 'utf8');
    const units = parse(text).tasks.flatMap((x) => [...x.leads, ...x.participants].map((u) => u.text));
    for (const u of ['国家发展改革委', '金融监管总局', '证监会', '国家数据局', '国务院国资委', '税务总局']) assert.ok(units.includes(u), u);
  });

  it('does not take the 预案 prose 一、二级响应由市指挥部启动 as a heading 一、', () => {
    const text = readFileSync(join(DIR, 'q16-yuan-decimal-yiererji.txt'), 'utf8');
    for (const t of [text, collapse(text)]) assert.deepEqual(parse(t).allSections.map((x) => x.marker.text), []);
  });

  it('takes 市纪委市监委机关 and the party bodies of the 市委 要点 as units (no unit finding)', () => {
    const text = readFileSync(join(DIR, 'q20-shiwei-xuanchuan-yaodian.txt'), 'utf8');
    const tasks = parse(text).tasks;
    assert.deepEqual(tasks.map((x) => x.leads.map((u) => u.text).join('、')), ['市委宣传部', '市委网信办', '市委宣传部（市文明办）', '市纪委市监委机关']);
    assert.deepEqual(tasks[2].participants.map((u) => u.text), ['团市委', '市总工会', '市妇联', '市工商联', '市科协', '市残联']);
  });
});
