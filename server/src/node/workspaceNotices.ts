// Notices saved in the workspace folders but not open in the editor, for workspace symbols.
// Read-only and bounded: at most MAX_FILES files of at most MAX_FILE_SIZE bytes, no hidden folders or
// node_modules; each file parsed once per modification time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripBom } from '../core/analyze';
import { looksLikeNotice } from '../core/features/detect';
import type { GongwenDocument } from '../core/model';
import { parse } from '../core/parse';
import { decodeBytes } from './decode';

export const MAX_FILES = 2000;
export const MAX_FILE_SIZE = 2 * 1024 * 1024;
const MAX_DEPTH = 8;

export interface DiskNotice {
  uri: string;
  /** The file's text as decoded (a UTF-8 BOM dropped, as the editor drops it). */
  text: string;
  doc: GongwenDocument;
}

const cache = new Map<string, { mtimeMs: number; notice: DiskNotice | null }>();

function* candidateFiles(dir: string, depth = 0): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(dir, name);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      continue;
    }
    if (isDir) {
      if (depth < MAX_DEPTH) yield* candidateFiles(path, depth + 1);
    } else if (['.gongwen', '.gw', '.txt'].includes(extname(name).toLowerCase())) yield path;
  }
}

/** The notices under the given folders, skipping the URIs already open (their live text wins). */
export function workspaceNotices(folders: string[], open: Set<string>): DiskNotice[] {
  const out: DiskNotice[] = [];
  let seen = 0;
  for (const folder of folders) {
    for (const path of candidateFiles(folder)) {
      if (++seen > MAX_FILES) return out;
      const uri = pathToFileURL(path).toString();
      if (open.has(uri)) continue;
      let mtimeMs: number;
      let size: number;
      try {
        ({ mtimeMs, size } = statSync(path));
      } catch {
        continue;
      }
      if (size > MAX_FILE_SIZE) continue;
      const cached = cache.get(path);
      if (cached && cached.mtimeMs === mtimeMs) {
        if (cached.notice) out.push(cached.notice);
        continue;
      }
      let notice: DiskNotice | null = null;
      try {
        const text = decodeBytes(readFileSync(path)).text;
        // a .txt file counts only when it looks like a notice (as the client decides for open ones)
        if (extname(path).toLowerCase() !== '.txt' || looksLikeNotice(text)) notice = { uri, text, doc: parse(stripBom(text)) };
      } catch {
        notice = null;
      }
      cache.set(path, { mtimeMs, notice });
      if (notice) out.push(notice);
    }
  }
  return out;
}
