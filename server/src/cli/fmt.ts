// `gongwen fmt FILE [--write]`: the formatted notice on stdout, or written back in place keeping the
// file's encoding, its BOM and its line terminators (the formatter inserts the file's own terminator).
import { readFileSync, writeFileSync } from 'node:fs';
import type { GongwenConfig } from '../core/config';
import { formatDocument } from '../core/features/format';
import { utf8Length } from '../lsp/analysis';
import { decodeBytes, type FileEncoding } from '../node/decode';

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

/**
 * The text in the file's own encoding (iconv-lite: Node has no GB18030 or UTF-16BE encoder of its own). iconv-lite is
 * loaded only here, for the rare non-UTF-8 file written back: it is two fifths of the CLI's code, and every other
 * run of the CLI would pay for compiling it (the CLI bundle leaves it external).
 */
function encode(text: string, encoding: FileEncoding, bom: boolean): Buffer {
  if (encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8');
    return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  // UTF-16 files are only recognised by their BOM, so they keep one
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const iconv = require('iconv-lite') as typeof import('iconv-lite');
  return iconv.encode(text, encoding, { addBOM: encoding !== 'gb18030' });
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
  const bytesOut = encode(formatted, encoding, bom);
  // written only if it reads back as exactly the formatted text (nothing lost in the encoding)
  if (decodeBytes(bytesOut).text !== formatted) {
    io.err(
      `gongwen: ${say(
        `${file} 格式化后的内容无法按原编码（${encoding}）无损写回，未写入；可不加 --write 输出到标准输出。`,
        `${file}: the formatted text cannot be written back in the file's encoding (${encoding}) without loss; not written. Run without --write to print it.`,
      )}\n`,
    );
    return 2;
  }
  try {
    writeFileSync(file, bytesOut);
  } catch (e) {
    io.err(`gongwen: ${say(`无法写入 ${file}：${(e as Error).message}`, `cannot write ${file}: ${(e as Error).message}`)}\n`);
    return 2;
  }
  return 0;
}
