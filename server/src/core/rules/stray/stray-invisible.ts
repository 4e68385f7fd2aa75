// Invisible and garbage characters: zero-width characters, U+FFFD, control characters,
// HTML entities and tags, and the classic mojibake 锟斤拷 / 烫烫烫 / 屯屯屯.
import type { Report, Rule } from '../../rule';
import type { Localized } from '../../rule';
import { shiftRanges } from '../../memo';
import { textLines } from '../shared/text';
import { isHanChar } from '../../parse/chars';

const namedEntities: Record<string, string> = {
  nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…',
  middot: '·', amp: '&', lt: '<', gt: '>', quot: '"', emsp: '\u3000', ensp: ' ', times: '×', deg: '°',
};
const mojibake = ['锟斤拷', '烫烫烫', '屯屯屯'];
// HTML tag names that occur in scraped text; anything else in <…> stays (《》 are Chinese, < > may be maths)
const tagNames = new Set(['p', 'br', 'span', 'div', 'strong', 'b', 'i', 'em', 'font', 'a', 'table', 'tr', 'td', 'th', 'tbody', 'img', 'u', 'sup', 'sub', 'o:p', 'h1', 'h2', 'h3', 'ul', 'li', 'ol', 'section', 'center']);

/** The characters hitAt can start a hit at. */
const CANDIDATE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\ufffd&<\u951f\u70eb\u5c6f]/g;

interface Hit {
  start: number;
  end: number;
  replacement: string;
  what: Localized;
  /** Adjacent hits of one kind make one finding: each HTML tag is of the kind 'tag', whatever its name. */
  kind?: string;
}

const tagWhat = (s: string): Localized => {
  const shown = s.length > 20 ? s.slice(0, 20) + '…' : s;
  return { zh: `HTML 标记“${shown}”`, en: `HTML tag "${shown}"` };
};

/**
 * The stray item starting at i (or undefined). Each probe is bounded, so the scan is linear. `first`: text[0]
 * opens the document (a BOM there is the byte order mark, not a stray character).
 */
function hitAt(text: string, i: number, first: boolean): Hit | undefined {
  const c = text.charCodeAt(i);
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || (c === 0xfeff && (i > 0 || !first))) {
    return { start: i, end: i + 1, replacement: '', what: { zh: '零宽字符', en: 'zero-width character' } };
  }
  if (c === 0xfffd) return { start: i, end: i + 1, replacement: '', what: { zh: '乱码替换符“�”', en: 'replacement character U+FFFD' } };
  if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || (c >= 0x80 && c < 0xa0)) {
    return { start: i, end: i + 1, replacement: '', what: { zh: '控制字符', en: 'control character' } };
  }
  if (c === 38 /* & */) {
    const m = /&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/y;
    m.lastIndex = i;
    const r = m.exec(text);
    if (r) {
      const name = r[1];
      let rep: string | undefined;
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        if (code > 0 && code <= 0x10ffff) rep = String.fromCodePoint(code);
      } else rep = namedEntities[name.toLowerCase()];
      if (rep !== undefined) return { start: i, end: i + r[0].length, replacement: rep, what: { zh: `HTML 字符实体“${r[0]}”`, en: `HTML entity "${r[0]}"` } };
    }
  }
  if (c === 60 /* < */) {
    const m = /<\/?([a-zA-Z][a-zA-Z0-9:]{0,9})(?:\s[^<>\n]{0,200})?\s*\/?>/y;
    m.lastIndex = i;
    const r = m.exec(text);
    // attributes, when present, look like attributes (a<b 且 c>d is maths, not a <b> tag)
    const attrs = r ? r[0].slice(1 + r[1].length + (r[0][1] === '/' ? 1 : 0), -1).trim() : '';
    if (r && tagNames.has(r[1].toLowerCase()) && (attrs === '' || attrs === '/' || attrs.includes('='))) {
      return { start: i, end: i + r[0].length, replacement: '', what: tagWhat(r[0]), kind: 'tag' };
    }
  }
  if (c === 0x951f || c === 0x70eb || c === 0x5c6f) {
    for (const w of mojibake) {
      if (text.startsWith(w, i)) {
        let e = i + w.length;
        // the garbage repeats: take the whole run (锟斤拷锟斤拷…, 烫烫烫烫…)
        while (text.startsWith(w, e)) e += w.length;
        while (text.charCodeAt(e) === c) e++;
        return { start: i, end: e, replacement: '', what: { zh: `乱码“${w}”`, en: `mojibake "${w}"` } };
      }
    }
  }
  return undefined;
}

export const strayInvisible: Rule = {
  id: 'stray-invisible',
  defaultSeverity: 'warning',
  owner: 'residue',
  description: {
    zh: '不可见字符、乱码、HTML 实体和标记等网页或转码残留。',
    en: 'Invisible characters, mojibake, HTML entities and tags left by web pages or bad conversions.',
  },
  check(ctx) {
    const { doc, cache } = ctx;
    const lines = textLines(doc, cache);
    // line by line (an unchanged line is not read again)
    const found: LineHits[] = [];
    let open = false;
    for (let l = 0; l < lines.str.length; l++) {
      const line = lines.str[l];
      const v = l === 0 ? cache.lookup('stray-invisible\u0000first', line, () => hitsOn(line, true)) : cache.lookup('stray-invisible', line, () => hitsOn(line, false));
      found.push(v);
      if (v.open) open = true;
    }
    if (open) {
      // a tag may run over a line break (<p\n>): the lines are not independent, the whole text is read at once
      for (const r of reportsOn(doc.text, true)) if (!ctx.inResidue(r.range)) ctx.report(r);
      return;
    }
    for (let l = 0; l < found.length; l++) {
      if (found[l].reports.length === 0) continue;
      for (const r of shiftRanges(found[l].reports, lines.from[l])) if (!ctx.inResidue(r.range)) ctx.report(r);
    }
  },
};

/**
 * The reports on one line, and whether a tag may run over its end: only from its last < with no > after it (between
 * a tag's < and its > stand no < and no >), so without one the line alone finds what the whole text finds on it.
 */
interface LineHits {
  reports: Report[];
  open: boolean;
}
const NO_HITS: LineHits = { reports: [], open: false };

function hitsOn(line: string, first: boolean): LineHits {
  const lt = line.lastIndexOf('<');
  const open = lt >= 0 && line.indexOf('>', lt) < 0;
  const reports = reportsOn(line, first);
  return reports.length === 0 && !open ? NO_HITS : { reports, open };
}

/** The reports on `text` (the whole text, or one line: `first` when it opens the document), in order. */
function reportsOn(text: string, first: boolean): Report[] {
  let out: Report[] | undefined;
  let i = 0;
  for (;;) {
    // hitAt finds nothing elsewhere: jump to the next character that can start a hit (native search)
    CANDIDATE.lastIndex = i;
    if (!CANDIDATE.test(text)) break;
    const hit = hitAt(text, CANDIDATE.lastIndex - 1, first);
    if (!hit) {
      i = CANDIDATE.lastIndex;
      continue;
    }
    // adjacent hits of the same kind make one finding
    let end = hit.end;
    let replacement = hit.replacement;
    const kind = hit.kind ?? hit.what.en;
    for (let next = hitAt(text, end, first); next && (next.kind ?? next.what.en) === kind; next = hitAt(text, end, first)) {
      replacement += next.replacement;
      end = next.end;
    }
    i = end;
    // a run of tags is named by its text (</p><p>)
    if (hit.kind === 'tag' && end > hit.end) hit.what = tagWhat(text.slice(hit.start, end));
    // 县农业农村局<br>县卫生健康局 in a table cell: the line break parted two units (the units parser reads it so)
    if (hit.kind === 'tag' && BR_RUN.test(text.slice(hit.start, end)) && isHanChar(text.charCodeAt(hit.start - 1)) && isHanChar(text.charCodeAt(end)) && inTableCell(text, hit.start, end))
      replacement = '、';
    const range = { start: hit.start, end };
    const replaced = replacement === '' ? { zh: '删除', en: 'Delete it' } : { zh: `替换为“${replacement}”`, en: `Replace with "${replacement}"` };
    (out ??= []).push({
      range,
      message: {
        zh: `此处有${hit.what.zh}，通常是从网页或其他软件复制时带入的，应${replacement === '' ? '删除' : `改为“${replacement}”`}。`,
        en: `${hit.what.en[0].toUpperCase()}${hit.what.en.slice(1)} here, usually copied in from a web page or another program; ${replacement === '' ? 'delete it' : `replace it with "${replacement}"`}.`,
      },
      fixes: [{ title: replaced, edits: [{ range: { start: hit.start, end }, newText: replacement }], safe: true, preferred: true }],
    });
  }
  return out ?? NONE;
}
const NONE: Report[] = [];

/** One or more <br> tags and nothing else. */
const BR_RUN = /^(?:<br\s*\/?>)+$/i;
/** How far inTableCell looks for the cell's bars. */
const CELL_REACH = 200;

/** Between two | of one line, each within CELL_REACH characters: a pasted table's cell. */
function inTableCell(text: string, start: number, end: number): boolean {
  let before = false;
  for (let k = start - 1; k >= 0 && start - k <= CELL_REACH; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) break;
    if (c === 0x7c || c === 0xff5c) {
      before = true;
      break;
    }
  }
  if (!before) return false;
  for (let k = end; k < text.length && k - end <= CELL_REACH; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return false;
    if (c === 0x7c || c === 0xff5c) return true;
  }
  return false;
}
