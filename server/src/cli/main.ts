// The gongwen CLI: the same core as the language server, no VS Code.
//   gongwen check FILE|FOLDER… [--format text|json] [--locale zh-CN|en] [--config FILE]
//   gongwen outline FILE [--format text|json] [--locale zh-CN|en] [--config FILE]
//   gongwen tasks FILE [--format md|csv|json] [--locale zh-CN|en] [--config FILE]
//   gongwen fmt FILE [--write] [--locale zh-CN|en] [--config FILE]
// Exit codes: 0 no error-level finding, 1 an error-level finding, 2 bad usage or an unreadable file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DETECT_LIMIT, looksLikeNotice } from '../core/features/detect';
import { buildOutline, type OutlineNode } from '../core/features/outline';
import { parse } from '../core/parse';
import { stripBom } from '../core/analyze';
import type { GongwenConfig } from '../core/config';
import { localize, type Locale } from '../core/rule';
import { analyzeDocument, utf8Length } from '../lsp/analysis';
import { Mapper, toDiagnostic, toDocumentSymbols, toFixJson } from '../lsp/convert';
import type { TaskTableFormat } from '../core/features/taskTable';
import { decodeBytes } from '../node/decode';
import { documentKey, findConfigFile, layerConfig, readConfigFile, type ConfigFile, type SettingsProblem } from '../node/workspaceConfig';
import { parseArgs, UsageError, type CommandSpec, type ParsedArgs } from './args';
import { tasksOutput } from './tasks';
import { runFmt } from './fmt';

export const commands: CommandSpec[] = [
  { name: 'check', formats: ['text', 'json'], minFiles: 1, maxFiles: Infinity },
  { name: 'outline', formats: ['text', 'json'], minFiles: 1, maxFiles: 1 },
  { name: 'tasks', formats: ['md', 'csv', 'json'], minFiles: 1, maxFiles: 1 },
  { name: 'fmt', formats: ['text'], minFiles: 1, maxFiles: 1, flags: ['--write'] },
];

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

function version(): string {
  for (const p of [join(__dirname, '..', 'package.json'), join(__dirname, '..', '..', '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(p, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'gongwen' && pkg.version) return pkg.version;
    } catch {
      // try the next location
    }
  }
  return 'unknown';
}

function help(locale: Locale): string {
  if (locale === 'en')
    return `gongwen ${version()} — checks Chinese government notices (公文) against GB/T 9704-2012 and GB/T 15834-2011

Usage:
  gongwen check FILE|FOLDER… [--format text|json] [--locale zh-CN|en] [--config FILE]
  gongwen outline FILE [--format text|json] [--locale zh-CN|en] [--config FILE]
  gongwen tasks FILE [--format md|csv|json] [--locale zh-CN|en] [--config FILE]
  gongwen fmt FILE [--write] [--locale zh-CN|en] [--config FILE]

Commands:
  check     report findings; text: file:line:col: severity rule-id message
            (1-based line and column, column in UTF-16 units); json: LSP ranges and severities.
            A folder stands for its .gongwen, .gw and .txt files (subfolders too); a .txt found
            there is checked only if it looks like a notice
  outline   the notice's outline (title, attached document, sections 一、（一）1.（1）);
            json: the same DocumentSymbol[] the language server returns
  tasks     the task table (任务分解表): number path, task, lead and participating units, deadline;
            md (default), csv (UTF-8 with BOM, opens in Excel/WPS) or json
  fmt       the formatted notice on stdout: one paragraph per line, lists renumbered,
            full-width punctuation in Chinese text; --write rewrites the file in place
            (keeping its encoding, BOM and line terminators)

Options:
  --format FORMAT     output format (check/outline: text|json, default text; tasks: md|csv|json, default md)
  --locale zh-CN|en   language of messages (default zh-CN)
  --config FILE       settings file (default: gongwen.json in the file's folder or the nearest parent)
  -h, --help          this help
  -V, --version       the version

Files are read as UTF-8 (a BOM is dropped); a file that is not valid UTF-8 is read as GB18030 (GBK).
Exit status: 0 no error-level finding, 1 at least one error-level finding, 2 bad usage or unreadable file.
`;
  return `gongwen ${version()} —— 按 GB/T 9704-2012《党政机关公文格式》和 GB/T 15834-2011《标点符号用法》检查公文

用法：
  gongwen check 文件或目录… [--format text|json] [--locale zh-CN|en] [--config 配置文件]
  gongwen outline 文件 [--format text|json] [--locale zh-CN|en] [--config 配置文件]
  gongwen tasks 文件 [--format md|csv|json] [--locale zh-CN|en] [--config 配置文件]
  gongwen fmt 文件 [--write] [--locale zh-CN|en] [--config 配置文件]

命令：
  check     列出问题。text 格式：文件:行:列: 严重程度 规则编号 说明
            （行、列从 1 起算，列按 UTF-16 码元计）；json 格式：LSP 的范围和严重程度。
            给出目录则检查其中（含子目录）的 .gongwen、.gw 和 .txt 文件，
            其中的 .txt 文件只在看起来像公文时才检查
  outline   输出公文大纲（标题、所印发的文件、一、（一）1.（1）各级标题）；
            json 格式与语言服务器返回的 DocumentSymbol[] 相同
  tasks     输出任务分解表：序号、任务、牵头单位、参与单位、完成时限；
            md（默认）、csv（带 BOM 的 UTF-8，可直接用 Excel/WPS 打开）或 json
  fmt       输出格式化后的公文：每段一行、序号依次编排、中文语境用全角标点；
            加 --write 则直接改写原文件（保留原编码、BOM 和换行符）

选项：
  --format 格式       输出格式（check、outline：text|json，默认 text；tasks：md|csv|json，默认 md）
  --locale zh-CN|en   提示语言（默认 zh-CN 简体中文）
  --config 配置文件    设置文件（默认：从文件所在目录向上查找最近的 gongwen.json）
  -h, --help          显示本帮助
  -V, --version       显示版本

文件按 UTF-8 读取（去掉 BOM）；不是有效 UTF-8 的文件按 GB18030（GBK）读取。
退出码：0 无“错误”级问题，1 有“错误”级问题，2 用法错误或文件无法读取。
`;
}

/** The locale asked for on the command line, looked up before parsing so usage errors use it. */
function preLocale(argv: string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--locale' ? argv[i + 1] : a.startsWith('--locale=') ? a.slice(9) : undefined;
    if (v === 'en' || v === 'zh-CN') return v;
  }
  return 'zh-CN';
}

interface Context {
  args: ParsedArgs;
  locale: Locale;
  io: Io;
  say(zh: string, en: string): string;
  configFor(file: string): GongwenConfig | undefined;
}

interface Loaded {
  text: string;
  config: GongwenConfig;
}

/** Reads and decodes one file; undefined (after a message) when it cannot be read. */
function load(ctx: Context, file: string): Loaded | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? ctx.say('文件不存在', 'no such file')
        : code === 'EISDIR'
          ? ctx.say('这是一个目录', 'is a directory')
          : code === 'EACCES'
            ? ctx.say('没有读取权限', 'permission denied')
            : (e as Error).message;
    ctx.io.err(`gongwen: ${ctx.say(`无法读取 ${file}：${why}`, `cannot read ${file}: ${why}`)}\n`);
    return undefined;
  }
  const config = ctx.configFor(file);
  if (!config) return undefined;
  return { text: decodeBytes(bytes).text, config };
}

function oneLine(s: string): string {
  return s.replace(/\r\n|[\r\n]/g, ' ');
}

/** Files of a folder that may hold notices: the notice extensions, and .txt (checked only if it looks like one). */
const NOTICE_FILE = /\.(?:gongwen|gw|txt)$/i;

/**
 * The notice files under a folder, depth first in name order; hidden folders and node_modules are skipped, and
 * symbolic links are not followed (no cycles).
 */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') out.push(...filesUnder(path));
    } else if (e.isFile() && NOTICE_FILE.test(e.name)) out.push(path);
  }
  return out;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // load() reports what is wrong with it
  }
}

function runCheck(ctx: Context): number {
  // json: one file entry per line group and one diagnostic per line (valid JSON, greppable, and a
  // fraction of the size of an indented dump: a fix-all summary may carry thousands of edits)
  const json: string[] = [];
  let failed = false;
  let errors = false;
  // a folder stands for its notice files; a .txt found there is checked only if it looks like a notice, as the
  // editor decides (gongwen.plaintext auto); a file named on the command line is always checked
  const files: { file: string; found: boolean }[] = [];
  for (const arg of ctx.args.files) {
    if (!isFolder(arg)) files.push({ file: arg, found: false });
    else {
      let under: string[];
      try {
        under = filesUnder(arg);
      } catch (e) {
        ctx.io.err(`gongwen: ${ctx.say(`无法读取目录 ${arg}：`, `cannot read folder ${arg}: `)}${(e as Error).message}\n`);
        failed = true;
        continue;
      }
      if (!under.length) ctx.io.err(`gongwen: ${ctx.say(`目录 ${arg} 中没有 .txt、.gongwen 或 .gw 文件。`, `no .txt, .gongwen or .gw file in folder ${arg}.`)}\n`);
      for (const file of under) files.push({ file, found: true });
    }
  }
  const skipped: string[] = [];
  for (const { file, found } of files) {
    const loaded = load(ctx, file);
    if (!loaded) {
      failed = true;
      continue;
    }
    if (found && /\.txt$/i.test(file) && !looksLikeNotice(stripBom(loaded.text).slice(0, DETECT_LIMIT))) {
      skipped.push(file);
      continue;
    }
    const result = analyzeDocument(loaded.text, loaded.config);
    for (const f of result.analysis?.failures ?? [])
      ctx.io.err(`gongwen: ${ctx.say(`规则 ${f.ruleId} 在 ${file} 上出错`, `rule ${f.ruleId} failed on ${file}`)}: ${f.error.split('\n')[0]}\n`);
    // without a BOM the core parsed this very text: reuse its line starts instead of scanning again
    const coreDoc = result.analysis?.doc;
    const m = new Mapper(result.text, result.shift, result.shift === 0 && coreDoc && coreDoc.text === result.text ? coreDoc.lineStarts : undefined);
    if (result.findings.some((f) => f.severity === 'error')) errors = true;
    if (ctx.args.format === 'json') {
      const diagnostics = result.findings.map((f) => {
        const d = toDiagnostic(f, m, { locale: ctx.locale });
        return JSON.stringify({ range: d.range, severity: d.severity, code: d.code, message: d.message, fixes: f.fixes.map((x) => toFixJson(x, m, ctx.locale)) });
      });
      json.push(`{"file":${JSON.stringify(file)},"diagnostics":[${diagnostics.length ? `\n${diagnostics.join(',\n')}\n` : ''}]}`);
    } else {
      let out = '';
      for (const f of result.findings) {
        const p = m.position(f.range.start);
        out += `${file}:${p.line + 1}:${p.character + 1}: ${f.severity} ${f.ruleId} ${oneLine(localize(f.message, ctx.locale))}\n`;
      }
      ctx.io.out(out);
    }
  }
  if (ctx.args.format === 'json') ctx.io.out(json.length ? `[\n${json.join(',\n')}\n]\n` : '[]\n');
  if (skipped.length) {
    const list = skipped.join(ctx.say('、', ', '));
    ctx.io.err(`gongwen: ${ctx.say(`跳过 ${skipped.length} 个看起来不是公文的 .txt 文件（要检查，请直接写出文件名）：${list}`, `skipped ${skipped.length} .txt file(s) that do not look like notices (name a file to check it anyway): ${list}`)}\n`);
  }
  return failed ? 2 : errors ? 1 : 0;
}

function runOutline(ctx: Context): number {
  const file = ctx.args.files[0];
  const loaded = load(ctx, file);
  if (!loaded) return 2;
  let nodes: OutlineNode[] = [];
  const size = utf8Length(loaded.text);
  if (loaded.config.maxFileSize > 0 && size > loaded.config.maxFileSize) {
    const r = analyzeDocument(loaded.text, loaded.config);
    ctx.io.err(`gongwen: ${file}: ${localize(r.findings[0].message, ctx.locale)}\n`);
  } else nodes = buildOutline(parse(stripBom(loaded.text)));
  const m = new Mapper(loaded.text, loaded.text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (ctx.args.format === 'json') {
    ctx.io.out(JSON.stringify(toDocumentSymbols(nodes, m), null, 2) + '\n');
  } else {
    let out = '';
    const walk = (list: OutlineNode[], depth: number) => {
      for (const n of list) {
        out += `${'  '.repeat(depth)}${oneLine(n.name)}${n.detail ? ` — ${oneLine(n.detail)}` : ''}\n`;
        walk(n.children, depth + 1);
      }
    };
    walk(nodes, 0);
    ctx.io.out(out);
  }
  return 0;
}

function runTasks(ctx: Context): number {
  const file = ctx.args.files[0];
  const loaded = load(ctx, file);
  if (!loaded) return 2;
  const r = tasksOutput(loaded.text, loaded.config, ctx.args.format as TaskTableFormat, ctx.locale);
  if (r.err) ctx.io.err(`gongwen: ${file}: ${r.err}\n`);
  ctx.io.out(r.out);
  return 0;
}

export function main(argv: string[], io: Io = processIo): number {
  const locale0 = preLocale(argv);
  const say0 = (zh: string, en: string) => (locale0 === 'en' ? en : zh);
  let args: ParsedArgs;
  try {
    args = parseArgs(argv, commands, say0);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`gongwen: ${e.message}\n${say0('用 gongwen --help 查看用法。', 'Run gongwen --help for usage.')}\n`);
    return 2;
  }
  const locale = args.locale ?? locale0;
  const say = (zh: string, en: string) => (locale === 'en' ? en : zh);
  if (args.help) {
    io.out(help(locale));
    return 0;
  }
  if (args.version) {
    io.out(`${version()}\n`);
    return 0;
  }
  const reported = new Set<string>();
  const report = (problems: SettingsProblem[]) => {
    for (const p of problems) {
      if (reported.has(p.key)) continue;
      reported.add(p.key);
      io.err(`gongwen: ${localize(p.message, locale)}\n`);
    }
  };
  const files = new Map<string, ConfigFile | undefined>();
  let explicitMissing = false;
  const configFor = (file: string): GongwenConfig | undefined => {
    const path = args.config !== undefined ? resolve(args.config) : findConfigFile(dirname(resolve(file)));
    if (path === undefined) return layerConfig(undefined).config;
    if (!files.has(path)) {
      const cf = readConfigFile(path);
      if (!cf.exists) {
        if (!explicitMissing) io.err(`gongwen: ${say(`配置文件 ${args.config} 不存在。`, `settings file ${args.config} does not exist.`)}\n`);
        explicitMissing = true;
      }
      files.set(path, cf.exists ? cf : undefined);
    }
    const cf = files.get(path);
    if (!cf) return undefined;
    // gongwen.json's "documents" entry for this file, if any, applies on top
    const layered = layerConfig(cf, undefined, documentKey(cf.file, resolve(file)));
    report(layered.problems);
    return layered.config;
  };
  const ctx: Context = { args, locale, io, say, configFor };
  args.format ??= commands.find((c) => c.name === args.command)!.formats[0];
  if (args.command === 'fmt') return runFmt({ file: args.files[0], write: args.flags.has('--write'), io, say, configFor });
  return args.command === 'outline' ? runOutline(ctx) : args.command === 'tasks' ? runTasks(ctx) : runCheck(ctx);
}

/** Runs the CLI as a process: the exit code goes to process.exitCode. */
export function run(argv: string[]): void {
  // `gongwen check … | head` closes the pipe early: not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  try {
    process.exitCode = main(argv);
  } catch (e) {
    process.stderr.write(`gongwen: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  }
}

if (require.main === module) run(process.argv.slice(2));
