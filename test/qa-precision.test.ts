// More correct QA notices (test/fixtures/qa2/*.txt), in styles test/fixtures/qa/ does not cover: a scraped page with
// blank lines between paragraphs and U+3000 indentation; （1） and ① levels; 第一条…第六条 articles in an attached 办法;
// a 县 notice to 各乡镇人民政府、街道办事处; a Markdown task table (| --- |); half-width punctuation throughout; headings
// ending in 。 consistently; a 3,000-character notice with many units; a joint notice with two signatures; a notice
// collapsed onto one line with U+3000 between paragraphs. Correct documents: apart from the listed finding on the
// half-width notice, every error/warning/information finding is a false positive. Plus notices in GB18030 read
// through the CLI's decoder and by the CLI itself.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../server/src/core/parse';
import { decodeBytes } from '../server/src/node/decode';
import { check, collapse, crlf, root } from './helpers';
import { cliJs, ensureBuilt } from './lsp/build';

const DIR = join(root, 'test', 'fixtures', 'qa2');
const GB = join(root, 'test', 'fixtures', 'qa2-gb18030');

const norm = (s: string) => s.replace(/\s+/g, ' ');

/** The findings each notice deserves (severity, rule id, covered text); notices not listed deserve none. */
const EXPECTED: Record<string, string[]> = {
  // half-width punctuation throughout: one summary finding (the per-run hints are not counted)
  'p06-halfwidth-brackets.txt': ['information punct-half-width ,'],
  // 各县(市、区)政府 with half-width brackets in a table cell
  'p14-md-table-shijian.txt': ['information punct-half-width ('],
};
/** A Markdown table is never scraped onto one line. */
const TABLES = new Set(['p05-markdown-table.txt', 'p14-md-table-shijian.txt']);

function findings(text: string): string[] {
  return check(text)
    .filter((f) => f.severity !== 'hint')
    .map((f) => norm(`${f.severity} ${f.ruleId} ${text.slice(f.range.start, f.range.end)}`))
    .sort();
}

describe('QA notices, more styles (precision)', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
  it('has at least 10 notices', () => {
    assert.ok(files.length >= 10, String(files.length));
  });
  for (const f of files) {
    const text = readFileSync(join(DIR, f), 'utf8');
    const want = (EXPECTED[f] ?? []).map(norm).sort();
    const layouts: Array<[string, string]> = [['as written', text], ['crlf', crlf(text)], ['blank lines between paragraphs', text.replace(/\n/g, '\n\n')]];
    if (!TABLES.has(f)) layouts.push(['collapsed', collapse(text)]);
    for (const [name, t] of layouts) {
      it(`${f} (${name})`, () => {
        assert.deepEqual(findings(t), want);
      });
    }
  }

  it('the long notice is over 3,000 characters and models its 12 tasks with their leads', () => {
    const text = readFileSync(join(DIR, 'p08-long-many-units.txt'), 'utf8');
    assert.ok(text.length > 3000, String(text.length));
    const tasks = parse(text).tasks;
    assert.equal(tasks.length, 12);
    assert.deepEqual(tasks.map((t) => t.leads.map((u) => u.text).join('、')), [
      '市行政审批局', '市建设局', '市自然资源和规划局', '市税务局', '人行嘉兴市中心支行', '市委人才办',
      '市科技局', '国网嘉兴供电公司', '市市场监管局', '市司法局', '市政府办公室', '市委督查室',
    ]);
    assert.deepEqual(tasks[8].participants.map((u) => u.text), ['市公安局', '市中级人民法院', '市人民检察院']);
  });

  describe('GB18030 notices', () => {
    const gb = (f: string) => readFileSync(join(GB, f));
    it('decode as GB18030 and give the same findings as their UTF-8 text', () => {
      const d1 = decodeBytes(gb('g01-xian-fangxun.gb18030.txt'));
      assert.equal(d1.encoding, 'gb18030');
      assert.ok(d1.text.startsWith('海盐县人民政府办公室关于做好2023年度防汛防台工作的通知\n'));
      assert.deepEqual(findings(d1.text), []);
      const d2 = decodeBytes(gb('g02-dates-errors.gb18030.txt'));
      assert.equal(d2.text, readFileSync(join(root, 'test', 'fixtures', 'qa-errors', 'e11-dates.txt'), 'utf8'));
      assert.deepEqual(findings(d2.text), ['error date-future-reference 2011—2009年', 'error date-future-reference 〔2024〕', 'error date-invalid 2023年4月31日']);
    });
    it('are read by the CLI (positions in the decoded text, exit code by severity)', function () {
      this.timeout(120000);
      ensureBuilt();
      const run = (f: string) => spawnSync(process.execPath, [cliJs, 'check', join(GB, f)], { cwd: root, encoding: 'utf8', timeout: 60000 });
      const ok = run('g01-xian-fangxun.gb18030.txt');
      assert.equal(ok.status, 0, ok.stderr);
      assert.equal(ok.stdout.split('\n').filter((l) => / (error|warning|information) /.test(l)).length, 0, ok.stdout);
      const bad = run('g02-dates-errors.gb18030.txt');
      assert.equal(bad.status, 1, bad.stderr);
      const lines = bad.stdout.split('\n').filter((l) => / error /.test(l)).map((l) => l.replace(/^.*?\.txt:/, '').split(' ').slice(0, 3).join(' '));
      assert.deepEqual(lines, ['3:31: error date-future-reference', '4:23: error date-invalid', '5:16: error date-future-reference']);
    });
  });
});
