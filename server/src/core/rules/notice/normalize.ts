// Comparing titles as a drafter would: bracket width, nested 书名号, line breaks and spaces do not count.

const map: Record<string, string> = {
  '（': '(', '）': ')', '〈': '《', '〉': '》', '＜': '《', '＞': '》', '<': '《', '>': '》',
  '“': '"', '”': '"', '‘': "'", '’': "'", '「': '"', '」': '"', '『': '"', '』': '"',
  '：': ':', '，': ',', '；': ';', '－': '-', '—': '-', '–': '-',
  // (a range mark in a year range, （2024～2026年） / （2024—2026年） / （2024-2026年）: punct-range's business, not a new name)
  '～': '-', '~': '-', '〜': '-', '―': '-', '─': '-',
};

/** The comparable form of a title: no blanks or line breaks, one width, 〈〉 and <> read as 《》, outer 《》 dropped. */
export function normalizeTitle(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/\s/.test(ch) || ch === '\u3000') continue;
    const c = map[ch] ?? ch;
    // (—— and -- read as one mark)
    if (c === '-' && out.endsWith('-')) continue;
    out += c;
  }
  if (out.startsWith('《') && out.endsWith('》')) out = out.slice(1, -1);
  // 关于印发《X的通知 (the 》 left out): the lone 《 is punct-unbalanced's finding, the name is X
  else if (out.startsWith('《') && !out.includes('》')) out = out.slice(1);
  return out;
}

/** Opening book-title marks and the closing mark each pairs with (<> and ＜＞ as a page writes 《》, 〈〉 misused as outer). */
const BOOK_PAIRS: Record<string, string> = { '《': '》', '<': '>', '＜': '＞', '〈': '〉' };
const BOOK_OPENER: Record<string, string> = { '》': '《', '>': '<', '＞': '＜', '〉': '〈' };
const BLANK = /[\s\u3000]/;

/**
 * A titled document's name as it is written back (in a message or a fix): the blanks around it and any line break
 * inside it (with the blanks beside it) dropped, and its outer 书名号 dropped — 关于印发 《某县防汛应急预案》的通知 issues
 * 某县防汛应急预案. The marks of a document it nests stay (某县贯彻〈防洪法〉实施方案); a lone opening 《 with no 》 (关于印发《X的通知)
 * or a lone closing 》 is dropped too.
 */
export function documentName(s: string): string {
  let out = s.includes('\n') || s.includes('\r') ? s.split(/\r\n|\r|\n/).map(trimBlanks).join('') : s;
  for (;;) {
    const before = out;
    out = trimBlanks(out);
    const open = out[0];
    const close = open === undefined ? undefined : BOOK_PAIRS[open];
    if (close !== undefined && out.endsWith(close) && out.length >= 2 && wraps(out, open, close)) out = out.slice(1, -1);
    else if (close !== undefined && !out.includes(close)) out = out.slice(1);
    else if (out.length > 0 && BOOK_OPENER[out[out.length - 1]] !== undefined && !out.includes(BOOK_OPENER[out[out.length - 1]])) out = out.slice(0, -1);
    if (out === before) return out;
  }
}

function trimBlanks(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && BLANK.test(s[a])) a++;
  while (b > a && BLANK.test(s[b - 1])) b--;
  return s.slice(a, b);
}

/** The `open` at the start of `s` is closed by the `close` at its end (《A》和《B》 is two names, not one wrapped). */
function wraps(s: string, open: string, close: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === open) depth++;
    else if (s[i] === close) {
      depth--;
      if (depth === 0 && i < s.length - 1) return false;
    }
  }
  return depth === 0;
}
