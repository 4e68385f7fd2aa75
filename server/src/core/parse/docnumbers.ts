// 发文字号 such as 嘉政发〔2009〕61号, including wrong bracket forms.
//
// An issuer code (a run of Han characters right before the year, e.g. 嘉政发 国办发 浙政办发 财税), the year in
// brackets — 〔2009〕 canonical; [2009] (2009) （2009） ［2009］ 【2009】 〖2009〗 ︹2009︺ „2009‟ recorded with
// canonicalBrackets false — then the number and 号 (第61号 → hasDi, 061号 → leadingZero).
// Not matched: court case numbers ((2023)浙01民初123号: no issuer before the year, no number right after it),
// orders (……令第388号: no bracketed year), standard numbers (GB/T 9704-2012).
// Linear: candidates are the opening brackets; the issuer is read backwards over at most 12 characters.
import type { DocNumber } from '../model';
import { isHan } from './unitlist';
import { isLineBreak } from './chars';

const OPENERS = '〔[(（［【〖︹„';
const OPENER_RE = new RegExp(`[${OPENERS.replace(/[\\\]\[^-]/g, '\\$&')}]`, 'g');
const CLOSE_OF: Record<string, string> = { '〔': '〕', '[': ']', '(': ')', '（': '）', '［': '］', '【': '】', '〖': '〗', '︹': '︺', '„': '‟' };
const YEAR_RE = /[ \u3000]?([0-9]{4})[ \u3000]?(\S)[ \u3000]?(第)?([0-9]{1,5})[ \u3000]?号/y;

/** Words that may precede an issuer code in prose and are not part of it. */
const LEADING_WORDS = ['根据', '按照', '依据', '依照', '参照', '贯彻', '落实', '执行', '转发', '印发', '详见', '见', '即', '和', '及', '与', '的', '是', '以'];

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function findDocNumbers(whole: string, from = 0, to = whole.length): DocNumber[] {
  // (cut at `to`, unless a line break ends [from, to): no number holds one)
  const text = to < whole.length && !isLineBreak(whole.charCodeAt(to - 1)) ? whole.slice(0, to) : whole;
  const out: DocNumber[] = [];
  // the openers, found by the regex engine (native speed even before the JIT warms up) in the text cut at `to`
  const bounded = text.length > to ? text.slice(0, to) : text;
  OPENER_RE.lastIndex = from;
  while (OPENER_RE.test(bounded)) {
    const i = OPENER_RE.lastIndex - 1;
    // (the year: four ASCII digits, after at most one space)
    let q = i + 1;
    if (text.charCodeAt(q) === 0x20 || text.charCodeAt(q) === 0x3000) q++;
    if (!isAsciiDigit(text.charCodeAt(q)) || !isAsciiDigit(text.charCodeAt(q + 3))) continue;
    const open = text[i];
    YEAR_RE.lastIndex = i + 1;
    const m = YEAR_RE.exec(text);
    if (!m || i + 1 + m[0].length > to) continue;
    // The close bracket must match the opener (mixed widths of the same shape are accepted: （2009) ).
    const close = m[2];
    const expected = CLOSE_OF[open];
    const sameShape = close === expected || ((open === '(' || open === '（') && (close === ')' || close === '）')) ||
      ((open === '[' || open === '［') && (close === ']' || close === '］'));
    if (!sameShape) continue;
    // Issuer: Han characters right before the bracket.
    let s = i;
    while (s > from && i - s < 12 && isHan(text.charCodeAt(s - 1))) s--;
    let issuer = text.slice(s, i);
    for (let again = true; again && issuer.length > 0;) {
      again = false;
      for (const w of LEADING_WORDS) {
        if (issuer.length > w.length + 1 && issuer.startsWith(w)) {
          issuer = issuer.slice(w.length);
          s += w.length;
          again = true;
          break;
        }
      }
    }
    if (issuer.length < 2 || issuer.endsWith('令')) continue;
    const end = i + 1 + m[0].length;
    const yearStart = text.indexOf(m[1], i + 1);
    const closeIdx = text.indexOf(close, yearStart + 4);
    // (a blank may stand before 号: 嘉政发〔2005〕32 号)
    const numStart = end - 1 - m[4].length - (m[0].charCodeAt(m[0].length - 2) === 0x20 || m[0].charCodeAt(m[0].length - 2) === 0x3000 ? 1 : 0);
    const d: DocNumber = {
      start: s,
      end,
      text: text.slice(s, end),
      issuer,
      year: +m[1],
      yearPart: { start: i, end: closeIdx + 1, text: text.slice(i, closeIdx + 1) },
      number: { start: numStart, end: numStart + m[4].length, text: m[4] },
      canonicalBrackets: open === '〔' && close === '〕' && m[0].charCodeAt(0) !== 0x20 && yearStart === i + 1 && closeIdx === yearStart + 4,
    };
    if (m[3]) d.hasDi = true;
    if (m[4].length > 1 && m[4][0] === '0') d.leadingZero = true;
    out.push(d);
    OPENER_RE.lastIndex = end;
  }
  return out;
}
