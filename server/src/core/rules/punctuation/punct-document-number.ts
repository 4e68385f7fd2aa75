// 发文字号 written against GB/T 9704-2012 §7.2.4: the year in 〔〕, no 第, no leading zero, no blank inside.
import type { Edit, Report, Rule } from '../../rule';
import { shiftRanges } from '../../memo';
import { pieceValues, textPieces } from '../shared/text';
import { findDocNumbers, isHanChar, YEAR_CLOSE, YEAR_OPEN } from './common';

/** The reports on the piece text[from, to) (a 发文字号 holds no blank: never across a piece boundary), offsets relative to it. */
function reportsOn(text: string, from: number, to: number): Report[] {
  const out: Report[] = [];
  for (const d of findDocNumbers(text, from, to)) {
    if (d.canonical) continue;
    const problemsZh: string[] = [];
    const problemsEn: string[] = [];
    const edits: Edit[] = [];
    const bracketsWrong = text[d.open] !== '〔' || text[d.close] !== '〕';
    if (bracketsWrong) {
      problemsZh.push(`年份用了“${text[d.open]}${text[d.close]}”，应使用六角括号“〔〕”`);
      problemsEn.push(`the year stands in "${text[d.open]}${text[d.close]}" instead of 〔〕`);
      if (text[d.open] !== '〔') edits.push({ range: { start: d.open, end: d.open + 1 }, newText: '〔' });
      if (text[d.close] !== '〕') edits.push({ range: { start: d.close, end: d.close + 1 }, newText: '〕' });
    }
    if (d.di >= 0) {
      problemsZh.push('顺序号不加“第”字');
      problemsEn.push('the number takes no 第');
      edits.push({ range: { start: d.di, end: d.di + 1 }, newText: '' });
    }
    if (d.blanks.length > 0) {
      problemsZh.push('中间不应有空格');
      problemsEn.push('it holds a blank');
      for (const b of d.blanks) edits.push({ range: { start: b, end: b + 1 }, newText: '' });
    }
    if (d.zerosEnd > d.numStart) {
      problemsZh.push('顺序号不编虚位（1 不编为 01）');
      problemsEn.push('the number has no leading zeros (1, not 01)');
      edits.push({ range: { start: d.numStart, end: d.zerosEnd }, newText: '' });
    }
    edits.sort((a, b) => a.range.start - b.range.start);
    const right = `〔${d.year}〕${text.slice(d.zerosEnd, d.numEnd)}号`;
    out.push({
      range: { start: d.open, end: d.end },
      message: {
        zh: `发文字号格式不规范：${problemsZh.join('；')}，应写作“${right}”（GB/T 9704-2012 7.2.4）。`,
        en: `Document number: ${problemsEn.join('; ')}; write "${right}" (GB/T 9704-2012 §7.2.4).`,
      },
      fixes: [{ title: { zh: `改为“${right}”`, en: `Change to "${right}"` }, edits, safe: true, preferred: true }],
    });
  }
  const bare = bareNumber(text, from, to);
  if (bare) {
    const right = `${text.slice(bare.open, bare.end)}号`;
    out.push({
      range: { start: bare.open, end: bare.end },
      message: {
        zh: `发文字号缺少“号”字，应写作“${right}”（GB/T 9704-2012 7.2.4）。`,
        en: `The document number lacks its 号: write "${right}" (GB/T 9704-2012 §7.2.4).`,
      },
      fixes: [{ title: { zh: `补上“号”字`, en: 'Add 号' }, edits: [{ range: { start: bare.end, end: bare.end }, newText: '号' }], safe: true, preferred: true }],
    });
  }
  const lost = bracketsLost(text, from, to);
  if (lost) {
    const year = text.slice(lost.start, lost.start + 4);
    const num = text.slice(lost.start + 4, lost.digitsEnd);
    const right = `〔${year}〕${num}号`;
    // the fix only when the number after the year is clean (no leading zero: 2018007 may have lost more than 〔〕)
    const edits: Edit[] = [];
    if (num.charCodeAt(0) !== 0x30) {
      edits.push({ range: { start: lost.start, end: lost.start }, newText: '〔' }, { range: { start: lost.start + 4, end: lost.start + 4 }, newText: '〕' });
      if (lost.end === lost.digitsEnd) edits.push({ range: { start: lost.end, end: lost.end }, newText: '号' });
    }
    out.push({
      range: { start: lost.start, end: lost.end },
      message: {
        zh: `发文字号的年份缺少六角括号“〔〕”${lost.end === lost.digitsEnd ? '，末尾缺少“号”字' : ''}，应写作“${right}”（GB/T 9704-2012 7.2.4）。`,
        en: `The document number's year lacks its 〔〕${lost.end === lost.digitsEnd ? ' and the number its 号' : ''}: write "${right}" (GB/T 9704-2012 §7.2.4).`,
      },
      fixes: edits.length ? [{ title: { zh: `改为“${right}”`, en: `Change to "${right}"` }, edits, safe: false, preferred: true }] : [],
    });
  }
  for (const e of emptyNumbers(text, from, to)) {
    const year = text.slice(e.open, e.close + 1);
    out.push({
      range: { start: e.open, end: e.end },
      message: {
        zh: `发文字号缺少发文顺序号：“${year}”与“号”之间没有数字，请补全（GB/T 9704-2012 7.2.4）。`,
        en: `The document number lacks its serial number: nothing stands between "${year}" and 号; fill it in (GB/T 9704-2012 §7.2.4).`,
      },
      // (no fix: the number is unknown)
      fixes: [],
    });
  }
  return out.length === 0 ? NONE : shiftRanges(out, -from);
}

/** At most this many blanks stand where the 顺序号 was left out (某政发〔2017〕  号). */
const MAX_EMPTY_BLANKS = 8;

/**
 * 发文字号 whose 顺序号 was left blank (某政发〔2017〕  号, 某政发〔2017〕号), in text[from, to): an issuer code of two or more
 * Han characters (not an order: ……令), a year 1949–2099 in brackets from YEAR_OPEN / YEAR_CLOSE (a blank inside each side
 * at most, as docNumberAt reads them), then only blanks (none to MAX_EMPTY_BLANKS) before 号. Brackets other than 〔〕
 * also enclose a year in prose (全县（2017）号召……): with them the 号 must end a word (no Han character after it but
 * 文, 号文件). Each 号 is looked at once, backwards over a bounded stretch: linear.
 */
function emptyNumbers(text: string, from: number, to: number): { open: number; close: number; end: number }[] {
  let out: { open: number; close: number; end: number }[] | undefined;
  // (the 号s found in the text cut at `to`: a cut shares the string, and no search runs past the piece)
  const bounded = to < text.length ? text.slice(0, to) : text;
  for (let h = bounded.indexOf('号', from); h >= 0; h = bounded.indexOf('号', h + 1)) {
    let j = h;
    while (j > from && h - j < MAX_EMPTY_BLANKS && isNumberBlankCode(text.charCodeAt(j - 1))) j--;
    const close = j - 1;
    if (close < from || YEAR_CLOSE.indexOf(text[close]) < 0) continue;
    let y = close;
    if (y > from && isNumberBlankCode(text.charCodeAt(y - 1))) y--;
    if (y - 4 < from) continue;
    let digits = true;
    for (let k = y - 4; k < y; k++) if (!isDigitCode(text.charCodeAt(k))) digits = false;
    if (!digits) continue;
    const year = Number(text.slice(y - 4, y));
    if (year < 1949 || year > 2099) continue;
    let open = y - 5;
    if (open > from && isNumberBlankCode(text.charCodeAt(open))) open--;
    if (open < from + 2 || YEAR_OPEN.indexOf(text[open]) < 0) continue;
    if (!isHanChar(text.charCodeAt(open - 1)) || !isHanChar(text.charCodeAt(open - 2)) || text[open - 1] === '令') continue;
    if (text[open] !== '〔' && text[close] !== '〕' && h + 1 < to && text[h + 1] !== '文' && isHanChar(text.charCodeAt(h + 1))) continue;
    (out ??= []).push({ open, close, end: h + 1 });
  }
  return out ?? NO_EMPTY;
}
const NO_EMPTY: { open: number; close: number; end: number }[] = [];
const isNumberBlankCode = (c: number) => c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0x09;

/** The last character of an issuer code (机关代字) before the year: 某政发, 某政办函, 某字. */
const ISSUER_ENDS = '发函字';

/**
 * A piece that is a 发文字号 line and nothing else, its year brackets lost (荆区政发20187, 某政办发201812号): an issuer
 * code of 2–12 Han characters ending in 发/函/字, then 5–8 digits — a year 1949–2099 and a number of 1–4 digits —
 * and an optional 号, blanks around. The digits [start, digitsEnd), the number with its 号 [start, end). Reads the
 * piece once from its end.
 */
function bracketsLost(text: string, from: number, to: number): { start: number; digitsEnd: number; end: number } | undefined {
  let e = to;
  while (e > from && isBlankCode(text.charCodeAt(e - 1))) e--;
  const end = e;
  if (e > from && text[e - 1] === '号') e--;
  let j = e;
  while (j > from && e - j <= 8 && isDigitCode(text.charCodeAt(j - 1))) j--;
  if (e - j < 5 || e - j > 8 || j - from < 2) return undefined;
  const year = Number(text.slice(j, j + 4));
  if (year < 1949 || year > 2099 || ISSUER_ENDS.indexOf(text[j - 1]) < 0) return undefined;
  let s = j;
  while (s > from && j - s < 12 && isHanChar(text.charCodeAt(s - 1))) s--;
  if (j - s < 2) return undefined;
  while (s > from && isBlankCode(text.charCodeAt(s - 1))) s--;
  return s === from ? { start: j, digitsEnd: e, end } : undefined;
}

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;
const isBlankCode = (c: number) => c === 0x20 || c === 0x3000 || c === 0x09;
/**
 * A piece that is a 发文字号 line and nothing else, missing its 号 (湖委发〔2018〕20): an issuer code of 2–12 Han
 * characters, a bracketed four-digit year, 1–6 digits, blanks around. Reads the piece once from its end.
 */
function bareNumber(text: string, from: number, to: number): { open: number; end: number } | undefined {
  let e = to;
  while (e > from && isBlankCode(text.charCodeAt(e - 1))) e--;
  let j = e;
  while (j > from && e - j < 6 && isDigitCode(text.charCodeAt(j - 1))) j--;
  if (j === e || j - 6 < from || YEAR_CLOSE.indexOf(text[j - 1]) < 0) return undefined;
  for (let k = j - 5; k < j - 1; k++) if (!isDigitCode(text.charCodeAt(k))) return undefined;
  const open = j - 6;
  if (YEAR_OPEN.indexOf(text[open]) < 0) return undefined;
  let s = open;
  while (s > from && open - s < 12 && isHanChar(text.charCodeAt(s - 1))) s--;
  if (open - s < 2 || text[open - 1] === '令') return undefined;
  while (s > from && isBlankCode(text.charCodeAt(s - 1))) s--;
  return s === from ? { open, end: e } : undefined;
}
const NONE: Report[] = [];
const isEmpty = (v: Report[]) => v.length === 0;

export const punctDocumentNumber: Rule = {
  id: 'punct-document-number',
  defaultSeverity: 'warning',
  owner: 'punctuation',
  description: {
    zh: '发文字号的年份应用六角括号“〔〕”括入，顺序号不加“第”字、不编虚位（GB/T 9704-2012 7.2.4）。',
    en: 'A document number puts its year in 〔〕 and its number without 第 or leading zeros (GB/T 9704-2012 §7.2.4).',
  },
  check(ctx) {
    const pieces = textPieces(ctx.doc, ctx.cache);
    const text = ctx.doc.text;
    // computed on the piece's characters in place (the same as the piece string; a flat string reads faster)
    const found = pieceValues(ctx.doc, ctx.cache, 'punct-document-number', (k) => reportsOn(text, pieces.from[k], pieces.to[k]), isEmpty);
    // a number line that lost its brackets (the one report starting at a digit, not at a bracket) only in the header,
    // above the notice's title: elsewhere a line of an issuer-like word and digits is too weak a sign
    const title = ctx.doc.notice.title;
    const header = title ? title.start : -1;
    for (let f = 0; f < found.values.length; f++)
      for (const r of shiftRanges(found.values[f], found.at[f])) {
        if (ctx.inResidue(r.range)) continue;
        if (isDigitCode(text.charCodeAt(r.range.start)) && r.range.end > header) continue;
        ctx.report(r);
      }
  },
};
