// Settings shared by the editor and the CLI. One workspace file (gongwen.json) with VS Code
// settings layered on top; every value validated, a wrong one reported once and replaced by its default.
import type { Localized, SeveritySetting } from './rule';

export interface WorkspaceUnit {
  name: string;
  aliases?: string[];
  /** Abolished names: the name stopped being valid on `date` (YYYY-MM-DD), succeeded by `successor`. */
  abolished?: { date: string; successor: string };
}

export interface GongwenConfig {
  /** Per-rule severity overrides: 'off' | 'hint' | 'information' | 'warning' | 'error'. */
  rules: Record<string, SeveritySetting>;
  maxNumberOfProblems: number;
  maxFileSize: number;
  dates: { publishToleranceDays: number };
  format: { paragraphs: boolean; renumber: boolean; punctuation: boolean };
  /** Units the workspace knows (its own bodies and enterprises). */
  units: WorkspaceUnit[];
}

export const defaultConfig: GongwenConfig = {
  rules: {},
  maxNumberOfProblems: 500,
  maxFileSize: 16 * 1024 * 1024,
  dates: { publishToleranceDays: 31 },
  format: { paragraphs: true, renumber: true, punctuation: true },
  units: [],
};

const severities = new Set(['off', 'hint', 'information', 'warning', 'error']);

export interface ConfigProblem {
  /** Dotted path of the offending key, e.g. 'rules.date-style'. */
  key: string;
  message: Localized;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Validates a raw settings object (parsed JSON or VS Code settings) and layers it over `base`.
 * Never throws: each wrong value yields one problem and keeps the base value.
 */
export function resolveConfig(raw: unknown, base: GongwenConfig = defaultConfig): { config: GongwenConfig; problems: ConfigProblem[] } {
  const config: GongwenConfig = {
    rules: { ...base.rules },
    maxNumberOfProblems: base.maxNumberOfProblems,
    maxFileSize: base.maxFileSize,
    dates: { ...base.dates },
    format: { ...base.format },
    units: [...base.units],
  };
  const problems: ConfigProblem[] = [];
  const wrong = (key: string, expectedZh: string, expectedEn: string) =>
    problems.push({
      key,
      message: {
        zh: `设置 ${key} 的值无效，应为${expectedZh}；已使用默认值。`,
        en: `Setting ${key} has an invalid value; expected ${expectedEn}. The default is used.`,
      },
    });
  if (raw === undefined || raw === null) return { config, problems };
  if (!isRecord(raw)) {
    wrong('(root)', '一个对象', 'an object');
    return { config, problems };
  }
  const positiveInt = (key: string, v: unknown, set: (n: number) => void) => {
    if (v === undefined) return;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) set(v);
    else wrong(key, '非负整数', 'a non-negative integer');
  };
  const bool = (key: string, v: unknown, set: (b: boolean) => void) => {
    if (v === undefined) return;
    if (typeof v === 'boolean') set(v);
    else wrong(key, ' true 或 false', 'true or false');
  };

  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) wrong('rules', '规则编号到严重程度的对象', 'an object mapping rule ids to severities');
    else
      for (const [id, sev] of Object.entries(raw.rules)) {
        if (typeof sev === 'string' && severities.has(sev)) config.rules[id] = sev as SeveritySetting;
        else wrong(`rules.${id}`, ' off、hint、information、warning 或 error', 'off, hint, information, warning or error');
      }
  }
  positiveInt('maxNumberOfProblems', raw.maxNumberOfProblems, (n) => (config.maxNumberOfProblems = n));
  positiveInt('maxFileSize', raw.maxFileSize, (n) => (config.maxFileSize = n));
  if (raw.dates !== undefined) {
    if (!isRecord(raw.dates)) wrong('dates', '对象', 'an object');
    else positiveInt('dates.publishToleranceDays', raw.dates.publishToleranceDays, (n) => (config.dates.publishToleranceDays = n));
  }
  if (raw.format !== undefined) {
    if (!isRecord(raw.format)) wrong('format', '对象', 'an object');
    else {
      bool('format.paragraphs', raw.format.paragraphs, (b) => (config.format.paragraphs = b));
      bool('format.renumber', raw.format.renumber, (b) => (config.format.renumber = b));
      bool('format.punctuation', raw.format.punctuation, (b) => (config.format.punctuation = b));
    }
  }
  if (raw.units !== undefined) {
    if (!Array.isArray(raw.units)) wrong('units', '单位数组', 'an array of units');
    else
      raw.units.forEach((u, i) => {
        if (typeof u === 'string' && u.trim()) config.units.push({ name: u.trim() });
        else if (isRecord(u) && typeof u.name === 'string' && u.name.trim()) {
          const unit: WorkspaceUnit = { name: u.name.trim() };
          if (Array.isArray(u.aliases)) unit.aliases = u.aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '');
          if (isRecord(u.abolished) && typeof u.abolished.date === 'string' && typeof u.abolished.successor === 'string')
            unit.abolished = { date: u.abolished.date, successor: u.abolished.successor };
          config.units.push(unit);
        } else wrong(`units[${i}]`, '单位名称或 {"name": …} 对象', 'a unit name or a {"name": …} object');
      });
  }
  return { config, problems };
}
