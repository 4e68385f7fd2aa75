// Settings as the server sees them: gongwen.json at each workspace folder's root, with the VS Code
// settings (section 'gongwen') layered on top. Every problem is reported once — when it appears —
// and not again while it persists; the defaults are used in its place and nothing stops working.
import { fileURLToPath } from 'node:url';
import { join, sep } from 'node:path';
import { defaultConfig, type GongwenConfig } from '../core/config';
import { localize, type Locale } from '../core/rule';
import { createRegistry, type UnitRegistry } from '../core/units/registry';
import { CONFIG_FILE_NAME, documentKey, documentSettings, layerConfig, readConfigFile, type ConfigFile, type SettingsProblem } from '../node/workspaceConfig';

export type LocaleSetting = 'auto' | Locale;

export interface ResolvedSettings {
  config: GongwenConfig;
  units: UnitRegistry;
}

export function normalizeLocale(value: unknown): Locale | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  return /^zh/i.test(value) ? 'zh-CN' : 'en';
}

function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * VS Code hands over every setting with its contributed default filled in, so a value equal to the
 * built-in default says nothing and must not hide the workspace file's value. Null means unset.
 */
export function explicitSettings(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const out: Record<string, unknown> = {};
  const defaults = defaultConfig as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(raw)) {
    if (v === null || v === undefined) continue;
    const d = defaults[k];
    if (isRecord(v) && isRecord(d) && k !== 'rules') {
      const sub: Record<string, unknown> = {};
      for (const [sk, sv] of Object.entries(v)) if (sv !== null && sv !== undefined && sv !== d[sk]) sub[sk] = sv;
      if (Object.keys(sub).length) out[k] = sub;
    } else if (Array.isArray(v) && Array.isArray(d)) {
      if (v.length) out[k] = v;
    } else if (isRecord(v) && k === 'rules') {
      if (Object.keys(v).length) out[k] = v;
    } else if (v !== d) out[k] = v;
  }
  return out;
}

export class Settings {
  private folders: { uri: string; path?: string }[] = [];
  private files = new Map<string, ConfigFile>();
  private vsSettings: unknown;
  private resolved = new Map<string, ResolvedSettings>();
  private reported = new Set<string>();
  private clientLocale: Locale = 'zh-CN';
  private localeSetting: LocaleSetting = 'auto';

  constructor(private readonly warn: (message: string) => void) {}

  /** initializationOptions.locale, else the client's UI locale (zh* → zh-CN, else en), else zh-CN. */
  setClientLocale(initOptionsLocale: unknown, paramsLocale: unknown): void {
    const fromOptions = initOptionsLocale === 'zh-CN' || initOptionsLocale === 'en' ? initOptionsLocale : normalizeLocale(initOptionsLocale);
    this.clientLocale = fromOptions ?? normalizeLocale(paramsLocale) ?? 'zh-CN';
  }

  get locale(): Locale {
    return this.localeSetting === 'auto' ? this.clientLocale : this.localeSetting;
  }

  setFolders(folders: { uri: string }[]): void {
    this.folders = folders
      .filter((f) => f && typeof f.uri === 'string')
      .map((f) => ({ uri: f.uri, path: uriToPath(f.uri) }));
    this.reloadFiles();
  }

  get folderList(): { uri: string; name: string }[] {
    return this.folders.map((f) => ({ uri: f.uri, name: f.uri }));
  }

  /** The workspace folders on disk. */
  get folderPaths(): string[] {
    return this.folders.filter((f) => f.path).map((f) => f.path!);
  }

  get configFiles(): string[] {
    return this.folders.filter((f) => f.path).map((f) => join(f.path!, CONFIG_FILE_NAME));
  }

  /** (Re)reads every folder's gongwen.json. */
  reloadFiles(): void {
    this.files.clear();
    for (const f of this.folders) if (f.path) this.files.set(f.uri, readConfigFile(join(f.path, CONFIG_FILE_NAME)));
    this.refresh();
  }

  setVsSettings(raw: unknown): void {
    this.vsSettings = raw;
    this.refresh();
  }

  /** The settings that apply to a document: its folder's file, the VS Code settings, its own entry in the file. */
  forDocument(uri: string): ResolvedSettings {
    const folder = this.folderOf(uri);
    const target = this.configFileFor(uri);
    const docKey = target?.documentKey !== undefined && documentSettings(target.file, target.documentKey) !== undefined ? target.documentKey : undefined;
    const cacheKey = docKey === undefined ? folder : `${folder}\n${docKey}`;
    let r = this.resolved.get(cacheKey);
    if (!r) {
      r = this.resolve(folder, docKey).settings;
      this.resolved.set(cacheKey, r);
    }
    return r;
  }

  /** The workspace settings file that governs a document (existing or not), and the document's key in it. */
  configFileFor(uri: string): { file: ConfigFile; documentKey?: string } | undefined {
    const folder = this.folderOf(uri);
    const file = this.files.get(folder);
    if (!file) return undefined;
    const path = uriToPath(uri);
    return { file, documentKey: path ? documentKey(file.file, path) : undefined };
  }

  private folderOf(uri: string): string {
    const path = uriToPath(uri);
    let best: { uri: string; len: number } | undefined;
    for (const f of this.folders) {
      const inside = path && f.path ? path === f.path || path.startsWith(f.path.endsWith(sep) ? f.path : f.path + sep) : uri.startsWith(f.uri.endsWith('/') ? f.uri : f.uri + '/');
      if (inside && (!best || f.uri.length > best.len)) best = { uri: f.uri, len: f.uri.length };
    }
    return best?.uri ?? this.folders[0]?.uri ?? '';
  }

  private resolve(folderUri: string, docKey?: string): { settings: ResolvedSettings; problems: SettingsProblem[] } {
    const { config, problems } = layerConfig(this.files.get(folderUri), explicitSettings(this.vsSettings), docKey);
    return { settings: { config, units: createRegistry(config.units) }, problems };
  }

  private refresh(): void {
    this.resolved.clear();
    const problems: SettingsProblem[] = [];
    const keys = this.folders.length ? this.folders.map((f) => f.uri) : [''];
    for (const k of keys) {
      const r = this.resolve(k);
      this.resolved.set(k, r.settings);
      problems.push(...r.problems);
      const raw = this.files.get(k)?.raw as { documents?: unknown } | undefined;
      if (isRecord(raw?.documents))
        for (const docKey of Object.keys(raw.documents)) {
          const d = this.resolve(k, docKey);
          this.resolved.set(`${k}\n${docKey}`, d.settings);
          problems.push(...d.problems);
        }
    }
    const vs = isRecord(this.vsSettings) ? this.vsSettings : {};
    const loc = vs.locale;
    if (loc === undefined || loc === null || loc === 'auto' || loc === 'zh-CN' || loc === 'en') this.localeSetting = (loc ?? 'auto') as LocaleSetting;
    else {
      this.localeSetting = 'auto';
      problems.push({
        source: 'settings',
        key: 'settings:value:locale',
        message: {
          zh: 'VS Code 设置 gongwen.locale 的值无效，应为 auto、zh-CN 或 en；已使用默认值 auto。',
          en: 'VS Code setting gongwen.locale has an invalid value; expected auto, zh-CN or en. The default (auto) is used.',
        },
      });
    }
    const now = new Set<string>();
    for (const p of problems) {
      if (now.has(p.key)) continue;
      now.add(p.key);
      if (!this.reported.has(p.key)) this.warn(localize(p.message, this.locale));
    }
    this.reported = now;
  }
}
