// Invisible and garbage characters: zero-width characters, U+FFFD, control characters,
// HTML entities and tags, and the classic mojibake 锟斤拷 / 烫烫烫 / 屯屯屯.
import type { Rule } from '../../rule';
import type { Localized } from '../../rule';

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

/** The stray item starting at i (or undefined). Each probe is bounded, so the scan is linear. */
function hitAt(text: string, i: number): Hit | undefined {
  const c = text.charCodeAt(i);
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || (c === 0xfeff && i > 0)) {
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
    const { text } = ctx.doc;
    let i = 0;
    for (;;) {
      // hitAt finds nothing elsewhere: jump to the next character that can start a hit (native search)
      CANDIDATE.lastIndex = i;
      if (!CANDIDATE.test(text)) break;
      const hit = hitAt(text, CANDIDATE.lastIndex - 1);
      if (!hit) {
        i = CANDIDATE.lastIndex;
        continue;
      }
      // adjacent hits of the same kind make one finding
      let end = hit.end;
      let replacement = hit.replacement;
      const kind = hit.kind ?? hit.what.en;
      for (let next = hitAt(text, end); next && (next.kind ?? next.what.en) === kind; next = hitAt(text, end)) {
        replacement += next.replacement;
        end = next.end;
      }
      i = end;
      // a run of tags is named by its text (</p><p>)
      if (hit.kind === 'tag' && end > hit.end) hit.what = tagWhat(text.slice(hit.start, end));
      const range = { start: hit.start, end };
      if (ctx.inResidue(range)) continue;
      const replaced = replacement === '' ? { zh: '删除', en: 'Delete it' } : { zh: `替换为“${replacement}”`, en: `Replace with "${replacement}"` };
      ctx.report({
        range,
        message: {
          zh: `此处有${hit.what.zh}，通常是从网页或其他软件复制时带入的，应${replacement === '' ? '删除' : `改为“${replacement}”`}。`,
          en: `${hit.what.en[0].toUpperCase()}${hit.what.en.slice(1)} here, usually copied in from a web page or another program; ${replacement === '' ? 'delete it' : `replace it with "${replacement}"`}.`,
        },
        fixes: [{ title: replaced, edits: [{ range, newText: replacement }], safe: true, preferred: true }],
      });
    }
  },
};
