// `gongwen fmt FILE [--write]` as a user runs it (dist/cli.js): output, in-place writing that keeps the
// file's encoding, BOM and line terminators, settings, exit codes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import iconv from 'iconv-lite';
import { join, relative } from 'node:path';
import { format } from '../../server/src/core/features/format';
import { resolveConfig } from '../../server/src/core/config';
import { crlf, seedPath, seedText } from '../helpers';
import { cliJs, ensureBuilt, root } from '../lsp/build';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd = root): Run {
  const r = spawnSync(process.execPath, [cliJs, ...args], { cwd, encoding: 'utf8', timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const collapsed = '关于开展安全生产检查的通知 各乡镇人民政府,县政府各部门: 一、总体要求 全面排查隐患。 三、工作重点 牵头单位:县应急管理局。 县人民政府办公室 2022年12月13日';
const formatted = ['关于开展安全生产检查的通知', '各乡镇人民政府，县政府各部门：', '一、总体要求', '全面排查隐患。', '二、工作重点', '牵头单位：县应急管理局。', '县人民政府办公室', '2022年12月13日'].join(
  '\n',
);

describe('cli: gongwen fmt', function () {
  this.timeout(120000);
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'gongwen-fmt-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the seed formatted exactly as the core formats it', () => {
    const r = run(['fmt', relative(root, seedPath)]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, format(seedText()));
    assert.equal(r.stdout.split('\n').length, 119);
    // stdout only: the file is not touched
    assert.equal(readFileSync(seedPath, 'utf8'), seedText());
  });

  it('formats a small collapsed notice', () => {
    const f = join(dir, 'small.txt');
    writeFileSync(f, collapsed);
    const r = run(['fmt', f]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, formatted);
    assert.equal(readFileSync(f, 'utf8'), collapsed);
  });

  it('--write rewrites UTF-8 with a BOM, keeping the BOM', () => {
    const f = join(dir, 'bom.txt');
    writeFileSync(f, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(collapsed, 'utf8')]));
    const r = run(['fmt', f, '--write']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    const bytes = readFileSync(f);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3).toString('utf8'), formatted);
  });

  it('--write keeps CRLF line terminators', () => {
    const f = join(dir, 'crlf.txt');
    const text = crlf(['发布日期：2022-12-13', collapsed, ''].join('\n'));
    writeFileSync(f, text);
    assert.equal(run(['fmt', '--write', f]).code, 0);
    const out = readFileSync(f, 'utf8');
    assert.equal(out, crlf(['发布日期：2022-12-13', formatted, ''].join('\n')));
    assert.equal(out.replace(/\r\n/g, '').includes('\n'), false);
  });

  it('--write on the seed (a temp copy) gives the core\'s result', () => {
    const f = join(dir, 'seed.txt');
    writeFileSync(f, readFileSync(seedPath));
    assert.equal(run(['fmt', f, '--write']).code, 0);
    assert.equal(readFileSync(f, 'utf8'), format(seedText()));
    // formatting again changes nothing and does not rewrite the file
    const mtime = statSync(f).mtimeMs;
    assert.equal(run(['fmt', f, '--write']).code, 0);
    assert.equal(statSync(f).mtimeMs, mtime);
    assert.equal(run(['fmt', f]).stdout, format(seedText()));
  });

  it('--write keeps UTF-16LE', () => {
    const f = join(dir, 'utf16.txt');
    writeFileSync(f, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(collapsed, 'utf16le')]));
    assert.equal(run(['fmt', f, '--write']).code, 0);
    const bytes = readFileSync(f);
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
    assert.equal(bytes.subarray(2).toString('utf16le'), formatted);
  });

  it('--write keeps UTF-16BE', () => {
    const f = join(dir, 'utf16be.txt');
    writeFileSync(f, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(collapsed, 'utf16le').swap16()]));
    assert.equal(run(['fmt', f, '--write']).code, 0);
    const bytes = readFileSync(f);
    assert.deepEqual([...bytes.subarray(0, 2)], [0xfe, 0xff]);
    assert.equal(Buffer.from(bytes.subarray(2)).swap16().toString('utf16le'), formatted);
  });

  it('follows format settings in gongwen.json', () => {
    const sub = mkdtempSync(join(dir, 'cfg-'));
    writeFileSync(join(sub, 'gongwen.json'), JSON.stringify({ format: { punctuation: false, renumber: false } }));
    const f = join(sub, 'n.txt');
    writeFileSync(f, collapsed);
    const r = run(['fmt', f]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, format(collapsed, resolveConfig({ format: { punctuation: false, renumber: false } }).config));
    assert.ok(r.stdout.includes('各乡镇人民政府,县政府各部门:\n一、总体要求\n全面排查隐患。\n三、工作重点'));
  });

  it('exits 2 on bad usage and unreadable files', () => {
    for (const args of [['fmt'], ['fmt', 'a.txt', 'b.txt'], ['fmt', '--wrte', 'a.txt'], ['fmt', '--format', 'json', relative(root, seedPath)]]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^gongwen: /);
    }
    const missing = run(['fmt', join(dir, 'missing.txt'), '--locale', 'en']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*missing\.txt: no such file/);
  });

  it('writes a GB18030 (GBK) file back in GB18030', () => {
    const f = join(dir, 'gbk.txt');
    const gbk = iconv.encode(collapsed, 'gb18030');
    writeFileSync(f, gbk);
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)); // really not UTF-8
    const r = run(['fmt', f, '--write']);
    assert.equal(r.code, 0, r.stderr);
    const out = readFileSync(f);
    assert.equal(new TextDecoder('gb18030').decode(out), formatted);
    // 各乡镇人民政府，县政府各部门： — the full-width comma and colon are GBK's A3AC and A3BA
    const line = Buffer.from('b8f7cfe7d5f2c8cbc3f1d5feb8aea3accfd8d5feb8aeb8f7b2bfc3c5a3ba', 'hex');
    assert.ok(out.includes(line), out.toString('hex'));
    assert.equal(out.indexOf(Buffer.from([0xef, 0xbb, 0xbf])), -1); // no BOM added
  });

  it('is listed in --help', () => {
    assert.match(run(['--help']).stdout, /gongwen fmt 文件 \[--write\]/);
    assert.match(run(['--help', '--locale', 'en']).stdout, /gongwen fmt FILE \[--write\]/);
  });
});
