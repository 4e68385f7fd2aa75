// The built CLI (dist/cli.js) as a user runs it: output formats, exit codes, decoding, outline.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../server/src/core/analyze';
import { resolveConfig, type GongwenConfig } from '../../server/src/core/config';
import { buildOutline, type OutlineNode } from '../../server/src/core/features/outline';
import { parse } from '../../server/src/core/parse';
import { allRules } from '../../server/src/core/rules';
import type { Finding } from '../../server/src/core/rule';
import { computeLineStarts, offsetToPosition } from '../../server/src/core/text';
import { decodeBytes } from '../../server/src/node/decode';
import { locateJsonError } from '../../server/src/node/json';
import { seedPath, seedText } from '../helpers';
import { cliJs, ensureBuilt, root } from '../lsp/build';
import { TestClient } from '../lsp/client';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd = root): Run {
  const r = spawnSync(process.execPath, [cliJs, ...args], { cwd, encoding: 'utf8', timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const severities: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };

// A small notice whose list skips 三、 (numbering-sequence: error, fix 四 → 三).
const numbered = [
  '关于开展安全生产检查的通知',
  '各乡镇人民政府，县政府各部门：',
  '一、总体要求',
  '全面排查隐患。',
  '二、工作重点',
  '突出重点行业。',
  '四、保障措施',
  '加强组织领导。',
  '县人民政府',
  '2024年3月1日',
  '',
].join('\n');

const allOff = Object.fromEntries(allRules.map((r) => [r.id, 'off']));
const onlySequence = { rules: { ...allOff, 'numbering-sequence': 'error' } };

/** What the CLI must print, computed in-process from the core. */
function expectedText(file: string, text: string, findings: Finding[], locale: 'zh' | 'en' = 'zh'): string {
  const ls = computeLineStarts(text);
  return findings
    .map((f) => {
      const p = offsetToPosition(ls, f.range.start);
      return `${file}:${p.line + 1}:${p.character + 1}: ${f.severity} ${f.ruleId} ${f.message[locale].replace(/\r\n|[\r\n]/g, ' ')}\n`;
    })
    .join('');
}

function expectedJson(file: string, text: string, findings: Finding[], locale: 'zh' | 'en' = 'zh'): unknown {
  const ls = computeLineStarts(text);
  const range = (r: { start: number; end: number }) => ({ start: offsetToPosition(ls, r.start), end: offsetToPosition(ls, r.end) });
  return [
    {
      file,
      diagnostics: findings.map((f) => ({
        range: range(f.range),
        severity: severities[f.severity],
        code: f.ruleId,
        message: f.message[locale],
        fixes: f.fixes.map((x) => ({ title: x.title[locale], edits: x.edits.map((e) => ({ range: range(e.range), newText: e.newText })) })),
      })),
    },
  ];
}

describe('gongwen CLI (dist/cli.js)', function () {
  this.timeout(60000);
  let dir: string;
  const write = (name: string, content: string | Buffer) => {
    const p = join(dir, name);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, content);
    return p;
  };
  const config = (raw: unknown): GongwenConfig => resolveConfig(raw).config;

  before(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'gongwen-cli-'));
    write('seq/gongwen.json', JSON.stringify(onlySequence));
    write('seq/n.txt', numbered);
    write('seq/deeper/still/n.txt', numbered);
    write('off/gongwen.json', JSON.stringify({ rules: allOff }));
    write('off/n.txt', numbered);
    write('plain/n.txt', numbered);
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  describe('check', () => {
    it('prints file:line:col: severity rule-id message, exit 1 on an error-level finding', () => {
      const file = join(dir, 'seq', 'n.txt');
      const r = run(['check', file]);
      const findings = analyze(numbered, { config: config(onlySequence) }).findings;
      assert.equal(findings.length, 1);
      assert.equal(r.stdout, expectedText(file, numbered, findings));
      assert.match(r.stdout, /^.*n\.txt:7:1: error numbering-sequence \S.*\n$/);
      assert.equal(r.stderr, '');
      assert.equal(r.code, 1);
    });

    it('prints every finding of the seed exactly as the core reports them (all rules, default settings)', () => {
      const rel = relative(root, seedPath);
      const r = run(['check', rel]);
      const text = seedText();
      const findings = analyze(text).findings;
      assert.equal(r.stdout, expectedText(rel, text, findings));
      for (const line of r.stdout.trimEnd().split('\n')) assert.match(line, /^seeds\/000_0d713a18524f5318\.txt:\d+:\d+: (error|warning|information|hint) [a-z0-9-]+ \S/);
      assert.equal(r.code, findings.some((f) => f.severity === 'error') ? 1 : 0);
    });

    it('--format json: LSP ranges and severities, with the fixes', () => {
      const file = join(dir, 'seq', 'n.txt');
      const r = run(['check', '--format', 'json', file]);
      const findings = analyze(numbered, { config: config(onlySequence) }).findings;
      assert.deepEqual(JSON.parse(r.stdout), expectedJson(file, numbered, findings));
      const [entry] = JSON.parse(r.stdout) as { diagnostics: { range: unknown; severity: number; code: string; fixes: { edits: { range: unknown; newText: string }[] }[] }[] }[];
      assert.deepEqual(entry.diagnostics[0].range, { start: { line: 6, character: 0 }, end: entry.diagnostics[0].range && (entry.diagnostics[0].range as { end: unknown }).end });
      assert.equal(entry.diagnostics[0].severity, 1);
      assert.equal(entry.diagnostics[0].code, 'numbering-sequence');
      assert.ok(entry.diagnostics[0].fixes.length >= 1);
      assert.equal(r.code, 1);
      // --format=json works too, and several files give several entries
      const r2 = run(['check', `--format=json`, file, join(dir, 'off', 'n.txt')]);
      assert.deepEqual(
        (JSON.parse(r2.stdout) as { file: string; diagnostics: unknown[] }[]).map((e) => [e.file, e.diagnostics.length]),
        [
          [file, 1],
          [join(dir, 'off', 'n.txt'), 0],
        ],
      );
    });

    it('exit 0 when no finding is an error', () => {
      const r = run(['check', join(dir, 'off', 'n.txt')]);
      assert.equal(r.stdout, '');
      assert.equal(r.code, 0);
      const warn = write('warn/gongwen.json', JSON.stringify({ rules: { ...allOff, 'numbering-sequence': 'warning' } }));
      const r2 = run(['check', '--config', warn, join(dir, 'plain', 'n.txt')]);
      assert.match(r2.stdout, /:7:1: warning numbering-sequence /);
      assert.equal(r2.code, 0);
    });

    it('--locale en', () => {
      const file = join(dir, 'seq', 'n.txt');
      const r = run(['check', '--locale', 'en', file]);
      const findings = analyze(numbered, { config: config(onlySequence) }).findings;
      assert.equal(r.stdout, expectedText(file, numbered, findings, 'en'));
      assert.doesNotMatch(r.stdout.split(' numbering-sequence ')[1], /序号跳号/);
      const j = run(['check', '--locale=en', '--format', 'json', file]);
      assert.deepEqual(JSON.parse(j.stdout), expectedJson(file, numbered, findings, 'en'));
    });

    it('finds gongwen.json by walking up from the file, and --config overrides it', () => {
      const deep = join(dir, 'seq', 'deeper', 'still', 'n.txt');
      assert.match(run(['check', deep]).stdout, /^[^\n]*:7:1: error numbering-sequence [^\n]*\n$/);
      const r = run(['check', '--config', join(dir, 'off', 'gongwen.json'), deep]);
      assert.equal(r.stdout, '');
      assert.equal(r.code, 0);
    });

    it('reports a broken gongwen.json naming the file and line, and checks with the defaults', () => {
      const cfg = write('broken/gongwen.json', '{\n  "rules": {\n    "numbering-sequence": "off",\n  }\n}\n');
      const file = write('broken/n.txt', numbered);
      const r = run(['check', file]);
      assert.equal(r.stderr, `gongwen: 配置文件 ${cfg} 第 4 行第 3 列有 JSON 语法错误（末尾多余的逗号）；已使用默认设置。\n`);
      assert.match(r.stdout, /:7:1: error numbering-sequence /, 'defaults used: the rule is on');
      const en = run(['check', '--locale', 'en', file]);
      assert.match(en.stderr, new RegExp(`Settings file ${cfg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, line 4, column 3: JSON syntax error`));
      const typed = write('typed/gongwen.json', '{\n  "maxNumberOfProblems": "many",\n  "rules": { "numbering-sequence": "loud" }\n}\n');
      const r2 = run(['check', write('typed/n.txt', numbered)]);
      assert.equal(
        r2.stderr,
        `gongwen: 配置文件 ${typed} 第 3 行：rules.numbering-sequence 的值无效，应为 off、hint、information、warning 或 error；已使用默认值。\n` +
          `gongwen: 配置文件 ${typed} 第 2 行：maxNumberOfProblems 的值无效，应为非负整数；已使用默认值。\n`,
      );
      assert.match(r2.stdout, /:7:1: error numbering-sequence /);
    });

    it('honours per-document settings ("documents" in gongwen.json)', () => {
      write('perdoc/gongwen.json', JSON.stringify({ rules: onlySequence.rules, documents: { 'b/quiet.txt': { rules: { 'numbering-sequence': 'off' } } } }));
      const quiet = write('perdoc/b/quiet.txt', numbered);
      const loud = write('perdoc/b/loud.txt', numbered);
      const r = run(['check', quiet, loud]);
      assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
      assert.match(r.stdout, /loud\.txt:7:1: error numbering-sequence /);
    });

    it('exit 2 on bad usage, with a clear message', () => {
      const file = join(dir, 'seq', 'n.txt');
      const cases: [string[], RegExp][] = [
        [[], /缺少命令/],
        [['check'], /check 需要文件名/],
        [['lint', file], /未知命令“lint”/],
        [['check', '--format', 'xml', file], /--format 应为 text、json 之一/],
        [['check', '--format'], /选项 --format 需要一个值/],
        [['check', '--locale', 'fr', file], /--locale 应为 zh-CN 或 en/],
        [['check', '--frobnicate', file], /未知选项 --frobnicate/],
        [['outline', file, file], /outline 只接受 1 个文件/],
        [['check', '--config', join(dir, 'nope.json'), file], /配置文件 .*nope\.json 不存在/],
        [['--locale', 'en', 'check'], /check needs a file name/],
      ];
      for (const [args, message] of cases) {
        const r = run(args);
        assert.equal(r.code, 2, `exit 2 for ${args.join(' ')}`);
        assert.match(r.stderr, message, args.join(' '));
        assert.equal(r.stdout, '', args.join(' '));
      }
    });

    it('exit 2 on an unreadable file, still checking the others', () => {
      const good = join(dir, 'seq', 'n.txt');
      const missing = join(dir, 'missing.txt');
      const r = run(['check', missing, good]);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, `gongwen: 无法读取 ${missing}：文件不存在\n`);
      assert.match(r.stdout, /n\.txt:7:1: error numbering-sequence /);
      const en = run(['check', '--locale', 'en', missing]);
      assert.equal(en.stderr, `gongwen: cannot read ${missing}: no such file\n`);
      assert.equal(en.code, 2);
    });

    it('checks the notice files of a folder: .gongwen and .gw always, .txt when it looks like a notice', () => {
      const folder = join(dir, 'folder');
      const plan = write('folder/a.gongwen', numbered);
      const nested = write('folder/sub/b.txt', numbered);
      const short = write('folder/sub/c.gw', '一、甲\n三、乙\n');
      const list = write('folder/sub/d.txt', '购物清单\n一、苹果\n三、香蕉\n');
      write('folder/.hidden/e.txt', numbered);
      write('folder/node_modules/f.txt', numbered);
      write('folder/g.md', numbered);
      const r = run(['check', '--config', join(dir, 'seq', 'gongwen.json'), folder]);
      // depth first in name order; d.txt (no title, no 主送机关) is skipped, and said so; hidden folders,
      // node_modules and other extensions are not looked at
      assert.deepEqual(
        r.stdout.split('\n').filter(Boolean).map((l) => l.slice(0, l.indexOf(': '))),
        [`${plan}:7:1`, `${nested}:7:1`, `${short}:2:1`],
      );
      assert.equal(r.stderr, `gongwen: 跳过 1 个看起来不是公文的 .txt 文件（要检查，请直接写出文件名）：${list}\n`);
      assert.equal(r.code, 1);
      // named on the command line, the same .txt is checked
      assert.match(run(['check', '--config', join(dir, 'seq', 'gongwen.json'), list]).stdout, /d\.txt:3:1: error numbering-sequence /);
      // json: one entry per file checked
      const j = run(['check', '--format', 'json', '--locale', 'en', '--config', join(dir, 'seq', 'gongwen.json'), folder]);
      assert.deepEqual((JSON.parse(j.stdout) as { file: string }[]).map((e) => e.file), [plan, nested, short]);
      assert.match(j.stderr, /^gongwen: skipped 1 \.txt file\(s\) that do not look like notices \(name a file to check it anyway\): .*d\.txt\n$/);
    });

    it('says so when a folder holds no notice file', () => {
      const empty = join(dir, 'empty');
      mkdirSync(empty, { recursive: true });
      write('empty/notes.md', '# 笔记');
      const r = run(['check', empty]);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, `gongwen: 目录 ${empty} 中没有 .txt、.gongwen 或 .gw 文件。\n`);
      assert.equal(r.code, 0);
    });

    it('reads a GB18030 file (not valid UTF-8) correctly', () => {
      // 一、你好 / 二、你好 / 四、你好 in GB18030: 一 D2BB, 二 B6FE, 四 CBC4, 、 A1A2, 你 C4E3, 好 BAC3
      const bytes = Buffer.from('d2bba1a2c4e3bac30a' + 'b6fea1a2c4e3bac30a' + 'cbc4a1a2c4e3bac30a', 'hex');
      const file = write('seq/gb.txt', bytes);
      const r = run(['check', file]);
      assert.match(r.stdout, /^[^\n]*gb\.txt:3:1: error numbering-sequence [^\n]*“三、”[^\n]*\n$/);
      assert.equal(r.code, 1);
      const o = run(['outline', file]);
      assert.equal(o.stdout, '一、你好\n二、你好\n四、你好\n');
    });

    it('drops a UTF-8 BOM without shifting columns', () => {
      const file = write('seq/bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(numbered, 'utf8')]));
      assert.match(run(['check', file]).stdout, /bom\.txt:7:1: error numbering-sequence /);
    });
  });

  describe('outline', () => {
    it('prints the seed as an indented tree with lead units after " — "', () => {
      const r = run(['outline', relative(root, seedPath)]);
      assert.equal(r.code, 0);
      let expected = '';
      const walk = (nodes: OutlineNode[], depth: number) => {
        for (const n of nodes) {
          expected += `${'  '.repeat(depth)}${n.name}${n.detail ? ` — ${n.detail}` : ''}\n`;
          walk(n.children, depth + 1);
        }
      };
      walk(buildOutline(parse(seedText())), 0);
      assert.equal(r.stdout, expected);
      const lines = r.stdout.split('\n');
      assert.equal(lines[0], '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知');
      for (const l of ['    一、总体要求', '    二、工作重点', '    三、保障措施', '      (五)加快服务业品牌建设 — 市工商局、市质量技监局', '        1.优先发展现代物流和专业市场 — 市发展改革委'])
        assert.ok(lines.includes(l), `outline has '${l}'`);
    });

    it('--format json is exactly what the language server returns as document symbols', async () => {
      const r = run(['outline', '--format', 'json', seedPath]);
      assert.equal(r.code, 0);
      const cli = JSON.parse(r.stdout);
      assert.ok(Array.isArray(cli) && cli.length > 0);
      const client = new TestClient();
      try {
        await client.start();
        const uri = pathToFileURL(seedPath).href;
        await client.open(uri, readFileSync(seedPath, 'utf8'));
        const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
        assert.deepEqual(cli, symbols);
      } finally {
        await client.stop();
      }
    });
  });

  describe('tasks', () => {
    it('prints the seed\'s task table: 24 rows, each with a lead (md, default)', () => {
      const r = run(['tasks', seedPath]);
      assert.equal(r.code, 0);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines[0], '| 序号 | 任务 | 牵头单位 | 参与单位 | 完成时限 |');
      assert.equal(lines[1], '| --- | --- | --- | --- | --- |');
      assert.equal(lines.length, 2 + 24);
      assert.equal(lines[8], '| 二、(二)1. | 优先发展现代物流和专业市场 | 市发展改革委 | 各县(市、区)政府、市经贸委、市财政局、市交通局、市工商局、嘉兴经济技术开发区(国际商务区)管委会、嘉兴港区管委会、嘉兴港务局、嘉物集团 |  |');
      for (const l of lines.slice(2)) assert.match(l, /^\| [^|]+ \| .+ \| [^|\s][^|]* \| /, 'every task has a lead');
    });

    it('csv is UTF-8 with a BOM and CRLF; json has the rows with LSP ranges', () => {
      const csv = run(['tasks', '--format', 'csv', '--locale', 'en', seedPath]);
      assert.ok(csv.stdout.startsWith('\ufeffNo.,Task,Lead units,Participating units,Deadline\r\n'));
      assert.equal(csv.stdout.split('\r\n').length, 1 + 24 + 1);
      assert.match(csv.stdout, /\r\n二、\(二\)1\.,优先发展现代物流和专业市场,市发展改革委,各县\(市、区\)政府、/);
      const json = JSON.parse(run(['tasks', '--format', 'json', seedPath]).stdout) as { path: string; task: string; leads: string[]; participants: string[]; range: { start: { line: number } } }[];
      assert.equal(json.length, 24);
      assert.deepEqual(json[json.length - 1].leads, ['市委宣传部']);
      assert.equal(json[json.length - 1].path, '三、(五)');
      assert.equal(json[0].range.start.line, 4);
    });
  });

  it('--help and --version', () => {
    const h = run(['--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /gongwen check 文件或目录…/);
    assert.match(h.stdout, /默认 zh-CN/);
    const he = run(['check', '--help', '--locale', 'en']);
    assert.match(he.stdout, /gongwen check FILE\|FOLDER… \[--format text\|json\]/);
    const v = run(['--version']);
    assert.equal(v.stdout, `${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
    assert.equal(v.code, 0);
  });

  it('npm start runs check and outline on the seed and succeeds', () => {
    const r = spawnSync('npm', ['start', '--silent'], { cwd: root, encoding: 'utf8', timeout: 120000 });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /seeds\/000_0d713a18524f5318\.txt:\d+:\d+: error /);
    assert.match(r.stdout, /\n {4}一、总体要求\n/);
  });
});

describe('decoding and settings files (Node helpers)', () => {
  it('decodes UTF-8 (BOM dropped), UTF-16 with a BOM, and GB18030', () => {
    assert.deepEqual(decodeBytes(Buffer.from('\ufeff一、你好', 'utf8')), { text: '一、你好', encoding: 'utf-8' });
    assert.deepEqual(decodeBytes(Buffer.from('d2bba1a2c4e3bac3', 'hex')), { text: '一、你好', encoding: 'gb18030' });
    assert.deepEqual(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('你好', 'utf16le')])), { text: '你好', encoding: 'utf-16le' });
    assert.deepEqual(decodeBytes(Buffer.from('plain ascii')), { text: 'plain ascii', encoding: 'utf-8' });
  });

  it('locates JSON syntax errors by line and column', () => {
    const at = (s: string) => {
      const e = locateJsonError(s);
      return `${e.line}:${e.column} ${e.message.en}`;
    };
    assert.equal(at('{\n  "a": 1,\n}'), '3:1 trailing comma');
    assert.equal(at('{\n  "a": }'), "2:8 unexpected character '}'");
    assert.equal(at('{"a": 1'), "1:8 unexpected end of input (missing '}')");
    assert.equal(at('{"a" 1}'), "1:6 expected ':' after a property name");
    assert.equal(at('{"a": "x\ny"}'), '1:9 unescaped control character in a string (or a missing closing quote)');
    assert.equal(at('[1, 2] x'), '1:8 unexpected content after the JSON value');
    assert.equal(at(''), '1:1 unexpected end of input');
    assert.equal(at('['.repeat(100000)), '1:100001 unexpected end of input');
  });
});
