// One document's analysis as both adapters (server and CLI) run it: the size limit and the
// mis-decoding check come first, so such documents get one message instead of analysis.
import { analyze, type Analysis } from '../core/analyze';
import type { GongwenConfig } from '../core/config';
import type { AnalysisCache } from '../core/memo';
import type { Finding } from '../core/rule';
import type { UnitRegistry } from '../core/units/registry';

export const FILE_TOO_LARGE = 'file-too-large';
export const FILE_ENCODING = 'file-encoding';

export interface DocumentAnalysis {
  /** 'analysed' normally; otherwise the one finding explains why nothing else was checked. */
  kind: 'analysed' | 'too-large' | 'mis-decoded';
  /** The text the offsets refer to (as given, BOM included). */
  text: string;
  /** 1 when the text starts with a BOM the core dropped: core offsets + shift = text offsets. */
  shift: number;
  analysis?: Analysis;
  findings: Finding[];
}

/** UTF-8 byte length without allocating. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * A text decoded with the wrong encoding (a GB18030/GBK file opened as UTF-8) is full of U+FFFD:
 * nearly every Chinese character becomes one or two of them. Genuine text has none or a stray few.
 * Returns the count when at least 4 replacement characters make up at least 10% of the non-ASCII text.
 */
export function misdecodedCount(text: string): number | undefined {
  // the common case (run on every keystroke): no replacement character at all, found by a native scan
  if (text.indexOf('\ufffd') < 0) return undefined;
  let replacement = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      nonAscii++;
      if (c === 0xfffd) replacement++;
    }
  }
  return replacement >= 4 && replacement * 10 >= nonAscii ? replacement : undefined;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * `cache`: the document's results to reuse (the server keeps one per open document and replaces it
 * when the configuration or the unit registry changes); a fresh one per call otherwise (the CLI).
 */
export function analyzeDocument(text: string, config: GongwenConfig, units?: UnitRegistry, cache?: AnalysisCache): DocumentAnalysis {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // UTF-8 takes at most 3 bytes per UTF-16 unit: a text that short cannot be over the limit (no count needed)
  const size = config.maxFileSize > 0 && text.length * 3 > config.maxFileSize ? utf8Length(text) : 0;
  if (config.maxFileSize > 0 && size > config.maxFileSize) {
    return {
      kind: 'too-large',
      text,
      shift: 0,
      findings: [
        {
          ruleId: FILE_TOO_LARGE,
          severity: 'warning',
          range: { start: 0, end: 0 },
          message: {
            zh: `文件大小 ${formatSize(size)}，超过上限 ${formatSize(config.maxFileSize)}（设置 gongwen.maxFileSize），未做检查。`,
            en: `The file is ${formatSize(size)}, over the limit of ${formatSize(config.maxFileSize)} (setting gongwen.maxFileSize); it was not checked.`,
          },
          fixes: [],
        },
      ],
    };
  }
  const bad = misdecodedCount(text);
  if (bad !== undefined) {
    return {
      kind: 'mis-decoded',
      text,
      shift: 0,
      findings: [
        {
          ruleId: FILE_ENCODING,
          severity: 'warning',
          range: { start: 0, end: 0 },
          message: {
            zh: `文件中有 ${bad} 个无法识别的字符（�），可能是 GB18030/GBK 编码的文件被当作 UTF-8 打开。请用 GB18030 编码重新打开（“通过编码重新打开”），或另存为 UTF-8；在此之前不做检查。`,
            en: `The file contains ${bad} undecodable characters (�): it seems to be in GB18030/GBK but was opened as UTF-8. Reopen it with the GB18030 encoding ("Reopen with Encoding") or save it as UTF-8; it is not checked until then.`,
          },
          fixes: [],
        },
      ],
    };
  }
  // the core drops exactly one BOM (offsets then shift by one); a second one stays text
  const analysis = analyze(text, { config, units, cache });
  return { kind: 'analysed', text, shift, analysis, findings: analysis.findings };
}
