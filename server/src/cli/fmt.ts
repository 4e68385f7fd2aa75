// `gongwen fmt FILE [--write]`: the formatted notice on stdout, or written back in place keeping the
// file's encoding, its BOM and its line terminators (the formatter inserts the file's own terminator).
import { readFileSync, writeFileSync } from 'node:fs';
import type { GongwenConfig } from '../core/config';
import { formatDocument } from '../core/features/format';
import { utf8Length } from '../lsp/analysis';
import { decodeBytes } from '../node/decode';

export interface FmtIo {
  out(text: string): void;
  err(text: string): void;
}

export interface FmtRequest {
  file: string;
  write: boolean;
  io: FmtIo;
  say(zh: string, en: string): string;
  /** The settings that apply to the file; undefined (after a message) when they cannot be read. */
  configFor(file: string): GongwenConfig | undefined;
}

function encode(text: string, encoding: string, bom: boolean): Buffer {
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'utf-16be') {
    const le = Buffer.from(text, 'utf16le');
    for (let i = 0; i + 1 < le.length; i += 2) {
      const t = le[i];
      le[i] = le[i + 1];
      le[i + 1] = t;
    }
    return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
  }
  const body = Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** Runs fmt on one file. Exit code: 0 done (formatted or already formatted), 2 unreadable/unwritable file. */
export function runFmt(req: FmtRequest): number {
  const { file, io, say } = req;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? say('文件不存在', 'no such file')
        : code === 'EISDIR'
          ? say('这是一个目录', 'is a directory')
          : code === 'EACCES'
            ? say('没有读取权限', 'permission denied')
            : (e as Error).message;
    io.err(`gongwen: ${say(`无法读取 ${file}：${why}`, `cannot read ${file}: ${why}`)}\n`);
    return 2;
  }
  const config = req.configFor(file);
  if (!config) return 2;
  const { text, encoding } = decodeBytes(bytes);
  const bom = encoding === 'utf-8' && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let formatted = text;
  if (config.maxFileSize > 0 && utf8Length(text) > config.maxFileSize)
    io.err(`gongwen: ${say(`${file} 超过文件大小上限（maxFileSize），未做格式化。`, `${file} is over the file size limit (maxFileSize); not formatted.`)}\n`);
  else formatted = formatDocument(text, config).text;
  if (!req.write) {
    io.out(formatted);
    return 0;
  }
  if (formatted === text) return 0;
  if (encoding === 'gb18030') {
    io.err(
      `gongwen: ${say(
        `${file} 是 GB18030（GBK）编码，无法按原编码写回；请先转为 UTF-8，或不加 --write 输出到标准输出。`,
        `${file} is GB18030 (GBK) encoded and cannot be written back in that encoding; convert it to UTF-8 first, or run without --write to print the result.`,
      )}\n`,
    );
    return 2;
  }
  try {
    writeFileSync(file, encode(formatted, encoding, bom));
  } catch (e) {
    io.err(`gongwen: ${say(`无法写入 ${file}：${(e as Error).message}`, `cannot write ${file}: ${(e as Error).message}`)}\n`);
    return 2;
  }
  return 0;
}
