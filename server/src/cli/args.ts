// Command-line parsing for `gongwen <command> [options] FILE…`. A table of commands, so later
// subcommands (fmt, tasks) only add an entry.
import type { Locale } from '../core/rule';

export interface CommandSpec {
  name: string;
  /** Accepted values of --format; the first is the default. */
  formats: string[];
  minFiles: number;
  maxFiles: number;
  /** Boolean flags the command accepts besides the common ones (e.g. --write for fmt). */
  flags?: string[];
}

export interface ParsedArgs {
  command?: string;
  files: string[];
  format?: string;
  locale?: Locale;
  config?: string;
  flags: Set<string>;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

const valueOptions = new Set(['--format', '--locale', '--config']);

/** Parses argv (without node and the script). Throws UsageError with a message in `locale`. */
export function parseArgs(argv: string[], commands: CommandSpec[], say: (zh: string, en: string) => string): ParsedArgs {
  const out: ParsedArgs = { files: [], flags: new Set(), help: false, version: false };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      if (out.command === undefined && !onlyFiles) {
        if (arg === 'help') {
          out.help = true;
          continue;
        }
        out.command = arg;
      } else out.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      out.help = true;
      continue;
    }
    if (arg === '-V' || arg === '-v' || arg === '--version') {
      out.version = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (valueOptions.has(name)) {
      let value: string | undefined;
      if (eq > 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i];
      if (value === undefined || value === '') throw new UsageError(say(`选项 ${name} 需要一个值。`, `option ${name} needs a value.`));
      if (name === '--format') out.format = value;
      else if (name === '--config') out.config = value;
      else {
        if (value !== 'zh-CN' && value !== 'en') throw new UsageError(say(`--locale 应为 zh-CN 或 en，而不是“${value}”。`, `--locale must be zh-CN or en, not '${value}'.`));
        out.locale = value;
      }
      continue;
    }
    out.flags.add(arg);
  }
  if (out.help || out.version) return out;
  if (out.command === undefined) throw new UsageError(say(`缺少命令（${commands.map((c) => c.name).join('、')}）。`, `missing command (${commands.map((c) => c.name).join(', ')}).`));
  const spec = commands.find((c) => c.name === out.command);
  if (!spec)
    throw new UsageError(
      say(`未知命令“${out.command}”；可用命令：${commands.map((c) => c.name).join('、')}。`, `unknown command '${out.command}'; commands: ${commands.map((c) => c.name).join(', ')}.`),
    );
  for (const f of out.flags)
    if (!spec.flags?.includes(f)) throw new UsageError(say(`未知选项 ${f}。`, `unknown option ${f}.`));
  if (out.format !== undefined && !spec.formats.includes(out.format))
    throw new UsageError(
      say(`${spec.name} 的 --format 应为 ${spec.formats.join('、')} 之一，而不是“${out.format}”。`, `--format for ${spec.name} must be one of ${spec.formats.join(', ')}, not '${out.format}'.`),
    );
  if (out.files.length < spec.minFiles) throw new UsageError(say(`${spec.name} 需要文件名。`, `${spec.name} needs a file name.`));
  if (out.files.length > spec.maxFiles)
    throw new UsageError(say(`${spec.name} 只接受 ${spec.maxFiles} 个文件。`, `${spec.name} takes ${spec.maxFiles} file${spec.maxFiles > 1 ? 's' : ''}.`));
  return out;
}
