// The workspace settings file (gongwen.json), read by the server and the CLI. It is JSON data,
// parsed as data, size-limited; a broken file yields one clear message naming the file and line,
// and the defaults are used.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { defaultConfig, resolveConfig, type ConfigProblem, type GongwenConfig } from '../core/config';
import type { Localized } from '../core/rule';
import { lineColumnAt, parseJsonData } from './json';

export const CONFIG_FILE_NAME = 'gongwen.json';
export const MAX_CONFIG_FILE_SIZE = 1024 * 1024;

export interface SettingsProblem {
  /** The file the problem is in, or 'settings' for VS Code settings. */
  source: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Stable identity, so a problem is reported once and not again while it persists. */
  key: string;
  message: Localized;
}

export interface ConfigFile {
  file: string;
  exists: boolean;
  /** Parsed JSON value (undefined when missing or broken). */
  raw?: unknown;
  /** Problems reading or parsing the file (not problems with its values). */
  problems: SettingsProblem[];
  text?: string;
}

/** Reads and parses a workspace settings file; never throws. */
export function readConfigFile(file: string): ConfigFile {
  const result: ConfigFile = { file, exists: false, problems: [] };
  let text: string;
  try {
    if (!existsSync(file)) return result;
    result.exists = true;
    const size = statSync(file).size;
    if (size > MAX_CONFIG_FILE_SIZE) {
      result.problems.push({
        source: file,
        key: `${file}:size`,
        message: {
          zh: `配置文件 ${file} 超过 1 MB，未读取；已使用默认设置。`,
          en: `Settings file ${file} is larger than 1 MB and was not read; the defaults are used.`,
        },
      });
      return result;
    }
    text = new TextDecoder('utf-8').decode(readFileSync(file));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    result.problems.push({
      source: file,
      key: `${file}:read`,
      message: { zh: `无法读取配置文件 ${file}：${why}；已使用默认设置。`, en: `Cannot read settings file ${file}: ${why}. The defaults are used.` },
    });
    return result;
  }
  result.text = text;
  if (text.trim() === '') return result; // an empty file means "no settings"
  const parsed = parseJsonData(text);
  if (parsed.error) {
    const { line, column, message } = parsed.error;
    result.problems.push({
      source: file,
      line,
      key: `${file}:syntax:${line}:${column}`,
      message: {
        zh: `配置文件 ${file} 第 ${line} 行第 ${column} 列有 JSON 语法错误（${message.zh}）；已使用默认设置。`,
        en: `Settings file ${file}, line ${line}, column ${column}: JSON syntax error (${message.en}). The defaults are used.`,
      },
    });
    return result;
  }
  result.raw = parsed.value;
  return result;
}

/** gongwen.json in `dir` or the nearest ancestor directory. */
export function findConfigFile(dir: string): string | undefined {
  for (let d = dir, i = 0; i < 256; i++) {
    const f = join(d, CONFIG_FILE_NAME);
    try {
      if (existsSync(f) && statSync(f).isFile()) return f;
    } catch {
      // unreadable directory: keep walking up
    }
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
  return undefined;
}

/** Best-effort line of a setting key in the file's text (the last segment of its dotted path). */
function lineOfKey(text: string | undefined, key: string): number | undefined {
  if (!text) return undefined;
  const last = key.replace(/\[\d+\]$/, '').split('.').pop();
  if (!last || last === '(root)') return 1;
  const at = text.indexOf(JSON.stringify(last));
  return at < 0 ? undefined : lineColumnAt(text, at).line;
}

/** Problems with a settings value, phrased with where they come from. */
export function valueProblems(problems: ConfigProblem[], source: string, text?: string): SettingsProblem[] {
  return problems.map((p) => {
    const line = source === 'settings' ? undefined : lineOfKey(text, p.key);
    // The core says "设置 KEY 的值无效…" / "Setting KEY has…": name the setting where it lives instead.
    const name: Localized =
      source === 'settings'
        ? { zh: `VS Code 设置 gongwen.${p.key}`, en: `VS Code setting gongwen.${p.key}` }
        : line !== undefined
          ? { zh: `配置文件 ${source} 第 ${line} 行：${p.key}`, en: `Settings file ${source}, line ${line}: ${p.key}` }
          : { zh: `配置文件 ${source}：${p.key}`, en: `Settings file ${source}: ${p.key}` };
    const zhPrefix = `设置 ${p.key}`;
    const enPrefix = `Setting ${p.key}`;
    const message: Localized = {
      zh: p.message.zh.startsWith(zhPrefix) ? name.zh + p.message.zh.slice(zhPrefix.length) : `${name.zh}：${p.message.zh}`,
      en: p.message.en.startsWith(enPrefix) ? name.en + p.message.en.slice(enPrefix.length) : `${name.en}: ${p.message.en}`,
    };
    return { source, line, key: `${source}:value:${p.key}`, message };
  });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The key of a document in gongwen.json's "documents": its path relative to the file's folder, with '/'. */
export function documentKey(configFile: string, documentPath: string): string | undefined {
  const rel = relative(dirname(configFile), documentPath);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** The per-document settings of gongwen.json ("documents": {"a/b.txt": {"rules": {…}}}), if any. */
export function documentSettings(file: ConfigFile | undefined, key: string | undefined): unknown {
  if (!file || key === undefined || !isRecord(file.raw) || !isRecord(file.raw.documents)) return undefined;
  return file.raw.documents[key];
}

/**
 * The file's settings over the defaults, then `overlay` (VS Code settings) on top, then the file's
 * settings for this one document (`documentKey`, from "documents"), the most specific last.
 */
export function layerConfig(
  file: ConfigFile | undefined,
  overlay?: unknown,
  documentKey?: string,
): { config: GongwenConfig; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  let config = defaultConfig;
  if (file) {
    problems.push(...file.problems);
    if (file.raw !== undefined) {
      const r = resolveConfig(file.raw, defaultConfig);
      config = r.config;
      problems.push(...valueProblems(r.problems, file.file, file.text));
      if (isRecord(file.raw) && file.raw.documents !== undefined && !isRecord(file.raw.documents))
        problems.push(...valueProblems([{ key: 'documents', message: { zh: '设置 documents 的值无效，应为“文件路径 → 设置”的对象；已忽略。', en: 'Setting documents has an invalid value; expected an object mapping file paths to settings. It is ignored.' } }], file.file, file.text));
    }
  }
  if (overlay !== undefined && overlay !== null) {
    const r = resolveConfig(overlay, config);
    config = r.config;
    problems.push(...valueProblems(r.problems, 'settings'));
  }
  const perDocument = documentSettings(file, documentKey);
  if (perDocument !== undefined && file) {
    const r = resolveConfig(perDocument, config);
    config = r.config;
    problems.push(...valueProblems(r.problems.map((p) => ({ ...p, key: `documents.${documentKey}.${p.key}` })), file.file, file.text));
  }
  return { config, problems };
}
