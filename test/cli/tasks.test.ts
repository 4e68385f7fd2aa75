// `gongwen tasks FILE --format md|csv|json` as a user runs it (the built dist/cli.js).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeLineStarts, offsetToPosition } from '../../server/src/core/text';
import { seedPath, seedText } from '../helpers';
import { cliJs, ensureBuilt, root } from '../lsp/build';
import { SEED_TASKS } from '../fixtures/taskTable/seedTasks';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  bytes: Buffer;
}

function run(args: string[], cwd = root): Run {
  const r = spawnSync(process.execPath, [cliJs, ...args], { cwd, timeout: 60000 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), bytes: r.stdout };
}

interface JsonRow {
  path: string;
  task: string;
  leads: string[];
  participants: string[];
  deadline?: string;
  leadInherited?: boolean;
  part?: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const notice = [
  '关于做好2024年防汛工作的通知',
  '各县（市、区）人民政府，市政府各部门：',
  '一、加强监测预警',
  '（一）完善监测网络。加密雨量站点（市气象局牵头，市水利局参与）。开展汛前检查（市应急管理局牵头）。',
  '（二）健全预警发布机制。',
  '牵头单位：市发改委',
  '参与单位：市财政局、市水利局',
  '完成时限：2024年6月底前',
  '市人民政府',
  '2024年3月1日',
  '',
].join('\r\n');

describe('cli: gongwen tasks', function () {
  this.timeout(120000);
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'gongwen-tasks-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('md (the default): the seed\'s 24 rows, exit 0', () => {
    const r = run(['tasks', seedPath]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const lines = r.stdout.split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines[0], '| 序号 | 任务 | 牵头单位 | 参与单位 | 完成时限 |');
    assert.equal(lines[1], '| --- | --- | --- | --- | --- |');
    assert.deepEqual(
      lines.slice(2),
      SEED_TASKS.map(([path, task, leads, participants]) => `| ${path} | ${task} | ${leads.join('、')} | ${participants.join('、')} |  |`),
    );
    assert.equal(run(['tasks', '--format', 'md', seedPath]).stdout, r.stdout);
  });

  it('csv: BOM bytes EF BB BF, RFC 4180, CRLF; English header with --locale en', () => {
    const r = run(['tasks', '--format', 'csv', seedPath]);
    assert.equal(r.code, 0);
    assert.deepEqual([...r.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = r.stdout.slice(1).split('\r\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, 25);
    assert.equal(lines[0], '序号,任务,牵头单位,参与单位,完成时限');
    const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    assert.deepEqual(
      lines.slice(1),
      SEED_TASKS.map(([path, task, leads, participants]) => [path, task, leads.join('、'), participants.join('、'), ''].map(quote).join(',')),
    );
    assert.equal(lines[3].split(',"')[0], '二、(一)3.', 'a task holding a comma is quoted');
    const en = run(['tasks', '--format', 'csv', '--locale', 'en', seedPath]);
    assert.ok(en.stdout.startsWith('\ufeffNo.,Task,Lead units,Participating units,Deadline\r\n'));
  });

  it('json: rows with 0-based line/character ranges into the file', () => {
    const r = run(['tasks', '--format', 'json', seedPath]);
    assert.equal(r.code, 0);
    const rows = JSON.parse(r.stdout) as JsonRow[];
    assert.deepEqual(
      rows.map((x) => [x.path, x.task, x.leads, x.participants]),
      SEED_TASKS,
    );
    const text = seedText();
    const ls = computeLineStarts(text);
    const at = (p: { line: number; character: number }) => ls[p.line] + p.character;
    for (const x of rows) {
      assert.deepEqual(Object.keys(x), ['path', 'task', 'leads', 'participants', 'range']);
      const covered = text.slice(at(x.range.start), at(x.range.end));
      assert.ok(covered.includes(x.task), `${x.path}: the range holds the task`);
      assert.ok(covered.includes(x.leads[0]), `${x.path}: the range holds the lead line`);
    }
    assert.deepEqual(rows[0].range.start, offsetToPosition(ls, text.indexOf('1.研究制定')));
  });

  it('a file with a BOM and CRLF: ranges count the BOM as the editor does; shared paths, deadlines', () => {
    const file = join(dir, '防汛.txt');
    writeFileSync(file, '\ufeff' + notice, 'utf8');
    const rows = JSON.parse(run(['tasks', '--format', 'json', file]).stdout) as JsonRow[];
    assert.deepEqual(
      rows.map((x) => [x.path, x.task, x.leads, x.participants, x.deadline, x.part]),
      [
        ['一、（一）（之一）', '完善监测网络', ['市气象局'], ['市水利局'], undefined, 1],
        ['一、（一）（之二）', '开展汛前检查', ['市应急管理局'], [], undefined, 2],
        ['一、（二）', '健全预警发布机制', ['市发改委'], ['市财政局', '市水利局'], '2024年6月底前', undefined],
      ],
    );
    // line 3 is the （一） item; with the BOM in line 0 the other lines are unaffected
    assert.deepEqual(rows[0].range.start, { line: 3, character: 0 });
    assert.deepEqual(rows[1].range.start, { line: 3, character: notice.split('\r\n')[3].indexOf('开展') });
    assert.deepEqual(rows[2].range.start, { line: 4, character: 0 });
    assert.deepEqual(rows[2].range.end, { line: 7, character: '完成时限：2024年6月底前'.length });
    const md = run(['tasks', file]).stdout.split('\n');
    assert.equal(md[4], '| 一、（二） | 健全预警发布机制 | 市发改委 | 市财政局、市水利局 | 2024年6月底前 |');
  });

  it('bad usage and unreadable files: exit 2 with a message', () => {
    const bad = run(['tasks', '--format', 'xml', seedPath]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /xml/);
    assert.equal(bad.stdout, '');
    const two = run(['tasks', seedPath, seedPath]);
    assert.equal(two.code, 2);
    const none = run(['tasks', join(dir, 'nonexistent.txt')]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /文件不存在/);
    const missing = run(['tasks']);
    assert.equal(missing.code, 2);
  });

  it('a file over gongwen.maxFileSize: a message, the empty table, exit 0', () => {
    const sub = join(dir, 'big');
    rmSync(sub, { recursive: true, force: true });
    mkdirSync(sub);
    writeFileSync(join(sub, 'gongwen.json'), JSON.stringify({ maxFileSize: 100 }));
    const file = join(sub, 'notice.txt');
    writeFileSync(file, notice);
    const r = run(['tasks', file]);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /gongwen\.maxFileSize/);
    assert.equal(r.stdout, '| 序号 | 任务 | 牵头单位 | 参与单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n');
  });
});
